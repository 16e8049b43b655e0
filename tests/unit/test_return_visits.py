"""Return visits (回访): which sales are called, when, by whom, and what a call leaves behind.

Private products and ``warn`` or special-care sales are called after cooling-off, within
five working days (the calendar's holidays and worked weekends count), by a service user
who did not sell them. A confirmed call needs every checklist point; a problem becomes a
complaint or goes to the supervisor; nobody answering keeps the case in the queue.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import exc, text

from app.domain.roles import Role
from app.errors import NotFound, PermissionDenied, UserError, ValidationFailed
from app.i18n import set_language
from app.rulebook import after_sale_rules
from app.services import cases, return_visits, review, users, work_calendar
from app.services.context import Actor, Workspace
from app.services.return_visits import VisitStatus
from tests.conftest import Office, audit_rows, mainland_id
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import (
    ELDERLY_C4_SHEET,
    INSURANCE,
    PRIVATE,
    QUALIFIED,
    SUITABLE,
    WARN,
    elderly,
)
from tests.unit.test_signing_service import disclosed_case, sign

pytestmark = pytest.mark.usefixtures("fast_kdf")

BEIJING = ZoneInfo("Asia/Shanghai")
POINTS = [p.id for p in after_sale_rules().visit_checklist]
ALL_YES = dict.fromkeys(POINTS, True)
# Tuesday 29 September 2026: the National Day holiday runs 1–7 October and Saturday
# 10 October is worked (shipped calendar).
SIGNED_AT = "2026-09-29 10:00"


def beijing(moment: str) -> datetime:
    return datetime.fromisoformat(moment).replace(tzinfo=BEIJING).astimezone(UTC)


def freeze(ws: Workspace, moment: datetime | str) -> None:
    at = beijing(moment) if isinstance(moment, str) else moment
    ws.clock = lambda: at


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    freeze(ws, SIGNED_AT)
    return Desk(ws, actor, import_demo_catalog(office))


@pytest.fixture
def svc(office: Office) -> Actor:
    office.add_user("wu.svc", Role.SERVICE)
    return office.actor("wu.svc")


@pytest.fixture
def supervisor(office: Office) -> Actor:
    office.add_user("zhao.sup", Role.SUPERVISOR)
    return office.actor("zhao.sup")


def signed(desk: Desk, code: str, amount: str, seq: str, **kw: Any) -> str:
    """A new client's case for ``code``, disclosed and signed now."""
    client: dict[str, Any] = {"id_number": mainland_id(seq=seq), **kw}
    case_id, version = disclosed_case(desk, code, amount, **client)
    sign(desk, case_id, version)
    return case_id


def private(desk: Desk, seq: str = "101") -> str:
    return signed(desk, PRIVATE, "1000000", seq, **QUALIFIED)


def warn(desk: Desk, seq: str = "102") -> str:
    return signed(desk, WARN, "10000", seq, own_initiative=True)


def queue(ws: Workspace, actor: Actor) -> dict[str, return_visits.VisitDue]:
    return {v.case_id: v for v in return_visits.visit_queue(ws, actor)}


def visit_rows(ws: Workspace, case_id: str) -> list[Any]:
    with ws.db.reading() as session:
        return list(
            session.execute(
                text("SELECT * FROM return_visits WHERE case_id = :c ORDER BY visited_at, id"),
                {"c": case_id},
            ).all()
        )


def outbox_entities(ws: Workspace) -> list[str]:
    with ws.db.reading() as session:
        return list(session.scalars(text("SELECT entity FROM outbox ORDER BY seq")))


def actions(ws: Workspace) -> list[str]:
    return [e.action for e in audit_rows(ws)]


def set_state(ws: Workspace, case_id: str, state: str) -> None:
    with ws.db.writing() as session:
        session.execute(
            text("UPDATE cases SET state = :s WHERE id = :c"), {"s": state, "c": case_id}
        )


# -- the queue ---------------------------------------------------------------------------------


