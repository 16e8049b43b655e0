"""Home's today list: each overdue or due item is listed for whoever acts on it, and a
double click opens the right screen.

Time is frozen: a private sale and a ``warn`` sale are signed on Tuesday 29 September
2026 and a complaint is taken the same day; twenty days later both return visits and the
complaint's acknowledgement and decision are overdue.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QListWidget

from app.domain.roles import Role
from app.services import assessments, catalog, complaint_intake
from app.services.context import Workspace
from tests.conftest import mainland_id
from tests.gui.case_desk import C3_SHEET, Desk
from tests.gui.conftest import find
from tests.unit.test_case_services import Desk as ServiceDesk
from tests.unit.test_disclosure_service import PRIVATE, QUALIFIED, WARN
from tests.unit.test_signing_service import disclosed_case, sign
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]

SIGNED_AT = datetime(2026, 9, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")).astimezone(UTC)
LATER = SIGNED_AT + timedelta(days=20)


def freeze(ws: Workspace, moment: datetime) -> None:
    ws.clock = lambda: moment


def lines(desk: Desk, window: MainWindow) -> list[str]:
    window.home.refresh()
    desk.wait_ops()
    listing = find(window.home, QListWidget, "home.today")
    return [listing.item(i).text() for i in range(listing.count())]


def open_line(desk: Desk, window: MainWindow, starts: str) -> None:
    listing = find(window.home, QListWidget, "home.today")
    item = next(
        listing.item(i) for i in range(listing.count()) if listing.item(i).text().startswith(starts)
    )
    listing.setCurrentItem(item)
    listing.itemActivated.emit(item)
    desk.wait_ops()


def signed_sale(desk: Desk, code: str, amount: str, seq: str, name: str, **kw: Any) -> str:
    """Through the services (the unit tests' desk over the same workspace)."""
    products = {p.code: p.product_id for p in catalog.list_products(desk.ws, desk.actor)}
    services = ServiceDesk(desk.ws, desk.actor, products)
    case_id, version = disclosed_case(
        services, code, amount, id_number=mainland_id(seq=seq), name=name, **kw
    )
    sign(services, case_id, version)
    return case_id


@pytest.fixture
def overdue(desk: Desk) -> dict[str, str]:
    """Two sales and a complaint, all from 29 September."""
    freeze(desk.ws, SIGNED_AT)
    private = signed_sale(desk, PRIVATE, "1000000", "201", "王五", **QUALIFIED)
    warn = signed_sale(desk, WARN, "10000", "202", "赵六", own_initiative=True)
    client_id = desk.case(warn).client_id
    complaint = complaint_intake.intake(
        desk.ws, desk.actor, client_id, warn, "counter", "mis_selling", "产品风险未讲清楚"
    )
    return {"private": private, "warn": warn, "complaint": complaint}


def test_service_staff_see_the_overdue_complaint_and_visits_and_open_them(
    desk: Desk, overdue: dict[str, str]
) -> None:
    desk.office.add_user("wu.svc", Role.SERVICE)
    login = desk.office.login("wu.svc")
    freeze(login.workspace, LATER)
    window = desk.window(login.workspace, login.actor)
    today = lines(desk, window)
    assert today[0].startswith("Complaint of 赵六: decision overdue since 2026-10-14")
    visits = [line for line in today if line.startswith("Return visit to")]
    # Five working days after cooling-off (30 Sep) or signing (29 Sep): the National Day
    # holiday does not count, the worked Saturday 10 October does.
    assert visits == [
        "Return visit to 赵六: overdue since 2026-10-12 23:59",
        "Return visit to 王五: overdue since 2026-10-13 23:59",
    ]
    open_line(desk, window, "Complaint of 赵六")
    service = window.service_page
    assert window.pages.currentWidget() is service
    assert service.complaints is not None
    assert service.tabs.currentWidget() is service.complaints
    assert service.complaints.panel.complaint_id == overdue["complaint"]

    window.show_page(window.home)
    open_line(desk, window, "Return visit to 王五")
    assert service.visits is not None and service.tabs.currentWidget() is service.visits
    assert service.visits.form.case_id == overdue["private"]
    login.workspace.close()


def test_a_supervisor_sees_the_overdue_complaint_and_the_waiting_review(
    desk: Desk, overdue: dict[str, str]
) -> None:
    from app.services import review

    freeze(desk.ws, SIGNED_AT + timedelta(hours=1))
    review.submit_case(desk.ws, desk.actor, overdue["warn"], desk.case(overdue["warn"]).version)
    desk.office.add_user("zhou.sv", Role.SUPERVISOR)
    login = desk.office.login("zhou.sv")
    freeze(login.workspace, LATER)
    window = desk.window(login.workspace, login.actor)
    today = lines(desk, window)
    assert today[0].startswith("Complaint of 赵六: decision overdue since")
    assert "1 cases waiting for your review" in today
    open_line(desk, window, "1 cases waiting")
    assert window.pages.currentWidget() is window.review_page
    login.workspace.close()


def test_the_advisor_sees_an_expiring_assessment_and_opens_the_client(desk: Desk) -> None:
    client_id = desk.client(name="钱七", id_number=mainland_id(seq="303"))
    freeze(desk.ws, SIGNED_AT)
    assessments.submit_assessment(desk.ws, desk.actor, client_id, C3_SHEET)
    freeze(desk.ws, SIGNED_AT + timedelta(days=350))  # valid for 12 months: 15 days left
    window = desk.window()
    assert lines(desk, window) == ["Risk assessment of 钱七 expires on 2027-09-29 10:00"]
    open_line(desk, window, "Risk assessment of 钱七")
    assert window.pages.currentWidget() is window.case_page
    assert window.client_form.client_id == client_id


def test_the_admin_is_told_when_the_calendar_lacks_next_years_holidays(desk: Desk) -> None:
    from datetime import date

    from app.services import work_calendar

    ws, admin = desk.office.admin_ws, desk.office.admin
    freeze(ws, datetime(2026, 12, 1, 9, 0, tzinfo=UTC))  # deadlines now reach into 2027
    window = desk.window(ws, admin)
    (line,) = lines(desk, window)
    assert line.startswith("The holiday calendar has no public holidays for 2027")
    open_line(desk, window, "The holiday calendar")
    assert window.pages.currentWidget() is window.settings_page
    work_calendar.set_day(ws, admin, date(2027, 1, 1), "holiday", "元旦")
    assert lines(desk, window) == ["Nothing due today."]
