"""Handling a complaint from acknowledgement to closure, and the branch's complaint figures.

The clocks (24 hours to acknowledge, 15 days to decide and inform, extendable to 30 and
by a further 30 with a supervisor's approval) are computed with the calendar in force,
so a holiday an administrator adds moves the deadlines of open complaints too. The
stored ``decide_by`` follows every change made here (it is what queries order by).

Who may act: the handler (a service or supervisor user of the branch, never the advisor
complained about), or a supervisor; before anyone is assigned, any user who handles
complaints. The status follows the furthest step reached:
``received → acknowledged → assigned → decided → informed → closed``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.domain.complaint_clock import (
    MAX_EXTENSIONS,
    ClockState,
    ComplaintClock,
    Deadlines,
    Urgency,
    clock_state,
    deadlines,
    decided_within_base_period,
)
from app.domain.identity import mask_id
from app.domain.roles import Permission, Role, allows
from app.domain.work_calendar import WorkCalendar
from app.errors import FieldError, NotFound, ValidationFailed
from app.i18n import translate
from app.rulebook import after_sale_rules
from app.services.complaint_intake import DESCRIPTION_MAX, RECEIVED
from app.services.context import Actor, Workspace, require
from app.services.work_calendar import calendar_in
from app.store.models import Client, Complaint, ComplaintEvent, Survey, User

ACKNOWLEDGED = "acknowledged"
ASSIGNED = "assigned"
DECIDED = "decided"
INFORMED = "informed"
CLOSED = "closed"
STATUSES = (RECEIVED, ACKNOWLEDGED, ASSIGNED, DECIDED, INFORMED, CLOSED)

VIEWS = ("open", "overdue", "due_today", "mine", "closed")
ACTIONS = ("acknowledge", "assign", "extend", "decide", "inform", "close")
# How the customer can be told the decision: the intake channels that reach them.
INFORM_CHANNELS = ("phone", "counter", "letter", "online")
HANDLER_ROLES = frozenset({Role.SERVICE, Role.SUPERVISOR})
TEXT_MAX = DESCRIPTION_MAX
LIST_LIMIT = 500  # one branch's complaints in a view; closed ones newest first

_RANK = {Urgency.OVERDUE: 3, Urgency.DUE_TODAY: 2, Urgency.OPEN: 1, Urgency.DONE: 0}


def worst(*urgencies: Urgency) -> Urgency:
    """The most pressing of several clocks (overdue before due today before open)."""
    return max(urgencies, key=_RANK.__getitem__, default=Urgency.DONE)


@dataclass(frozen=True)
class ComplaintRow:
    complaint_id: str
    client_id: str
    client_name: str
    client_id_masked: str
    case_id: str | None
    category: str
    channel: str
    received_at: datetime
    handler_user_id: str | None
    handler_name: str
    status: str
    acknowledge_by: datetime
    decide_by: datetime
    acknowledgement: Urgency
    decision: Urgency
    extension_level: int

    @property
    def urgency(self) -> Urgency:
        return worst(self.acknowledgement, self.decision)


@dataclass(frozen=True)
class EventView:
    kind: str
    recorded_at: datetime
    recorded_by: str  # the user's display name
    detail: dict[str, Any]


@dataclass(frozen=True)
class HandlerChoice:
    user_id: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class ComplaintDetail:
    complaint_id: str
    version: int
    status: str
    client_id: str
    client_name: str
    client_id_masked: str
    case_id: str | None
    subject_user_id: str | None
    subject_name: str  # the advisor complained about ("" when no case is linked)
    channel: str
    category: str
    description: str
    received_at: datetime
    received_by: str
    handler_user_id: str | None
    handler_name: str
    acknowledged_at: datetime | None
    extension_level: int
    resolution: str
    root_cause: str
    decided_at: datetime | None  # when the customer was informed of the decision
    informed_channel: str
    closed_at: datetime | None
    acknowledge_by: datetime
    decide_by: datetime
    base_decide_by: datetime  # the 15-day deadline, extensions aside
    internal_target: datetime
    acknowledgement: Urgency
    decision: Urgency
    acknowledged_late: bool
    decided_in_time: bool | None
    events: tuple[EventView, ...]
    actions: frozenset[str]  # what the actor may do now (see ACTIONS)
    extension_needs_supervisor: bool  # the next extension needs a supervisor's approval
    handler_choices: tuple[HandlerChoice, ...]
    survey_taken: bool

    @property
    def urgency(self) -> Urgency:
        return worst(self.acknowledgement, self.decision)


class ComplaintFigures(TypedDict):
    """Counts for the KPI dashboard, each with the ids behind it."""

    received: int
    received_ids: list[str]
    informed: int
    informed_ids: list[str]
    decided_within_base_period: int
    decided_within_base_period_ids: list[str]
    complainants: int
    complainant_ids: list[str]
    clients: int
    client_ids: list[str]


# -- clocks -------------------------------------------------------------------------------


def clock_of(complaint: Complaint) -> ComplaintClock:
    return ComplaintClock(
        received_at=complaint.received_at,
        acknowledged_at=complaint.acknowledged_at,
        extension_level=complaint.extension_level,
        decided_at=complaint.decided_at,
    )


def _state(complaint: Complaint, calendar: WorkCalendar, now: datetime) -> ClockState:
    return clock_state(clock_of(complaint), after_sale_rules().complaints, calendar, now)


def due(session: Session, complaint: Complaint) -> Deadlines:
    """The complaint's deadlines under the calendar in force."""
    with session.no_autoflush:  # the pending change is flushed once, by complaint_actions._changed
        calendar = calendar_in(session)
    return deadlines(clock_of(complaint), after_sale_rules().complaints, calendar)


