"""First run → sign in → create a client → find it → edit → lock → unlock, as a user would."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.store.home import DataHome
from app.store.models import AuditEvent
from tests.conftest import ADVISOR_PASSWORD, mainland_id
from tests.gui.conftest import Messages, active_modal, find
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.password_dialogs import ChangePasswordDialog
from ui.dialogs.setup_dialog import SetupDialog
from ui.main_window import MainWindow
from ui.pages.users_panel import NewUserDialog

pytestmark = pytest.mark.gui
NEW_PASSWORD = "Morning-tide-77"


def type_into(qtbot: QtBot, root: object, name: str, text: str) -> None:
    edit = find(root, QLineEdit, name)  # type: ignore[arg-type]
    edit.clear()
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest cannot synthesise CJK key presses; an input method commits whole text
        edit.insert(text)


def click(qtbot: QtBot, root: object, name: str) -> None:
    qtbot.mouseClick(find(root, QPushButton, name), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def run_setup(qtbot: QtBot, home: DataHome, wait_ops: Callable[[], None]) -> SetupDialog:
    dialog = SetupDialog(home)
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in (
        ("admin_username", "admin"),
        ("admin_display_name", "王管理"),
        ("password", "Kx7-harbour-2026"),
        ("password_repeat", "Kx7-harbour-2026"),
        ("branch_code", "BJ001"),
        ("branch_name", "北京分行"),
        ("device_name", "柜台一号机"),
    ):
        type_into(qtbot, dialog, f"setup.{name}", text)
    click(qtbot, dialog, "setup.create")
    wait_ops()
    code = find(dialog, QLineEdit, "setup.recovery_code").text()
    assert re.fullmatch(r"([A-Z2-9]{5}-){5}[A-Z2-9]{5}", code)
    finish = find(dialog, QPushButton, "setup.finish")
    assert not finish.isEnabled(), "finish must wait for the written-down confirmation"
    find(dialog, QCheckBox, "setup.recovery_confirmed").setChecked(True)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    return dialog


def test_setup_shows_errors_beside_fields_and_keeps_input(
    qtbot: QtBot, home: DataHome, wait_ops: Callable[[], None], shown: Messages
) -> None:
    dialog = SetupDialog(home)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "setup.admin_username", "admin")
    type_into(qtbot, dialog, "setup.password", "short1")
    type_into(qtbot, dialog, "setup.password_repeat", "different1")
    click(qtbot, dialog, "setup.create")
    wait_ops()
    password_error = find(dialog, QLabel, "setup.password.error")
    assert "at least 10 characters" in password_error.text()
    assert find(dialog, QLabel, "setup.password_repeat.error").isVisibleTo(dialog)
    assert find(dialog, QLabel, "setup.branch_code.error").isVisibleTo(dialog)
    assert find(dialog, QLineEdit, "setup.password").text() == "short1"
    assert not home.database.exists(), "nothing is created while the form is invalid"


def test_first_run_login_client_search_edit_lock_unlock(
    qtbot: QtBot, home: DataHome, wait_ops: Callable[[], None], shown: Messages
) -> None:
    setup = run_setup(qtbot, home, wait_ops)
    assert setup.result_value is not None
    admin_ws, admin = setup.result_value.workspace, setup.result_value.actor

    # The administrator creates an advisor account from the users panel dialog.
    new_user = NewUserDialog(admin_ws, admin)
    qtbot.addWidget(new_user)
    type_into(qtbot, new_user, "user.username", "li.advisor")
    type_into(qtbot, new_user, "user.display_name", "李顾问")
    new_user.role.setCurrentIndex(new_user.role.findData("advisor"))
    type_into(qtbot, new_user, "user.temporary_password", ADVISOR_PASSWORD)
    new_user.submit()
    wait_ops()
    assert new_user.result() == NewUserDialog.DialogCode.Accepted
    admin_ws.close()

    # The advisor signs in and must replace the temporary password.
    login = LoginDialog(home)
    qtbot.addWidget(login)
    login.show()
    type_into(qtbot, login, "login.username", "li.advisor")
    type_into(qtbot, login, "login.password", ADVISOR_PASSWORD)

    def answer_change_password() -> None:
        modal = active_modal()
        if not isinstance(modal, ChangePasswordDialog):
            QTimer.singleShot(50, answer_change_password)
            return
        modal.old.setText(ADVISOR_PASSWORD)
        modal.new.setText(NEW_PASSWORD)
        modal.repeat.setText(NEW_PASSWORD)
        modal.submit()

    QTimer.singleShot(50, answer_change_password)
    click(qtbot, login, "login.submit")
    qtbot.waitUntil(lambda: login.result_value is not None, timeout=15000)
    result = login.result_value
    assert result is not None and result.actor.username == "li.advisor"

    window = MainWindow(result.workspace, result.actor)
    qtbot.addWidget(window)
    window.show()

    # New client: first an invalid ID, which is reported beside the field and kept.
    window.new_client()
    form = window.client_form
    bad_id = mainland_id()[:-1] + ("0" if mainland_id()[-1] != "0" else "1")
    for name, text in (
        ("name", "张三"),
        ("id_number", bad_id),
        ("birth_date", "1990-03-07"),
        ("phone", "13800138000"),
        ("financial_assets", "800,000"),
        ("annual_income", "200000"),
    ):
        type_into(qtbot, form, f"onboarding.{name}", text)
    find(form, QCheckBox, "onboarding.consent_sensitive").setChecked(True)
    click(qtbot, form, "onboarding.save")
    wait_ops()
    assert "check character" in find(form, QLabel, "onboarding.id_number.error").text().lower()
    assert find(form, QLineEdit, "onboarding.id_number").text() == bad_id
    type_into(qtbot, form, "onboarding.id_number", mainland_id())
    click(qtbot, form, "onboarding.save")
    wait_ops()
    assert form.client_id is not None and form.title.text() == "张三"
    assert "110***********" in find(form, QLineEdit, "onboarding.id_number").placeholderText()

    # Find it by the last 4 ID characters; the list shows the number masked.
    window.show_page(window.clients)
    type_into(qtbot, window.clients, "clients.search", mainland_id()[-4:])
    window.clients.run_search()
    table = find(window.clients, QTableView, "clients.table")
    assert table.model().rowCount() == 1
    shown_id = table.model().index(0, 2).data()
    assert shown_id.startswith("110") and "*" in shown_id and mainland_id() not in shown_id

    # Open and edit; the version moves on.
    window.clients.model.set_query("张")
    window.open_client(window.clients.model.client_id(0))
    type_into(qtbot, form, "onboarding.phone", "13900139000")
    click(qtbot, form, "onboarding.save")
    wait_ops()
    assert form.version == 2
    assert not shown.errors

    # Reveal is audited.
    click(qtbot, form, "onboarding.reveal_id")
    wait_ops()
    assert mainland_id() in find(form, QLabel, "onboarding.id_revealed").text()
    with result.workspace.db.reading() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "client.reveal_id" in actions

    # Unsaved typing survives a lock; nothing personal is visible while locked.
    type_into(qtbot, form, "onboarding.address", "北京市朝阳区建国路1号")
    window.lock()
    assert window.root.currentWidget() is window.lock_screen
    assert not form.isVisible() and not result.workspace.db.is_open
    assert not find(form, QLabel, "onboarding.id_revealed").text()
    lock_password = find(window.lock_screen, QLineEdit, "login.password")
    qtbot.keyClicks(lock_password, "wrong-password-1")
    click(qtbot, window.lock_screen, "login.submit")
    wait_ops()
    assert window.locked and find(window.lock_screen, QLabel, "login.message").text()
    qtbot.keyClicks(lock_password, NEW_PASSWORD)
    click(qtbot, window.lock_screen, "login.submit")
    wait_ops()
    assert not window.locked and result.workspace.db.is_open
    assert find(form, QLineEdit, "onboarding.address").text() == "北京市朝阳区建国路1号"
    window.close()
