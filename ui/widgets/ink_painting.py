"""Ink as vector paths: how the signature pad and its previews draw captured strokes.

Strokes become smooth quadratic curves through the midpoints of their samples, with the
line width following the pen's pressure; a painter at any scale draws them crisp.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPainterPath, QPen, QTransform

from app.documents.model import Point, Strokes

MIN_PEN_WIDTH = 1.2  # canvas px at pressure 0
MAX_PEN_WIDTH = 3.5  # canvas px at pressure 1
INK = QColor(16, 24, 64)  # blue-black, like a ballpoint


def pen_width(pressure: float) -> float:
    """Line width in canvas pixels for a pressure in 0..1."""
    pressure = min(1.0, max(0.0, pressure))
    return MIN_PEN_WIDTH + (MAX_PEN_WIDTH - MIN_PEN_WIDTH) * pressure


@dataclass(frozen=True)
class InkPiece:
    width: float
    path: QPainterPath


def ink_pieces(stroke: Sequence[Point]) -> list[InkPiece]:
    """The stroke as smooth quadratic curves through the midpoints of its samples.

    Consecutive pieces of (nearly) the same width share one path: a mouse stroke is one
    path, a pen stroke a few dozen, which keeps painting cheap for a long sentence.
    """
    if not stroke:
        return []
    if len(stroke) == 1:
        x, y, pressure, _ = stroke[0]
        path = QPainterPath(QPointF(x, y))
        path.lineTo(x + 0.01, y)  # a dot: the round cap draws it
        return [InkPiece(pen_width(pressure), path)]
    points = [QPointF(x, y) for x, y, _, _ in stroke]
    widths = [round(pen_width(p) * 20) / 20 for _, _, p, _ in stroke]
    pieces: list[InkPiece] = []
    path = QPainterPath(points[0])
    width = widths[0]
    for i in range(1, len(points)):
        piece_width = widths[i]
        if piece_width != width:
            pieces.append(InkPiece(width, path))
            path = QPainterPath(path.currentPosition())
            width = piece_width
        if i < len(points) - 1:
            middle = (points[i] + points[i + 1]) / 2
            path.quadTo(points[i], middle)
        else:
            path.lineTo(points[i])
    pieces.append(InkPiece(width, path))
    return pieces


def paint_pieces(painter: QPainter, pieces: Iterable[InkPiece]) -> None:
    pen = QPen(INK)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for piece in pieces:
        pen.setWidthF(piece.width)
        painter.setPen(pen)
        painter.drawPath(piece.path)


def fit(canvas: QSize, width: float, height: float) -> QTransform:
    """Canvas to a ``width`` × ``height`` area: uniform scale, centred."""
    scale = min(width / max(1, canvas.width()), height / max(1, canvas.height()))
    transform = QTransform()
    transform.translate(
        (width - canvas.width() * scale) / 2, (height - canvas.height() * scale) / 2
    )
    transform.scale(scale, scale)
    return transform


def render_png(strokes: Strokes, width: int, height: int, *, transparent: bool = False) -> bytes:
    """``strokes`` drawn into a ``width`` × ``height`` PNG (fitted, centred), for previews."""
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(fit(QSize(strokes.width, strokes.height), width, height))
        for stroke in strokes.strokes:
            paint_pieces(painter, ink_pieces(stroke))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)  # local and synchronous: gone before this returns
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    written = QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    if not written:
        raise RuntimeError("the PNG encoder is missing")
    return bytes(data.data())
