"""The global crash path: every uncaught exception is logged and shown, never swallowed.

``sys.excepthook`` (and ``threading.excepthook``) log the traceback and open a dialog with
copyable details; ``faulthandler`` writes hard crashes to a file in the logs folder.
User-facing errors (:class:`app.errors.UserError`) get a plain message box instead.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.logs import scrub
from ui.i18n import translate

log = logging.getLogger(__name__)
_fault_file: IO[str] | None = None


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash.dialog")
        self.setWindowTitle(translate("Crash", "Advisor Desk ran into a problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "Crash",
                    "Something went wrong that should not have. What you saved is safe; "
                    "the step you were on may not have finished. The details below are in "
                    "the log as well — copy them for your support desk.",
                )
            )
        )
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash.details")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("Crash", "Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("Crash", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.setObjectName("crash.copy")
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def show_crash(details: str) -> None:
    """Open the crash dialog (patched out in tests)."""
    if QApplication.instance() is None:
        return
    CrashDialog(details).exec()


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = scrub("".join(traceback.format_exception(kind, value, tb)))
    if isinstance(value, UserError):
        log.warning("user error escaped to the top: %s", kind.__name__)
    else:
        log.error("uncaught exception:\n%s", details)
    show_crash(details)


def install_crash_handlers(log_folder: Path) -> None:
    global _fault_file
    log_folder.mkdir(parents=True, exist_ok=True)
    _fault_file = open(log_folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_fault_file)
    sys.excepthook = handle_exception

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not None and args.exc_value is not None:
            log.error("uncaught exception in thread %s", args.thread.name if args.thread else "")
            details = scrub(
                "".join(
                    traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
                )
            )
            log.error("%s", details)

    threading.excepthook = thread_hook
