"""Verifying a PDF the user opens: the seal, the signer, the time, whether it changed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.suitability import LOCAL_ZONE
from app.errors import UserError
from app.services import signing
from app.services.context import Workspace
from ui.i18n import translate


def choose_pdf_to_verify(parent: QWidget) -> Path | None:
    """Ask for a PDF (patched in tests)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("VerifyFile", "Verify a PDF"), "", translate("VerifyFile", "PDF (*.pdf)")
    )
    return Path(name) if name else None


def _local(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S") if moment else "—"


def verify_file(ws: Workspace, path: Path) -> str:
    """The verification of ``path`` as the user reads it (runs off the GUI thread)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise UserError(
            translate("VerifyFile", "{name} cannot be read: {reason}").format(
                name=path.name, reason=exc.strerror
            )
        ) from None
    result = signing.verify_document(ws, content)
    head = (
        translate("VerifyFile", "{name}: the seal is valid and the document is unchanged.")
        if result.valid
        else translate("VerifyFile", "{name}: NOT valid — {problem}").format(
            name=path.name, problem=result.problem
        )
    ).format(name=path.name)
    lines = [
        head,
        translate("VerifyFile", "Signer: {signer}").format(signer=result.signer or "—"),
        translate("VerifyFile", "Signed at: {time}").format(time=_local(result.signed_at)),
        translate("VerifyFile", "SHA-256: {digest}").format(digest=result.sha256),
        translate("VerifyFile", "Certificate: {fingerprint}").format(
            fingerprint=result.fingerprint or "—"
        ),
    ]
    if result.sealed and result.trusted is False:
        lines.insert(
            1,
            translate(
                "VerifyFile",
                "The certificate is not one of this institution's devices: the document is "
                "intact, but its origin is not confirmed.",
            ),
        )
    return "\n".join(lines)
