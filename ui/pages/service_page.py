"""After the sale: return visits, complaints and the follow-ups of visit problems.

One page with a tab per kind of work; each role sees the tabs it acts on (service staff:
visits and complaints; supervisors: complaints and follow-ups).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.roles import Permission, allows
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.pages.complaints_tab import ComplaintsTab
from ui.pages.return_visits_tab import ReturnVisitsTab
from ui.pages.visit_follow_ups import VisitFollowUpsPanel


def shows_service_page(actor: Actor) -> bool:
    return any(
        allows(actor.role, p)
        for p in (Permission.RETURN_VISIT, Permission.COMPLAINT_HANDLE, Permission.VISIT_FOLLOW_UP)
    )


class ServicePage(QWidget):
    work_did_change = Signal()  # home's today list and the dashboard may change

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service.page")
        self.ws, self.actor = ws, actor
        title = QLabel(translate("ServicePage", "After the sale"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("service.tabs")
        self.tabs.setAccessibleName(translate("ServicePage", "After-sale work"))
        self.visits: ReturnVisitsTab | None = None
        self.complaints: ComplaintsTab | None = None
        self.follow_ups: VisitFollowUpsPanel | None = None
        if allows(actor.role, Permission.RETURN_VISIT):
            self.visits = ReturnVisitsTab(ws, actor, self.tabs)
            self.visits.visit_did_record.connect(lambda _id: self._changed())
            self.tabs.addTab(self.visits, translate("ServicePage", "Return visits"))
        if allows(actor.role, Permission.COMPLAINT_HANDLE):
            self.complaints = ComplaintsTab(ws, actor, self.tabs)
            self.complaints.complaint_did_change.connect(lambda _id: self._changed())
            self.tabs.addTab(self.complaints, translate("ServicePage", "Complaints"))
        if allows(actor.role, Permission.VISIT_FOLLOW_UP):
            self.follow_ups = VisitFollowUpsPanel(ws, actor, self.tabs)
            self.follow_ups.follow_up_did_save.connect(lambda _id: self._changed())
            self.tabs.addTab(self.follow_ups, translate("ServicePage", "Return-visit problems"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _changed(self) -> None:
        self.work_did_change.emit()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, ReturnVisitsTab | ComplaintsTab | VisitFollowUpsPanel):
            current.refresh()

    def open_visit(self, case_id: str) -> None:
        if self.visits is not None:
            self.tabs.setCurrentWidget(self.visits)
            self.visits.open_visit(case_id)

    def open_complaint(self, complaint_id: str) -> None:
        if self.complaints is not None:
            self.tabs.setCurrentWidget(self.complaints)
            self.complaints.open_complaint(complaint_id)

    def show_follow_ups(self) -> None:
        if self.follow_ups is not None:
            self.tabs.setCurrentWidget(self.follow_ups)
            self.follow_ups.refresh()

    def new_complaint(self, client_id: str | None = None, case_id: str | None = None) -> bool:
        """Take a complaint on the complaints tab; ``False`` if this role has no such tab."""
        if self.complaints is None:
            return False
        self.tabs.setCurrentWidget(self.complaints)
        self.complaints.new_complaint(client_id, case_id)
        return True

    def clear(self) -> None:
        """Forget what is on screen (the app locks)."""
        for tab in (self.visits, self.complaints, self.follow_ups):
            if tab is not None:
                tab.clear()
