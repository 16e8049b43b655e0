"""Settings → Head office: enroll this device, how it stands, sync now, what needs a person.

Administrators enroll with head office's address and the one-time code from
``advisor-desk-server enroll`` and set how often the app syncs; everyone who signs in sees
the status, can sync now and resolves what is theirs.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission, allows
from app.domain.suitability import LOCAL_ZONE
from app.errors import UserError
from app.services import settings, sync
from app.services.context import Actor, Workspace
from ui import messages
from ui.i18n import translate
from ui.labels import role_label
from ui.operations import run_op
from ui.pages.sync_attention_panel import SyncAttentionPanel
from ui.sync_runner import SyncRunner
from ui.widgets.forms import ERROR_STYLE, FormBinder
from ui.widgets.sync_indicator import state_text, when_text


class HeadOfficePanel(QWidget):
    def __init__(
        self, ws: Workspace, actor: Actor, runner: SyncRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("headoffice.panel")
        self.ws, self.actor, self.runner = ws, actor, runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        facts = QFormLayout()
        self.state = self._fact("headoffice.state")
        self.server = self._fact("headoffice.server")
        self.branch = self._fact("headoffice.branch")
        self.last_success = self._fact("headoffice.last_success")
        self.problem = self._fact("headoffice.problem")
        for caption, label in (
            (translate("HeadOffice", "Status"), self.state),
            (translate("HeadOffice", "Head office"), self.server),
            (translate("HeadOffice", "Branch and role"), self.branch),
            (translate("HeadOffice", "Last successful sync"), self.last_success),
            (translate("HeadOffice", "Last problem"), self.problem),
        ):
            facts.addRow(caption, label)
        layout.addLayout(facts)

        actions = QHBoxLayout()
        self.sync_now = QPushButton(translate("HeadOffice", "Sync now"))
        self.sync_now.setObjectName("headoffice.sync_now")
        self.sync_now.clicked.connect(self._sync_now)
        self.result = QLabel()
        self.result.setObjectName("headoffice.result")
        self.result.setWordWrap(True)
        actions.addWidget(self.sync_now)
        actions.addWidget(self.result, 1)
        layout.addLayout(actions)

        self.form = FormBinder("headoffice")
        self.enroll_box: QWidget | None = None
        self.interval = QSpinBox(self)
        self.interval.setObjectName("headoffice.interval")
        self.interval.setAccessibleName(translate("HeadOffice", "Sync every"))
        self.interval.setRange(
            settings.SYNC_INTERVAL_MINUTES.minimum, settings.SYNC_INTERVAL_MINUTES.maximum
        )
        self.interval.setSuffix(translate("HeadOffice", " min"))
        if allows(actor.role, Permission.SETTINGS_MANAGE):
            layout.addWidget(self._enroll_form())
        else:
            self.interval.hide()

        self.attention = SyncAttentionPanel(ws, actor, self)
        self.attention.changed.connect(self.runner.refresh_status)
        layout.addWidget(self.attention)

        runner.started.connect(self._started)
        runner.finished.connect(self._finished)
        runner.status_changed.connect(self.show_status)

    @staticmethod
    def _fact(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _enroll_form(self) -> QWidget:
        box = QWidget()
        self.enroll_box = box
        grid = QFormLayout(box)
        grid.setContentsMargins(0, 8, 0, 0)
        self.server_url = self.form.line_edit(
            "server_url",
            translate("HeadOffice", "Head-office address"),
            placeholder="https://sync.example.com",
            max_length=500,
        )
        self.code = self.form.line_edit(
            "code", translate("HeadOffice", "Enrollment code"), max_length=64
        )
        self.form.add_row(
            grid, "server_url", translate("HeadOffice", "Head-office address"), self.server_url
        )
        self.form.add_row(grid, "code", translate("HeadOffice", "Enrollment code"), self.code)
        self.enroll = QPushButton(translate("HeadOffice", "Enroll this device"))
        self.enroll.setObjectName("headoffice.enroll")
        self.enroll.clicked.connect(self._enroll)
        enroll_row = QHBoxLayout()
        enroll_row.addWidget(self.enroll)
        enroll_row.addStretch(1)
        grid.addRow("", enroll_row)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval)
        apply = QPushButton(translate("HeadOffice", "Apply"))
        apply.setObjectName("headoffice.interval_apply")
        apply.clicked.connect(self._save_interval)
        interval_row.addWidget(apply)
        interval_row.addStretch(1)
        grid.addRow(translate("HeadOffice", "Sync every"), interval_row)
        return box

    # -- status ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.interval.setValue(settings.get_int(self.ws, settings.SYNC_INTERVAL_MINUTES))
        self.runner.refresh_status()
        self.attention.refresh()

    def show_status(self, status: sync.SyncStatus) -> None:
        now = self.ws.now()
        text, _color = state_text(status, now)
        self.state.setText(text)
        self.server.setText(status.server_url or translate("HeadOffice", "not enrolled"))
        self.branch.setText(
            f"{status.branch_name} ({status.branch_code}) · {role_label(status.role)}"
            if status.enrolled
            else "—"
        )
        self.last_success.setText(when_text(status.last_success_at, now))
        problems = [status.last_error_message] if status.last_error_code else []
        if status.rules_problem:
            problems.append(
                translate(
                    "HeadOffice",
                    "Head office's questionnaires and rule packs are not in use (the ones in "
                    "use stay): {problem}",
                ).format(problem=status.rules_problem)
            )
        self.problem.setText("\n".join(problems) or "—")
        self.problem.setStyleSheet(ERROR_STYLE if problems else "")
        self.sync_now.setEnabled(status.enrolled and not self.runner.running)
        if self.enroll_box is not None and status.enrolled and not self.server_url.text():
            self.server_url.setText(status.server_url)

    def _started(self) -> None:
        self.sync_now.setEnabled(False)
        self.result.setText(translate("HeadOffice", "Syncing…"))

    def _finished(self, outcome: object) -> None:
        self.sync_now.setEnabled(True)
        if isinstance(outcome, sync.SyncReport):
            self.result.setText(
                translate(
                    "HeadOffice",
                    "Sent {pushed}, received {pulled}; {unsent} left to send, "
                    "{conflicts} new conflict(s), {rejected} refused.",
                ).format(**outcome.as_json())
            )
        elif isinstance(outcome, sync.SyncFailed):
            self.result.setText(outcome.message)
        self.attention.refresh()

    def _sync_now(self) -> None:
        if not self.runner.sync_now():
            self.result.setText(
                translate("HeadOffice", "A sync is already running; it sends everything.")
            )

    # -- administrators ------------------------------------------------------------------
    def _enroll(self) -> None:
        url, code = self.server_url.text(), self.code.text()
        self.form.clear_errors()
        self.enroll.setEnabled(False)
        run_op(
            self,
            lambda: sync.enroll(self.ws, self.actor, url, code),
            self._enrolled,
            self._enroll_failed,
        )

    def _enroll_failed(self, error: UserError) -> None:
        self.enroll.setEnabled(True)
        self.form.report(self, error)

    def _enrolled(self, result: sync.EnrollResult) -> None:
        self.enroll.setEnabled(True)
        self.code.clear()  # used up
        messages.show_info(
            self,
            translate(
                "HeadOffice",
                "This device is enrolled with {branch} ({role}). Head office's sealing "
                "certificate (SHA-256 {fingerprint}…, valid until {until}) now seals new "
                "documents. The first sync starts now.",
            ).format(
                branch=result.branch_name or result.branch_code,
                role=role_label(result.role),
                fingerprint=result.certificate_fingerprint[:16],
                until=result.certificate_expires.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d"),
            ),
        )
        self.runner.refresh_status()
        self.runner.sync_now()

    def _save_interval(self) -> None:
        minutes = self.interval.value()
        run_op(
            self,
            lambda: settings.set_int(self.ws, self.actor, settings.SYNC_INTERVAL_MINUTES, minutes),
            lambda _: self.runner.set_interval(minutes),
        )
