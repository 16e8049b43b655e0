"""Risk assessments: submit (with the frequency limits), the latest valid one, expiry.

A submitted assessment is immutable and keeps the questionnaire id, version and content
hash with the answers. Inconsistency warnings must be resolved or confirmed with a note;
a level different from the previous one needs the client's confirmation.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import assessment_rules
from app.domain.questionnaire import (
    AnswerWarning,
    ScoreResult,
    check_answers,
    raw_score,
    score_answers,
)
from app.domain.roles import Permission
from app.domain.rulepack import RulePack
from app.domain.suitability import LOCAL_ZONE, age_at
from app.errors import FieldError, UserError, ValidationFailed
from app.i18n import translate
from app.rulebook import ASSESSMENT_RULES_PACK, questionnaire, rulebook
from app.services.clients import load_visible_client
from app.services.context import Actor, Workspace, audited, require
from app.store.ids import new_id
from app.store.models import Assessment, Client
from app.store.serialize import row_dict


class AssessmentRefused(UserError):
    """Too many assessments: ``next_possible`` says when the next one may be taken."""

    def __init__(self, message: str, next_possible: datetime) -> None:
        super().__init__(message)
        self.next_possible = next_possible


@dataclass(frozen=True)
class AssessmentView:
    assessment_id: str
    client_id: str
    level: str
    score: int
    lowest_category: bool
    horizon: str
    varieties: tuple[str, ...]
    warnings: tuple[str, ...]
    assessed_at: datetime
    expires_at: datetime
    valid: bool
    expiring_soon: bool
    questionnaire_id: str
    questionnaire_version: str


def rules_pack() -> RulePack:
    return rulebook().packs[ASSESSMENT_RULES_PACK]


def view_of(row: Assessment, now: datetime) -> AssessmentView:
    pack = rules_pack()
    return AssessmentView(
        assessment_id=row.id,
        client_id=row.client_id,
        level=row.level,
        score=row.score,
        lowest_category=row.lowest_category,
        horizon=row.horizon,
        varieties=tuple(json.loads(row.varieties)),
        warnings=tuple(w["code"] for w in json.loads(row.warnings)),
        assessed_at=row.assessed_at,
        expires_at=row.expires_at,
        valid=assessment_rules.is_valid(row.assessed_at, now, pack),
        expiring_soon=assessment_rules.expiring_soon(row.assessed_at, now, pack),
        questionnaire_id=row.questionnaire_id,
        questionnaire_version=row.questionnaire_version,
    )


def latest_row(session: Session, client_id: str) -> Assessment | None:
    row: Assessment | None = session.scalars(
        select(Assessment)
        .where(Assessment.client_id == client_id)
        .order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
        .limit(1)
    ).first()
    return row


def latest_assessment(ws: Workspace, actor: Actor, client_id: str) -> AssessmentView | None:
    """The client's newest assessment (valid or not), or ``None`` if never assessed."""
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        load_visible_client(session, actor, client_id)
        row = latest_row(session, client_id)
        return view_of(row, ws.now()) if row else None


def _history(session: Session, client_id: str) -> list[datetime]:
    return list(
        session.scalars(select(Assessment.assessed_at).where(Assessment.client_id == client_id))
    )


def refusal_message(next_possible: datetime) -> str:
    local = next_possible.astimezone(LOCAL_ZONE)
    return translate(
        "Assessments",
        "This client has reached the limit of risk assessments (at most {per_day} a day and "
        "{per_year} in 12 months). The next assessment is possible from {when}.",
    ).format(
        per_day=rules_pack().max_per_day,
        per_year=rules_pack().max_per_12_months,
        when=local.strftime("%Y-%m-%d %H:%M"),
    )


def next_attempt(ws: Workspace, actor: Actor, client_id: str) -> datetime | None:
    """When a new assessment becomes possible (``None``: now)."""
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        load_visible_client(session, actor, client_id)
        return assessment_rules.next_attempt_at(
            _history(session, client_id), ws.now(), rules_pack()
        )


@dataclass(frozen=True)
class Preview:
    """What the result screen shows before the advisor submits."""

    result: ScoreResult
    previous_level: str | None
    needs_capacity: bool


def _score(
    client: Client, raw_answers: dict[str, Any], civil_capacity: str | None, now: datetime
) -> ScoreResult:
    q = questionnaire()
    answers, errors = check_answers(q, raw_answers)
    if errors:
        raise ValidationFailed(errors)
    age = age_at(client.birth_date, now) if client.birth_date else None
    result, errors = score_answers(q, answers, civil_capacity=civil_capacity, age=age)
    if result is None:
        raise ValidationFailed(errors)
    return result


