"""The satisfaction survey (1–5 and a comment, or declined), after signing or a complaint.

Reusable: the signed-case page opens it with ``AFTER_SIGNING`` and the case id, the
complaints screen with ``AFTER_COMPLAINT`` and the complaint id. The survey is recorded
off the GUI thread; a refusal (cooling-off, already taken) leaves what was entered.
Names: ``survey.score_<n>``, ``survey.declined``, ``survey.comment``, ``survey.submit``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError, UserError, ValidationFailed
from app.rulebook import after_sale_rules
from app.services import surveys
from app.services.context import Actor, Workspace
from app.services.surveys import SurveyView
from ui import messages
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import ERROR_STYLE


class SurveyDialog(DialogBase):
    """Emits :attr:`survey_did_record` with the stored :class:`SurveyView`, then closes."""

    survey_did_record = Signal(object)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        kind: str,
        subject_id: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__("survey.dialog", parent)
        self.ws, self.actor = ws, actor
        self.kind, self.subject_id = kind, subject_id
        self.busy = False
        self.setWindowTitle(translate("SurveyDialog", "Satisfaction survey"))
        rules = after_sale_rules()
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro, self)
            note.setObjectName("survey.intro")
            note.setWordWrap(True)
            layout.addWidget(note)
        question = QLabel(
            translate(
                "SurveyDialog",
                "How satisfied is the client? ({low} = very dissatisfied, {high} = very satisfied)",
            ).format(low=rules.score_min, high=rules.score_max),
            self,
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        row = QHBoxLayout()
        self.scores = QButtonGroup(self)
        for score in range(rules.score_min, rules.score_max + 1):
            radio = QRadioButton(str(score), self)
            radio.setObjectName(f"survey.score_{score}")
            radio.setAccessibleName(translate("SurveyDialog", "Score {n}").format(n=score))
            self.scores.addButton(radio, score)
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)
        self.score_error = self._error_label("survey.score.error")
        layout.addWidget(self.score_error)
        self.declined = QCheckBox(translate("SurveyDialog", "The client declined to answer"), self)
        self.declined.setObjectName("survey.declined")
        self.declined.setAccessibleName(self.declined.text())
        self.declined.toggled.connect(self._declined_toggled)
        layout.addWidget(self.declined)
        caption = QLabel(translate("SurveyDialog", "Comment (optional)"), self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("survey.comment")
        self.comment.setAccessibleName(translate("SurveyDialog", "Comment"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 5)
        caption.setBuddy(self.comment)
        layout.addWidget(caption)
        layout.addWidget(self.comment)
        self.comment_error = self._error_label("survey.comment.error")
        layout.addWidget(self.comment_error)
        buttons = QDialogButtonBox(self)
        self.submit_button = QPushButton(translate("SurveyDialog", "Record the survey"), self)
        self.submit_button.setObjectName("survey.submit")
        self.submit_button.setAccessibleName(self.submit_button.text())
        self.submit_button.setDefault(True)
        close = QPushButton(translate("SurveyDialog", "Close"), self)
        close.setObjectName("survey.close")
        close.setAccessibleName(close.text())
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.clicked.connect(self.submit)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _declined_toggled(self, declined: bool) -> None:
        # The chosen score is kept (greyed out), so unticking brings it back.
        for radio in self.scores.buttons():
            radio.setEnabled(not declined)
        if declined:
            self.score_error.hide()

    def score(self) -> int | None:
        """The chosen score; ``None`` if the client declined or nothing is chosen."""
        if self.declined.isChecked():
            return None
        chosen = self.scores.checkedId()
        return chosen if chosen >= 0 else None

    def show_errors(self, errors: list[FieldError]) -> None:
        """Field errors beside their fields; anything else in a message box."""
        placed = {"score": self.score_error, "comment": self.comment_error}
        for label in placed.values():
            label.clear()
            label.hide()
        other: list[str] = []
        for error in errors:
            target = placed.get(error.field)
            if target is None:
                other.append(error.message)
                continue
            target.setText(error.message)
            target.show()
        if other:
            messages.show_error(self, "\n".join(other))

    def submit(self) -> None:
        if self.busy:
            return
        score = self.score()
        comment = self.comment.toPlainText()
        problems = []
        if score is None and not self.declined.isChecked():
            rules = after_sale_rules()
            problems.append(
                FieldError(
                    "score",
                    "REQUIRED",
                    translate(
                        "SurveyDialog",
                        "Choose a score from {low} to {high}, or tick that the client declined.",
                    ).format(low=rules.score_min, high=rules.score_max),
                )
            )
        if problems:
            self.show_errors(problems)
            return
        self.show_errors([])
        self._set_busy(True)
        ws, actor, kind, subject_id = self.ws, self.actor, self.kind, self.subject_id
        run_op(
            self,
            lambda: surveys.record_survey(ws, actor, kind, subject_id, score, comment),
            self._recorded,
            self._refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(not busy)

    def _recorded(self, view: SurveyView) -> None:
        self._set_busy(False)
        self.survey_did_record.emit(view)
        self.accept()

    def _refused(self, error: UserError) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            self.show_errors(error.errors)
        else:
            self.show_errors([])
            messages.show_error(self, error.message)

    def reject(self) -> None:
        if self.busy:  # the survey is being stored: its result must find the dialog
            return
        super().reject()
