"""User administration for admins: create, disable/enable, reset password, unlock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Role
from app.services import users
from app.services.context import Actor, Workspace
from ui import labels, messages
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder, password_rules_label


class NewUserDialog(DialogBase):
    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("user.dialog", parent)
        self.ws, self.actor = ws, actor
        self.setWindowTitle(translate("UsersPanel", "New user"))
        self.form = FormBinder("user")
        grid = QFormLayout()
        self.username = self.form.line_edit(
            "username", translate("UsersPanel", "User name"), max_length=32
        )
        self.display_name = self.form.line_edit(
            "display_name", translate("UsersPanel", "Name"), max_length=100
        )
        self.role = self.form.combo("role", translate("UsersPanel", "Role"), labels.role_choices())
        self.password = self.form.line_edit(
            "temporary_password", translate("UsersPanel", "Temporary password"), password=True
        )
        for field, label, widget in (
            ("username", translate("UsersPanel", "User name"), self.username),
            ("display_name", translate("UsersPanel", "Name"), self.display_name),
            ("role", translate("UsersPanel", "Role"), self.role),
            ("temporary_password", translate("UsersPanel", "Temporary password"), self.password),
        ):
            self.form.add_row(grid, field, label, widget)
        buttons = self.ok_cancel("user.submit", self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(password_rules_label("user.rules"))
        layout.addWidget(buttons)

    def submit(self) -> None:
        username, name = self.username.text(), self.display_name.text()
        role, password = Role(self.form.combo_value("role")), self.password.text()
        run_op(
            self,
            lambda: users.create_user(
                self.ws,
                self.actor,
                username=username,
                display_name=name,
                role=role,
                temporary_password=password,
            ),
            lambda _: self.accept(),
            lambda error: self.form.report(self, error),
        )


class TemporaryPasswordDialog(DialogBase):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__("user.password_dialog", parent)
        self.setWindowTitle(
            translate("UsersPanel", "Temporary password for {user}").format(user=username)
        )
        self.form = FormBinder("user")
        self.password = self.form.line_edit(
            "temporary_password", translate("UsersPanel", "Temporary password"), password=True
        )
        grid = QFormLayout()
        self.form.add_row(
            grid, "temporary_password", translate("UsersPanel", "Temporary password"), self.password
        )
        buttons = self.ok_cancel("user.submit", self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(password_rules_label("user.rules"))
        layout.addWidget(buttons)


class RoleDialog(DialogBase):
    """Choose another role for a user (patched in tests)."""

    def __init__(self, row: users.UserRow, parent: QWidget | None = None) -> None:
        super().__init__("user.role_dialog", parent)
        self.setWindowTitle(translate("UsersPanel", "Role of {user}").format(user=row.username))
        self.form = FormBinder("user")
        self.role = self.form.combo("role", translate("UsersPanel", "Role"), labels.role_choices())
        self.form.set_combo("role", row.role.value)
        grid = QFormLayout()
        self.form.add_row(grid, "role", translate("UsersPanel", "Role"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.ok_cancel("user.role_submit", self.accept))

    def chosen(self) -> Role:
        return Role(self.form.combo_value("role"))


def ask_role(row: users.UserRow, parent: QWidget) -> Role | None:
    dialog = RoleDialog(row, parent)
    return dialog.chosen() if dialog.exec() else None


class UsersPanel(QWidget):
    COLUMNS = ("username", "name", "role", "state")

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.rows: list[users.UserRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("settings.users_table")
        self.table.setAccessibleName(translate("UsersPanel", "Users"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("UsersPanel", "User name"),
                translate("UsersPanel", "Name"),
                translate("UsersPanel", "Role"),
                translate("UsersPanel", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("user_create", translate("UsersPanel", "New user…"), self.create_user),
            ("user_disable", translate("UsersPanel", "Disable"), self.disable),
            ("user_enable", translate("UsersPanel", "Enable…"), self.enable),
            ("user_reset", translate("UsersPanel", "Reset password…"), self.reset),
            ("user_unlock", translate("UsersPanel", "Unlock"), self.unlock),
            ("user_role", translate("UsersPanel", "Change role…"), self.change_role),
        ):
            button = QPushButton(text)
            button.setObjectName(f"settings.{key}")
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.rows = users.list_users(self.ws, self.actor)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            if row.disabled:
                state = translate("UsersPanel", "Disabled")
            elif row.locked:
                state = translate("UsersPanel", "Locked after failed sign-ins")
            elif row.must_change_password:
                state = translate("UsersPanel", "Must change password")
            else:
                state = translate("UsersPanel", "Active")
            for column, text in enumerate(
                (row.username, row.display_name, labels.role_label(row.role.value), state)
            ):
                self.table.setItem(index, column, QTableWidgetItem(text))

    def selected(self) -> users.UserRow | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            messages.show_info(self, translate("UsersPanel", "Select a user first."))
            return None
        return self.rows[picked[0].row()]

    def _run(self, fn: object) -> None:
        run_op(self, fn, lambda _: self.refresh())  # type: ignore[arg-type]

    def create_user(self) -> None:
        if NewUserDialog(self.ws, self.actor, self).exec():
            self.refresh()

    def disable(self) -> None:
        row = self.selected()
        if row and messages.ask(
            self,
            translate("UsersPanel", "Disable {user}? They can no longer sign in.").format(
                user=row.username
            ),
        ):
            self._run(lambda: users.set_disabled(self.ws, self.actor, row.username, True))

    def _temporary_password(self, username: str) -> str | None:
        dialog = TemporaryPasswordDialog(username, self)
        return dialog.password.text() if dialog.exec() else None

    def enable(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = self._temporary_password(row.username)
        if password is not None:
            self._run(
                lambda: users.set_disabled(
                    self.ws, self.actor, row.username, False, temporary_password=password
                )
            )

    def reset(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = self._temporary_password(row.username)
        if password is not None:
            self._run(lambda: users.reset_password(self.ws, self.actor, row.username, password))

    def unlock(self) -> None:
        row = self.selected()
        if row:
            self._run(lambda: users.unlock_account(self.ws, self.actor, row.username))

    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        role = ask_role(row, self)
        if role is not None and role is not row.role:
            self._run(lambda: users.change_role(self.ws, self.actor, row.username, role))
