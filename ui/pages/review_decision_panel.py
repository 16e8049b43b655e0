"""The supervisor's side of a case: the co-sign pad, the comment and the decision buttons.

The panel only draws what the record allows (``open_decisions``); the services decide.
A refusal is shown beside its field, and neither the comment nor the ink is lost.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_flow import CaseState
from app.domain.review import COSIGN_FLAGS, Decision
from app.errors import ValidationFailed
from app.services.review_record import CaseRecord
from ui import labels
from ui.i18n import translate
from ui.widgets.forms import ERROR_STYLE
from ui.widgets.signature_pad import SignatureField

HINT_STYLE = "color: #8c1d18; font-weight: 600;"
PANEL_WIDTH = 520  # the co-sign pad's minimum plus margins


class DecisionPanel(QGroupBox):
    cosign_clicked = Signal()
    decision_clicked = Signal(str)  # a Decision value: approve, return or reject

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReviewDetail", "Decision"), parent)
        self.setObjectName("review.decision_panel")
        # As wide as the co-sign pad needs, shown or not: the layout does not jump.
        self.setMinimumWidth(PANEL_WIDTH)
        self.hint = QLabel(self)
        self.hint.setObjectName("review.hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.cosign_area = QWidget(self)
        self.cosign_area.setObjectName("review.cosign_area")
        self.cosign_field = SignatureField(
            "review.cosign_pad", translate("ReviewDetail", "Supervisor's co-sign"), self.cosign_area
        )
        self.cosign_button = self._button(
            "cosign",
            translate("ReviewDetail", "Co-sign"),
            translate("ReviewDetail", "Co-sign the case"),
        )
        self.cosign_button.setParent(self.cosign_area)
        self.cosign_button.clicked.connect(self.cosign_clicked)
        cosign_column = QVBoxLayout(self.cosign_area)
        cosign_column.setContentsMargins(0, 0, 0, 0)
        cosign_column.addWidget(self.cosign_field)
        cosign_column.addWidget(self.cosign_button, 0, Qt.AlignmentFlag.AlignRight)
        self.comment_caption = QLabel(
            translate("ReviewDetail", "Comment (required to return or reject)"), self
        )
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("review.comment")
        self.comment.setAccessibleName(translate("ReviewDetail", "Comment for the advisor"))
        self.comment.setPlaceholderText(
            translate(
                "ReviewDetail", "What the advisor should correct, or why the case is rejected"
            )
        )
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(70)
        self.comment_caption.setBuddy(self.comment)
        self.comment_error = QLabel(self)
        self.comment_error.setObjectName("review.comment.error")
        self.comment_error.setStyleSheet(ERROR_STYLE)
        self.comment_error.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_error.setWordWrap(True)
        self.comment_error.hide()
        self.comment.textChanged.connect(self.comment_error.hide)
        self.buttons = {
            Decision.APPROVE: self._button(
                "approve",
                translate("ReviewDetail", "Approve"),
                translate("ReviewDetail", "Approve the case"),
            ),
            Decision.RETURN: self._button(
                "return",
                translate("ReviewDetail", "Return to advisor"),
                translate("ReviewDetail", "Return the case to the advisor"),
            ),
            Decision.REJECT: self._button(
                "reject",
                translate("ReviewDetail", "Reject"),
                translate("ReviewDetail", "Reject the case"),
            ),
        }
        row = QHBoxLayout()
        for decision, button in self.buttons.items():
            button.clicked.connect(lambda _=False, d=decision: self.decision_clicked.emit(d.value))
            row.addWidget(button)
        self.status = QLabel(self)
        self.status.setObjectName("review.decision_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Takes the comment box's room once the case is decided: the rest stays at the top.
        self.filler = QWidget(self)
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addWidget(self.cosign_area)
        column.addWidget(self.comment_caption)
        column.addWidget(self.comment, 1)
        column.addWidget(self.comment_error)
        column.addLayout(row)
        column.addWidget(self.status)
        column.addWidget(self.filler, 1)
        order = [
            self.cosign_field.pad,
            self.cosign_button,
            self.comment,
            *self.buttons.values(),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"review.{name}")
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    @property
    def first_widget(self) -> QWidget:
        return self.cosign_field.pad

    def reset(self) -> None:
        """Another case: nothing typed, drawn or reported for the last one stays."""
        self.comment.clear()
        self.cosign_field.pad.clear()
        self.status.clear()
        self.clear_errors()

    def clear_errors(self) -> None:
        self.comment_error.hide()
        self.cosign_field.clear_error()

    def show_state(self, record: CaseRecord | None, busy: bool) -> None:
        """Enable what ``record`` leaves open (nothing while ``busy``) and say why."""
        open_now = record.open_decisions if record is not None else frozenset()
        self.cosign_area.setVisible(Decision.COSIGN in open_now)
        self.cosign_button.setEnabled(not busy and Decision.COSIGN in open_now)
        for decision, button in self.buttons.items():
            button.setEnabled(not busy and decision in open_now)
        decided = record is not None and not open_now
        self.comment.setReadOnly(not open_now)
        self.comment_caption.setHidden(decided)
        self.comment.setHidden(decided)
        self.filler.setVisible(decided)
        self.hint.setText(self._hint(record, open_now))
        self.hint.setStyleSheet(HINT_STYLE if Decision.COSIGN in open_now else "")
        self.buttons[Decision.APPROVE].setToolTip(
            translate("ReviewDetail", "Co-sign first") if Decision.COSIGN in open_now else ""
        )

    @staticmethod
    def _hint(record: CaseRecord | None, open_now: frozenset[Decision]) -> str:
        if record is None:
            return ""
        if record.state is not CaseState.SUBMITTED:
            return translate("ReviewDetail", "This case is {state}: no decision is open.").format(
                state=labels.state_label(record.state.value)
            )
        if Decision.COSIGN in open_now:
            return translate(
                "ReviewDetail",
                "Approval needs your co-sign first: this case has a warning or special-care "
                "flag. Sign on the pad and press Co-sign.",
            )
        if any(f & COSIGN_FLAGS for f in record.flags):
            return translate(
                "ReviewDetail", "Co-signed. You may approve, return or reject the case."
            )
        return translate(
            "ReviewDetail", "Approve the case, return it to the advisor, or reject it."
        )

    def show_refusal(self, error: ValidationFailed) -> list[str]:
        """Each field error beside its field; returns the messages that have no place here."""
        unplaced = []
        for field_error in error.errors:
            if field_error.field in ("comment", "reason"):
                self.comment_error.setText(field_error.message)
                self.comment_error.show()
                self.comment.setFocus()
            elif field_error.field == "cosign_pad":
                self.cosign_field.show_errors([field_error])
            else:
                unplaced.append(field_error.message)
        return unplaced

    def show_done(self, decision: Decision) -> None:
        """The decision is recorded: clear what it used up and say so."""
        notes = {
            Decision.COSIGN: translate("ReviewDetail", "Co-signed."),
            Decision.APPROVE: translate("ReviewDetail", "Approved."),
            Decision.RETURN: translate(
                "ReviewDetail", "Returned: the advisor finds the new version on their home screen."
            ),
            Decision.REJECT: translate("ReviewDetail", "Rejected."),
        }
        if decision is Decision.COSIGN:
            self.cosign_field.pad.clear()
        else:
            self.comment.clear()
        self.status.setText(notes[decision])
