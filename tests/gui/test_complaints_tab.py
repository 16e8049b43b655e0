"""Complaints in the window: intake, the list with its colours, and a complaint handled
from acknowledgement through an extension to closure and the satisfaction survey.

Time is frozen on the workspace clock; modal dialogs are never exec'd (the module-level
``ask_…`` functions are patched and the dialogs driven directly).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.complaint_clock import Urgency
from app.domain.roles import Role
from app.services import cases, clients, complaint_actions, complaint_intake, complaints
from app.services.context import Actor, Workspace
from app.services.surveys import AFTER_COMPLAINT
from tests.conftest import Office, client_input
from tests.gui.conftest import Messages, find
from tests.gui.test_case_flow import click
from ui.pages import complaint_intake_dialog, complaints_tab
from ui.pages.complaint_intake_dialog import ComplaintIntakeDialog
from ui.pages.complaint_labels import URGENCY_COLOURS
from ui.pages.complaints_tab import ComplaintsTab, ComplaintTableModel
from ui.pages.survey_dialog import SurveyDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]

BEIJING = ZoneInfo("Asia/Shanghai")


def local(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BEIJING).astimezone(UTC)


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, time.max, BEIJING)


@dataclass
class World:
    office: Office
    ws: Workspace
    advisor: Actor
    service: Actor
    supervisor: Actor
    client_id: str
    case_id: str
    now: list[datetime]

    def at(self, moment: datetime) -> None:
        self.now[0] = moment

    def intake(self, description: str = "理财经理没讲清楚风险") -> str:
        return complaint_intake.intake(
            self.ws, self.service, self.client_id, self.case_id, "phone", "mis_selling", description
        )


@pytest.fixture
def world(office: Office) -> World:
    return make_world(office)


def make_world(office: Office) -> World:
    """An advisor's client with a case, a service user and a supervisor; time frozen."""
    office.add_user("li.advisor", Role.ADVISOR)
    office.add_user("wang.service", Role.SERVICE)
    office.add_user("zhou.sv", Role.SUPERVISOR)
    ws = office.admin_ws
    now = [local(1, 20, 9)]
    ws.clock = lambda: now[0]
    advisor = office.actor("li.advisor")
    client_id = clients.create_client(ws, advisor, client_input())
    case_id = cases.start_case(ws, advisor, client_id).case_id
    return World(
        office,
        ws,
        advisor,
        office.actor("wang.service"),
        office.actor("zhou.sv"),
        client_id,
        case_id,
        now,
    )


def tab_for(qtbot: QtBot, world: World, actor: Actor, wait: Callable[[], None]) -> ComplaintsTab:
    tab = ComplaintsTab(world.ws, actor)
    qtbot.addWidget(tab)
    tab.resize(1200, 900)
    tab.show()
    tab.refresh()
    wait()
    return tab


def button(root: QWidget, name: str) -> QPushButton:
    return find(root, QPushButton, name)


def value(tab: ComplaintsTab, key: str) -> str:
    return find(tab, QLabel, f"service.complaint_{key}").text()


def error_text(root: QWidget, name: str) -> str:
    label = find(root, QLabel, f"{name}.error")
    return label.text() if label.isVisible() else ""


def fill_intake(
    qtbot: QtBot, dialog: ComplaintIntakeDialog, world: World, description: str
) -> None:
    """Find the client by name, pick their case, and describe the complaint."""
    find(dialog, QLineEdit, "complaint.client_search").setText("张")
    client = find(dialog, QComboBox, "complaint.client")
    qtbot.waitUntil(lambda: client.currentData() == world.client_id)
    case = find(dialog, QComboBox, "complaint.case")
    qtbot.waitUntil(lambda: case.findData(world.case_id) > 0)
    case.setCurrentIndex(case.findData(world.case_id))
    channel = find(dialog, QComboBox, "complaint.channel")
    channel.setCurrentIndex(channel.findData("counter"))
    category = find(dialog, QComboBox, "complaint.category")
    category.setCurrentIndex(category.findData("mis_selling"))
    find(dialog, QPlainTextEdit, "complaint.description").setPlainText(description)


