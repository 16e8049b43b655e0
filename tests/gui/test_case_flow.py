"""A sales case in the window, as an advisor clicks through it.

Client → onboarding review → risk questionnaire (one question at a time) → result →
matching (every product with its decision) → a product chosen → the stored decision.
Also: a CSRC mismatch only on the client's own initiative, NFRA prohibitions, a draft
resumed after a restart, a valid assessment reused, and inconsistent answers confirmed.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.case_flow import CaseState
from app.services import assessments, cases
from tests.conftest import mainland_id
from tests.gui.case_desk import (
    C3_SHEET,
    ELDERLY_GROWTH_SHEET,
    PROHIBITED,
    SUITABLE,
    TOTAL_PRODUCTS,
    WARN,
    Desk,
)
from tests.gui.conftest import find
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]


# -- driving the window ------------------------------------------------------------------


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    pos = QPoint()  # the centre
    if isinstance(widget, QCheckBox | QRadioButton):
        # A stretched check box reacts only on its box and text, not at the row's centre.
        width = min(widget.width(), widget.sizeHint().width())
        pos = QPoint(width // 2, widget.height() // 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def button(root: QWidget, name: str) -> QPushButton:
    return find(root, QPushButton, name)


def option(root: QWidget, number: int, letter: str) -> QAbstractButton:
    return find(root, QAbstractButton, f"questionnaire.q{number}.{letter}")


def letters(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def start_case_from_client(desk: Desk, window: MainWindow, client_id: str) -> str:
    """Open the client, start a case and pass the onboarding review; returns the case id."""
    qtbot, page = desk.qtbot, window.case_page
    window.open_client(client_id)
    click(qtbot, button(window, "onboarding.start_case"))
    desk.wait_ops()
    assert page.case is not None
    assert page.title.text() == "Sales case for 张三" or page.title.text().startswith("Sales case")
    nav_next = button(page, "nav.next")
    assert nav_next.text() == "Save and continue ▶"
    assert not button(window, "onboarding.start_case").isVisible(), "inside the case"
    click(qtbot, nav_next)
    desk.wait_ops()
    assert page.stack.currentWidget() is page.questionnaire
    return page.case.case_id


def answer(desk: Desk, window: MainWindow, sheet: dict[str, Any], up_to: int = 20) -> None:
    """Answer questions 1..``up_to`` as the client would, pressing Next after each."""
    qtbot, page = desk.qtbot, window.case_page
    nav_next = button(page, "nav.next")
    progress = find(page, QLabel, "questionnaire.progress_text")
    for number in range(1, up_to + 1):
        assert progress.text() == f"Question {number} of 20"
        assert find(page, QLabel, f"questionnaire.q{number}.text").isVisible()
        assert not nav_next.isEnabled(), f"Next is open before question {number} is answered"
        assert not button(page, "questionnaire.next").isEnabled()
        for letter in letters(sheet[str(number)]):
            click(qtbot, option(page, number, letter))
        assert nav_next.isEnabled()
        click(qtbot, nav_next)
    desk.wait_ops()


def take_questionnaire(desk: Desk, window: MainWindow, sheet: dict[str, Any]) -> QLabel:
    """From the questionnaire's first page to its result; returns the result label."""
    click(desk.qtbot, button(window.case_page, "questionnaire.start_new"))
    answer(desk, window, sheet)
    result = find(window.case_page, QLabel, "questionnaire.result")
    assert result.isVisible()
    return result


def outcomes(window: MainWindow) -> dict[str, str]:
    """Product code → the outcome the matching table shows."""
    model = find(window.case_page, QTableView, "matching.products").model()
    return {
        model.index(row, 0).data(): model.index(row, 2).data() for row in range(model.rowCount())
    }


def select_product(desk: Desk, window: MainWindow, code: str) -> None:
    """Click the product's row in the matching table."""
    table = find(window.case_page, QTableView, "matching.products")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)
    index = model.index(row, 0)
    table.scrollTo(index)
    desk.qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert window.case_page.matching.selected() is not None
    assert window.case_page.matching.selected()[0].code == code  # type: ignore[index]


def enter_amount(desk: Desk, window: MainWindow, amount: str) -> None:
    edit = find(window.case_page, QLineEdit, "matching.amount")
    edit.selectAll()
    desk.qtbot.keyClicks(edit, amount)
    desk.qtbot.keyClick(edit, Qt.Key.Key_Return)
    desk.wait_ops()


def details(window: MainWindow) -> str:
    return find(window.case_page, QLabel, "matching.details").text()


