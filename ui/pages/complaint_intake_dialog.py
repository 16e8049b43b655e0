"""Taking in a complaint: the client (found by name), one of their cases, channel,
category and the client's words. Every role may; the clocks start when it is saved.

Lookups run in the background (the search after a short pause in typing); an answer to
an older lookup is dropped. A refusal appears beside its field and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.after_sale_rules import Choice
from app.domain.roles import Permission, allows
from app.domain.work_calendar import LOCAL_ZONE
from app.errors import FieldError, NotFound, UserError, ValidationFailed
from app.i18n import active_language
from app.rulebook import after_sale_rules
from app.services import cases, complaint_intake
from app.services.cases import CaseSummary
from app.services.complaint_intake import ClientChoice
from app.services.context import Actor, Workspace
from ui import labels
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder

SEARCH_DELAY_MS = 300
PAGE = "complaint"


def choice_items(choices: tuple[Choice, ...]) -> list[tuple[str, str]]:
    """The rules' choices in the current language, after an empty "choose" entry."""
    language = active_language()
    return [("", translate("ComplaintIntake", "— choose —"))] + [
        (c.id, c.text(language)) for c in choices
    ]


def client_text(client: ClientChoice) -> str:
    return f"{client.name}  {client.id_masked}"


def case_text(case: CaseSummary) -> str:
    return translate("ComplaintIntake", "{product} · {state} · {date}").format(
        product=case.product_code or translate("ComplaintIntake", "no product yet"),
        state=labels.state_label(case.state.value),
        date=case.updated_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d"),
    )


