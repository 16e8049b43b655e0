"""Return visits (回访) and the supervisor's follow-up of the problems they find.

Private products and every ``warn`` or special-care case get a return visit (RULES §7):
a call by a ``service`` user who is not the selling advisor, never inside a private
product's cooling-off period, through the checklist in ``after_sale/rules.json``. A visit
is immutable. ``confirmed`` or ``problem`` completes the case's visit; ``unreachable``
(nobody answered) keeps it in the queue. A problem becomes a complaint (channel
``return_visit``) or goes to the branch supervisor, who records a follow-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.case_flow import CaseState
from app.domain.identity import mask_id
from app.domain.review import Flag
from app.domain.roles import Permission
from app.domain.work_calendar import WorkCalendar, end_of_local_day, local_date
from app.errors import FieldError, NotFound, UserError, ValidationFailed
from app.i18n import active_language, translate
from app.rulebook import after_sale_rules
from app.services.cases import load_case
from app.services.clients import mask_phone
from app.services.complaint_intake import DESCRIPTION_MAX, open_complaint
from app.services.context import Actor, Workspace, audited, require
from app.services.surveys import contact_blocked_until, cooling_off_refusal
from app.services.work_calendar import calendar_in
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import (
    Assessment,
    CaseMatch,
    Client,
    Product,
    ReturnVisit,
    SalesCase,
    User,
    VisitFollowUp,
)
from app.store.serialize import row_dict

CONFIRMED = "confirmed"
PROBLEM = "problem"
UNREACHABLE = "unreachable"
OUTCOMES = (CONFIRMED, PROBLEM, UNREACHABLE)
# A visit with one of these outcomes is the case's return visit; ``unreachable`` is a try.
DONE_OUTCOMES = (CONFIRMED, PROBLEM)

TO_COMPLAINT = "complaint"
TO_SUPERVISOR = "supervisor"
ESCALATIONS = (TO_COMPLAINT, TO_SUPERVISOR)

VISITED_STATES = (CaseState.SIGNED, CaseState.SUBMITTED, CaseState.APPROVED)
VISIT_FLAGS = Flag.WARN | Flag.ELDERLY_CARE
NOTE_MAX = DESCRIPTION_MAX


class VisitStatus(StrEnum):
    WAITING = "waiting"  # still in cooling-off: no contact yet
    DUE = "due"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class VisitDue:
    """One case waiting for its return visit (personal data masked)."""

    case_id: str
    client_id: str
    client_name: str
    id_masked: str
    phone_masked: str
    product_code: str
    product_name: str
    advisor_name: str
    signed_at: datetime
    cooling_off_until: datetime | None
    due_from: datetime
    due_by: datetime
    status: VisitStatus
    unreachable_attempts: int
    is_selling_advisor: bool  # the actor sold it: someone else must call


@dataclass(frozen=True)
class ChecklistPoint:
    id: str
    text: str


@dataclass(frozen=True)
class VisitScript:
    """What the caller reads out and asks, and whether a visit may be recorded now."""

    case_id: str
    client_name: str
    id_masked: str
    phone_masked: str
    product_code: str
    product_name: str
    amount: Decimal | None
    advisor_name: str
    signed_at: datetime
    cooling_off_until: datetime | None
    free_look_until: datetime | None
    match_outcome: str  # suitable / warn
    effective_risk: str  # R1…R5
    client_level: str  # C1…C5, "" if unknown
    due_by: datetime
    status: VisitStatus
    unreachable_attempts: int
    checklist: tuple[ChecklistPoint, ...]
    refusal: str  # why no visit can be recorded now; "" when it can


@dataclass(frozen=True)
class FollowUpDue:
    """A problem a return visit referred to the supervisor, not yet followed up."""

    visit_id: str
    case_id: str
    client_name: str
    id_masked: str
    product_code: str
    product_name: str
    advisor_name: str
    visited_at: datetime
    visited_by_name: str
    notes: str
    not_confirmed: tuple[str, ...]  # the checklist points the client did not confirm


# -- pure rules -------------------------------------------------------------------------------


def visit_start(cooling_off_until: datetime | None, signed_at: datetime) -> datetime:
    """Contact may start when cooling-off ends, or at signing where there is none."""
    return cooling_off_until or signed_at


def visit_deadline(start: datetime, calendar: WorkCalendar, working_days: int) -> datetime:
    """The end of the local day ``working_days`` working days after ``start``'s day."""
    return end_of_local_day(calendar.add_working_days(local_date(start), working_days))


