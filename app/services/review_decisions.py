"""A supervisor's decisions on a submitted case: co-sign, approve, return, reject.

Decisions are immutable rows (``case_reviews``). ``warn`` and special-care cases need the
supervisor's handwritten co-sign before approval. Returning a case ends it as
``returned`` and opens a new version for the advisor that supersedes it: the sale goes
through matching, disclosure and signing again, and is submitted anew.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.model import Strokes
from app.domain.case_flow import OPEN_STATES, CaseState, Step, move
from app.domain.review import Decision, needs_cosign, open_decisions
from app.domain.roles import Permission
from app.domain.signature import check_signature, strokes_to_json
from app.errors import FieldError, UserError, ValidationFailed
from app.i18n import translate
from app.services.cases import load_case
from app.services.context import Actor, Workspace, audited, require
from app.services.review_flags import index_flags
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import CaseReview, Client, Product, SalesCase, User
from app.store.serialize import row_dict


@dataclass(frozen=True)
class ReturnedCase:
    """A new version the advisor must redo, with why the supervisor returned the old one."""

    case_id: str
    returned_case_id: str
    client_name: str
    product_code: str
    comment: str
    returned_by: str
    returned_at: datetime


def decisions_of(session: Session, case_id: str) -> list[CaseReview]:
    return list(
        session.scalars(
            select(CaseReview).where(CaseReview.case_id == case_id).order_by(CaseReview.decided_at)
        )
    )


def _submitted(session: Session, actor: Actor, case_id: str, decision: Decision) -> SalesCase:
    case = load_case(session, actor, case_id)
    if CaseState(case.state) is not CaseState.SUBMITTED:
        raise UserError(
            translate("Review", "This case is not waiting for review (it is {state}).").format(
                state=case.state
            )
        )
    if case.advisor_user_id == actor.user_id:
        raise UserError(
            translate("Review", "This is your own sale: another supervisor must review it.")
        )
    done = [Decision(r.kind) for r in decisions_of(session, case.id)]
    if decision not in open_decisions(case.review_flags, done):
        if decision is Decision.APPROVE:
            raise UserError(
                translate(
                    "Review",
                    "This case has a warning or special-care flag: co-sign it before approving.",
                )
            )
        raise UserError(translate("Review", "This case is already co-signed."))
    return case


def _store(
    session: Session,
    ws: Workspace,
    actor: Actor,
    case: SalesCase,
    decision: Decision,
    comment: str = "",
    strokes_json: str = "",
) -> CaseReview:
    now = ws.now()
    row = CaseReview(
        id=new_id(),
        case_id=case.id,
        kind=decision.value,
        comment=comment,
        strokes=strokes_json,
        strokes_sha256=hashlib.sha256(strokes_json.encode("utf-8")).hexdigest()
        if strokes_json
        else "",
        pack_sha256=case.pack_sha256 or "",
        decided_by=actor.user_id,
        decided_at=now,
        created_at=now,
        updated_at=now,
        origin_device_id=ws.device_id,
    )
    session.add(row)
    session.flush()
    enqueue(
        session, entity="case_review", entity_id=row.id, op="upsert", payload=row_dict(row), at=now
    )
    return row


def _required_text(text: str, field: str, message: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationFailed([FieldError(field, "REQUIRED", message)])
    return text


def _decide(
    session: Session, ws: Workspace, actor: Actor, case: SalesCase, target: CaseState
) -> None:
    now = ws.now()
    case.state = move(CaseState(case.state), target).value
    case.decided_at = now
    case.updated_at = now
    case.version += 1
    session.flush()
    index_flags(session, case)


def cosign(ws: Workspace, actor: Actor, case_id: str, strokes: Strokes) -> None:
    """The supervisor's handwritten co-sign of a flagged case."""
    require(actor, Permission.CASE_REVIEW)
    errors = check_signature(strokes, field="cosign_pad")
    if errors:
        raise ValidationFailed(errors)
    with ws.db.writing() as session:
        case = _submitted(session, actor, case_id, Decision.COSIGN)
        if not needs_cosign(case.review_flags):
            raise UserError(translate("Review", "This case needs no co-sign."))
        strokes_json = json.dumps(strokes_to_json(strokes), sort_keys=True)
        row = _store(session, ws, actor, case, Decision.COSIGN, strokes_json=strokes_json)
        audited(
            session,
            ws,
            actor,
            "case.cosign",
            "case",
            case.id,
            {"review": row.id, "sha256": row.strokes_sha256},
        )


