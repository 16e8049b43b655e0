"""One submitted case as the supervisor reviews it, and the decisions they can take on it.

The record, the sealed PDF, the seal's verification and the audit chain's verification
are read in the background; answers that arrive after another case was opened are
dropped. Decisions go to the services, which refuse what is not allowed (a missing
comment, approval before the co-sign); the refusal is shown beside its field and what
the supervisor typed or drew stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_money
from app.domain.review import Decision
from app.errors import UserError, ValidationFailed
from app.services import audit_trail, review_decisions, review_record, signing
from app.services.context import Actor, Workspace
from app.services.review_record import CaseRecord
from app.store.audit import ChainReport
from ui import labels, messages
from ui.i18n import translate
from ui.operations import run_op
from ui.pages.review_decision_panel import DecisionPanel
from ui.pages.review_parts import flag_badges_html, local_time
from ui.pages.review_sections import ReviewSections


class ReviewDetail(QWidget):
    back_requested = Signal()
    case_did_decide = Signal(str)  # the case's id: a decision (or co-sign) was recorded

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.detail")
        self.ws, self.actor = ws, actor
        self.record: CaseRecord | None = None
        self._case_id = ""
        self._token = 0  # bumped on every load: late answers for an older load are dropped
        self._busy = False
        self._chain_running = False
        self._chain_again = False

        self.back_button = QPushButton(translate("ReviewDetail", "← Back to the queue"))
        self.back_button.setObjectName("review.back")
        self.back_button.setAccessibleName(translate("ReviewDetail", "Back to the review queue"))
        self.back_button.clicked.connect(self.back_requested)
        self.heading = QLabel()
        self.heading.setObjectName("review.heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.header = QLabel()
        self.header.setObjectName("review.header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags = QLabel()
        self.flags.setObjectName("review.flags")
        self.flags.setAccessibleName(translate("ReviewDetail", "Review flags"))
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.sections = ReviewSections(self)
        self.panel = DecisionPanel(self)
        self.panel.cosign_clicked.connect(self.cosign)
        self.panel.decision_clicked.connect(lambda value: self.decide(Decision(value)))

        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.flags)
        titles.addWidget(self.header)
        top.addLayout(titles, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sections)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.back_button, self.sections)
        self.setTabOrder(self.sections, self.panel.first_widget)
        self._update_decisions()

    # -- loading -------------------------------------------------------------------------
    @property
    def case_id(self) -> str:
        return self._case_id

    def load(self, case_id: str) -> None:
        """Show ``case_id``: clear what was shown, then read everything in the background."""
        if case_id != self._case_id:
            self.panel.reset()
        self._case_id = case_id
        self._token += 1
        token = self._token
        self.record = None
        self.panel.clear_errors()
        self.heading.setText(translate("ReviewDetail", "Loading the case…"))
        self.header.clear()
        self.flags.clear()
        self.sections.clear()
        self._update_decisions()
        ws, actor = self.ws, self.actor
        self._run(token, lambda: review_record.case_record(ws, actor, case_id), self._show_record)
        self._run(token, lambda: signing.case_pack(ws, actor, case_id), self._show_pack, quiet=True)
        self.sections.pack.show_verifying()
        self._run(
            token,
            lambda: signing.verify_case_pack(ws, actor, case_id),
            self.sections.pack.show_verification,
            on_failure=lambda e: self.sections.pack.show_verify_failure(e.message),
        )
        self.verify_chain()

    def reload(self) -> None:
        if self._case_id:
            self.load(self._case_id)

    def clear(self) -> None:
        """Forget the case (the app is locking): nothing personal stays on screen."""
        self._token += 1
        self._case_id = ""
        self.record = None
        self.heading.clear()
        self.header.clear()
        self.flags.clear()
        self.panel.reset()
        self.sections.clear()
        self._update_decisions()

    def _run(
        self,
        token: int,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        *,
        on_failure: Callable[[UserError], None] | None = None,
        quiet: bool = False,
    ) -> None:
        """``run_op`` whose answer is dropped if another case was loaded meanwhile."""

        def succeeded(value: Any) -> None:
            if token == self._token:
                on_success(value)

        def failed(error: UserError) -> None:
            if token != self._token:
                return
            if on_failure is not None:
                on_failure(error)
            elif not quiet:
                messages.show_error(self, error.message)

        run_op(self, fn, succeeded, failed)

    def _show_record(self, record: CaseRecord) -> None:
        self.record = record
        product = f"{record.product_code} {record.product_name}".strip()
        self.heading.setText(f"{record.client_name} · {product}")
        self.flags.setText(flag_badges_html(record.flags))
        amount = format_money(record.amount) if record.amount is not None else "—"
        lines = [
            translate(
                "ReviewDetail", "ID {id} · Advisor {advisor} · Amount {amount} yuan · {state}"
            ).format(
                id=record.client_id_masked,
                advisor=record.advisor_name,
                amount=amount,
                state=labels.state_label(record.state.value),
            ),
            translate(
                "ReviewDetail", "Started {created} · Signed {signed} · Submitted {submitted}"
            ).format(
                created=local_time(record.created_at),
                signed=local_time(record.signed_at),
                submitted=local_time(record.submitted_at),
            ),
        ]
        if record.decided_at is not None:
            lines[-1] += translate("ReviewDetail", " · Decided {time}").format(
                time=local_time(record.decided_at)
            )
        lines.append(translate("ReviewDetail", "Case {case_id}").format(case_id=record.case_id))
        if record.supersedes_id:
            lines.append(
                translate(
                    "ReviewDetail", "New version: supersedes the returned case {case_id}"
                ).format(case_id=record.supersedes_id)
            )
        self.header.setText("\n".join(lines))
        self.sections.show_record(record)
        self._update_decisions()

    def _show_pack(self, pack: tuple[str, bytes]) -> None:
        self.sections.pack.show_pdf(pack[1])

    def verify_chain(self) -> None:
        """Verify the audit chain in the background (once at a time; again if asked meanwhile)."""
        if self._chain_running:
            self._chain_again = True
            return
        self._chain_running = True
        self._chain_again = False
        self.sections.show_chain_pending()
        ws, actor = self.ws, self.actor
        run_op(
            self, lambda: audit_trail.chain_status(ws, actor), self._chain_done, self._chain_failed
        )

    def _chain_done(self, report: ChainReport) -> None:
        self._chain_running = False
        if self._chain_again:
            self.verify_chain()
            return
        self.sections.show_chain(report)

    def _chain_failed(self, error: UserError) -> None:
        self._chain_running = False
        self.sections.chain_status.setText(error.message)

    # -- decisions -----------------------------------------------------------------------
    def _open(self) -> frozenset[Decision]:
        return self.record.open_decisions if self.record is not None else frozenset()

    def _update_decisions(self) -> None:
        self.panel.show_state(self.record, self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_decisions()

    def cosign(self) -> None:
        if self.record is None or self._busy or Decision.COSIGN not in self._open():
            return
        case_id, strokes = self.record.case_id, self.panel.cosign_field.strokes()
        ws, actor = self.ws, self.actor
        self.panel.clear_errors()
        self._set_busy(True)
        run_op(
            self,
            lambda: review_decisions.cosign(ws, actor, case_id, strokes),
            lambda _: self._decided(case_id, Decision.COSIGN),
            lambda error: self._refused(case_id, error),
        )

    def decide(self, decision: Decision) -> None:
        """Approve, return or reject; the service checks the comment and the co-sign."""
        if self.record is None or self._busy or decision not in self._open():
            return
        record = self.record
        case_id, text = record.case_id, self.panel.comment.toPlainText()
        ws, actor = self.ws, self.actor
        calls: dict[Decision, Callable[[], Any]] = {
            Decision.APPROVE: lambda: review_decisions.approve(ws, actor, case_id, text),
            Decision.RETURN: lambda: review_decisions.return_case(ws, actor, case_id, text),
            Decision.REJECT: lambda: review_decisions.reject(ws, actor, case_id, text),
        }
        questions = {
            Decision.APPROVE: translate(
                "ReviewDetail", "Approve the case of {client}? The decision is final."
            ),
            Decision.RETURN: translate(
                "ReviewDetail",
                "Return the case of {client} to {advisor}? A new version opens for them to "
                "redo; this one ends as returned.",
            ),
            Decision.REJECT: translate(
                "ReviewDetail", "Reject the case of {client}? The decision is final."
            ),
        }
        # An empty comment goes straight to the service, whose refusal names the field.
        asks = decision is Decision.APPROVE or bool(text.strip())
        question = questions[decision].format(
            client=record.client_name, advisor=record.advisor_name
        )
        if asks and not messages.ask(self, question):
            return
        self.panel.clear_errors()
        self._set_busy(True)
        run_op(
            self,
            calls[decision],
            lambda _: self._decided(case_id, decision),
            lambda error: self._refused(case_id, error),
        )

    def _decided(self, case_id: str, decision: Decision) -> None:
        self._set_busy(False)
        self.case_did_decide.emit(case_id)
        if case_id == self._case_id:  # still shown: clear what the decision used, reread it
            self.panel.show_done(decision)
            self.load(case_id)

    def _refused(self, case_id: str, error: UserError) -> None:
        self._set_busy(False)
        if case_id != self._case_id:  # another case is shown now: its fields are not these
            if isinstance(error, ValidationFailed):
                messages.show_error(self, "\n".join(e.message for e in error.errors))
            else:
                messages.show_error(self, error.message)
            return
        if not isinstance(error, ValidationFailed):
            messages.show_error(self, error.message)
            self.reload()  # decided elsewhere meanwhile, perhaps: show it as it is now
            return
        unplaced = self.panel.show_refusal(error)
        if unplaced:
            messages.show_error(self, "\n".join(unplaced))
