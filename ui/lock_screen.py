"""The lock screen: covers everything (no personal data visible) until the password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import auth
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import ERROR_STYLE


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock.page")
        self.ws, self.actor = ws, actor
        title = QLabel(translate("LockScreen", "Advisor Desk is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.who = who = QLabel(
            translate(
                "LockScreen",
                "Signed in as {name} ({user}). Enter your password to continue; "
                "what you had typed is kept.",
            ).format(name=actor.display_name, user=actor.username)
        )
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("login.password")
        self.password.setAccessibleName(translate("LockScreen", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.submit = QPushButton(translate("LockScreen", "Unlock"))
        self.submit.setObjectName("login.submit")
        self.message = QLabel()
        self.message.setObjectName("login.message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        # A fixed width lets the wrapped labels take the height they need (centred with
        # stretches rather than an alignment flag, which would squeeze them to one line).
        box = QWidget()
        box.setFixedWidth(440)
        column = QVBoxLayout(box)
        for widget in (title, who, self.password, self.submit, self.message):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.password.returnPressed.connect(self.try_unlock)
        self.submit.clicked.connect(self.try_unlock)

    def try_unlock(self) -> None:
        password = self.password.text()
        self.password.clear()
        if not password:
            return
        self.submit.setEnabled(False)
        run_op(self, lambda: auth.unlock(self.ws, self.actor, password), self._done, self._fail)

    def _done(self, _: object) -> None:
        self.submit.setEnabled(True)
        self.message.clear()
        self.unlocked.emit()

    def _fail(self, error: UserError) -> None:
        self.submit.setEnabled(True)
        self.message.setText(error.message)
        self.password.setFocus()
