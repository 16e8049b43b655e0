"""The advisor's side of review: submit a signed case, see it returned, redo and resubmit.

The supervisor's screens have their own tests; here the supervisor's decisions are made
through the services and the advisor works in the window.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from app.demo import disclose_and_sign
from app.domain.case_flow import CaseState
from app.domain.roles import Role
from app.services import cases, catalog, review, review_decisions
from app.services.review import QueueQuery
from tests.gui.case_desk import SUITABLE, Desk
from tests.gui.conftest import find
from tests.gui.test_case_flow import button, click
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]


def signed_case(desk: Desk) -> str:
    case_id = desk.assessed_case()
    view = desk.case(case_id)
    product = catalog.list_products(desk.ws, desk.actor)
    product_id = next(p.product_id for p in product if p.code == SUITABLE)
    cases.choose_product(
        desk.ws, desk.actor, case_id, view.version, product_id, Decimal("80000"), channel="branch"
    )
    disclose_and_sign(desk.ws, desk.actor, case_id, seed=5)
    return case_id


def today_lines(desk: Desk, window: MainWindow) -> list[str]:
    window.home.refresh()
    desk.wait_ops()
    listing = find(window.home, QListWidget, "home.today")
    return [listing.item(i).text() for i in range(listing.count())]


def activate(desk: Desk, window: MainWindow, starts: str) -> None:
    """Open the today list's line that starts with ``starts`` (as a double click would)."""
    listing = find(window.home, QListWidget, "home.today")
    item = next(
        listing.item(i) for i in range(listing.count()) if listing.item(i).text().startswith(starts)
    )
    listing.setCurrentItem(item)
    listing.itemActivated.emit(item)
    desk.wait_ops()


def test_the_advisor_submits_sees_the_return_and_resubmits(desk: Desk) -> None:
    case_id = signed_case(desk)
    window = desk.window()
    assert today_lines(desk, window) == ["Signed, to submit for review — 张三"]

    # Submitting from the signed case's page.
    activate(desk, window, "Signed, to submit for review")
    done = window.case_page.done
    assert window.case_page.stack.currentWidget() is done
    click(desk.qtbot, button(done, "done.submit"))
    desk.wait_ops()
    assert desk.case(case_id).state is CaseState.SUBMITTED
    assert not button(done, "done.submit").isVisible()
    assert "supervisor" in find(done, QLabel, "done.review_status").text()
    window.show_page(window.home)
    assert today_lines(desk, window) == ["Nothing due today."]

    # The supervisor returns it with a comment; the advisor sees it on Home.
    desk.office.add_user("zhou.sv", Role.SUPERVISOR)
    supervisor = desk.office.actor("zhou.sv")
    new_id = review_decisions.return_case(desk.ws, supervisor, case_id, "双录编号有误，请重新签署")
    assert today_lines(desk, window) == [
        "Returned by your supervisor — 张三: 双录编号有误，请重新签署"
    ]
    activate(desk, window, "Returned by your supervisor")
    assert window.case_page.case is not None and window.case_page.case.case_id == new_id
    assert window.case_page.case.state is CaseState.DRAFT

    # Redone up to matching: the returned sale's product and amount are proposed again.
    view = cases.confirm_onboarding(desk.ws, desk.actor, new_id, desk.case(new_id).version)
    old = desk.case(case_id)
    view = cases.use_assessment(desk.ws, desk.actor, new_id, view.version, old.assessment_id or "")
    window.open_case(new_id)
    desk.wait_ops()
    matching = window.case_page.matching
    assert window.case_page.stack.currentWidget() is matching
    selected = matching.selected()
    assert selected is not None and selected[0].code == SUITABLE
    assert find(window.case_page, QLineEdit, "matching.amount").text() == "80000"
    click(desk.qtbot, button(window.case_page, "nav.next"))  # choose it again
    desk.wait_ops()
    assert desk.case(new_id).state is CaseState.MATCHED

    disclose_and_sign(desk.ws, desk.actor, new_id, seed=9)
    window.open_case(new_id)
    desk.wait_ops()
    click(desk.qtbot, button(window.case_page.done, "done.submit"))
    desk.wait_ops()
    assert desk.case(new_id).state is CaseState.SUBMITTED
    window.show_page(window.home)
    assert today_lines(desk, window) == ["Nothing due today."], "resubmitted: nothing left"
    queue = review.review_queue(desk.ws, supervisor, QueueQuery())
    assert [r.case_id for r in queue.rows] == [new_id]
