"""Home's "today": what needs doing now, for whoever is signed in.

Overdue and due-today complaints, return visits due, assessments expiring within 30
days, drafts, returned cases and signed cases to submit, sync conflicts, refused changes
and changes that have not reached head office for days — each item says which screen opens
it. Roles see what they act on: advisors their own clients and cases, service staff
the branch's complaints and return visits, supervisors the branch's complaints, the
problems return visits escalated to them and the review queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.case_flow import OPEN_STATES, CaseState
from app.domain.complaint_clock import Urgency
from app.domain.roles import Permission, allows
from app.domain.work_calendar import local_date
from app.services import complaints, return_visits, sync_conflicts
from app.services.context import Actor, Workspace
from app.services.work_calendar import calendar_in
from app.store.models import (
    Assessment,
    CaseReview,
    Client,
    SalesCase,
    SyncState,
)
from app.sync.pull import STATE_ID
from app.sync.push import unsent_count

EXPIRY_WINDOW = timedelta(days=30)
# Changes waiting longer than this for head office get a line of their own.
SYNC_STALE_AFTER = timedelta(days=3)
LIMIT = 50


class Kind(StrEnum):
    CALENDAR_GAP = "calendar_gap"
    SYNC_STALE = "sync_stale"
    SYNC_REFUSED = "sync_refused"
    SYNC_CONFLICTS = "sync_conflicts"
    COMPLAINT_OVERDUE = "complaint_overdue"
    COMPLAINT_ACK_OVERDUE = "complaint_ack_overdue"
    COMPLAINT_DUE_TODAY = "complaint_due_today"
    VISIT_OVERDUE = "visit_overdue"
    VISIT_DUE = "visit_due"
    FOLLOW_UP = "visit_follow_up"
    REVIEW_WAITING = "review_waiting"
    RETURNED = "returned"
    TO_SUBMIT = "to_submit"
    ASSESSMENT_EXPIRING = "assessment_expiring"
    DRAFT = "draft"


class Opens(StrEnum):
    """Which screen an item opens."""

    CASE = "case"
    CLIENT = "client"
    COMPLAINT = "complaint"
    VISIT = "visit"
    FOLLOW_UPS = "follow_ups"
    REVIEW = "review"
    SETTINGS = "settings"
    HEAD_OFFICE = "head_office"


# Most urgent first.
ORDER = tuple(Kind)


@dataclass(frozen=True)
class TodayItem:
    kind: Kind
    opens: Opens
    target_id: str
    subject: str  # a client's name or a count; the UI words the line
    due: datetime | None = None
    detail: str = ""


def _complaints(ws: Workspace, actor: Actor) -> list[TodayItem]:
    """Open complaints whose acknowledgement or decision is late or due today; a handler
    sees theirs and the unassigned ones, a supervisor every one of the branch."""
    supervisor = allows(actor.role, Permission.COMPLAINT_APPROVE_EXTENSION)
    items = []
    for row in complaints.list_complaints(ws, actor, "open"):
        if row.handler_user_id not in (None, actor.user_id) and not supervisor:
            continue  # another handler's complaint
        if row.decision is Urgency.OVERDUE:
            kind, due = Kind.COMPLAINT_OVERDUE, row.decide_by
        elif row.acknowledgement is Urgency.OVERDUE:
            kind, due = Kind.COMPLAINT_ACK_OVERDUE, row.acknowledge_by
        elif row.acknowledgement is Urgency.DUE_TODAY:
            kind, due = Kind.COMPLAINT_DUE_TODAY, row.acknowledge_by
        elif row.decision is Urgency.DUE_TODAY:
            kind, due = Kind.COMPLAINT_DUE_TODAY, row.decide_by
        else:
            continue
        items.append(TodayItem(kind, Opens.COMPLAINT, row.complaint_id, row.client_name, due))
    return items


def _advisor(session: Session, actor: Actor, now: datetime) -> list[TodayItem]:
    items = []
    newest = (
        select(Assessment.client_id, func.max(Assessment.assessed_at).label("at"))
        .group_by(Assessment.client_id)
        .subquery()
    )
    expiring = session.execute(
        select(Client.id, Client.name, Assessment.expires_at)
        .join(newest, newest.c.client_id == Client.id)
        .join(
            Assessment,
            (Assessment.client_id == newest.c.client_id) & (Assessment.assessed_at == newest.c.at),
        )
        .where(
            Client.owner_user_id == actor.user_id,
            Client.deleted_at.is_(None),
            Assessment.expires_at > now,
            Assessment.expires_at <= now + EXPIRY_WINDOW,
        )
        .order_by(Assessment.expires_at)
        .limit(LIMIT)
    ).all()
    for client_id, name, expires_at in expiring:
        items.append(TodayItem(Kind.ASSESSMENT_EXPIRING, Opens.CLIENT, client_id, name, expires_at))
    cases = session.execute(
        select(
            SalesCase.id,
            SalesCase.state,
            SalesCase.supersedes_id,
            SalesCase.updated_at,
            Client.name,
        )
        .join(Client, Client.id == SalesCase.client_id)
        .where(
            SalesCase.advisor_user_id == actor.user_id,
            SalesCase.deleted_at.is_(None),
            SalesCase.state.in_([s.value for s in (*OPEN_STATES, CaseState.SIGNED)]),
        )
        .order_by(SalesCase.updated_at.desc())
        .limit(LIMIT)
    ).all()
    for case_id, state, supersedes, updated_at, name in cases:
        detail = ""
        if state == CaseState.SIGNED.value:
            kind = Kind.TO_SUBMIT
        elif supersedes is not None:
            kind = Kind.RETURNED
            detail = (
                session.scalar(
                    select(CaseReview.comment).where(
                        CaseReview.case_id == supersedes, CaseReview.kind == "return"
                    )
                )
                or ""
            )
        else:
            kind, detail = Kind.DRAFT, state
        items.append(TodayItem(kind, Opens.CASE, case_id, name, updated_at, detail))
    return items


# Complaint deadlines reach 60 days ahead (15 + 30 + 15 with both extensions).
CALENDAR_HORIZON = timedelta(days=60)


def _calendar_gap(session: Session, now: datetime) -> TodayItem | None:
    """The year deadlines will soon fall in, if the calendar holds no holiday for it."""
    calendar = calendar_in(session)
    for year in sorted({local_date(now).year, local_date(now + CALENDAR_HORIZON).year}):
        if not any(day.year == year for day in calendar.holidays):
            return TodayItem(Kind.CALENDAR_GAP, Opens.SETTINGS, "", str(year))
    return None


def _sync(session: Session, actor: Actor, now: datetime) -> list[TodayItem]:
    """Conflicts this user resolves, changes head office refused, and changes that have not
    reached head office for days (an enrolled device only)."""
    state = session.get(SyncState, STATE_ID)
    if state is None:
        return []
    items = []
    conflicts = len(sync_conflicts.visible(session, actor))
    if conflicts:
        items.append(TodayItem(Kind.SYNC_CONFLICTS, Opens.HEAD_OFFICE, "", str(conflicts)))
    refused = len(sync_conflicts.refusals(session, actor))
    if refused:
        items.append(TodayItem(Kind.SYNC_REFUSED, Opens.HEAD_OFFICE, "", str(refused)))
    since = state.last_success_at or state.enrolled_at
    if now - since > SYNC_STALE_AFTER:
        unsent = unsent_count(session)
        if unsent:
            items.append(TodayItem(Kind.SYNC_STALE, Opens.HEAD_OFFICE, "", str(unsent), since))
    return items


def today(ws: Workspace, actor: Actor) -> list[TodayItem]:
    """Everything due for ``actor`` now, most urgent first."""
    now = ws.now()
    items: list[TodayItem] = []
    with ws.db.reading() as session:
        if allows(actor.role, Permission.CALENDAR_MANAGE) or allows(
            actor.role, Permission.COMPLAINT_HANDLE
        ):
            gap = _calendar_gap(session, now)
            if gap is not None:
                items.append(gap)
        if allows(actor.role, Permission.SYNC):
            items += _sync(session, actor, now)
        if allows(actor.role, Permission.CASE_WORK):
            items += _advisor(session, actor, now)
        if allows(actor.role, Permission.CASE_REVIEW):
            waiting = session.scalar(
                select(func.count())
                .select_from(SalesCase)
                .where(
                    SalesCase.branch_id == actor.branch_id,
                    SalesCase.state == CaseState.SUBMITTED.value,
                )
            )
            if waiting:
                items.append(TodayItem(Kind.REVIEW_WAITING, Opens.REVIEW, "", str(waiting)))
    if allows(actor.role, Permission.COMPLAINT_HANDLE):
        items += _complaints(ws, actor)
    if allows(actor.role, Permission.RETURN_VISIT):
        for visit in return_visits.visit_queue(ws, actor):
            if visit.status in ("overdue", "due", "due_today") and not visit.is_selling_advisor:
                kind = Kind.VISIT_OVERDUE if visit.status == "overdue" else Kind.VISIT_DUE
                items.append(
                    TodayItem(kind, Opens.VISIT, visit.case_id, visit.client_name, visit.due_by)
                )
    if allows(actor.role, Permission.VISIT_FOLLOW_UP):
        for pending in return_visits.pending_follow_ups(ws, actor):
            items.append(
                TodayItem(Kind.FOLLOW_UP, Opens.FOLLOW_UPS, pending.visit_id, pending.client_name)
            )
    return sorted(items, key=lambda i: (ORDER.index(i.kind), i.due or now))
