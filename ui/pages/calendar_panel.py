"""The working calendar (administrators): the shipped public holidays and worked weekends,
and the changes made here — a holiday added, a weekend worked, or a day set back to the
weekday rule. Complaint deadlines follow the calendar at once.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError, UserError, ValidationFailed
from app.resources import resource_path
from app.rulebook import shipped_calendar
from app.services import work_calendar
from app.services.context import Actor, Workspace
from app.services.work_calendar import CalendarChange
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder

DAY_ROLE = Qt.ItemDataRole.UserRole
DATE, WEEKDAY, KIND, NAME, SOURCE = range(5)


def kind_choices() -> list[tuple[str, str]]:
    return [
        ("holiday", translate("CalendarPanel", "Holiday (no work)")),
        ("workday", translate("CalendarPanel", "Worked day (e.g. a weekend made up)")),
        ("normal", translate("CalendarPanel", "Normal: weekdays worked, weekends off")),
    ]


def kind_label(kind: str) -> str:
    names = {
        "holiday": translate("CalendarPanel", "Holiday"),
        "workday": translate("CalendarPanel", "Worked day"),
        "normal": translate("CalendarPanel", "Normal day"),
    }
    return names.get(kind, kind)


def weekday_label(day: date) -> str:
    names = (
        translate("CalendarPanel", "Mon"),
        translate("CalendarPanel", "Tue"),
        translate("CalendarPanel", "Wed"),
        translate("CalendarPanel", "Thu"),
        translate("CalendarPanel", "Fri"),
        translate("CalendarPanel", "Sat"),
        translate("CalendarPanel", "Sun"),
    )
    return names[day.weekday()]


@cache
def shipped_names() -> dict[date, str]:
    """The names the shipped file gives its days (春节, 国庆节调休上班…), for display only.

    The days themselves come from :func:`app.rulebook.shipped_calendar`, which checks the
    file; a name that cannot be read is simply not shown.
    """
    try:
        data = json.loads(resource_path("after_sale", "holidays_cn.json").read_text("utf-8"))
        return {
            date.fromisoformat(item["date"]): str(item.get("name", ""))
            for key in ("holidays", "workdays")
            for item in data.get(key, [])
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def calendar_rows(changes: list[CalendarChange]) -> list[tuple[date, str, str, str]]:
    """(day, kind, name, source) for every shipped exception and every change, by date."""
    shipped, names = shipped_calendar(), shipped_names()
    rows: dict[date, tuple[str, str, str]] = {}
    for day in shipped.holidays:
        rows[day] = ("holiday", names.get(day, ""), translate("CalendarPanel", "Shipped"))
    for day in shipped.extra_workdays:
        rows[day] = ("workday", names.get(day, ""), translate("CalendarPanel", "Shipped"))
    for change in changes:
        source = (
            translate("CalendarPanel", "Shipped, changed here")
            if change.day in rows
            else translate("CalendarPanel", "Added here")
        )
        rows[change.day] = (change.kind, change.name, source)
    return [(day, *rows[day]) for day in sorted(rows)]


class CalendarPanel(QWidget):
    """Administrators' calendar (``settings.calendar_*``); mounted in Settings."""

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.calendar")
        self.ws, self.actor = ws, actor
        self._busy = False
        self.form = FormBinder("settings")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("settings.calendar_table")
        self.table.setAccessibleName(translate("CalendarPanel", "Holidays and worked days"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("CalendarPanel", "Date"),
                translate("CalendarPanel", "Weekday"),
                translate("CalendarPanel", "Kind"),
                translate("CalendarPanel", "Name"),
                translate("CalendarPanel", "Source"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(220)
        self.table.itemSelectionChanged.connect(self._row_chosen)

        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.set_day(ws.today())
        self.day.setObjectName("settings.calendar_date")
        self.day.setAccessibleName(translate("CalendarPanel", "Date"))
        self.form.inputs["calendar_date"] = self.day
        self.kind = self.form.combo(
            "calendar_kind", translate("CalendarPanel", "Make it"), kind_choices()
        )
        self.name = self.form.line_edit(
            "calendar_name",
            translate("CalendarPanel", "Name (optional)"),
            placeholder=translate("CalendarPanel", "e.g. 春节 or 国庆节调休上班"),
            max_length=100,
        )
        self.save_button = QPushButton(translate("CalendarPanel", "Save the day"), self)
        self.save_button.setObjectName("settings.calendar_save")
        self.save_button.setAccessibleName(translate("CalendarPanel", "Save the day"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("settings.calendar_status")
        self.status.setWordWrap(True)

        grid = QFormLayout()
        for field, caption, widget in (
            ("calendar_date", translate("CalendarPanel", "Date"), self.day),
            ("calendar_kind", translate("CalendarPanel", "Make it"), self.kind),
            ("calendar_name", translate("CalendarPanel", "Name (optional)"), self.name),
        ):
            self.form.add_row(grid, field, caption, widget)
        grid.addRow("", self.save_button)
        note = QLabel(
            translate(
                "CalendarPanel",
                "Complaint deadlines count calendar days and move off weekends and holidays; "
                "internal targets count working days. Changes apply to open complaints at "
                "once. Add each new year's official holidays and worked weekends here.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        ws, actor = self.ws, self.actor
        run_op(self, lambda: work_calendar.list_changes(ws, actor), self._show)

    def _show(self, changes: list[CalendarChange]) -> None:
        rows = calendar_rows(changes)
        chosen = self.chosen_day()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, (day, kind, name, source) in enumerate(rows):
            for column, text in enumerate(
                (day.isoformat(), weekday_label(day), kind_label(kind), name, source)
            ):
                item = QTableWidgetItem(text)
                item.setData(DAY_ROLE, day.isoformat())
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        for index, (day, *_rest) in enumerate(rows):
            if day == chosen:
                self.table.selectRow(index)
                break

    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def _row_chosen(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        row = items[0].row()
        day_item, name_item = self.table.item(row, DATE), self.table.item(row, NAME)
        if day_item is not None and name_item is not None:
            self.set_day(date.fromisoformat(str(day_item.data(DAY_ROLE))))
            self.name.setText(name_item.text())

    def save(self) -> None:
        if self._busy:
            return
        day, kind, name = (
            self.chosen_day(),
            self.form.combo_value("calendar_kind"),
            self.name.text(),
        )
        ws, actor = self.ws, self.actor
        self._busy = True
        self.save_button.setEnabled(False)
        self.form.clear_errors()
        run_op(
            self,
            lambda: work_calendar.set_day(ws, actor, day, kind, name),
            lambda _: self._saved(day, kind),
            self._failed,
        )

    def _saved(self, day: date, kind: str) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.status.setText(
            translate("CalendarPanel", "Saved: {day} ({weekday}) is now: {kind}.").format(
                day=day.isoformat(), weekday=weekday_label(day), kind=kind_label(kind)
            )
        )
        self.refresh()

    def _failed(self, error: UserError) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            error = ValidationFailed(
                [FieldError(f"calendar_{e.field}", e.rule, e.message) for e in error.errors]
            )
        self.form.report(self, error)
