"""Conflicts between this device's edits and head office's (helpers of :mod:`app.services.sync`).

A conflict is one field another device changed too since this device last saw it. Until a
person settles it, the record shows this device's value here and head office keeps its own;
who may settle it is whoever may edit that kind of record (and see it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.identity import mask_id
from app.domain.kyc import KycInput, validate_kyc
from app.domain.roles import Permission, Role, allows
from app.errors import FieldError, NotFound, UserError, ValidationFailed
from app.i18n import translate
from app.services.clients import kyc_input_of
from app.services.context import Actor, Workspace, audited
from app.store.audit import enqueue
from app.store.entities import ENTITY_MODELS
from app.store.field_changes import wire_value
from app.store.models import Client, SalesCase, SyncConflict, SyncRejection
from app.sync.apply import derive_fields
from app.sync.wire import BadValue, column_value

CHOICES: Final = ("mine", "theirs", "edit")
EDITORS: Final[dict[str, tuple[Permission, ...]]] = {
    "client": (Permission.CLIENT_WRITE,),
    "case": (Permission.CASE_WORK, Permission.CASE_REVIEW),
    "complaint": (Permission.COMPLAINT_HANDLE,),
    "rating_notice": (Permission.CASE_WORK,),
    "calendar_day": (Permission.CALENDAR_MANAGE,),
    "product": (Permission.CATALOG_MANAGE,),
    "user": (Permission.USER_MANAGE,),
    "sales_target": (Permission.TARGET_MANAGE,),
}
DEFAULT_EDITORS: Final = (Permission.SETTINGS_MANAGE,)
# A field whose conflict is not the ordinary editors' to settle: a case's state is where the
# review stands, so only a supervisor chooses between two states.
FIELD_EDITORS: Final[dict[tuple[str, str], tuple[Permission, ...]]] = {
    ("case", "state"): (Permission.CASE_REVIEW,),
}
# Never shown in full on the conflict screen (revealing is audited elsewhere).
MASKED: Final = frozenset({("client", "id_number")})


@dataclass(frozen=True)
class ConflictView:
    """Values are JSON, as they travel: money and dates are strings."""

    conflict_id: str
    entity: str
    entity_id: str
    field: str
    mine: Any
    theirs: Any
    base: Any
    created_at: datetime
    title: str  # what the record is, for people (a client's name); may be empty
    # Whether another value may be typed (only where the form's checks exist for it).
    editable: bool = False


def _sees(session: Session, actor: Actor, entity: str, entity_id: str) -> bool:
    if entity == "client":
        client = session.get(Client, entity_id)
        if client is None:
            return False
        if actor.role is Role.ADVISOR:
            return client.owner_user_id == actor.user_id
        return client.branch_id == actor.branch_id
    if entity == "case":
        case = session.get(SalesCase, entity_id)
        if case is None:
            return False
        if actor.role is Role.ADVISOR:
            return case.advisor_user_id == actor.user_id
        return case.branch_id == actor.branch_id
    return True


def may_handle(session: Session, actor: Actor, entity: str, entity_id: str, field: str) -> bool:
    """Whether ``actor`` deals with sync trouble about this record (a conflict on ``field``,
    or a change head office refused, ``field`` ""): who may edit it and see it."""
    editors = FIELD_EDITORS.get((entity, field)) or EDITORS.get(entity, DEFAULT_EDITORS)
    return any(allows(actor.role, p) for p in editors) and _sees(session, actor, entity, entity_id)


def may_resolve(session: Session, actor: Actor, row: SyncConflict) -> bool:
    return may_handle(session, actor, row.entity, row.entity_id, row.field)


def record_title(session: Session, entity: str, entity_id: str) -> str:
    """What a record is, for people: a client's name, or the name of a case's client."""
    client_id = entity_id
    if entity == "case":
        case = session.get(SalesCase, entity_id)
        client_id = case.client_id if case is not None else ""
    elif entity != "client":
        return ""
    client = session.get(Client, client_id)
    return client.name if client is not None else ""


def editable(entity: str, field: str) -> bool:
    """Another value may be typed only where the client form's checks cover the field."""
    return (
        entity == "client"
        and field in KycInput.__dataclass_fields__
        and (entity, field) not in MASKED
        # Choices and yes/no fields: one of the two values, never typed codes.
        and field
        not in (
            "id_type",
            "gender",
            "civil_capacity",
            "investor_class",
            "guardian_consent",
            "consent_sensitive",
            "consent_sharing",
        )
    )