def status_of(complaint: Complaint) -> str:
    """The furthest step the complaint has reached."""
    if complaint.closed_at is not None:
        return CLOSED
    if complaint.decided_at is not None:
        return INFORMED
    if complaint.resolution:
        return DECIDED
    if complaint.acknowledged_at is not None:
        return ASSIGNED if complaint.handler_user_id else ACKNOWLEDGED
    return RECEIVED


# -- who may act ----------------------------------------------------------------------------


def _is_supervisor(actor: Actor) -> bool:
    return actor.role is Role.SUPERVISOR


def may_act(complaint: Complaint, actor: Actor) -> bool:
    if complaint.subject_user_id == actor.user_id:
        return False
    return complaint.handler_user_id in (None, actor.user_id) or _is_supervisor(actor)


def decided(complaint: Complaint) -> bool:
    return bool(complaint.resolution) or complaint.decided_at is not None


def open_actions(
    complaint: Complaint, actor: Actor, now: datetime, decide_by: datetime
) -> frozenset[str]:
    """The steps ``actor`` may take on the complaint now (the services enforce the same).

    ``decide_by`` is the decision deadline under the calendar in force.
    """
    if complaint.closed_at is not None or not may_act(complaint, actor):
        return frozenset()
    actions: set[str] = set()
    if complaint.acknowledged_at is None:
        actions.add("acknowledge")
    if not decided(complaint):
        actions.add("assign")
        may_extend = complaint.extension_level == 0 or allows(
            actor.role, Permission.COMPLAINT_APPROVE_EXTENSION
        )
        if complaint.extension_level < MAX_EXTENSIONS and now <= decide_by and may_extend:
            actions.add("extend")
        if complaint.acknowledged_at is not None:
            actions.add("decide")
    elif complaint.decided_at is None:
        actions.add("inform")
    else:
        actions.add("close")
    return frozenset(actions)


def load(session: Session, actor: Actor, complaint_id: str) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None or complaint.branch_id != actor.branch_id or complaint.deleted_at:
        raise NotFound(translate("Complaints", "No such complaint in this branch."))
    return complaint


# -- reads ---------------------------------------------------------------------------------


def _names(session: Session, user_ids: set[str]) -> dict[str, str]:
    if not user_ids:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(user_ids)))
    return {user_id: name for user_id, name in rows}


