"""Running service calls off the GUI thread.

:func:`run_op` runs ``fn`` on the global ``QThreadPool`` and delivers its result (or its
exception) back on the GUI thread. A :class:`~app.errors.UserError` is shown as a message
(or handed to ``on_failure``); anything else is a bug and goes to the crash path. Widgets
are never touched from the worker.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import UserError
from ui import messages
from ui.crash import handle_exception


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_running: set[_Relay] = set()


def pending_operations() -> int:
    """How many operations have not delivered yet (tests wait for 0)."""
    return len(_running)


def run_op(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[UserError], None] | None = None,
) -> None:
    """Run ``fn`` in the background; call back on the GUI thread. Shows a busy cursor."""
    relay = _Relay()
    _running.add(relay)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def finish() -> None:
        _running.discard(relay)
        QApplication.restoreOverrideCursor()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, UserError):
            if on_failure is not None:
                on_failure(exc)
            else:
                messages.show_error(parent, exc.message)
        else:
            handle_exception(type(exc), exc, exc.__traceback__)

    relay.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def run_now(fn: Callable[[], Any]) -> Any:
    """Run a quick call on the GUI thread, routing UserErrors the same way (for tiny reads)."""
    try:
        return fn()
    except UserError as exc:
        messages.show_error(QApplication.activeWindow(), exc.message)
        return None
    except Exception:
        handle_exception(*sys.exc_info())
        return None
