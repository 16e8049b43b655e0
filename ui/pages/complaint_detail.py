"""One complaint as its handler works on it: who and what, the clocks, the history, and
the next steps (acknowledge, assign, extend, decide, inform, close).

Each step's button is enabled only when the services would allow it for the signed-in
user (``ComplaintDetail.actions``); the services still decide. A refusal appears beside
its field; what was typed stays, also when another complaint is opened and this one is
opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.complaint_clock import MAX_EXTENSIONS, Urgency
from app.errors import FieldError, UserError, ValidationFailed
from app.services import complaint_actions, complaints
from app.services.complaints import INFORM_CHANNELS, ComplaintDetail
from app.services.context import Actor, Workspace
from ui import labels, messages
from ui.i18n import translate
from ui.operations import run_op
from ui.pages.complaint_labels import (
    DONE_STYLE,
    OVERDUE_STYLE,
    category_label,
    channel_label,
    event_text,
    local_time,
    status_label,
    urgency_label,
    urgency_style,
)
from ui.widgets.forms import FormBinder

# Service field → this form's field (objectName ``service.<field>``).
FIELDS = {
    "handler": "complaint_handler",
    "reason": "complaint_extension_reason",
    "resolution": "complaint_resolution",
    "root_cause": "complaint_root_cause",
    "channel": "complaint_inform_channel",
}


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComplaintPanel(QWidget):
    """The open complaint (``service.complaint_*``) and its next steps."""

    complaint_did_change = Signal(str)  # a step was recorded
    complaint_did_close = Signal(str)
    survey_requested = Signal(str)  # the survey button: the tab opens the survey

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service.complaint_detail")
        self.ws, self.actor = ws, actor
        self.detail: ComplaintDetail | None = None
        self._token = 0
        self._busy = False
        self._closed_pending = ""
        self._drafts: dict[str, dict[str, str]] = {}  # typed, not yet saved, per complaint
        self.form = FormBinder("service")

        self.heading = QLabel(translate("Complaints", "Choose a complaint in the list."))
        self.heading.setObjectName("service.complaint_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.values: dict[str, QLabel] = {}
        facts = QFormLayout()
        for key, caption in (
            ("status", translate("Complaints", "Status")),
            ("channel", translate("Complaints", "Channel")),
            ("received", translate("Complaints", "Received on")),
            ("case", translate("Complaints", "Advisor complained about")),
            ("handler", translate("Complaints", "Handler")),
        ):
            self.values[key] = _value_label(f"service.complaint_{key}")
            facts.addRow(caption, self.values[key])
        clocks = QFormLayout()
        for key, caption in (
            ("acknowledge_by", translate("Complaints", "Acknowledge by")),
            ("decide_by", translate("Complaints", "Decide and inform by")),
            ("base_decide_by", translate("Complaints", "Base 15-day deadline")),
            ("internal_target", translate("Complaints", "Internal target (7 working days)")),
        ):
            self.values[key] = _value_label(f"service.complaint_{key}")
            clocks.addRow(caption, self.values[key])
        self.clocks_box = QGroupBox(translate("Complaints", "Deadlines"))
        self.clocks_box.setLayout(clocks)
        self.description = QPlainTextEdit()
        self.description.setObjectName("service.complaint_description")
        self.description.setAccessibleName(translate("Complaints", "The client's description"))
        self.description.setReadOnly(True)
        self.description.setMaximumHeight(110)
        self.outcome = _value_label("service.complaint_outcome")
        self.events = QListWidget()
        self.events.setObjectName("service.complaint_events")
        self.events.setAccessibleName(translate("Complaints", "History of the complaint"))
        self.events.setWordWrap(True)
        self.events.setMinimumHeight(110)

        record = QWidget()
        column = QVBoxLayout(record)
        column.addWidget(self.heading)
        column.addLayout(facts)
        column.addWidget(self.clocks_box)
        column.addWidget(QLabel(translate("Complaints", "The client's words")))
        column.addWidget(self.description)
        column.addWidget(self.outcome)
        column.addWidget(QLabel(translate("Complaints", "History")))
        column.addWidget(self.events, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(record)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        layout.addWidget(self._steps(), 2)
        self.show_detail(None)

    # -- the steps ---------------------------------------------------------------------------
    def _button(self, action: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"service.complaint_{action}")
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _field(self, layout: QVBoxLayout, caption: str, widget: QWidget, field: str) -> None:
        widget.setObjectName(f"service.{field}")
        widget.setAccessibleName(caption)
        self.form.inputs[field] = widget
        label = QLabel(caption)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)
        layout.addWidget(self.form.error_label(field))

    def _steps(self) -> QGroupBox:
        box = QGroupBox(translate("Complaints", "Next steps"))
        box.setObjectName("service.complaint_steps")
        column = QVBoxLayout(box)
        self.acknowledge_button = self._button(
            "acknowledge", translate("Complaints", "Receipt acknowledged"), self.acknowledge
        )
        column.addWidget(self.acknowledge_button)

        self.handler = QComboBox()
        self._field(column, translate("Complaints", "Handler"), self.handler, FIELDS["handler"])
        self.assign_button = self._button("assign", translate("Complaints", "Assign"), self.assign)
        column.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignRight)

        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(translate("Complaints", "Why more time is needed"))
        self._field(
            column,
            translate("Complaints", "Reason for an extension"),
            self.reason,
            FIELDS["reason"],
        )
        self.extend_hint = QLabel()
        self.extend_hint.setObjectName("service.complaint_extend_hint")
        self.extend_hint.setWordWrap(True)
        self.extend_hint.setStyleSheet("color: #5f6368;")
        column.addWidget(self.extend_hint)
        self.extend_button = self._button(
            "extend", translate("Complaints", "Extend the period"), self.extend
        )
        column.addWidget(self.extend_button, 0, Qt.AlignmentFlag.AlignRight)

        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setMaximumHeight(90)
        self._field(
            column, translate("Complaints", "Decision"), self.resolution, FIELDS["resolution"]
        )
        self.root_cause = QLineEdit()
        self.root_cause.setMaxLength(500)
        self._field(
            column, translate("Complaints", "Root cause"), self.root_cause, FIELDS["root_cause"]
        )
        self.decide_button = self._button(
            "decide", translate("Complaints", "Record the decision"), self.decide
        )
        column.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignRight)

        self.inform_channel = QComboBox()
        self.inform_channel.addItem(translate("Complaints", "— choose —"), "")
        for code in INFORM_CHANNELS:
            self.inform_channel.addItem(channel_label(code), code)
        self._field(
            column,
            translate("Complaints", "Client told by"),
            self.inform_channel,
            FIELDS["channel"],
        )
        self.inform_button = self._button(
            "inform", translate("Complaints", "Client told the decision"), self.inform
        )
        column.addWidget(self.inform_button, 0, Qt.AlignmentFlag.AlignRight)

        self.close_button = self._button(
            "close", translate("Complaints", "Close the complaint"), self.close_complaint
        )
        self.survey_button = self._button(
            "survey", translate("Complaints", "Satisfaction survey…"), self._survey_requested
        )
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.survey_button)
        column.addLayout(row)
        column.addStretch(1)
        return box

    # -- loading -------------------------------------------------------------------------------
    @property
    def complaint_id(self) -> str:
        return self.detail.complaint_id if self.detail else ""

    def load(self, complaint_id: str) -> None:
        """Read the complaint in the background; an older answer is dropped."""
        self._token += 1
        token = self._token
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: complaints.get_complaint(ws, actor, complaint_id),
            lambda detail: self._loaded(token, detail),
            lambda error: self._load_failed(token, error),
        )

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.complaint_id)

    def clear(self) -> None:
        """Forget the open complaint and every draft (the app is locking)."""
        self._token += 1
        self._drafts.clear()
        self.detail = None
        self._set_drafts({})
        self.show_detail(None)

    def _loaded(self, token: int, detail: ComplaintDetail) -> None:
        if token != self._token:
            return
        self.show_detail(detail)
        if detail.complaint_id == self._closed_pending and detail.closed_at is not None:
            self._closed_pending = ""
            self.complaint_did_close.emit(detail.complaint_id)

    def _load_failed(self, token: int, error: UserError) -> None:
        if token == self._token:
            self.show_detail(None)
            messages.show_error(self, error.message)

    def _typed(self) -> dict[str, str]:
        return {
            "reason": self.reason.text(),
            "resolution": self.resolution.toPlainText(),
            "root_cause": self.root_cause.text(),
        }

    def _set_drafts(self, typed: dict[str, str]) -> None:
        self.reason.setText(typed.get("reason", ""))
        self.resolution.setPlainText(typed.get("resolution", ""))
        self.root_cause.setText(typed.get("root_cause", ""))

    def show_detail(self, detail: ComplaintDetail | None) -> None:
        previous_id = self.detail.complaint_id if self.detail else ""
        new_id = detail.complaint_id if detail else ""
        if previous_id != new_id:
            # What was typed for one complaint waits for it; the other's draft comes back.
            if previous_id:
                self._drafts[previous_id] = self._typed()
            self._set_drafts(self._drafts.pop(new_id, {}) if new_id else {})
            self.form.clear_errors()
            self.handler.clear()  # the choice made for another complaint does not carry over
        self.detail = detail
        self._show_record(detail)
        self._show_steps(detail)

    def _show_record(self, d: ComplaintDetail | None) -> None:
        self.events.clear()
        if d is None:
            self.heading.setText(translate("Complaints", "Choose a complaint in the list."))
            for label in self.values.values():
                label.clear()
            self.description.clear()
            self.outcome.clear()
            self.clocks_box.setEnabled(False)
            return
        self.clocks_box.setEnabled(True)
        self.heading.setText(
            translate("Complaints", "{client} ({id}) — {category}").format(
                client=d.client_name, id=d.client_id_masked, category=category_label(d.category)
            )
        )
        v = self.values
        v["status"].setText(status_label(d.status))
        v["channel"].setText(channel_label(d.channel))
        v["received"].setText(
            translate("Complaints", "{time} by {name}").format(
                time=local_time(d.received_at), name=d.received_by
            )
        )
        v["case"].setText(
            d.subject_name if d.case_id else translate("Complaints", "No case linked")
        )
        v["handler"].setText(d.handler_name or translate("Complaints", "Not assigned yet"))
        self._clock(v["acknowledge_by"], d.acknowledge_by, d.acknowledgement, d.acknowledged_at)
        self._clock(v["decide_by"], d.decide_by, d.decision, d.decided_at)
        if d.extension_level:
            v["decide_by"].setText(
                v["decide_by"].text()
                + "  "
                + translate("Complaints", "(extension {level} of {most})").format(
                    level=d.extension_level, most=MAX_EXTENSIONS
                )
            )
        v["base_decide_by"].setText(local_time(d.base_decide_by))
        v["internal_target"].setText(local_time(d.internal_target))
        self.description.setPlainText(d.description)
        if d.resolution:
            self.outcome.setText(
                translate("Complaints", "Decision: {resolution}\nRoot cause: {cause}").format(
                    resolution=d.resolution, cause=d.root_cause
                )
            )
        else:
            self.outcome.clear()
        for event in d.events:
            item = QListWidgetItem(event_text(event), self.events)
            item.setData(Qt.ItemDataRole.UserRole, event.kind)

    @staticmethod
    def _clock(label: QLabel, due: datetime, urgency: Urgency, done_at: datetime | None) -> None:
        if done_at is not None:
            late = done_at > due
            text = translate("Complaints", "{due} — done {done}").format(
                due=local_time(due), done=local_time(done_at)
            )
            if late:
                text += "  " + translate("Complaints", "(late)")
            label.setText(text)
            label.setStyleSheet(OVERDUE_STYLE if late else DONE_STYLE)
            return
        label.setText(f"{local_time(due)} — {urgency_label(urgency)}")
        label.setStyleSheet(urgency_style(urgency))

    def _show_steps(self, d: ComplaintDetail | None) -> None:
        actions = d.actions if d and not self._busy else frozenset()
        self.acknowledge_button.setEnabled("acknowledge" in actions)
        current = self.handler.currentData()
        self.handler.clear()
        if d is not None:
            for choice in d.handler_choices:
                self.handler.addItem(
                    f"{choice.display_name} ({labels.role_label(choice.role.value)})",
                    choice.user_id,
                )
            wanted = current or d.handler_user_id or self.actor.user_id
            self.handler.setCurrentIndex(max(self.handler.findData(wanted), 0))
        for widget, action in (
            (self.handler, "assign"),
            (self.assign_button, "assign"),
            (self.reason, "extend"),
            (self.extend_button, "extend"),
            (self.resolution, "decide"),
            (self.root_cause, "decide"),
            (self.decide_button, "decide"),
            (self.inform_channel, "inform"),
            (self.inform_button, "inform"),
            (self.close_button, "close"),
        ):
            widget.setEnabled(action in actions)
        self.extend_hint.setText(self._extend_hint(d))
        self.survey_button.setEnabled(
            d is not None and d.closed_at is not None and not d.survey_taken and not self._busy
        )

    def _extend_hint(self, d: ComplaintDetail | None) -> str:
        if d is None or d.closed_at is not None or d.resolution:
            return ""
        if d.extension_level >= 2:
            return translate("Complaints", "Both extensions are used.")
        if d.extension_level == 1 and "extend" not in d.actions:
            return translate(
                "Complaints", "A further 30 days need a supervisor's approval: ask a supervisor."
            )
        if d.extension_level == 1:
            return translate("Complaints", "A further 30 days, with your approval.")
        return translate("Complaints", "Complex cases: up to 30 days in all.")

    # -- steps ---------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], done: Callable[[], None] | None = None) -> None:
        if self.detail is None or self._busy:
            return
        complaint_id = self.detail.complaint_id
        self._busy = True
        self._show_steps(self.detail)
        self.form.clear_errors()

        def succeeded(_: Any) -> None:
            self._busy = False
            if done is not None:
                done()
            self.complaint_did_change.emit(complaint_id)
            if self.complaint_id == complaint_id:
                self.load(complaint_id)

        def failed(error: UserError) -> None:
            self._busy = False
            self._show_steps(self.detail)
            if isinstance(error, ValidationFailed):
                error = ValidationFailed(
                    [
                        FieldError(FIELDS.get(e.field, e.field), e.rule, e.message)
                        for e in error.errors
                    ]
                )
            self.form.report(self, error)
            if not isinstance(error, ValidationFailed):
                self.reload()  # it changed elsewhere meanwhile: show what is open now

        run_op(self, fn, succeeded, failed)

    def acknowledge(self) -> None:
        ws, actor, cid = self.ws, self.actor, self.complaint_id
        self._run(lambda: complaint_actions.acknowledge(ws, actor, cid))

    def assign(self) -> None:
        ws, actor, cid = self.ws, self.actor, self.complaint_id
        handler = str(self.handler.currentData() or "")
        self._run(lambda: complaint_actions.assign(ws, actor, cid, handler))

    def extend(self) -> None:
        ws, actor, cid = self.ws, self.actor, self.complaint_id
        reason = self.reason.text()
        self._run(lambda: complaint_actions.extend(ws, actor, cid, reason), self.reason.clear)

    def decide(self) -> None:
        ws, actor, cid = self.ws, self.actor, self.complaint_id
        resolution, cause = self.resolution.toPlainText(), self.root_cause.text()

        def done() -> None:
            self.resolution.clear()
            self.root_cause.clear()

        self._run(lambda: complaint_actions.decide(ws, actor, cid, resolution, cause), done)

    def inform(self) -> None:
        ws, actor, cid = self.ws, self.actor, self.complaint_id
        channel = str(self.inform_channel.currentData() or "")
        self._run(
            lambda: complaint_actions.inform(ws, actor, cid, channel),
            lambda: self.inform_channel.setCurrentIndex(0),
        )

    def close_complaint(self) -> None:
        if self.detail is None:
            return
        if not messages.ask(
            self,
            translate(
                "Complaints", "Close this complaint? Nothing about it can change afterwards."
            ),
        ):
            return
        ws, actor, cid = self.ws, self.actor, self.complaint_id

        def done() -> None:
            self._closed_pending = cid  # said once the closed complaint is shown

        self._run(lambda: complaint_actions.close(ws, actor, cid), done)

    def _survey_requested(self) -> None:
        if self.detail is not None:
            self.survey_requested.emit(self.detail.complaint_id)
