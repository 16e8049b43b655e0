"""The signature pad draws what a mouse, a pen or a finger writes — once — and keeps it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.documents.model import Strokes
from app.domain.signature import check_signature
from tests.gui.conftest import find
from ui.widgets.signature_pad import MOUSE_PRESSURE, SignatureField, SignaturePad, render_png

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(scope="module")
def touch_screen(qapp: QApplication) -> Iterator[QPointingDevice]:
    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    device.setParent(qapp)  # Qt owns it; registered with the window system until exit
    yield device


def stylus(parent: QWidget, *, pressure: bool = True) -> QPointingDevice:
    caps = QInputDevice.Capability.Position
    if pressure:
        caps |= QInputDevice.Capability.Pressure
    return QPointingDevice(
        "test pen",
        7001,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        caps,
        1,
        2,
        parent=parent,
    )


def draw(qtbot: QtBot, widget: QWidget, points: list[tuple[int, int]]) -> None:
    """A mouse stroke through ``points``, through the window system like a real mouse."""
    qtbot.mousePress(widget, LEFT, NO_KEYS, QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(widget, QPoint(x, y))
    qtbot.mouseRelease(widget, LEFT, NO_KEYS, QPoint(*points[-1]))


def send_mouse(
    widget: QWidget,
    kind: QEvent.Type,
    at: tuple[float, float],
    *,
    button: Qt.MouseButton = LEFT,
    buttons: Qt.MouseButton = LEFT,
    source: Qt.MouseEventSource = Qt.MouseEventSource.MouseEventNotSynthesized,
    device: QPointingDevice | None = None,
) -> QMouseEvent:
    local = QPointF(*at)
    event = QMouseEvent(
        kind,
        local,
        local,
        QPointF(widget.mapToGlobal(local)),
        button,
        buttons,
        NO_KEYS,
        source,
        device or QPointingDevice.primaryPointingDevice(),
    )
    QApplication.sendEvent(widget, event)
    return event


def send_tablet(
    widget: QWidget, device: QPointingDevice, kind: QEvent.Type, at: tuple[float, float], p: float
) -> QTabletEvent:
    local = QPointF(*at)
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else LEFT
    event = QTabletEvent(
        kind,
        device,
        local,
        QPointF(widget.mapToGlobal(local)),
        p,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        NO_KEYS,
        LEFT,
        buttons,
    )
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event


def xy(strokes: Strokes) -> list[list[tuple[float, float]]]:
    return [[(x, y) for x, y, _, _ in stroke] for stroke in strokes.strokes]


def ink_pixels(image: QImage) -> int:
    """Pixels clearly darker than the white surface and the grey guides."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).lightness() < 120
    )


def test_a_mouse_stroke_is_recorded_in_pad_pixels(qtbot: QtBot, pad: SignaturePad) -> None:
    assert pad.is_empty()
    with qtbot.waitSignal(pad.strokes_changed):
        draw(qtbot, pad, [(10, 20), (100, 50), (150, 60), (200, 80)])
    strokes = pad.strokes()
    assert (strokes.width, strokes.height) == (600, 200)
    assert xy(strokes) == [[(10, 20), (100, 50), (150, 60), (200, 80)]]
    assert {p for _, _, p, _ in strokes.strokes[0]} == {MOUSE_PRESSURE}
    times = [t for *_, t in strokes.strokes[0]]
    assert times[0] == 0 and times == sorted(times)
    assert not pad.is_empty()


def test_moving_without_a_button_draws_nothing(pad: SignaturePad) -> None:
    for x in range(10, 200, 20):
        send_mouse(
            pad,
            QEvent.Type.MouseMove,
            (x, 50),
            button=Qt.MouseButton.NoButton,
            buttons=Qt.MouseButton.NoButton,
        )
    send_mouse(
        pad,
        QEvent.Type.MouseButtonPress,
        (10, 50),
        button=Qt.MouseButton.RightButton,
        buttons=Qt.MouseButton.RightButton,
    )
    send_mouse(
        pad,
        QEvent.Type.MouseMove,
        (100, 50),
        button=Qt.MouseButton.NoButton,
        buttons=Qt.MouseButton.RightButton,
    )
    assert pad.is_empty()


