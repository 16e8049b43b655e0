"""Cancelling a sale within its cooling-off or free-look period, from the signed-case page.

The refund (prefilled with the amount of the sale), its payment reference, the reason and
the client's signature on the pad; the service seals the cancellation confirmation off the
GUI thread. A refusal shows each problem beside its field and keeps everything entered.
Names: ``done.refund_amount``, ``done.refund_reference``, ``done.reason``,
``done.cancel_pad``, ``done.cancel_submit``, ``done.cancel_close``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_money, parse_money
from app.domain.suitability import LOCAL_ZONE
from app.errors import ConcurrentEdit, UserError, ValidationFailed
from app.services import cancellation
from app.services.cancellation import COOLING_OFF, CancellationTerms, CancelledCase
from app.services.context import Actor, Workspace
from ui import messages
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder
from ui.widgets.signature_pad import SignatureField

PAD = "cancel_pad"


class CancelDialog(DialogBase):
    """Emits :attr:`cancellation_did_record` with the :class:`CancelledCase`, then closes."""

    cancellation_did_record = Signal(object)

    def __init__(
        self, ws: Workspace, actor: Actor, terms: CancellationTerms, parent: QWidget | None = None
    ) -> None:
        super().__init__("done.cancel_dialog", parent)
        self.ws, self.actor, self.terms = ws, actor, terms
        self.busy = False
        self.setWindowTitle(translate("CancelDialog", "Cancel the sale"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        period = (
            translate("CancelDialog", "cooling-off period")
            if terms.period == COOLING_OFF
            else translate("CancelDialog", "free-look period")
        )
        deadline = (
            terms.deadline.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")
            if terms.deadline
            else "—"
        )
        intro = QLabel(
            translate(
                "CancelDialog",
                "{client} may cancel {code} {product} ({amount} yuan) until {deadline}, the end "
                "of the {period}. Recording the cancellation makes the sale void, records the "
                "refund and seals the cancellation confirmation the client signs below.",
            ).format(
                client=terms.client_name,
                code=terms.product_code,
                product=terms.product_name,
                amount=format_money(terms.amount) if terms.amount is not None else "—",
                deadline=deadline,
                period=period,
            ),
            self,
        )
        intro.setObjectName("done.cancel_intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.form = FormBinder("done")
        grid = QFormLayout()
        refund_label = translate("CancelDialog", "Refund (yuan)")
        reference_label = translate("CancelDialog", "Refund payment reference")
        reason_label = translate("CancelDialog", "Reason (optional)")
        self.refund = self.form.line_edit("refund_amount", refund_label, max_length=24)
        if terms.default_refund is not None:
            self.refund.setText(format_money(terms.default_refund))
        self.reference = self.form.line_edit(
            "refund_reference",
            reference_label,
            placeholder=translate("CancelDialog", "e.g. the transfer's serial number"),
            max_length=cancellation.MAX_REFERENCE,
        )
        self.reason = self.form.line_edit(
            "reason", reason_label, max_length=cancellation.MAX_REASON
        )
        self.form.add_row(grid, "refund_amount", refund_label, self.refund)
        self.form.add_row(grid, "refund_reference", reference_label, self.reference)
        self.form.add_row(grid, "reason", reason_label, self.reason)
        layout.addLayout(grid)

        self.pad = SignatureField(
            f"done.{PAD}", translate("CancelDialog", "Client's signature"), self
        )
        self.pad.pad.set_hint(translate("CancelDialog", "The client signs here to cancel"))
        layout.addWidget(self.pad, 1)

        buttons = QDialogButtonBox(self)
        self.submit_button = QPushButton(translate("CancelDialog", "Record the cancellation"), self)
        self.submit_button.setObjectName("done.cancel_submit")
        self.submit_button.setAccessibleName(self.submit_button.text())
        self.submit_button.setAutoDefault(False)
        close = QPushButton(translate("CancelDialog", "Close without cancelling"), self)
        close.setObjectName("done.cancel_close")
        close.setAccessibleName(close.text())
        close.setAutoDefault(False)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.clicked.connect(self.submit)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.busy:
            return
        refund, errors = parse_money(self.refund.text(), field="refund_amount", allow_zero=False)
        if errors or refund is None:
            self.form.show_errors(errors)
            return
        self.form.clear_errors()
        self.pad.clear_error()
        self._set_busy(True)
        ws, actor, terms = self.ws, self.actor, self.terms
        reference, reason, strokes = self.reference.text(), self.reason.text(), self.pad.strokes()
        run_op(
            self,
            lambda: cancellation.cancel_case(
                ws,
                actor,
                terms.case_id,
                terms.version,
                refund_amount=refund,
                refund_reference=reference,
                reason=reason,
                client_strokes=strokes,
            ),
            self._recorded,
            self._refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(not busy)

    def _recorded(self, result: CancelledCase) -> None:
        self._set_busy(False)
        self.cancellation_did_record.emit(result)
        self.accept()

    def _refused(self, error: UserError) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            pad_errors = [e for e in error.errors if e.field == PAD]
            unplaced = self.form.show_errors([e for e in error.errors if e.field != PAD])
            self.pad.show_errors(pad_errors)
            if unplaced:
                messages.show_error(self, "\n".join(e.message for e in unplaced))
        else:
            self.form.clear_errors()
            self.pad.clear_error()
            messages.show_error(self, error.message)
            if isinstance(error, ConcurrentEdit):
                # The case moved on meanwhile (say a supervisor decided it): read its terms
                # again so the next attempt is judged on them; what was typed and signed stays.
                ws, actor, case_id = self.ws, self.actor, self.terms.case_id
                run_op(
                    self,
                    lambda: cancellation.cancellation_terms(ws, actor, case_id),
                    self._terms_reread,
                )

    def _terms_reread(self, terms: CancellationTerms) -> None:
        self.terms = terms
        self.submit_button.setEnabled(terms.open)

    def reject(self) -> None:
        if self.busy:  # the confirmation is being sealed: its result must find the dialog
            return
        super().reject()
