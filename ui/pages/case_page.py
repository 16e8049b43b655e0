"""The client page and the sales-case wizard around it.

Without a case it is the client (KYC) form. With a case it walks the steps the state
machine opens — onboarding review → questionnaire → matching — with ``nav.back``,
``nav.save_draft`` and ``nav.next``. Every change autosaves into the case's draft (a
short debounce), and a reopened case resumes at the step where it stopped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.domain.case_flow import CaseState, Step
from app.errors import UserError
from app.services import assessments, cases, disclosure, signing
from app.services.assessments import AssessmentView
from app.services.cases import CaseView, MatchView
from app.services.context import Actor, Workspace
from app.services.disclosure import DisclosurePlan
from app.services.signing import SigningSummary
from app.store.engine import DatabaseClosed
from ui import labels
from ui.i18n import translate
from ui.operations import run_op
from ui.pages.client_form import ClientForm
from ui.pages.disclosure_step import DisclosureStep
from ui.pages.done_step import DonePage
from ui.pages.match_summary import MatchSummary
from ui.pages.matching_step import MatchingStep
from ui.pages.questionnaire_step import QuestionnaireStep
from ui.pages.signing_step import SigningStep

AUTOSAVE_MS = 800
STEP_TITLES = (
    (Step.ONBOARDING, "1"),
    (Step.QUESTIONNAIRE, "2"),
    (Step.MATCHING, "3"),
    (Step.DISCLOSURE, "4"),
    (Step.SIGNING, "5"),
)


class CasePage(QWidget):
    case_did_change = Signal()
    close_requested = Signal()

    def __init__(
        self, ws: Workspace, actor: Actor, client_form: ClientForm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("case.page")
        self.ws, self.actor = ws, actor
        self.case: CaseView | None = None
        self.client_form = client_form
        self.questionnaire = QuestionnaireStep(ws, actor)
        self.matching = MatchingStep(ws, actor)
        self.summary = MatchSummary()
        self.disclosure = DisclosureStep(ws, actor)
        self.signing = SigningStep(ws, actor)
        self.done = DonePage(ws, actor)
        self._saving = False
        self._dirty = False
        self._advance_after_save = False

        self.title = QLabel()
        self.title.setObjectName("case.title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.steps_bar = QWidget()
        steps_row = QHBoxLayout(self.steps_bar)
        steps_row.setContentsMargins(0, 0, 0, 0)
        self.step_labels: dict[Step, QLabel] = {}
        names = {
            Step.ONBOARDING: translate("CasePage", "Onboarding review"),
            Step.QUESTIONNAIRE: translate("CasePage", "Risk questionnaire"),
            Step.MATCHING: translate("CasePage", "Product matching"),
            Step.DISCLOSURE: translate("CasePage", "Disclosure"),
            Step.SIGNING: translate("CasePage", "Signing"),
        }
        for step, number in STEP_TITLES:
            label = QLabel(f"{number}. {names[step]}")
            label.setObjectName(f"case.step.{step.value}")
            self.step_labels[step] = label
            steps_row.addWidget(label)
        steps_row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("case.autosave_state")
        self.status.setStyleSheet("color: #555;")
        steps_row.addWidget(self.status)

        self.stack = QStackedWidget()
        for widget in (
            self.client_form,
            self.questionnaire,
            self.matching,
            self.summary,
            self.disclosure,
            self.signing,
            self.done,
        ):
            self.stack.addWidget(widget)

        self.nav = QWidget()
        nav_row = QHBoxLayout(self.nav)
        nav_row.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(translate("CasePage", "◀ Back"))
        self.back_button.setObjectName("nav.back")
        self.back_button.clicked.connect(self.go_back)
        self.save_button = QPushButton(translate("CasePage", "Save draft"))
        self.save_button.setObjectName("nav.save_draft")
        self.save_button.clicked.connect(self.save_draft)
        self.next_button = QPushButton(translate("CasePage", "Next ▶"))
        self.next_button.setObjectName("nav.next")
        self.next_button.clicked.connect(self.go_next)
        nav_row.addWidget(self.back_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.save_button)
        nav_row.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.steps_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_draft)
        self.questionnaire.changed.connect(self._changed)
        self.questionnaire.assessment_ready.connect(self._assessed)
        self.questionnaire.leave_backwards.connect(lambda: self._show_step(Step.ONBOARDING))
        self.questionnaire.questions.currentChanged.connect(lambda _i: self._update_nav())
        self.questionnaire.stack.currentChanged.connect(lambda _i: self._update_nav())
        for button in self.questionnaire.buttons.values():
            button.toggled.connect(lambda _c: self._update_nav())
        for button in self.questionnaire.capacity_buttons.values():
            button.toggled.connect(lambda _c: self._update_nav())
        self.matching.changed.connect(self._changed)
        self.matching.matched.connect(self._matched)
        self.matching.choosable_changed.connect(self._update_nav)
        self.client_form.client_did_save.connect(self._client_saved)
        self.summary.back_to_client.connect(self._back_to_client)
        self.disclosure.disclosed.connect(self._disclosed)
        self.signing.signed.connect(lambda _r: self._reopen())
        self.done.back_to_client.connect(self._back_to_client)
        self.done.case_did_submit.connect(self._submitted)
        self.done.case_did_cancel.connect(self._submitted)
        self.show_client_only()

    # -- modes ------------------------------------------------------------------------
    def show_client_only(self) -> None:
        """The plain client form: no case around it."""
        self.case = None
        self.autosave_timer.stop()
        self.title.hide()
        self.steps_bar.hide()
        self.nav.hide()
        self.client_form.set_case_mode(False)
        self.stack.setCurrentWidget(self.client_form)

    def edit_client(self, client_id: str | None) -> None:
        self.show_client_only()
        if client_id is None:
            self.client_form.start_new()
        else:
            self.client_form.load(client_id)

    def start_case(self, client_id: str) -> None:
        run_op(self, lambda: cases.start_case(self.ws, self.actor, client_id), self._opened)

    def open_case(self, case_id: str) -> None:
        run_op(self, lambda: cases.get_case(self.ws, self.actor, case_id), self._opened)

    def _opened(self, case: CaseView) -> None:
        self.case = case
        self.title.show()
        self.steps_bar.show()
        self.nav.show()
        self.status.clear()
        self.client_form.set_case_mode(True)
        self.title.setText(
            translate("CasePage", "Sales case for {name}").format(name=case.client_name)
        )
        if case.state is CaseState.MATCHED:
            self._show_match()
        elif case.state is CaseState.DISCLOSED:
            self._show_signing()
        elif case.state not in (CaseState.DRAFT, CaseState.PROFILED, CaseState.ASSESSED):
            self._show_done()
        else:
            self._show_step(case.step)
        self.case_did_change.emit()

    # -- steps ------------------------------------------------------------------------
    def current_step(self) -> Step | None:
        widget = self.stack.currentWidget()
        if widget is self.client_form:
            return Step.ONBOARDING
        if widget is self.questionnaire:
            return Step.QUESTIONNAIRE
        if widget is self.matching:
            return Step.MATCHING
        if widget in (self.summary, self.disclosure):
            return Step.DISCLOSURE
        if widget is self.signing:
            return Step.SIGNING
        return None

    def _show_step(self, step: Step) -> None:
        assert self.case is not None
        case = self.case
        if step is Step.ONBOARDING:
            self.client_form.load(case.client_id)
            typed = case.draft.get("onboarding")
            if typed:
                self.client_form.restore_typed(typed)
            self.stack.setCurrentWidget(self.client_form)
        elif step is Step.QUESTIONNAIRE:
            client_id = case.client_id

            def read() -> tuple[AssessmentView | None, str]:
                latest = assessments.latest_assessment(self.ws, self.actor, client_id)
                blocked = assessments.next_attempt(self.ws, self.actor, client_id)
                text = assessments.refusal_message(blocked) if blocked else ""
                return latest, text

            run_op(self, read, lambda r: self._show_questionnaire(*r))
            return
        elif step is Step.MATCHING:
            assessment_id = case.assessment_id

            def latest() -> AssessmentView | None:
                if assessment_id is None:
                    return None
                return assessments.latest_assessment(self.ws, self.actor, case.client_id)

            run_op(self, latest, self._show_matching)
            return
        self._mark(step)

    def _show_questionnaire(self, latest: AssessmentView | None, blocked: str) -> None:
        assert self.case is not None
        self.questionnaire.load(self.case, latest, blocked)
        self.stack.setCurrentWidget(self.questionnaire)
        self._mark(Step.QUESTIONNAIRE)

    def _show_matching(self, assessment: AssessmentView | None) -> None:
        assert self.case is not None
        self.matching.load(self.case, assessment)
        self.stack.setCurrentWidget(self.matching)
        self._mark(Step.MATCHING)

    def _mark(self, step: Step) -> None:
        for each, label in self.step_labels.items():
            label.setStyleSheet("font-weight: 700; color: #0b57d0;" if each is step else "")
        self._update_nav()

    def _update_nav(self) -> None:
        step = self.current_step()
        # Only the steps before matching hold a draft; afterwards each step records itself.
        self.save_button.setVisible(step in (Step.ONBOARDING, Step.QUESTIONNAIRE, Step.MATCHING))
        if step is Step.ONBOARDING:
            self.next_button.setText(translate("CasePage", "Save and continue ▶"))
            self.next_button.setEnabled(True)
            self.back_button.setEnabled(False)
        elif step is Step.QUESTIONNAIRE:
            q = self.questionnaire
            self.next_button.setText(
                translate("CasePage", "Submit ▶")
                if q.on_result()
                else translate("CasePage", "Next ▶")
            )
            self.next_button.setEnabled(q.can_go_next())
            self.back_button.setEnabled(True)
        elif step is Step.MATCHING:
            self.next_button.setText(translate("CasePage", "Choose product ▶"))
            self.next_button.setEnabled(self.matching.can_choose())
            self.back_button.setEnabled(True)
        elif step is Step.DISCLOSURE:
            on_summary = self.stack.currentWidget() is self.summary
            self.next_button.setText(
                translate("CasePage", "Continue to disclosure ▶")
                if on_summary
                else translate("CasePage", "Record disclosure ▶")
            )
            self.next_button.setEnabled(True)
            self.back_button.setEnabled(False)  # the match is fixed
        elif step is Step.SIGNING:
            self.next_button.setText(translate("CasePage", "Sign and seal ▶"))
            self.next_button.setEnabled(True)
            self.back_button.setEnabled(False)  # the disclosure is recorded

    def go_next(self) -> None:
        step = self.current_step()
        if step is Step.ONBOARDING:
            self._advance_after_save = True
            self.client_form.save()
        elif step is Step.QUESTIONNAIRE:
            self.questionnaire.go_next()
        elif step is Step.MATCHING:
            self.matching.choose()
        elif step is Step.DISCLOSURE:
            if self.stack.currentWidget() is self.summary:
                self._show_disclosure()
            else:
                self.disclosure.submit()
        elif step is Step.SIGNING:
            self.signing.sign()

    def go_back(self) -> None:
        step = self.current_step()
        if step is Step.QUESTIONNAIRE:
            self.questionnaire.go_back()
        elif step is Step.MATCHING:
            self.save_draft()
            self._show_step(Step.QUESTIONNAIRE)

    def _client_saved(self, _client_id: str) -> None:
        if self.case is None or not self._advance_after_save:
            return
        self._advance_after_save = False
        case_id = self.case.case_id

        def call() -> CaseView:
            current = cases.get_case(self.ws, self.actor, case_id)
            cases.save_draft(
                self.ws, self.actor, case_id, current.version, Step.ONBOARDING, "onboarding", {}
            )
            current = cases.get_case(self.ws, self.actor, case_id)
            if current.state is CaseState.DRAFT:
                return cases.confirm_onboarding(self.ws, self.actor, case_id, current.version)
            return current

        run_op(self, call, self._profiled)

    def _profiled(self, case: CaseView) -> None:
        self.case = case
        self.case_did_change.emit()
        self._show_step(Step.QUESTIONNAIRE)

    def _assessed(self, case: CaseView) -> None:
        self.case = case
        self.case_did_change.emit()
        self._show_step(Step.MATCHING)

    def _matched(self, _match: MatchView) -> None:
        # The inputs are history now: nothing of them is autosaved any more.
        self.autosave_timer.stop()
        self._dirty = False
        self.case_did_change.emit()
        self._show_match()

    def _show_match(self) -> None:
        assert self.case is not None
        case_id = self.case.case_id

        def read() -> tuple[CaseView, MatchView | None]:
            return (
                cases.get_case(self.ws, self.actor, case_id),
                cases.get_match(self.ws, self.actor, case_id),
            )

        run_op(self, read, lambda r: self._show_summary(*r))

    def _show_summary(self, case: CaseView, match: MatchView | None) -> None:
        self.case = case
        self.autosave_timer.stop()
        self.summary.show_match(self.case, match)
        self.stack.setCurrentWidget(self.summary)
        self.nav.show()
        self._mark(Step.DISCLOSURE)

    def _show_disclosure(self) -> None:
        assert self.case is not None
        case_id = self.case.case_id
        run_op(self, lambda: disclosure.disclosure_plan(self.ws, self.actor, case_id), self._plan)

    def _plan(self, plan: DisclosurePlan) -> None:
        self.disclosure.load(plan)
        self.stack.setCurrentWidget(self.disclosure)
        self._mark(Step.DISCLOSURE)

    def _disclosed(self) -> None:
        self.case_did_change.emit()
        self._show_signing()

    def _show_signing(self) -> None:
        assert self.case is not None
        case_id = self.case.case_id

        def read() -> tuple[CaseView, SigningSummary]:
            return (
                cases.get_case(self.ws, self.actor, case_id),
                signing.signing_summary(self.ws, self.actor, case_id),
            )

        run_op(self, read, lambda r: self._signing_ready(*r))

    def _signing_ready(self, case: CaseView, summary: SigningSummary) -> None:
        self.case = case
        self.signing.load(summary)
        self.stack.setCurrentWidget(self.signing)
        self.nav.show()
        self._mark(Step.SIGNING)

    def _reopen(self) -> None:
        self.case_did_change.emit()
        if self.case is not None:
            self.open_case(self.case.case_id)

    def _show_done(self) -> None:
        assert self.case is not None
        self.autosave_timer.stop()
        self.done.load(self.case)
        self.stack.setCurrentWidget(self.done)
        self.nav.hide()
        for label in self.step_labels.values():
            label.setStyleSheet("")

    def _submitted(self, _case_id: str) -> None:
        """The signed case moved on (submitted or cancelled) on the done page."""
        self.case = self.done.case
        self.case_did_change.emit()

    def _back_to_client(self) -> None:
        client_id = self.case.client_id if self.case else None
        self.edit_client(client_id)

    # -- autosave ---------------------------------------------------------------------
    def onboarding_edited(self) -> None:
        if self.case is not None and self.current_step() is Step.ONBOARDING:
            self._changed()

    def _changed(self) -> None:
        if self.case is not None:
            self._dirty = True
            self.autosave_timer.start()
        self._update_nav()

    def _section(self) -> tuple[Step, str, dict[str, Any]] | None:
        step = self.current_step()
        if step is Step.ONBOARDING:
            return step, "onboarding", self.client_form.typed()
        if step is Step.QUESTIONNAIRE:
            return step, "questionnaire", self.questionnaire.draft()
        if step is Step.MATCHING:
            return step, "matching", self.matching.draft()
        return None

    def _pending_section(self) -> tuple[str, Step, str, dict[str, Any]] | None:
        if self.case is None or self.case.state not in (
            CaseState.DRAFT,
            CaseState.PROFILED,
            CaseState.ASSESSED,
        ):
            return None
        section = self._section()
        return None if section is None else (self.case.case_id, *section)

    def _write_draft(
        self, case_id: str, step: Step, name: str, data: dict[str, Any]
    ) -> CaseView | None:
        """Store one section; ``None`` if the app was locked meanwhile (saved after unlock)."""
        try:
            current = cases.get_case(self.ws, self.actor, case_id)
            cases.save_draft(self.ws, self.actor, case_id, current.version, step, name, data)
            return cases.get_case(self.ws, self.actor, case_id)
        except DatabaseClosed:
            return None

    def save_draft(self) -> None:
        """Store what the current step holds (never loses what was typed)."""
        self.autosave_timer.stop()
        pending = self._pending_section()
        if pending is None:
            return
        if self._saving:
            self._dirty = True
            self.autosave_timer.start()
            return
        self._saving, self._dirty = True, False
        run_op(self, lambda: self._write_draft(*pending), self._draft_saved, self._draft_failed)

    def flush_now(self) -> None:
        """Save what is pending right away, on this thread (before locking or closing)."""
        if not (self._dirty or self.autosave_timer.isActive()):
            return
        self.autosave_timer.stop()
        pending = self._pending_section()
        if pending is None or not self.ws.db.is_open:
            return
        try:
            saved = self._write_draft(*pending)
        except UserError as exc:
            self._draft_failed(exc)
            return
        if saved is not None:
            self._dirty = False
            self.case = saved

    def _draft_saved(self, case: CaseView | None) -> None:
        self._saving = False
        if case is None:
            self._dirty = True  # the app was locked: saved again after unlocking
            return
        if self.case is not None and self.case.case_id == case.case_id:
            self.case = case
        self.status.setText(
            translate("CasePage", "Draft saved {time}").format(
                time=case.updated_at.astimezone().strftime("%H:%M:%S")
            )
        )
        if self._dirty:
            self.autosave_timer.start()

    def _draft_failed(self, error: UserError) -> None:
        self._saving = False
        if self.current_step() not in (Step.ONBOARDING, Step.QUESTIONNAIRE, Step.MATCHING):
            return  # a save that raced the match: the match is what counts
        self.status.setText(
            translate("CasePage", "Draft not saved: {reason}").format(reason=error.message)
        )

    def resume_after_unlock(self) -> None:
        if self.case is not None and self._dirty:
            self.autosave_timer.start()

    def leave(self) -> None:
        """Called before another page is shown: save what is pending."""
        if self.case is not None and (self._dirty or self.autosave_timer.isActive()):
            self.save_draft()

    def state_text(self) -> str:
        return labels.state_label(self.case.state.value) if self.case else ""