def approve(ws: Workspace, actor: Actor, case_id: str, comment: str = "") -> None:
    require(actor, Permission.CASE_REVIEW)
    with ws.db.writing() as session:
        case = _submitted(session, actor, case_id, Decision.APPROVE)
        row = _store(session, ws, actor, case, Decision.APPROVE, comment.strip())
        _decide(session, ws, actor, case, CaseState.APPROVED)
        audited(
            session,
            ws,
            actor,
            "case.approve",
            "case",
            case.id,
            {"review": row.id},
            outbox=row_dict(case),
        )


def reject(ws: Workspace, actor: Actor, case_id: str, reason: str) -> None:
    require(actor, Permission.CASE_REVIEW)
    reason = _required_text(
        reason, "reason", translate("Review", "Give the reason for rejecting the case.")
    )
    with ws.db.writing() as session:
        case = _submitted(session, actor, case_id, Decision.REJECT)
        row = _store(session, ws, actor, case, Decision.REJECT, reason)
        _decide(session, ws, actor, case, CaseState.REJECTED)
        audited(
            session,
            ws,
            actor,
            "case.reject",
            "case",
            case.id,
            {"review": row.id},
            outbox=row_dict(case),
        )


def return_case(ws: Workspace, actor: Actor, case_id: str, comment: str) -> str:
    """Return the case to its advisor; returns the id of the new version they will redo."""
    require(actor, Permission.CASE_REVIEW)
    comment = _required_text(
        comment, "comment", translate("Review", "Tell the advisor what to correct.")
    )
    with ws.db.writing() as session:
        case = _submitted(session, actor, case_id, Decision.RETURN)
        row = _store(session, ws, actor, case, Decision.RETURN, comment)
        _decide(session, ws, actor, case, CaseState.RETURNED)
        now = ws.now()
        old_draft = json.loads(case.draft or "{}")
        matching = dict(old_draft.get("matching", {}))
        if case.product_id:
            matching["product_id"] = case.product_id
        if case.amount is not None:
            matching.setdefault("amount", f"{case.amount.normalize():f}")
        successor = SalesCase(
            id=new_id(),
            client_id=case.client_id,
            advisor_user_id=case.advisor_user_id,
            branch_id=case.branch_id,
            state=CaseState.DRAFT.value,
            step=Step.ONBOARDING.value,
            channel=case.channel,
            draft=json.dumps({"matching": matching}, ensure_ascii=False),
            supersedes_id=case.id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(successor)
        session.flush()
        audited(
            session,
            ws,
            actor,
            "case.return",
            "case",
            case.id,
            {"review": row.id, "successor": successor.id},
            outbox=row_dict(case),
        )
        enqueue(
            session,
            entity="case",
            entity_id=successor.id,
            op="upsert",
            payload=row_dict(successor),
            at=now,
        )
        return successor.id


def returned_cases(ws: Workspace, actor: Actor) -> list[ReturnedCase]:
    """The advisor's cases reopened after a return, not yet signed again."""
    require(actor, Permission.CASE_WORK)
    with ws.db.reading() as session:
        rows = session.execute(
            select(SalesCase.id, SalesCase.supersedes_id, Client.name)
            .join(Client, Client.id == SalesCase.client_id)
            .where(
                SalesCase.advisor_user_id == actor.user_id,
                SalesCase.supersedes_id.is_not(None),
                SalesCase.state.in_([s.value for s in OPEN_STATES]),
                SalesCase.deleted_at.is_(None),
            )
            .order_by(SalesCase.created_at.desc())
        ).all()
        result = []
        for case_id, old_id, client_name in rows:
            old = session.get(SalesCase, old_id)
            review = session.scalars(
                select(CaseReview).where(
                    CaseReview.case_id == old_id, CaseReview.kind == Decision.RETURN.value
                )
            ).first()
            if old_id is None or old is None or review is None:
                continue
            product = session.get(Product, old.product_id) if old.product_id else None
            supervisor = session.get(User, review.decided_by)
            result.append(
                ReturnedCase(
                    case_id=case_id,
                    returned_case_id=old_id,
                    client_name=client_name,
                    product_code=product.code if product else "",
                    comment=review.comment,
                    returned_by=supervisor.display_name if supervisor else "",
                    returned_at=review.decided_at,
                )
            )
    return result
