"""Table models of the KPI dashboard: the figures per advisor, and a figure's records.

Both hand their contents over as an :class:`~app.services.exports.Table` for export, with
numbers as ``Decimal`` (so spreadsheets get numbers) and the ID column declared.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.kpis import AdvisorScore, Figure, FigureValue, Measure, Subject, spec_of
from app.domain.money import format_money
from app.services.context import LOCAL_ZONE
from app.services.exports import Cell, Table
from app.services.kpis import Dashboard, DrillRow
from ui import labels
from ui.i18n import translate
from ui.pages.complaint_labels import status_label as complaint_status_label

Index = QModelIndex | QPersistentModelIndex
TENTH = Decimal("0.1")
HUNDREDTH = Decimal("0.01")
RATIO_PLACES = Decimal("0.0001")
DASH = "—"


def percent(value: Decimal) -> str:
    return f"{(value * 100).quantize(TENTH, ROUND_HALF_UP)}%"


def count_text(amount: Decimal) -> str:
    return f"{int(amount):,}"


def figure_text(value: FigureValue) -> str:
    """What a cell shows: ``71.7% (215,000.00 / 300,000.00)``, ``80.0% (4/5)``, ``2``,
    ``0.45 (9/20,000)`` complaints per 1,000 clients, ``4.3 (13/3)`` a mean score."""
    measure = spec_of(value.figure).measure
    if measure is Measure.COUNT:
        return count_text(value.numerator)
    if measure in (Measure.PER_THOUSAND, Measure.MEAN):
        if value.value is None:
            return DASH
        places = HUNDREDTH if measure is Measure.PER_THOUSAND else TENTH
        shown = value.value.quantize(places, ROUND_HALF_UP)
        return f"{shown:,} ({count_text(value.numerator)}/{count_text(value.denominator)})"
    if measure is Measure.ATTAINMENT:
        if value.value is None:
            return translate("DashboardPage", "{sales} (no target)").format(
                sales=format_money(value.numerator)
            )
        return (
            f"{percent(value.value)} "
            f"({format_money(value.numerator)} / {format_money(value.denominator)})"
        )
    if value.value is None:
        return DASH
    return f"{percent(value.value)} ({count_text(value.numerator)}/{count_text(value.denominator)})"


def part_names(figure: Figure) -> tuple[str, str, str]:
    """Names of a figure's numerator, denominator and value (export columns, tooltips)."""
    label = labels.kpi_label(figure)
    names = {
        Figure.SALES_VS_TARGET: (
            translate("DashboardPage", "Sales (yuan)"),
            translate("DashboardPage", "Target (yuan)"),
            translate("DashboardPage", "Attainment"),
        ),
        Figure.CONVERSION: (
            translate("DashboardPage", "Cases signed"),
            translate("DashboardPage", "Cases started"),
            label,
        ),
        Figure.MISMATCH_RATE: (
            translate("DashboardPage", "Mismatched sales"),
            translate("DashboardPage", "Sales signed"),
            label,
        ),
        Figure.OVERRIDE_RATE: (
            translate("DashboardPage", "Sales at the client's own initiative"),
            translate("DashboardPage", "Sales signed"),
            label,
        ),
        Figure.ELDERLY_CARE_SHARE: (
            translate("DashboardPage", "Sales with elderly special care"),
            translate("DashboardPage", "Sales signed"),
            label,
        ),
        Figure.ASSESSMENTS_EXPIRING: (
            label,
            translate("DashboardPage", "Clients"),
            label,
        ),
        Figure.COMPLAINTS_PER_1000: (
            translate("DashboardPage", "Complaints received"),
            translate("DashboardPage", "Clients"),
            label,
        ),
        Figure.COMPLAINTS_DECIDED_IN_TIME: (
            translate("DashboardPage", "Decided within 15 days"),
            translate("DashboardPage", "Complaints decided"),
            label,
        ),
        Figure.MEAN_SATISFACTION: (
            translate("DashboardPage", "Sum of the scores"),
            translate("DashboardPage", "Surveys answered"),
            label,
        ),
        Figure.VISITS_ON_TIME: (
            translate("DashboardPage", "Visited on time"),
            translate("DashboardPage", "Return visits falling due"),
            label,
        ),
    }
    return names[figure]


def branch_total_label() -> str:
    return translate("DashboardPage", "Branch total")