def preview(
    ws: Workspace,
    actor: Actor,
    client_id: str,
    raw_answers: dict[str, Any],
    civil_capacity: str | None = None,
) -> Preview:
    """Score answers without storing them (C1 without the capacity answer asks for it)."""
    require(actor, Permission.ASSESS)
    with ws.db.reading() as session:
        client = load_visible_client(session, actor, client_id)
        previous = latest_row(session, client_id)
        q = questionnaire()
        answers, errors = check_answers(q, raw_answers)
        if errors:
            raise ValidationFailed(errors)
        if civil_capacity is None and q.level_for(raw_score(q, answers)) == "C1":
            # The warnings shown must be the ones submitting will ask about (by real age).
            age = age_at(client.birth_date, ws.now()) if client.birth_date else None
            partial, _ = score_answers(q, answers, civil_capacity="full", age=age)
            assert partial is not None
            return Preview(partial, previous.level if previous else None, True)
        result = _score(client, raw_answers, civil_capacity, ws.now())
        return Preview(result, previous.level if previous else None, False)


def submit_assessment(
    ws: Workspace,
    actor: Actor,
    client_id: str,
    raw_answers: dict[str, Any],
    *,
    civil_capacity: str | None = None,
    warnings_note: str = "",
    level_change_confirmed: bool = False,
    case_id: str | None = None,
) -> AssessmentView:
    """Score and store an assessment (immutable); refuses past the frequency limits."""
    require(actor, Permission.ASSESS)
    now = ws.now()
    with ws.db.writing() as session:
        client = load_visible_client(session, actor, client_id)
        pack = rules_pack()
        blocked = assessment_rules.next_attempt_at(_history(session, client_id), now, pack)
        if blocked is not None:
            raise AssessmentRefused(refusal_message(blocked), blocked)
        result = _score(client, raw_answers, civil_capacity, now)
        problems = _unconfirmed(result.warnings, warnings_note)
        previous = latest_row(session, client_id)
        previous_level = previous.level if previous else None
        if (
            previous_level is not None
            and previous_level != result.level
            and not level_change_confirmed
        ):
            problems.append(
                FieldError(
                    "level_change_confirmed",
                    "LEVEL_CHANGE_UNCONFIRMED",
                    translate(
                        "Assessments",
                        "The level changes from {old} to {new}; the client must confirm the "
                        "change.",
                    ).format(old=previous_level, new=result.level),
                )
            )
        if problems:
            raise ValidationFailed(problems)
        q = questionnaire()
        answers_json = json.dumps(raw_answers, sort_keys=True, ensure_ascii=False)
        row = Assessment(
            id=new_id(),
            client_id=client_id,
            case_id=case_id,
            questionnaire_id=q.id,
            questionnaire_version=q.version,
            questionnaire_hash=q.content_hash,
            answers=answers_json,
            answers_hash=hashlib.sha256(answers_json.encode("utf-8")).hexdigest(),
            civil_capacity=civil_capacity,
            score=result.score,
            level=result.level,
            lowest_category=result.lowest_category,
            horizon=result.horizon,
            varieties=json.dumps(list(result.varieties)),
            warnings=json.dumps(
                [{"code": w.code, "message": w.message} for w in result.warnings],
                ensure_ascii=False,
            ),
            warnings_note=warnings_note.strip(),
            previous_level=previous_level,
            level_change_confirmed=level_change_confirmed,
            assessed_at=now,
            expires_at=assessment_rules.expires_at(now, pack),
            assessed_by=actor.user_id,
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
            "assessment.submit",
            "assessment",
            row.id,
            {"client_id": client_id, "level": row.level, "score": row.score},
            outbox=row_dict(row),
        )
        return view_of(row, now)


def _unconfirmed(warnings: tuple[AnswerWarning, ...], note: str) -> list[FieldError]:
    if not warnings or len(note.strip()) >= 4:
        return []
    return [
        FieldError(
            "warnings_note",
            "WARNINGS_UNCONFIRMED",
            translate(
                "Assessments",
                "The answers are inconsistent ({codes}). Go back and correct them with the "
                "client, or record what the client confirmed.",
            ).format(codes=", ".join(w.code for w in warnings)),
        )
    ]