def test_private_warn_and_special_care_sales_are_queued_and_nothing_else(
    desk: Desk, svc: Actor
) -> None:
    ws = desk.ws
    private_id = private(desk)
    warn_id = warn(desk)
    care_id = signed(desk, WARN, "10000", "065", sheet=ELDERLY_C4_SHEET, **elderly())
    submitted_id = private(desk, "103")
    signed(desk, SUITABLE, "50000", "104")  # a suitable bank product: no visit
    signed(desk, INSURANCE, "20000", "105", annual_premium="20000")  # free look only
    cancelled_id = private(desk, "106")
    returned_id = warn(desk, "107")
    rejected_id = warn(desk, "108")
    version = cases.get_case(ws, desk.actor, submitted_id).version
    review.submit_case(ws, desk.actor, submitted_id, version)
    set_state(ws, cancelled_id, "cancelled")
    set_state(ws, returned_id, "returned")
    set_state(ws, rejected_id, "rejected")

    rows = queue(ws, svc)
    assert set(rows) == {private_id, warn_id, care_id, submitted_id}
    signed_at = beijing(SIGNED_AT)
    row = rows[private_id]
    assert (row.client_name, row.product_code, row.advisor_name) == ("张三", PRIVATE, "li.advisor")
    assert row.id_masked == "110***********" + mainland_id(seq="101")[-4:]
    assert row.phone_masked == "138****8000"
    assert row.signed_at == signed_at
    assert row.cooling_off_until == row.due_from == signed_at + timedelta(hours=24)
    assert row.status is VisitStatus.WAITING
    assert (row.unreachable_attempts, row.is_selling_advisor) == (0, False)
    # No cooling-off: contact may start at signing.
    assert rows[warn_id].due_from == rows[care_id].due_from == signed_at
    assert rows[warn_id].status is rows[care_id].status is VisitStatus.DUE
    # Most urgent first: the sales without cooling-off are due a day earlier.
    ordered = [v.case_id for v in return_visits.visit_queue(ws, svc)]
    assert set(ordered[:2]) == {warn_id, care_id}
    assert set(ordered[2:]) == {private_id, submitted_id}
    assert rows[warn_id].due_by < rows[private_id].due_by


def test_the_deadline_counts_working_days_across_the_month_end_and_the_holiday(
    desk: Desk, svc: Actor, office: Office
) -> None:
    ws = desk.ws
    private_id, warn_id = private(desk), warn(desk)
    rows = queue(ws, svc)
    # Cooling-off ends Wed 30 Sep 10:00; then 8, 9, 10 (a worked Saturday), 12 and 13 Oct.
    assert rows[private_id].due_by == datetime(2026, 10, 13, 23, 59, 59, 999999, BEIJING)
    # Signed Tue 29 Sep: 30 Sep, then 8, 9, 10 and 12 Oct.
    assert rows[warn_id].due_by == datetime(2026, 10, 12, 23, 59, 59, 999999, BEIJING)

    def status(case_id: str, moment: str) -> VisitStatus:
        freeze(ws, moment)
        return queue(ws, svc)[case_id].status

    assert status(private_id, "2026-09-30 09:59") is VisitStatus.WAITING
    assert status(private_id, "2026-09-30 10:00") is VisitStatus.DUE
    assert status(private_id, "2026-10-12 23:59") is VisitStatus.DUE
    assert status(private_id, "2026-10-13 00:00") is VisitStatus.DUE_TODAY
    assert status(private_id, "2026-10-13 23:59") is VisitStatus.DUE_TODAY
    assert status(private_id, "2026-10-14 00:00") is VisitStatus.OVERDUE
    assert status(warn_id, "2026-10-12 09:00") is VisitStatus.DUE_TODAY
    assert status(warn_id, "2026-10-13 09:00") is VisitStatus.OVERDUE

    # An administrator's extra holiday moves the deadlines on by a working day.
    work_calendar.set_day(office.admin_ws, office.admin, date(2026, 10, 9), "holiday", "test")
    rows = queue(ws, svc)
    assert rows[private_id].due_by == datetime(2026, 10, 14, 23, 59, 59, 999999, BEIJING)
    assert rows[warn_id].due_by == datetime(2026, 10, 13, 23, 59, 59, 999999, BEIJING)
    assert rows[warn_id].status is VisitStatus.DUE_TODAY


