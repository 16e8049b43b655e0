"""A pad to sign on with a mouse, a pen (with pressure) or a finger, and its buttons.

The pad keeps every point it captured and paints vector paths from them, so the ink is
crisp at any screen scale and prints well. Points live in the pad's *canvas*: the widget's
size when the first stroke began (or the size a restored draft was captured at). If the
widget is resized afterwards, the canvas is shown scaled to fit, never distorted.

Each input arrives once: pen events are accepted, so Qt does not also turn them into
mouse events; touch events likewise; and any mouse event that the platform or Qt
synthesized from a pen or a finger is swallowed rather than drawn a second time. Every
press, move and release is accepted, so a parent scroll area never scrolls while a client
signs.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QLineF,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QHideEvent,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.documents.model import Point, Strokes
from app.errors import FieldError
from ui.i18n import translate
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.ink_painting import MAX_PEN_WIDTH, InkPiece, fit, ink_pieces, paint_pieces
from ui.widgets.ink_painting import render_png as render_png  # previews, from here too

MOUSE_PRESSURE = 0.5  # a mouse has none; draw it mid-weight
MIN_PAD_SIZE = QSize(480, 160)

SURFACE = QColor(Qt.GlobalColor.white)
GUIDE = QColor(190, 190, 190)
HINT = QColor(150, 150, 150)
BASELINE_AT = 0.75  # of the canvas height

# Devices whose mouse events are stand-ins for a pen or a finger already drawn.
_NOT_A_MOUSE = {
    QInputDevice.DeviceType.TouchScreen,
    QInputDevice.DeviceType.Stylus,
    QInputDevice.DeviceType.Airbrush,
    QInputDevice.DeviceType.Puck,
}


class SignaturePad(QWidget):
    """Captures strokes; the caller names it (``signing.client_pad``…) and checks the ink."""

    strokes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[tuple[Point, ...]] = []
        self._pieces: list[list[InkPiece]] = []  # painted form of each finished stroke
        self._redo: list[tuple[Point, ...]] = []
        self._current: list[Point] = []
        self._source: str | None = None  # "mouse", "tablet" or "touch" while drawing
        self._touch_id = -1
        self._canvas: QSize | None = None  # None: empty, follows the widget's size
        self._clock = QElapsedTimer()
        self._t_offset = 0
        self._hint = translate("SignaturePad", "Sign here")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(MIN_PAD_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(translate("SignaturePad", "Signature pad"))
        self.setAccessibleDescription(self._hint)

    # --- public API -------------------------------------------------------------------

    def strokes(self) -> Strokes:
        """Every finished stroke, in the pixels of the canvas it was captured on."""
        canvas = self._canvas_size()
        return Strokes(canvas.width(), canvas.height(), tuple(self._strokes))

    def set_strokes(self, strokes: Strokes) -> None:
        """Show ``strokes`` (a restored draft); a different size is shown scaled to fit."""
        self._current = []
        self._source = None
        self._strokes = [tuple(stroke) for stroke in strokes.strokes if stroke]
        self._pieces = [ink_pieces(stroke) for stroke in self._strokes]
        self._redo = []
        has_ink = bool(self._strokes)
        self._canvas = QSize(strokes.width, strokes.height) if has_ink else None
        self._clock.invalidate()
        self.update()
        self.strokes_changed.emit()

    def clear(self) -> None:
        self._current = []
        self._source = None
        if not self._strokes and not self._redo:
            self.update()
            return
        self._strokes, self._pieces, self._redo = [], [], []
        self._restart()
        self.update()
        self.strokes_changed.emit()

    def undo(self) -> None:
        """Take back the last stroke (it can be redone until a new stroke is drawn)."""
        if not self._strokes:
            return
        self._redo.append(self._strokes.pop())
        self._pieces.pop()
        if not self._strokes:
            self._restart()
        self.update()
        self.strokes_changed.emit()

    def redo(self) -> None:
        if not self._redo:
            return
        if self._canvas is None:
            self._canvas = self.size()
        stroke = self._redo.pop()
        self._strokes.append(stroke)
        self._pieces.append(ink_pieces(stroke))
        self.update()
        self.strokes_changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def can_undo(self) -> bool:
        return bool(self._strokes)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def hint(self) -> str:
        return self._hint

    def set_hint(self, text: str) -> None:
        """The grey text shown while the pad is empty (translated by the caller)."""
        self._hint = text
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return MIN_PAD_SIZE

    # --- capture ----------------------------------------------------------------------

    def _canvas_size(self) -> QSize:
        return self._canvas if self._canvas is not None else self.size()

    def _to_widget(self) -> QTransform:
        return fit(self._canvas_size(), self.width(), self.height())

    def _restart(self) -> None:
        """The pad is empty again: the canvas follows the widget and time starts over."""
        self._canvas = None
        self._clock.invalidate()
        self._t_offset = 0

    def _point(self, position: QPointF, pressure: float) -> Point:
        canvas = self._canvas_size()
        inverse, _ = self._to_widget().inverted()
        mapped = inverse.map(position)
        x = min(float(canvas.width()), max(0.0, mapped.x()))
        y = min(float(canvas.height()), max(0.0, mapped.y()))
        if not self._clock.isValid():
            self._clock.start()
            # Times only grow, even after a redo or a restored draft.
            self._t_offset = max((s[-1][3] + 1 for s in self._strokes), default=0)
        t = self._t_offset + int(self._clock.elapsed())
        return (x, y, min(1.0, max(0.0, pressure)), t)

    def _begin(self, position: QPointF, pressure: float, source: str) -> None:
        if self._canvas is None:
            self._canvas = self.size()
        self._source = source
        self._current = [self._point(position, pressure)]
        self._update_tail()

    def _extend(self, position: QPointF, pressure: float) -> None:
        point = self._point(position, pressure)
        last = self._current[-1]
        if abs(point[0] - last[0]) < 0.25 and abs(point[1] - last[1]) < 0.25:
            return  # no movement: nothing to draw, nothing worth storing
        self._current.append(point)
        self._update_tail()

    def _end(self) -> None:
        stroke = tuple(self._current)
        self._current = []
        self._source = None
        self._touch_id = -1
        if not stroke:
            return
        self._strokes.append(stroke)
        self._pieces.append(ink_pieces(stroke))
        self._redo.clear()
        self.update()
        self.strokes_changed.emit()

    def _update_tail(self) -> None:
        """Repaint just around the newest points (smoothing moves the previous piece too)."""
        tail = self._current[-3:]
        xs, ys = [p[0] for p in tail], [p[1] for p in tail]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        pad = MAX_PEN_WIDTH + 2
        area = self._to_widget().mapRect(rect.adjusted(-pad, -pad, pad, pad))
        if len(self._current) == 1:
            self.update()  # the hint disappears
        else:
            self.update(area.toAlignedRect())

    @staticmethod
    def _synthesized(event: QMouseEvent) -> bool:
        """A mouse event made up from a pen or a finger (which we already drew)."""
        if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
            return True
        return event.device().type() in _NOT_A_MOUSE

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()
        if self._synthesized(event) or self._source is not None:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_PRESSURE, "mouse")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()
        drawing = self._source == "mouse" and event.buttons() & Qt.MouseButton.LeftButton
        if drawing and not self._synthesized(event):
            self._extend(event.position(), MOUSE_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()
        if self._source == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_PRESSURE)
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # no synthesized mouse event follows an accepted tablet event
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            return
        capabilities = event.pointingDevice().capabilities()
        has_pressure = bool(capabilities & QInputDevice.Capability.Pressure)
        pressure = event.pressure() if has_pressure else MOUSE_PRESSURE
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._source is None:
            self._begin(event.position(), pressure, "tablet")
        elif kind == QEvent.Type.TabletMove and self._source == "tablet":
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._source == "tablet":
            self._extend(event.position(), pressure)
            self._end()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            # A touchpad's points are not on the screen: its gestures are not handwriting.
            if event.device().type() == QInputDevice.DeviceType.TouchPad:
                return super().event(event)
            self.handle_touch(event)
            event.accept()
            return True
        return super().event(event)

    def handle_touch(self, event: QTouchEvent) -> None:
        """Follow the first finger down; a palm or a second finger does not draw."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            if self._source == "touch":
                self._end()
            return
        capabilities = event.pointingDevice().capabilities()
        has_pressure = bool(capabilities & QInputDevice.Capability.Pressure)
        for point in event.points():
            pressure = point.pressure() if has_pressure else MOUSE_PRESSURE
            state = point.state()
            if self._source is None and state == QEventPoint.State.Pressed:
                self._touch_id = point.id()
                self._begin(point.position(), pressure, "touch")
            elif self._source == "touch" and point.id() == self._touch_id:
                if state == QEventPoint.State.Released:
                    self._extend(point.position(), pressure)
                    self._end()
                elif state == QEventPoint.State.Updated:
                    self._extend(point.position(), pressure)
        if kind == QEvent.Type.TouchEnd and self._source == "touch":
            self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self._source is not None:
            self._end()  # the release will go elsewhere; keep what was drawn
        super().hideEvent(event)

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().window())
            canvas = self._canvas_size()
            transform = self._to_widget()
            painter.setTransform(transform)
            painter.fillRect(QRectF(0, 0, canvas.width(), canvas.height()), SURFACE)
            self._paint_guides(painter, canvas)
            exposed = transform.inverted()[0].mapRect(QRectF(event.rect()))
            for pieces in self._pieces:
                paint_pieces(
                    painter,
                    (
                        p
                        for p in pieces
                        if p.path.controlPointRect()
                        .adjusted(-MAX_PEN_WIDTH, -MAX_PEN_WIDTH, MAX_PEN_WIDTH, MAX_PEN_WIDTH)
                        .intersects(exposed)
                    ),
                )
            paint_pieces(painter, ink_pieces(self._current))
            painter.resetTransform()
            frame = QPen(GUIDE)
            frame.setCosmetic(True)
            painter.setPen(frame)
            painter.drawRect(transform.mapRect(QRectF(0, 0, canvas.width(), canvas.height())))
        finally:
            painter.end()

    def _paint_guides(self, painter: QPainter, canvas: QSize) -> None:
        width, height = float(canvas.width()), float(canvas.height())
        guide = QPen(GUIDE)
        guide.setCosmetic(True)  # one device pixel, hairline at any scale
        guide.setWidthF(1.0)
        painter.setPen(guide)
        baseline = height * BASELINE_AT
        left, right = width * 0.05, width * 0.95
        painter.drawLine(QLineF(left, baseline, right, baseline))
        # The "×" people expect to sign beside.
        size = min(10.0, height * 0.06)
        mark_x, mark_y = left + size, baseline - size * 1.8
        painter.drawLine(
            QLineF(mark_x - size / 2, mark_y - size / 2, mark_x + size / 2, mark_y + size / 2)
        )
        painter.drawLine(
            QLineF(mark_x - size / 2, mark_y + size / 2, mark_x + size / 2, mark_y - size / 2)
        )
        if self.is_empty() and self._hint:
            font = QFont(self.font())
            font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.4)
            painter.setFont(font)
            painter.setPen(HINT)
            painter.drawText(
                QRectF(left, 0, right - left, baseline - 4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._hint,
            )


class SignatureField(QWidget):
    """A captioned pad with Clear, Undo and Redo and an error line beneath.

    The pad is ``name`` (``signing.client_pad``); the buttons ``<name>.clear``,
    ``<name>.undo``, ``<name>.redo``; the error line ``<name>.error``.
    """

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.caption = QLabel(caption, self)
        self.pad = SignaturePad(self)
        self.pad.setObjectName(name)
        self.pad.setAccessibleName(caption)
        self.caption.setBuddy(self.pad)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        column.addWidget(self.caption)
        column.addWidget(self.pad, 1)
        column.addLayout(buttons)
        self.clear_button = self._button(
            name,
            "clear",
            translate("SignaturePad", "Clear"),
            translate("SignaturePad", "Clear the pad"),
        )
        self.undo_button = self._button(
            name,
            "undo",
            translate("SignaturePad", "Undo"),
            translate("SignaturePad", "Undo the last stroke"),
        )
        self.redo_button = self._button(
            name,
            "redo",
            translate("SignaturePad", "Redo"),
            translate("SignaturePad", "Redo the stroke"),
        )
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}.error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        # Showing a refusal must not shrink the pad: its ink would be rescaled to fit.
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.setMinimumHeight(self.error.fontMetrics().height())
        self.error.hide()
        column.addWidget(self.error)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.redo_button.clicked.connect(self.pad.redo)
        self.pad.strokes_changed.connect(self._on_strokes_changed)
        self._update_buttons()

    def _button(self, name: str, action: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}.{action}")
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def strokes(self) -> Strokes:
        return self.pad.strokes()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show the messages under the pad (nothing to show: the line hides)."""
        text = "\n".join(error.message for error in errors)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_errors([])

    def _on_strokes_changed(self) -> None:
        self.clear_error()  # the signer is acting on it
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(not self.pad.is_empty() or self.pad.can_redo())
        self.undo_button.setEnabled(self.pad.can_undo())
        self.redo_button.setEnabled(self.pad.can_redo())
