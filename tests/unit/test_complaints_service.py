"""Complaints from intake to closure, as the services enforce it.

Any role takes a complaint in; service staff and supervisors handle it. The advisor a
complaint is about never handles it (even after becoming a supervisor); a second
extension needs a supervisor; the steps go acknowledge → decide → inform → close; every
step is one audit event, one history event, and a version bump; the lists and figures
follow the clocks with frozen time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from app.domain.complaint_clock import Urgency
from app.domain.roles import Role
from app.errors import NotFound, PermissionDenied, UserError, ValidationFailed
from app.services import (
    cases,
    clients,
    complaint_actions,
    complaint_intake,
    complaints,
    surveys,
    users,
    work_calendar,
)
from app.services.context import Actor, Workspace
from app.services.surveys import AFTER_COMPLAINT
from app.store.ids import new_id
from app.store.models import Branch, Client, Complaint, User
from tests.conftest import Office, audit_rows, client_input, mainland_id

pytestmark = pytest.mark.usefixtures("fast_kdf")

BEIJING = ZoneInfo("Asia/Shanghai")


def local(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """2026, Beijing wall-clock time, as UTC (how the services store it)."""
    return datetime(2026, month, day, hour, minute, tzinfo=BEIJING).astimezone(UTC)


def end_of(month: int, day: int) -> datetime:
    return local(month, day, 0) + timedelta(days=1, microseconds=-1)


@dataclass
class Branch1:
    """One branch: an advisor with a client and a case, two service staff, a supervisor."""

    office: Office
    ws: Workspace
    advisor: Actor
    service: Actor
    colleague: Actor
    supervisor: Actor
    client_id: str
    case_id: str
    now: list[datetime]

    def at(self, moment: datetime) -> None:
        self.now[0] = moment

    def intake(self, actor: Actor | None = None, *, case: bool = True, **kw: Any) -> str:
        values = dict(channel="phone", category="mis_selling", description="卖的时候没说会亏本")
        values.update(kw)
        return complaint_intake.intake(
            self.ws,
            actor or self.service,
            self.client_id,
            self.case_id if case else None,
            str(values["channel"]),
            str(values["category"]),
            str(values["description"]),
        )

    def detail(self, complaint_id: str, actor: Actor | None = None) -> complaints.ComplaintDetail:
        return complaints.get_complaint(self.ws, actor or self.service, complaint_id)


@pytest.fixture
def branch(office: Office) -> Branch1:
    for name, role in (
        ("li.advisor", Role.ADVISOR),
        ("wang.service", Role.SERVICE),
        ("sun.service", Role.SERVICE),
        ("zhou.sv", Role.SUPERVISOR),
    ):
        office.add_user(name, role)
    ws = office.admin_ws
    now = [local(1, 20, 9)]
    ws.clock = lambda: now[0]
    advisor = office.actor("li.advisor")
    client_id = clients.create_client(ws, advisor, client_input())
    case_id = cases.start_case(ws, advisor, client_id).case_id
    return Branch1(
        office,
        ws,
        advisor,
        office.actor("wang.service"),
        office.actor("sun.service"),
        office.actor("zhou.sv"),
        client_id,
        case_id,
        now,
    )


def event_kinds(b: Branch1, complaint_id: str) -> list[str]:
    return [e.kind for e in b.detail(complaint_id, b.supervisor).events]


def stored_decide_by(b: Branch1, complaint_id: str) -> datetime:
    with b.ws.db.reading() as session:
        row = session.get(Complaint, complaint_id)
        assert row is not None
        return row.decide_by


def to_closure(b: Branch1, complaint_id: str, actor: Actor) -> None:
    complaint_actions.acknowledge(b.ws, actor, complaint_id)
    complaint_actions.decide(b.ws, actor, complaint_id, "退还手续费并致歉", "未充分揭示风险")
    complaint_actions.inform(b.ws, actor, complaint_id, "phone")
    complaint_actions.close(b.ws, actor, complaint_id)


# -- intake --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["advisor", "service", "supervisor", "admin"])
def test_every_role_can_take_a_complaint_in(branch: Branch1, role: str) -> None:
    actor = {
        "advisor": branch.advisor,
        "service": branch.service,
        "supervisor": branch.supervisor,
        "admin": branch.office.admin,
    }[role]
    complaint_id = branch.intake(actor)
    detail = branch.detail(complaint_id)
    assert detail.status == "received"
    assert detail.client_name == "张三" and "*" in detail.client_id_masked
    assert detail.case_id == branch.case_id
    assert detail.subject_user_id == branch.advisor.user_id
    assert detail.subject_name == "li.advisor"
    assert detail.received_by == actor.display_name
    # Received Tuesday 20 Jan at 09:00: acknowledge by 09:00 on the 21st, decide by 4 Feb.
    assert detail.acknowledge_by == local(1, 21, 9)
    assert detail.decide_by == detail.base_decide_by == end_of(2, 4)
    assert detail.internal_target == end_of(1, 29)
    assert [e.kind for e in detail.events] == ["intake"]


def test_intake_choices_find_the_branchs_clients_by_name(branch: Branch1) -> None:
    for actor in (branch.advisor, branch.service, branch.office.admin):
        found = complaint_intake.intake_client_choices(branch.ws, actor, "张")
        assert [c.client_id for c in found] == [branch.client_id]
        assert found[0].id_masked == "110***********" + mainland_id()[-4:]
        assert complaint_intake.intake_client(branch.ws, actor, branch.client_id) == found[0]
    assert complaint_intake.intake_client_choices(branch.ws, branch.service, "  ") == []


def test_intake_refuses_bad_fields_all_at_once_and_a_case_of_someone_else(
    branch: Branch1,
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        branch.intake(channel="fax", category="", description="  ")
    assert {e.field for e in caught.value.errors} == {"channel", "category", "description"}
    other_client = clients.create_client(
        branch.ws, branch.advisor, client_input(name="李四", id_number=mainland_id(seq="456"))
    )
    with pytest.raises(ValidationFailed) as caught:
        complaint_intake.intake(
            branch.ws,
            branch.service,
            other_client,
            branch.case_id,
            "phone",
            "fees",
            "收费不透明",
        )
    assert caught.value.for_field("case") is not None


def test_an_advisor_takes_complaints_only_for_their_own_clients(
    branch: Branch1, office: Office
) -> None:
    office.add_user("ma.advisor", Role.ADVISOR)
    other = office.actor("ma.advisor")
    with pytest.raises(NotFound):
        complaint_intake.intake(
            branch.ws, other, branch.client_id, None, "phone", "fees", "收费不透明"
        )
    assert complaint_intake.intake_client_choices(branch.ws, other, "张") == []


# -- recusal and who may act ----------------------------------------------------------------


def test_the_advisor_complained_about_never_handles_the_complaint(
    branch: Branch1, office: Office
) -> None:
    complaint_id = branch.intake()
    # The selling advisor is promoted: now they could handle complaints, but not this one.
    users.change_role(branch.ws, office.admin, "li.advisor", Role.SUPERVISOR)
    promoted = office.actor("li.advisor")
    detail = branch.detail(complaint_id, branch.supervisor)
    assert branch.advisor.user_id not in {c.user_id for c in detail.handler_choices}
    assert {c.display_name for c in detail.handler_choices} == {
        "wang.service",
        "sun.service",
        "zhou.sv",
    }
    with pytest.raises(ValidationFailed) as caught:
        complaint_actions.assign(branch.ws, branch.supervisor, complaint_id, branch.advisor.user_id)
    error = caught.value.for_field("handler")
    assert error is not None and error.rule == "RECUSED"
    for step in (
        lambda: complaint_actions.acknowledge(branch.ws, promoted, complaint_id),
        lambda: complaint_actions.assign(branch.ws, promoted, complaint_id, branch.service.user_id),
        lambda: complaint_actions.extend(branch.ws, promoted, complaint_id, "复杂"),
    ):
        with pytest.raises(UserError, match="your own sale"):
            step()
    assert branch.detail(complaint_id, promoted).actions == frozenset()
    assert event_kinds(branch, complaint_id) == ["intake"]


def test_only_service_or_supervisor_colleagues_of_the_branch_can_be_handlers(
    branch: Branch1, office: Office
) -> None:
    complaint_id = branch.intake(case=False)
    office.add_user("ma.advisor", Role.ADVISOR)
    for user_id in (office.actor("ma.advisor").user_id, office.admin.user_id, "nobody"):
        with pytest.raises(ValidationFailed) as caught:
            complaint_actions.assign(branch.ws, branch.service, complaint_id, user_id)
        assert caught.value.for_field("handler") is not None
    users.set_disabled(branch.ws, office.admin, "sun.service", True)
    with pytest.raises(ValidationFailed):
        complaint_actions.assign(branch.ws, branch.service, complaint_id, branch.colleague.user_id)


def test_once_assigned_only_the_handler_or_a_supervisor_acts(branch: Branch1) -> None:
    complaint_id = branch.intake()
    complaint_actions.assign(branch.ws, branch.supervisor, complaint_id, branch.colleague.user_id)
    with pytest.raises(UserError, match=r"assigned to sun\.service"):
        complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
    assert branch.detail(complaint_id, branch.service).actions == frozenset()
    complaint_actions.acknowledge(branch.ws, branch.colleague, complaint_id)
    assert branch.detail(complaint_id).status == "assigned"
    complaint_actions.extend(branch.ws, branch.supervisor, complaint_id, "需调取录音")
    assert branch.detail(complaint_id).extension_level == 1


def test_advisors_and_administrators_cannot_handle(branch: Branch1) -> None:
    complaint_id = branch.intake()
    for actor in (branch.advisor, branch.office.admin):
        with pytest.raises(PermissionDenied):
            complaint_actions.acknowledge(branch.ws, actor, complaint_id)
        with pytest.raises(PermissionDenied):
            complaints.list_complaints(branch.ws, actor, "open")


def test_another_branchs_complaint_is_not_found(branch: Branch1, office: Office) -> None:
    complaint_id = branch.intake()
    with branch.ws.db.writing() as session:
        other = Branch(
            id=new_id(),
            code="SH001",
            name="上海分行",
            created_at=branch.now[0],
            updated_at=branch.now[0],
            origin_device_id=branch.ws.device_id,
        )
        session.add(other)
        session.flush()
        moved = session.get(User, branch.colleague.user_id)
        assert moved is not None
        moved.branch_id = other.id
    elsewhere = office.actor("sun.service")
    with pytest.raises(NotFound):
        complaints.get_complaint(branch.ws, elsewhere, complaint_id)
    with pytest.raises(NotFound):
        complaint_actions.acknowledge(branch.ws, elsewhere, complaint_id)
    assert complaints.list_complaints(branch.ws, elsewhere, "open") == []


# -- extensions -----------------------------------------------------------------------------


def test_a_second_extension_needs_a_supervisor(branch: Branch1) -> None:
    complaint_id = branch.intake()
    complaint_actions.assign(branch.ws, branch.service, complaint_id, branch.service.user_id)
    with pytest.raises(ValidationFailed) as caught:
        complaint_actions.extend(branch.ws, branch.service, complaint_id, "   ")
    assert caught.value.for_field("reason") is not None
    # 20 Jan + 30 days = 19 Feb, in the Spring Festival: 24 Feb.
    assert complaint_actions.extend(
        branch.ws, branch.service, complaint_id, "需调取双录"
    ) == end_of(2, 24)
    detail = branch.detail(complaint_id)
    assert detail.extension_level == 1 and detail.decide_by == end_of(2, 24)
    assert detail.base_decide_by == end_of(2, 4)
    assert detail.extension_needs_supervisor and "extend" not in detail.actions
    with pytest.raises(UserError, match="supervisor's approval"):
        complaint_actions.extend(branch.ws, branch.service, complaint_id, "仍需核查")
    assert branch.detail(complaint_id).extension_level == 1
    assert "extend" in branch.detail(complaint_id, branch.supervisor).actions
    # 20 Jan + 60 days = Saturday 21 Mar: Monday 23 Mar.
    assert complaint_actions.extend(
        branch.ws, branch.supervisor, complaint_id, "涉及第三方"
    ) == end_of(3, 23)
    with pytest.raises(UserError, match="any further"):
        complaint_actions.extend(branch.ws, branch.supervisor, complaint_id, "再延")
    extensions = [e for e in branch.detail(complaint_id).events if e.kind == "extend"]
    assert [(e.detail["level"], e.detail["reason"]) for e in extensions] == [
        (1, "需调取双录"),
        (2, "涉及第三方"),
    ]
    assert [e.recorded_by for e in extensions] == ["wang.service", "zhou.sv"]
    assert stored_decide_by(branch, complaint_id) == end_of(3, 23)


def test_no_extension_after_the_decision_or_the_deadline(branch: Branch1) -> None:
    decided = branch.intake()
    complaint_actions.acknowledge(branch.ws, branch.service, decided)
    complaint_actions.decide(branch.ws, branch.service, decided, "维持原结论", "客户误解")
    with pytest.raises(UserError, match="decision is made"):
        complaint_actions.extend(branch.ws, branch.supervisor, decided, "复杂")
    late = branch.intake()
    branch.at(local(2, 5, 0, 1))
    with pytest.raises(UserError, match="already overdue"):
        complaint_actions.extend(branch.ws, branch.supervisor, late, "复杂")


# -- order of the steps ----------------------------------------------------------------------


def test_the_steps_go_in_order_and_each_is_recorded(branch: Branch1) -> None:
    complaint_id = branch.intake()
    audits_before = len(audit_rows(branch.ws))
    with pytest.raises(UserError, match="Acknowledge the complaint first"):
        complaint_actions.decide(branch.ws, branch.service, complaint_id, "退费", "误导")
    with pytest.raises(UserError, match="Record the decision first"):
        complaint_actions.inform(branch.ws, branch.service, complaint_id, "phone")
    with pytest.raises(UserError, match="before closing"):
        complaint_actions.close(branch.ws, branch.service, complaint_id)
    assert branch.detail(complaint_id).actions == frozenset({"acknowledge", "assign", "extend"})

    branch.at(local(1, 20, 15))
    complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
    with pytest.raises(UserError, match="already acknowledged"):
        complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
    assert branch.detail(complaint_id).status == "acknowledged"
    with pytest.raises(ValidationFailed) as caught:
        complaint_actions.decide(branch.ws, branch.service, complaint_id, " ", "")
    assert {e.field for e in caught.value.errors} == {"resolution", "root_cause"}

    branch.at(local(1, 28, 11))
    complaint_actions.decide(
        branch.ws, branch.service, complaint_id, "退还手续费", "未充分揭示风险"
    )
    detail = branch.detail(complaint_id)
    assert detail.status == "decided" and detail.decided_at is None
    assert detail.decision is Urgency.OPEN  # the clock runs until the client is told
    assert detail.actions == frozenset({"inform"})
    with pytest.raises(ValidationFailed) as caught:
        complaint_actions.inform(branch.ws, branch.service, complaint_id, "carrier_pigeon")
    assert caught.value.for_field("channel") is not None

    branch.at(local(1, 29, 16))
    complaint_actions.inform(branch.ws, branch.service, complaint_id, "letter")
    detail = branch.detail(complaint_id)
    assert detail.status == "informed" and detail.decided_at == local(1, 29, 16)
    assert detail.decision is Urgency.DONE and detail.decided_in_time
    assert detail.informed_channel == "letter"
    assert detail.actions == frozenset({"close"})

    complaint_actions.close(branch.ws, branch.service, complaint_id)
    detail = branch.detail(complaint_id)
    assert detail.status == "closed" and detail.actions == frozenset()
    for step in (
        lambda: complaint_actions.acknowledge(branch.ws, branch.supervisor, complaint_id),
        lambda: complaint_actions.assign(
            branch.ws, branch.supervisor, complaint_id, branch.colleague.user_id
        ),
        lambda: complaint_actions.extend(branch.ws, branch.supervisor, complaint_id, "x"),
        lambda: complaint_actions.close(branch.ws, branch.supervisor, complaint_id),
    ):
        with pytest.raises(UserError, match="closed"):
            step()

    assert [e.kind for e in detail.events] == [
        "intake",
        "acknowledge",
        "decide",
        "inform",
        "close",
    ]
    assert detail.events[2].detail == {"resolution": "退还手续费", "root_cause": "未充分揭示风险"}
    assert detail.version == 5  # created at 1, one bump per step (4 steps)
    actions = [row.action for row in audit_rows(branch.ws)[audits_before:]]
    assert actions == [
        "complaint.acknowledge",
        "complaint.decide",
        "complaint.inform",
        "complaint.close",
    ]
    # No personal data in the audit trail: the free texts stay in the synced records.
    payloads = json.dumps([tuple(row) for row in audit_rows(branch.ws)], default=str)
    assert "退还手续费" not in payloads and "张三" not in payloads


def test_each_step_writes_the_complaint_and_its_event_to_the_outbox(branch: Branch1) -> None:
    complaint_id = branch.intake()

    def outbox() -> list[tuple[str, str]]:
        with branch.ws.db.reading() as session:
            return [
                (row.entity, row.entity_id)
                for row in session.execute(
                    text("SELECT entity, entity_id FROM outbox ORDER BY seq")
                )
            ]

    before = len(outbox())
    complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
    added = outbox()[before:]
    assert [entity for entity, _ in added] == ["complaint_event", "complaint"]
    assert added[1][1] == complaint_id


def test_a_late_acknowledgement_is_recorded_as_late(branch: Branch1) -> None:
    complaint_id = branch.intake()
    branch.at(local(1, 21, 9, 1))
    complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
    detail = branch.detail(complaint_id)
    assert detail.acknowledged_late
    assert detail.events[-1].detail == {"late": True}


def test_after_closing_the_client_can_be_surveyed_once(branch: Branch1) -> None:
    complaint_id = branch.intake()
    with pytest.raises(UserError):
        surveys.record_survey(branch.ws, branch.service, AFTER_COMPLAINT, complaint_id, 4)
    to_closure(branch, complaint_id, branch.service)
    assert not branch.detail(complaint_id).survey_taken
    surveys.record_survey(branch.ws, branch.service, AFTER_COMPLAINT, complaint_id, 4, "满意")
    assert branch.detail(complaint_id).survey_taken


def test_the_advisor_complained_about_may_not_take_the_clients_survey(branch: Branch1) -> None:
    complaint_id = branch.intake()  # about the advisor's case
    to_closure(branch, complaint_id, branch.service)
    with pytest.raises(UserError, match="your own sale"):
        surveys.record_survey(branch.ws, branch.advisor, AFTER_COMPLAINT, complaint_id, 5, "很好")
    assert not branch.detail(complaint_id).survey_taken


# -- lists with frozen time ------------------------------------------------------------------


def test_the_lists_follow_the_clocks(branch: Branch1) -> None:
    branch.at(local(1, 5, 10))
    overdue = branch.intake(description="一月五日的投诉")  # decide by 20 Jan
    complaint_actions.acknowledge(branch.ws, branch.service, overdue)
    branch.at(local(1, 19, 16))
    unacknowledged = branch.intake(description="昨天下午的投诉")  # acknowledge by 20 Jan 16:00
    branch.at(local(1, 20, 9))
    fresh = branch.intake(description="今天的投诉")
    complaint_actions.acknowledge(branch.ws, branch.service, fresh)
    complaint_actions.assign(branch.ws, branch.service, fresh, branch.service.user_id)
    done = branch.intake(description="已结案")
    to_closure(branch, done, branch.service)

    def ids(view: str, actor: Actor | None = None) -> list[str]:
        rows = complaints.list_complaints(branch.ws, actor or branch.service, view)
        return [r.complaint_id for r in rows]

    # 20 Jan 10:00: the first is due today, the second must be acknowledged by 16:00.
    branch.at(local(1, 20, 10))
    assert ids("open") == [overdue, unacknowledged, fresh]  # soonest decision first
    assert ids("due_today") == [overdue, unacknowledged]
    assert ids("overdue") == []
    assert ids("mine") == [fresh]
    assert ids("mine", branch.colleague) == []
    assert ids("closed") == [done]

    # 20 Jan 16:01: the acknowledgement is late; the decision still due today.
    branch.at(local(1, 20, 16, 1))
    assert ids("overdue") == [unacknowledged]
    assert ids("due_today") == [overdue]
    row = next(
        r
        for r in complaints.list_complaints(branch.ws, branch.service, "open")
        if r.complaint_id == unacknowledged
    )
    assert row.acknowledgement is Urgency.OVERDUE and row.decision is Urgency.OPEN
    assert row.urgency is Urgency.OVERDUE
    assert row.client_name == "张三" and row.client_id_masked.startswith("110***")
    assert (row.category, row.channel, row.status) == ("mis_selling", "phone", "received")

    # 21 Jan 00:00: the first decision is late too.
    branch.at(local(1, 21, 0))
    assert ids("overdue") == [overdue, unacknowledged]
    first = complaints.list_complaints(branch.ws, branch.service, "overdue")[0]
    assert first.decision is Urgency.OVERDUE and first.decide_by == end_of(1, 20)
    assert first.handler_name == ""
    mine = complaints.list_complaints(branch.ws, branch.service, "mine")[0]
    assert mine.handler_name == "wang.service" and mine.status == "assigned"
    with pytest.raises(ValidationFailed):
        complaints.list_complaints(branch.ws, branch.service, "everything")


# -- the calendar moves deadlines ------------------------------------------------------------


def test_a_holiday_an_administrator_adds_moves_the_deadline(
    branch: Branch1, office: Office
) -> None:
    complaint_id = branch.intake()
    complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
    assert branch.detail(complaint_id).decide_by == end_of(2, 4)
    # An extra holiday on Wednesday 4 Feb: the last day moves to Thursday 5 Feb.
    work_calendar.set_day(branch.ws, office.admin, date(2026, 2, 4), "holiday", "临时休假")
    assert branch.detail(complaint_id).decide_by == end_of(2, 5)
    branch.at(local(2, 5, 10))
    rows = complaints.list_complaints(branch.ws, branch.service, "due_today")
    assert [r.complaint_id for r in rows] == [complaint_id]
    # A complaint taken in now stores the calendar's deadline too.
    branch.at(local(1, 20, 9))
    later = branch.intake()
    assert stored_decide_by(branch, later) == end_of(2, 5)
    # Undone ("normal"): the deadline is back on the 4th.
    work_calendar.set_day(branch.ws, office.admin, date(2026, 2, 4), "normal")
    assert branch.detail(complaint_id).decide_by == end_of(2, 4)


# -- figures ---------------------------------------------------------------------------------


def test_complaint_figures_count_the_period_and_the_base_15_days(branch: Branch1) -> None:
    branch.at(local(1, 31, 23, 59))
    before = branch.intake()  # January: outside the period
    branch.at(local(2, 1, 0, 0))
    quick = branch.intake()  # decide by 16 Feb → a holiday: 24 Feb
    slow = branch.intake()
    pending = branch.intake()
    branch.at(local(2, 28, 23, 59))
    last = branch.intake()
    branch.at(local(3, 1, 0, 0))
    after = branch.intake()  # March: outside

    branch.at(local(2, 24, 23, 0))
    complaint_actions.extend(branch.ws, branch.service, slow, "需核查")  # decide by 3 Mar
    for complaint_id in (quick, slow):
        complaint_actions.acknowledge(branch.ws, branch.service, complaint_id)
        complaint_actions.decide(branch.ws, branch.service, complaint_id, "处理结果", "根因")
    complaint_actions.inform(branch.ws, branch.service, quick, "phone")  # the last base day
    branch.at(local(2, 25, 9))
    with pytest.raises(UserError):
        complaint_actions.extend(branch.ws, branch.service, pending, "已过期")
    complaint_actions.inform(branch.ws, branch.service, slow, "letter")  # in time, but extended

    other = clients.create_client(
        branch.ws, branch.advisor, client_input(name="李四", id_number=mainland_id(seq="456"))
    )
    with branch.ws.db.writing() as session:
        gone = session.get(Client, other)
        assert gone is not None
        gone.deleted_at = branch.now[0]

    start = local(2, 1, 0, 0)
    end = local(3, 1, 0, 0)
    with branch.ws.db.reading() as session:
        figures = complaints.complaint_figures(session, branch.advisor.branch_id, start, end)
    assert figures["received"] == 4
    assert set(figures["received_ids"]) == {quick, slow, pending, last}
    assert not {before, after} & set(figures["received_ids"])
    assert figures["informed"] == 2 and set(figures["informed_ids"]) == {quick, slow}
    assert figures["decided_within_base_period"] == 1
    assert figures["decided_within_base_period_ids"] == [quick]
    assert figures["complainants"] == 1 and figures["complainant_ids"] == [branch.client_id]
    assert figures["clients"] == 1 and figures["client_ids"] == [branch.client_id]
    with branch.ws.db.reading() as session:
        elsewhere = complaints.complaint_figures(session, "another-branch", start, end)
    assert elsewhere["received"] == 0 and elsewhere["clients"] == 0
