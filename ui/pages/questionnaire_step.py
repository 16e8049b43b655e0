"""The risk questionnaire step: reuse a valid assessment, or let the client answer.

The answering panel faces the client: large type, one question at a time, progress,
back and forward; forward stays disabled until the question is answered. The result
page faces the advisor: level, horizon, varieties, inconsistency warnings to resolve or
confirm, and the client's confirmation of a level change. Option widgets are named
``questionnaire.q<N>.<LETTER>``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.questionnaire import Question, text_of
from app.domain.suitability import LOCAL_ZONE
from app.errors import UserError
from app.rulebook import questionnaire
from app.services import assessments, cases
from app.services.assessments import AssessmentView, Preview
from app.services.cases import CaseView
from app.services.context import Actor, Workspace
from ui import labels
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder

CLIENT_FONT_PT = 16


class _OptionLabel(QLabel):
    """A wrapped option text that toggles its button when clicked."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.button.click()
        super().mousePressEvent(event)


class QuestionnaireStep(QWidget):
    assessment_ready = Signal(object)  # CaseView, once the case has its assessment
    changed = Signal()  # something worth autosaving
    leave_backwards = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaire.page")
        self.ws, self.actor = ws, actor
        self.q = questionnaire()
        self.case: CaseView | None = None
        self.latest: AssessmentView | None = None
        self.preview_result: Preview | None = None
        self.index = 0  # 0..len-1 questions, len = capacity page
        self.capacity: str | None = None
        self.buttons: dict[tuple[int, str], QAbstractButton] = {}
        self.groups: dict[int, QButtonGroup] = {}
        self.form = FormBinder("questionnaire")

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_intro())
        self.client_panel = self._build_client_panel()
        self.stack.addWidget(self.client_panel)
        self.stack.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- building ----------------------------------------------------------------------
    def _build_intro(self) -> QWidget:
        page = QWidget()
        self.existing = QLabel()
        self.existing.setObjectName("questionnaire.existing")
        self.existing.setWordWrap(True)
        self.limit = QLabel()
        self.limit.setObjectName("questionnaire.limit")
        self.limit.setWordWrap(True)
        self.limit.setStyleSheet("color: #b3261e;")
        self.use_existing = QPushButton(translate("Questionnaire", "Use this assessment"))
        self.use_existing.setObjectName("questionnaire.use_existing")
        self.use_existing.clicked.connect(self._use_existing)
        self.start_new = QPushButton(translate("Questionnaire", "Take the questionnaire"))
        self.start_new.setObjectName("questionnaire.start_new")
        self.start_new.clicked.connect(lambda: self._show_question(0))
        self.skip = QPushButton(
            translate("Questionnaire", "Skip: professional investor (treated as C5)")
        )
        self.skip.setObjectName("questionnaire.skip_professional")
        self.skip.clicked.connect(self._skip)
        column = QVBoxLayout(page)
        title = QLabel(translate("Questionnaire", "Risk tolerance assessment"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        column.addWidget(title)
        column.addWidget(self.existing)
        column.addWidget(self.limit)
        row = QHBoxLayout()
        for button in (self.use_existing, self.start_new, self.skip):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _build_client_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("questionnaire.client_panel")
        font = panel.font()
        font.setPointSize(CLIENT_FONT_PT)
        panel.setFont(font)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("questionnaire.progress_text")
        self.progress = QProgressBar()
        self.progress.setObjectName("questionnaire.progress")
        self.progress.setAccessibleName(translate("Questionnaire", "Progress"))
        self.progress.setRange(0, len(self.q.questions))
        self.progress.setFormat("%v / %m")
        self.questions = QStackedWidget()
        for question in self.q.questions:
            self.questions.addWidget(self._question_page(question))
        self.questions.addWidget(self._capacity_page())
        self.prev_button = QPushButton(translate("Questionnaire", "◀ Previous"))
        self.prev_button.setObjectName("questionnaire.prev")
        self.prev_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(translate("Questionnaire", "Next ▶"))
        self.next_button.setObjectName("questionnaire.next")
        self.next_button.clicked.connect(self.go_next)
        hint = QLabel(text_of(self.q.instructions))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555; font-size: 11pt;")
        column = QVBoxLayout(panel)
        column.addWidget(hint)
        column.addWidget(self.progress_text)
        column.addWidget(self.progress)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        column.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.prev_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        column.addLayout(row)
        return panel

    def _question_page(self, question: Question) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        text = QLabel(f"{question.number}. {text_of(question.text)}")
        text.setObjectName(f"questionnaire.q{question.number}.text")
        text.setWordWrap(True)
        text.setStyleSheet(f"font-weight: 600; font-size: {CLIENT_FONT_PT + 2}pt;")
        column.addWidget(text)
        if question.multi:
            column.addWidget(QLabel(translate("Questionnaire", "(choose all that apply)")))
        group = QButtonGroup(page)
        group.setExclusive(not question.multi)
        self.groups[question.number] = group
        for option in question.options:
            option_text = text_of(option.text)
            button: QAbstractButton = (
                QCheckBox(option.letter) if question.multi else QRadioButton(option.letter)
            )
            button.setObjectName(f"questionnaire.q{question.number}.{option.letter}")
            button.setAccessibleName(f"{option.letter}. {option_text}")
            group.addButton(button)
            button.toggled.connect(self._answer_changed)
            self.buttons[(question.number, option.letter)] = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(_OptionLabel(option_text, button), 1)
            column.addLayout(row)
        column.addStretch(1)
        return page

    def _capacity_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        text = QLabel(text_of(self.q.capacity_text))
        text.setWordWrap(True)
        text.setStyleSheet(f"font-weight: 600; font-size: {CLIENT_FONT_PT + 2}pt;")
        column.addWidget(text)
        self.capacity_group = QButtonGroup(page)
        self.capacity_buttons: dict[str, QRadioButton] = {}
        for value, texts in self.q.capacity_options.items():
            button = QRadioButton()
            button.setObjectName(f"questionnaire.capacity.{value}")
            button.setAccessibleName(text_of(texts))
            self.capacity_group.addButton(button)
            button.toggled.connect(self._answer_changed)
            self.capacity_buttons[value] = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(_OptionLabel(text_of(texts), button), 1)
            column.addLayout(row)
        column.addStretch(1)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_text = QLabel()
        self.result_text.setObjectName("questionnaire.result")
        self.result_text.setWordWrap(True)
        self.result_text.setStyleSheet("font-size: 13pt;")
        self.warnings_text = QLabel()
        self.warnings_text.setObjectName("questionnaire.warnings")
        self.warnings_text.setWordWrap(True)
        self.warnings_text.setStyleSheet("color: #8a5300;")
        self.note = self.form.line_edit(
            "warnings_note",
            translate("Questionnaire", "What the client confirmed about the inconsistencies"),
            max_length=500,
        )
        self.note.textChanged.connect(lambda _t: self.changed.emit())
        self.level_change = self.form.checkbox(
            "level_change_confirmed",
            translate("Questionnaire", "The client confirms the change of risk level"),
        )
        self.submit_button = QPushButton(translate("Questionnaire", "Submit the assessment"))
        self.submit_button.setObjectName("questionnaire.submit")
        self.submit_button.clicked.connect(self.submit)
        self.review_button = QPushButton(translate("Questionnaire", "Back to the answers"))
        self.review_button.setObjectName("questionnaire.review")
        self.review_button.clicked.connect(lambda: self._show_question(len(self.q.questions) - 1))
        column = QVBoxLayout(page)
        title = QLabel(translate("Questionnaire", "Assessment result (for the advisor)"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        column.addWidget(title)
        column.addWidget(self.result_text)
        column.addWidget(self.warnings_text)
        self.note_caption = QLabel(
            translate("Questionnaire", "What the client confirmed about the inconsistencies")
        )
        column.addWidget(self.note_caption)
        column.addWidget(self.note)
        column.addWidget(self.form.error_label("warnings_note"))
        column.addWidget(self.level_change)
        column.addWidget(self.form.error_label("level_change_confirmed"))
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        column.addLayout(row)
        column.addStretch(1)
        return page

    # -- state ------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for question in self.q.questions:
            chosen = [
                o.letter
                for o in question.options
                if self.buttons[(question.number, o.letter)].isChecked()
            ]
            if not chosen:
                continue
            result[str(question.number)] = chosen if question.multi else chosen[0]
        return result

    def _capacity_value(self) -> str | None:
        return next((v for v, b in self.capacity_buttons.items() if b.isChecked()), None)

    def draft(self) -> dict[str, Any]:
        return {
            "answers": self.answers(),
            "index": self.index,
            "civil_capacity": self._capacity_value(),
            "note": self.note.text(),
            "level_change_confirmed": self.level_change.isChecked(),
            "page": self.stack.currentIndex(),
        }

    def _set_answers(self, answers: dict[str, Any]) -> None:
        # An exclusive group refuses to uncheck its last button: lift it while restoring.
        for group in self.groups.values():
            group.setExclusive(False)
        for button in self.buttons.values():
            button.blockSignals(True)
            button.setChecked(False)
        for key, value in answers.items():
            for letter in value if isinstance(value, list) else [value]:
                chosen = self.buttons.get((int(key), str(letter)))
                if chosen is not None:
                    chosen.setChecked(True)
        for number, group in self.groups.items():
            group.setExclusive(not self.q.question(number).multi)
        for button in self.buttons.values():
            button.blockSignals(False)

    def load(self, case: CaseView, latest: AssessmentView | None, blocked_text: str) -> None:
        """Show the step for ``case``: restore its draft, or offer the valid assessment."""
        self.case, self.latest = case, latest
        draft = case.draft.get("questionnaire", {})
        self._set_answers(draft.get("answers", {}))
        capacity = draft.get("civil_capacity")
        self.capacity_group.setExclusive(False)
        for value, button in self.capacity_buttons.items():
            button.setChecked(value == capacity)
        self.capacity_group.setExclusive(True)
        self.note.setText(draft.get("note", ""))
        self.level_change.setChecked(bool(draft.get("level_change_confirmed", False)))
        self.form.clear_errors()
        if latest is None:
            self.existing.setText(
                translate("Questionnaire", "The client has no risk assessment yet.")
            )
        else:
            state = (
                translate("Questionnaire", "valid until {date}")
                if latest.valid
                else translate("Questionnaire", "expired on {date}")
            ).format(date=latest.expires_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d"))
            soon = (
                " " + translate("Questionnaire", "It expires within 30 days.")
                if latest.expiring_soon
                else ""
            )
            self.existing.setText(
                translate(
                    "Questionnaire",
                    "Latest assessment: {level} (score {score}), taken {date}, {state}.",
                ).format(
                    level=labels.level_label(latest.level),
                    score=latest.score,
                    date=latest.assessed_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d"),
                    state=state,
                )
                + soon
            )
        self.use_existing.setVisible(latest is not None and latest.valid)
        self.skip.setVisible(case.investor_class == "professional")
        self.limit.setText(blocked_text)
        self.limit.setVisible(bool(blocked_text))
        self.start_new.setEnabled(not blocked_text)
        page = int(draft.get("page", 0))
        # Left on the (unsubmitted) result page: resume at the last question, one Next
        # from the result, rather than at the start with every answer to page through.
        unsubmitted = page == 2 and case.assessment_id is None
        if (page == 1 or unsubmitted) and not blocked_text:
            self._show_question(int(draft.get("index", 0)))
        else:
            self.stack.setCurrentIndex(0)
            self.index = 0

    # -- navigation --------------------------------------------------------------------
    def _answered(self, index: int) -> bool:
        if index >= len(self.q.questions):
            return self._capacity_value() is not None
        number = index + 1
        return any(
            self.buttons[(number, o.letter)].isChecked() for o in self.q.question(number).options
        )

    def _show_question(self, index: int) -> None:
        self.index = index
        self.stack.setCurrentWidget(self.client_panel)
        self.questions.setCurrentIndex(index)
        total = len(self.q.questions)
        if index < total:
            self.progress_text.setText(
                translate("Questionnaire", "Question {n} of {total}").format(
                    n=index + 1, total=total
                )
            )
            self.progress.setValue(index)
        else:
            self.progress_text.setText(translate("Questionnaire", "One more question"))
            self.progress.setValue(total)
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self._answered(self.index))

    def _answer_changed(self, _checked: bool) -> None:
        self._update_buttons()
        self.changed.emit()

    def on_intro(self) -> bool:
        return self.stack.currentIndex() == 0

    def on_result(self) -> bool:
        return self.stack.currentIndex() == 2

    def can_go_next(self) -> bool:
        if self.on_intro():
            return self.start_new.isEnabled()
        if self.stack.currentWidget() is self.client_panel:
            return self._answered(self.index)
        return self.on_result()

    def go_next(self) -> None:
        if self.on_result():
            self.submit()
            return
        if self.on_intro():
            if self.start_new.isEnabled():
                self._show_question(0)
            return
        if self.stack.currentWidget() is not self.client_panel or not self._answered(self.index):
            return
        total = len(self.q.questions)
        if self.index < total - 1:
            self._show_question(self.index + 1)
            return
        self._score(capacity=self._capacity_value() if self.index == total else None)

    def go_back(self) -> None:
        if self.on_result():
            self._show_question(len(self.q.questions) - 1)
        elif self.stack.currentWidget() is self.client_panel and self.index > 0:
            self._show_question(self.index - 1)
        elif self.stack.currentWidget() is self.client_panel:
            self.stack.setCurrentIndex(0)
            self.changed.emit()
        else:
            self.leave_backwards.emit()

    # -- scoring and submitting -----------------------------------------------------------
    def _score(self, capacity: str | None) -> None:
        assert self.case is not None
        client_id, answers = self.case.client_id, self.answers()
        run_op(
            self,
            lambda: assessments.preview(self.ws, self.actor, client_id, answers, capacity),
            self._show_preview,
        )

    def _show_preview(self, preview: Preview) -> None:
        if preview.needs_capacity:
            self._show_question(len(self.q.questions))
            return
        self.preview_result = preview
        r = preview.result
        lines = [
            translate("Questionnaire", "Score: {score} of 100").format(score=r.score),
            translate("Questionnaire", "Risk level: {level}").format(
                level=labels.level_label(r.level)
            ),
            translate("Questionnaire", "Investment horizon: {h}").format(
                h=labels.horizon_label(r.horizon)
            ),
            translate("Questionnaire", "Intended varieties: {v}").format(
                v=", ".join(labels.variety_label(v) for v in r.varieties)
            ),
        ]
        if r.lowest_category:
            lines.append(
                translate(
                    "Questionnaire",
                    "Lowest risk category: only R1 products may be offered.",
                )
            )
        if preview.previous_level and preview.previous_level != r.level:
            lines.append(
                translate(
                    "Questionnaire", "Previous level: {old}. The client must confirm the change."
                ).format(old=labels.level_label(preview.previous_level))
            )
        self.result_text.setText("\n".join(lines))
        warnings = [f"• {w.message}" for w in r.warnings]
        self.warnings_text.setText(
            translate(
                "Questionnaire",
                "Inconsistent answers — correct them with the client, or record what the client "
                "confirmed:",
            )
            + "\n"
            + "\n".join(warnings)
            if warnings
            else ""
        )
        for widget in (self.warnings_text, self.note, self.note_caption):
            widget.setVisible(bool(warnings))
        self.level_change.setVisible(
            bool(preview.previous_level and preview.previous_level != r.level)
        )
        self.form.clear_errors()
        self.stack.setCurrentIndex(2)
        self.changed.emit()

    def submit(self) -> None:
        if self.case is None or self.preview_result is None or not self.submit_button.isEnabled():
            return  # nothing to submit, or being submitted already
        case, answers = self.case, self.answers()
        capacity = self._capacity_value() if self.preview_result.result.level == "C1" else None
        note, confirmed = self.note.text(), self.level_change.isChecked()
        self.submit_button.setEnabled(False)

        def call() -> CaseView:
            view = assessments.submit_assessment(
                self.ws,
                self.actor,
                case.client_id,
                answers,
                civil_capacity=capacity,
                warnings_note=note,
                level_change_confirmed=confirmed,
                case_id=case.case_id,
            )
            current = cases.get_case(self.ws, self.actor, case.case_id)
            return cases.use_assessment(
                self.ws, self.actor, case.case_id, current.version, view.assessment_id
            )

        run_op(self, call, self._submitted, self._failed)

    def _submitted(self, case: CaseView) -> None:
        self.submit_button.setEnabled(True)
        self.case = case
        self.assessment_ready.emit(case)

    def _failed(self, error: UserError) -> None:
        self.submit_button.setEnabled(True)
        self.form.report(self, error)

    def _use_existing(self) -> None:
        self._attach(self.latest.assessment_id if self.latest else None)

    def _skip(self) -> None:
        self._attach(None)

    def _attach(self, assessment_id: str | None) -> None:
        assert self.case is not None
        case_id = self.case.case_id

        def call() -> CaseView:
            current = cases.get_case(self.ws, self.actor, case_id)
            return cases.use_assessment(
                self.ws, self.actor, case_id, current.version, assessment_id
            )

        run_op(self, call, self._submitted)
