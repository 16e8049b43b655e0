"""Submitting signed cases and the supervisor's review queue.

The queue is paged and must stay fast at a million cases: it pages over case ids through
an index (``cases`` by branch, state and submission time, or ``case_flags`` when a flag
is chosen) and only then reads the display columns of the page's rows. Counting stops at
:data:`COUNT_CAP`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.domain.case_flow import CaseState, move
from app.domain.identity import mask_id
from app.domain.review import Flag, flag_list
from app.domain.roles import Permission
from app.errors import ConcurrentEdit, FieldError, UserError, ValidationFailed
from app.i18n import translate
from app.services.cases import load_case
from app.services.context import Actor, Workspace, audited, require
from app.services.review_flags import compute_flags, index_flags
from app.store.models import CaseFlag, Client, Product, SalesCase, User
from app.store.serialize import row_dict

COUNT_CAP = 10_000
PAGE_SIZE = 50

# What the queue can show: pending review, or what was decided.
QUEUE_STATES = (
    CaseState.SUBMITTED,
    CaseState.APPROVED,
    CaseState.RETURNED,
    CaseState.REJECTED,
)
ANY_FLAG = -1


@dataclass(frozen=True)
class QueueQuery:
    state: CaseState = CaseState.SUBMITTED
    flag: int | None = None  # one Flag, ANY_FLAG for "any flag", None for all cases
    advisor_id: str | None = None
    outcome: str | None = None
    search: str = ""
    newest_first: bool = False
    offset: int = 0
    limit: int = PAGE_SIZE


@dataclass(frozen=True)
class QueueRow:
    case_id: str
    client_name: str
    client_id_masked: str
    advisor_name: str
    product_code: str
    product_name: str
    amount: Decimal | None
    outcome: str
    flags: tuple[Flag, ...]
    submitted_at: datetime
    state: CaseState


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    capped: bool  # more than COUNT_CAP cases match; ``total`` is the cap


@dataclass(frozen=True)
class AdvisorChoice:
    user_id: str
    display_name: str


def submit_case(ws: Workspace, actor: Actor, case_id: str, expected_version: int) -> int:
    """Hand a signed case to the supervisor's review queue; returns the new version."""
    require(actor, Permission.CASE_WORK)
    now = ws.now()
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        if case.version != expected_version:
            raise ConcurrentEdit(
                translate(
                    "Cases",
                    "This case was saved elsewhere meanwhile; reopen it to continue from there.",
                )
            )
        if CaseState(case.state) is not CaseState.SIGNED:
            raise UserError(translate("Review", "Only a signed case can be submitted for review."))
        if case.signed_at is not None and not case.review_flags:
            case.review_flags = int(compute_flags(session, case, case.signed_at))
        case.state = move(CaseState(case.state), CaseState.SUBMITTED).value
        case.submitted_at = now
        case.updated_at = now
        case.version += 1
        session.flush()
        index_flags(session, case)
        audited(
            session,
            ws,
            actor,
            "case.submit",
            "case",
            case.id,
            {"flags": [f.name for f in flag_list(case.review_flags)]},
            outbox=row_dict(case),
        )
        return case.version


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(stmt: Select[Any], actor: Actor, query: QueueQuery) -> Select[Any]:
    """The query's conditions on ``cases`` (the flag condition is the caller's)."""
    stmt = stmt.where(
        SalesCase.branch_id == actor.branch_id,
        SalesCase.state == query.state.value,
        SalesCase.deleted_at.is_(None),
    )
    if query.flag == ANY_FLAG:
        stmt = stmt.where(SalesCase.review_flags != 0)
    if query.advisor_id:
        stmt = stmt.where(SalesCase.advisor_user_id == query.advisor_id)
    if query.outcome:
        stmt = stmt.where(SalesCase.outcome == query.outcome)
    text = query.search.strip()
    if text:
        # Names match from their start (surname first) so the lookup seeks the index.
        folded = text.casefold()
        clients = select(Client.id).where(
            Client.branch_id == actor.branch_id,
            Client.name_search >= folded,
            Client.name_search < folded + "\U0010ffff",
        )
        products = select(Product.id).where(
            Product.code.like(f"{_escaped(text.upper())}%", escape="\\")
        )
        conditions = [SalesCase.client_id.in_(clients), SalesCase.product_id.in_(products)]
        if len(text) >= 8:
            conditions.append(SalesCase.id.like(f"{_escaped(text.lower())}%", escape="\\"))
        if len(text) == 4:
            last4 = select(Client.id).where(
                Client.branch_id == actor.branch_id, Client.id_last4 == text.upper()
            )
            conditions.append(SalesCase.client_id.in_(last4))
        stmt = stmt.where(or_(*conditions))
    return stmt


