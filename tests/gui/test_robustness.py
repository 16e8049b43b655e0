"""Lockout, a second instance, a damaged database, and the crash path — as users meet them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.store.home import DataHome
from app.store.instance_lock import InstanceLock
from app.store.keyvault import AccountLocked, KeyVault, WrongSecret
from tests.conftest import ADVISOR_PASSWORD, Office, mainland_id
from tests.gui.conftest import Messages, find
from ui import application, crash
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def fail_logins(home: DataHome, username: str, times: int) -> None:
    """Failed attempts spread far apart in time, so no delay applies between them."""
    vault = KeyVault(home.vault)
    start = datetime.now(UTC) - timedelta(days=1)
    for attempt in range(times):
        with pytest.raises((WrongSecret, AccountLocked)):
            vault.unlock(username, "Wrong-password-0", now=start + timedelta(hours=attempt))


def sign_in(
    qtbot: QtBot, dialog: LoginDialog, username: str, password: str, wait_ops: Callable[[], None]
) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    wait_ops()


def test_after_five_failures_sign_in_waits_with_a_countdown(
    qtbot: QtBot, office: Office, wait_ops: Callable[[], None], shown: Messages
) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    fail_logins(office.home, "li.advisor", 4)
    dialog = LoginDialog(office.home)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "li.advisor", "Wrong-password-0", wait_ops)
    assert "Wrong user name or password" in find(dialog, QLabel, "login.message").text()
    assert not dialog.submit.isEnabled()
    assert dialog.submit.text().startswith("Wait ")
    assert dialog.password.text() == ""


def test_after_ten_failures_the_account_locks_until_an_admin_unlocks_it(
    qtbot: QtBot, office: Office, wait_ops: Callable[[], None], shown: Messages
) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    # Past the first-login password change, so signing in ends in the main window.
    KeyVault(office.home.vault).set_password(
        office.admin_ws.data_key(), "li.advisor", ADVISOR_PASSWORD
    )
    fail_logins(office.home, "li.advisor", 10)
    dialog = LoginDialog(office.home)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "li.advisor", ADVISOR_PASSWORD, wait_ops)
    assert "locked" in find(dialog, QLabel, "login.message").text()
    assert dialog.result_value is None

    # The administrator sees the lock in the users panel and lifts it.
    window = MainWindow(office.admin_ws, office.admin)
    qtbot.addWidget(window)
    window.show_page(window.settings_page)
    panel = window.settings_page.users_panel
    assert panel is not None
    usernames = [row.username for row in panel.rows]
    row = usernames.index("li.advisor")
    assert panel.table.item(row, 3).text() == "Locked after failed sign-ins"
    panel.table.selectRow(row)
    qtbot.mouseClick(find(panel, QPushButton, "settings.user_unlock"), Qt.MouseButton.LeftButton)
    wait_ops()
    assert panel.table.item(row, 3).text() != "Locked after failed sign-ins"

    dialog.submit.setEnabled(True)
    sign_in(qtbot, dialog, "li.advisor", ADVISOR_PASSWORD, wait_ops)
    assert dialog.result_value is not None
    dialog.result_value.workspace.close()


def test_a_second_instance_says_the_app_is_already_open(home: DataHome, shown: Messages) -> None:
    home.ensure()
    with InstanceLock(home.root):
        assert application.run_gui([]) == 1
    assert shown.errors == ["Advisor Desk is already open on this computer. Switch to that window."]


def test_a_damaged_database_offers_the_latest_backup(
    qtbot: QtBot, office: Office, wait_ops: Callable[[], None], shown: Messages
) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    KeyVault(office.home.vault).set_password(
        office.admin_ws.data_key(), "li.advisor", ADVISOR_PASSWORD
    )
    office.admin_ws.close()
    from app.store.backup import timestamped_backup

    key = KeyVault(office.home.vault).unlock("li.advisor", ADVISOR_PASSWORD)[0]
    timestamped_backup(office.home.database, key, office.home.backups, "manual")
    with open(office.home.database, "r+b") as handle:  # scribble over the header page
        handle.write(b"\0" * 4096)
    for suffix in ("-wal", "-shm"):
        (office.home.database.parent / (office.home.database.name + suffix)).unlink(missing_ok=True)

    dialog = LoginDialog(office.home)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "li.advisor", ADVISOR_PASSWORD, wait_ops)
    assert "damaged" in find(dialog, QLabel, "login.message").text()
    assert shown.questions and "Restore the latest backup" in shown.questions[0]
    assert any(p.name.startswith("advisor-desk.replaced-") for p in office.home.root.iterdir()), (
        "the damaged file is kept aside"
    )
    sign_in(qtbot, dialog, "li.advisor", ADVISOR_PASSWORD, wait_ops)
    assert dialog.result_value is not None
    dialog.result_value.workspace.close()


def test_uncaught_errors_reach_the_log_and_the_crash_dialog(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown_details: list[str] = []
    monkeypatch.setattr(crash, "show_crash", shown_details.append)
    try:
        raise RuntimeError(f"boom for {mainland_id()}")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            crash.handle_exception(RuntimeError, exc, exc.__traceback__)
    assert shown_details and "RuntimeError" in shown_details[0]
    assert mainland_id() not in shown_details[0], "personal numbers are scrubbed"
    assert "uncaught exception" in caplog.text


def test_crash_dialog_offers_copyable_details(qtbot: QtBot) -> None:
    dialog = crash.CrashDialog("Traceback: details here")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(find(dialog, QPushButton, "crash.copy"), Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == "Traceback: details here"
