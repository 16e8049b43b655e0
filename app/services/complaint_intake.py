"""Taking in a complaint: any role may, for a client of the branch (and one of their cases).

:func:`open_complaint` is the one place a complaint row is created, whether from the
intake form or from a return visit that found a problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.complaint_clock import ComplaintClock, deadlines
from app.domain.identity import mask_id
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, ValidationFailed
from app.i18n import translate
from app.rulebook import after_sale_rules
from app.services.cases import load_case
from app.services.clients import load_visible_client
from app.services.context import Actor, Workspace, audited, require
from app.services.work_calendar import calendar_in
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import Client, Complaint, ComplaintEvent, SalesCase
from app.store.serialize import row_dict

DESCRIPTION_MAX = 4000
RECEIVED = "received"


@dataclass(frozen=True)
class ClientChoice:
    client_id: str
    name: str
    id_masked: str


def intake_problems(channel: str, category: str, description: str) -> list[FieldError]:
    rules = after_sale_rules()
    errors = []
    if channel not in rules.channel_ids():
        errors.append(
            FieldError("channel", "CHOICE_INVALID", translate("Complaints", "Choose the channel."))
        )
    if category not in rules.category_ids():
        errors.append(
            FieldError(
                "category", "CHOICE_INVALID", translate("Complaints", "Choose the category.")
            )
        )
    text = description.strip()
    if not text:
        errors.append(
            FieldError(
                "description",
                "REQUIRED",
                translate("Complaints", "Describe the complaint in the client's words."),
            )
        )
    elif len(text) > DESCRIPTION_MAX:
        errors.append(
            FieldError(
                "description",
                "TOO_LONG",
                translate("Complaints", "At most {n} characters.").format(n=DESCRIPTION_MAX),
            )
        )
    return errors


def complaint_event(
    session: Session,
    ws: Workspace,
    actor: Actor,
    complaint: Complaint,
    kind: str,
    detail: dict[str, Any] | None = None,
) -> ComplaintEvent:
    now = ws.now()
    event = ComplaintEvent(
        id=new_id(),
        complaint_id=complaint.id,
        kind=kind,
        detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
        recorded_at=now,
        recorded_by=actor.user_id,
        created_at=now,
        updated_at=now,
        origin_device_id=ws.device_id,
    )
    session.add(event)
    session.flush()
    enqueue(
        session,
        entity="complaint_event",
        entity_id=event.id,
        op="upsert",
        payload=row_dict(event),
        at=now,
    )
    return event


def _client_of(session: Session, actor: Actor, client_id: str) -> Client:
    if actor.role.value == "admin":
        client = session.get(Client, client_id)
        if client is None or client.branch_id != actor.branch_id or client.deleted_at:
            raise NotFound(translate("Complaints", "No such client in this branch."))
        return client
    return load_visible_client(session, actor, client_id)


def open_complaint(
    session: Session,
    ws: Workspace,
    actor: Actor,
    *,
    client_id: str,
    case_id: str | None,
    channel: str,
    category: str,
    description: str,
) -> Complaint:
    """A new complaint (validated), its intake event, and its decision deadline."""
    errors = intake_problems(channel, category, description)
    if errors:
        raise ValidationFailed(errors)
    client = _client_of(session, actor, client_id)
    subject: str | None = None
    if case_id:
        if actor.role.value == "admin":
            case = session.get(SalesCase, case_id)
            if case is not None and case.deleted_at is not None:
                case = None
        else:
            try:
                case = load_case(session, actor, case_id)
            except NotFound:
                case = None
        if case is None or case.client_id != client.id:
            raise ValidationFailed(
                [
                    FieldError(
                        "case",
                        "NOT_THE_CLIENTS",
                        translate("Complaints", "Choose one of this client's cases."),
                    )
                ]
            )
        subject = case.advisor_user_id
    now = ws.now()
    due = deadlines(ComplaintClock(now), after_sale_rules().complaints, calendar_in(session))
    complaint = Complaint(
        id=new_id(),
        client_id=client.id,
        case_id=case_id or None,
        subject_user_id=subject,
        branch_id=client.branch_id,
        channel=channel,
        category=category,
        description=description.strip(),
        received_at=now,
        received_by=actor.user_id,
        extension_level=0,
        decide_by=due.decide_by,
        status=RECEIVED,
        created_at=now,
        updated_at=now,
        origin_device_id=ws.device_id,
    )
    session.add(complaint)
    session.flush()
    complaint_event(
        session, ws, actor, complaint, "intake", {"channel": channel, "category": category}
    )
    return complaint


def intake(
    ws: Workspace,
    actor: Actor,
    client_id: str,
    case_id: str | None,
    channel: str,
    category: str,
    description: str,
) -> str:
    """Take in a complaint; returns its id. The clocks start now."""
    require(actor, Permission.COMPLAINT_INTAKE)
    with ws.db.writing() as session:
        complaint = open_complaint(
            session,
            ws,
            actor,
            client_id=client_id,
            case_id=case_id,
            channel=channel,
            category=category,
            description=description,
        )
        audited(
            session,
            ws,
            actor,
            "complaint.intake",
            "complaint",
            complaint.id,
            {"channel": channel, "category": category, "case": case_id},
            outbox=row_dict(complaint),
        )
        return complaint.id


def intake_client_choices(ws: Workspace, actor: Actor, query: str) -> list[ClientChoice]:
    """Clients of the branch whose name contains ``query`` (≤ 20, ID masked), for intake."""
    require(actor, Permission.COMPLAINT_INTAKE)
    text = query.strip().casefold()
    if not text:
        return []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    stmt = select(Client).where(
        Client.branch_id == actor.branch_id,
        Client.deleted_at.is_(None),
        Client.name_search.like(pattern, escape="\\"),
    )
    if actor.role.value == "advisor":
        stmt = stmt.where(Client.owner_user_id == actor.user_id)
    with ws.db.reading() as session:
        rows = session.scalars(stmt.order_by(Client.name_search).limit(20)).all()
        return [ClientChoice(c.id, c.name, mask_id(c.id_number)) for c in rows]


def intake_client(ws: Workspace, actor: Actor, client_id: str) -> ClientChoice:
    """One client of the branch the actor may take a complaint for (a form opened on them)."""
    require(actor, Permission.COMPLAINT_INTAKE)
    with ws.db.reading() as session:
        client = _client_of(session, actor, client_id)
        return ClientChoice(client.id, client.name, mask_id(client.id_number))
