"""The supervisor's KPI dashboard (RULES §9): figures per advisor and for the branch.

Pick a month, quarter or year; the table shows every figure per advisor with the branch
total, the chart one figure per advisor. Double-clicking a cell or clicking a bar lists
exactly the records behind that number: cases, clients, complaints or surveys. Tables
export to CSV or XLSX with ID numbers masked. Supervisors set each advisor's monthly sales
target here.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.kpis import Figure, Measure, Period, PeriodKind, Subject, spec_of
from app.domain.money import format_money, parse_money
from app.domain.roles import Permission, allows
from app.services import exports, kpis
from app.services.context import Actor, Workspace
from app.services.exports import ExportFormat, ExportReport, Table
from app.services.kpis import Dashboard, DrillRow, Part, TargetView
from ui import labels
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.models.kpi_table_model import (
    DrillTableModel,
    KpiTableModel,
    branch_total_label,
    local_time,
)
from ui.operations import run_op
from ui.widgets.charts import BarChart
from ui.widgets.forms import FormBinder

DRILL_LIMIT = 20_000  # rows a drill-down shows (and exports); the count above says if more
RECENT = {PeriodKind.MONTH: 36, PeriodKind.QUARTER: 12, PeriodKind.YEAR: 5}


def choose_export_path(parent: QWidget, suggested: str, export_format: ExportFormat) -> Path | None:
    """Ask where to save an export (patched in tests)."""
    if export_format is ExportFormat.XLSX:
        filter_text = translate("DashboardPage", "Excel workbooks (*.xlsx)")
    else:
        filter_text = translate("DashboardPage", "CSV files (*.csv)")
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("DashboardPage", "Export table"), suggested, filter_text
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(f".{export_format.value}")


def period_label(period: Period) -> str:
    if period.kind is PeriodKind.QUARTER:
        return translate("DashboardPage", "{year} Q{n}").format(year=period.year, n=period.number)
    return period.key()


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    return button


def export_with_dialog(
    parent: QWidget,
    ws: Workspace,
    actor: Actor,
    table: Table,
    export_format: ExportFormat,
    status: QLabel,
) -> None:
    """Ask for a place, then write ``table`` there in the background."""
    path = choose_export_path(parent, f"{table.title}.{export_format.value}", export_format)
    if path is None:
        return

    def done(report: ExportReport) -> None:
        if not getattr(parent, "is_open", True):
            return  # the dialog was closed meanwhile; the file is written all the same
        status.setText(
            translate("DashboardPage", "Saved {rows} rows to {file}.").format(
                rows=report.rows, file=report.path.name
            )
        )

    run_op(parent, lambda: exports.export_table(ws, actor, table, path, export_format), done)


class DashboardPage(QWidget):
    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard.page")
        self.ws, self.actor = ws, actor
        self.board: Dashboard | None = None
        self.drill: DrillDialog | None = None
        self.target_dialog: TargetDialog | None = None
        self._request = 0

        self.period_kind = QComboBox(self)
        self.period_kind.setObjectName("dashboard.period_kind")
        self.period_kind.setAccessibleName(translate("DashboardPage", "Period type"))
        for kind, text in (
            (PeriodKind.MONTH, translate("DashboardPage", "Month")),
            (PeriodKind.QUARTER, translate("DashboardPage", "Quarter")),
            (PeriodKind.YEAR, translate("DashboardPage", "Year")),
        ):
            self.period_kind.addItem(text, kind.value)
        self.period = QComboBox(self)
        self.period.setObjectName("dashboard.period")
        self.period.setAccessibleName(translate("DashboardPage", "Period"))
        self._fill_periods()
        self.period_kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())

        self.refresh_button = _button(
            translate("DashboardPage", "Refresh"), "dashboard.refresh", self
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.set_target_button = _button(
            translate("DashboardPage", "Set target…"), "dashboard.set_target", self
        )
        self.set_target_button.clicked.connect(self.open_target_dialog)
        self.set_target_button.setVisible(allows(actor.role, Permission.TARGET_MANAGE))
        self.export_csv = _button(
            translate("DashboardPage", "Export CSV…"), "dashboard.export_csv", self
        )
        self.export_csv.clicked.connect(lambda: self.export(ExportFormat.CSV))
        self.export_xlsx = _button(
            translate("DashboardPage", "Export XLSX…"), "dashboard.export_xlsx", self
        )
        self.export_xlsx.clicked.connect(lambda: self.export(ExportFormat.XLSX))
        self.as_of = QLabel(self)
        self.as_of.setObjectName("dashboard.as_of")
        self.status = QLabel(self)
        self.status.setObjectName("dashboard.status")

        title = QLabel(translate("DashboardPage", "Branch KPIs"), self)
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        period_caption = QLabel(translate("DashboardPage", "Period:"), self)
        period_caption.setBuddy(self.period_kind)
        top.addWidget(period_caption)
        top.addWidget(self.period_kind)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(self.set_target_button)
        top.addWidget(self.export_csv)
        top.addWidget(self.export_xlsx)

        self.model = KpiTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dashboard.table")
        self.table.setAccessibleName(translate("DashboardPage", "Figures per advisor"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._cell_activated)

        self.figure = QComboBox(self)
        self.figure.setObjectName("dashboard.figure")
        self.figure.setAccessibleName(translate("DashboardPage", "Figure in the chart"))
        for figure in Figure:
            self.figure.addItem(labels.kpi_label(figure), figure.value)
        self.figure.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.chart = BarChart(self)
        self.chart.setObjectName("dashboard.chart")
        self.chart.setAccessibleName(translate("DashboardPage", "Chart of the figure per advisor"))
        self.chart.clicked.connect(self._bar_clicked)

        chart_box = QWidget(self)
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_row = QHBoxLayout()
        chart_caption = QLabel(translate("DashboardPage", "Chart:"), chart_box)
        chart_caption.setBuddy(self.figure)
        chart_row.addWidget(chart_caption)
        chart_row.addWidget(self.figure)
        chart_row.addStretch(1)
        chart_column.addLayout(chart_row)
        chart_column.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- period ------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        kind = PeriodKind(self.period_kind.currentData())
        current = Period.containing(kind, self.ws.today())
        self.period.blockSignals(True)
        self.period.clear()
        for period in current.recent(RECENT[kind]):
            self.period.addItem(period_label(period), period.key())
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_periods()
        self.refresh()

    def selected_period(self) -> Period:
        return Period.parse(str(self.period.currentData()))

    def set_period(self, period: Period) -> None:
        """Select ``period`` (adding it to the list if it is older than the list)."""
        self.period_kind.blockSignals(True)
        self.period_kind.setCurrentIndex(self.period_kind.findData(period.kind.value))
        self.period_kind.blockSignals(False)
        self._fill_periods()
        if self.period.findData(period.key()) < 0:
            self.period.addItem(period_label(period), period.key())
        self.period.setCurrentIndex(self.period.findData(period.key()))
        self.refresh()

    # -- figures -----------------------------------------------------------------------
    def refresh(self) -> None:
        period = self.selected_period()
        self._request += 1
        request = self._request
        self.status.clear()
        run_op(
            self,
            lambda: kpis.dashboard(self.ws, self.actor, period),
            lambda board: self._show(board, request),
        )

    def _show(self, board: Dashboard, request: int) -> None:
        if request != self._request:
            return  # a newer period was chosen meanwhile
        self.board = board
        self.model.set_dashboard(board)
        self.table.resizeColumnsToContents()
        self.as_of.setText(
            translate("DashboardPage", "as of {time}").format(time=local_time(board.as_of))
        )
        self._draw_chart()

    def chart_figure(self) -> Figure:
        return Figure(self.figure.currentData())

    def _draw_chart(self) -> None:
        board = self.board
        if board is None:
            self.chart.clear()
            return
        figure = self.chart_figure()
        names = [a.name for a in board.advisors]
        values = [a[figure] for a in board.advisors]
        title = f"{labels.kpi_label(figure)} · {period_label(board.period)}"
        measure = spec_of(figure).measure
        if measure is Measure.ATTAINMENT:
            self.chart.set_series(
                names,
                [float(v.numerator) for v in values],
                title,
                unit=translate("DashboardPage", "yuan"),
                value_name=translate("DashboardPage", "Sales"),
                reference=[float(v.denominator) for v in values],
                reference_name=translate("DashboardPage", "Target"),
                decimals=0,
            )
        elif measure is Measure.RATIO:
            self.chart.set_series(
                names, [float((v.value or 0) * 100) for v in values], title, unit="%"
            )
        elif measure is Measure.PER_THOUSAND:
            self.chart.set_series(
                names, [float(v.value or 0) for v in values], title, unit="‰", decimals=2
            )
        elif measure is Measure.MEAN:
            self.chart.set_series(
                names,
                [float(v.value or 0) for v in values],
                title,
                unit=translate("DashboardPage", "Mean score"),
            )
        else:
            self.chart.set_series(
                names,
                [float(v.numerator) for v in values],
                title,
                unit=translate("DashboardPage", "clients"),
                decimals=0,
            )

    # -- drill-down --------------------------------------------------------------------
    def _cell_activated(self, index: QModelIndex) -> None:
        figure = self.model.figure_at(index.column())
        if figure is None or not index.isValid():
            return
        self.open_drill(self.model.score(index.row()).advisor_id, figure)

    def _bar_clicked(self, index: int) -> None:
        if self.board is not None and 0 <= index < len(self.board.advisors):
            self.open_drill(self.board.advisors[index].advisor_id, self.chart_figure())

    def open_drill(self, advisor_id: str | None, figure: Figure) -> DrillDialog | None:
        """Show the records behind ``figure`` for an advisor (``None``: the branch)."""
        board = self.board
        if board is None:
            return None
        if self.drill is not None:
            self.drill.close()  # one drill-down at a time; it deletes itself on close
        name = branch_total_label() if advisor_id is None else board.scores.row(advisor_id).name
        dialog = DrillDialog(self, board, advisor_id, name, figure)
        dialog.finished.connect(lambda _result: self._drill_closed(dialog))
        self.drill = dialog
        self.drill.show()
        self.drill.load()
        return self.drill

    def _drill_closed(self, dialog: DrillDialog) -> None:
        if self.drill is dialog:
            self.drill = None

    # -- export and targets ------------------------------------------------------------
    def export(self, export_format: ExportFormat) -> None:
        if self.board is None:
            return
        title = translate("DashboardPage", "KPIs {period}").format(
            period=period_label(self.board.period)
        )
        table = self.model.export_table(title)
        export_with_dialog(self, self.ws, self.actor, table, export_format, self.status)

    def open_target_dialog(self) -> TargetDialog | None:
        if self.board is None:
            return None
        advisors = [(a.advisor_id or "", a.name) for a in self.board.advisors if a.advisor_id]
        self.target_dialog = TargetDialog(self, advisors, self.board.period)
        self.target_dialog.target_was_set.connect(lambda _view: self.refresh())
        self.target_dialog.show()
        self.target_dialog.load()
        return self.target_dialog


class DrillDialog(DialogBase):
    """The records behind one figure, the counted ones or the whole base."""

    def __init__(
        self,
        page: DashboardPage,
        board: Dashboard,
        advisor_id: str | None,
        advisor_name: str,
        figure: Figure,
    ) -> None:
        super().__init__("dashboard.drill", page)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.is_open = True  # a Python flag: still readable once Qt has deleted the dialog
        self.page, self.board = page, board
        self.advisor_id, self.figure = advisor_id, figure
        self.setWindowTitle(labels.kpi_label(figure))
        self.resize(960, 560)
        spec = spec_of(figure)
        heading = QLabel(
            f"{labels.kpi_label(figure)} · {advisor_name} · {period_label(board.period)}", self
        )
        heading.setObjectName("dashboard.drill_heading")
        heading.setStyleSheet("font-weight: 600;")
        self.part = QComboBox(self)
        self.part.setObjectName("dashboard.drill_part")
        self.part.setAccessibleName(translate("DashboardPage", "Which records"))
        if spec.subject is Subject.CLIENT:
            counted = translate("DashboardPage", "Clients counted")
            base = translate("DashboardPage", "All the advisor's clients")
        elif spec.subject is Subject.CASE:
            counted = translate("DashboardPage", "Cases counted")
            base = translate("DashboardPage", "All cases in the base")
        else:
            counted = translate("DashboardPage", "Records counted")
            base = translate("DashboardPage", "All records in the base")
        self.part.addItem(counted, Part.COUNTED.value)
        if spec.lists_base:
            self.part.addItem(base, Part.BASE.value)
        else:
            self.part.setEnabled(False)  # the counted records are all there is to list
        self.part.currentIndexChanged.connect(lambda _i: self.load())
        self.count = QLabel(self)
        self.count.setObjectName("dashboard.drill_count")
        self.model = DrillTableModel(figure, self)
        self.table = QTableView(self)
        self.table.setObjectName("dashboard.drill_table")
        self.table.setAccessibleName(translate("DashboardPage", "Records behind the figure"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_csv = _button(
            translate("DashboardPage", "Export CSV…"), "dashboard.drill_export_csv", self
        )
        self.export_csv.clicked.connect(lambda: self.export(ExportFormat.CSV))
        self.export_xlsx = _button(
            translate("DashboardPage", "Export XLSX…"), "dashboard.drill_export_xlsx", self
        )
        self.export_xlsx.clicked.connect(lambda: self.export(ExportFormat.XLSX))
        close = _button(translate("DashboardPage", "Close"), "dashboard.drill_close", self)
        close.clicked.connect(self.close)
        self.status = QLabel(self)
        self.status.setObjectName("dashboard.drill_status")

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.part)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_csv)
        bottom.addWidget(self.export_xlsx)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def selected_part(self) -> Part:
        return Part(self.part.currentData())

    def load(self) -> None:
        part = self.selected_part()
        board, page = self.board, self.page
        self.count.setText(translate("DashboardPage", "Loading…"))

        def fetch() -> list[DrillRow]:
            return kpis.drill_down(
                page.ws,
                page.actor,
                board.period,
                self.advisor_id,
                self.figure,
                part=part,
                as_of=board.as_of,
                limit=DRILL_LIMIT + 1,
            )

        run_op(self, fetch, lambda rows: self._show(rows, part))

    def done(self, result: int) -> None:
        self.is_open = False
        super().done(result)

    def _show(self, rows: list[DrillRow], part: Part) -> None:
        if not self.is_open:
            return  # closed while loading
        if part is not self.selected_part():
            return  # the choice changed meanwhile; its own load is on its way
        more = len(rows) > DRILL_LIMIT
        self.model.set_rows(rows[:DRILL_LIMIT], show_counted=part is Part.BASE)
        self.table.resizeColumnsToContents()
        if more:
            text = translate("DashboardPage", "Showing the first {n} records; there are more.")
        else:
            text = translate("DashboardPage", "{n} records")
        self.count.setText(text.format(n=f"{min(len(rows), DRILL_LIMIT):,}"))

    def export(self, export_format: ExportFormat) -> None:
        table = self.model.export_table(
            f"{labels.kpi_label(self.figure)} {period_label(self.board.period)}"
        )
        export_with_dialog(self, self.page.ws, self.page.actor, table, export_format, self.status)


class TargetDialog(DialogBase):
    """Set one advisor's sales target for one month."""

    target_was_set = Signal(object)

    def __init__(
        self, page: DashboardPage, advisors: list[tuple[str, str]], period: Period
    ) -> None:
        super().__init__("dashboard.target_dialog", page)
        self.page = page
        self.setWindowTitle(translate("DashboardPage", "Monthly sales target"))
        self.form = FormBinder("dashboard.target")
        self.targets: dict[tuple[str, str], Decimal] = {}
        form = QFormLayout()
        self.advisor = self.form.combo("advisor", translate("DashboardPage", "Advisor"), advisors)
        months = Period.containing(PeriodKind.MONTH, page.ws.today()).next().next().recent(15)
        choices = [(m.key(), m.key()) for m in months]
        self.month = self.form.combo("period", translate("DashboardPage", "Month"), choices)
        first = period.months()[0]  # the dashboard's period, even if long past
        if self.month.findData(first) < 0:
            self.month.addItem(first, first)
        self.form.set_combo("period", first)
        self.amount = self.form.line_edit(
            "amount", translate("DashboardPage", "Target (yuan)"), placeholder="500000"
        )
        self.current = QLabel(self)
        self.current.setObjectName("dashboard.target.current")
        for field, label, widget in (
            ("advisor", translate("DashboardPage", "Advisor"), self.advisor),
            ("period", translate("DashboardPage", "Month"), self.month),
            ("amount", translate("DashboardPage", "Target (yuan)"), self.amount),
        ):
            self.form.add_row(form, field, label, widget)
        form.addRow("", self.current)
        self.advisor.currentIndexChanged.connect(lambda _i: self._show_current())
        self.month.currentIndexChanged.connect(lambda _i: self._show_current())
        buttons = self.ok_cancel("dashboard.target.save", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def load(self) -> None:
        run_op(self, lambda: kpis.list_targets(self.page.ws, self.page.actor), self._loaded)

    def _loaded(self, targets: list[TargetView]) -> None:
        self.targets = {(t.advisor_id, t.period): t.amount for t in targets}
        self._show_current()

    def _show_current(self) -> None:
        key = (self.form.combo_value("advisor"), self.form.combo_value("period"))
        amount = self.targets.get(key)
        if amount is None:
            self.current.setText(translate("DashboardPage", "No target set for this month yet."))
        else:
            self.current.setText(
                translate("DashboardPage", "Current target: {amount} yuan").format(
                    amount=format_money(amount)
                )
            )

    def save(self) -> None:
        amount, errors = parse_money(self.amount.text(), field="amount")
        if errors or amount is None:
            self.form.show_errors(errors)
            return
        self.form.clear_errors()
        advisor = self.form.combo_value("advisor")
        month = self.form.combo_value("period")
        ws, actor = self.page.ws, self.page.actor
        run_op(
            self,
            lambda: kpis.set_target(ws, actor, advisor, month, amount),
            self._saved,
            lambda error: self.form.report(self, error),
        )

    def _saved(self, view: TargetView) -> None:
        self.target_was_set.emit(view)
        self.accept()
