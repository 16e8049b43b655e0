"""Problems return visits referred to the supervisor, and the supervisor's follow-up note.

A refused save (an empty note, a problem someone else followed up meanwhile) shows beside
the note, which keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError, UserError, ValidationFailed
from app.services import return_visits
from app.services.context import Actor, Workspace
from app.services.return_visits import FollowUpDue
from ui.i18n import translate
from ui.operations import run_op
from ui.pages.visit_form import local_time
from ui.widgets.forms import FormBinder

VISIT_ROLE = Qt.ItemDataRole.UserRole


class VisitFollowUpsPanel(QWidget):
    """The branch's escalated return-visit problems (``service.follow_ups``)."""

    follow_up_did_save = Signal(str)  # the visit's id

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service.follow_ups_panel")
        self.ws, self.actor = ws, actor
        self.rows: list[FollowUpDue] = []
        self._note_for = ""  # the visit the typed note belongs to
        self.binder = FormBinder("service")

        title = QLabel(translate("VisitFollowUps", "Problems found on return visits"), self)
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status = QLabel(self)
        self.status.setObjectName("service.follow_ups_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("service.follow_ups")
        self.table.setAccessibleName(translate("VisitFollowUps", "Problems to follow up"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("VisitFollowUps", "Client"),
                translate("VisitFollowUps", "Product"),
                translate("VisitFollowUps", "Sold by"),
                translate("VisitFollowUps", "Called"),
                translate("VisitFollowUps", "Called by"),
                translate("VisitFollowUps", "Not confirmed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.detail = QLabel(self)
        self.detail.setObjectName("service.follow_up_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("service.follow_up_note")
        self.note.setAccessibleName(translate("VisitFollowUps", "Follow-up note"))
        self.note.setPlaceholderText(
            translate("VisitFollowUps", "What was done about the problem, and with whom")
        )
        self.note.setFixedHeight(80)
        self.binder.inputs["follow_up_note"] = self.note
        form = QFormLayout()
        self.binder.add_row(
            form, "follow_up_note", translate("VisitFollowUps", "Follow-up"), self.note
        )
        self.save_button = QPushButton(translate("VisitFollowUps", "Save the follow-up"), self)
        self.save_button.setObjectName("service.follow_up_save")
        self.save_button.setAccessibleName(
            translate("VisitFollowUps", "Save the follow-up of the selected problem")
        )
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        ws, actor = self.ws, self.actor
        run_op(self, lambda: return_visits.pending_follow_ups(ws, actor), self._show_rows)

    def _show_rows(self, rows: list[FollowUpDue]) -> None:
        selected = self.selected_visit()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                f"{row.client_name}  {row.id_masked}",
                f"{row.product_code} {row.product_name}",
                row.advisor_name,
                local_time(row.visited_at),
                row.visited_by_name,
                "; ".join(row.not_confirmed) or "—",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(VISIT_ROLE, row.visit_id)
                self.table.setItem(index, column, item)
            if row.visit_id == selected:
                self.table.selectRow(index)
        self._selection_changed()

    def clear(self) -> None:
        """Forget the rows on screen (the app locks); a note being typed stays."""
        self._show_rows([])

    def selected_visit(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(VISIT_ROLE)) if items else ""

    def _selection_changed(self) -> None:
        visit_id = self.selected_visit()
        row = next((r for r in self.rows if r.visit_id == visit_id), None)
        if row is None:
            self.detail.setText(
                translate("VisitFollowUps", "Choose a problem to see what the client said.")
            )
        else:
            self.detail.setText(
                translate("VisitFollowUps", "The client said: {notes}").format(notes=row.notes)
            )
        if visit_id != self._note_for:
            self.binder.clear_errors()
        self.save_button.setEnabled(row is not None)
        self.note.setEnabled(row is not None)

    def save(self) -> None:
        visit_id = self.selected_visit()
        if not visit_id:
            return
        note = self.note.toPlainText()
        self._note_for = visit_id
        self.save_button.setEnabled(False)
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: return_visits.follow_up(ws, actor, visit_id, note),
            lambda _id: self._saved(visit_id),
            self._refused,
        )

    def _saved(self, visit_id: str) -> None:
        row = next((r for r in self.rows if r.visit_id == visit_id), None)
        self.note.clear()
        self.binder.clear_errors()
        self._note_for = ""
        if row is not None:
            self.status.setText(
                translate("VisitFollowUps", "Follow-up saved for {name}.").format(
                    name=row.client_name
                )
            )
            self.status.show()
        self.follow_up_did_save.emit(visit_id)
        self.table.clearSelection()
        self.refresh()

    def _refused(self, error: UserError) -> None:
        self.save_button.setEnabled(bool(self.selected_visit()))
        if isinstance(error, ValidationFailed):
            messages = [e.message for e in error.errors]
        else:
            messages = [error.message]
        self.binder.show_errors(
            [FieldError("follow_up_note", "REFUSED", message) for message in messages]
        )