def visit_status(
    now: datetime, cooling_off_until: datetime | None, deadline: datetime
) -> VisitStatus:
    """Where a queued visit stands at ``now`` (deadlines end a local day)."""
    if contact_blocked_until(cooling_off_until, now) is not None:
        return VisitStatus.WAITING
    if now > deadline:
        return VisitStatus.OVERDUE
    if local_date(now) == local_date(deadline):
        return VisitStatus.DUE_TODAY
    return VisitStatus.DUE


def needs_visit(case: SalesCase) -> bool:
    """A private product (cooling-off) or a ``warn`` / special-care case, still in force."""
    if case.state not in VISITED_STATES:
        return False
    return case.cooling_off_until is not None or bool(case.review_flags & VISIT_FLAGS)


def _checklist() -> tuple[ChecklistPoint, ...]:
    language = active_language()
    return tuple(ChecklistPoint(c.id, c.text(language)) for c in after_sale_rules().visit_checklist)


# -- reading ----------------------------------------------------------------------------------


def _done(session: Session, case_id: str) -> bool:
    stmt = select(ReturnVisit.id).where(
        ReturnVisit.case_id == case_id, ReturnVisit.outcome.in_(DONE_OUTCOMES)
    )
    return session.scalars(stmt).first() is not None


def _attempts(session: Session, case_id: str) -> int:
    stmt = select(func.count()).where(
        ReturnVisit.case_id == case_id, ReturnVisit.outcome == UNREACHABLE
    )
    return int(session.scalar(stmt) or 0)


def _refusal(session: Session, actor: Actor, case: SalesCase, now: datetime) -> UserError | None:
    """Why ``actor`` may not record a return visit of ``case`` now, or ``None``."""
    if case.state not in VISITED_STATES:
        return UserError(
            translate(
                "ReturnVisits",
                "This sale is no longer in force (cancelled, returned or rejected): "
                "it gets no return visit.",
            )
        )
    if not needs_visit(case):
        return UserError(translate("ReturnVisits", "This case needs no return visit."))
    if _done(session, case.id):
        return UserError(translate("ReturnVisits", "This case's return visit is already done."))
    if actor.user_id == case.advisor_user_id:
        return UserError(
            translate(
                "ReturnVisits",
                "The selling advisor may not do the return visit: a colleague must call.",
            )
        )
    blocked = contact_blocked_until(case.cooling_off_until, now)
    if blocked is not None:
        return cooling_off_refusal(blocked)
    return None