def test_a_deadline_falling_past_the_end_of_a_month(desk: Desk, svc: Actor) -> None:
    freeze(desk.ws, "2026-01-29 15:00")  # Thursday; 1–3 Jan were the New Year holiday
    case_id = private(desk)
    # Cooling-off ends Fri 30 Jan 15:00; then 2, 3, 4, 5 and 6 February.
    due = queue(desk.ws, svc)[case_id]
    assert due.due_from == beijing("2026-01-30 15:00")
    assert due.due_by == datetime(2026, 2, 6, 23, 59, 59, 999999, BEIJING)


# -- refusals ----------------------------------------------------------------------------------


def test_a_visit_inside_cooling_off_is_refused(desk: Desk, svc: Actor) -> None:
    ws = desk.ws
    case_id = private(desk)
    freeze(ws, beijing(SIGNED_AT) + timedelta(hours=24) - timedelta(seconds=1))
    script = return_visits.visit_script(ws, svc, case_id)
    assert script.status is VisitStatus.WAITING
    assert "cooling-off period until 2026-09-30 10:00" in script.refusal
    for outcome in ("confirmed", "unreachable"):
        with pytest.raises(UserError, match="cooling-off period until 2026-09-30 10:00"):
            return_visits.record_visit(ws, svc, case_id, outcome=outcome, answers=ALL_YES, notes="")
    assert visit_rows(ws, case_id) == []
    assert "visit.record" not in actions(ws)

    freeze(ws, beijing(SIGNED_AT) + timedelta(hours=24))  # the period has ended
    assert return_visits.visit_script(ws, svc, case_id).refusal == ""
    return_visits.record_visit(ws, svc, case_id, outcome="confirmed", answers=ALL_YES, notes="")
    assert len(visit_rows(ws, case_id)) == 1


def test_the_selling_advisor_may_not_do_the_return_visit(desk: Desk, office: Office) -> None:
    ws = desk.ws
    case_id = warn(desk)
    # Only service staff make return visits at all...
    with pytest.raises(PermissionDenied):
        return_visits.record_visit(
            ws, desk.actor, case_id, outcome="confirmed", answers=ALL_YES, notes=""
        )
    # ...and an advisor moved to service may not call the clients they sold to.
    users.change_role(office.admin_ws, office.admin, "li.advisor", Role.SERVICE)
    seller = office.actor("li.advisor")
    assert seller.role is Role.SERVICE and seller.user_id == desk.actor.user_id
    assert queue(ws, seller)[case_id].is_selling_advisor
    assert "selling advisor" in return_visits.visit_script(ws, seller, case_id).refusal
    for outcome in ("confirmed", "problem", "unreachable"):
        with pytest.raises(UserError, match="selling advisor may not do the return visit"):
            return_visits.record_visit(
                ws,
                seller,
                case_id,
                outcome=outcome,
                answers=ALL_YES,
                notes="客户无异议",
                escalation="supervisor" if outcome == "problem" else "",
            )
    assert visit_rows(ws, case_id) == []


def test_cases_without_a_visit_to_make_are_refused(desk: Desk, svc: Actor) -> None:
    ws = desk.ws
    plain = signed(desk, SUITABLE, "50000", "104")
    cancelled = warn(desk)
    set_state(ws, cancelled, "cancelled")
    with pytest.raises(UserError, match="needs no return visit"):
        return_visits.record_visit(ws, svc, plain, outcome="confirmed", answers=ALL_YES, notes="")
    with pytest.raises(UserError, match="no longer in force"):
        return_visits.record_visit(
            ws, svc, cancelled, outcome="confirmed", answers=ALL_YES, notes=""
        )
    with pytest.raises(NotFound):
        return_visits.record_visit(
            ws, svc, "no-such-case", outcome="confirmed", answers=ALL_YES, notes=""
        )
    assert "visit.record" not in actions(ws)


# -- outcomes ----------------------------------------------------------------------------------