class KpiTableModel(QAbstractTableModel):
    """One row per advisor and a last row for the branch; one column per figure."""

    ADVISOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    FIGURE_ROLE = Qt.ItemDataRole.UserRole + 2
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board: Dashboard | None = None
        self._rows: list[AdvisorScore] = []
        self._figures: tuple[Figure, ...] = ()

    def set_dashboard(self, board: Dashboard | None) -> None:
        self.beginResetModel()
        self.board = board
        self._rows = [] if board is None else [*board.advisors, board.total]
        self._figures = () if board is None else board.figures
        self.endResetModel()

    @property
    def figures(self) -> tuple[Figure, ...]:
        return self._figures

    def score(self, row: int) -> AdvisorScore:
        return self._rows[row]

    def figure_at(self, column: int) -> Figure | None:
        return self._figures[column - 1] if 1 <= column <= len(self._figures) else None

    def row_name(self, row: int) -> str:
        score = self._rows[row]
        return branch_total_label() if score.advisor_id is None else score.name

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 1 + len(self._figures)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("DashboardPage", "Advisor")
        figure = self.figure_at(section)
        return None if figure is None else labels.kpi_label(figure)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        score = self._rows[index.row()]
        figure = self.figure_at(index.column())
        if role == self.ADVISOR_ID_ROLE:
            return score.advisor_id
        if role == Qt.ItemDataRole.FontRole and score.advisor_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if figure is None:
            return self.row_name(index.row()) if role == Qt.ItemDataRole.DisplayRole else None
        value = score[figure]
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_text(value)
        if role == self.FIGURE_ROLE:
            return figure.value
        if role == self.VALUE_ROLE:
            return value.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            numerator, denominator, _ = part_names(figure)
            shown = format_money if figure is Figure.SALES_VS_TARGET else count_text
            if spec_of(figure).subject is Subject.CASE:
                text = translate(
                    "DashboardPage",
                    "{numerator}: {n}\n{denominator}: {d}\nDouble-click for the cases.",
                )
            else:
                text = translate(
                    "DashboardPage",
                    "{numerator}: {n}\n{denominator}: {d}\nDouble-click for the records.",
                )
            return text.format(
                numerator=numerator,
                n=shown(value.numerator),
                denominator=denominator,
                d=shown(value.denominator),
            )
        return None

    def export_table(self, title: str) -> Table:
        """Advisor, then numerator, denominator (and value) of every figure."""
        header = [translate("DashboardPage", "Advisor")]
        for figure in self._figures:
            numerator, denominator, value = part_names(figure)
            header += [numerator, denominator]
            if spec_of(figure).measure is not Measure.COUNT:
                header.append(value)
        rows: list[list[Cell]] = []
        for row, score in enumerate(self._rows):
            cells: list[Cell] = [self.row_name(row)]
            for figure in self._figures:
                v = score[figure]
                cells += [v.numerator, v.denominator]
                if spec_of(figure).measure is not Measure.COUNT:
                    cells.append(None if v.value is None else v.value.quantize(RATIO_PLACES))
            rows.append(cells)
        return Table(title, header, rows)


def local_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


class DrillTableModel(QAbstractTableModel):
    """The records behind one figure: case, client, masked ID, advisor, product, amount…"""

    RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_COLUMN = 2

    def __init__(self, figure: Figure, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.rows: list[DrillRow] = []
        self.show_counted = False
        self.subject = spec_of(figure).subject
        date_header = {
            Figure.CONVERSION: translate("DashboardPage", "Started"),
            Figure.ASSESSMENTS_EXPIRING: translate("DashboardPage", "Assessment expires"),
            Figure.COMPLAINTS_PER_1000: translate("DashboardPage", "Received"),
            Figure.COMPLAINTS_DECIDED_IN_TIME: translate("DashboardPage", "Received"),
            Figure.MEAN_SATISFACTION: translate("DashboardPage", "Surveyed"),
            Figure.VISITS_ON_TIME: translate("DashboardPage", "Visit due by"),
        }.get(figure, translate("DashboardPage", "Signed"))
        state_header = {
            Subject.COMPLAINT: translate("DashboardPage", "Complaint status"),
            Subject.SURVEY: translate("DashboardPage", "Score"),
        }.get(self.subject, translate("DashboardPage", "State"))
        self.headers = [
            translate("DashboardPage", "Case"),
            translate("DashboardPage", "Client"),
            translate("DashboardPage", "ID number"),
            translate("DashboardPage", "Advisor"),
            translate("DashboardPage", "Product"),
            translate("DashboardPage", "Amount (yuan)"),
            state_header,
            date_header,
            translate("DashboardPage", "Counted"),
        ]

    @property
    def is_client_figure(self) -> bool:
        return self.subject is Subject.CLIENT

    def _state_text(self, row: DrillRow) -> str:
        if self.subject is Subject.SURVEY:
            return "" if row.score is None else str(row.score)
        if row.state is None:
            return ""
        if self.subject is Subject.COMPLAINT:
            return complaint_status_label(row.state)
        return labels.state_label(row.state)

    def set_rows(self, rows: list[DrillRow], *, show_counted: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.show_counted = show_counted
        self.endResetModel()

    def record_ids(self) -> list[str]:
        """The records counted: cases, clients, complaints or surveys."""
        return [r.record_id for r in self.rows]

    def _values(self, row: DrillRow, *, short_ids: bool = True) -> list[Cell]:
        case_id = row.case_id or ""
        cells: list[Cell] = [
            case_id[:8] if short_ids else case_id,
            row.client_name,
            row.id_masked,
            row.advisor_name,
            row.product_code or "",
            row.amount,
            self._state_text(row),
            row.at,
        ]
        if self.show_counted:
            yes, no = translate("DashboardPage", "Yes"), translate("DashboardPage", "No")
            cells.append(yes if row.counted else no)
        return cells

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.headers) - (0 if self.show_counted else 1)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.columnCount()
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.RECORD_ID_ROLE:
            return row.record_id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and row.case_id:
            return row.case_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._values(row)[index.column()]
        if isinstance(value, Decimal):
            return format_money(value)
        if isinstance(value, datetime):
            return local_time(value)
        return "" if value is None else str(value)

    def export_table(self, title: str) -> Table:
        header = self.headers[: self.columnCount()]
        rows = [self._values(row, short_ids=False) for row in self.rows]
        return Table(title, header, rows, frozenset({self.ID_COLUMN}))
