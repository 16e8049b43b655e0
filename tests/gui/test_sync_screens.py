"""The sync screens against a real head-office server: enrolling from Settings, the status
bar's line and badges, "Sync now", conflicts resolved on their screen, refused changes."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx2
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from app.services import sync
from app.services.context import Actor, Workspace
from tests.conftest import ADMIN_PASSWORD
from tests.gui.conftest import Messages, find
from tests.sync import conftest as sync_fixtures
from tests.sync.harness import (
    Desk,
    HeadOfficeServer,
    connect_through,
    enrolled_with_unsent,
    queue_unknown_change,
)
from ui import sync_runner
from ui.main_window import MainWindow
from ui.pages import conflict_dialog
from ui.pages.conflict_dialog import ConflictDialog
from ui.widgets.sync_indicator import state_text

pytestmark = pytest.mark.usefixtures("fast_kdf")
# A real head-office server and devices, as the sync tests have them.
sync_templates = sync_fixtures.sync_templates
head_office = sync_fixtures.head_office
new_desk = sync_fixtures.new_desk


@pytest.fixture
def backend() -> str:
    """The screens against the embedded server (the sync itself runs on both in tests/sync)."""
    return "sqlite"


@pytest.fixture
def window_of(qtbot: QtBot) -> Iterator[Callable[[Workspace, Actor], MainWindow]]:
    made: list[MainWindow] = []

    def make(ws: Workspace, actor: Actor) -> MainWindow:
        window = MainWindow(ws, actor)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.sync_runner.pause()


@pytest.fixture(autouse=True)
def _no_scheduled_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Syncs start when the test says so (the schedule itself is tested apart)."""
    monkeypatch.setattr(sync_runner, "FIRST_SYNC_DELAY_MS", 3_600_000)


def wait_sync(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.sync_runner.running, timeout=30_000)


def line(window: MainWindow) -> str:
    return find(window, QToolButton, "status.sync").text()


