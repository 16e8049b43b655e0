"""The administrators' calendar: the shipped holidays are listed, a holiday added for a
date moves an open complaint's deadline, and setting the day back undoes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from app.errors import PermissionDenied
from app.services import complaints, work_calendar
from tests.conftest import Office
from tests.gui.conftest import Messages, find
from tests.gui.test_case_flow import click
from tests.gui.test_complaints_tab import World, end_of_day, make_world
from ui.pages.calendar_panel import CalendarPanel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]


@pytest.fixture
def world(office: Office) -> World:
    return make_world(office)


def table_rows(panel: CalendarPanel) -> dict[str, list[str]]:
    table = find(panel, QTableWidget, "settings.calendar_table")
    rows = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, column).text() for column in range(table.columnCount())]
        rows[cells[0]] = cells[1:]
    return rows


def test_a_holiday_added_moves_a_complaints_deadline_and_undoing_restores_it(
    qtbot: QtBot, world: World, wait_ops: Callable[[], None], shown: Messages
) -> None:
    complaint_id = world.intake()
    assert complaints.get_complaint(world.ws, world.service, complaint_id).decide_by == (
        end_of_day(date(2026, 2, 4))
    )
    panel = CalendarPanel(world.ws, world.office.admin)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.refresh()
    wait_ops()
    assert panel.chosen_day() == date(2026, 1, 20)  # today, on the frozen clock
    rows = table_rows(panel)
    assert rows["2026-02-17"] == ["Tue", "Holiday", "春节", "Shipped"]
    assert rows["2026-02-14"] == ["Sat", "Worked day", "春节调休上班", "Shipped"]
    assert "2026-02-04" not in rows

    # Wednesday 4 Feb becomes a holiday: the last day moves to Thursday 5 Feb.
    panel.set_day(date(2026, 2, 4))
    kind = find(panel, QComboBox, "settings.calendar_kind")
    kind.setCurrentIndex(kind.findData("holiday"))
    find(panel, QLineEdit, "settings.calendar_name").setText("临时休假")
    click(qtbot, find(panel, QPushButton, "settings.calendar_save"))
    wait_ops()
    assert (
        "2026-02-04 (Wed) is now: Holiday" in find(panel, QLabel, "settings.calendar_status").text()
    )
    assert table_rows(panel)["2026-02-04"] == ["Wed", "Holiday", "临时休假", "Added here"]
    assert complaints.get_complaint(world.ws, world.service, complaint_id).decide_by == (
        end_of_day(date(2026, 2, 5))
    )

    # A shipped holiday worked instead is shown as a change of the shipped day.
    panel.set_day(date(2026, 2, 23))
    kind.setCurrentIndex(kind.findData("workday"))
    find(panel, QLineEdit, "settings.calendar_name").setText("")
    click(qtbot, find(panel, QPushButton, "settings.calendar_save"))
    wait_ops()
    assert table_rows(panel)["2026-02-23"] == ["Mon", "Worked day", "", "Shipped, changed here"]

    # Undo: 4 Feb back to the weekday rule, and the deadline with it.
    table = find(panel, QTableWidget, "settings.calendar_table")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "2026-02-04")
    table.selectRow(row)
    assert panel.chosen_day() == date(2026, 2, 4)
    kind.setCurrentIndex(kind.findData("normal"))
    click(qtbot, find(panel, QPushButton, "settings.calendar_save"))
    wait_ops()
    assert table_rows(panel)["2026-02-04"][1] == "Normal day"
    assert complaints.get_complaint(world.ws, world.service, complaint_id).decide_by == (
        end_of_day(date(2026, 2, 4))
    )
    assert shown.errors == []


def test_only_administrators_change_the_calendar(world: World) -> None:
    for actor in (world.advisor, world.service, world.supervisor):
        with pytest.raises(PermissionDenied):
            work_calendar.set_day(world.ws, actor, date(2026, 2, 4), "holiday")
