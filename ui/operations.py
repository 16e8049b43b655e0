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

from PySide6 import QtCore
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import UserError
from ui import messages
from ui.crash import handle_exception

# ``QtCore.Qt`` is looked up when first used: materialising that namespace costs ~20 ms,
# which the login window would otherwise pay before it can show.


class _Relay(QObject):
    """One relay for all operations, living on the GUI thread.

    Workers emit ``(token, ok, value)``; the queued connection delivers it on the GUI
    thread. No per-operation QObject exists, so none is ever freed from a worker thread.
    """

    finished = Signal(int, bool, object)


def _job(token: int, fn: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    """The worker-side body: run ``fn`` and emit its outcome (never touches widgets)."""

    def run() -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the GUI thread
            relay.finished.emit(token, False, exc)
        else:
            relay.finished.emit(token, True, result)

    return run


_Callbacks = tuple[Callable[[Any], None], Callable[[BaseException], None], bool]
_running: dict[int, _Callbacks] = {}
_relay: _Relay | None = None
_next_token = 0


def _deliver(token: int, ok: bool, value: Any) -> None:
    callbacks = _running.pop(token, None)
    if callbacks is None:
        return
    on_success, on_error, busy = callbacks
    if busy:
        QApplication.restoreOverrideCursor()
    if ok:
        on_success(value)
    else:
        on_error(value)


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_deliver, QtCore.Qt.ConnectionType.QueuedConnection)
    return _relay


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
    global _next_token

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            if on_failure is not None:
                on_failure(exc)
            else:
                messages.show_error(parent, exc.message)
        else:
            handle_exception(type(exc), exc, exc.__traceback__)

    _next_token += 1
    _running[_next_token] = (on_success, failed, True)
    QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)
    QThreadPool.globalInstance().start(_job(_next_token, fn, _get_relay()))


def run_quietly(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Run ``fn`` in the background without a busy cursor or message boxes: work the user
    did not ask for this moment (a scheduled sync). ``on_failure`` gets every exception and
    decides what is a bug."""
    global _next_token
    _next_token += 1
    _running[_next_token] = (on_success, on_failure, False)
    QThreadPool.globalInstance().start(_job(_next_token, fn, _get_relay()))


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
