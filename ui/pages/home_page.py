"""Home: who is signed in, where, and the next things to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.roles import Permission, allows
from app.services import clients
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.labels import role_label


class HomePage(QWidget):
    go_clients = Signal()
    go_new_client = Signal()
    go_settings = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home.page")
        self.ws, self.actor = ws, actor
        self.greeting = QLabel(
            translate("HomePage", "Welcome, {name}").format(name=actor.display_name)
        )
        self.greeting.setObjectName("home.greeting")
        self.greeting.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.role = QLabel(
            translate("HomePage", "Role: {role}").format(role=role_label(actor.role.value))
        )
        self.summary = QLabel()
        self.summary.setObjectName("home.summary")
        grid = QGridLayout()
        column = 0
        if allows(actor.role, Permission.CLIENT_READ):
            find = QPushButton(translate("HomePage", "Find a client"))
            find.setObjectName("home.find_client")
            find.clicked.connect(self.go_clients)
            grid.addWidget(find, 0, column)
            column += 1
        if allows(actor.role, Permission.CLIENT_WRITE):
            new = QPushButton(translate("HomePage", "New client"))
            new.setObjectName("home.new_client")
            new.clicked.connect(self.go_new_client)
            grid.addWidget(new, 0, column)
            column += 1
        if allows(actor.role, Permission.USER_MANAGE):
            users = QPushButton(translate("HomePage", "Manage users"))
            users.setObjectName("home.manage_users")
            users.clicked.connect(self.go_settings)
            grid.addWidget(users, 0, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.role)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addStretch(1)

    def refresh(self) -> None:
        if allows(self.actor.role, Permission.CLIENT_READ):
            count = clients.count_clients(self.ws, self.actor, "")
            self.summary.setText(translate("HomePage", "Clients you can see: {n}").format(n=count))
        else:
            self.summary.setText(
                translate("HomePage", "Your role does not work with client records.")
            )