def summary(window: MainWindow) -> str:
    label = find(window.case_page, QLabel, "matching.summary_text")
    assert label.isVisible()
    return label.text()


# -- the tests ---------------------------------------------------------------------------


def test_a_suitable_product_from_client_to_matched(desk: Desk) -> None:
    client_id = desk.client()
    window = desk.window()
    page = window.case_page
    case_id = start_case_from_client(desk, window, client_id)
    assert desk.case(case_id).state is CaseState.PROFILED

    # No assessment yet: only the questionnaire is offered.
    assert "no risk assessment yet" in find(page, QLabel, "questionnaire.existing").text()
    assert not button(page, "questionnaire.use_existing").isVisible()
    assert not button(page, "questionnaire.skip_professional").isVisible()

    result = take_questionnaire(desk, window, C3_SHEET)
    assert "Score: 51 of 100" in result.text()
    assert "Risk level: C3 balanced" in result.text()
    assert not find(page, QLabel, "questionnaire.warnings").isVisible()
    assert button(page, "nav.next").text() == "Submit ▶"
    assert assessments.latest_assessment(desk.ws, desk.actor, client_id) is None

    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    assert page.stack.currentWidget() is page.matching
    assert "C3 balanced" in find(page, QLabel, "matching.client_summary").text()
    shown = outcomes(window)
    assert len(shown) == TOTAL_PRODUCTS
    assert shown[SUITABLE] == "Suitable"
    assert shown[WARN] == "Mismatch: client's own initiative only"
    assert shown[PROHIBITED] == "Prohibited"

    # Before the amount is known the product cannot be chosen yet.
    select_product(desk, window, SUITABLE)
    assert "Outcome: Suitable" in details(window)
    assert "Enter the amount" in details(window)
    assert not button(page, "matching.choose").isEnabled()
    assert not button(page, "nav.next").isEnabled()

    enter_amount(desk, window, "100000")
    assert page.matching.selected() is not None, "the selection survives the re-evaluation"
    assert "Enter the amount" not in details(window)
    assert "Outcome: Suitable" in details(window)
    assert not find(page, QCheckBox, "matching.own_initiative").isVisible()
    assert button(page, "nav.next").isEnabled()
    click(desk.qtbot, button(page, "matching.choose"))
    desk.wait_ops()

    text = summary(window)
    assert f"Product: {SUITABLE}" in text
    assert "Amount: 100,000" in text
    assert "Outcome: Suitable" in text
    assert "own initiative" not in text
    assert find(page, QLabel, "matching.summary_heading").text() == "张三: Matched"
    # The match is fixed: no way back, only on to the disclosure.
    assert not button(page, "nav.back").isEnabled()
    assert button(page, "nav.next").text() == "Continue to disclosure ▶"
    case = desk.case(case_id)
    assert case.state is CaseState.MATCHED
    assert case.assessment_id is not None


def test_a_csrc_mismatch_needs_the_clients_own_initiative(desk: Desk) -> None:
    case_id = desk.assessed_case()
    window = desk.window()
    page = window.case_page
    window.open_case(case_id)
    desk.wait_ops()
    assert page.stack.currentWidget() is page.matching
    enter_amount(desk, window, "50000")

    select_product(desk, window, WARN)
    text = details(window)
    assert "Outcome: Mismatch: client's own initiative only" in text
    assert "Product risk R4 is above the client's risk tolerance C3." in text
    assert "Special risk warning and investment confirmation" in text
    initiative = find(page, QCheckBox, "matching.own_initiative")
    choose = button(page, "matching.choose")
    assert initiative.isVisible() and not initiative.isChecked()
    assert not choose.isEnabled()
    assert not button(page, "nav.next").isEnabled()

    click(desk.qtbot, initiative)
    assert initiative.isChecked()
    assert choose.isEnabled() and button(page, "nav.next").isEnabled()
    click(desk.qtbot, choose)
    desk.wait_ops()

    text = summary(window)
    assert f"Product: {WARN}" in text
    assert "Outcome: Mismatch: client's own initiative only (product risk R4)" in text
    assert "the client asked for this product on their own initiative" in text
    assert "Special risk warning and investment confirmation" in text
    assert desk.case(case_id).state is CaseState.MATCHED
    match = cases.get_match(desk.ws, desk.actor, case_id)
    assert match is not None and match.own_initiative and match.outcome == "warn"


