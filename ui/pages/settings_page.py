"""Settings: language, own password, idle lock (admin), audit check, users (admin)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission, allows
from app.i18n import active_language
from app.services import audit_trail, settings
from app.services.context import Actor, Workspace
from app.store.audit import ChainReport
from ui import messages
from ui.dialogs.password_dialogs import ChangePasswordDialog
from ui.i18n import LANGUAGE_KEY, translate
from ui.labels import chain_problem_label
from ui.operations import run_op
from ui.pages.calendar_panel import CalendarPanel
from ui.pages.devices_panel import DevicesPanel
from ui.pages.head_office_panel import HeadOfficePanel
from ui.pages.users_panel import UsersPanel
from ui.sync_runner import SyncRunner


class SettingsPage(QWidget):
    idle_minutes_did_change = Signal(int)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        runner: SyncRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings.page")
        self.ws, self.actor = ws, actor
        # Every section keeps its natural height; the page scrolls when they do not fit.
        content = QWidget()
        layout = QVBoxLayout(content)
        scroll = QScrollArea(self)
        scroll.setObjectName("settings.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroller = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        title = QLabel(translate("SettingsPage", "Settings"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)

        general = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("settings.language")
        self.language.setAccessibleName(translate("SettingsPage", "Language"))
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(active_language())))
        self.language.activated.connect(self._language_chosen)
        general.addRow(translate("SettingsPage", "Language"), self.language)
        self.change_password = QPushButton(translate("SettingsPage", "Change my password…"))
        self.change_password.setObjectName("settings.change_password")
        self.change_password.clicked.connect(
            lambda: ChangePasswordDialog(self.ws, self.actor, self).exec()
        )
        general.addRow(translate("SettingsPage", "Password"), self.change_password)
        layout.addWidget(self._group(translate("SettingsPage", "General"), general))

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("settings.idle_minutes")
        self.idle_minutes.setAccessibleName(translate("SettingsPage", "Lock after idle minutes"))
        self.idle_minutes.setRange(
            settings.IDLE_LOCK_MINUTES.minimum, settings.IDLE_LOCK_MINUTES.maximum
        )
        self.idle_minutes.setSuffix(translate("SettingsPage", " min"))
        if allows(actor.role, Permission.SETTINGS_MANAGE):
            security = QFormLayout()
            save = QPushButton(translate("SettingsPage", "Apply"))
            save.setObjectName("settings.idle_apply")
            save.clicked.connect(self._save_idle)
            security.addRow(translate("SettingsPage", "Lock after idle"), self.idle_minutes)
            security.addRow("", save)
            layout.addWidget(self._group(translate("SettingsPage", "Security"), security))

        if allows(actor.role, Permission.AUDIT_VERIFY):
            audit = QFormLayout()
            self.verify_button = QPushButton(translate("SettingsPage", "Verify audit trail"))
            self.verify_button.setObjectName("settings.verify_audit")
            self.verify_result = QLabel()
            self.verify_result.setObjectName("settings.verify_result")
            self.verify_result.setWordWrap(True)
            self.verify_button.clicked.connect(self._verify)
            audit.addRow(self.verify_button)
            audit.addRow(self.verify_result)
            layout.addWidget(self._group(translate("SettingsPage", "Audit trail"), audit))

        self.head_office: HeadOfficePanel | None = None
        self.head_office_box: QGroupBox | None = None
        if runner is not None and allows(actor.role, Permission.SYNC):
            self.head_office = HeadOfficePanel(ws, actor, runner)
            self.head_office_box = QGroupBox(translate("SettingsPage", "Head office"))
            QVBoxLayout(self.head_office_box).addWidget(self.head_office)
            layout.addWidget(self.head_office_box)

        self.users_panel: UsersPanel | None = None
        if allows(actor.role, Permission.USER_MANAGE):
            self.users_panel = UsersPanel(ws, actor)
            box = QGroupBox(translate("SettingsPage", "Users"))
            column = QVBoxLayout(box)
            column.addWidget(self.users_panel)
            self.users_panel.setMinimumHeight(260)
            layout.addWidget(box)
        self.calendar_panel: CalendarPanel | None = None
        if allows(actor.role, Permission.CALENDAR_MANAGE):
            self.calendar_panel = CalendarPanel(ws, actor)
            box = QGroupBox(translate("SettingsPage", "Calendar (holidays)"))
            column = QVBoxLayout(box)
            column.addWidget(self.calendar_panel)
            layout.addWidget(box)
        self.devices_panel: DevicesPanel | None = None
        if allows(actor.role, Permission.DEVICE_READ):
            self.devices_panel = DevicesPanel(ws, actor)
            box = QGroupBox(translate("SettingsPage", "Devices"))
            column = QVBoxLayout(box)
            column.addWidget(self.devices_panel)
            layout.addWidget(box)
        layout.addStretch(1)

    @staticmethod
    def _group(title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(form)
        return box

    def refresh(self) -> None:
        self.idle_minutes.setValue(settings.get_int(self.ws, settings.IDLE_LOCK_MINUTES))
        if self.head_office is not None:
            self.head_office.refresh()
        if self.users_panel is not None:
            self.users_panel.refresh()
        if self.devices_panel is not None:
            self.devices_panel.refresh()
        if self.calendar_panel is not None:
            self.calendar_panel.refresh()

    def show_head_office(self) -> None:
        """Scroll to the head-office section (the status bar's sync line opens it)."""
        if self.head_office_box is not None:
            self.scroller.verticalScrollBar().setValue(self.head_office_box.y())

    def _language_chosen(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        messages.show_info(
            self,
            translate("SettingsPage", "The language changes the next time Advisor Desk starts."),
        )

    def _save_idle(self) -> None:
        minutes = self.idle_minutes.value()
        run_op(
            self,
            lambda: settings.set_int(self.ws, self.actor, settings.IDLE_LOCK_MINUTES, minutes),
            lambda _: self.idle_minutes_did_change.emit(minutes),
        )

    def _verify(self) -> None:
        run_op(self, lambda: audit_trail.verify(self.ws, self.actor), self._show_report)

    def _show_report(self, report: ChainReport) -> None:
        if report.ok:
            self.verify_result.setText(
                translate(
                    "SettingsPage", "The audit trail is intact: {n} events, head {h}."
                ).format(n=report.events, h=report.head[:16])
            )
        else:
            self.verify_result.setText(
                translate(
                    "SettingsPage",
                    "The audit trail is BROKEN at event {seq} ({problem}). Report this to "
                    "compliance.",
                ).format(seq=report.first_broken_seq, problem=chain_problem_label(report.problem))
            )
