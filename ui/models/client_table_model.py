"""The client list as a lazily paged table model over the clients service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.services.clients import ClientRow
from ui.i18n import translate
from ui.labels import id_type_label

PAGE_SIZE = 200
FetchPage = Callable[[str, int, int], list[ClientRow]]

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    """Rows arrive a page at a time as the view scrolls (``canFetchMore``/``fetchMore``)."""

    CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_page: FetchPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._query = ""
        self._rows: list[ClientRow] = []
        self._exhausted = True
        self._headers = [
            translate("ClientTableModel", "Name"),
            translate("ClientTableModel", "ID type"),
            translate("ClientTableModel", "ID number"),
            translate("ClientTableModel", "Mobile"),
            translate("ClientTableModel", "Birth date"),
        ]

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Explicit reset: drop every row and load the first page for ``query``."""
        self.beginResetModel()
        self._query = query
        self._rows = self._fetch_page(query, 0, PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def clear(self) -> None:
        """Forget every row (the app is locking)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch_page(self._query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.CLIENT_ID_ROLE:
            return row.client_id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.name
            if column == 1:
                return id_type_label(row.id_type)
            if column == 2:
                return row.id_masked
            if column == 3:
                return row.phone_masked
            if column == 4:
                return row.birth_date.isoformat() if row.birth_date else ""
        return None

    def client_id(self, row: int) -> str:
        return self._rows[row].client_id
