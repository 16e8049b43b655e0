"""Signing in: unwrap the user's key slot and open the database (in the background)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.store.home import DataHome
from ui import messages
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import ERROR_STYLE, FormBinder

if TYPE_CHECKING:
    from app.services.auth import LoginResult

# The database stack is imported on first use (in the background sign-in), so the
# dialog shows as fast as a bare window.


class LoginDialog(DialogBase):
    def __init__(self, home: DataHome, parent: QWidget | None = None) -> None:
        super().__init__("login.dialog", parent)
        self.home = home
        self.result_value: LoginResult | None = None
        self.setWindowTitle(translate("LoginDialog", "Advisor Desk — sign in"))
        self.form = FormBinder("login")
        layout = QVBoxLayout(self)
        title = QLabel(translate("LoginDialog", "Advisor Desk"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        grid = QFormLayout()
        self.username = self.form.line_edit(
            "username", translate("LoginDialog", "User name"), max_length=32
        )
        self.password = self.form.line_edit(
            "password", translate("LoginDialog", "Password"), password=True
        )
        grid.addRow(translate("LoginDialog", "User name"), self.username)
        grid.addRow(translate("LoginDialog", "Password"), self.password)
        layout.addLayout(grid)
        self.message = QLabel()
        self.message.setObjectName("login.message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.submit = QPushButton(translate("LoginDialog", "Sign in"))
        self.submit.setObjectName("login.submit")
        self.submit.setDefault(True)
        buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        self.recovery = QPushButton(translate("LoginDialog", "Forgot password…"))
        self.recovery.setObjectName("login.recovery")
        buttons.addButton(self.recovery, QDialogButtonBox.ButtonRole.HelpRole)
        quit_button = buttons.addButton(
            translate("LoginDialog", "Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setObjectName("login.quit")
        layout.addWidget(buttons)
        self.submit.clicked.connect(self.sign_in)
        self.recovery.clicked.connect(self.open_recovery)
        buttons.rejected.connect(self.reject)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.submit)
        self.resize(420, 260)

    def sign_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(translate("LoginDialog", "Enter your user name and password."))
            return
        self.message.clear()
        self.submit.setEnabled(False)

        def call() -> LoginResult:
            from app.services import auth

            return auth.login(self.home, username, password)

        run_op(self, call, self._signed_in, self._refused)

    def _refused(self, error: UserError) -> None:
        self.password.clear()
        self.password.setFocus()
        self.message.setText(error.message)
        from app.services.auth import DatabaseDamaged

        if isinstance(error, DatabaseDamaged):
            self.submit.setEnabled(True)
            self.offer_backup()
            return
        wait = getattr(error, "retry_after_s", 0)
        if wait:
            self._wait_left = wait
            self._countdown.start()
            self._tick()
        else:
            self.submit.setEnabled(True)

    def _tick(self) -> None:
        if self._wait_left <= 0:
            self._countdown.stop()
            self.submit.setText(translate("LoginDialog", "Sign in"))
            self.submit.setEnabled(True)
            return
        self.submit.setText(translate("LoginDialog", "Wait {s} s").format(s=self._wait_left))
        self._wait_left -= 1

    def _signed_in(self, result: LoginResult) -> None:
        from app.services import auth
        from ui.dialogs.password_dialogs import ChangePasswordDialog

        self.password.clear()
        if result.must_change_password:
            dialog = ChangePasswordDialog(result.workspace, result.actor, self, forced=True)
            if not dialog.exec():
                auth.lock(result.workspace, result.actor)
                self.submit.setEnabled(True)
                self.message.setText(translate("LoginDialog", "Choose a new password to continue."))
                return
        self.result_value = result
        self.accept()

    def offer_backup(self) -> None:
        from app.store.backup import list_backups, restore_backup

        backups = list_backups(self.home.backups)
        if not backups:
            messages.show_error(
                self, translate("LoginDialog", "No backup is available. Contact your support desk.")
            )
            return
        newest = backups[0]
        if messages.ask(
            self,
            translate(
                "LoginDialog",
                "Restore the latest backup ({name})? The damaged database is kept aside, "
                "not deleted. Work done after that backup is not in it.",
            ).format(name=newest.name),
        ):
            restore_backup(newest, self.home.database)
            messages.show_info(
                self, translate("LoginDialog", "The backup was restored. Sign in again.")
            )

    def open_recovery(self) -> None:
        from ui.dialogs.password_dialogs import RecoveryDialog

        RecoveryDialog(self.home, self).exec()