def test_confirmed_needs_every_point_of_the_checklist(desk: Desk, svc: Actor) -> None:
    ws = desk.ws
    case_id = warn(desk)
    for answers in (
        {**ALL_YES, "fees": False},
        {k: v for k, v in ALL_YES.items() if k != "fees"},
    ):
        with pytest.raises(ValidationFailed) as refused:
            return_visits.record_visit(
                ws, svc, case_id, outcome="confirmed", answers=answers, notes=""
            )
        error = refused.value.for_field("answers")
        assert error is not None and error.rule == "CHECKLIST_INCOMPLETE"
        assert "The client understood the fees" in error.message
    with pytest.raises(ValidationFailed) as refused:
        return_visits.record_visit(
            ws, svc, case_id, outcome="confirmed", answers={**ALL_YES, "weather": True}, notes=""
        )
    assert refused.value.for_field("answers") is not None
    with pytest.raises(ValidationFailed) as refused:
        return_visits.record_visit(ws, svc, case_id, outcome="maybe", answers=ALL_YES, notes="")
    assert refused.value.for_field("outcome") is not None
    assert visit_rows(ws, case_id) == []

    freeze(ws, "2026-10-08 09:30")
    before = len(outbox_entities(ws))
    visit_id = return_visits.record_visit(
        ws, svc, case_id, outcome="confirmed", answers=ALL_YES, notes=" 客户确认无误 "
    )
    [row] = visit_rows(ws, case_id)
    assert (row.id, row.outcome, row.notes, row.escalation) == (
        visit_id,
        "confirmed",
        "客户确认无误",
        "",
    )
    assert json.loads(row.answers) == ALL_YES
    assert row.visited_by == svc.user_id and row.complaint_id is None
    assert outbox_entities(ws)[before:] == ["return_visit"]
    event = audit_rows(ws)[-1]
    assert (event.action, event.entity, event.entity_id) == (
        "visit.record",
        "return_visit",
        visit_id,
    )
    assert case_id not in queue(ws, svc)
    with pytest.raises(UserError, match="already done"):
        return_visits.record_visit(ws, svc, case_id, outcome="confirmed", answers=ALL_YES, notes="")


def test_a_problem_escalated_as_a_complaint_opens_one(desk: Desk, svc: Actor) -> None:
    ws = desk.ws
    case_id = warn(desk)
    with pytest.raises(ValidationFailed) as refused:
        return_visits.record_visit(ws, svc, case_id, outcome="problem", answers={}, notes="  ")
    assert [e.field for e in refused.value.errors] == ["notes", "escalation"]

    freeze(ws, "2026-10-08 09:30")
    before = len(outbox_entities(ws))
    visit_id = return_visits.record_visit(
        ws,
        svc,
        case_id,
        outcome="problem",
        answers={**ALL_YES, "fees": False, "possible_loss": False},
        notes="客户称未被告知认购费",
        escalation="complaint",
    )
    [visit] = visit_rows(ws, case_id)
    with ws.db.reading() as session:
        complaint = session.execute(
            text("SELECT * FROM complaints WHERE case_id = :c"), {"c": case_id}
        ).one()
    assert visit.complaint_id == complaint.id and visit.escalation == "complaint"
    assert (complaint.channel, complaint.category, complaint.status) == (
        "return_visit",
        "mis_selling",
        "received",
    )
    assert complaint.description == "客户称未被告知认购费"
    assert complaint.subject_user_id == desk.actor.user_id  # about the selling advisor
    assert complaint.received_by == svc.user_id
    assert sorted(outbox_entities(ws)[before:]) == ["complaint", "complaint_event", "return_visit"]
    assert actions(ws)[-1] == "visit.record" and "complaint.intake" not in actions(ws)
    assert audit_rows(ws)[-1].entity_id == visit_id
    assert case_id not in queue(ws, svc)