def test_a_complaint_from_intake_to_closure_with_an_extension(
    qtbot: QtBot,
    world: World,
    wait_ops: Callable[[], None],
    shown: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = tab_for(qtbot, world, world.service, wait_ops)
    assert tab.model.rowCount() == 0

    # Intake: a missing description is refused beside its field and nothing is lost.
    def take_in(parent: QWidget, ws: Workspace, actor: Actor, *ids: str | None) -> str | None:
        dialog = ComplaintIntakeDialog(ws, actor, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        fill_intake(qtbot, dialog, world, "   ")
        click(qtbot, button(dialog, "complaint.submit"))
        wait_ops()
        assert "client's words" in error_text(dialog, "complaint.description")
        assert find(dialog, QComboBox, "complaint.case").currentData() == world.case_id
        assert find(dialog, QLineEdit, "complaint.client_search").text() == "张"
        find(dialog, QPlainTextEdit, "complaint.description").setPlainText("说保本，结果亏了")
        click(qtbot, button(dialog, "complaint.submit"))
        wait_ops()
        assert dialog.result() == ComplaintIntakeDialog.DialogCode.Accepted
        return dialog.complaint_id

    monkeypatch.setattr(complaint_intake_dialog, "ask_new_complaint", take_in)
    click(qtbot, button(tab, "service.new_complaint"))
    wait_ops()
    assert tab.model.rowCount() == 1
    complaint_id = tab.model.complaint_id(0)
    assert tab.panel.complaint_id == complaint_id
    assert value(tab, "status") == "Received"
    assert value(tab, "decide_by").startswith("2026-02-04 23:59")
    assert value(tab, "case") == "li.advisor"  # the advisor complained about
    assert not button(tab, "service.complaint_decide").isEnabled()  # not acknowledged yet

    # Acknowledge, then take it on.
    world.at(local(1, 20, 11))
    click(qtbot, button(tab, "service.complaint_acknowledge"))
    wait_ops()
    assert value(tab, "status") == "Acknowledged"
    assert "done 2026-01-20 11:00" in value(tab, "acknowledge_by")
    assert not button(tab, "service.complaint_acknowledge").isEnabled()
    handler = find(tab, QComboBox, "service.complaint_handler")
    assert handler.findData(world.advisor.user_id) < 0  # never the advisor complained about
    handler.setCurrentIndex(handler.findData(world.service.user_id))
    click(qtbot, button(tab, "service.complaint_assign"))
    wait_ops()
    assert value(tab, "handler") == "wang.service"
    assert value(tab, "status") == "Assigned"

    # An extension needs a reason; then 30 days (19 Feb is in the Spring Festival: 24 Feb).
    click(qtbot, button(tab, "service.complaint_extend"))
    wait_ops()
    assert "reason" in error_text(tab, "service.complaint_extension_reason")
    find(tab, QLineEdit, "service.complaint_extension_reason").setText("需调取双录核实")
    click(qtbot, button(tab, "service.complaint_extend"))
    wait_ops()
    assert value(tab, "decide_by").startswith("2026-02-24 23:59")
    assert "(extension 1 of 2)" in value(tab, "decide_by")
    assert value(tab, "base_decide_by").startswith("2026-02-04")
    assert not button(tab, "service.complaint_extend").isEnabled()
    assert "supervisor" in value(tab, "extend_hint")
    assert find(tab, QLineEdit, "service.complaint_extension_reason").text() == ""

    # The decision, its root cause, the client told, closed.
    world.at(local(2, 10, 15))
    click(qtbot, button(tab, "service.complaint_decide"))
    wait_ops()
    assert error_text(tab, "service.complaint_resolution")
    assert error_text(tab, "service.complaint_root_cause")
    find(tab, QPlainTextEdit, "service.complaint_resolution").setPlainText("退还认购费并致歉")
    find(tab, QLineEdit, "service.complaint_root_cause").setText("未充分揭示不保本")
    click(qtbot, button(tab, "service.complaint_decide"))
    wait_ops()
    assert value(tab, "status") == "Decided, client not yet told"
    assert "退还认购费并致歉" in value(tab, "outcome")
    informed_by = find(tab, QComboBox, "service.complaint_inform_channel")
    informed_by.setCurrentIndex(informed_by.findData("phone"))
    world.at(local(2, 11, 10))
    click(qtbot, button(tab, "service.complaint_inform"))
    wait_ops()
    assert value(tab, "status") == "Client informed"
    assert "done 2026-02-11 10:00" in value(tab, "decide_by")

    offered: list[str] = []
    monkeypatch.setattr(
        complaints_tab, "ask_survey", lambda _p, _ws, _a, cid: offered.append(cid) or False
    )
    click(qtbot, button(tab, "service.complaint_close"))
    wait_ops()
    assert shown.questions and "Close this complaint" in shown.questions[-1]
    assert value(tab, "status") == "Closed"
    assert offered == [complaint_id]  # the survey is offered at closure
    for name in ("acknowledge", "assign", "extend", "decide", "inform", "close"):
        assert not button(tab, f"service.complaint_{name}").isEnabled(), name

    # The client could not answer then; the survey is taken later from the same screen.
    survey_button = button(tab, "service.complaint_survey")
    assert survey_button.isEnabled()
    survey = SurveyDialog(world.ws, world.service, AFTER_COMPLAINT, complaint_id, tab)
    qtbot.addWidget(survey)
    survey.show()
    click(qtbot, find(survey, QRadioButton, "survey.score_4"))
    click(qtbot, button(survey, "survey.submit"))
    wait_ops()
    assert survey.result() == SurveyDialog.DialogCode.Accepted
    tab.refresh()
    wait_ops()
    assert not survey_button.isEnabled()

    history = find(tab, QListWidget, "service.complaint_events")
    texts = [history.item(i).text() for i in range(history.count())]
    assert [t.split("  ·  ")[-1].split(" (")[0].split(",")[0] for t in texts] == [
        "Taken in",
        "Receipt acknowledged",
        "Assigned to wang.service",
        "Extension 1",
        "Decision recorded",
        "Client told the decision",
        "Closed",
    ]
    assert "需调取双录核实" in texts[3]

    # Out of the open list, into the closed one.
    assert tab.model.rowCount() == 0
    tab.set_view("closed")
    wait_ops()
    assert [tab.model.complaint_id(r) for r in range(tab.model.rowCount())] == [complaint_id]
    assert shown.errors == []


def test_a_second_extension_is_for_a_supervisor(
    qtbot: QtBot, world: World, wait_ops: Callable[[], None], shown: Messages
) -> None:
    complaint_id = world.intake()
    complaint_actions.assign(world.ws, world.service, complaint_id, world.service.user_id)
    complaint_actions.extend(world.ws, world.service, complaint_id, "复杂")
    service_tab = tab_for(qtbot, world, world.service, wait_ops)
    service_tab.open_complaint(complaint_id)
    wait_ops()
    assert not button(service_tab, "service.complaint_extend").isEnabled()
    assert "supervisor's approval" in value(service_tab, "extend_hint")

    supervisor_tab = tab_for(qtbot, world, world.supervisor, wait_ops)
    supervisor_tab.open_complaint(complaint_id)
    wait_ops()
    assert supervisor_tab.panel.complaint_id == complaint_id
    find(supervisor_tab, QLineEdit, "service.complaint_extension_reason").setText("涉及第三方机构")
    click(qtbot, button(supervisor_tab, "service.complaint_extend"))
    wait_ops()
    # 20 Jan + 60 days = Saturday 21 Mar: Monday 23 Mar.
    assert value(supervisor_tab, "decide_by").startswith("2026-03-23 23:59")
    assert "(extension 2 of 2)" in value(supervisor_tab, "decide_by")
    assert not button(supervisor_tab, "service.complaint_extend").isEnabled()
    assert shown.errors == []


def test_the_list_colours_overdue_red_and_due_today_amber(
    qtbot: QtBot, world: World, wait_ops: Callable[[], None]
) -> None:
    world.at(local(1, 5, 10))
    due_today = world.intake("一月五日的投诉")  # decide by 20 Jan
    complaint_actions.acknowledge(world.ws, world.service, due_today)
    world.at(local(1, 18, 10))
    overdue = world.intake("未确认受理")  # acknowledge by 19 Jan 10:00
    world.at(local(1, 19, 9))
    calm = world.intake("刚收到")
    complaint_actions.acknowledge(world.ws, world.service, calm)
    world.at(local(1, 20, 9))
    tab = tab_for(qtbot, world, world.service, wait_ops)

    model = tab.model
    ids = [model.complaint_id(r) for r in range(model.rowCount())]
    assert ids == [due_today, overdue, calm]  # soonest decision first

    def urgency(row: int) -> str:
        return str(model.data(model.index(row, 0), ComplaintTableModel.URGENCY_ROLE))

    def background(row: int) -> Any:
        return model.data(model.index(row, 3), 8)  # Qt.BackgroundRole

    assert [urgency(r) for r in range(3)] == ["due_today", "overdue", "open"]
    assert background(0) == URGENCY_COLOURS[Urgency.DUE_TODAY][0]
    assert background(1) == URGENCY_COLOURS[Urgency.OVERDUE][0]
    assert background(2) is None
    assert "1 overdue · 1 due today" in find(tab, QLabel, "service.complaint_count").text()
    decide_cell = model.data(model.index(0, 8))
    assert decide_cell == "2026-01-20 23:59 (due today)"

    tab.set_view("overdue")
    wait_ops()
    assert [model.complaint_id(r) for r in range(model.rowCount())] == [overdue]
    tab.set_view("due_today")
    wait_ops()
    assert [model.complaint_id(r) for r in range(model.rowCount())] == [due_today]
    table = find(tab, QTableView, "service.complaints")
    assert table.model() is model


def test_the_complaint_model_passes_the_model_tester(
    world: World, qtmodeltester: Any, qtbot: QtBot
) -> None:
    world.intake()
    world.intake("第二个")
    model = ComplaintTableModel()
    model.show_rows(complaints.list_complaints(world.ws, world.service, "open"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_an_administrator_takes_a_complaint_without_seeing_cases(
    qtbot: QtBot, world: World, wait_ops: Callable[[], None], shown: Messages
) -> None:
    dialog = ComplaintIntakeDialog(world.ws, world.office.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    channel = find(dialog, QComboBox, "complaint.channel")
    channel.setCurrentIndex(channel.findData("letter"))
    click(qtbot, button(dialog, "complaint.submit"))
    wait_ops()
    # Everything missing is said at once, beside each field; the channel stays chosen.
    assert "client" in error_text(dialog, "complaint.client")
    assert "category" in error_text(dialog, "complaint.category")
    assert error_text(dialog, "complaint.description")
    assert error_text(dialog, "complaint.channel") == ""
    assert channel.currentData() == "letter"

    find(dialog, QLineEdit, "complaint.client_search").setText("张三")
    client = find(dialog, QComboBox, "complaint.client")
    qtbot.waitUntil(lambda: client.currentData() == world.client_id)
    wait_ops()
    case = find(dialog, QComboBox, "complaint.case")
    assert not case.isEnabled() and case.count() == 1
    assert "cannot see cases" in find(dialog, QLabel, "complaint.case_note").text()
    category = find(dialog, QComboBox, "complaint.category")
    category.setCurrentIndex(category.findData("service"))
    find(dialog, QPlainTextEdit, "complaint.description").setPlainText("柜台态度差")
    click(qtbot, button(dialog, "complaint.submit"))
    wait_ops()
    assert dialog.complaint_id is not None
    detail = complaints.get_complaint(world.ws, world.service, dialog.complaint_id)
    assert detail.case_id is None and detail.channel == "letter"
    assert detail.received_by == world.office.admin.display_name
    assert shown.errors == []


def test_a_complaint_opened_on_a_client_and_case_starts_filled_in(
    qtbot: QtBot,
    world: World,
    wait_ops: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ComplaintIntakeDialog(
        world.ws, world.advisor, client_id=world.client_id, case_id=world.case_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops()
    case = find(dialog, QComboBox, "complaint.case")
    qtbot.waitUntil(lambda: case.currentData() == world.case_id)
    assert find(dialog, QComboBox, "complaint.client").currentData() == world.client_id
    assert find(dialog, QLineEdit, "complaint.client_search").text() == "张三"

    # The tab passes a client and case through to the form.
    seen: list[tuple[str | None, ...]] = []
    monkeypatch.setattr(
        complaint_intake_dialog,
        "ask_new_complaint",
        lambda _p, _ws, _a, client_id, case_id: seen.append((client_id, case_id)) or None,
    )
    tab = tab_for(qtbot, world, world.service, wait_ops)
    tab.new_complaint(world.client_id, world.case_id)
    assert seen == [(world.client_id, world.case_id)]
    assert tab.model.rowCount() == 0  # cancelled: nothing new


def test_the_new_complaint_button_serves_every_role(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str | None, str | None]] = []

    def ask(_p: QWidget, _ws: Workspace, actor: Actor, client_id: str | None, case_id: str | None):
        asked.append((actor.username, client_id, case_id))
        return "complaint-1"

    monkeypatch.setattr(complaint_intake_dialog, "ask_new_complaint", ask)
    for actor in (world.advisor, world.service, world.supervisor, world.office.admin):
        host = QWidget()
        qtbot.addWidget(host)
        new = complaint_intake_dialog.NewComplaintButton(world.ws, actor, "home.complaint", host)
        new.client_id, new.case_id = world.client_id, world.case_id
        host.show()
        with qtbot.waitSignal(new.complaint_did_open) as opened:
            click(qtbot, new)
        assert opened.args == ["complaint-1"]
    assert [a[0] for a in asked] == ["li.advisor", "wang.service", "zhou.sv", "admin"]
    assert {a[1:] for a in asked} == {(world.client_id, world.case_id)}
