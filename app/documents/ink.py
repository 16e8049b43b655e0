"""Handwriting (signatures, the hand-copied sentence) drawn into a PDF as vector paths.

Strokes come from the pad with the origin at the top left, in pad pixels; PDF space has
its origin at the bottom left, so y is flipped. The pad is scaled uniformly to fit the
box and centred; line width follows the pen pressure. Nothing is rasterised, so the
signature stays sharp at any zoom and is the same bytes in every build.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import pairwise

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from app.documents.model import Point, Strokes

INK = Color(0.05, 0.12, 0.45)  # blue-black, as a pen signature
BOX = Color(0.62, 0.66, 0.72)
MIN_WIDTH = 0.45  # points, at pressure 0 (a mouse may report none)
MAX_WIDTH = 1.9  # points, at full pressure
_PADDING = 3.0


def line_width(pressure: float) -> float:
    """Stroke width in points for a pen pressure in 0..1 (clamped), in 0.1 pt steps."""
    p = min(max(pressure, 0.0), 1.0) if math.isfinite(pressure) else 0.5
    return round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * p, 1)


class Ink(Flowable):  # type: ignore[misc]  # ReportLab ships no type information
    """A ``box_width`` × ``box_height`` box (points) with ``strokes`` drawn in it."""

    def __init__(self, strokes: Strokes | None, box_width: float, box_height: float) -> None:
        super().__init__()
        self.strokes = strokes
        self.box_width = box_width
        self.box_height = box_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.box_width, avail_width)
        self.height = self.box_height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(BOX)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        clip = canvas.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        if self.strokes is not None:
            self._draw_strokes(self.strokes)
        canvas.restoreState()

    def _draw_strokes(self, strokes: Strokes) -> None:
        canvas = self.canv
        pad_w, pad_h = _pad_size(strokes)
        inner_w = self.width - 2 * _PADDING
        inner_h = self.height - 2 * _PADDING
        scale = min(inner_w / pad_w, inner_h / pad_h)
        left = _PADDING + (inner_w - pad_w * scale) / 2
        bottom = _PADDING + (inner_h - pad_h * scale) / 2

        def place(point: Point) -> tuple[float, float]:
            return left + point[0] * scale, bottom + (pad_h - point[1]) * scale

        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineCap(1)  # round: joins segments of different widths without gaps
        canvas.setLineJoin(1)
        for stroke in strokes.strokes:
            points = [p for p in stroke if math.isfinite(p[0]) and math.isfinite(p[1])]
            if len(points) == 1:  # a dot
                x, y = place(points[0])
                canvas.circle(x, y, line_width(points[0][2]) / 2, stroke=0, fill=1)
                continue
            # Consecutive segments of the same (rounded) width share one path.
            for width, run in _runs_by_width(points):
                path = canvas.beginPath()
                path.moveTo(*place(run[0]))
                for point in run[1:]:
                    path.lineTo(*place(point))
                canvas.setLineWidth(width)
                canvas.drawPath(path, stroke=1, fill=0)


def _pad_size(strokes: Strokes) -> tuple[float, float]:
    """The pad's size; from the points themselves if the recorded size is unusable."""
    if strokes.width > 0 and strokes.height > 0:
        return float(strokes.width), float(strokes.height)
    xs = [p[0] for s in strokes.strokes for p in s if math.isfinite(p[0])]
    ys = [p[1] for s in strokes.strokes for p in s if math.isfinite(p[1])]
    return max([1.0, *xs]), max([1.0, *ys])


def _runs_by_width(points: list[Point]) -> Iterable[tuple[float, list[Point]]]:
    run: list[Point] = [points[0]]
    width = line_width((points[0][2] + points[1][2]) / 2)
    for previous, point in pairwise(points):
        segment_width = line_width((previous[2] + point[2]) / 2)
        if segment_width != width:
            yield width, run
            run = [previous]
            width = segment_width
        run.append(point)
    yield width, run
