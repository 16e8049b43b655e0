"""The status bar's head-office line: online or offline, the last sync, what is unsent.

``status.sync`` (a flat button that opens Settings → Head office), ``status.sync_unsent``
(a badge with the number of changes not yet sent) and ``status.sync_attention`` (changes
head office refused and conflicts to resolve).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.domain.suitability import LOCAL_ZONE
from app.services import sync
from ui.i18n import translate

BADGE_STYLE = (
    "QLabel {{ background: {color}; color: white; border-radius: 8px; padding: 0 6px;"
    " font-weight: 600; }}"
)
ONLINE, OFFLINE, IDLE = "#1b7f3b", "#8a8a8a", "#b26a00"


def when_text(at: datetime | None, now: datetime) -> str:
    """A sync time as people read it: the time today, else the date and time."""
    if at is None:
        return translate("SyncIndicator", "never")
    local, today = at.astimezone(LOCAL_ZONE), now.astimezone(LOCAL_ZONE)
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def state_text(status: sync.SyncStatus, now: datetime) -> tuple[str, str]:
    """(text, colour) of the head-office line for ``status``."""
    if not status.enrolled:
        return translate("SyncIndicator", "Not connected to head office"), OFFLINE
    if status.revoked:
        return translate("SyncIndicator", "Revoked by head office"), IDLE
    if status.update_required:
        return translate("SyncIndicator", "Update the app to sync"), IDLE
    last = when_text(status.last_success_at, now)
    if status.last_attempt_at is None:
        return translate("SyncIndicator", "Enrolled · not synced yet"), IDLE
    if not status.online:
        return translate("SyncIndicator", "Offline · last sync {when}").format(when=last), OFFLINE
    if status.last_error_code:  # reached head office, but the sync stopped
        return translate("SyncIndicator", "Sync failed · last sync {when}").format(when=last), IDLE
    return translate("SyncIndicator", "Online · last sync {when}").format(when=last), ONLINE


class SyncIndicator(QWidget):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.button = QToolButton(self)
        self.button.setObjectName("status.sync")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.clicked)
        self.unsent = QLabel(self)
        self.unsent.setObjectName("status.sync_unsent")
        self.unsent.setStyleSheet(BADGE_STYLE.format(color="#3367d6"))
        self.attention = QLabel(self)
        self.attention.setObjectName("status.sync_attention")
        self.attention.setStyleSheet(BADGE_STYLE.format(color="#b3261e"))
        for widget in (self.button, self.unsent, self.attention):
            row.addWidget(widget)
        self.unsent.hide()
        self.attention.hide()
        self.syncing = False
        self.status: sync.SyncStatus | None = None

    def show_syncing(self) -> None:
        self.syncing = True
        self.button.setText(translate("SyncIndicator", "Syncing…"))

    def show_status(self, status: sync.SyncStatus, now: datetime) -> None:
        self.syncing = False
        self.status = status
        text, color = state_text(status, now)
        self.button.setText(f"● {text}")
        self.button.setStyleSheet(f"QToolButton {{ color: {color}; }}")
        self.button.setAccessibleName(text)
        tip = [text]
        if status.enrolled:
            tip.append(
                translate("SyncIndicator", "Head office: {url} ({branch})").format(
                    url=status.server_url, branch=status.branch_name or status.branch_code
                )
            )
        if status.last_error_code and status.last_error_message:
            tip.append(
                translate("SyncIndicator", "Last problem: {message}").format(
                    message=status.last_error_message
                )
            )
        self.unsent.setVisible(status.unsent > 0)
        self.unsent.setText(str(status.unsent))
        unsent_tip = translate("SyncIndicator", "Changes not sent to head office yet: {n}").format(
            n=status.unsent
        )
        self.unsent.setToolTip(unsent_tip)
        self.unsent.setAccessibleName(unsent_tip)
        waiting = status.needs_attention + status.open_conflicts
        self.attention.setVisible(waiting > 0)
        self.attention.setText(f"! {waiting}")
        attention_tip = translate(
            "SyncIndicator", "{refused} refused by head office, {conflicts} conflict(s) to resolve"
        ).format(refused=status.needs_attention, conflicts=status.open_conflicts)
        self.attention.setToolTip(attention_tip)
        self.attention.setAccessibleName(attention_tip)
        if status.unsent:
            tip.append(unsent_tip)
        if waiting:
            tip.append(attention_tip)
        self.button.setToolTip("\n".join(tip))