def refusals(session: Session, actor: Actor) -> list[SyncRejection]:
    """Changes head office refused that ``actor`` deals with, newest first."""
    rows = session.scalars(select(SyncRejection).order_by(SyncRejection.rejected_at.desc()))
    return [r for r in rows if may_handle(session, actor, r.entity, r.entity_id, "")]


def visible(session: Session, actor: Actor) -> list[SyncConflict]:
    """Open conflicts ``actor`` may resolve, oldest first."""
    rows = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    return [row for row in rows if may_resolve(session, actor, row)]


def _shown(entity: str, field: str, value: Any) -> Any:
    if (entity, field) in MASKED and isinstance(value, str):
        return mask_id(value)
    return value


def view_of(session: Session, row: SyncConflict) -> ConflictView:
    return ConflictView(
        row.id,
        row.entity,
        row.entity_id,
        row.field,
        _shown(row.entity, row.field, json.loads(row.mine)),
        _shown(row.entity, row.field, json.loads(row.theirs)),
        _shown(row.entity, row.field, json.loads(row.base)),
        row.created_at,
        record_title(session, row.entity, row.entity_id),
        editable(row.entity, row.field),
    )


def _checked_client_value(client: Client, name: str, value: Any, today: date) -> Any:
    """An edited value passes the client form's checks — the field's own and those across
    fields — and is stored as the form stores it (a mobile number with its country code)."""
    changes: dict[str, Any] = {name: "" if value is None else str(value)}
    form = replace(kyc_input_of(client, {}), id_number=client.id_number, **changes)
    record, errors = validate_kyc(form, today=today, require_consent=False)
    problems = [
        FieldError("value", e.rule, e.message)
        if e.field == name
        else FieldError(
            "value",
            e.rule,
            translate("Sync", "With this value, another field would be wrong: {problem}").format(
                problem=e.message
            ),
        )
        for e in errors
    ]
    if problems or record is None:
        raise ValidationFailed(problems)
    if name in record.money:
        return wire_value(record.money[name])
    normalized = getattr(record, name, value)
    return wire_value(normalized.value if isinstance(normalized, Enum) else normalized)


def resolve_in(
    session: Session, ws: Workspace, actor: Actor, conflict_id: str, choice: str, value: Any
) -> None:
    """Settle a conflict inside the caller's write transaction (one audit event)."""
    row = session.get(SyncConflict, conflict_id)
    if row is None or not may_resolve(session, actor, row):
        raise NotFound(translate("Sync", "This conflict does not exist or is not yours."))
    if row.resolved_at is not None:
        raise UserError(translate("Sync", "This conflict was already resolved."))
    model = ENTITY_MODELS[row.entity]
    record: Any = session.get(model, row.entity_id)
    column = model.__table__.columns.get(row.field)
    if record is None or column is None:
        raise NotFound(translate("Sync", "The record of this conflict is no longer here."))
    theirs = json.loads(row.theirs)
    chosen = {"theirs": theirs, "mine": json.loads(row.mine)}.get(choice, value)
    if choice == "edit":
        if not editable(row.entity, row.field) or not isinstance(record, Client):
            message = translate("Sync", "Keep one of the two values for this field.")
            raise ValidationFailed([FieldError("choice", "EDIT_NOT_ALLOWED", message)])
        chosen = _checked_client_value(record, row.field, chosen, ws.today())
    try:
        local = column_value(column, chosen)
    except BadValue:
        message = translate("Sync", "This value does not fit the field.")
        raise ValidationFailed([FieldError("value", "VALUE_INVALID", message)]) from None
    now = ws.now()
    if getattr(record, row.field) != local:
        setattr(record, row.field, local)
        derive_fields(row.entity, record)
        record.updated_at = now
    session.flush()
    new = wire_value(local)
    if choice != "theirs" and new != theirs:
        # Over head office's value: the base is what head office holds now.
        fields = {row.field: {"base": theirs, "new": new}}
        payload = {"fields": fields, "version": record.version}
        enqueue(
            session,
            entity=row.entity,
            entity_id=row.entity_id,
            op="update_fields",
            payload=payload,
            at=now,
        )
    # Earlier open conflicts on the same field are settled by the same choice.
    for open_row in session.scalars(
        select(SyncConflict).where(
            SyncConflict.entity == row.entity,
            SyncConflict.entity_id == row.entity_id,
            SyncConflict.field == row.field,
            SyncConflict.resolved_at.is_(None),
        )
    ):
        open_row.resolution, open_row.resolved_at, open_row.resolved_by = choice, now, actor.user_id
    audited(
        session,
        ws,
        actor,
        "sync.conflict_resolve",
        row.entity,
        row.entity_id,
        {"conflict": row.id, "field": row.field, "choice": choice},
    )