def visit_queue(ws: Workspace, actor: Actor) -> list[VisitDue]:
    """The branch's cases waiting for a return visit, the most urgent first."""
    require(actor, Permission.RETURN_VISIT)
    now = ws.now()
    working_days = after_sale_rules().visit_due_working_days
    attempts = (
        select(func.count())
        .where(ReturnVisit.case_id == SalesCase.id, ReturnVisit.outcome == UNREACHABLE)
        .correlate(SalesCase)
        .scalar_subquery()
    )
    done = exists().where(
        ReturnVisit.case_id == SalesCase.id, ReturnVisit.outcome.in_(DONE_OUTCOMES)
    )
    stmt = (
        select(
            SalesCase.id,
            SalesCase.client_id,
            SalesCase.advisor_user_id,
            SalesCase.signed_at,
            SalesCase.cooling_off_until,
            Client.name,
            Client.id_number,
            Client.phone,
            Product.code,
            Product.name,
            User.display_name,
            attempts,
        )
        .join(Client, Client.id == SalesCase.client_id)
        .join(Product, Product.id == SalesCase.product_id)
        .join(User, User.id == SalesCase.advisor_user_id)
        .where(
            SalesCase.branch_id == actor.branch_id,
            SalesCase.deleted_at.is_(None),
            SalesCase.state.in_([s.value for s in VISITED_STATES]),
            or_(
                SalesCase.cooling_off_until.is_not(None),
                SalesCase.review_flags.op("&")(int(VISIT_FLAGS)) != 0,
            ),
            ~done,
        )
    )
    result: list[VisitDue] = []
    deadlines: dict[date, datetime] = {}  # many sales share a starting day
    with ws.db.reading() as session:
        calendar = calendar_in(session)
        for row in session.execute(stmt):
            (case_id, client_id, advisor_id, signed_at, cooling_off_until) = row[:5]
            (name, id_number, phone, code, product_name, advisor_name, tries) = row[5:]
            assert signed_at is not None  # every visited state is signed
            start = visit_start(cooling_off_until, signed_at)
            day = local_date(start)
            if day not in deadlines:
                deadlines[day] = visit_deadline(start, calendar, working_days)
            deadline = deadlines[day]
            result.append(
                VisitDue(
                    case_id=case_id,
                    client_id=client_id,
                    client_name=name,
                    id_masked=mask_id(id_number),
                    phone_masked=mask_phone(phone),
                    product_code=code,
                    product_name=product_name,
                    advisor_name=advisor_name,
                    signed_at=signed_at,
                    cooling_off_until=cooling_off_until,
                    due_from=start,
                    due_by=deadline,
                    status=visit_status(now, cooling_off_until, deadline),
                    unreachable_attempts=int(tries or 0),
                    is_selling_advisor=advisor_id == actor.user_id,
                )
            )
    result.sort(key=lambda v: (v.due_by, v.due_from, v.case_id))
    return result


def visit_script(ws: Workspace, actor: Actor, case_id: str) -> VisitScript:
    """The case's facts to read out and the checklist to ask, in the current language."""
    require(actor, Permission.RETURN_VISIT)
    now = ws.now()
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        if case.signed_at is None:
            raise UserError(translate("ReturnVisits", "This case needs no return visit."))
        client = session.get(Client, case.client_id)
        product = session.get(Product, case.product_id) if case.product_id else None
        advisor = session.get(User, case.advisor_user_id)
        match = session.get(CaseMatch, case.match_id) if case.match_id else None
        assessment = session.get(Assessment, case.assessment_id) if case.assessment_id else None
        if client is None or product is None or advisor is None or match is None:
            raise UserError(translate("ReturnVisits", "This case needs no return visit."))
        start = visit_start(case.cooling_off_until, case.signed_at)
        working_days = after_sale_rules().visit_due_working_days
        deadline = visit_deadline(start, calendar_in(session), working_days)
        refusal = _refusal(session, actor, case, now)
        tries = _attempts(session, case.id)
        decision: dict[str, Any] = json.loads(match.decision)
        return VisitScript(
            case_id=case.id,
            client_name=client.name,
            id_masked=mask_id(client.id_number),
            phone_masked=mask_phone(client.phone),
            product_code=product.code,
            product_name=product.name,
            amount=case.amount,
            advisor_name=advisor.display_name,
            signed_at=case.signed_at,
            cooling_off_until=case.cooling_off_until,
            free_look_until=case.free_look_until,
            match_outcome=match.outcome,
            effective_risk=str(decision.get("effective_risk", product.risk_distributor)),
            client_level=assessment.level if assessment else "",
            due_by=deadline,
            status=visit_status(now, case.cooling_off_until, deadline),
            unreachable_attempts=tries,
            checklist=_checklist(),
            refusal=refusal.message if refusal else "",
        )


