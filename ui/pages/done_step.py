"""A signed case: its sealed pack — preview, print, export, verify — and its deadlines.

After the sale: within the cooling-off or free-look period the client may cancel (the
sealed cancellation confirmation is then previewed, printed and exported like the pack),
and the satisfaction survey is taken once a private product's cooling-off has ended.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.seal import VerifyResult
from app.domain.case_flow import CaseState
from app.domain.money import format_money
from app.domain.roles import Permission, allows
from app.domain.suitability import LOCAL_ZONE
from app.errors import UserError
from app.rulebook import after_sale_rules
from app.services import cancellation, cases, review, signing, surveys
from app.services.cancellation import CancellationTerms, CancelledCase
from app.services.cases import CaseView
from app.services.context import Actor, Workspace
from app.services.surveys import AFTER_SIGNING, SURVEYED_STATES, SurveyView
from ui import messages
from ui.i18n import translate
from ui.labels import state_label
from ui.operations import run_op
from ui.pages.cancel_dialog import CancelDialog
from ui.pages.survey_dialog import SurveyDialog

MAX_TIMER_MS = 2**31 - 1  # QTimer's limit (about 24.8 days)


def choose_export_folder(parent: QWidget) -> Path | None:
    """Ask where to export (patched in tests)."""
    name = QFileDialog.getExistingDirectory(parent, translate("DonePage", "Export to folder"))
    return Path(name) if name else None


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog (patched in tests)."""
    dialog = QPrintDialog(printer, parent)
    return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)


