"""Return visits in the window: the queue's states and a call made after cooling-off.

Time is frozen: the sales are signed on Tuesday 29 September 2026 at 10:00 (Beijing), so
a private product's cooling-off ends the next day at 10:00.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
)
from sqlalchemy import text

from app.domain.roles import Role
from app.services import catalog, return_visits, users
from app.services.context import Actor, Workspace
from tests.gui.case_desk import Desk
from tests.gui.conftest import find
from tests.gui.test_case_flow import button, click
from tests.unit.test_case_services import Desk as ServiceDesk
from tests.unit.test_return_visits import POINTS, SIGNED_AT, freeze, private, warn
from ui.pages.return_visits_tab import (
    OVERDUE_COLOUR,
    STATUS_COLUMN,
    WAITING_COLOUR,
    ReturnVisitsTab,
)
from ui.pages.visit_follow_ups import VisitFollowUpsPanel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]


def sales_desk(desk: Desk) -> ServiceDesk:
    """The advisor's desk for setting sales up through the services, at the frozen time."""
    freeze(desk.ws, SIGNED_AT)
    products = {
        p.code: p.product_id for p in catalog.list_products(desk.office.admin_ws, desk.office.admin)
    }
    return ServiceDesk(desk.ws, desk.actor, products)


def service_user(desk: Desk, username: str = "wu.svc") -> Actor:
    desk.office.add_user(username, Role.SERVICE)
    return desk.office.actor(username)