# -- recording --------------------------------------------------------------------------------


def _visit_problems(
    outcome: str, answers: dict[str, bool], notes: str, escalation: str
) -> list[FieldError]:
    errors: list[FieldError] = []

    def refuse(field: str, rule: str, message: str) -> None:
        errors.append(FieldError(field, rule, message))

    if outcome not in OUTCOMES:
        refuse(
            "outcome", "CHOICE_INVALID", translate("ReturnVisits", "Choose the visit's outcome.")
        )
        return errors
    points = after_sale_rules().visit_checklist
    unknown = sorted(set(answers) - {p.id for p in points})
    missing = next((p for p in points if answers.get(p.id) is not True), None)
    if unknown:
        message = translate("ReturnVisits", "Not a point of the checklist: {point}.")
        refuse("answers", "CHOICE_INVALID", message.format(point=unknown[0]))
    elif outcome == CONFIRMED and missing is not None:
        message = translate(
            "ReturnVisits",
            "Not confirmed yet: “{point}”. Every point must be confirmed; otherwise record "
            "the problem.",
        )
        refuse(
            "answers", "CHECKLIST_INCOMPLETE", message.format(point=missing.text(active_language()))
        )
    if len(notes) > NOTE_MAX:
        message = translate("ReturnVisits", "At most {n} characters.")
        refuse("notes", "TOO_LONG", message.format(n=NOTE_MAX))
    elif outcome == PROBLEM and not notes:
        refuse(
            "notes",
            "REQUIRED",
            translate("ReturnVisits", "Describe the problem the client raised."),
        )
    if outcome == PROBLEM and escalation not in ESCALATIONS:
        message = translate(
            "ReturnVisits", "Choose where the problem goes: a complaint or the supervisor."
        )
        refuse("escalation", "REQUIRED", message)
    elif outcome != PROBLEM and escalation:
        refuse(
            "escalation", "NOT_A_PROBLEM", translate("ReturnVisits", "Only a problem is escalated.")
        )
    return errors


