"""Satisfaction surveys (1–5 and a comment, or declined) after signing and after a complaint.

A survey is a contact: after signing it waits until a private product's cooling-off has
ended. After a complaint it is taken once the complaint is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain.case_flow import CaseState
from app.domain.roles import Permission
from app.errors import FieldError, NotFound, UserError, ValidationFailed
from app.i18n import translate
from app.rulebook import after_sale_rules
from app.services.cases import load_case
from app.services.clients import load_visible_client
from app.services.context import LOCAL_ZONE, Actor, Workspace, audited, require
from app.store.ids import new_id
from app.store.models import Complaint, Survey
from app.store.serialize import row_dict

AFTER_SIGNING = "after_signing"
AFTER_COMPLAINT = "after_complaint"
SURVEYED_STATES = frozenset({CaseState.SIGNED, CaseState.SUBMITTED, CaseState.APPROVED})


@dataclass(frozen=True)
class SurveyView:
    survey_id: str
    kind: str
    score: int | None
    comment: str
    recorded_at: datetime


def contact_blocked_until(cooling_off_until: datetime | None, now: datetime) -> datetime | None:
    """When contact with the client becomes allowed again, or ``None`` if it is allowed."""
    if cooling_off_until is not None and now < cooling_off_until:
        return cooling_off_until
    return None


def cooling_off_refusal(until: datetime) -> UserError:
    return UserError(
        translate(
            "AfterSale",
            "The client is in the cooling-off period until {time}: no contact before then.",
        ).format(time=until.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M"))
    )


def _check_score(score: int | None) -> None:
    rules = after_sale_rules()
    if score is not None and not rules.score_min <= score <= rules.score_max:
        raise ValidationFailed(
            [
                FieldError(
                    "score",
                    "OUT_OF_RANGE",
                    translate("AfterSale", "Choose a score from {low} to {high}.").format(
                        low=rules.score_min, high=rules.score_max
                    ),
                )
            ]
        )


def record_survey(
    ws: Workspace,
    actor: Actor,
    kind: str,
    subject_id: str,
    score: int | None,
    comment: str = "",
) -> SurveyView:
    """The client's answer (``score`` ``None``: they declined) about a case or a complaint."""
    require(actor, Permission.SURVEY_RECORD)
    if kind not in (AFTER_SIGNING, AFTER_COMPLAINT):
        raise ValidationFailed(
            [FieldError("kind", "CHOICE_INVALID", translate("AfterSale", "Unknown survey."))]
        )
    _check_score(score)
    now = ws.now()
    with ws.db.writing() as session:
        case_id: str | None = None
        complaint_id: str | None = None
        if kind == AFTER_SIGNING:
            case = load_case(session, actor, subject_id)
            if CaseState(case.state) not in SURVEYED_STATES:
                raise UserError(translate("AfterSale", "Only a signed sale can be surveyed."))
            blocked = contact_blocked_until(case.cooling_off_until, now)
            if blocked is not None:
                raise cooling_off_refusal(blocked)
            client_id, case_id = case.client_id, case.id
            taken = select(Survey.id).where(Survey.case_id == case.id, Survey.kind == kind)
        else:
            complaint = session.get(Complaint, subject_id)
            if (
                complaint is None
                or complaint.branch_id != actor.branch_id
                or complaint.deleted_at is not None
            ):
                raise NotFound(translate("AfterSale", "No such complaint."))
            if complaint.subject_user_id == actor.user_id:
                raise UserError(
                    translate(
                        "AfterSale",
                        "This complaint is about your own sale: a colleague must ask the client.",
                    )
                )
            load_visible_client(session, actor, complaint.client_id)  # an advisor's own only
            if complaint.closed_at is None:
                raise UserError(
                    translate("AfterSale", "Survey the client once the complaint is closed.")
                )
            client_id, complaint_id = complaint.client_id, complaint.id
            taken = select(Survey.id).where(Survey.complaint_id == complaint.id)
        if session.scalars(taken).first() is not None:
            raise UserError(translate("AfterSale", "This survey has already been taken."))
        row = Survey(
            id=new_id(),
            kind=kind,
            client_id=client_id,
            case_id=case_id,
            complaint_id=complaint_id,
            score=score,
            comment=comment.strip(),
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
            "survey.record",
            "survey",
            row.id,
            {"kind": kind, "declined": score is None},
            outbox=row_dict(row),
        )
        return SurveyView(row.id, kind, score, row.comment, now)


def survey_of(ws: Workspace, actor: Actor, case_id: str) -> SurveyView | None:
    """The after-signing survey of a case, if taken."""
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        row = session.scalars(
            select(Survey).where(Survey.case_id == case.id, Survey.kind == AFTER_SIGNING)
        ).first()
    if row is None:
        return None
    return SurveyView(row.id, row.kind, row.score, row.comment, row.recorded_at)