def open_tab(desk: Desk, actor: Actor) -> ReturnVisitsTab:
    tab = ReturnVisitsTab(desk.ws, actor)
    desk.qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    tab.refresh()
    desk.wait_ops()
    return tab


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def table_rows(tab: ReturnVisitsTab) -> list[list[str]]:
    table = find(tab, QTableWidget, "service.visits")
    return [
        [cell(table, r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def select_case(tab: ReturnVisitsTab, case_id: str) -> None:
    table = find(tab, QTableWidget, "service.visits")
    row = next(i for i, v in enumerate(tab.rows) if v.case_id == case_id)
    table.selectRow(row)


def visits(ws: Workspace, case_id: str) -> list[tuple[str, str]]:
    with ws.db.reading() as session:
        return [
            (r.outcome, r.visited_by)
            for r in session.execute(
                text("SELECT outcome, visited_by FROM return_visits WHERE case_id = :c"),
                {"c": case_id},
            )
        ]


def test_the_queue_shows_waiting_and_due_sales(desk: Desk) -> None:
    sales = sales_desk(desk)
    private_id, warn_id = private(sales), warn(sales)
    freeze(desk.ws, "2026-09-29 16:00")
    tab = open_tab(desk, service_user(desk))
    table = find(tab, QTableWidget, "service.visits")

    # The sale without cooling-off is due now and first; the private one waits, greyed.
    assert [v.case_id for v in tab.rows] == [warn_id, private_id]
    due, waiting = table_rows(tab)
    assert due[0].startswith("张三") and "***" in due[0] and due[1] == "138****8000"
    assert (due[3], due[4], due[5], due[6]) == ("li.advisor", "2026-10-12", "0", "Due")
    assert (waiting[4], waiting[6]) == ("2026-10-13", "No contact until 2026-09-30 10:00")
    assert cell(table, 1, 0).foreground().color() == WAITING_COLOUR

    # Opening the waiting sale says why nobody may call yet; nothing can be recorded.
    select_case(tab, private_id)
    click(desk.qtbot, button(tab, "service.visit_open"))
    desk.wait_ops()
    refusal = find(tab, QLabel, "service.visit_refusal")
    assert refusal.isVisible()
    assert "cooling-off period until 2026-09-30 10:00" in refusal.text()
    for name in ("service.visit_confirmed", "service.visit_problem", "service.visit_unreachable"):
        assert not button(tab, name).isEnabled()
    click(desk.qtbot, button(tab, "service.visit_back"))
    desk.wait_ops()

    # Later on the deadline day: due today; a day after: overdue.
    freeze(desk.ws, "2026-10-12 09:00")
    tab.refresh()
    desk.wait_ops()
    assert [r[STATUS_COLUMN] for r in table_rows(tab)] == ["Due today", "Due"]
    freeze(desk.ws, "2026-10-14 09:00")
    tab.refresh()
    desk.wait_ops()
    assert [r[STATUS_COLUMN] for r in table_rows(tab)] == ["Overdue", "Overdue"]
    assert cell(table, 0, STATUS_COLUMN).foreground().color() == OVERDUE_COLOUR


def test_the_selling_advisor_sees_their_own_sales_disabled(desk: Desk) -> None:
    sales = sales_desk(desk)
    warn_id = warn(sales)
    users.change_role(desk.office.admin_ws, desk.office.admin, "li.advisor", Role.SERVICE)
    tab = open_tab(desk, desk.office.actor("li.advisor"))
    table = find(tab, QTableWidget, "service.visits")
    assert [v.case_id for v in tab.rows] == [warn_id]
    assert table_rows(tab)[0][STATUS_COLUMN] == "You sold this: a colleague calls"
    assert not cell(table, 0, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    table.selectRow(0)
    assert not button(tab, "service.visit_open").isEnabled()


def test_a_service_user_does_the_return_visit_after_cooling_off(desk: Desk) -> None:
    sales = sales_desk(desk)
    case_id = private(sales)
    svc = service_user(desk)
    freeze(desk.ws, "2026-10-08 09:30")  # after cooling-off and the National Day holiday
    tab = open_tab(desk, svc)
    assert table_rows(tab)[0][STATUS_COLUMN] == "Due"
    select_case(tab, case_id)
    click(desk.qtbot, button(tab, "service.visit_open"))
    desk.wait_ops()
    assert not find(tab, QLabel, "service.visit_refusal").isVisible()
    boxes = {p: find(tab, QCheckBox, f"service.visit.{p}") for p in POINTS}
    assert boxes["identity"].text() == "Client's identity confirmed"

    # Every point but the fees: "confirmed" is refused beside the checklist, ticks stay.
    notes = find(tab, QPlainTextEdit, "service.visit_notes")
    notes.setPlainText("客户确认本人购买")
    for point, box in boxes.items():
        if point != "fees":
            click(desk.qtbot, box)
    click(desk.qtbot, button(tab, "service.visit_confirmed"))
    desk.wait_ops()
    error = find(tab, QLabel, "service.visit_answers.error")
    assert error.isVisible() and "The client understood the fees" in error.text()
    assert boxes["fees"].hasFocus()
    assert notes.toPlainText() == "客户确认本人购买"
    assert sum(b.isChecked() for b in boxes.values()) == len(POINTS) - 1
    assert visits(desk.ws, case_id) == []

    click(desk.qtbot, boxes["fees"])
    click(desk.qtbot, button(tab, "service.visit_confirmed"))
    desk.wait_ops()
    assert visits(desk.ws, case_id) == [("confirmed", svc.user_id)]
    assert tab.stack.currentWidget() is tab.queue
    status = find(tab, QLabel, "service.visits_status")
    assert status.isVisible() and "Return visit recorded for 张三" in status.text()
    assert table_rows(tab) == []


def test_a_problem_is_escalated_to_the_supervisor_who_follows_it_up(desk: Desk) -> None:
    sales = sales_desk(desk)
    case_id = warn(sales)
    svc = service_user(desk)
    desk.office.add_user("zhao.sup", Role.SUPERVISOR)
    supervisor = desk.office.actor("zhao.sup")
    freeze(desk.ws, "2026-09-30 11:00")
    tab = open_tab(desk, svc)
    tab.open_visit(case_id)
    desk.wait_ops()

    # A problem needs notes and where it goes; both are asked for beside their fields.
    click(desk.qtbot, button(tab, "service.visit_problem"))
    desk.wait_ops()
    assert find(tab, QLabel, "service.visit_notes.error").isVisible()
    assert find(tab, QLabel, "service.visit_escalation.error").isVisible()
    for point in POINTS:
        if point != "own_purchase":
            click(desk.qtbot, find(tab, QCheckBox, f"service.visit.{point}"))
    find(tab, QPlainTextEdit, "service.visit_notes").setPlainText("客户表示替家人购买")
    escalation = find(tab, QComboBox, "service.visit_escalation")
    escalation.setCurrentIndex(escalation.findData(return_visits.TO_SUPERVISOR))
    click(desk.qtbot, button(tab, "service.visit_problem"))
    desk.wait_ops()
    assert visits(desk.ws, case_id) == [("problem", svc.user_id)]
    assert "the supervisor will follow it up" in find(tab, QLabel, "service.visits_status").text()

    panel = VisitFollowUpsPanel(desk.ws, supervisor)
    desk.qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    panel.refresh()
    desk.wait_ops()
    table = find(panel, QTableWidget, "service.follow_ups")
    assert table.rowCount() == 1
    assert cell(table, 0, 5).text() == "The client bought for themselves"
    table.selectRow(0)
    assert "客户表示替家人购买" in find(panel, QLabel, "service.follow_up_detail").text()
    click(desk.qtbot, button(panel, "service.follow_up_save"))
    desk.wait_ops()
    assert find(panel, QLabel, "service.follow_up_note.error").isVisible()
    find(panel, QPlainTextEdit, "service.follow_up_note").setPlainText("已与客户面谈")
    click(desk.qtbot, button(panel, "service.follow_up_save"))
    desk.wait_ops()
    assert table.rowCount() == 0
    assert return_visits.pending_follow_ups(desk.ws, supervisor) == []