def test_an_administrator_enrolls_from_settings_and_the_status_bar_follows(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    shown: Messages,
    wait_ops: Callable[[], None],
) -> None:
    desk = new_desk("a")
    window = window_of(desk.ws, desk.admin)
    assert "Not connected to head office" in line(window)

    qtbot.mouseClick(find(window, QToolButton, "status.sync"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.settings_page
    wait_ops()
    url = find(window, QLineEdit, "headoffice.server_url")
    code = find(window, QLineEdit, "headoffice.code")
    enroll = find(window, QPushButton, "headoffice.enroll")

    url.setText("sync.example.com")  # no scheme
    code.setText("")
    qtbot.mouseClick(enroll, Qt.MouseButton.LeftButton)
    wait_ops()
    assert "head-office address" in find(window, QLabel, "headoffice.server_url.error").text()
    assert url.text() == "sync.example.com"  # what was typed stays

    url.setText(head_office.base)
    code.setText("WRONG-CODE")
    qtbot.mouseClick(enroll, Qt.MouseButton.LeftButton)
    wait_ops()
    assert shown.errors[-1].startswith("The enrollment code is wrong")
    assert code.text() == "WRONG-CODE"

    code.setText(head_office.code())
    qtbot.mouseClick(enroll, Qt.MouseButton.LeftButton)
    wait_ops()
    assert "This device is enrolled with" in shown.infos[-1]
    wait_sync(qtbot, window)
    wait_ops()
    assert line(window).startswith("● Online · last sync ")
    assert not find(window, QLabel, "status.sync_unsent").isVisible()  # all sent
    assert find(window, QLabel, "headoffice.server").text() == head_office.base
    assert "Sent " in find(window, QLabel, "headoffice.result").text()
    assert set(head_office.op_ids()) == {row["op_id"] for row in desk.outbox()}


def test_the_badge_counts_unsent_changes_until_sync_now_sends_them(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    wait_ops: Callable[[], None],
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    desk.sync()
    advisor = desk.add_advisor()
    assert desk.advisor_ws is not None
    window = window_of(desk.advisor_ws, advisor)
    desk.new_client()
    window.sync_runner.refresh_status()
    badge = find(window, QLabel, "status.sync_unsent")
    assert badge.isVisible() and int(badge.text()) == desk.unsent() > 0

    window.show_head_office()
    wait_ops()
    assert window.settings_page.findChild(QLineEdit, "headoffice.code") is None  # admins only
    qtbot.mouseClick(find(window, QPushButton, "headoffice.sync_now"), Qt.MouseButton.LeftButton)
    wait_sync(qtbot, window)
    wait_ops()

    assert not badge.isVisible() and desk.unsent() == 0
    assert set(head_office.op_ids()) == {row["op_id"] for row in desk.outbox()}


def test_offline_is_shown_and_nothing_is_lost(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    unsent = desk.unsent()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    real_connect = sync.connect
    monkeypatch.setattr(sync.protocol.Retry, "first_pause_s", 0.0)
    monkeypatch.setattr(sync, "connect", lambda _url, token: real_connect(closed, token))
    window = window_of(desk.ws, desk.admin)

    assert window.sync_runner.sync_now()
    wait_sync(qtbot, window)
    wait_ops()

    assert line(window).startswith("● Offline · last sync ")
    assert int(find(window, QLabel, "status.sync_unsent").text()) == unsent == desk.unsent()
    assert "cannot be reached" in find(window, QToolButton, "status.sync").toolTip()


def test_a_conflict_is_resolved_on_its_screen_with_the_form_s_checks(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
) -> None:
    office, laptop = new_desk("office"), new_desk("laptop")
    advisor = office.add_advisor()
    client_id = office.new_client()
    laptop.add_advisor(user_id=advisor.user_id)
    for desk in (laptop, office):
        desk.enroll(head_office)
        desk.sync()
    laptop.sync()
    office.edit_client(client_id, phone="13900139000")
    office.sync()
    laptop.edit_client(client_id, phone="13600136000")
    assert laptop.sync().conflicts == 1
    assert laptop.advisor_ws is not None and laptop.advisor is not None
    window = window_of(laptop.advisor_ws, laptop.advisor)
    attention = find(window, QLabel, "status.sync_attention")
    assert attention.isVisible() and attention.text() == "! 1"
    assert "1 sync conflict(s) to resolve: choose which value to keep" in today_lines(
        window, wait_ops
    )

    window.show_head_office()
    wait_ops()
    table = find(window, QTableWidget, "headoffice.conflicts")
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(4)]
    assert cells == ["Client · 张三", "Mobile", "+8613600136000", "+8613900139000"]

    dialogs: list[ConflictDialog] = []

    def answer(parent: object, ws: Workspace, actor: Actor, conflict: sync.ConflictView) -> bool:
        dialog = ConflictDialog(ws, actor, conflict, window)
        dialogs.append(dialog)
        dialog.edit.setChecked(True)
        dialog.value.setText("123")  # not a mobile number
        dialog.apply()
        wait_ops()
        assert dialog.result() != ConflictDialog.DialogCode.Accepted
        error = find(dialog, QLabel, "conflict.value.error")
        assert error.isVisibleTo(dialog) and error.text()
        assert dialog.value.text() == "123"  # kept
        dialog.value.setText("13700137000")
        dialog.apply()
        wait_ops()
        return dialog.result() == ConflictDialog.DialogCode.Accepted

    monkeypatch.setattr(conflict_dialog, "ask_resolution", answer)
    table.selectRow(0)
    qtbot.mouseClick(find(window, QPushButton, "headoffice.resolve"), Qt.MouseButton.LeftButton)
    wait_ops()

    assert len(dialogs) == 1 and table.rowCount() == 0
    assert not attention.isVisible()
    for _ in range(2):
        laptop.sync()
        office.sync()
    assert office.client_field(client_id, "phone") == "+8613700137000"
    assert laptop.client_field(client_id, "phone") == "+8613700137000"


def test_a_refused_change_is_listed_with_its_reason_and_dismissed(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    shown: Messages,
    wait_ops: Callable[[], None],
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    queue_unknown_change(desk)  # a change head office does not accept
    assert desk.sync().rejected == 1
    window = window_of(desk.ws, desk.admin)
    window.show_head_office()
    wait_ops()
    table = find(window, QTableWidget, "headoffice.rejected")
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "gadget"
    assert table.item(0, 2).text().startswith("Head office does not know this kind of change")

    table.selectRow(0)
    qtbot.mouseClick(find(window, QPushButton, "headoffice.dismiss"), Qt.MouseButton.LeftButton)
    wait_ops()

    assert shown.questions and table.rowCount() == 0
    assert not find(window, QLabel, "status.sync_attention").isVisible()
    assert sync.needs_attention(desk.ws, desk.admin) == []


class HeldPush(httpx2.BaseTransport):
    """Holds the first push on the wire until the test lets it go."""

    def __init__(self) -> None:
        self.inner = httpx2.HTTPTransport()
        self.arrived, self.release = threading.Event(), threading.Event()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/sync/push" and not self.arrived.is_set():
            self.arrived.set()
            assert self.release.wait(30)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_the_schedule_syncs_in_the_background_and_a_lock_loses_nothing(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    sent_before = set(head_office.op_ids())
    held = HeldPush()
    connect_through(monkeypatch, held)
    monkeypatch.setattr(sync_runner, "FIRST_SYNC_DELAY_MS", 50)
    window = window_of(desk.ws, desk.admin)

    # The scheduled sync starts by itself and waits on the wire; the window goes on working.
    qtbot.waitUntil(held.arrived.is_set, timeout=10_000)
    assert window.sync_runner.running
    assert find(window, QToolButton, "status.sync").text() == "Syncing…"
    ticks: list[int] = []
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=1_000)  # the GUI thread is free
    window.show_page(window.home)

    # Locked meanwhile: head office applies the push, but its answer cannot be written
    # here (the database is closed): no crash, and the changes stay unsent.
    reports: list[object] = []
    window.sync_runner.finished.connect(reports.append)
    window.lock()
    held.release.set()
    wait_ops()
    assert not window.sync_runner.running and not window.sync_runner.timer.isActive()
    applied = set(head_office.op_ids()) - sent_before
    assert applied and reports == []
    find(window.lock_screen, QLineEdit, "login.password").setText(ADMIN_PASSWORD)
    qtbot.mouseClick(
        find(window.lock_screen, QPushButton, "login.submit"), Qt.MouseButton.LeftButton
    )
    wait_ops()
    assert not window.locked and window.sync_runner.timer.isActive()

    # After unlocking, the schedule sends them again; head office answers "duplicate".
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    wait_ops()
    [report] = reports
    assert isinstance(report, sync.SyncReport)
    assert (report.duplicates, report.unsent) == (len(applied), 0) and desk.unsent() == 0
    op_ids = head_office.op_ids()
    assert sorted(op_ids) == sorted({row["op_id"] for row in desk.outbox()})
    assert not find(window, QLabel, "status.sync_unsent").isVisible()


def test_unlocking_while_a_sync_from_before_the_lock_hangs_leaves_sync_usable(
    qtbot: QtBot,
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    held = HeldPush()
    connect_through(monkeypatch, held)
    window = window_of(desk.ws, desk.admin)
    window.show_head_office()
    wait_ops()
    sync_now = find(window, QPushButton, "headoffice.sync_now")
    qtbot.mouseClick(sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.arrived.is_set, timeout=10_000)
    reports: list[object] = []
    window.sync_runner.finished.connect(reports.append)

    window.lock()
    find(window.lock_screen, QLineEdit, "login.password").setText(ADMIN_PASSWORD)
    qtbot.mouseClick(
        find(window.lock_screen, QPushButton, "login.submit"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)

    # The old sync still hangs on the wire, but it no longer holds the window.
    assert not window.sync_runner.running and sync_now.isEnabled()
    held.release.set()  # …and when it ends, its closed database is no crash and no report
    wait_ops()
    assert reports == []
    assert window.sync_runner.sync_now()
    wait_ops()
    [report] = reports
    assert isinstance(report, sync.SyncReport) and report.unsent == 0 == desk.unsent()
    assert "Sent " in find(window, QLabel, "headoffice.result").text()


def today_lines(window: MainWindow, wait_ops: Callable[[], None]) -> list[str]:
    window.home.refresh()
    wait_ops()
    listing = find(window.home, QListWidget, "home.today")
    return [listing.item(i).text() for i in range(listing.count())]


def test_home_says_what_sync_left_and_opens_head_office(
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    window_of: Callable[[Workspace, Actor], MainWindow],
    wait_ops: Callable[[], None],
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    queue_unknown_change(desk)  # a change head office does not accept
    desk.sync()
    window = window_of(desk.ws, desk.admin)
    assert any(
        line.startswith("Head office refused 1 change(s)") for line in today_lines(window, wait_ops)
    )

    # Offline for days with changes waiting: Home says since when.
    desk.add_advisor()
    desk.new_client()
    later = desk.ws.now() + timedelta(days=4)
    desk.ws.clock = lambda: later
    lines = today_lines(window, wait_ops)
    stale = next(line for line in lines if "have not reached head office" in line)
    assert stale.startswith(f"{desk.unsent()} changes have not reached head office since ")

    listing = find(window.home, QListWidget, "home.today")
    listing.setCurrentRow(lines.index(stale))
    listing.itemActivated.emit(listing.currentItem())
    wait_ops()
    assert window.pages.currentWidget() is window.settings_page
    assert find(window, QTableWidget, "headoffice.rejected").rowCount() == 1


def test_the_status_line_says_what_the_last_attempt_found() -> None:
    now = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
    base = sync.SyncStatus(
        True,
        "https://ho",
        "BJ001",
        "北京分行",
        "advisor",
        True,
        None,
        None,
        "",
        "",
        0,
        0,
        0,
        False,
        False,
    )
    seen = now - timedelta(hours=1)
    cases = [
        (replace(base, enrolled=False), "Not connected to head office"),
        (base, "Enrolled · not synced yet"),
        (replace(base, last_attempt_at=now, last_success_at=seen), "Online · last sync 09:00"),
        (
            replace(base, last_attempt_at=now, last_success_at=seen, online=False),
            "Offline · last sync 09:00",
        ),
        (
            replace(base, last_attempt_at=now, last_success_at=seen, last_error_code="bad"),
            "Sync failed · last sync 09:00",
        ),
        (replace(base, last_attempt_at=now, revoked=True), "Revoked by head office"),
        (replace(base, last_attempt_at=now, update_required=True), "Update the app to sync"),
        (
            replace(base, last_attempt_at=now, last_success_at=now - timedelta(days=2)),
            "Online · last sync 2026-11-27 10:00",
        ),
    ]
    for status, text in cases:
        assert state_text(status, now)[0] == text
