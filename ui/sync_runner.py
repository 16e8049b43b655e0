"""Background sync with head office while someone is signed in.

A timer starts a sync every few minutes (Settings → Head office); "Sync now" starts one at
once. Each runs on the thread pool, never on the GUI thread, and one at a time. Locking
pauses the schedule; a sync running at that moment stops when the database closes under it,
and what it had not marked sent is simply sent again next time (head office applies each
operation once). Failures of a scheduled sync go to the status bar, not to message boxes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import UnboundExecutionError

from app.services import settings, sync
from app.services.context import Actor, Workspace
from app.store.engine import DatabaseClosed
from ui.crash import handle_exception
from ui.operations import run_quietly

log = logging.getLogger(__name__)

FIRST_SYNC_DELAY_MS = 5_000  # after sign-in or unlock: let the window settle first


class SyncRunner(QObject):
    """Starts syncs and tells the window what happened."""

    started = Signal()
    # The status after each attempt (and after any change the user makes to the data).
    status_changed = Signal(object)  # sync.SyncStatus
    finished = Signal(object)  # sync.SyncReport, or sync.SyncFailed
    data_did_change = Signal()  # something was pulled: pages showing data may refresh

    def __init__(self, ws: Workspace, actor: Actor, parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.running = False
        self.paused = True
        # Each sync belongs to a generation; pausing (locking) starts a new one, so a sync
        # from before the lock neither blocks the next nor reports into a locked window.
        self.generation = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("sync.timer")
        self.timer.timeout.connect(self._scheduled)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self._scheduled)

    def start(self) -> None:
        """Run on the schedule from now on (after sign-in and after unlocking)."""
        self.paused = False
        self.set_interval(settings.get_int(self.ws, settings.SYNC_INTERVAL_MINUTES))
        self.first.start(FIRST_SYNC_DELAY_MS)
        self.refresh_status()

    def pause(self) -> None:
        """Before locking or closing: no new sync starts, and one still running is
        forgotten (it stops when the database closes; what it did not mark sent goes next
        time)."""
        self.paused = True
        self.running = False
        self.generation += 1
        self.timer.stop()
        self.first.stop()

    def set_interval(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if not self.paused:
            self.timer.start()

    def current_status(self) -> sync.SyncStatus | None:
        if self.paused or not self.ws.db.is_open:
            return None
        return sync.sync_status(self.ws, self.actor)

    def refresh_status(self) -> None:
        status = self.current_status()
        if status is not None:
            self.status_changed.emit(status)

    def _scheduled(self) -> None:
        status = self.current_status()
        # Nothing to do until enrolled; a revoked device waits for a new enrollment.
        if status is None or not status.enrolled or status.revoked:
            return
        self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync unless one is running or the app is locked; True if started."""
        if self.running or self.paused or not self.ws.db.is_open:
            return False
        self.running = True
        self.started.emit()
        ws, actor, generation = self.ws, self.actor, self.generation
        run_quietly(
            lambda: sync.sync_once(ws, actor),
            lambda report: self._done(generation, report),
            lambda exc: self._failed(generation, exc),
        )
        return True

    def _current(self, generation: int) -> bool:
        """Whether a result still concerns the window (not from before a lock, not locked)."""
        return generation == self.generation and not self.paused and self.ws.db.is_open

    def _done(self, generation: int, report: sync.SyncReport) -> None:
        log.info(
            "sync: pushed %d, pulled %d, unsent %d", report.pushed, report.pulled, report.unsent
        )
        if not self._current(generation):
            return
        self.running = False
        self.finished.emit(report)
        if report.pulled or report.conflicts:
            self.data_did_change.emit()
        self.refresh_status()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if isinstance(exc, DatabaseClosed | UnboundExecutionError):
            # Locked while it ran: nothing is lost, the unsent rest goes next time.
            log.info("sync stopped: the app was locked")
        elif isinstance(exc, sync.SyncFailed):
            log.info("sync stopped: %s", exc.code)
        else:
            handle_exception(type(exc), exc, exc.__traceback__)
        if not self._current(generation):
            return
        self.running = False
        if isinstance(exc, sync.SyncFailed):
            self.finished.emit(exc)
        self.refresh_status()
