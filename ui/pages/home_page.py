"""Home: who is signed in, where, and the next things to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from app.services import cases, catalog, clients, review_decisions
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.labels import outcome_label, role_label, state_label
from ui.operations import run_op


class HomePage(QWidget):
    go_clients = Signal()
    go_new_client = Signal()
    go_settings = Signal()
    open_case = Signal(str)

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
                button.clicked.connect(signal)
                grid.addWidget(button, 0, grid.count())
        self.cases_title = QLabel(translate("HomePage", "Cases in progress"))
        self.cases_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.cases = QListWidget()
        self.cases.setObjectName("home.open_cases")
        self.cases.setAccessibleName(translate("HomePage", "Cases in progress"))
        self.cases.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.role)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        self.returned_title = QLabel(translate("HomePage", "Returned by your supervisor"))
        self.returned_title.setStyleSheet("font-size: 13pt; font-weight: 600; color: #b3261e;")
        self.returned = QListWidget()
        self.returned.setObjectName("home.returned_cases")
        self.returned.setAccessibleName(translate("HomePage", "Returned by your supervisor"))
        self.returned.setMaximumHeight(140)
        self.returned.setWordWrap(True)
        self.returned.itemActivated.connect(self._open)
        self.to_submit_title = QLabel(translate("HomePage", "Signed, to submit for review"))
        self.to_submit_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.to_submit = QListWidget()
        self.to_submit.setObjectName("home.to_submit")
        self.to_submit.setAccessibleName(translate("HomePage", "Signed, to submit for review"))
        self.to_submit.setMaximumHeight(120)
        self.to_submit.itemActivated.connect(self._open)
        for section in (self.returned_title, self.returned, self.to_submit_title, self.to_submit):
            layout.addWidget(section)
            section.hide()
        layout.addWidget(self.cases_title)
        layout.addWidget(self.cases, 1)
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
        works = allows(actor.role, Permission.CASE_WORK)
        self.cases_title.setVisible(works)
        self.cases.setVisible(works)
        if not works:
            layout.addStretch(1)

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

    def _show_review_lists(self) -> None:
        self.returned.clear()
        for returned in review_decisions.returned_cases(self.ws, self.actor):
            item = QListWidgetItem(
                translate(
                    "HomePage", "{client} {product} — returned by {by} on {time}: {comment}"
                ).format(
                    client=returned.client_name,
                    product=returned.product_code,
                    by=returned.returned_by,
                    time=returned.returned_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M"),
                    comment=returned.comment,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, returned.case_id)
            self.returned.addItem(item)
        self.to_submit.clear()
        for case in cases.cases_to_submit(self.ws, self.actor):
            item = QListWidgetItem(
                translate("HomePage", "{name} {product} — signed {time}").format(
                    name=case.client_name,
                    product=case.product_code or "",
                    time=case.updated_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M"),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, case.case_id)
            self.to_submit.addItem(item)
        for title, widget in (
            (self.returned_title, self.returned),
            (self.to_submit_title, self.to_submit),
        ):
            title.setVisible(widget.count() > 0)
            widget.setVisible(widget.count() > 0)

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

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case.emit(str(case_id))

    def refresh(self) -> None:
        if allows(self.actor.role, Permission.CASE_WORK):
            self.cases.clear()
            for case in cases.open_cases(self.ws, self.actor):
                text = translate("HomePage", "{name} — {state} — saved {time}").format(
                    name=case.client_name,
                    state=state_label(case.state.value),
                    time=case.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case.case_id)
                self.cases.addItem(item)
            if self.cases.count() == 0:
                empty = QListWidgetItem(translate("HomePage", "No case in progress."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.cases.addItem(empty)
            self._show_notices()
            self._show_review_lists()
        if allows(self.actor.role, Permission.CLIENT_READ):
            count = clients.count_clients(self.ws, self.actor, "")
            self.summary.setText(translate("HomePage", "Clients you can see: {n}").format(n=count))
        else:
            self.summary.setText(
                translate("HomePage", "Your role does not work with client records.")
            )