def list_complaints(ws: Workspace, actor: Actor, view: str) -> list[ComplaintRow]:
    """The branch's complaints in ``view`` (see :data:`VIEWS`), soonest deadline first.

    ``overdue``: open, with the acknowledgement or the decision late; ``due_today``: open,
    nothing late, something due today; ``mine``: open and handled by ``actor``;
    ``closed``: the most recent closures first.
    """
    require(actor, Permission.COMPLAINT_HANDLE)
    if view not in VIEWS:
        raise ValidationFailed(
            [FieldError("view", "CHOICE_INVALID", translate("Complaints", "Choose a list."))]
        )
    now = ws.now()
    handler = aliased(User)
    stmt = (
        select(Complaint, Client.name, Client.id_number, handler.display_name)
        .join(Client, Client.id == Complaint.client_id)
        .outerjoin(handler, handler.id == Complaint.handler_user_id)
        .where(Complaint.branch_id == actor.branch_id, Complaint.deleted_at.is_(None))
    )
    if view == "closed":
        stmt = stmt.where(Complaint.closed_at.is_not(None)).order_by(Complaint.decide_by.desc())
    else:
        stmt = stmt.where(Complaint.closed_at.is_(None)).order_by(Complaint.decide_by)
    if view == "mine":
        stmt = stmt.where(Complaint.handler_user_id == actor.user_id)
    rows: list[ComplaintRow] = []
    with ws.db.reading() as session:
        calendar = calendar_in(session)
        for complaint, name, id_number, handler_name in session.execute(stmt.limit(LIST_LIMIT)):
            state = _state(complaint, calendar, now)
            row = ComplaintRow(
                complaint_id=complaint.id,
                client_id=complaint.client_id,
                client_name=name,
                client_id_masked=mask_id(id_number),
                case_id=complaint.case_id,
                category=complaint.category,
                channel=complaint.channel,
                received_at=complaint.received_at,
                handler_user_id=complaint.handler_user_id,
                handler_name=handler_name or "",
                status=complaint.status,
                acknowledge_by=state.deadlines.acknowledge_by,
                decide_by=state.deadlines.decide_by,
                acknowledgement=state.acknowledgement,
                decision=state.decision,
                extension_level=complaint.extension_level,
            )
            if view == "overdue" and row.urgency is not Urgency.OVERDUE:
                continue
            if view == "due_today" and row.urgency is not Urgency.DUE_TODAY:
                continue
            rows.append(row)
    # The calendar in force may have moved deadlines since they were stored.
    rows.sort(key=lambda r: r.decide_by, reverse=view == "closed")
    return rows


def _handler_choices(session: Session, complaint: Complaint) -> tuple[HandlerChoice, ...]:
    stmt = (
        select(User)
        .where(
            User.branch_id == complaint.branch_id,
            User.role.in_([r.value for r in HANDLER_ROLES]),
            User.disabled.is_(False),
            User.deleted_at.is_(None),
        )
        .order_by(User.display_name)
    )
    if complaint.subject_user_id:
        stmt = stmt.where(User.id != complaint.subject_user_id)
    return tuple(HandlerChoice(u.id, u.display_name, Role(u.role)) for u in session.scalars(stmt))


def _events(session: Session, complaint_id: str) -> tuple[EventView, ...]:
    rows = session.execute(
        select(ComplaintEvent, User.display_name)
        .join(User, User.id == ComplaintEvent.recorded_by)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.recorded_at, ComplaintEvent.id)
    ).all()
    details = [json.loads(event.detail or "{}") for event, _ in rows]
    # An assignment names the handler by id; the history shows their name.
    handlers = _names(session, {str(d["handler"]) for d in details if d.get("handler")})
    for detail in details:
        if detail.get("handler"):
            detail["handler_name"] = handlers.get(str(detail["handler"]), "")
    return tuple(
        EventView(event.kind, event.recorded_at, name, detail)
        for (event, name), detail in zip(rows, details, strict=True)
    )


