"""Home: who is signed in, the next things to do today, and rating-change notices."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission, allows
from app.domain.suitability import LOCAL_ZONE
from app.services import catalog, clients, today
from app.services.context import Actor, Workspace
from app.services.today import Kind, Opens, TodayItem
from ui.i18n import translate
from ui.labels import outcome_label, role_label, state_label
from ui.operations import run_op

URGENT = {
    Kind.CALENDAR_GAP,
    Kind.SYNC_STALE,
    Kind.SYNC_REFUSED,
    Kind.COMPLAINT_OVERDUE,
    Kind.COMPLAINT_ACK_OVERDUE,
    Kind.VISIT_OVERDUE,
    Kind.RETURNED,
}
SOON = {
    Kind.SYNC_CONFLICTS,
    Kind.COMPLAINT_DUE_TODAY,
    Kind.VISIT_DUE,
    Kind.FOLLOW_UP,
    Kind.ASSESSMENT_EXPIRING,
}


def _time(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M") if moment else ""


def item_text(item: TodayItem) -> str:
    """One line of the today list."""
    when = _time(item.due)
    texts = {
        Kind.CALENDAR_GAP: translate(
            "HomePage",
            "The holiday calendar has no public holidays for {who}: complaint deadlines "
            "would count them as working days. Add them in Settings → Calendar.",
        ),
        Kind.SYNC_STALE: translate(
            "HomePage",
            "{who} changes have not reached head office since {when}: connect to the "
            "network and sync.",
        ),
        Kind.SYNC_REFUSED: translate(
            "HomePage", "Head office refused {who} change(s): see why in Settings → Head office"
        ),
        Kind.SYNC_CONFLICTS: translate(
            "HomePage", "{who} sync conflict(s) to resolve: choose which value to keep"
        ),
        Kind.COMPLAINT_OVERDUE: translate(
            "HomePage", "Complaint of {who}: decision overdue since {when}"
        ),
        Kind.COMPLAINT_ACK_OVERDUE: translate(
            "HomePage", "Complaint of {who}: not acknowledged within 24 hours"
        ),
        Kind.COMPLAINT_DUE_TODAY: translate("HomePage", "Complaint of {who}: due today ({when})"),
        Kind.VISIT_OVERDUE: translate("HomePage", "Return visit to {who}: overdue since {when}"),
        Kind.VISIT_DUE: translate("HomePage", "Return visit to {who}: due by {when}"),
        Kind.FOLLOW_UP: translate(
            "HomePage", "Return visit to {who} found a problem: follow it up"
        ),
        Kind.REVIEW_WAITING: translate("HomePage", "{who} cases waiting for your review"),
        Kind.RETURNED: translate("HomePage", "Returned by your supervisor — {who}: {detail}"),
        Kind.TO_SUBMIT: translate("HomePage", "Signed, to submit for review — {who}"),
        Kind.ASSESSMENT_EXPIRING: translate(
            "HomePage", "Risk assessment of {who} expires on {when}"
        ),
        Kind.DRAFT: translate("HomePage", "{who} — {detail} — saved {when}"),
    }
    detail = state_label(item.detail) if item.kind is Kind.DRAFT else item.detail
    return texts[item.kind].format(who=item.subject, when=when, detail=detail)


class HomePage(QWidget):
    go_clients = Signal()
    go_new_client = Signal()
    go_settings = Signal()
    go_new_complaint = Signal()
    open_case = Signal(str)
    open_item = Signal(str, str)  # (Opens value, target id) for everything but cases

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home.page")
        self.ws, self.actor = ws, actor
        self.greeting = QLabel(
            translate("HomePage", "Welcome, {name}").format(name=actor.display_name)
        )
        self.greeting.setObjectName("home.greeting")
        self.greeting.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.role = QLabel(
            translate("HomePage", "Role: {role}").format(role=role_label(actor.role.value))
        )
        self.summary = QLabel()
        self.summary.setObjectName("home.summary")
        grid = QGridLayout()
        actions = (
            (
                Permission.CLIENT_READ,
                "home.find_client",
                translate("HomePage", "Find a client"),
                self.go_clients,
            ),
            (
                Permission.CLIENT_WRITE,
                "home.new_client",
                translate("HomePage", "New client"),
                self.go_new_client,
            ),
            (
                Permission.COMPLAINT_INTAKE,
                "home.new_complaint",
                translate("HomePage", "Take a complaint…"),
                self.go_new_complaint,
            ),
            (
                Permission.USER_MANAGE,
                "home.manage_users",
                translate("HomePage", "Manage users"),
                self.go_settings,
            ),
        )
        for permission, name, text, signal in actions:
            if allows(actor.role, permission):
                button = QPushButton(text)
                button.setObjectName(name)
                button.setAccessibleName(text)
                button.clicked.connect(signal)
                grid.addWidget(button, 0, grid.count())
        self.today_title = QLabel(translate("HomePage", "Today"))
        self.today_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.today = QListWidget()
        self.today.setObjectName("home.today")
        self.today.setAccessibleName(translate("HomePage", "Today"))
        self.today.setWordWrap(True)
        self.today.setSpacing(3)
        self.today.itemActivated.connect(self._open)
        self.items: list[TodayItem] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.role)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.today_title)
        layout.addWidget(self.today, 1)
        self.notices_title = QLabel(translate("HomePage", "Clients to notify of a rating change"))
        self.notices_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.notices = QListWidget()
        self.notices.setObjectName("home.rating_notices")
        self.notices.setAccessibleName(
            translate("HomePage", "Clients to notify of a rating change")
        )
        self.notices.setMaximumHeight(140)
        self.notified_button = QPushButton(translate("HomePage", "Mark the client as told"))
        self.notified_button.setObjectName("home.mark_notified")
        self.notified_button.clicked.connect(self._mark_notified)
        layout.addWidget(self.notices_title)
        layout.addWidget(self.notices)
        layout.addWidget(self.notified_button)
        for widget in (self.notices_title, self.notices, self.notified_button):
            widget.hide()

    def _show_notices(self) -> None:
        notices = catalog.pending_notices(self.ws, self.actor)
        self.notices.clear()
        for notice in notices:
            item = QListWidgetItem(
                translate("HomePage", "{client}: product risk {old} → {new}, now {outcome}").format(
                    client=notice.client_name,
                    old=notice.old_risk,
                    new=notice.new_risk,
                    outcome=outcome_label(notice.outcome),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, notice.notice_id)
            item.setToolTip("\n".join(notice.reasons))
            self.notices.addItem(item)
        for widget in (self.notices_title, self.notices, self.notified_button):
            widget.setVisible(bool(notices))

    def _mark_notified(self) -> None:
        item = self.notices.currentItem()
        if item is None:
            return
        notice_id = str(item.data(Qt.ItemDataRole.UserRole))
        run_op(
            self,
            lambda: catalog.mark_notified(self.ws, self.actor, notice_id),
            lambda _r: self._show_notices(),
        )

    def _open(self, row_item: QListWidgetItem) -> None:
        index = self.today.row(row_item)
        if not 0 <= index < len(self.items):
            return
        item = self.items[index]
        if item.opens is Opens.CASE:
            self.open_case.emit(item.target_id)
        else:
            self.open_item.emit(item.opens.value, item.target_id)

    def _show_today(self, items: list[TodayItem]) -> None:
        self.items = items
        self.today.clear()
        for entry in items:
            row = QListWidgetItem(item_text(entry))
            row.setData(Qt.ItemDataRole.UserRole, entry.target_id)
            if entry.kind in URGENT:
                row.setForeground(QBrush(QColor("#b3261e")))
            elif entry.kind in SOON:
                row.setForeground(QBrush(QColor("#8a5a00")))
            self.today.addItem(row)
        if not items:
            empty = QListWidgetItem(translate("HomePage", "Nothing due today."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.today.addItem(empty)

    def refresh(self) -> None:
        run_op(self, lambda: today.today(self.ws, self.actor), self._show_today)
        if allows(self.actor.role, Permission.CASE_WORK):
            self._show_notices()
        if allows(self.actor.role, Permission.CLIENT_READ):
            count = clients.count_clients(self.ws, self.actor, "")
            self.summary.setText(translate("HomePage", "Clients you can see: {n}").format(n=count))
        else:
            self.summary.setText(
                translate("HomePage", "Your role does not work with client records.")
            )
