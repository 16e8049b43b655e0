"""Products with their suitability decision for one client, filtered for the matching page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.money import format_money
from app.domain.suitability import Decision
from app.services.catalog import ProductView
from ui import labels
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
Row = tuple[ProductView, Decision]

OUTCOME_COLOURS = {"suitable": "#1b6e20", "warn": "#8a5300", "prohibited": "#b3261e"}
TERM_FILTERS = ("any", "up_to_1y", "1_to_5y", "over_5y")
OUTCOME_COLUMN = 2


@dataclass(frozen=True)
class Filters:
    product_type: str = ""
    rating: str = ""
    term: str = "any"
    outcome: str = ""

    def accepts(self, product: ProductView, decision: Decision) -> bool:
        if self.product_type and product.type != self.product_type:
            return False
        if self.rating and product.effective_risk != self.rating:
            return False
        if self.outcome and decision.outcome != self.outcome:
            return False
        days = product.holding_days
        if self.term == "up_to_1y":
            return days is not None and days <= 365
        if self.term == "1_to_5y":
            return days is not None and 365 < days <= 1825
        if self.term == "over_5y":
            return days is not None and days > 1825
        return True


class MatchingModel(QAbstractTableModel):
    PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Row] = []
        self._rows: list[Row] = []
        self.filters = Filters()
        self._headers = [
            translate("MatchingModel", "Code"),
            translate("MatchingModel", "Product"),
            translate("MatchingModel", "Outcome"),
            translate("MatchingModel", "Risk"),
            translate("MatchingModel", "Term"),
            translate("MatchingModel", "Minimum (yuan)"),
            translate("MatchingModel", "Type"),
        ]

    def set_rows(self, rows: list[Row]) -> None:
        self._all = rows
        self._refilter()

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = [row for row in self._all if self.filters.accepts(*row)]
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, product_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0].product_id == product_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        product, decision = self._rows[index.row()]
        column = index.column()
        if role == self.PRODUCT_ID_ROLE:
            return product.product_id
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME_COLUMN:
            return QBrush(QColor(OUTCOME_COLOURS[decision.outcome]))
        if role == Qt.ItemDataRole.ToolTipRole and column == OUTCOME_COLUMN and decision.reasons:
            return "\n".join(r.message for r in decision.reasons)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            product.code,
            product.name,
            labels.outcome_label(decision.outcome),
            product.effective_risk,
            labels.term_text(product.holding_days, product.open_ended),
            format_money(product.min_amount),
            labels.product_type_label(product.type),
        )
        return values[column]
