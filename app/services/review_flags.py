"""Computing a signed case's review flags from its immutable records (RULES §5)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.documents import templates
from app.domain.review import Flag, SignedFacts, flag_list, flags_for
from app.store.models import Assessment, CaseAttestation, CaseFlag, CaseMatch, SalesCase


def signed_facts(session: Session, case: SalesCase, signed_at: datetime) -> SignedFacts:
    match = session.get(CaseMatch, case.match_id) if case.match_id else None
    if match is None:
        raise LookupError(f"case {case.id} has no match")
    decision = json.loads(match.decision)
    client_facts = json.loads(match.client_facts)
    assessment = session.get(Assessment, case.assessment_id) if case.assessment_id else None
    recording = session.scalars(
        select(CaseAttestation)
        .where(CaseAttestation.case_id == case.id, CaseAttestation.kind == "recording")
        .order_by(CaseAttestation.recorded_at.desc())
    ).first()
    payload = json.loads(recording.payload) if recording else {}
    return SignedFacts(
        outcome=match.outcome,
        reason_codes=tuple(str(r["code"]) for r in decision.get("reasons", [])),
        requires=tuple(decision.get("requires", [])),
        lowest_category=bool(
            client_facts.get("lowest_category") or (assessment and assessment.lowest_category)
        ),
        assessment_expires_at=assessment.expires_at if assessment else None,
        signed_at=signed_at,
        recording_points=tuple(i for i, _ in templates.recording_checklist("zh_CN")),
        recording_covered=tuple(payload["checklist"]) if recording else None,
        recording_reference=str(payload.get("reference", "")),
        recording_sha256=str(payload.get("sha256", "")),
    )


def compute_flags(session: Session, case: SalesCase, signed_at: datetime) -> Flag:
    return flags_for(signed_facts(session, case, signed_at))


def index_flags(session: Session, case: SalesCase) -> None:
    """Bring the case's rows in ``case_flags`` in step with its flags and state."""
    session.execute(delete(CaseFlag).where(CaseFlag.case_id == case.id))
    if case.submitted_at is None:
        return
    for flag in flag_list(case.review_flags):
        session.add(
            CaseFlag(
                case_id=case.id,
                flag=int(flag),
                branch_id=case.branch_id,
                state=case.state,
                submitted_at=case.submitted_at,
            )
        )