def get_complaint(ws: Workspace, actor: Actor, complaint_id: str) -> ComplaintDetail:
    """Everything about one complaint: fields, deadlines, history and the open steps."""
    require(actor, Permission.COMPLAINT_HANDLE)
    now = ws.now()
    rules = after_sale_rules().complaints
    with ws.db.reading() as session:
        complaint = load(session, actor, complaint_id)
        client = session.get(Client, complaint.client_id)
        assert client is not None  # a foreign key
        calendar = calendar_in(session)
        state = _state(complaint, calendar, now)
        base = deadlines(ComplaintClock(complaint.received_at), rules, calendar)
        names = _names(
            session,
            {u for u in (complaint.subject_user_id, complaint.handler_user_id) if u is not None}
            | {complaint.received_by},
        )
        actions = open_actions(complaint, actor, now, state.deadlines.decide_by)
        survey = session.scalars(
            select(Survey.id).where(Survey.complaint_id == complaint.id)
        ).first()
        return ComplaintDetail(
            complaint_id=complaint.id,
            version=complaint.version,
            status=complaint.status,
            client_id=client.id,
            client_name=client.name,
            client_id_masked=mask_id(client.id_number),
            case_id=complaint.case_id,
            subject_user_id=complaint.subject_user_id,
            subject_name=names.get(complaint.subject_user_id or "", ""),
            channel=complaint.channel,
            category=complaint.category,
            description=complaint.description,
            received_at=complaint.received_at,
            received_by=names.get(complaint.received_by, ""),
            handler_user_id=complaint.handler_user_id,
            handler_name=names.get(complaint.handler_user_id or "", ""),
            acknowledged_at=complaint.acknowledged_at,
            extension_level=complaint.extension_level,
            resolution=complaint.resolution,
            root_cause=complaint.root_cause,
            decided_at=complaint.decided_at,
            informed_channel=complaint.informed_channel,
            closed_at=complaint.closed_at,
            acknowledge_by=state.deadlines.acknowledge_by,
            decide_by=state.deadlines.decide_by,
            base_decide_by=base.decide_by,
            internal_target=state.deadlines.internal_target,
            acknowledgement=state.acknowledgement,
            decision=state.decision,
            acknowledged_late=state.acknowledged_late,
            decided_in_time=state.decided_in_time,
            events=_events(session, complaint.id),
            actions=actions,
            extension_needs_supervisor=complaint.extension_level >= 1,
            handler_choices=_handler_choices(session, complaint) if "assign" in actions else (),
            survey_taken=survey is not None,
        )


# -- figures -------------------------------------------------------------------------------


def complaint_figures(
    session: Session, branch_id: str, start: datetime, end: datetime
) -> ComplaintFigures:
    """The complaints received in ``[start, end)``, how many of them were decided (the
    customer informed) within the base 15 days, and the branch's clients (the base of
    "complaints per 1,000 clients"), each with the ids behind it."""
    rules = after_sale_rules().complaints
    calendar = calendar_in(session)
    received = session.scalars(
        select(Complaint)
        .where(
            Complaint.branch_id == branch_id,
            Complaint.deleted_at.is_(None),
            Complaint.received_at >= start,
            Complaint.received_at < end,
        )
        .order_by(Complaint.received_at, Complaint.id)
    ).all()
    informed = [c.id for c in received if c.decided_at is not None]
    in_time = [c.id for c in received if decided_within_base_period(clock_of(c), rules, calendar)]
    complainants = sorted({c.client_id for c in received})
    clients = list(
        session.scalars(
            select(Client.id)
            .where(Client.branch_id == branch_id, Client.deleted_at.is_(None))
            .order_by(Client.id)
        )
    )
    return ComplaintFigures(
        received=len(received),
        received_ids=[c.id for c in received],
        informed=len(informed),
        informed_ids=informed,
        decided_within_base_period=len(in_time),
        decided_within_base_period_ids=in_time,
        complainants=len(complainants),
        complainant_ids=complainants,
        clients=len(clients),
        client_ids=clients,
    )
