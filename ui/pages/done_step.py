"""A signed case: its sealed pack — preview, print, export, verify — and its deadlines."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.seal import VerifyResult
from app.domain.case_flow import CaseState
from app.domain.suitability import LOCAL_ZONE
from app.errors import UserError
from app.services import cases, review, signing
from app.services.cases import CaseView
from app.services.context import Actor, Workspace
from ui import messages
from ui.i18n import translate
from ui.labels import state_label
from ui.operations import run_op


def choose_export_folder(parent: QWidget) -> Path | None:
    """Ask where to export (patched in tests)."""
    name = QFileDialog.getExistingDirectory(parent, translate("DonePage", "Export to folder"))
    return Path(name) if name else None


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog (patched in tests)."""
    dialog = QPrintDialog(printer, parent)
    return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)


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


class DonePage(QWidget):
    back_to_client = Signal()
    case_did_submit = Signal(str)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done.page")
        self.ws, self.actor = ws, actor
        self.case: CaseView | None = None
        self.file_name = ""
        self.pdf = b""
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
            ("back_to_client", translate("DonePage", "Back to the client"), self.back_to_client),
        ):
            button = QPushButton(text)
            button.setObjectName(f"done.{name}")
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            self.buttons[name] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.review_status)
        layout.addWidget(self.verification)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def load(self, case: CaseView) -> None:
        self.case = case
        self.heading.setText(
            translate("DonePage", "{name}: signed and sealed").format(name=case.client_name)
        )
        self.verification.clear()
        self._show_review_status(case)
        case_id = case.case_id
        run_op(self, lambda: signing.case_pack(self.ws, self.actor, case_id), self._show_pack)

    def _show_review_status(self, case: CaseView) -> None:
        signed = case.state is CaseState.SIGNED
        self.buttons["submit"].setVisible(signed)
        self.buttons["submit"].setEnabled(signed)
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
        self.case_did_submit.emit(case.case_id)

    def _submit_failed(self, error: UserError) -> None:
        self.buttons["submit"].setEnabled(True)
        messages.show_error(self, error.message)

    def _show_pack(self, pack: tuple[str, bytes]) -> None:
        self.file_name, self.pdf = pack
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(self.pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        case = self.case
        assert case is not None
        lines = [
            translate("DonePage", "Signed at {time}").format(time=_local(case.signed_at)),
            translate("DonePage", "File: {name} ({pages} pages)").format(
                name=self.file_name, pages=self.document.pageCount()
            ),
            translate("DonePage", "SHA-256: {digest}").format(digest=case.pack_sha256 or ""),
        ]
        if case.cooling_off_until:
            lines.append(
                translate(
                    "DonePage",
                    "Cooling-off until {time}: no sales contact; the client may cancel.",
                ).format(time=_local(case.cooling_off_until))
            )
        if case.free_look_until:
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
