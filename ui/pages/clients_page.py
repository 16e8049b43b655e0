"""The client list: search by name, mobile digits or the last 4 ID characters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission, allows
from app.services import clients
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.models.client_table_model import ClientTableModel

SEARCH_DELAY_MS = 250


class ClientsPage(QWidget):
    open_client = Signal(str)
    new_client = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clients.page")
        self.ws, self.actor = ws, actor
        # Parented, so Qt frees the model together with its view, never after it.
        self.model = ClientTableModel(
            lambda query, offset, limit: clients.search_clients(
                ws, actor, query, offset=offset, limit=limit
            ),
            self,
        )
        title = QLabel(translate("ClientsPage", "Clients"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.search = QLineEdit()
        self.search.setObjectName("clients.search")
        self.search.setAccessibleName(translate("ClientsPage", "Search clients"))
        self.search.setPlaceholderText(
            translate("ClientsPage", "Name, mobile number, or last 4 ID characters")
        )
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(translate("ClientsPage", "New client"))
        self.new_button.setObjectName("clients.new")
        self.new_button.setVisible(allows(actor.role, Permission.CLIENT_WRITE))
        self.open_button = QPushButton(translate("ClientsPage", "Open"))
        self.open_button.setObjectName("clients.open")
        self.table = QTableView()
        self.table.setObjectName("clients.table")
        self.table.setAccessibleName(translate("ClientsPage", "Client list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel()
        self.status.setObjectName("clients.status")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.open_button.clicked.connect(self._open_selected)
        self.new_button.clicked.connect(self.new_client)
        self.setTabOrder(self.search, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)
        self.setTabOrder(self.new_button, self.table)

    def run_search(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search.text())
        shown = self.model.rowCount()
        if shown == 0:
            self.status.setText(
                translate("ClientsPage", "No client matches.")
                if self.search.text().strip()
                else translate("ClientsPage", "No clients yet.")
            )
        else:
            self.status.setText(
                translate("ClientsPage", "{n} shown; scroll for more.").format(n=shown)
                if self.model.canFetchMore(QModelIndex())
                else translate("ClientsPage", "{n} clients.").format(n=shown)
            )

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self.model.client_id(index.row()))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])
        elif self.model.rowCount() == 1:
            self.open_client.emit(self.model.client_id(0))