def test_a_prohibited_product_cannot_be_chosen_and_says_why(desk: Desk) -> None:
    case_id = desk.assessed_case()
    window = desk.window()
    page = window.case_page
    window.open_case(case_id)
    desk.wait_ops()
    choose = button(page, "matching.choose")
    enter_amount(desk, window, "5000")

    # Above the client's level under NFRA: no override exists, so no initiative box.
    select_product(desk, window, PROHIBITED)
    text = details(window)
    assert "Outcome: Prohibited" in text
    assert "Product risk R4 is above the client's risk tolerance C3." in text
    assert "This rule needs a fact that was not recorded: family financial assets." in text
    assert "The amount 5,000.00 is below the product's minimum of 1,000,000.00." in text
    assert not find(page, QCheckBox, "matching.own_initiative").isVisible()
    assert not choose.isEnabled()
    assert choose.toolTip() == "A prohibited product cannot be chosen."
    assert not button(page, "nav.next").isEnabled()

    # A suitable product, but the amount is below its minimum.
    select_product(desk, window, SUITABLE)
    assert outcomes(window)[SUITABLE] == "Prohibited"
    assert "The amount 5,000.00 is below the product's minimum of 10,000.00." in details(window)
    assert not choose.isEnabled()

    # The filter narrows the table to what can still be sold at this amount.
    combo = page.matching.filter_outcome
    combo.setCurrentIndex(combo.findData("prohibited"))
    assert set(outcomes(window).values()) == {"Prohibited"}
    assert SUITABLE in outcomes(window)

    # Raising the amount re-runs the decision: now it can be chosen.
    enter_amount(desk, window, "20000")
    combo.setCurrentIndex(combo.findData(""))
    assert outcomes(window)[SUITABLE] == "Suitable"
    select_product(desk, window, SUITABLE)
    assert "below the product's minimum" not in details(window)
    assert choose.isEnabled()
    assert desk.case(case_id).state is CaseState.ASSESSED, "nothing was matched"


