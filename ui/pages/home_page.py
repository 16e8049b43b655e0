"""Home: who is signed in, where, and the next things to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission, allows
from app.services import cases, clients
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.labels import role_label, state_label


class HomePage(QWidget):
    go_clients = Signal()
    go_new_client = Signal()
    go_settings = Signal()
    open_case = Signal(str)

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
        actions = (
            (
                Permission.CLIENT_READ,
                "home.find_client",
                translate("HomePage", "Find a client"),
                self.go_clients,
            ),
            (
                Permission.CLIENT_WRITE,
                "home.new_client",
                translate("HomePage", "New client"),
                self.go_new_client,
            ),
            (
                Permission.USER_MANAGE,
                "home.manage_users",
                translate("HomePage", "Manage users"),
                self.go_settings,
            ),
        )
        for permission, name, text, signal in actions:
            if allows(actor.role, permission):
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(signal)
                grid.addWidget(button, 0, grid.count())
        self.cases_title = QLabel(translate("HomePage", "Cases in progress"))
        self.cases_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.cases = QListWidget()
        self.cases.setObjectName("home.open_cases")
        self.cases.setAccessibleName(translate("HomePage", "Cases in progress"))
        self.cases.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.role)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.cases_title)
        layout.addWidget(self.cases, 1)
        works = allows(actor.role, Permission.CASE_WORK)
        self.cases_title.setVisible(works)
        self.cases.setVisible(works)
        if not works:
            layout.addStretch(1)

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case.emit(str(case_id))

    def refresh(self) -> None:
        if allows(self.actor.role, Permission.CASE_WORK):
            self.cases.clear()
            for case in cases.open_cases(self.ws, self.actor):
                text = translate("HomePage", "{name} — {state} — saved {time}").format(
                    name=case.client_name,
                    state=state_label(case.state.value),
                    time=case.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case.case_id)
                self.cases.addItem(item)
            if self.cases.count() == 0:
                empty = QListWidgetItem(translate("HomePage", "No case in progress."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.cases.addItem(empty)
        if allows(self.actor.role, Permission.CLIENT_READ):
            count = clients.count_clients(self.ws, self.actor, "")
            self.summary.setText(translate("HomePage", "Clients you can see: {n}").format(n=count))
        else:
            self.summary.setText(
                translate("HomePage", "Your role does not work with client records.")
            )