def record_visit(
    ws: Workspace,
    actor: Actor,
    case_id: str,
    *,
    outcome: str,
    answers: dict[str, bool],
    notes: str,
    escalation: str = "",
) -> str:
    """Record one return-visit call; returns the visit's id.

    ``confirmed`` needs every checklist point confirmed; ``problem`` needs notes and an
    escalation (``complaint`` opens one in the same transaction, ``supervisor`` waits for
    their follow-up); ``unreachable`` keeps the case in the queue.
    """
    require(actor, Permission.RETURN_VISIT)
    notes = notes.strip()
    now = ws.now()
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        refusal = _refusal(session, actor, case, now)
        if refusal is not None:
            raise refusal
        errors = _visit_problems(outcome, dict(answers), notes, escalation)
        if errors:
            raise ValidationFailed(errors)
        complaint_id: str | None = None
        if outcome == PROBLEM and escalation == TO_COMPLAINT:
            complaint = open_complaint(
                session,
                ws,
                actor,
                client_id=case.client_id,
                case_id=case.id,
                channel="return_visit",
                category="mis_selling",
                description=notes,
            )
            complaint_id = complaint.id
            enqueue(
                session,
                entity="complaint",
                entity_id=complaint.id,
                op="upsert",
                payload=row_dict(complaint),
                at=now,
            )
        kept = {} if outcome == UNREACHABLE else {k: bool(v) for k, v in answers.items()}
        visit = ReturnVisit(
            id=new_id(),
            case_id=case.id,
            outcome=outcome,
            answers=json.dumps(kept, sort_keys=True),
            notes=notes,
            escalation=escalation if outcome == PROBLEM else "",
            complaint_id=complaint_id,
            visited_at=now,
            visited_by=actor.user_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(visit)
        session.flush()
        audited(
            session,
            ws,
            actor,
            "visit.record",
            "return_visit",
            visit.id,
            {
                "case": case.id,
                "outcome": outcome,
                "escalation": visit.escalation,
                "complaint": complaint_id,
                "rules": after_sale_rules().version,
            },
            outbox=row_dict(visit),
        )
        return visit.id


# -- the supervisor's follow-up ---------------------------------------------------------------


def _not_confirmed(answers_json: str) -> tuple[str, ...]:
    answers = json.loads(answers_json or "{}")
    language = active_language()
    return tuple(
        p.text(language) for p in after_sale_rules().visit_checklist if answers.get(p.id) is False
    )


def pending_follow_ups(ws: Workspace, actor: Actor) -> list[FollowUpDue]:
    """Problems return visits referred to the branch's supervisor, oldest first."""
    require(actor, Permission.VISIT_FOLLOW_UP)
    followed = exists().where(VisitFollowUp.visit_id == ReturnVisit.id)
    advisor, caller = aliased(User), aliased(User)
    stmt = (
        select(ReturnVisit, SalesCase, Client, Product, advisor.display_name, caller.display_name)
        .join(SalesCase, SalesCase.id == ReturnVisit.case_id)
        .join(Client, Client.id == SalesCase.client_id)
        .join(Product, Product.id == SalesCase.product_id)
        .join(advisor, advisor.id == SalesCase.advisor_user_id)
        .join(caller, caller.id == ReturnVisit.visited_by)
        .where(
            SalesCase.branch_id == actor.branch_id,
            SalesCase.deleted_at.is_(None),
            ReturnVisit.outcome == PROBLEM,
            ReturnVisit.escalation == TO_SUPERVISOR,
            ~followed,
        )
        .order_by(ReturnVisit.visited_at, ReturnVisit.id)
    )
    with ws.db.reading() as session:
        return [
            FollowUpDue(
                visit_id=visit.id,
                case_id=case.id,
                client_name=client.name,
                id_masked=mask_id(client.id_number),
                product_code=product.code,
                product_name=product.name,
                advisor_name=advisor_name,
                visited_at=visit.visited_at,
                visited_by_name=caller_name,
                notes=visit.notes,
                not_confirmed=_not_confirmed(visit.answers),
            )
            for visit, case, client, product, advisor_name, caller_name in session.execute(stmt)
        ]


def follow_up(ws: Workspace, actor: Actor, visit_id: str, note: str) -> str:
    """The supervisor's note on what was done about the problem; returns its id."""
    require(actor, Permission.VISIT_FOLLOW_UP)
    note = note.strip()
    if not note or len(note) > NOTE_MAX:
        message = (
            translate("ReturnVisits", "At most {n} characters.").format(n=NOTE_MAX)
            if note
            else translate("ReturnVisits", "Say what was done about the problem.")
        )
        raise ValidationFailed([FieldError("note", "TOO_LONG" if note else "REQUIRED", message)])
    now = ws.now()
    with ws.db.writing() as session:
        visit = session.get(ReturnVisit, visit_id)
        case = session.get(SalesCase, visit.case_id) if visit is not None else None
        if (
            visit is None
            or case is None
            or case.branch_id != actor.branch_id
            or visit.escalation != TO_SUPERVISOR
        ):
            raise NotFound(
                translate("ReturnVisits", "No problem from a return visit waits for this.")
            )
        taken = select(VisitFollowUp.id).where(VisitFollowUp.visit_id == visit.id)
        if session.scalars(taken).first() is not None:
            raise UserError(translate("ReturnVisits", "This problem is already followed up."))
        row = VisitFollowUp(
            id=new_id(),
            visit_id=visit.id,
            note=note,
            recorded_at=now,
            recorded_by=actor.user_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(row)
        session.flush()
        audited(
            session,
            ws,
            actor,
            "visit.follow_up",
            "visit_follow_up",
            row.id,
            {"visit": visit.id, "case": case.id},
            outbox=row_dict(row),
        )
        return row.id