def test_later_strokes_keep_counting_time(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(10, 20), (50, 60)])
    qtbot.wait(20)  # the clock must move: this is about time, not a wait for a result
    draw(qtbot, pad, [(200, 20), (250, 60)])
    first, second = pad.strokes().strokes
    assert second[0][3] >= first[-1][3] + 15


def test_a_pen_records_its_pressure_and_its_mouse_echo_adds_nothing(pad: SignaturePad) -> None:
    pen = stylus(pad)
    events = [
        send_tablet(pad, pen, QEvent.Type.TabletPress, (50, 100), 0.2),
        send_tablet(pad, pen, QEvent.Type.TabletMove, (120, 80), 0.6),
        send_tablet(pad, pen, QEvent.Type.TabletMove, (200, 120), 0.9),
        send_tablet(pad, pen, QEvent.Type.TabletRelease, (200, 120), 0.0),
    ]
    # Accepted: Qt does not make mouse events out of them.
    assert all(event.isAccepted() for event in events)
    assert [[(x, y, p) for x, y, p, _ in s] for s in pad.strokes().strokes] == [
        [(50, 100, 0.2), (120, 80, 0.6), (200, 120, 0.9)]
    ]
    # Mouse events made from the same pen (by Qt, or by the platform) are not drawn again.
    for source, device in [
        (Qt.MouseEventSource.MouseEventSynthesizedByQt, pen),
        (
            Qt.MouseEventSource.MouseEventSynthesizedBySystem,
            QPointingDevice.primaryPointingDevice(),
        ),
        (Qt.MouseEventSource.MouseEventNotSynthesized, pen),
    ]:
        press = send_mouse(
            pad, QEvent.Type.MouseButtonPress, (50, 100), source=source, device=device
        )
        send_mouse(pad, QEvent.Type.MouseMove, (300, 150), source=source, device=device)
        send_mouse(
            pad,
            QEvent.Type.MouseButtonRelease,
            (300, 150),
            buttons=Qt.MouseButton.NoButton,
            source=source,
            device=device,
        )
        assert press.isAccepted()  # swallowed, not passed on to a parent
    assert len(pad.strokes().strokes) == 1
    assert len(pad.strokes().strokes[0]) == 3


def test_a_pen_without_pressure_draws_mid_weight_and_the_eraser_draws_nothing(
    pad: SignaturePad,
) -> None:
    pen = stylus(pad, pressure=False)
    send_tablet(pad, pen, QEvent.Type.TabletPress, (50, 100), 0.0)
    send_tablet(pad, pen, QEvent.Type.TabletRelease, (150, 100), 0.0)
    assert {p for _, _, p, _ in pad.strokes().strokes[0]} == {MOUSE_PRESSURE}
    eraser = QPointingDevice(
        "test eraser",
        7002,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Eraser,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
        parent=pad,
    )
    send_tablet(pad, eraser, QEvent.Type.TabletPress, (50, 150), 0.5)
    send_tablet(pad, eraser, QEvent.Type.TabletRelease, (250, 150), 0.5)
    assert len(pad.strokes().strokes) == 1


