"""What sync left for a person: changes head office refused, and conflicts to resolve.

``headoffice.rejected`` lists refused changes with head office's reason (dismiss once dealt
with: the audit trail keeps it); ``headoffice.conflicts`` lists fields changed here and
elsewhere, each resolved in :class:`~ui.pages.conflict_dialog.ConflictDialog`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.suitability import LOCAL_ZONE
from app.services import sync
from app.services.context import Actor, Workspace
from app.services.sync_conflicts import ConflictView
from ui import messages
from ui.i18n import translate
from ui.operations import run_op
from ui.pages import conflict_dialog
from ui.sync_labels import entity_label, field_label, reason_label, value_text


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setMinimumHeight(140)
    return table


def _when(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


class SyncAttentionPanel(QWidget):
    changed = Signal()  # something was dismissed or resolved: the status bar recounts

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.rejected_rows: list[sync.RejectedOp] = []
        self.conflict_rows: list[ConflictView] = []

        self.rejected_title = QLabel()
        self.rejected = _table(
            "headoffice.rejected",
            [
                translate("SyncAttention", "Refused"),
                translate("SyncAttention", "Record"),
                translate("SyncAttention", "Head office's reason"),
            ],
        )
        self.rejected.setAccessibleName(translate("SyncAttention", "Changes head office refused"))
        self.dismiss = QPushButton(translate("SyncAttention", "Dealt with: remove from the list"))
        self.dismiss.setObjectName("headoffice.dismiss")
        self.dismiss.clicked.connect(self._dismiss)

        self.conflicts_title = QLabel()
        self.conflicts = _table(
            "headoffice.conflicts",
            [
                translate("SyncAttention", "Record"),
                translate("SyncAttention", "Field"),
                translate("SyncAttention", "This device"),
                translate("SyncAttention", "Head office"),
            ],
        )
        self.conflicts.setAccessibleName(translate("SyncAttention", "Conflicts to resolve"))
        self.conflicts.doubleClicked.connect(lambda _index: self._resolve())
        self.resolve = QPushButton(translate("SyncAttention", "Resolve…"))
        self.resolve.setObjectName("headoffice.resolve")
        self.resolve.clicked.connect(self._resolve)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, table, button in (
            (self.conflicts_title, self.conflicts, self.resolve),
            (self.rejected_title, self.rejected, self.dismiss),
        ):
            layout.addWidget(title)
            layout.addWidget(table)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
        self.rejected.itemSelectionChanged.connect(self._enable)
        self.conflicts.itemSelectionChanged.connect(self._enable)
        self._enable()

    def refresh(self) -> None:
        run_op(
            self,
            lambda: (
                sync.conflicts(self.ws, self.actor),
                sync.needs_attention(self.ws, self.actor),
            ),
            self._show,
        )

    def _show(self, found: tuple[list[ConflictView], list[sync.RejectedOp]]) -> None:
        self.conflict_rows, self.rejected_rows = found
        self.conflicts_title.setText(
            translate("SyncAttention", "Conflicts to resolve: {n}").format(
                n=len(self.conflict_rows)
            )
        )
        self.rejected_title.setText(
            translate("SyncAttention", "Changes head office refused: {n}").format(
                n=len(self.rejected_rows)
            )
        )
        self.conflicts.setRowCount(len(self.conflict_rows))
        for index, conflict in enumerate(self.conflict_rows):
            record = entity_label(conflict.entity)
            if conflict.title:
                record = f"{record} · {conflict.title}"
            cells = (
                record,
                field_label(conflict.entity, conflict.field),
                value_text(conflict.mine),
                value_text(conflict.theirs),
            )
            for column, text in enumerate(cells):
                self.conflicts.setItem(index, column, QTableWidgetItem(text))
        self.rejected.setRowCount(len(self.rejected_rows))
        for index, refused in enumerate(self.rejected_rows):
            reason = reason_label(refused.reason)
            record = entity_label(refused.entity)
            if refused.title:
                record = f"{record} · {refused.title}"
            for column, text in enumerate((_when(refused.rejected_at), record, reason)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.ToolTipRole, reason)
                self.rejected.setItem(index, column, item)
        self._enable()

    def _enable(self) -> None:
        self.resolve.setEnabled(bool(self.conflicts.selectionModel().selectedRows()))
        self.dismiss.setEnabled(bool(self.rejected.selectionModel().selectedRows()))

    def _selected(self, table: QTableWidget) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _resolve(self) -> None:
        index = self._selected(self.conflicts)
        if not 0 <= index < len(self.conflict_rows):
            return
        conflict = self.conflict_rows[index]
        if conflict_dialog.ask_resolution(self, self.ws, self.actor, conflict):
            self.changed.emit()
            self.refresh()

    def _dismiss(self) -> None:
        index = self._selected(self.rejected)
        if not 0 <= index < len(self.rejected_rows):
            return
        refused = self.rejected_rows[index]
        question = translate(
            "SyncAttention",
            "Remove this refused change from the list? Head office keeps its own record; "
            "make the change again if it is still needed.",
        )
        if not messages.ask(self, question):
            return
        run_op(
            self,
            lambda: sync.dismiss_rejection(self.ws, self.actor, refused.op_id),
            lambda _: self._dismissed(),
        )

    def _dismissed(self) -> None:
        self.changed.emit()
        self.refresh()
