"""Complaints for service staff and supervisors: the branch's list and the open complaint.

The list (``service.complaints``) shows one view at a time (``service.complaint_view``:
open, overdue, due today, mine, closed) with the most pressing clock in colour: overdue
red, due today amber. The open complaint sits beside it with its next steps. After a
complaint is closed the client's satisfaction survey is offered.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.complaint_clock import MAX_EXTENSIONS, Urgency
from app.domain.roles import Permission, allows
from app.errors import UserError
from app.services import complaints
from app.services.complaints import ComplaintRow
from app.services.context import Actor, Workspace
from app.services.surveys import AFTER_COMPLAINT
from ui import messages
from ui.i18n import translate
from ui.operations import run_op
from ui.pages import complaint_intake_dialog
from ui.pages.complaint_detail import ComplaintPanel
from ui.pages.complaint_labels import (
    URGENCY_COLOURS,
    category_label,
    channel_label,
    local_time,
    status_label,
    urgency_label,
)
from ui.pages.survey_dialog import SurveyDialog

Index = QModelIndex | QPersistentModelIndex

CLIENT, ID_NUMBER, CATEGORY, CHANNEL, RECEIVED, HANDLER, STATUS, ACK_BY, DECIDE_BY, EXTENDED = (
    range(10)
)


def view_choices() -> list[tuple[str, str]]:
    return [
        ("open", translate("ComplaintsTab", "Open")),
        ("overdue", translate("ComplaintsTab", "Overdue")),
        ("due_today", translate("ComplaintsTab", "Due today")),
        ("mine", translate("ComplaintsTab", "Assigned to me")),
        ("closed", translate("ComplaintsTab", "Closed")),
    ]


def _due_text(due: datetime, urgency: Urgency) -> str:
    text = local_time(due)
    if urgency in (Urgency.OVERDUE, Urgency.DUE_TODAY):
        text += f" ({urgency_label(urgency)})"
    return text


class ComplaintTableModel(QAbstractTableModel):
    """The rows of one view; ``show_rows`` replaces them all (a model reset)."""

    COMPLAINT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintRow] = []
        self._headers = [
            translate("ComplaintsTab", "Client"),
            translate("ComplaintsTab", "ID number"),
            translate("ComplaintsTab", "Category"),
            translate("ComplaintsTab", "Channel"),
            translate("ComplaintsTab", "Received"),
            translate("ComplaintsTab", "Handler"),
            translate("ComplaintsTab", "Status"),
            translate("ComplaintsTab", "Acknowledge by"),
            translate("ComplaintsTab", "Decide by"),
            translate("ComplaintsTab", "Extended"),
        ]

    def show_rows(self, rows: list[ComplaintRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.show_rows([])

    def complaint_id(self, row: int) -> str:
        return self._rows[row].complaint_id

    def row_of(self, complaint_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.complaint_id == complaint_id), -1)

    def complaint_row(self, row: int) -> ComplaintRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == self.COMPLAINT_ID_ROLE:
            return row.complaint_id
        if role == self.URGENCY_ROLE:
            return row.urgency.value
        colours = URGENCY_COLOURS.get(row.urgency)
        if role == Qt.ItemDataRole.BackgroundRole and colours:
            return colours[0]
        if role == Qt.ItemDataRole.ForegroundRole and colours:
            return colours[1]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (ACK_BY, DECIDE_BY):
            urgency = row.acknowledgement if index.column() == ACK_BY else row.decision
            return urgency_label(urgency)
        return None

    @staticmethod
    def _display(row: ComplaintRow, column: int) -> str:
        if column == CLIENT:
            return row.client_name
        if column == ID_NUMBER:
            return row.client_id_masked
        if column == CATEGORY:
            return category_label(row.category)
        if column == CHANNEL:
            return channel_label(row.channel)
        if column == RECEIVED:
            return local_time(row.received_at)
        if column == HANDLER:
            return row.handler_name or "—"
        if column == STATUS:
            return status_label(row.status)
        if column == ACK_BY:
            if row.acknowledgement is Urgency.DONE:
                return translate("ComplaintsTab", "done")
            return _due_text(row.acknowledge_by, row.acknowledgement)
        if column == DECIDE_BY:
            return _due_text(row.decide_by, row.decision)
        if column == EXTENDED:
            return f"{row.extension_level}/{MAX_EXTENSIONS}" if row.extension_level else ""
        return ""


def ask_survey(parent: QWidget, ws: Workspace, actor: Actor, complaint_id: str) -> bool:
    """The satisfaction survey after a complaint (modal); ``True`` if it was recorded.

    Tests patch this; the dialog itself is driven directly.
    """
    dialog = SurveyDialog(
        ws,
        actor,
        AFTER_COMPLAINT,
        complaint_id,
        parent,
        intro=translate(
            "ComplaintsTab",
            "The complaint is closed. Ask the client how satisfied they are with how it "
            "was handled.",
        ),
    )
    return bool(dialog.exec())


class ComplaintsTab(QWidget):
    """The branch's complaints (``service.*``) with the open one beside the list."""

    complaint_did_change = Signal(str)  # home screen and KPIs change

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service.complaints_tab")
        self.ws, self.actor = ws, actor
        self._generation = 0
        self._wanted = ""  # the complaint to select once the list arrives
        self.model = ComplaintTableModel(self)

        self.view_box = QComboBox(self)
        self.view_box.setObjectName("service.complaint_view")
        self.view_box.setAccessibleName(translate("ComplaintsTab", "Which complaints"))
        for value, text in view_choices():
            self.view_box.addItem(text, value)
        self.view_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.new_button = QPushButton(translate("ComplaintsTab", "Take a complaint…"), self)
        self.new_button.setObjectName("service.new_complaint")
        self.new_button.setAccessibleName(translate("ComplaintsTab", "Take a complaint"))
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.refresh_button = QPushButton(translate("ComplaintsTab", "Refresh"), self)
        self.refresh_button.setObjectName("service.complaint_refresh")
        self.refresh_button.setAccessibleName(translate("ComplaintsTab", "Refresh the list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableView(self)
        self.table.setObjectName("service.complaints")
        self.table.setAccessibleName(translate("ComplaintsTab", "Complaints"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("service.complaint_count")
        self.panel = ComplaintPanel(ws, actor, self)

        top = QHBoxLayout()
        caption = QLabel(translate("ComplaintsTab", "Show:"), self)
        caption.setBuddy(self.view_box)
        top.addWidget(caption)
        top.addWidget(self.view_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.new_button)
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(listing)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.complaint_did_change.connect(self._changed)
        self.panel.complaint_did_close.connect(self._closed)
        self.panel.survey_requested.connect(self.offer_survey)
        for first, second in (
            (self.view_box, self.refresh_button),
            (self.refresh_button, self.new_button),
            (self.new_button, self.table),
            (self.table, self.panel),
        ):
            self.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the chosen view again (and the open complaint)."""
        self._generation += 1
        generation, view = self._generation, self.current_view()
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: complaints.list_complaints(ws, actor, view),
            lambda rows: self._show_rows(generation, rows),
            lambda error: self._failed(generation, error),
        )
        self.panel.reload()

    def current_view(self) -> str:
        return str(self.view_box.currentData())

    def set_view(self, view: str) -> None:
        self.view_box.setCurrentIndex(max(self.view_box.findData(view), 0))

    def open_complaint(self, complaint_id: str) -> None:
        """Show one complaint (from the home screen, a client, or a new intake)."""
        self._wanted = complaint_id
        self.panel.load(complaint_id)
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self._select(row)

    def new_complaint(self, client_id: str | None = None, case_id: str | None = None) -> None:
        """Take a complaint in (for ``client_id`` / ``case_id`` if given), then open it."""
        complaint_id = complaint_intake_dialog.ask_new_complaint(
            self, self.ws, self.actor, client_id, case_id
        )
        if complaint_id:
            self.complaint_did_change.emit(complaint_id)
            if self.current_view() not in ("open", "mine"):
                self.set_view("open")
            self.open_complaint(complaint_id)
            self.refresh()

    def offer_survey(self, complaint_id: str) -> None:
        """The client's satisfaction with how the complaint was handled (may decline)."""
        if not allows(self.actor.role, Permission.SURVEY_RECORD):
            return
        if ask_survey(self, self.ws, self.actor, complaint_id):
            self.complaint_did_change.emit(complaint_id)
            self.panel.reload()

    def clear(self) -> None:
        """Forget every row and the open complaint (the app is locking)."""
        self._generation += 1
        self.model.clear()
        self.panel.clear()
        self.status.clear()

    # -- list --------------------------------------------------------------------------------
    def _show_rows(self, generation: int, rows: list[ComplaintRow]) -> None:
        if generation != self._generation:
            return  # the view changed meanwhile
        wanted = self._wanted or self.panel.complaint_id
        self.model.show_rows(rows)
        if rows:
            overdue = sum(r.urgency is Urgency.OVERDUE for r in rows)
            today = sum(r.urgency is Urgency.DUE_TODAY for r in rows)
            self.status.setText(
                translate(
                    "ComplaintsTab", "{n} complaints · {overdue} overdue · {today} due today"
                ).format(n=len(rows), overdue=overdue, today=today)
            )
        else:
            self.status.setText(translate("ComplaintsTab", "No complaints in this list."))
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self._select(row)

    def _failed(self, generation: int, error: UserError) -> None:
        if generation == self._generation:
            self.model.clear()
            messages.show_error(self, error.message)

    def _select(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        complaint_id = self.model.complaint_id(current.row())
        self._wanted = complaint_id
        if complaint_id != self.panel.complaint_id:
            self.panel.load(complaint_id)

    def _changed(self, complaint_id: str) -> None:
        self.complaint_did_change.emit(complaint_id)
        self._generation += 1
        generation, view = self._generation, self.current_view()
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: complaints.list_complaints(ws, actor, view),
            lambda rows: self._show_rows(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def _closed(self, complaint_id: str) -> None:
        detail = self.panel.detail
        if detail is not None and detail.complaint_id == complaint_id and not detail.survey_taken:
            self.offer_survey(complaint_id)
