"""The signing step: exactly what is signed, then the client's and the advisor's signatures.

Building and sealing the PDF pack runs in the background; the window stays responsive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import UserError
from app.services import signing
from app.services.context import Actor, Workspace
from app.services.signing import SignedCase, SigningSummary
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder
from ui.widgets.signature_pad import SignatureField


class SigningStep(QWidget):
    signed = Signal(object)  # SignedCase

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signing.page")
        self.ws, self.actor = ws, actor
        self.summary_data: SigningSummary | None = None
        self.form = FormBinder("signing")
        title = QLabel(translate("Signing", "What the client is signing"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("signing.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.client_pad = SignatureField(
            "signing.client_pad", translate("Signing", "Client signature")
        )
        self.advisor_pad = SignatureField(
            "signing.advisor_pad", translate("Signing", "Advisor signature")
        )
        self.form.errors["client_pad"] = self.client_pad.error
        self.form.errors["advisor_pad"] = self.advisor_pad.error
        self.status = QLabel()
        self.status.setObjectName("signing.status")
        self.sign_button = QPushButton(translate("Signing", "Sign and seal the documents"))
        self.sign_button.setObjectName("signing.sign")
        self.sign_button.hide()  # the wizard's nav.next is the visible action
        self.sign_button.clicked.connect(self.sign)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(title)
        column.addWidget(self.summary)
        self.client_caption = QLabel()
        column.addWidget(self.client_caption)
        column.addWidget(self.client_pad)
        self.advisor_caption = QLabel()
        column.addWidget(self.advisor_caption)
        column.addWidget(self.advisor_pad)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    def load(self, summary: SigningSummary) -> None:
        self.summary_data = summary
        self.summary.setText("\n".join(summary.lines))
        self.client_caption.setText(
            translate("Signing", "Client: {name}").format(name=summary.client_name)
        )
        self.advisor_caption.setText(
            translate("Signing", "Advisor: {name}").format(name=summary.advisor_name)
        )
        self.client_pad.pad.clear()
        self.advisor_pad.pad.clear()
        self.form.clear_errors()
        self.status.clear()
        self.sign_button.setEnabled(True)

    def sign(self) -> None:
        if self.summary_data is None or not self.sign_button.isEnabled():
            return  # nothing loaded, or a pack is being built already
        summary = self.summary_data
        client, advisor = self.client_pad.pad.strokes(), self.advisor_pad.pad.strokes()
        self.sign_button.setEnabled(False)
        self.form.clear_errors()
        self.status.setText(translate("Signing", "Building and sealing the documents…"))
        run_op(
            self,
            lambda: signing.sign_case(
                self.ws, self.actor, summary.case_id, summary.version, client, advisor
            ),
            self._signed,
            self._failed,
        )

    def _signed(self, result: SignedCase) -> None:
        self.status.clear()
        self.signed.emit(result)

    def _failed(self, error: UserError) -> None:
        self.status.clear()
        self.sign_button.setEnabled(True)
        self.form.report(self, error)
