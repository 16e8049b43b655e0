"""The main window: sidebar navigation, the pages, the lock screen and idle lock."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.domain.roles import Permission, allows
from app.resources import resource_path
from app.services import auth, settings
from app.services.context import Actor, Workspace
from app.services.today import Opens
from ui import messages, verify_file
from ui.i18n import translate
from ui.idle import IdleWatcher
from ui.labels import role_label
from ui.lock_screen import LockScreen
from ui.operations import run_op
from ui.pages.case_page import CasePage
from ui.pages.catalog_page import CatalogPage
from ui.pages.client_form import ClientForm
from ui.pages.clients_page import ClientsPage
from ui.pages.complaint_intake_dialog import ask_new_complaint
from ui.pages.dashboard_page import DashboardPage
from ui.pages.home_page import HomePage
from ui.pages.review_page import ReviewPage
from ui.pages.service_page import ServicePage, shows_service_page
from ui.pages.settings_page import SettingsPage
from ui.sync_runner import SyncRunner
from ui.widgets.sync_indicator import SyncIndicator


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, actor: Actor) -> None:
        super().__init__()
        self.setObjectName("main.window")
        self.ws, self.actor = ws, actor
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self.setWindowTitle(translate("MainWindow", "Advisor Desk"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "advisor-desk.png"))))

        self.home = HomePage(ws, actor)
        self.clients = ClientsPage(ws, actor)
        self.client_form = ClientForm(ws, actor)
        self.case_page = CasePage(ws, actor, self.client_form)
        self.catalog_page = CatalogPage(ws, actor)
        self.sync_runner = SyncRunner(ws, actor, self)
        self.settings_page = SettingsPage(ws, actor, self.sync_runner)
        self.review_page = ReviewPage(ws, actor)
        self.service_page = ServicePage(ws, actor)
        self.dashboard_page = DashboardPage(ws, actor)
        self.pages = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("nav.sidebar")
        self.sidebar.setAccessibleName(translate("MainWindow", "Navigation"))
        self.sidebar.setFixedWidth(180)
        self._nav: list[QWidget] = []
        self._add_nav(translate("MainWindow", "Home"), self.home)
        if allows(actor.role, Permission.CLIENT_READ):
            self._add_nav(translate("MainWindow", "Clients"), self.clients)
        else:
            self.pages.addWidget(self.clients)  # owned by the window, never shown
        if allows(actor.role, Permission.CATALOG_READ):
            self._add_nav(translate("MainWindow", "Products"), self.catalog_page)
        else:
            self.pages.addWidget(self.catalog_page)
        if allows(actor.role, Permission.CASE_REVIEW):
            self._add_nav(translate("MainWindow", "Review"), self.review_page)
        else:
            self.pages.addWidget(self.review_page)
        if allows(actor.role, Permission.KPI_READ):
            self._add_nav(translate("MainWindow", "Dashboard"), self.dashboard_page)
        else:
            self.pages.addWidget(self.dashboard_page)
        if shows_service_page(actor):
            self._add_nav(translate("MainWindow", "After the sale"), self.service_page)
        else:
            self.pages.addWidget(self.service_page)
        self._add_nav(translate("MainWindow", "Settings"), self.settings_page)
        self.pages.addWidget(self.case_page)
        self.sidebar.currentRowChanged.connect(self._nav_changed)
        # Clicking the current row again (say Home, after opening a case from Home) still
        # navigates: currentRowChanged alone would not fire.
        self.sidebar.itemClicked.connect(lambda item: self._nav_clicked(self.sidebar.row(item)))

        work = QWidget()
        row = QHBoxLayout(work)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(ws, actor)
        self.root = QStackedWidget()
        self.root.addWidget(work)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        toolbar = QToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("nav.toolbar")
        toolbar.setMovable(False)
        self.lock_action = QAction(translate("MainWindow", "Lock"), self)
        self.lock_action.setObjectName("nav.lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        toolbar.addAction(self.lock_action)
        self.verify_action = QAction(translate("MainWindow", "Verify a PDF…"), self)
        self.verify_action.setObjectName("nav.verify_pdf")
        self.verify_action.triggered.connect(self.verify_pdf_file)
        toolbar.addAction(self.verify_action)
        self.addToolBar(toolbar)
        self.who = QLabel(
            translate("MainWindow", "{name} ({role})").format(
                name=actor.display_name, role=role_label(actor.role.value)
            )
        )
        self.who.setObjectName("status.user")
        self.sync_indicator = SyncIndicator()
        self.sync_indicator.setVisible(allows(actor.role, Permission.SYNC))
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.who)
        self.sync_runner.started.connect(self.sync_indicator.show_syncing)
        self.sync_runner.status_changed.connect(
            lambda status: self.sync_indicator.show_status(status, self.ws.now())
        )
        self.sync_runner.data_did_change.connect(self._synced_data)
        self.sync_indicator.clicked.connect(self.show_head_office)

        self.home.go_clients.connect(lambda: self.show_page(self.clients))
        self.home.go_new_client.connect(self.new_client)
        self.home.go_settings.connect(lambda: self.show_page(self.settings_page))
        self.clients.open_client.connect(self.open_client)
        self.clients.new_client.connect(self.new_client)
        self.home.open_case.connect(self.open_case)
        self.home.open_item.connect(self.open_today_item)
        self.home.go_new_complaint.connect(self.new_complaint)
        self.client_form.close_requested.connect(lambda: self.show_page(self.clients))
        self.client_form.client_did_save.connect(self._client_saved)
        self.client_form.start_case_requested.connect(self.start_case)
        self.client_form.resume_case_requested.connect(self.open_case)
        self.client_form.edited.connect(self.case_page.onboarding_edited)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.service_page.work_did_change.connect(self.home.refresh)
        self.review_page.case_did_decide.connect(lambda _id: self.home.refresh())

        self.idle = IdleWatcher(settings.get_int(ws, settings.IDLE_LOCK_MINUTES), self)
        self.idle.went_idle.connect(self.lock)
        self.settings_page.idle_minutes_did_change.connect(self.idle.set_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        geometry = QSettings().value("geometry/main.window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self.sidebar.setCurrentRow(0)
        if allows(actor.role, Permission.SYNC):
            self.sync_runner.start()

    def _add_nav(self, text: str, page: QWidget) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.sidebar.addItem(item)
        self.pages.addWidget(page)
        self._nav.append(page)

    def _nav_clicked(self, row: int) -> None:
        if 0 <= row < len(self._nav) and self.pages.currentWidget() is not self._nav[row]:
            self._activate(self._nav[row])

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._nav):
            self._activate(self._nav[row])

    def _activate(self, page: QWidget) -> None:
        if self.pages.currentWidget() is self.case_page and page is not self.case_page:
            self.case_page.leave()
        self.pages.setCurrentWidget(page)
        self.sync_runner.refresh_status()  # what was saved meanwhile waits to be sent
        if page is self.home:
            self.home.refresh()
        elif page is self.clients:
            self.clients.run_search()
            self.clients.search.setFocus()
        elif page is self.settings_page:
            self.settings_page.refresh()
        elif page is self.catalog_page:
            self.catalog_page.refresh()
        elif page is self.review_page:
            self.review_page.refresh()
        elif page is self.service_page:
            self.service_page.refresh()
        elif page is self.dashboard_page:
            self.dashboard_page.refresh()

    def show_page(self, page: QWidget) -> None:
        if page is self.client_form:
            page = self.case_page
        if page in self._nav:
            self.sidebar.setCurrentRow(self._nav.index(page))
            self._activate(page)
        else:
            self.pages.setCurrentWidget(page)

    def show_head_office(self) -> None:
        self.show_page(self.settings_page)
        self.settings_page.show_head_office()

    def _synced_data(self) -> None:
        """Head office's changes arrived: lists on screen show them (forms keep what is
        being typed)."""
        current = self.pages.currentWidget()
        if current is self.home:
            self.home.refresh()
        elif current is self.clients:
            self.clients.run_search()
        elif current is self.review_page:
            self.review_page.refresh()
        elif current is self.service_page:
            self.service_page.refresh()
        elif current is self.catalog_page:
            self.catalog_page.refresh()

    def new_client(self) -> None:
        self.case_page.edit_client(None)
        self.show_page(self.case_page)

    def open_client(self, client_id: str) -> None:
        self.case_page.edit_client(client_id)
        self.show_page(self.case_page)

    def start_case(self, client_id: str) -> None:
        self.case_page.start_case(client_id)
        self.show_page(self.case_page)

    def open_case(self, case_id: str) -> None:
        self.case_page.open_case(case_id)
        self.show_page(self.case_page)

    def open_today_item(self, opens: str, target_id: str) -> None:
        """Open what a line of Home's today list is about."""
        if opens == Opens.CLIENT.value:
            self.open_client(target_id)
        elif opens == Opens.REVIEW.value:
            self.show_page(self.review_page)
        elif opens == Opens.COMPLAINT.value:
            self.show_page(self.service_page)
            self.service_page.open_complaint(target_id)
        elif opens == Opens.VISIT.value:
            self.show_page(self.service_page)
            self.service_page.open_visit(target_id)
        elif opens == Opens.SETTINGS.value:
            self.show_page(self.settings_page)
        elif opens == Opens.HEAD_OFFICE.value:
            self.show_head_office()
        elif opens == Opens.FOLLOW_UPS.value:
            self.show_page(self.service_page)
            self.service_page.show_follow_ups()

    def new_complaint(self) -> None:
        """Take a complaint: on the complaints tab where the role handles them, else in the
        intake form alone."""
        if shows_service_page(self.actor) and self.service_page.complaints is not None:
            self.show_page(self.service_page)
            self.service_page.new_complaint()
        elif ask_new_complaint(self, self.ws, self.actor) is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "The complaint was taken in."), 5000
            )
            self.home.refresh()

    def _client_saved(self, _client_id: str) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Saved."), 5000)
        self.sync_runner.refresh_status()
        self.clients.model.refresh()

    def verify_pdf_file(self) -> None:
        """Check the seal of any PDF the user opens (a pack from e-mail, a print, a copy)."""
        path = verify_file.choose_pdf_to_verify(self)
        if path is None:
            return
        run_op(self, lambda: verify_file.verify_file(self.ws, path), self._show_verification)

    def _show_verification(self, text: str) -> None:
        messages.show_info(self, text)

    # -- locking -----------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything personal, close the database and forget the key."""
        if self.locked:
            return
        self.case_page.flush_now()  # what was typed is saved before the key is dropped
        self.sync_runner.pause()
        self.locked = True
        self.lock_action.setEnabled(False)
        self.idle.pause()
        self._hidden_windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and not w.isHidden()
        ]
        for window in self._hidden_windows:
            window.hide()
        self.client_form.hide_revealed()
        self.clients.model.clear()
        self.review_page.clear()
        self.service_page.clear()
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_screen.password.setFocus()
        auth.lock(self.ws, self.actor)

    def _unlocked(self) -> None:
        self.locked = False
        self.lock_action.setEnabled(True)
        self.root.setCurrentIndex(0)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        current = self.pages.currentWidget()
        if current is self.clients:
            self.clients.run_search()
        elif current is self.home:
            self.home.refresh()
        elif current is self.review_page:
            self.review_page.refresh()
        elif current is self.service_page:
            self.service_page.refresh()
        self.case_page.resume_after_unlock()
        self.idle.resume()
        if allows(self.actor.role, Permission.SYNC):
            self.sync_runner.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("geometry/main.window", self.saveGeometry())
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.pause()
        self.sync_runner.pause()
        if self.ws.db.is_open:
            self.case_page.flush_now()
            auth.logout(self.ws, self.actor)
        super().closeEvent(event)
