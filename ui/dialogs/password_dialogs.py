"""Changing one's own password, and recovering access with the recovery code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services import auth
from app.services.context import Actor, Workspace
from app.store.home import DataHome
from ui import messages
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder, password_rules_label


class ChangePasswordDialog(DialogBase):
    def __init__(
        self, ws: Workspace, actor: Actor, parent: QWidget | None = None, *, forced: bool = False
    ) -> None:
        super().__init__("password.dialog", parent)
        self.ws, self.actor = ws, actor
        self.setWindowTitle(translate("PasswordDialogs", "Change password"))
        self.form = FormBinder("password")
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(
                translate(
                    "PasswordDialogs", "Your password was set by an administrator. Choose your own."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        grid = QFormLayout()
        self.old = self.form.line_edit(
            "old_password", translate("PasswordDialogs", "Current password"), password=True
        )
        self.new = self.form.line_edit(
            "new_password", translate("PasswordDialogs", "New password"), password=True
        )
        self.repeat = self.form.line_edit(
            "new_password_repeat",
            translate("PasswordDialogs", "Repeat new password"),
            password=True,
        )
        self.form.add_row(
            grid, "old_password", translate("PasswordDialogs", "Current password"), self.old
        )
        self.form.add_row(
            grid, "new_password", translate("PasswordDialogs", "New password"), self.new
        )
        self.form.add_row(
            grid,
            "new_password_repeat",
            translate("PasswordDialogs", "Repeat new password"),
            self.repeat,
        )
        layout.addLayout(grid)
        layout.addWidget(password_rules_label("password.rules"))
        buttons = self.ok_cancel("password.submit", self.submit)
        layout.addWidget(buttons)

    def submit(self) -> None:
        old, new, repeat = self.old.text(), self.new.text(), self.repeat.text()
        run_op(
            self,
            lambda: auth.change_own_password(self.ws, self.actor, old, new, repeat),
            lambda _: self.accept(),
            lambda error: self.form.report(self, error),
        )


class RecoveryDialog(DialogBase):
    """Recovery code + user name + new password: regain access without an administrator."""

    def __init__(self, home: DataHome, parent: QWidget | None = None) -> None:
        super().__init__("recovery.dialog", parent)
        self.home = home
        self.setWindowTitle(translate("PasswordDialogs", "Recover access"))
        self.form = FormBinder("recovery")
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "PasswordDialogs",
                "Enter the recovery code written down at setup, the user whose password is "
                "forgotten, and a new password for them. This is recorded in the audit trail.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        grid = QFormLayout()
        self.code = self.form.line_edit(
            "code", translate("PasswordDialogs", "Recovery code"), max_length=40
        )
        self.username = self.form.line_edit(
            "username", translate("PasswordDialogs", "User name"), max_length=32
        )
        self.new = self.form.line_edit(
            "new_password", translate("PasswordDialogs", "New password"), password=True
        )
        self.repeat = self.form.line_edit(
            "new_password_repeat",
            translate("PasswordDialogs", "Repeat new password"),
            password=True,
        )
        for field, label, widget in (
            ("code", translate("PasswordDialogs", "Recovery code"), self.code),
            ("username", translate("PasswordDialogs", "User name"), self.username),
            ("new_password", translate("PasswordDialogs", "New password"), self.new),
            (
                "new_password_repeat",
                translate("PasswordDialogs", "Repeat new password"),
                self.repeat,
            ),
        ):
            self.form.add_row(grid, field, label, widget)
        layout.addLayout(grid)
        layout.addWidget(password_rules_label("recovery.rules"))
        buttons = self.ok_cancel("recovery.submit", self.submit)
        layout.addWidget(buttons)

    def submit(self) -> None:
        code, user = self.code.text(), self.username.text().strip()
        new, repeat = self.new.text(), self.repeat.text()
        run_op(
            self,
            lambda: auth.recover_with_code(self.home, code, user, new, repeat),
            self._done,
            lambda error: self.form.report(self, error),
        )

    def _done(self, _: object) -> None:
        messages.show_info(
            self, translate("PasswordDialogs", "The new password is set. Sign in with it.")
        )
        self.accept()
