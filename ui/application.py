"""Starting the GUI: language, logging, crash path, single instance, setup or login."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.i18n import SUPPORTED_LANGUAGES, set_language
from app.logs import configure_logging
from app.resources import resource_path
from app.store.home import DataHome
from app.store.instance_lock import AlreadyRunning, InstanceLock
from ui import messages
from ui.crash import install_crash_handlers
from ui.i18n import LANGUAGE_KEY, install_translators, translate

if TYPE_CHECKING:
    from app.services.context import Actor, Workspace

# Startup imports only what the first dialog needs: the database stack (SQLAlchemy,
# Alembic) loads in the background while the user types the password.
log = logging.getLogger(__name__)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with our names, language and icon (idempotent in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName("AdvisorDesk")
    app.setApplicationName("Advisor Desk")
    app.setApplicationDisplayName("Advisor Desk")
    icon = resource_path("icons", "advisor-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not os.environ.get("ADVISOR_DESK_LANG"):
        stored = QSettings().value(LANGUAGE_KEY)
        if stored in SUPPORTED_LANGUAGES:
            set_language(str(stored))
    install_translators(app)
    return app


def sign_in(home: DataHome) -> tuple[Workspace, Actor] | None:
    """First-run setup or the login dialog; None if the user gave up."""
    from ui.dialogs.login_dialog import LoginDialog

    if not home.is_set_up():
        from ui.dialogs.setup_dialog import SetupDialog

        if home.vault.exists() != home.database.exists():
            messages.show_error(
                None,
                translate(
                    "Application",
                    "The data folder {folder} is incomplete: one of the database and its key "
                    "file is missing. Restore it from a backup or contact your support desk.",
                ).format(folder=str(home.root)),
            )
            return None
        setup = SetupDialog(home)
        if not setup.exec() or setup.result_value is None:
            return None
        return setup.result_value.workspace, setup.result_value.actor
    login = LoginDialog(home)
    if not login.exec() or login.result_value is None:
        return None
    return login.result_value.workspace, login.result_value.actor


def run_gui(argv: list[str]) -> int:
    app = create_application([sys.argv[0], *argv])
    home = DataHome.default()
    home.ensure()
    configure_logging(home.logs)
    install_crash_handlers(home.logs)
    lock = InstanceLock(home.root)
    try:
        lock.acquire()
    except AlreadyRunning:
        messages.show_error(
            None,
            translate(
                "Application",
                "Advisor Desk is already open on this computer. Switch to that window.",
            ),
        )
        return 1
    try:
        signed_in = sign_in(home)
        if signed_in is None:
            return 0
        ws, actor = signed_in
        from app.domain.rulepack import RulePackError
        from app.rulebook import load_all
        from app.services import auth
        from ui.main_window import MainWindow

        try:
            load_all()  # after sign-in: the login window stays fast to appear
        except RulePackError as exc:
            log.error("rule pack refused: %s", exc)
            messages.show_error(
                None,
                translate(
                    "Application",
                    "The suitability rules cannot be used, so no sale can be checked. "
                    "File: {file}; key: {key}; problem: {problem}. Reinstall Advisor Desk or "
                    "contact your support desk.",
                ).format(file=exc.file, key=exc.key, problem=exc.problem),
            )
            auth.logout(ws, actor)
            return 1

        window = MainWindow(ws, actor)
        window.show()
        log.info("main window shown")
        code = app.exec()
        if ws.db.is_open:
            auth.logout(ws, actor)
        return code
    finally:
        lock.release()