def test_a_finger_draws_once_and_a_second_finger_does_not(
    qtbot: QtBot, pad: SignaturePad, touch_screen: QPointingDevice
) -> None:
    QTest.touchEvent(pad, touch_screen).press(0, QPoint(10, 20), pad).commit()
    QTest.touchEvent(pad, touch_screen).move(0, QPoint(100, 50), pad).press(
        1, QPoint(400, 150), pad
    ).commit()
    QTest.touchEvent(pad, touch_screen).move(0, QPoint(150, 60), pad).move(
        1, QPoint(500, 170), pad
    ).commit()
    QTest.touchEvent(pad, touch_screen).release(0, QPoint(200, 80), pad).release(
        1, QPoint(500, 170), pad
    ).commit()
    qtbot.waitUntil(lambda: not pad._current)
    # Exactly the first finger's path: no palm, no echo as mouse events.
    assert xy(pad.strokes()) == [[(10, 20), (100, 50), (150, 60), (200, 80)]]
    # A mouse event Qt made from a touch is not drawn either.
    touch_made = QPointingDevice(
        "test touch echo",
        7003,
        QInputDevice.DeviceType.TouchScreen,
        QPointingDevice.PointerType.Finger,
        QInputDevice.Capability.Position,
        10,
        0,
        parent=pad,
    )
    send_mouse(pad, QEvent.Type.MouseButtonPress, (10, 150), device=touch_made)
    send_mouse(pad, QEvent.Type.MouseMove, (300, 150), device=touch_made)
    send_mouse(
        pad,
        QEvent.Type.MouseButtonRelease,
        (300, 150),
        buttons=Qt.MouseButton.NoButton,
        device=touch_made,
    )
    assert len(pad.strokes().strokes) == 1


def test_undo_redo_and_clear(qtbot: QtBot, pad: SignaturePad) -> None:
    for y in (40, 90, 140):
        draw(qtbot, pad, [(20, y), (300, y)])
    assert [s[0][1] for s in xy(pad.strokes())] == [40, 90, 140]
    with qtbot.waitSignal(pad.strokes_changed):
        pad.undo()
    pad.undo()
    assert [s[0][1] for s in xy(pad.strokes())] == [40]
    pad.redo()
    assert [s[0][1] for s in xy(pad.strokes())] == [40, 90]
    assert pad.can_redo()
    draw(qtbot, pad, [(20, 180), (300, 180)])  # a new stroke ends the redo history
    assert not pad.can_redo()
    pad.redo()
    assert [s[0][1] for s in xy(pad.strokes())] == [40, 90, 180]
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s[0][1] for s in xy(pad.strokes())] == [40, 90]
    qtbot.keyClick(
        pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [s[0][1] for s in xy(pad.strokes())] == [40, 90, 180]
    with qtbot.waitSignal(pad.strokes_changed):
        pad.clear()
    assert pad.is_empty() and pad.strokes().strokes == ()
    pad.undo()
    pad.redo()
    assert pad.is_empty()


def test_the_field_buttons_follow_the_pad(qtbot: QtBot) -> None:
    field = SignatureField("signing.client_pad", "Client signature")
    qtbot.addWidget(field)
    field.resize(700, 300)
    field.show()
    qtbot.waitExposed(field)
    pad = find(field, SignaturePad, "signing.client_pad")
    clear, undo, redo = (
        find(field, QPushButton, f"signing.client_pad.{n}") for n in ("clear", "undo", "redo")
    )
    assert pad.accessibleName() == "Client signature"
    assert undo.accessibleName() and clear.accessibleName() and redo.accessibleName()
    assert not (clear.isEnabled() or undo.isEnabled() or redo.isEnabled())

    draw(qtbot, pad, [(20, 40), (300, 60)])
    draw(qtbot, pad, [(20, 100), (300, 120)])
    assert clear.isEnabled() and undo.isEnabled() and not redo.isEnabled()
    qtbot.mouseClick(undo, LEFT)
    assert len(pad.strokes().strokes) == 1 and redo.isEnabled()
    qtbot.mouseClick(redo, LEFT)
    assert len(pad.strokes().strokes) == 2 and not redo.isEnabled()
    qtbot.mouseClick(clear, LEFT)
    assert pad.is_empty() and not undo.isEnabled()


def test_the_error_line_shows_a_refusal_until_the_signer_draws_again(qtbot: QtBot) -> None:
    field = SignatureField("signing.advisor_pad", "Advisor signature")
    qtbot.addWidget(field)
    field.resize(700, 300)
    field.show()
    qtbot.waitExposed(field)
    error = find(field, QWidget, "signing.advisor_pad.error")
    assert error.isHidden()
    draw(qtbot, field.pad, [(100, 100), (103, 101)])  # a tick
    pad_size = field.pad.size()
    refusal = check_signature(field.strokes(), field="signing.advisor_pad")
    assert refusal
    field.show_errors(refusal)
    assert not error.isHidden() and field.error.text() == refusal[0].message
    # The message takes no room from the pad, so the ink does not shrink under the signer.
    QApplication.processEvents()  # let the layout react, as it would on screen
    assert field.pad.size() == pad_size
    draw(qtbot, field.pad, [(20, 40), (300, 60)])
    assert error.isHidden()


def test_a_restored_draft_comes_back_exactly_and_is_shown_scaled(
    qtbot: QtBot, pad: SignaturePad
) -> None:
    draft = Strokes(300, 100, (((20.0, 50.0, 0.5, 0), (280.0, 50.0, 0.7, 400)),))
    with qtbot.waitSignal(pad.strokes_changed):
        pad.set_strokes(draft)
    assert pad.strokes() == draft
    # The 300×100 canvas fills the 600×200 pad at twice the size: ink around y = 100.
    image = pad.grab().toImage()
    assert ink_pixels(image.copy(0, 90, 600, 20)) > 50
    assert ink_pixels(image.copy(0, 30, 600, 40)) == 0
    # A new stroke lands in the draft's coordinates, after its times.
    draw(qtbot, pad, [(100, 160), (500, 160)])
    assert pad.strokes().strokes[1][0][:2] == (50, 80)
    assert pad.strokes().strokes[1][0][3] > 400
    assert (pad.strokes().width, pad.strokes().height) == (300, 100)
    pad.set_strokes(Strokes(1, 1, ()))
    assert pad.is_empty() and pad.strokes().width == 600


def test_a_resized_pad_keeps_its_strokes_undistorted(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(20, 50), (580, 150)])
    before = pad.strokes()
    pad.resize(900, 200)
    qtbot.waitUntil(lambda: pad.width() == 900)
    assert pad.strokes() == before


