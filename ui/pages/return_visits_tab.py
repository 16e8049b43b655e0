"""Return visits (回访) for service staff: the branch's queue and the call form over it.

The queue greys the sales still in cooling-off (no contact before the time shown) and
disables the ones the signed-in user sold. Opening a row reads the case's script in the
background and shows :class:`~ui.pages.visit_form.VisitForm`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import return_visits
from app.services.context import Actor, Workspace
from app.services.return_visits import VisitDue, VisitScript, VisitStatus
from ui.i18n import translate
from ui.operations import run_op
from ui.pages.visit_form import VisitForm, local_day, make_button, status_text

CASE_ROLE = Qt.ItemDataRole.UserRole
WAITING_COLOUR = QColor("#8a8a8a")
OVERDUE_COLOUR = QColor("#b3261e")
STATUS_COLUMN = 6


class ReturnVisitsTab(QWidget):
    """The branch's return-visit queue (``service.visits``) and the call form over it."""

    visit_did_record = Signal(str)  # the case's id: queues, home and complaints may change

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service.visits_tab")
        self.ws, self.actor = ws, actor
        self.rows: list[VisitDue] = []
        self._token = 0  # bumped per script load: late answers for another case are dropped
        self.stack = QStackedWidget(self)
        self.queue = QWidget(self.stack)
        self.form = VisitForm(self.stack)
        self._build_queue()
        self.stack.addWidget(self.queue)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.form.back_requested.connect(self.show_queue)
        self.form.outcome_chosen.connect(self.record)

    def _build_queue(self) -> None:
        title = QLabel(translate("ReturnVisitsTab", "Return visits"), self.queue)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        hint = QLabel(
            translate(
                "ReturnVisitsTab",
                "Private products and sales with a warning or special care are called after "
                "any cooling-off period, by someone who did not sell them.",
            ),
            self.queue,
        )
        hint.setWordWrap(True)
        self.status = QLabel(self.queue)
        self.status.setObjectName("service.visits_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.table = QTableWidget(0, 7, self.queue)
        self.table.setObjectName("service.visits")
        self.table.setAccessibleName(translate("ReturnVisitsTab", "Return visits to make"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ReturnVisitsTab", "Client"),
                translate("ReturnVisitsTab", "Phone"),
                translate("ReturnVisitsTab", "Product"),
                translate("ReturnVisitsTab", "Sold by"),
                translate("ReturnVisitsTab", "Call by"),
                translate("ReturnVisitsTab", "Unanswered calls"),
                translate("ReturnVisitsTab", "Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button = make_button(
            "service.visit_open",
            translate("ReturnVisitsTab", "Open the call"),
            translate("ReturnVisitsTab", "Open the selected return visit"),
            self.queue,
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = make_button(
            "service.visits_refresh",
            translate("ReturnVisitsTab", "Refresh"),
            translate("ReturnVisitsTab", "Refresh the return-visit queue"),
            self.queue,
        )
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self.queue)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- the queue -------------------------------------------------------------------------
    def refresh(self) -> None:
        ws, actor = self.ws, self.actor
        run_op(self, lambda: return_visits.visit_queue(ws, actor), self._show_rows)

    def _show_rows(self, rows: list[VisitDue]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            if row.is_selling_advisor:
                status = translate("ReturnVisitsTab", "You sold this: a colleague calls")
            else:
                status = status_text(row)
            cells = (
                f"{row.client_name}  {row.id_masked}",
                row.phone_masked,
                f"{row.product_code} {row.product_name}",
                row.advisor_name,
                local_day(row.due_by),
                str(row.unreachable_attempts),
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CASE_ROLE, row.case_id)
                if row.is_selling_advisor:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setToolTip(
                        translate(
                            "ReturnVisitsTab",
                            "The selling advisor may not do the return visit.",
                        )
                    )
                elif row.status is VisitStatus.WAITING:
                    item.setForeground(WAITING_COLOUR)
                elif row.status is VisitStatus.OVERDUE and column == STATUS_COLUMN:
                    item.setForeground(OVERDUE_COLOUR)
                self.table.setItem(index, column, item)
        self._selection_changed()

    def _selected_case(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(CASE_ROLE)) if items else ""

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self._selected_case()))

    def open_selected(self) -> None:
        case_id = self._selected_case()
        if case_id:
            self.open_visit(case_id)

    def show_queue(self) -> None:
        self._token += 1
        self.stack.setCurrentWidget(self.queue)
        self.refresh()

    # -- the call ----------------------------------------------------------------------------
    def open_visit(self, case_id: str) -> None:
        """Read the case's script in the background, then show the call form."""
        self._token += 1
        token = self._token
        ws, actor = self.ws, self.actor

        def shown(script: VisitScript) -> None:
            if token == self._token:
                self.form.show_script(script)
                self.stack.setCurrentWidget(self.form)

        run_op(self, lambda: return_visits.visit_script(ws, actor, case_id), shown)

    def record(self, outcome: str) -> None:
        script = self.form.script
        if script is None:
            return
        problem = outcome == return_visits.PROBLEM
        answers = {} if outcome == return_visits.UNREACHABLE else self.form.answers()
        notes = self.form.notes.toPlainText()
        escalation = self.form.binder.combo_value("visit_escalation") if problem else ""
        ws, actor, case_id = self.ws, self.actor, script.case_id
        self.form.set_busy(True)

        def call() -> str:
            return return_visits.record_visit(
                ws,
                actor,
                case_id,
                outcome=outcome,
                answers=answers,
                notes=notes,
                escalation=escalation,
            )

        run_op(
            self, call, lambda _visit_id: self._recorded(script, outcome, escalation), self._refused
        )

    def _recorded(self, script: VisitScript, outcome: str, escalation: str) -> None:
        if outcome == return_visits.CONFIRMED:
            text = translate(
                "ReturnVisitsTab", "Return visit recorded for {name}: everything confirmed."
            )
        elif outcome == return_visits.UNREACHABLE:
            text = translate(
                "ReturnVisitsTab", "No answer from {name}: the visit stays in the queue."
            )
        elif escalation == return_visits.TO_COMPLAINT:
            text = translate(
                "ReturnVisitsTab", "Problem recorded for {name}; a complaint was opened."
            )
        else:
            text = translate(
                "ReturnVisitsTab", "Problem recorded for {name}; the supervisor will follow it up."
            )
        self.form.reset()  # the next call of any case starts from an empty form
        self.status.setText(text.format(name=script.client_name))
        self.status.show()
        self.visit_did_record.emit(script.case_id)
        self.show_queue()

    def _refused(self, error: UserError) -> None:
        self.form.set_busy(False)
        self.form.show_failure(error)

    def clear(self) -> None:
        """Forget what is shown (the app is locking)."""
        self._token += 1
        self.form.reset()
        self.status.clear()
        self.status.hide()
        self.rows = []
        self.table.setRowCount(0)
        self.stack.setCurrentWidget(self.queue)