def test_a_draft_resumes_at_the_same_question_after_a_restart(desk: Desk) -> None:
    client_id = desk.client()
    window = desk.window()
    case_id = start_case_from_client(desk, window, client_id)
    click(desk.qtbot, button(window.case_page, "questionnaire.start_new"))
    answer(desk, window, C3_SHEET, up_to=3)
    click(desk.qtbot, option(window.case_page, 4, "B"))
    expected = {"1": "A", "2": "D", "3": "B", "4": "B"}

    def saved() -> bool:
        draft = desk.case(case_id).draft.get("questionnaire", {})
        return bool(draft.get("answers") == expected and draft.get("index") == 3)

    desk.qtbot.waitUntil(saved, timeout=5000)
    desk.qtbot.waitUntil(
        lambda: (
            find(window.case_page, QLabel, "case.autosave_state").text().startswith("Draft saved")
        ),
        timeout=5000,
    )
    desk.wait_ops()

    # The advisor closes the app and signs in again later.
    window.close()
    again = desk.office.login("li.advisor")
    restarted = desk.window(again.workspace, again.actor)
    page = restarted.case_page
    assert restarted.pages.currentWidget() is restarted.home
    open_cases = find(restarted.home, QListWidget, "home.today")
    assert open_cases.count() == 1
    item = open_cases.item(0)
    assert item.text().startswith("张三 — Risk assessment — saved ")
    # A double click is press, release, then a second press delivered as a double click.
    centre = open_cases.visualItemRect(item).center()
    desk.qtbot.mouseClick(open_cases.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    desk.qtbot.mouseDClick(open_cases.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    desk.wait_ops()

    assert restarted.pages.currentWidget() is page
    assert page.stack.currentWidget() is page.questionnaire
    assert find(page, QLabel, "questionnaire.progress_text").text() == "Question 4 of 20"
    assert find(page, QLabel, "questionnaire.q4.text").isVisible()
    for number, letter in expected.items():
        assert option(page, int(number), letter).isChecked(), f"Q{number} lost its answer"
    assert not option(page, 1, "B").isChecked()
    assert button(page, "nav.next").isEnabled(), "question 4 was answered"

    # Going back shows the earlier answers; the rest can be answered from where it stopped.
    click(desk.qtbot, button(page, "nav.back"))
    assert find(page, QLabel, "questionnaire.progress_text").text() == "Question 3 of 20"
    assert option(page, 3, "B").isChecked()
    click(desk.qtbot, button(page, "nav.next"))
    click(desk.qtbot, button(page, "nav.next"))
    assert find(page, QLabel, "questionnaire.progress_text").text() == "Question 5 of 20"
    assert not button(page, "nav.next").isEnabled()
    page.autosave_timer.stop()
    desk.wait_ops()
    restarted.close()


def test_a_valid_assessment_is_reused_by_the_next_case(desk: Desk) -> None:
    client_id = desk.client()
    window = desk.window()
    page = window.case_page
    first = start_case_from_client(desk, window, client_id)
    take_questionnaire(desk, window, C3_SHEET)
    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    assert page.stack.currentWidget() is page.matching
    assessment_id = desk.case(first).assessment_id
    assert assessment_id is not None

    # Back to the client through the sidebar: the first case stays open.
    window.sidebar.setCurrentRow(window._nav.index(window.clients))
    desk.wait_ops()
    window.open_client(client_id)
    assert "Risk assessment: C3 balanced, valid until" in (
        find(window, QLabel, "onboarding.assessment_state").text()
    )
    assert button(window, "onboarding.resume_case").isVisible()

    second = start_case_from_client(desk, window, client_id)
    assert second != first
    existing = find(page, QLabel, "questionnaire.existing").text()
    assert "Latest assessment: C3 balanced (score 51)" in existing
    assert "valid until" in existing
    click(desk.qtbot, button(page, "questionnaire.use_existing"))
    desk.wait_ops()

    assert page.stack.currentWidget() is page.matching
    assert "C3 balanced" in find(page, QLabel, "matching.client_summary").text()
    assert len(outcomes(window)) == TOTAL_PRODUCTS
    case = desk.case(second)
    assert case.state is CaseState.ASSESSED
    assert case.assessment_id == assessment_id
    latest = assessments.latest_assessment(desk.ws, desk.actor, client_id)
    assert latest is not None and latest.assessment_id == assessment_id, "no new assessment"


def test_inconsistent_answers_need_a_note_before_submitting(desk: Desk) -> None:
    client_id = desk.client(id_number=mainland_id(birth="19550501"), birth_date="1955-05-01")
    window = desk.window()
    page = window.case_page
    case_id = start_case_from_client(desk, window, client_id)
    result = take_questionnaire(desk, window, ELDERLY_GROWTH_SHEET)
    assert "Risk level: C3 balanced" in result.text()
    warnings = find(page, QLabel, "questionnaire.warnings")
    assert warnings.isVisible()
    assert "The client is over 60" in warnings.text()
    note = find(page, QLineEdit, "questionnaire.warnings_note")
    error = find(page, QLabel, "questionnaire.warnings_note.error")
    assert note.isVisible() and not error.isVisible()

    # Submitting without a note is refused beside the note; nothing is lost.
    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    assert error.isVisible()
    assert "The answers are inconsistent (ELDERLY_HIGH_RISK_GOAL)" in error.text()
    assert result.isVisible() and "Risk level: C3 balanced" in result.text()
    assert page.stack.currentWidget() is page.questionnaire
    assert assessments.latest_assessment(desk.ws, desk.actor, client_id) is None
    assert desk.case(case_id).state is CaseState.PROFILED
    for number, value in ELDERLY_GROWTH_SHEET.items():
        for letter in letters(value):
            assert option(page, int(number), letter).isChecked()

    # With what the client confirmed, it goes through.
    note.setFocus()
    note.insert("客户当面确认：希望资产大幅增长")
    click(desk.qtbot, button(page, "questionnaire.submit"))
    desk.wait_ops()
    assert page.stack.currentWidget() is page.matching
    latest = assessments.latest_assessment(desk.ws, desk.actor, client_id)
    assert latest is not None and latest.level == "C3"
    assert desk.case(case_id).state is CaseState.ASSESSED


def go_home(desk: Desk, window: MainWindow) -> None:
    """Through the sidebar, by way of the client list."""
    window.sidebar.setCurrentRow(window._nav.index(window.clients))
    window.sidebar.setCurrentRow(window._nav.index(window.home))
    desk.wait_ops()
    assert window.pages.currentWidget() is window.home


def open_from_home(desk: Desk, window: MainWindow) -> None:
    open_cases = find(window.home, QListWidget, "home.today")
    # A double click is press, release, then a second press delivered as a double click.
    centre = open_cases.visualItemRect(open_cases.item(0)).center()
    desk.qtbot.mouseClick(open_cases.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    desk.qtbot.mouseDClick(open_cases.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    desk.wait_ops()
    assert window.pages.currentWidget() is window.case_page


def test_a_draft_left_on_the_result_resumes_one_step_from_it(desk: Desk) -> None:
    client_id = desk.client()
    window = desk.window()
    page = window.case_page
    case_id = start_case_from_client(desk, window, client_id)
    take_questionnaire(desk, window, C3_SHEET)
    desk.qtbot.waitUntil(
        lambda: desk.case(case_id).draft.get("questionnaire", {}).get("page") == 2, timeout=5000
    )
    desk.wait_ops()

    go_home(desk, window)
    open_from_home(desk, window)
    assert page.stack.currentWidget() is page.questionnaire
    assert find(page, QLabel, "questionnaire.q20.text").isVisible()
    assert find(page, QLabel, "questionnaire.progress_text").text() == "Question 20 of 20"
    assert option(page, 20, "A").isChecked()
    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    assert "Risk level: C3 balanced" in find(page, QLabel, "questionnaire.result").text()
    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    assert page.stack.currentWidget() is page.matching
    assert desk.case(case_id).state is CaseState.ASSESSED


def test_a_changed_level_needs_the_clients_confirmation_and_limits_apply(desk: Desk) -> None:
    client_id = desk.client()
    assessments.submit_assessment(desk.ws, desk.actor, client_id, C3_SHEET)
    window = desk.window()
    page = window.case_page
    case_id = start_case_from_client(desk, window, client_id)
    assert button(page, "questionnaire.use_existing").isVisible()

    # Q13 "all in B": 57 points, C4; the client must confirm the change from C3.
    result = take_questionnaire(desk, window, {**C3_SHEET, "13": "E"})
    assert "Risk level: C4 active" in result.text()
    assert "Previous level: C3 balanced. The client must confirm the change." in result.text()
    confirmed = find(page, QCheckBox, "questionnaire.level_change_confirmed")
    assert confirmed.isVisible() and not confirmed.isChecked()
    assert not find(page, QLineEdit, "questionnaire.warnings_note").isVisible()
    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    error = find(page, QLabel, "questionnaire.level_change_confirmed.error")
    assert error.isVisible()
    assert "The level changes from C3 to C4" in error.text()
    assert desk.case(case_id).state is CaseState.PROFILED

    click(desk.qtbot, confirmed)
    click(desk.qtbot, button(page, "nav.next"))
    desk.wait_ops()
    assert page.stack.currentWidget() is page.matching
    assert "C4 active" in find(page, QLabel, "matching.client_summary").text()

    # Two assessments today: a third case may reuse the C4 one but not take a new one.
    window.sidebar.setCurrentRow(window._nav.index(window.clients))
    desk.wait_ops()
    window.open_client(client_id)
    start_case_from_client(desk, window, client_id)
    limit = find(page, QLabel, "questionnaire.limit")
    assert limit.isVisible()
    assert "reached the limit of risk assessments" in limit.text()
    assert not button(page, "questionnaire.start_new").isEnabled()
    assert button(page, "questionnaire.use_existing").isVisible()
    assert "Latest assessment: C4 active" in find(page, QLabel, "questionnaire.existing").text()


def test_the_sidebar_leads_back_home_from_a_case_opened_there(desk: Desk) -> None:
    client_id = desk.client()
    cases.start_case(desk.ws, desk.actor, client_id)
    window = desk.window()
    open_from_home(desk, window)
    sidebar = window.sidebar
    home_row = sidebar.item(window._nav.index(window.home))
    desk.qtbot.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualItemRect(home_row).center(),
    )
    desk.wait_ops()
    assert window.pages.currentWidget() is window.home


def test_locking_right_after_an_answer_keeps_it(desk: Desk) -> None:
    client_id = desk.client()
    window = desk.window()
    case_id = start_case_from_client(desk, window, client_id)
    click(desk.qtbot, button(window.case_page, "questionnaire.start_new"))
    desk.wait_ops()
    click(desk.qtbot, option(window.case_page, 1, "C"))
    assert window.case_page.autosave_timer.isActive(), "the autosave is still pending"

    window.lock()  # before the autosave fired: the answer is saved on the way out
    assert not window.case_page.autosave_timer.isActive()

    other = desk.office.login("li.advisor")
    try:
        draft = cases.get_case(other.workspace, other.actor, case_id).draft
    finally:
        other.workspace.close()
    assert draft["questionnaire"]["answers"] == {"1": "C"}


def test_a_typed_id_number_never_goes_into_a_case_draft(desk: Desk) -> None:
    client_id = desk.client()
    window = desk.window()
    window.open_client(client_id)
    click(desk.qtbot, button(window, "onboarding.start_case"))
    desk.wait_ops()
    form = window.client_form
    find(form, QLineEdit, "onboarding.id_number").setText(mainland_id(seq="777"))
    find(form, QLineEdit, "onboarding.occupation").setText("教师")
    assert "id_number" not in form.typed()
    window.case_page.save_draft()
    desk.wait_ops()
    case_id = window.case_page.case.case_id  # type: ignore[union-attr]
    draft = desk.case(case_id).draft["onboarding"]
    assert draft["occupation"] == "教师" and "id_number" not in draft