@pytest.mark.parametrize("finger", [False, True])
def test_drawing_inside_a_scroll_area_does_not_scroll_it(
    qtbot: QtBot, touch_screen: QPointingDevice, finger: bool
) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    content = QWidget(area)
    column = QVBoxLayout(content)
    column.addSpacing(600)
    pad = SignaturePad(content)
    column.addWidget(pad)
    column.addSpacing(600)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.resize(700, 400)
    area.show()
    qtbot.waitExposed(area)
    area.ensureWidgetVisible(pad)
    bar = area.verticalScrollBar()
    before = bar.value()
    assert 0 < before < bar.maximum()
    path = [QPoint(50 + 10 * i, 150 - 5 * i) for i in range(30)]
    if finger:
        QTest.touchEvent(pad, touch_screen).press(0, path[0], pad).commit()
        for point in path[1:]:
            QTest.touchEvent(pad, touch_screen).move(0, point, pad).commit()
        QTest.touchEvent(pad, touch_screen).release(0, path[-1], pad).commit()
    else:
        draw(qtbot, pad, [(p.x(), p.y()) for p in path])
    qtbot.waitUntil(lambda: len(pad.strokes().strokes) == 1)
    assert len(pad.strokes().strokes[0]) == len(path)
    assert bar.value() == before


def test_render_png_draws_the_ink(qapp: QApplication) -> None:
    strokes = Strokes(
        600, 200, (((20.0, 100.0, 0.5, 0), (580.0, 120.0, 1.0, 300)), ((300.0, 50.0, 0.5, 400),))
    )
    data = render_png(strokes, 300, 100)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (300, 100)
    assert ink_pixels(image) > 20
    assert image.pixelColor(0, 0) == QColor(Qt.GlobalColor.white)

    empty = QImage.fromData(render_png(Strokes(600, 200, ()), 300, 100))
    assert ink_pixels(empty) == 0
    clear = QImage.fromData(render_png(strokes, 300, 100, transparent=True))
    assert clear.pixelColor(0, 0).alpha() == 0 and ink_pixels(clear) > 20
