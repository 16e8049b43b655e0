"""The steps of handling a complaint: acknowledge, assign, extend, decide, inform, close.

Each step checks who may act (see :mod:`app.services.complaints`), changes the row, records
a complaint event and audits it; the stored ``decide_by`` follows every change.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.domain.complaint_clock import MAX_EXTENSIONS
from app.domain.roles import Permission, allows
from app.errors import FieldError, UserError, ValidationFailed
from app.i18n import translate
from app.services.complaint_intake import complaint_event
from app.services.complaints import (
    HANDLER_ROLES,
    INFORM_CHANNELS,
    TEXT_MAX,
    decided,
    due,
    load,
    may_act,
    status_of,
)
from app.services.context import Actor, Workspace, audited, require
from app.store.models import Complaint, User
from app.store.serialize import row_dict


def _actionable(session: Session, actor: Actor, complaint_id: str) -> Complaint:
    """The complaint if ``actor`` may act on it at all (open, not recused, theirs)."""
    complaint = load(session, actor, complaint_id)
    if complaint.closed_at is not None:
        raise UserError(translate("Complaints", "This complaint is closed; nothing can change."))
    if complaint.subject_user_id == actor.user_id:
        raise UserError(
            translate(
                "Complaints",
                "This complaint is about your own sale: a colleague must handle it.",
            )
        )
    if not may_act(complaint, actor):
        handler = session.get(User, complaint.handler_user_id)
        raise UserError(
            translate(
                "Complaints",
                "This complaint is assigned to {name}: only they or a supervisor may act on it.",
            ).format(name=handler.display_name if handler else "?")
        )
    return complaint


def _required(text: str, field: str, message: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationFailed([FieldError(field, "REQUIRED", message)])
    if len(text) > TEXT_MAX:
        raise ValidationFailed(
            [
                FieldError(
                    field,
                    "TOO_LONG",
                    translate("Complaints", "At most {n} characters.").format(n=TEXT_MAX),
                )
            ]
        )
    return text


def _changed(
    session: Session,
    ws: Workspace,
    actor: Actor,
    complaint: Complaint,
    kind: str,
    detail: dict[str, Any],
    payload: dict[str, Any],
) -> None:
    """Bump the row, add its event, and audit the step (one audit event, two outbox rows)."""
    complaint.status = status_of(complaint)
    complaint.decide_by = due(session, complaint).decide_by  # the calendar may have moved it
    complaint.updated_at = ws.now()
    complaint.version += 1
    session.flush()  # the one UPDATE of this step (deadline reads do not autoflush)
    complaint_event(session, ws, actor, complaint, kind, detail)
    audited(
        session,
        ws,
        actor,
        f"complaint.{kind}",
        "complaint",
        complaint.id,
        {"status": complaint.status, **payload},
        outbox=row_dict(complaint),
    )


# -- steps ---------------------------------------------------------------------------------


def acknowledge(ws: Workspace, actor: Actor, complaint_id: str) -> None:
    """Tell the client the complaint was received (due within 24 hours)."""
    require(actor, Permission.COMPLAINT_HANDLE)
    with ws.db.writing() as session:
        complaint = _actionable(session, actor, complaint_id)
        if complaint.acknowledged_at is not None:
            raise UserError(translate("Complaints", "This complaint is already acknowledged."))
        now = ws.now()
        complaint.acknowledged_at = now
        late = now > due(session, complaint).acknowledge_by
        _changed(session, ws, actor, complaint, "acknowledge", {"late": late}, {"late": late})


def assign(ws: Workspace, actor: Actor, complaint_id: str, handler_user_id: str) -> None:
    """Give the complaint to a service or supervisor user of the branch (not the advisor
    complained about)."""
    require(actor, Permission.COMPLAINT_HANDLE)
    with ws.db.writing() as session:
        complaint = _actionable(session, actor, complaint_id)
        if decided(complaint):
            raise UserError(
                translate("Complaints", "The decision is made; the handler cannot change now.")
            )
        if handler_user_id == complaint.subject_user_id:
            raise ValidationFailed(
                [
                    FieldError(
                        "handler",
                        "RECUSED",
                        translate(
                            "Complaints",
                            "The advisor complained about cannot handle this complaint.",
                        ),
                    )
                ]
            )
        user = session.get(User, handler_user_id)
        if (
            user is None
            or user.branch_id != complaint.branch_id
            or user.disabled
            or user.deleted_at is not None
            or user.role not in {r.value for r in HANDLER_ROLES}
        ):
            raise ValidationFailed(
                [
                    FieldError(
                        "handler",
                        "NOT_A_HANDLER",
                        translate(
                            "Complaints",
                            "Choose a service or supervisor colleague of this branch.",
                        ),
                    )
                ]
            )
        if user.id == complaint.handler_user_id:
            raise UserError(translate("Complaints", "This colleague already handles it."))
        previous = complaint.handler_user_id
        complaint.handler_user_id = user.id
        _changed(
            session,
            ws,
            actor,
            complaint,
            "assign",
            {"handler": user.id, "previous": previous},
            {"handler": user.id},
        )


def extend(ws: Workspace, actor: Actor, complaint_id: str, reason: str) -> datetime:
    """Extend the decision period (to 30 days; a further 30 with a supervisor's approval).

    Returns the new decision deadline.
    """
    require(actor, Permission.COMPLAINT_HANDLE)
    reason = _required(
        reason, "reason", translate("Complaints", "Give the reason for the extension.")
    )
    with ws.db.writing() as session:
        complaint = _actionable(session, actor, complaint_id)
        if decided(complaint):
            raise UserError(
                translate("Complaints", "The decision is made; the period cannot be extended.")
            )
        if complaint.extension_level >= MAX_EXTENSIONS:
            raise UserError(
                translate("Complaints", "The decision period cannot be extended any further.")
            )
        if complaint.extension_level >= 1 and not allows(
            actor.role, Permission.COMPLAINT_APPROVE_EXTENSION
        ):
            raise UserError(
                translate("Complaints", "A further extension needs a supervisor's approval.")
            )
        if ws.now() > due(session, complaint).decide_by:
            raise UserError(
                translate(
                    "Complaints",
                    "The decision is already overdue: an extension must be made before the "
                    "deadline.",
                )
            )
        level = complaint.extension_level + 1
        complaint.extension_level = level
        decide_by = due(session, complaint).decide_by
        _changed(
            session,
            ws,
            actor,
            complaint,
            "extend",
            {"level": level, "reason": reason, "decide_by": decide_by.isoformat()},
            {"level": level, "decide_by": decide_by.isoformat()},
        )
        return decide_by


def decide(
    ws: Workspace, actor: Actor, complaint_id: str, resolution: str, root_cause: str
) -> None:
    """Record the decision and its root cause (the customer is told with :func:`inform`)."""
    require(actor, Permission.COMPLAINT_HANDLE)
    errors: list[FieldError] = []
    texts: dict[str, str] = {}
    for field, text, message in (
        ("resolution", resolution, translate("Complaints", "Write the decision.")),
        ("root_cause", root_cause, translate("Complaints", "Name the root cause.")),
    ):
        try:
            texts[field] = _required(text, field, message)
        except ValidationFailed as failed:
            errors += failed.errors
    if errors:
        raise ValidationFailed(errors)
    with ws.db.writing() as session:
        complaint = _actionable(session, actor, complaint_id)
        if decided(complaint):
            raise UserError(translate("Complaints", "This complaint is already decided."))
        if complaint.acknowledged_at is None:
            raise UserError(translate("Complaints", "Acknowledge the complaint first."))
        complaint.resolution = texts["resolution"]
        complaint.root_cause = texts["root_cause"]
        _changed(
            session,
            ws,
            actor,
            complaint,
            "decide",
            {"resolution": complaint.resolution, "root_cause": complaint.root_cause},
            {},
        )


def inform(ws: Workspace, actor: Actor, complaint_id: str, channel: str) -> None:
    """The customer was told the decision: the decision clock stops now."""
    require(actor, Permission.COMPLAINT_HANDLE)
    if channel not in INFORM_CHANNELS:
        raise ValidationFailed(
            [
                FieldError(
                    "channel",
                    "CHOICE_INVALID",
                    translate("Complaints", "Choose how the client was informed."),
                )
            ]
        )
    with ws.db.writing() as session:
        complaint = _actionable(session, actor, complaint_id)
        if complaint.decided_at is not None:
            raise UserError(translate("Complaints", "The client was already informed."))
        if not complaint.resolution:
            raise UserError(translate("Complaints", "Record the decision first."))
        now = ws.now()
        in_time = now <= due(session, complaint).decide_by
        complaint.decided_at = now
        complaint.informed_channel = channel
        _changed(
            session,
            ws,
            actor,
            complaint,
            "inform",
            {"channel": channel, "in_time": in_time},
            {"channel": channel, "in_time": in_time},
        )


def close(ws: Workspace, actor: Actor, complaint_id: str) -> None:
    """Close a complaint whose decision the customer was told."""
    require(actor, Permission.COMPLAINT_HANDLE)
    with ws.db.writing() as session:
        complaint = _actionable(session, actor, complaint_id)
        if complaint.decided_at is None:
            raise UserError(
                translate("Complaints", "Inform the client of the decision before closing.")
            )
        complaint.closed_at = ws.now()
        _changed(session, ws, actor, complaint, "close", {}, {})