def _page_ids(session: Session, actor: Actor, query: QueueQuery) -> tuple[list[str], int, bool]:
    if query.flag is not None and query.flag != ANY_FLAG:
        # Through the flag index: branch, state and flag are an index prefix, ordered by time.
        flag_order = CaseFlag.submitted_at.desc() if query.newest_first else CaseFlag.submitted_at
        stmt = (
            select(CaseFlag.case_id)
            .where(
                CaseFlag.branch_id == actor.branch_id,
                CaseFlag.state == query.state.value,
                CaseFlag.flag == int(query.flag),
            )
            .order_by(flag_order, CaseFlag.case_id)
        )
        if query.advisor_id or query.outcome or query.search.strip():
            inner = _filtered(select(SalesCase.id), actor, query)
            stmt = stmt.where(CaseFlag.case_id.in_(inner))
    else:
        order = SalesCase.submitted_at.desc() if query.newest_first else SalesCase.submitted_at
        stmt = _filtered(select(SalesCase.id), actor, query).order_by(order, SalesCase.id)
    ids = list(session.scalars(stmt.offset(query.offset).limit(query.limit)))
    counted = session.scalar(
        select(func.count()).select_from(stmt.order_by(None).limit(COUNT_CAP + 1).subquery())
    )
    total = int(counted or 0)
    return ids, min(total, COUNT_CAP), total > COUNT_CAP


def review_queue(ws: Workspace, actor: Actor, query: QueueQuery) -> QueuePage:
    """One page of the branch's cases in ``query.state`` (submitted = waiting for review)."""
    require(actor, Permission.CASE_REVIEW)
    if query.state not in QUEUE_STATES:
        raise ValidationFailed(
            [FieldError("state", "CHOICE_INVALID", translate("Review", "Choose a queue."))]
        )
    with ws.db.reading() as session:
        ids, total, capped = _page_ids(session, actor, query)
        rows = {
            r.id: r
            for r in session.execute(
                select(
                    SalesCase.id,
                    SalesCase.amount,
                    SalesCase.outcome,
                    SalesCase.review_flags,
                    SalesCase.submitted_at,
                    SalesCase.state,
                    Client.name.label("client_name"),
                    Client.id_number,
                    User.display_name.label("advisor_name"),
                    Product.code.label("product_code"),
                    Product.name.label("product_name"),
                )
                .join(Client, Client.id == SalesCase.client_id)
                .join(User, User.id == SalesCase.advisor_user_id)
                .outerjoin(Product, Product.id == SalesCase.product_id)
                .where(SalesCase.id.in_(ids))
            )
        }
    page = [
        QueueRow(
            case_id=r.id,
            client_name=r.client_name,
            client_id_masked=mask_id(r.id_number),
            advisor_name=r.advisor_name,
            product_code=r.product_code or "",
            product_name=r.product_name or "",
            amount=r.amount,
            outcome=r.outcome or "",
            flags=flag_list(r.review_flags),
            submitted_at=r.submitted_at,
            state=CaseState(r.state),
        )
        for r in (rows[i] for i in ids if i in rows)
    ]
    return QueuePage(page, total, capped)


def branch_advisors(ws: Workspace, actor: Actor) -> list[AdvisorChoice]:
    """The advisors of the supervisor's branch (for the queue's advisor filter)."""
    require(actor, Permission.CASE_REVIEW)
    with ws.db.reading() as session:
        users = session.execute(
            select(User.id, User.display_name)
            .where(User.branch_id == actor.branch_id, User.role == "advisor")
            .order_by(User.display_name)
        ).all()
    return [AdvisorChoice(u.id, u.display_name) for u in users]
