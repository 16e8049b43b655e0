"""The supervisor's review queue: one page of cases at a time, replaced by an explicit reset.

The page fetches a :class:`~app.services.review.QueuePage` off the GUI thread and hands it
to :meth:`ReviewQueueModel.show_page`; the model holds that page's rows and nothing else,
so it stays small however many cases the branch has.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.money import format_money
from app.domain.review import COSIGN_FLAGS, Flag
from app.domain.suitability import LOCAL_ZONE
from app.services.review import QueuePage, QueueRow
from ui.i18n import translate
from ui.labels import flag_label, outcome_label

Index = QModelIndex | QPersistentModelIndex

FLAGS, CLIENT, ID_NUMBER, ADVISOR, PRODUCT, AMOUNT, OUTCOME, SUBMITTED = range(8)


def badge_text(flag: Flag) -> str:
    """A flag as its badge reads: the co-sign flags carry a warning sign."""
    mark = "⚠ " if flag & COSIGN_FLAGS else ""
    return mark + flag_label(flag)


class ReviewQueueModel(QAbstractTableModel):
    """The rows of one queue page; ``show_page`` replaces them all (a model reset)."""

    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    FLAGS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple[Flag, ...], for the badge delegate

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._offset = 0
        self._total = 0
        self._capped = False
        self._headers = [
            translate("ReviewPage", "Flags"),
            translate("ReviewPage", "Client"),
            translate("ReviewPage", "ID number"),
            translate("ReviewPage", "Advisor"),
            translate("ReviewPage", "Product"),
            translate("ReviewPage", "Amount (yuan)"),
            translate("ReviewPage", "Outcome"),
            translate("ReviewPage", "Submitted"),
        ]

    # -- the page ------------------------------------------------------------------------
    def show_page(self, page: QueuePage, offset: int) -> None:
        """Explicit reset: the rows of ``page``, which starts at ``offset`` in the queue."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._offset = offset
        self._total = page.total
        self._capped = page.capped
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the app is locking, or the queue could not be read)."""
        self.beginResetModel()
        self._rows = []
        self._offset = self._total = 0
        self._capped = False
        self.endResetModel()

    @property
    def offset(self) -> int:
        return self._offset

    @property
    def total(self) -> int:
        return self._total

    @property
    def capped(self) -> bool:
        return self._capped

    def case_id(self, row: int) -> str:
        return self._rows[row].case_id

    def queue_row(self, row: int) -> QueueRow:
        return self._rows[row]

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

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
        column = index.column()
        if role == self.CASE_ID_ROLE:
            return row.case_id
        if role == self.FLAGS_ROLE:
            return row.flags
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FLAGS:
                return "\n".join(flag_label(f) for f in row.flags) or None
            if column == PRODUCT:
                return row.product_name or None
            if column == CLIENT:
                return translate("ReviewPage", "Case {case_id}").format(case_id=row.case_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: QueueRow, column: int) -> str | None:
        if column == FLAGS:
            return "  ".join(badge_text(f) for f in row.flags)
        if column == CLIENT:
            return row.client_name
        if column == ID_NUMBER:
            return row.client_id_masked
        if column == ADVISOR:
            return row.advisor_name
        if column == PRODUCT:
            return f"{row.product_code} {row.product_name}".strip()
        if column == AMOUNT:
            return format_money(row.amount) if row.amount is not None else "—"
        if column == OUTCOME:
            return outcome_label(row.outcome)
        if column == SUBMITTED:
            return row.submitted_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")
        return None