class ComplaintIntakeDialog(DialogBase):
    """The intake form; ``complaint_did_open`` carries the new complaint's id."""

    complaint_did_open = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        client_id: str | None = None,
        case_id: str | None = None,
    ) -> None:
        super().__init__("complaint.dialog", parent)
        self.ws, self.actor = ws, actor
        self.complaint_id: str | None = None
        self._wanted_case = case_id
        self._search_token = 0
        self._cases_token = 0
        self._saving = False
        self.setWindowTitle(translate("ComplaintIntake", "Take a complaint"))
        self.setMinimumWidth(560)
        rules = after_sale_rules()
        form = self.form = FormBinder(PAGE)

        self.search = form.line_edit(
            "client_search",
            translate("ComplaintIntake", "Find the client"),
            placeholder=translate("ComplaintIntake", "Type part of the client's name"),
            max_length=100,
        )
        self.search.setClearButtonEnabled(True)
        self.client = form.combo("client", translate("ComplaintIntake", "Client"), [])
        self.client.setMinimumContentsLength(24)
        self.case = form.combo("case", translate("ComplaintIntake", "Case complained about"), [])
        self.channel = form.combo(
            "channel",
            translate("ComplaintIntake", "Channel"),
            choice_items(rules.channels),
        )
        self.category = form.combo(
            "category",
            translate("ComplaintIntake", "Category"),
            choice_items(rules.categories),
        )
        self.description = QPlainTextEdit()
        self.description.setObjectName(f"{PAGE}.description")
        self.description.setAccessibleName(translate("ComplaintIntake", "Description"))
        self.description.setPlaceholderText(
            translate("ComplaintIntake", "What the client says happened, in their words")
        )
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(120)
        form.inputs["description"] = self.description
        self.case_note = QLabel()
        self.case_note.setObjectName(f"{PAGE}.case_note")
        self.case_note.setWordWrap(True)
        self.case_note.setStyleSheet("color: #5f6368;")

        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, widget in (
            ("client_search", translate("ComplaintIntake", "Find the client"), self.search),
            ("client", translate("ComplaintIntake", "Client"), self.client),
            ("case", translate("ComplaintIntake", "Case"), self.case),
            ("channel", translate("ComplaintIntake", "Channel"), self.channel),
            ("category", translate("ComplaintIntake", "Category"), self.category),
            ("description", translate("ComplaintIntake", "Description"), self.description),
        ):
            form.add_row(grid, field, label, widget)
        intro = QLabel(
            translate(
                "ComplaintIntake",
                "The client must be acknowledged within 24 hours and told the decision "
                "within 15 days. Linking the case keeps the advisor who sold it from "
                "handling the complaint.",
            )
        )
        intro.setWordWrap(True)
        buttons = self.ok_cancel(f"{PAGE}.submit", self.submit)
        self.submit_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit_button.setText(translate("ComplaintIntake", "Take in"))
        self.submit_button.setAccessibleName(translate("ComplaintIntake", "Take the complaint in"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.case_note)
        layout.addWidget(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.search_now)
        self.client.currentIndexChanged.connect(self._client_changed)
        self._show_cases([])
        if client_id:
            run_op(
                self,
                lambda: complaint_intake.intake_client(ws, actor, client_id),
                self._preselect,
                lambda error: self.form.report(self, error),
            )
        else:
            self.search.setFocus()

    # -- client and cases --------------------------------------------------------------------
    def search_now(self) -> None:
        """Look the typed name up now (the search also runs after a pause in typing)."""
        self._debounce.stop()
        self._search_token += 1
        token, query = self._search_token, self.search.text()
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: complaint_intake.intake_client_choices(ws, actor, query),
            lambda found: self._show_clients(token, found),
        )

    def _show_clients(self, token: int, found: list[ClientChoice]) -> None:
        if token != self._search_token:
            return  # typed on meanwhile
        current = self.selected_client_id()
        self.client.blockSignals(True)
        self.client.clear()
        for choice in found:
            self.client.addItem(client_text(choice), choice.client_id)
        if not found and self.search.text().strip():
            self.client.addItem(translate("ComplaintIntake", "No client of the branch matches"), "")
        index = self.client.findData(current) if current else -1
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)
        self._client_changed()

    def _preselect(self, client: ClientChoice) -> None:
        self.search.blockSignals(True)
        self.search.setText(client.name)
        self.search.blockSignals(False)
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(client_text(client), client.client_id)
        self.client.blockSignals(False)
        self._client_changed()
        self.channel.setFocus()

    def selected_client_id(self) -> str:
        return str(self.client.currentData() or "")

    def _client_changed(self) -> None:
        client_id = self.selected_client_id()
        self._cases_token += 1
        token = self._cases_token
        if not client_id or not allows(self.actor.role, Permission.CLIENT_READ):
            self._show_cases([])
            return
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: cases.client_cases(ws, actor, client_id),
            lambda found: self._cases_loaded(token, found),
        )

    def _cases_loaded(self, token: int, found: list[CaseSummary]) -> None:
        if token == self._cases_token:
            self._show_cases(found)

    def _show_cases(self, found: list[CaseSummary]) -> None:
        wanted = self.case.currentData() or self._wanted_case
        self.case.clear()
        self.case.addItem(translate("ComplaintIntake", "No particular case"), "")
        for summary in found:
            self.case.addItem(case_text(summary), summary.case_id)
        index = self.case.findData(wanted) if wanted else -1
        if index >= 0:
            self.case.setCurrentIndex(index)
            self._wanted_case = None
        if not allows(self.actor.role, Permission.CLIENT_READ):
            self.case.setEnabled(False)
            self.case_note.setText(
                translate(
                    "ComplaintIntake",
                    "Your role cannot see cases: a service colleague links the case later "
                    "if the complaint is about one.",
                )
            )
        else:
            self.case.setEnabled(bool(found))

    # -- saving -------------------------------------------------------------------------------
    def submit(self) -> None:
        """Take the complaint in; errors appear beside their fields, nothing is cleared."""
        if self._saving:
            return
        client_id = self.selected_client_id()
        channel = str(self.channel.currentData() or "")
        category = str(self.category.currentData() or "")
        description = self.description.toPlainText()
        case_id = str(self.case.currentData() or "") or None
        if not client_id:
            # Say everything that is missing at once, the client first.
            errors = [
                FieldError(
                    "client",
                    "REQUIRED",
                    translate("ComplaintIntake", "Find and choose the client."),
                ),
                *complaint_intake.intake_problems(channel, category, description),
            ]
            self.form.show_errors(errors)
            return
        self._saving = True
        self.submit_button.setEnabled(False)
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: complaint_intake.intake(
                ws, actor, client_id, case_id, channel, category, description
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, complaint_id: str) -> None:
        self._saving = False
        self.submit_button.setEnabled(True)
        self.complaint_id = complaint_id
        self.complaint_did_open.emit(complaint_id)
        self.accept()

    def _failed(self, error: UserError) -> None:
        self._saving = False
        self.submit_button.setEnabled(True)
        if isinstance(error, NotFound):
            error = ValidationFailed([FieldError("client", "NOT_FOUND", error.message)])
        self.form.report(self, error)


def ask_new_complaint(
    parent: QWidget | None,
    ws: Workspace,
    actor: Actor,
    client_id: str | None = None,
    case_id: str | None = None,
) -> str | None:
    """Show the intake form (modal); the new complaint's id, or ``None`` if cancelled.

    Tests patch this; the dialog itself is driven directly.
    """
    dialog = ComplaintIntakeDialog(ws, actor, parent, client_id=client_id, case_id=case_id)
    dialog.exec()
    return dialog.complaint_id


class NewComplaintButton(QPushButton):
    """ "Take a complaint…" for any page and any role; says which complaint was opened."""

    complaint_did_open = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        object_name: str = "service.new_complaint",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ComplaintIntake", "Take a complaint…"), parent)
        self.ws, self.actor = ws, actor
        self.client_id: str | None = None  # set by pages that show one client or case
        self.case_id: str | None = None
        self.setObjectName(object_name)
        self.setAccessibleName(translate("ComplaintIntake", "Take a complaint"))
        self.setVisible(allows(actor.role, Permission.COMPLAINT_INTAKE))
        self.clicked.connect(self.take)

    def take(self) -> None:
        complaint_id = ask_new_complaint(
            self.window(), self.ws, self.actor, self.client_id, self.case_id
        )
        if complaint_id:
            self.complaint_did_open.emit(complaint_id)
