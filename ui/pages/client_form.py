"""The client (KYC) form: every field the suitability rules need, errors beside fields.

Used for new clients and for edits. Saving runs in the background; a validation failure
or a concurrent edit never clears what was typed. Object names follow the onboarding
contract (``onboarding.<field>``).
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_flow import OPEN_STATES
from app.domain.kyc import KycInput
from app.domain.roles import Permission, allows
from app.domain.suitability import LOCAL_ZONE
from app.errors import ConcurrentEdit, UserError
from app.i18n import active_language
from app.services import assessments, cases, clients
from app.services.assessments import AssessmentView
from app.services.cases import CaseSummary
from app.services.context import Actor, Workspace
from ui import labels, messages
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder

REVEAL_SECONDS = 60


class ClientForm(QWidget):
    client_did_save = Signal(str)
    close_requested = Signal()
    start_case_requested = Signal(str)
    resume_case_requested = Signal(str)
    edited = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onboarding.page")
        self.ws, self.actor = ws, actor
        self.client_id: str | None = None
        self.version = 0
        self.case_mode = False
        self.open_case_id: str | None = None
        self.form = FormBinder("onboarding")
        self._build()
        for widget in self.form.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t: self.edited.emit())
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i: self.edited.emit())
            elif isinstance(widget, QCheckBox):
                widget.clicked.connect(lambda _c: self.edited.emit())

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        f = self.form
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        body = QWidget()
        column = QVBoxLayout(body)
        self.assessment_state = QLabel()
        self.assessment_state.setObjectName("onboarding.assessment_state")
        self.assessment_state.setWordWrap(True)
        column.addWidget(self.assessment_state)
        self.cases_list = QListWidget()
        self.cases_list.setObjectName("onboarding.cases")
        self.cases_list.setAccessibleName(translate("ClientForm", "The client's cases"))
        self.cases_list.setMaximumHeight(110)
        self.cases_list.itemActivated.connect(self._case_activated)
        column.addWidget(self.cases_list)

        identity = QFormLayout()
        f.add_row(
            identity,
            "name",
            translate("ClientForm", "Name"),
            f.line_edit("name", translate("ClientForm", "Name"), max_length=100),
        )
        f.add_row(
            identity,
            "id_type",
            translate("ClientForm", "ID type"),
            f.combo("id_type", translate("ClientForm", "ID type"), labels.id_type_choices()),
        )
        id_row = QWidget()
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        self.id_number = f.line_edit(
            "id_number", translate("ClientForm", "ID number"), max_length=40
        )
        self.reveal_button = QPushButton(translate("ClientForm", "Show full number"))
        self.reveal_button.setObjectName("onboarding.reveal_id")
        self.reveal_button.setAccessibleName(translate("ClientForm", "Show full ID number"))
        self.reveal_button.clicked.connect(self.reveal_id)
        id_layout.addWidget(self.id_number, 1)
        id_layout.addWidget(self.reveal_button)
        f.add_row(identity, "id_number", translate("ClientForm", "ID number"), id_row)
        f.inputs["id_number"] = self.id_number
        self.revealed = QLabel()
        self.revealed.setObjectName("onboarding.id_revealed")
        self.revealed.hide()
        identity.addRow("", self.revealed)
        f.add_row(
            identity,
            "birth_date",
            translate("ClientForm", "Birth date"),
            f.line_edit(
                "birth_date",
                translate("ClientForm", "Birth date"),
                placeholder="1980-01-31",
                max_length=12,
            ),
        )
        f.add_row(
            identity,
            "gender",
            translate("ClientForm", "Gender"),
            f.combo("gender", translate("ClientForm", "Gender"), labels.gender_choices()),
        )
        f.add_row(
            identity,
            "nationality",
            translate("ClientForm", "Nationality"),
            f.line_edit(
                "nationality",
                translate("ClientForm", "Nationality"),
                placeholder="CHN",
                max_length=3,
            ),
        )
        column.addWidget(self._group(translate("ClientForm", "Identity"), identity))

        contact = QFormLayout()
        f.add_row(
            contact,
            "phone",
            translate("ClientForm", "Mobile"),
            f.line_edit(
                "phone", translate("ClientForm", "Mobile"), placeholder="13800138000", max_length=24
            ),
        )
        f.add_row(
            contact,
            "email",
            translate("ClientForm", "Email"),
            f.line_edit("email", translate("ClientForm", "Email")),
        )
        f.add_row(
            contact,
            "address",
            translate("ClientForm", "Address"),
            f.line_edit("address", translate("ClientForm", "Address"), max_length=300),
        )
        column.addWidget(self._group(translate("ClientForm", "Contact"), contact))

        finance = QFormLayout()
        for field, label in (
            ("occupation", translate("ClientForm", "Occupation")),
            ("employer", translate("ClientForm", "Employer")),
        ):
            f.add_row(finance, field, label, f.line_edit(field, label))
        for field, label in (
            ("annual_income", translate("ClientForm", "Annual income (yuan)")),
            (
                "income_3y_avg",
                translate("ClientForm", "Average annual income, last 3 years (yuan)"),
            ),
            ("financial_assets", translate("ClientForm", "Financial assets (yuan)")),
            ("family_financial_assets", translate("ClientForm", "Family financial assets (yuan)")),
            (
                "family_financial_net_assets",
                translate("ClientForm", "Family financial net assets (yuan)"),
            ),
        ):
            f.add_row(finance, field, label, f.line_edit(field, label, max_length=24))
        f.add_row(
            finance,
            "investment_experience_years",
            translate("ClientForm", "Years of investment experience"),
            f.line_edit(
                "investment_experience_years",
                translate("ClientForm", "Years of investment experience"),
                max_length=2,
            ),
        )
        column.addWidget(self._group(translate("ClientForm", "Occupation and finances"), finance))

        capacity = QFormLayout()
        f.add_row(
            capacity,
            "civil_capacity",
            translate("ClientForm", "Civil capacity"),
            f.combo(
                "civil_capacity",
                translate("ClientForm", "Civil capacity"),
                labels.civil_capacity_choices(),
            ),
        )
        f.add_row(
            capacity,
            "guardian_name",
            translate("ClientForm", "Guardian"),
            f.line_edit("guardian_name", translate("ClientForm", "Guardian")),
        )
        f.add_row(
            capacity,
            "guardian_consent",
            "",
            f.checkbox("guardian_consent", translate("ClientForm", "The guardian consents")),
        )
        f.add_row(
            capacity,
            "investor_class",
            translate("ClientForm", "Investor class"),
            f.combo(
                "investor_class",
                translate("ClientForm", "Investor class"),
                labels.investor_class_choices(),
            ),
        )
        column.addWidget(
            self._group(translate("ClientForm", "Capacity and classification"), capacity)
        )

        consent = QFormLayout()
        notice = clients.privacy_notice()
        text = QLabel(notice.get(active_language(), notice["en"]))
        text.setObjectName("onboarding.privacy_notice")
        text.setWordWrap(True)
        consent.addRow(text)
        version = QLabel(translate("ClientForm", "Notice version: {v}").format(v=notice["version"]))
        consent.addRow(version)
        f.add_row(
            consent,
            "consent_sensitive",
            "",
            f.checkbox(
                "consent_sensitive",
                translate(
                    "ClientForm",
                    "The client separately consents to processing sensitive personal information",
                ),
            ),
        )
        f.add_row(
            consent,
            "consent_sharing",
            "",
            f.checkbox(
                "consent_sharing",
                translate(
                    "ClientForm", "The client separately consents to sharing with product issuers"
                ),
            ),
        )
        self.consent_state = QLabel()
        self.consent_state.setObjectName("onboarding.consent_state")
        self.consent_state.setWordWrap(True)
        consent.addRow(self.consent_state)
        column.addWidget(
            self._group(translate("ClientForm", "Personal information consents"), consent)
        )
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        buttons = QHBoxLayout()
        self.reload_button = QPushButton(translate("ClientForm", "Reload saved version"))
        self.reload_button.setObjectName("onboarding.reload")
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.close_button = QPushButton(translate("ClientForm", "Back to clients"))
        self.close_button.setObjectName("onboarding.close")
        self.close_button.clicked.connect(self.close_requested)
        self.save_button = QPushButton(translate("ClientForm", "Save"))
        self.save_button.setObjectName("onboarding.save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.start_case_button = QPushButton(translate("ClientForm", "Start a sales case"))
        self.start_case_button.setObjectName("onboarding.start_case")
        self.start_case_button.clicked.connect(self._start_case)
        self.resume_case_button = QPushButton(translate("ClientForm", "Resume the open case"))
        self.resume_case_button.setObjectName("onboarding.resume_case")
        self.resume_case_button.clicked.connect(self._resume_case)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.start_case_button)
        buttons.addWidget(self.resume_case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide_revealed)

    @staticmethod
    def _group(title: str, layout: QFormLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    # -- reading and writing the widgets -------------------------------------------------
    def read(self) -> KycInput:
        data = KycInput()
        for field in fields(KycInput):
            widget = self.form.inputs[field.name]
            if isinstance(widget, QLineEdit):
                setattr(data, field.name, widget.text())
            elif isinstance(widget, QComboBox):
                setattr(data, field.name, str(widget.currentData()))
            elif isinstance(widget, QCheckBox):
                setattr(data, field.name, widget.isChecked())
        return data

    def write(self, data: KycInput) -> None:
        for field in fields(KycInput):
            widget = self.form.inputs[field.name]
            value = getattr(data, field.name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                self.form.set_combo(field.name, str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def typed(self) -> dict[str, object]:
        """What the form holds now, for a case's draft — without the ID number, which is
        stored only when the client record is saved (drafts travel to head office)."""
        values = asdict(self.read())
        values.pop("id_number", None)
        return values

    def restore_typed(self, values: dict[str, object]) -> None:
        known = {f.name for f in fields(KycInput)}
        self.write(KycInput(**{k: v for k, v in values.items() if k in known}))  # type: ignore[arg-type]

    def set_case_mode(self, on: bool) -> None:
        """Inside a case the wizard's navigation replaces the form's own buttons."""
        self.case_mode = on
        self.close_button.setVisible(not on)
        self.cases_list.setVisible(not on and self.cases_list.count() > 0)
        self._update_case_buttons()

    def _update_case_buttons(self) -> None:
        can_work = allows(self.actor.role, Permission.CASE_WORK)
        existing = self.client_id is not None and not self.case_mode and can_work
        self.start_case_button.setVisible(existing)
        self.resume_case_button.setVisible(existing and self.open_case_id is not None)

    def _show_cases(self, every_case: list[CaseSummary]) -> None:
        self.cases_list.clear()
        for case in every_case:
            item = QListWidgetItem(
                translate("ClientForm", "{product} — {state} — {time}").format(
                    product=case.product_code or translate("ClientForm", "no product yet"),
                    state=labels.state_label(case.state.value),
                    time=case.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, case.case_id)
            self.cases_list.addItem(item)
        self.cases_list.setVisible(bool(every_case) and not self.case_mode)

    def _case_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.resume_case_requested.emit(str(case_id))

    def _start_case(self) -> None:
        if self.client_id is not None:
            self.start_case_requested.emit(self.client_id)

    def _resume_case(self) -> None:
        if self.open_case_id is not None:
            self.resume_case_requested.emit(self.open_case_id)

    def _show_assessment_state(self, latest: AssessmentView | None) -> None:
        if self.client_id is None:
            self.assessment_state.clear()
            self.assessment_state.hide()
            return
        self.assessment_state.show()
        if latest is None:
            text = translate("ClientForm", "Risk assessment: none on file.")
            style = "color: #8a5300;"
        elif not latest.valid:
            text = translate(
                "ClientForm", "Risk assessment: {level}, expired on {date}. Reassess before a sale."
            ).format(level=labels.level_label(latest.level), date=_day(latest.expires_at))
            style = "color: #b3261e; font-weight: 600;"
        else:
            text = translate("ClientForm", "Risk assessment: {level}, valid until {date}.").format(
                level=labels.level_label(latest.level), date=_day(latest.expires_at)
            )
            style = ""
            if latest.expiring_soon:
                text += " " + translate("ClientForm", "Expires within 30 days.")
                style = "color: #8a5300; font-weight: 600;"
        self.assessment_state.setText(text)
        self.assessment_state.setStyleSheet(style)

    # -- actions -----------------------------------------------------------------------
    def start_new(self) -> None:
        self.client_id, self.version = None, 0
        self.title.setText(translate("ClientForm", "New client"))
        self.write(KycInput())
        self.id_number.setPlaceholderText("")
        self.reveal_button.hide()
        self.consent_state.clear()
        self.open_case_id = None
        self.cases_list.clear()
        self.cases_list.hide()
        self._show_assessment_state(None)
        self._update_case_buttons()
        self._reset_feedback()
        self.form.inputs["name"].setFocus()

    def load(self, client_id: str) -> None:
        detail = clients.get_client(self.ws, self.actor, client_id)
        self.client_id, self.version = detail.client_id, detail.version
        self.title.setText(detail.form.name)
        self.write(detail.form)
        self.id_number.setPlaceholderText(
            translate("ClientForm", "{masked} — leave empty to keep").format(
                masked=detail.id_masked
            )
        )
        self.reveal_button.setVisible(self.actor.role.value in ("advisor", "supervisor"))
        self.consent_state.setText(
            "\n".join(
                translate("ClientForm", "{kind}: {state} ({version}, {at})").format(
                    kind=translate("ClientForm", "Sensitive information")
                    if kind == clients.CONSENT_SENSITIVE
                    else translate("ClientForm", "Sharing with issuers"),
                    state=translate("ClientForm", "granted")
                    if state.granted
                    else translate("ClientForm", "withdrawn"),
                    version=state.notice_version,
                    at=state.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
                for kind, state in detail.consents.items()
            )
        )
        self._show_assessment_state(assessments.latest_assessment(self.ws, self.actor, client_id))
        every_case = cases.client_cases(self.ws, self.actor, client_id)
        open_cases = (
            [c for c in every_case if c.state in OPEN_STATES]
            if allows(self.actor.role, Permission.CASE_WORK)
            else []
        )
        self.open_case_id = open_cases[0].case_id if open_cases else None
        self._show_cases(every_case)
        self._update_case_buttons()
        self._reset_feedback()

    def reload(self) -> None:
        if self.client_id and messages.ask(
            self, translate("ClientForm", "Discard what you typed and load the saved version?")
        ):
            self.load(self.client_id)

    def _reset_feedback(self) -> None:
        self.form.clear_errors()
        self.reload_button.hide()
        self.hide_revealed()

    def save(self) -> None:
        data = self.read()
        self.form.clear_errors()
        self.save_button.setEnabled(False)
        client_id, version = self.client_id, self.version
        if client_id is None:

            def call() -> tuple[str, int]:
                return clients.create_client(self.ws, self.actor, data), 1
        else:

            def call() -> tuple[str, int]:
                assert client_id is not None
                return client_id, clients.update_client(
                    self.ws, self.actor, client_id, version, data
                )

        run_op(self, call, self._saved, self._failed)

    def _saved(self, result: tuple[str, int]) -> None:
        self.save_button.setEnabled(True)
        client_id, _ = result
        self.load(client_id)
        self.client_did_save.emit(client_id)

    def _failed(self, error: UserError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ConcurrentEdit):
            self.reload_button.show()
        self.form.report(self, error)

    def reveal_id(self) -> None:
        if self.client_id is None:
            return
        client_id = self.client_id
        run_op(
            self,
            lambda: clients.reveal_id_number(self.ws, self.actor, client_id),
            self._show_revealed,
        )

    def _show_revealed(self, number: str) -> None:
        self.revealed.setText(
            translate("ClientForm", "Full ID number: {n} (hidden again in {s} s)").format(
                n=number, s=REVEAL_SECONDS
            )
        )
        self.revealed.show()
        self._hide_timer.start(REVEAL_SECONDS * 1000)

    def hide_revealed(self) -> None:
        self.revealed.clear()
        self.revealed.hide()
        self._hide_timer.stop()


def _day(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d")
