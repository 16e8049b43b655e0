"""Everything a supervisor reads before deciding on a case, from its immutable records."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.domain.case_flow import CaseState
from app.domain.identity import mask_id
from app.domain.review import Decision, Flag, flag_list, open_decisions
from app.domain.roles import Permission
from app.services.cases import load_case
from app.services.context import Actor, Workspace, require
from app.services.review_decisions import decisions_of
from app.store.models import (
    Assessment,
    AuditEvent,
    CaseAttestation,
    CaseDocument,
    CaseMatch,
    Client,
    DisclosureRecord,
    Product,
    Signature,
    User,
)


@dataclass(frozen=True)
class ShownDocumentRow:
    title: str
    kind: str
    template_version: str
    sha256: str
    reading_seconds: int
    scrolled_to_end: bool
    risks_acknowledged: int
    risks_total: int


@dataclass(frozen=True)
class AttestationRow:
    kind: str
    recorded_at: datetime
    detail: dict[str, Any]


@dataclass(frozen=True)
class SignatureRow:
    role: str
    signer_name: str
    signed_at: datetime
    sha256: str
    strokes: dict[str, Any]


@dataclass(frozen=True)
class ReviewRow:
    kind: Decision
    comment: str
    decided_by: str
    decided_at: datetime
    strokes: dict[str, Any] | None


@dataclass(frozen=True)
class TrailRow:
    at: datetime
    actor: str
    action: str
    entity: str


@dataclass(frozen=True)
class CaseRecord:
    case_id: str
    version: int
    state: CaseState
    client_name: str
    client_id_masked: str
    birth_date: str
    advisor_name: str
    product_code: str
    product_name: str
    amount: Decimal | None
    channel: str
    created_at: datetime
    signed_at: datetime | None
    submitted_at: datetime | None
    decided_at: datetime | None
    supersedes_id: str | None
    flags: tuple[Flag, ...]
    assessment: dict[str, Any]
    match: dict[str, Any]
    client_facts: dict[str, Any]
    sale_facts: dict[str, Any]
    documents: list[ShownDocumentRow] = field(default_factory=list)
    attestations: list[AttestationRow] = field(default_factory=list)
    signatures: list[SignatureRow] = field(default_factory=list)
    pack_file_name: str = ""
    pack_sha256: str = ""
    pack_size: int = 0
    sealed_by: str = ""
    reviews: list[ReviewRow] = field(default_factory=list)
    open_decisions: frozenset[Decision] = frozenset()
    trail: list[TrailRow] = field(default_factory=list)


def case_record(ws: Workspace, actor: Actor, case_id: str) -> CaseRecord:
    """The case as signed, with its documents, signatures, decisions and audit trail."""
    require(actor, Permission.CASE_REVIEW)
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        client = session.get(Client, case.client_id)
        advisor = session.get(User, case.advisor_user_id)
        product = session.get(Product, case.product_id) if case.product_id else None
        match = session.get(CaseMatch, case.match_id) if case.match_id else None
        assessment = session.get(Assessment, case.assessment_id) if case.assessment_id else None
        assert client is not None and advisor is not None
        names = {u.id: u.display_name for u in session.scalars(select(User))}
        documents = [
            ShownDocumentRow(
                title=d.title,
                kind=d.kind,
                template_version=d.template_version,
                sha256=d.sha256,
                reading_seconds=d.reading_seconds,
                scrolled_to_end=d.scrolled_to_end,
                risks_acknowledged=len(json.loads(d.acknowledged_risks)),
                risks_total=len(json.loads(d.key_risks)),
            )
            for d in session.scalars(
                select(DisclosureRecord)
                .where(DisclosureRecord.case_id == case.id)
                .order_by(DisclosureRecord.recorded_at, DisclosureRecord.id)
            )
        ]
        attestations = [
            AttestationRow(a.kind, a.recorded_at, json.loads(a.payload))
            for a in session.scalars(
                select(CaseAttestation)
                .where(CaseAttestation.case_id == case.id)
                .order_by(CaseAttestation.recorded_at, CaseAttestation.id)
            )
        ]
        signatures = [
            SignatureRow(s.role, s.signer_name, s.signed_at, s.sha256, json.loads(s.strokes))
            for s in session.scalars(
                select(Signature).where(Signature.case_id == case.id).order_by(Signature.role)
            )
        ]
        pack = session.execute(
            select(
                CaseDocument.file_name,
                CaseDocument.sha256,
                CaseDocument.size,
                CaseDocument.sealed_by,
            ).where(CaseDocument.case_id == case.id)
        ).first()
        reviews = decisions_of(session, case.id)
        trail = [
            TrailRow(e.at, names.get(e.actor_id or "", ""), e.action, e.entity)
            for e in session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.entity_id.in_([case.id, *([assessment.id] if assessment else [])])
                )
                .order_by(AuditEvent.seq)
            )
        ]
        done = [Decision(r.kind) for r in reviews]
        return CaseRecord(
            case_id=case.id,
            version=case.version,
            state=CaseState(case.state),
            client_name=client.name,
            client_id_masked=mask_id(client.id_number),
            birth_date=client.birth_date.isoformat() if client.birth_date else "",
            advisor_name=advisor.display_name,
            product_code=product.code if product else "",
            product_name=product.name if product else "",
            amount=case.amount,
            channel=case.channel,
            created_at=case.created_at,
            signed_at=case.signed_at,
            submitted_at=case.submitted_at,
            decided_at=case.decided_at,
            supersedes_id=case.supersedes_id,
            flags=flag_list(case.review_flags),
            assessment=_assessment(assessment),
            match=_match(match),
            client_facts=json.loads(match.client_facts) if match else {},
            sale_facts=json.loads(match.sale_facts) if match else {},
            documents=documents,
            attestations=attestations,
            signatures=signatures,
            pack_file_name=pack.file_name if pack else "",
            pack_sha256=pack.sha256 if pack else "",
            pack_size=pack.size if pack else 0,
            sealed_by=pack.sealed_by if pack else "",
            reviews=[
                ReviewRow(
                    Decision(r.kind),
                    r.comment,
                    names.get(r.decided_by, ""),
                    r.decided_at,
                    json.loads(r.strokes) if r.strokes else None,
                )
                for r in reviews
            ],
            # Nothing to decide on a case that is not waiting, nor on one's own sale.
            open_decisions=open_decisions(case.review_flags, done)
            if case.state == CaseState.SUBMITTED.value and case.advisor_user_id != actor.user_id
            else frozenset(),
            trail=trail,
        )


def _assessment(row: Assessment | None) -> dict[str, Any]:
    if row is None:
        return {}
    return {
        "level": row.level,
        "score": row.score,
        "lowest_category": row.lowest_category,
        "horizon": row.horizon,
        "varieties": json.loads(row.varieties),
        "assessed_at": row.assessed_at,
        "expires_at": row.expires_at,
        "questionnaire": f"{row.questionnaire_id} {row.questionnaire_version}",
        "questionnaire_hash": row.questionnaire_hash,
        "answers_hash": row.answers_hash,
    }


def _match(row: CaseMatch | None) -> dict[str, Any]:
    if row is None:
        return {}
    decision = json.loads(row.decision)
    return {
        "outcome": row.outcome,
        "effective_risk": decision.get("effective_risk", ""),
        "reasons": decision.get("reasons", []),
        "requires": decision.get("requires", []),
        "rulepack": row.rulepack,
        "rulepack_hash": row.rulepack_hash,
        "own_initiative": row.own_initiative,
        "matched_at": row.matched_at,
    }
