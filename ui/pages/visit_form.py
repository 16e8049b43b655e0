"""The return-visit call form: what to read out, one tick per checklist point, notes,
where a problem goes, and the outcome buttons.

The services decide what is allowed; a refusal appears beside its field (or above the
buttons) and everything typed stays.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_money
from app.domain.work_calendar import LOCAL_ZONE
from app.errors import FieldError, UserError, ValidationFailed
from app.services import return_visits
from app.services.return_visits import VisitDue, VisitScript, VisitStatus
from ui import labels
from ui.i18n import translate
from ui.widgets.forms import ERROR_STYLE, FormBinder

BANNER_STYLE = "background: #fff3c4; color: #5f4b00; padding: 6px; border-radius: 4px;"
# Service field → the form's field (objectName ``service.<field>``).
FIELDS = {
    "answers": "visit_answers",
    "notes": "visit_notes",
    "escalation": "visit_escalation",
}


def local_time(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def local_day(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d")


def status_text(row: VisitDue | VisitScript) -> str:
    if row.status is VisitStatus.WAITING and row.cooling_off_until is not None:
        return translate("ReturnVisitsTab", "No contact until {time}").format(
            time=local_time(row.cooling_off_until)
        )
    names = {
        VisitStatus.DUE: translate("ReturnVisitsTab", "Due"),
        VisitStatus.DUE_TODAY: translate("ReturnVisitsTab", "Due today"),
        VisitStatus.OVERDUE: translate("ReturnVisitsTab", "Overdue"),
    }
    return names.get(row.status, row.status.value)


def make_button(name: str, text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class VisitForm(QWidget):
    """One case's call: the facts to read out, the checklist, notes and the outcome."""

    back_requested = Signal()
    outcome_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = FormBinder("service")
        self.script: VisitScript | None = None
        self.points: dict[str, QCheckBox] = {}
        self.back_button = make_button(
            "service.visit_back",
            translate("VisitForm", "← Back to the queue"),
            translate("VisitForm", "Back to the return-visit queue"),
            self,
        )
        self.back_button.clicked.connect(self.back_requested)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.refusal = self._banner("service.visit_refusal", BANNER_STYLE)
        self.error = self._banner("service.visit_error", ERROR_STYLE)

        self.checklist = QGroupBox(
            translate("VisitForm", "Ask each point; tick what the client confirms"), self
        )
        self.checklist_layout = QVBoxLayout(self.checklist)
        self.answers_error = self.binder.error_label("visit_answers")
        self.answers_error.setParent(self.checklist)

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("service.visit_notes")
        self.notes.setAccessibleName(translate("VisitForm", "Notes of the call"))
        self.notes.setPlaceholderText(
            translate("VisitForm", "What the client said; required when a problem is found")
        )
        self.notes.setFixedHeight(90)
        self.binder.inputs["visit_notes"] = self.notes
        self.escalation = self.binder.combo(
            "visit_escalation",
            translate("VisitForm", "Where a problem goes"),
            [
                ("", translate("VisitForm", "Choose…")),
                (return_visits.TO_COMPLAINT, translate("VisitForm", "Open a complaint")),
                (
                    return_visits.TO_SUPERVISOR,
                    translate("VisitForm", "Refer to the supervisor"),
                ),
            ],
        )
        entry = QFormLayout()
        self.binder.add_row(entry, "visit_notes", translate("VisitForm", "Notes"), self.notes)
        self.binder.add_row(
            entry,
            "visit_escalation",
            translate("VisitForm", "If a problem is found"),
            self.escalation,
        )

        self.confirmed_button = make_button(
            "service.visit_confirmed",
            translate("VisitForm", "Client confirmed every point"),
            translate("VisitForm", "Record: the client confirmed every point"),
            self,
        )
        self.problem_button = make_button(
            "service.visit_problem",
            translate("VisitForm", "Problem found"),
            translate("VisitForm", "Record: a problem was found"),
            self,
        )
        self.unreachable_button = make_button(
            "service.visit_unreachable",
            translate("VisitForm", "No answer"),
            translate("VisitForm", "Record: the client could not be reached"),
            self,
        )
        self.outcome_buttons = {
            return_visits.CONFIRMED: self.confirmed_button,
            return_visits.PROBLEM: self.problem_button,
            return_visits.UNREACHABLE: self.unreachable_button,
        }
        for outcome, button in self.outcome_buttons.items():
            button.clicked.connect(lambda _=False, o=outcome: self.outcome_chosen.emit(o))

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(self.facts)
        column.addWidget(self.refusal)
        column.addWidget(self.checklist)
        column.addLayout(entry)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in self.outcome_buttons.values():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _banner(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    @property
    def case_id(self) -> str:
        return self.script.case_id if self.script else ""

    def show_script(self, script: VisitScript) -> None:
        """Show ``script``; what was typed for the same case stays."""
        same_case = self.script is not None and self.script.case_id == script.case_id
        self.script = script
        self.heading.setText(
            translate("VisitForm", "Return visit: {name}").format(name=script.client_name)
        )
        self._show_facts(script)
        if not same_case:
            self._build_checklist(script)
            self.notes.clear()
            self.escalation.setCurrentIndex(0)
            self.binder.clear_errors()
            self.error.hide()
        self.refusal.setText(script.refusal)
        self.refusal.setVisible(bool(script.refusal))
        self.set_busy(False)

    def _show_facts(self, script: VisitScript) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        periods = []
        if script.cooling_off_until is not None:
            periods.append(
                translate("VisitForm", "cooling-off until {time}").format(
                    time=local_time(script.cooling_off_until)
                )
            )
        if script.free_look_until is not None:
            periods.append(
                translate("VisitForm", "free look until {time}").format(
                    time=local_time(script.free_look_until)
                )
            )
        amount = (
            translate("VisitForm", "{amount} yuan").format(amount=format_money(script.amount))
            if script.amount is not None
            else "—"
        )
        rows = [
            (
                translate("VisitForm", "Client"),
                f"{script.client_name}  {script.id_masked}  {script.phone_masked}",
            ),
            (
                translate("VisitForm", "Product"),
                f"{script.product_code} {script.product_name}",
            ),
            (translate("VisitForm", "Amount"), amount),
            (translate("VisitForm", "Signed"), local_time(script.signed_at)),
            (
                translate("VisitForm", "Cancellation periods"),
                "; ".join(periods) or translate("VisitForm", "none"),
            ),
            (
                translate("VisitForm", "Risk match"),
                translate("VisitForm", "{outcome} (product {risk}, client {level})").format(
                    outcome=labels.outcome_label(script.match_outcome),
                    risk=labels.rating_label(script.effective_risk),
                    level=labels.level_label(script.client_level) if script.client_level else "—",
                ),
            ),
            (translate("VisitForm", "Sold by"), script.advisor_name),
            (
                translate("VisitForm", "Call by"),
                translate("VisitForm", "{day} ({status})").format(
                    day=local_day(script.due_by), status=status_text(script)
                ),
            ),
            (
                translate("VisitForm", "Earlier calls unanswered"),
                str(script.unreachable_attempts),
            ),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(caption, label)

    def _build_checklist(self, script: VisitScript) -> None:
        for box in self.points.values():
            self.checklist_layout.removeWidget(box)
            box.deleteLater()
        self.points = {}
        self.checklist_layout.removeWidget(self.answers_error)
        for point in script.checklist:
            box = QCheckBox(point.text, self.checklist)
            box.setObjectName(f"service.visit.{point.id}")
            box.setAccessibleName(point.text)
            self.points[point.id] = box
            self.checklist_layout.addWidget(box)
        self.checklist_layout.addWidget(self.answers_error)
        if script.checklist:
            self.binder.inputs["visit_answers"] = self.points[script.checklist[0].id]

    def reset(self) -> None:
        """Forget the case and everything typed for it."""
        self.script = None
        self.notes.clear()
        self.escalation.setCurrentIndex(0)
        for box in self.points.values():
            box.setChecked(False)
        self.binder.clear_errors()
        self.error.hide()
        self.refusal.hide()

    def answers(self) -> dict[str, bool]:
        return {point: box.isChecked() for point, box in self.points.items()}

    def set_busy(self, busy: bool) -> None:
        allowed = not busy and self.script is not None and not self.script.refusal
        for button in self.outcome_buttons.values():
            button.setEnabled(allowed)

    def show_failure(self, error: UserError) -> None:
        """Errors beside their fields, the rest above the buttons; nothing typed changes."""
        self.binder.clear_errors()
        self.error.hide()
        if isinstance(error, ValidationFailed):
            placed = [
                FieldError(FIELDS[e.field], e.rule, e.message)
                for e in error.errors
                if e.field in FIELDS
            ]
            rest = [e.message for e in error.errors if e.field not in FIELDS]
            self.binder.show_errors(placed)
            if rest:
                self.error.setText("\n".join(rest))
                self.error.show()
            first_missing = next((b for b in self.points.values() if not b.isChecked()), None)
            if error.for_field("answers") and first_missing is not None:
                first_missing.setFocus()
        else:
            self.error.setText(error.message)
            self.error.show()