def show_dialog(dialog: QDialog) -> None:
    """Open ``dialog`` window-modal without blocking (patched in tests)."""
    dialog.open()


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``… if taken: an export never overwrites a file."""
    target = folder / name
    stem, suffix = target.stem, target.suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def _local(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M") if moment else "—"


@dataclass(frozen=True)
class AfterSale:
    """What the page shows after the sale, read together off the GUI thread."""

    terms: CancellationTerms
    survey: SurveyView | None
    contact_until: datetime | None  # no contact with the client before then
    checked_at: datetime


def read_after_sale(
    ws: Workspace, actor: Actor, case_id: str, cooling_off_until: datetime | None
) -> AfterSale:
    terms = cancellation.cancellation_terms(ws, actor, case_id)
    survey = surveys.survey_of(ws, actor, case_id)
    now = ws.now()
    return AfterSale(terms, survey, surveys.contact_blocked_until(cooling_off_until, now), now)


class DonePage(QWidget):
    back_to_client = Signal()
    case_did_submit = Signal(str)
    case_did_cancel = Signal(str)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done.page")
        self.ws, self.actor = ws, actor
        self.case: CaseView | None = None
        self.file_name = ""  # of the document shown: the pack or the cancellation confirmation
        self.pdf = b""
        self.pack: tuple[str, bytes] = ("", b"")
        self.confirmation: tuple[str, bytes] | None = None
        self.after: AfterSale | None = None
        self.dialog: QDialog | None = None
        self.heading = QLabel()
        self.heading.setObjectName("done.heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.details = QLabel()
        self.details.setObjectName("done.details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_status = QLabel()
        self.review_status.setObjectName("done.review_status")
        self.review_status.setWordWrap(True)
        self.review_status.setTextFormat(Qt.TextFormat.PlainText)
        self.verification = QLabel()
        self.verification.setObjectName("done.verification")
        self.verification.setWordWrap(True)
        self.verification.setTextFormat(Qt.TextFormat.PlainText)
        self.after_sale = QLabel()
        self.after_sale.setObjectName("done.after_sale")
        self.after_sale.setWordWrap(True)
        self.after_sale.setTextFormat(Qt.TextFormat.PlainText)
        self.after_sale.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.survey_note = QLabel()
        self.survey_note.setObjectName("done.survey_note")
        self.survey_note.setWordWrap(True)
        self.survey_note.setTextFormat(Qt.TextFormat.PlainText)
        # Re-read when a period ends, so its buttons follow the clock on an open page.
        self.period_timer = QTimer(self)
        self.period_timer.setSingleShot(True)
        self.period_timer.timeout.connect(self.refresh_after_sale)
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setObjectName("done.preview")
        self.view.setAccessibleName(translate("DonePage", "Preview of the signed documents"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("submit", translate("DonePage", "Submit for review"), self.submit),
            ("verify", translate("DonePage", "Verify the seal"), self.verify),
            ("print", translate("DonePage", "Print…"), self.print_pack),
            ("export", translate("DonePage", "Export…"), self.export),
            (
                "cancellation_pdf",
                translate("DonePage", "Show the cancellation confirmation"),
                self.show_confirmation,
            ),
            ("cancel", translate("DonePage", "Cancel the sale…"), self.cancel_sale),
            ("survey", translate("DonePage", "Satisfaction survey…"), self.take_survey),
            ("back_to_client", translate("DonePage", "Back to the client"), self.back_to_client),
        ):
            button = QPushButton(text)
            button.setObjectName(f"done.{name}")
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            self.buttons[name] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Pressed: the preview (and print, export, verify) shows the cancellation confirmation.
        self.buttons["cancellation_pdf"].setCheckable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.review_status)
        layout.addWidget(self.after_sale)
        layout.addWidget(self.survey_note)
        layout.addWidget(self.verification)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._hide_after_sale()

    def load(self, case: CaseView, *, show_confirmation: bool = False) -> None:
        self.case = case
        if case.state is CaseState.CANCELLED:
            heading = translate("DonePage", "{name}: sale cancelled")
        else:
            heading = translate("DonePage", "{name}: signed and sealed")
        self.heading.setText(heading.format(name=case.client_name))
        self.verification.clear()
        self._show_review_status(case)
        self.pack, self.confirmation, self.after = ("", b""), None, None
        self._hide_after_sale()
        self.buttons["cancellation_pdf"].setChecked(show_confirmation)
        self._name_confirmation_toggle()
        case_id = case.case_id
        run_op(self, lambda: signing.case_pack(self.ws, self.actor, case_id), self._show_pack)
        self.refresh_after_sale()  # then fetches the confirmation if it is to be shown

    def _show_review_status(self, case: CaseView) -> None:
        # Only the advisor's role submits; others see the state.
        submits = case.state is CaseState.SIGNED and allows(self.actor.role, Permission.CASE_WORK)
        self.buttons["submit"].setVisible(submits)
        self.buttons["submit"].setEnabled(submits)
        texts = {
            CaseState.SIGNED: translate(
                "DonePage",
                "Not yet submitted: give the client their copy, then submit the case for review.",
            ),
            CaseState.SUBMITTED: translate("DonePage", "Submitted: waiting for the supervisor."),
            CaseState.APPROVED: translate("DonePage", "Approved by the supervisor."),
            CaseState.RETURNED: translate(
                "DonePage", "Returned by the supervisor: a new version of the sale was opened."
            ),
            CaseState.REJECTED: translate("DonePage", "Rejected by the supervisor."),
            CaseState.CANCELLED: translate(
                "DonePage", "Cancelled by the client within the period: the sale is void."
            ),
        }
        self.review_status.setText(texts.get(case.state, state_label(case.state.value)))

    def submit(self) -> None:
        case = self.case
        if case is None or case.state is not CaseState.SIGNED:
            return
        self.buttons["submit"].setEnabled(False)
        case_id, version = case.case_id, case.version

        def call() -> CaseView:
            review.submit_case(self.ws, self.actor, case_id, version)
            return cases.get_case(self.ws, self.actor, case_id)

        run_op(self, call, self._submitted, self._submit_failed)

    def _submitted(self, case: CaseView) -> None:
        self.case = case
        self._show_review_status(case)
        self.refresh_after_sale()  # the case's version moved on
        self.case_did_submit.emit(case.case_id)

    def _submit_failed(self, error: UserError) -> None:
        self.buttons["submit"].setEnabled(True)
        messages.show_error(self, error.message)

    def _show_pack(self, pack: tuple[str, bytes]) -> None:
        self.pack = pack
        if not self.showing_confirmation():
            self._display(pack)

    def showing_confirmation(self) -> bool:
        return self.buttons["cancellation_pdf"].isChecked()

    def _display(self, document: tuple[str, bytes]) -> None:
        """Preview ``document`` (the pack or the confirmation, as the toggle says)."""
        self.file_name, self.pdf = document
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        case = self.case
        assert case is not None
        lines = [translate("DonePage", "Signed at {time}").format(time=_local(case.signed_at))]
        digest = case.pack_sha256 or ""
        if self.showing_confirmation():
            lines.append(translate("DonePage", "Shown: the sealed cancellation confirmation."))
            digest = hashlib.sha256(self.pdf).hexdigest()
        lines += [
            translate("DonePage", "File: {name} ({pages} pages)").format(
                name=self.file_name, pages=self.document.pageCount()
            ),
            translate("DonePage", "SHA-256: {digest}").format(digest=digest),
        ]
        cancelled = case.state is CaseState.CANCELLED  # its status line says when and how
        if case.cooling_off_until and not cancelled:
            lines.append(
                translate(
                    "DonePage",
                    "Cooling-off until {time}: no sales contact; the client may cancel.",
                ).format(time=_local(case.cooling_off_until))
            )
        if case.free_look_until and not cancelled:
            lines.append(
                translate("DonePage", "Free-look period until {time}.").format(
                    time=_local(case.free_look_until)
                )
            )
        self.details.setText("\n".join(lines))
        self.verify()

    def verify(self) -> None:
        if self.case is None:
            return
        if self.showing_confirmation():
            self._verify_confirmation()
            return
        case_id = self.case.case_id
        run_op(
            self,
            lambda: signing.verify_case_pack(self.ws, self.actor, case_id),
            self._verified,
            lambda error: self.verification.setText(error.message),
        )

    def _verified(self, result: VerifyResult) -> None:
        if result.valid and result.trusted is not False:
            text = translate(
                "DonePage", "Seal valid: signed by {signer} at {time}; the document is unchanged."
            ).format(signer=result.signer, time=_local(result.signed_at))
            self.verification.setStyleSheet("color: #1b6e20;")
        elif result.valid:
            text = translate(
                "DonePage",
                "The document is unchanged, but it was sealed by a certificate that is not one "
                "of this institution's devices ({signer}).",
            ).format(signer=result.signer)
            self.verification.setStyleSheet("color: #b3261e; font-weight: 600;")
        else:
            text = translate("DonePage", "Seal NOT valid: {problem}").format(problem=result.problem)
            self.verification.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.verification.setText(text)

    def export(self) -> None:
        if not self.pdf:
            return
        folder = choose_export_folder(self)
        if folder is None:
            return
        target = free_path(folder, self.file_name)
        try:
            target.write_bytes(self.pdf)
        except OSError as exc:
            messages.show_error(
                self,
                translate("DonePage", "The file could not be written: {reason}").format(
                    reason=exc.strerror
                ),
            )
            return
        messages.show_info(
            self, translate("DonePage", "Exported to {path}.").format(path=str(target))
        )

    def print_pack(self) -> None:
        if self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(300)  # sharp on paper; 1200 dpi page images would take gigabytes
        if not ask_printer(self, printer):
            return
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(self, translate("DonePage", "The printer could not be started."))
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                painter.drawImage(area.topLeft(), self.document.render(page, size))
        finally:
            painter.end()

    # -- after the sale: cancellation and survey -------------------------------------------

    def _hide_after_sale(self) -> None:
        self.period_timer.stop()
        for name in ("cancel", "cancellation_pdf", "survey"):
            self.buttons[name].hide()
        self.after_sale.hide()
        self.survey_note.hide()

    def refresh_after_sale(self) -> None:
        """Re-read the cancellation terms and the survey (after a change, or a period's end)."""
        case = self.case
        if case is None:
            return
        ws, actor, case_id, until = self.ws, self.actor, case.case_id, case.cooling_off_until
        run_op(
            self,
            lambda: read_after_sale(ws, actor, case_id, until),
            self._show_after_sale,
            lambda error: self.after_sale.setText(error.message),
        )

    def _show_after_sale(self, after: AfterSale) -> None:
        if self.case is None or after.terms.case_id != self.case.case_id:
            return  # a late answer about a case no longer shown
        self.after = after
        terms, role = after.terms, self.actor.role
        cancel_open = terms.open and allows(role, Permission.CASE_CANCEL)
        self.buttons["cancel"].setVisible(cancel_open)
        self.buttons["cancel"].setEnabled(cancel_open)
        record = terms.cancellation
        self.buttons["cancellation_pdf"].setVisible(record is not None)
        if record is not None:
            text = translate(
                "DonePage", "Cancelled on {time}: refund {amount} yuan (ref {reference})."
            ).format(
                time=_local(record.cancelled_at),
                amount=format_money(record.refund_amount),
                reference=record.refund_reference,
            )
            if record.reason:
                text += "\n" + translate("DonePage", "Reason: {reason}").format(
                    reason=record.reason
                )
        elif terms.period is not None and not terms.open:
            text = terms.refusal  # the period has ended
        else:
            text = ""
        self.after_sale.setText(text)
        self.after_sale.setVisible(bool(text))
        self._show_survey(after)
        self._schedule(after)
        if record is not None and self.showing_confirmation() and self.confirmation is None:
            self.show_confirmation(True)

    def _show_survey(self, after: AfterSale) -> None:
        survey = after.survey
        may_survey = (
            after.terms.state in SURVEYED_STATES
            and allows(self.actor.role, Permission.SURVEY_RECORD)
            and survey is None
        )
        button = self.buttons["survey"]
        button.setVisible(may_survey)
        button.setEnabled(may_survey and after.contact_until is None)
        if survey is not None:
            if survey.score is None:
                note = translate("DonePage", "Satisfaction survey: the client declined.")
            else:
                note = translate("DonePage", "Satisfaction survey: {score} of {high}.").format(
                    score=survey.score, high=after_sale_rules().score_max
                )
            if survey.comment:
                note += " " + survey.comment
        elif may_survey and after.contact_until is not None:
            note = translate(
                "DonePage",
                "No contact until {time}: the client is in the cooling-off period, so the "
                "satisfaction survey waits until then.",
            ).format(time=_local(after.contact_until))
        else:
            note = ""
        self.survey_note.setText(note)
        self.survey_note.setVisible(bool(note))

    def _schedule(self, after: AfterSale) -> None:
        """Re-read once the next deadline shown here has passed."""
        moments = [after.contact_until]
        if after.terms.open:
            moments.append(after.terms.deadline)
        future = [m for m in moments if m is not None and m > after.checked_at]
        if not future:
            self.period_timer.stop()
            return
        wait = (min(future) - after.checked_at).total_seconds() * 1000 + 1000
        self.period_timer.start(int(min(wait, MAX_TIMER_MS)))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        show_dialog(dialog)

    def cancel_sale(self) -> None:
        after = self.after
        if after is None or not after.terms.open:
            return
        dialog = CancelDialog(self.ws, self.actor, after.terms, self)
        dialog.cancellation_did_record.connect(self._cancelled)
        self._open(dialog)

    def _cancelled(self, result: CancelledCase) -> None:
        run_op(
            self,
            lambda: cases.get_case(self.ws, self.actor, result.case_id),
            self._reload_cancelled,
        )

    def _reload_cancelled(self, case: CaseView) -> None:
        self.load(case, show_confirmation=True)
        self.case_did_cancel.emit(case.case_id)

    def _name_confirmation_toggle(self) -> None:
        toggle = self.buttons["cancellation_pdf"]
        if toggle.isChecked():
            text = translate("DonePage", "Show the signed pack")
        else:
            text = translate("DonePage", "Show the cancellation confirmation")
        toggle.setText(text)
        toggle.setAccessibleName(text)

    def show_confirmation(self, checked: bool) -> None:
        """Switch the preview between the pack and the cancellation confirmation."""
        self._name_confirmation_toggle()
        if self.case is None:
            return
        if not checked:
            if self.pack[1]:
                self._display(self.pack)
            return
        if self.confirmation is not None:
            self._display(self.confirmation)
            return
        case_id = self.case.case_id
        run_op(
            self,
            lambda: cancellation.cancellation_pdf(self.ws, self.actor, case_id),
            self._show_confirmation,
            self._confirmation_failed,
        )

    def _show_confirmation(self, document: tuple[str, bytes]) -> None:
        self.confirmation = document
        if self.showing_confirmation():
            self._display(document)

    def _confirmation_failed(self, error: UserError) -> None:
        self.buttons["cancellation_pdf"].setChecked(False)
        self._name_confirmation_toggle()
        messages.show_error(self, error.message)

    def _verify_confirmation(self) -> None:
        record = self.after.terms.cancellation if self.after else None
        expected = record.document_sha256 if record else None
        pdf = self.pdf

        def call() -> VerifyResult:
            result = signing.verify_document(self.ws, pdf)
            if expected is not None and hashlib.sha256(pdf).hexdigest() != expected:
                raise UserError(
                    translate(
                        "DonePage",
                        "The stored confirmation does not match the hash recorded at cancellation.",
                    )
                )
            return result

        run_op(self, call, self._verified, lambda error: self.verification.setText(error.message))

    def take_survey(self) -> None:
        after, case = self.after, self.case
        if after is None or case is None or after.contact_until is not None:
            return
        intro = translate(
            "DonePage", "Ask {name} how satisfied they are with the sale of {product}."
        ).format(
            name=case.client_name,
            product=f"{after.terms.product_code} {after.terms.product_name}",
        )
        dialog = SurveyDialog(self.ws, self.actor, AFTER_SIGNING, case.case_id, self, intro=intro)
        dialog.survey_did_record.connect(lambda _view: self.refresh_after_sale())
        self._open(dialog)
