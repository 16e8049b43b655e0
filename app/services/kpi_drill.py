"""The drill-down of the KPI dashboard (RULES §9): the records behind one figure, fetched
with the same conditions the aggregation counted with (:func:`case_rule`,
:func:`app.services.kpi_after_sale._complaint_rule`,
:func:`app.services.kpi_after_sale._survey_rule`), so the list shows exactly the records
behind the number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    case,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from app.domain.identity import mask_id
from app.domain.kpis import (
    Figure,
    Period,
    Subject,
    Window,
    spec_of,
)
from app.domain.roles import Permission
from app.services.context import Actor, Workspace, require
from app.services.kpi_after_sale import (
    _SURVEYED_COMPLAINT,
    _complaint_rule,
    _Deadlines,
    _deadlines,
    _Rule,
    _survey_rule,
    _surveys,
    _visit_rule,
)
from app.services.kpi_sales import (
    AnySelect,
    _branch_advisors,
    _case_rule,
    _CaseRule,
    _expiring,
    _expiring_clients,
    _newest_expiry,
)
from app.store.models import (
    Client,
    Complaint,
    Product,
    SalesCase,
    Survey,
    User,
)


class Part(StrEnum):
    """Which records a drill-down lists: those counted, or the whole base they came from."""

    COUNTED = "counted"
    BASE = "base"


@dataclass(frozen=True)
class DrillRow:
    """One record behind a figure; the ID number only masked.

    ``record_id`` is the record the figure counted: a case, a client, a complaint or a
    survey. ``case_id`` and the case columns are those of the case concerned (``None`` for
    a client figure, or a complaint or survey with no case linked); ``advisor_id`` is
    ``None`` for a complaint about nobody in particular. ``state`` is the case's state, or
    the complaint's status; ``score`` a survey's. ``at`` is the instant the figure counted
    by: signing, matching (mismatch, override), start (conversion), assessment expiry,
    receipt of the complaint, the
    survey, or the return visit's deadline.
    """

    record_id: str
    case_id: str | None
    client_id: str
    client_name: str
    id_masked: str
    advisor_id: str | None
    advisor_name: str
    product_code: str | None
    amount: Decimal | None
    state: str | None
    at: datetime | None
    counted: bool
    score: int | None = None


def case_rule(figure: Figure, window: Window, due: _Deadlines | None = None) -> _CaseRule:
    """The SQL of :func:`app.domain.kpis.case_membership` (deleted rows excluded by caller).

    Return visits need the window's deadlines (``due``).
    """
    if figure is Figure.VISITS_ON_TIME:
        if due is None:
            raise ValueError("return visits need the deadlines")
        return _visit_rule(due.visits)
    return _case_rule(figure, window)


def drill_down(
    ws: Workspace,
    actor: Actor,
    period: Period,
    advisor_id: str | None,
    figure: Figure,
    *,
    part: Part = Part.COUNTED,
    as_of: datetime | None = None,
    limit: int | None = None,
) -> list[DrillRow]:
    """The records behind one figure of one advisor (``None``: the whole branch).

    ``part`` chooses the counted records (the numerator) or the whole base with each
    row's ``counted`` set; a figure without a base to list (``FigureSpec.lists_base``: a
    rate per 1,000 clients, a mean) lists its counted records either way. ``as_of`` is
    the dashboard's "now" (for the expiry figure), so the list matches the number shown.
    Newest first; ``limit`` caps the rows returned.
    """
    require(actor, Permission.KPI_READ)
    window = Window.of(period, as_of or ws.now())
    subject = spec_of(figure).subject
    if not spec_of(figure).lists_base:
        part = Part.COUNTED
    branch_id = actor.branch_id
    with ws.db.reading() as session:
        if subject is Subject.CLIENT:
            stmt = _client_rows(branch_id, window, advisor_id, part)
        elif subject is Subject.COMPLAINT:
            rule = _complaint_rule(branch_id, figure, window, _deadlines(session, window))
            stmt = _complaint_rows(rule, advisor_id, part)
        elif subject is Subject.SURVEY:
            stmt = _survey_rows(_survey_rule(branch_id, window), advisor_id)
        else:
            due = _deadlines(session, window) if figure is Figure.VISITS_ON_TIME else None
            stmt = _case_rows(branch_id, case_rule(figure, window, due), advisor_id, part)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [
            DrillRow(
                record_id=r.record_id,
                case_id=r.case_id,
                client_id=r.client_id,
                client_name=r.client_name,
                id_masked=mask_id(r.id_number),
                advisor_id=r.advisor_id,
                advisor_name=r.advisor_name or "",
                product_code=r.product_code,
                amount=r.amount,
                state=r.state,
                at=r.at,
                counted=bool(r.counted),
                score=r.score,
            )
            for r in session.execute(stmt)
        ]


_NONE = type_coerce(None, BigInteger)


def _case_rows(branch_id: str, rule: _CaseRule, advisor_id: str | None, part: Part) -> AnySelect:
    stmt = (
        select(
            SalesCase.id.label("record_id"),
            SalesCase.id.label("case_id"),
            SalesCase.client_id,
            Client.name.label("client_name"),
            Client.id_number,
            SalesCase.advisor_user_id.label("advisor_id"),
            User.display_name.label("advisor_name"),
            Product.code.label("product_code"),
            SalesCase.amount,
            SalesCase.state,
            rule.date.label("at"),
            case((rule.counted, 1), else_=0).label("counted"),
            _NONE.label("score"),
        )
        .select_from(SalesCase)
        .join(Client, Client.id == SalesCase.client_id)
        .join(User, User.id == SalesCase.advisor_user_id)
        .outerjoin(Product, Product.id == SalesCase.product_id)
        .where(SalesCase.branch_id == branch_id, SalesCase.deleted_at.is_(None), *rule.base)
        .order_by(rule.date.desc(), SalesCase.id)
    )
    if part is Part.COUNTED:
        stmt = stmt.where(rule.counted)
    if advisor_id is not None:
        stmt = stmt.where(SalesCase.advisor_user_id == advisor_id)
    return stmt


def _complaint_rows(rule: _Rule, advisor_id: str | None, part: Part) -> AnySelect:
    linked = aliased(SalesCase, name="linked_case")
    stmt = (
        select(
            Complaint.id.label("record_id"),
            Complaint.case_id,
            Complaint.client_id,
            Client.name.label("client_name"),
            Client.id_number,
            rule.advisor.label("advisor_id"),
            User.display_name.label("advisor_name"),
            Product.code.label("product_code"),
            linked.amount,
            Complaint.status.label("state"),
            rule.date.label("at"),
            case((rule.counted, 1), else_=0).label("counted"),
            _NONE.label("score"),
        )
        .select_from(Complaint)
        .join(Client, Client.id == Complaint.client_id)
        .outerjoin(User, User.id == rule.advisor)
        .outerjoin(linked, linked.id == Complaint.case_id)
        .outerjoin(Product, Product.id == linked.product_id)
        .where(*rule.base)
        .order_by(rule.date.desc(), Complaint.id)
    )
    if part is Part.COUNTED:
        stmt = stmt.where(rule.counted)
    if advisor_id is not None:
        stmt = stmt.where(rule.advisor == advisor_id)
    return stmt


def _survey_rows(rule: _Rule, advisor_id: str | None) -> AnySelect:
    # The case shown: the one surveyed, or the one the complaint surveyed about was on.
    linked = aliased(SalesCase, name="linked_case")
    case_id = func.coalesce(Survey.case_id, _SURVEYED_COMPLAINT.case_id)
    stmt = _surveys(
        select(
            Survey.id.label("record_id"),
            case_id.label("case_id"),
            Survey.client_id,
            Client.name.label("client_name"),
            Client.id_number,
            rule.advisor.label("advisor_id"),
            User.display_name.label("advisor_name"),
            Product.code.label("product_code"),
            linked.amount,
            _NONE.label("state"),
            rule.date.label("at"),
            case((rule.counted, 1), else_=0).label("counted"),
            Survey.score,
        )
    )
    stmt = (
        stmt.join(Client, Client.id == Survey.client_id)
        .outerjoin(User, User.id == rule.advisor)
        .outerjoin(linked, linked.id == case_id)
        .outerjoin(Product, Product.id == linked.product_id)
        .where(*rule.base, rule.counted)
        .order_by(rule.date.desc(), Survey.id)
    )
    if advisor_id is not None:
        stmt = stmt.where(rule.advisor == advisor_id)
    return stmt


def _client_rows(branch_id: str, window: Window, advisor_id: str | None, part: Part) -> AnySelect:
    if part is Part.COUNTED:
        # The clients the count found, the same way it found them.
        found = _expiring_clients(branch_id, window).subquery()
        per_client = (
            select(
                Client.id.label("client_id"),
                Client.name.label("client_name"),
                Client.id_number,
                Client.owner_user_id.label("advisor_id"),
                found.c.expires_at.label("at"),
            )
            .join(found, found.c.client_id == Client.id)
            .subquery()
        )
    else:
        per_client = (
            select(
                Client.id.label("client_id"),
                Client.name.label("client_name"),
                Client.id_number,
                Client.owner_user_id.label("advisor_id"),
                _newest_expiry().label("at"),
            )
            .where(
                Client.owner_user_id.in_(_branch_advisors(branch_id)),
                Client.deleted_at.is_(None),
            )
            .subquery()
        )
    stmt = (
        select(
            per_client.c.client_id.label("record_id"),
            _NONE.label("case_id"),
            per_client.c.client_id,
            per_client.c.client_name,
            per_client.c.id_number,
            per_client.c.advisor_id,
            User.display_name.label("advisor_name"),
            _NONE.label("product_code"),
            _NONE.label("amount"),
            _NONE.label("state"),
            per_client.c.at,
            case((_expiring(per_client.c.at, window), 1), else_=0).label("counted"),
            _NONE.label("score"),
        )
        .join(User, User.id == per_client.c.advisor_id)
        .order_by(per_client.c.at.is_(None), per_client.c.at, per_client.c.client_id)
    )
    if advisor_id is not None:
        stmt = stmt.where(per_client.c.advisor_id == advisor_id)
    return stmt