def test_a_problem_for_the_supervisor_waits_for_their_follow_up(
    desk: Desk, svc: Actor, supervisor: Actor
) -> None:
    ws = desk.ws
    case_id = warn(desk)
    freeze(ws, "2026-10-08 09:30")
    visit_id = return_visits.record_visit(
        ws,
        svc,
        case_id,
        outcome="problem",
        answers={**ALL_YES, "own_purchase": False},
        notes="客户表示替家人购买",
        escalation="supervisor",
    )
    assert case_id not in queue(ws, svc)
    with pytest.raises(PermissionDenied):
        return_visits.pending_follow_ups(ws, svc)
    [pending] = return_visits.pending_follow_ups(ws, supervisor)
    assert (pending.visit_id, pending.case_id, pending.client_name) == (visit_id, case_id, "张三")
    assert (pending.visited_by_name, pending.advisor_name) == ("wu.svc", "li.advisor")
    assert pending.notes == "客户表示替家人购买"
    assert pending.not_confirmed == ("The client bought for themselves",)
    assert "*" in pending.id_masked

    with pytest.raises(ValidationFailed) as refused:
        return_visits.follow_up(ws, supervisor, visit_id, "   ")
    assert refused.value.for_field("note") is not None
    follow_id = return_visits.follow_up(ws, supervisor, visit_id, "已与客户面谈，确认为本人投资")
    assert return_visits.pending_follow_ups(ws, supervisor) == []
    event = audit_rows(ws)[-1]
    assert (event.action, event.entity_id) == ("visit.follow_up", follow_id)
    assert outbox_entities(ws)[-1] == "visit_follow_up"
    with pytest.raises(UserError, match="already followed up"):
        return_visits.follow_up(ws, supervisor, visit_id, "again")
    with pytest.raises(NotFound):
        return_visits.follow_up(ws, supervisor, "no-such-visit", "note")


def test_nobody_answering_keeps_the_case_in_the_queue(desk: Desk, svc: Actor) -> None:
    ws = desk.ws
    case_id = warn(desk)
    freeze(ws, "2026-10-08 09:30")
    return_visits.record_visit(
        ws, svc, case_id, outcome="unreachable", answers={}, notes="无人接听"
    )
    freeze(ws, "2026-10-09 14:00")
    return_visits.record_visit(ws, svc, case_id, outcome="unreachable", answers={}, notes="")
    due = queue(ws, svc)[case_id]
    assert due.unreachable_attempts == 2 and due.status is VisitStatus.DUE
    assert return_visits.visit_script(ws, svc, case_id).unreachable_attempts == 2
    assert [r.outcome for r in visit_rows(ws, case_id)] == ["unreachable", "unreachable"]
    freeze(ws, "2026-10-10 10:00")
    return_visits.record_visit(ws, svc, case_id, outcome="confirmed", answers=ALL_YES, notes="")
    assert case_id not in queue(ws, svc)


def test_visits_and_follow_ups_are_immutable(desk: Desk, svc: Actor, supervisor: Actor) -> None:
    ws = desk.ws
    case_id = warn(desk)
    visit_id = return_visits.record_visit(
        ws, svc, case_id, outcome="problem", answers={}, notes="投诉", escalation="supervisor"
    )
    return_visits.follow_up(ws, supervisor, visit_id, "已处理")
    before = visit_rows(ws, case_id)
    for statement in (
        "UPDATE return_visits SET outcome = 'confirmed'",
        "UPDATE return_visits SET deleted_at = '2026-01-01T00:00:00.000000Z'",
        "DELETE FROM return_visits",
        "UPDATE visit_follow_ups SET note = 'forged'",
        "DELETE FROM visit_follow_ups",
    ):
        with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as s:
            s.execute(text(statement))
    assert visit_rows(ws, case_id) == before


# -- the script --------------------------------------------------------------------------------


def test_the_script_reads_out_the_sale_and_the_checklist_in_the_users_language(
    desk: Desk, svc: Actor
) -> None:
    ws = desk.ws
    case_id = private(desk)
    freeze(ws, "2026-10-08 09:30")
    script = return_visits.visit_script(ws, svc, case_id)
    assert (script.product_code, script.client_name, script.advisor_name) == (
        PRIVATE,
        "张三",
        "li.advisor",
    )
    assert script.amount == Decimal("1000000")
    assert (script.match_outcome, script.effective_risk, script.client_level) == (
        "suitable",
        "R3",
        "C3",
    )
    assert script.signed_at == beijing(SIGNED_AT)
    assert script.cooling_off_until == beijing("2026-09-30 10:00")
    assert script.status is VisitStatus.DUE and script.refusal == ""
    assert [p.id for p in script.checklist] == POINTS
    assert script.checklist[0].text == "Client's identity confirmed"
    set_language("zh_CN")
    chinese = return_visits.visit_script(ws, svc, case_id)
    assert chinese.checklist[0].text == "核实客户身份"
