"""The sales figures of the KPI dashboard in SQL (RULES §9): sales against target,
conversion, mismatch and override rate, elderly special-care share, assessments expiring.

The figures are defined in :mod:`app.domain.kpis`; :func:`_case_rule` is the SQL of their
per-record rules, shared by the aggregation here and the drill-down
(:mod:`app.services.kpi_drill`).

Cost (bench ``kpi_dashboard_1m``): the figures of the cases signed or started in the
period walk, advisor by advisor, the covering ``ix_cases_kpi_signed`` and
``ix_cases_kpi_started`` (no case row is read, nothing sorted). The cases matched in the
period (mismatch, override) are found in the same index: those still unsigned (its
``signed_at IS NULL`` range) and those signed since the period began (a case is signed
after it is matched); each is checked against its current match by primary key. The
clients' figures make one pass over the owner index, against the few assessments expiring
soon (found through their ``expires_at`` index).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Join

from app.domain.kpis import (
    MATCHED_FIGURES,
    RETURNED,
    SIGNED_FIGURES,
    SOLD_STATES,
    SUITABLE,
    Figure,
    Window,
)
from app.domain.review import Flag
from app.domain.roles import Role
from app.store.models import (
    Assessment,
    Client,
    SalesCase,
    SalesTarget,
    User,
)
from app.store.types import UTCDateTime

AnySelect = Select[*tuple[Any, ...]]
_ASSESSMENT_ROWID = literal_column("assessments.rowid", Integer)
_CLIENT_ROWID = literal_column("clients.rowid", Integer)
CENT = Decimal("0.01")


def _at(moment: datetime) -> Any:
    return literal(moment, UTCDateTime())


@dataclass(frozen=True)
class _CaseRule:
    base: tuple[ColumnElement[bool], ...]
    counted: ColumnElement[bool]
    date: Any  # the column the figure counts by


def _signed_in(window: Window) -> tuple[ColumnElement[bool], ...]:
    return (SalesCase.signed_at >= window.start, SalesCase.signed_at < window.end)


def _case_rule(figure: Figure, window: Window) -> _CaseRule:
    """The SQL of :func:`app.domain.kpi_sales.sales_membership` (deleted rows excluded by
    the caller)."""
    if figure is Figure.CONVERSION:
        return _CaseRule(
            (
                SalesCase.supersedes_id.is_(None),
                SalesCase.created_at >= window.start,
                SalesCase.created_at < window.end,
            ),
            SalesCase.signed_at.is_not(None),
            SalesCase.created_at,
        )
    if figure in MATCHED_FIGURES:
        return _matched_rule(figure, window)
    signed = (*_signed_in(window), SalesCase.state != RETURNED)
    if figure is Figure.SALES_VS_TARGET:
        return _CaseRule(signed, SalesCase.state.in_(sorted(SOLD_STATES)), SalesCase.signed_at)
    if figure is Figure.ELDERLY_CARE_SHARE:
        counted = SalesCase.review_flags.bitwise_and(int(Flag.ELDERLY_CARE)) != 0
        return _CaseRule(signed, counted, SalesCase.signed_at)
    raise ValueError(f"not a sales figure: {figure.value}")


def _matched_time() -> Any:
    """When the case's current match was made (copied onto the case at matching)."""
    return SalesCase.matched_at


def _mismatched() -> ColumnElement[bool]:
    return and_(SalesCase.outcome.is_not(None), SalesCase.outcome != SUITABLE)


def _matched_in(window: Window) -> tuple[ColumnElement[bool], ...]:
    """The cases matched in the window, not returned. A case is matched before it is
    signed: unsigned, or signed since the window began (two ranges of the signed index)."""
    matched = _matched_time()
    return (
        SalesCase.outcome.is_not(None),
        SalesCase.state != RETURNED,
        matched >= window.start,
        matched < window.end,
    )


def _matched_rule(figure: Figure, window: Window) -> _CaseRule:
    base = _matched_in(window)
    if figure is Figure.MISMATCH_RATE:
        return _CaseRule(base, _mismatched(), _matched_time())
    return _CaseRule((*base, _mismatched()), SalesCase.signed_at.is_not(None), _matched_time())


def _branch_advisors(branch_id: str) -> AnySelect:
    return select(User.id).where(User.branch_id == branch_id)


def _newest_expiry() -> Any:
    """The expiry of the client's newest assessment.

    Assessments are immutable and never tombstoned: the newest one on file is the valid
    one. A tie (never seen in practice) goes to the one stored last, here and in
    :func:`_expiring_clients` alike, so counts and lists agree even then.
    """
    return (
        select(Assessment.expires_at)
        .where(Assessment.client_id == Client.id)
        .order_by(Assessment.assessed_at.desc(), _ASSESSMENT_ROWID.desc())
        .limit(1)
        .correlate(Client)
        .scalar_subquery()
    )


def _expiring(expiry: Any, window: Window) -> ColumnElement[bool]:
    return and_(expiry > window.now, expiry <= window.expiry_end)


def _newest_expiring(window: Window) -> Any:
    """The clients (by rowid) whose newest assessment expires in the window, with the
    expiry.

    A short range of the ``expires_at`` index (a few percent of the assessments), each
    checked for a newer one in the (client, assessed_at) index alone — far cheaper than
    finding every client's newest assessment. Materialised, and keyed by the client's
    rowid (from the primary key index, no client row read) so that looking every client
    up in it compares integers.
    """
    candidates = (
        select(
            _ASSESSMENT_ROWID.label("rid"),
            Assessment.client_id,
            Assessment.assessed_at,
            Assessment.expires_at,
        )
        .where(_expiring(Assessment.expires_at, window))
        .cte("expiring_assessments")
    )
    newer = aliased(Assessment, name="newer")
    newer_rowid = literal_column("newer.rowid", Integer)
    replaced = (
        select(newer_rowid)
        .where(
            newer.client_id == candidates.c.client_id,
            or_(
                newer.assessed_at > candidates.c.assessed_at,
                and_(newer.assessed_at == candidates.c.assessed_at, newer_rowid > candidates.c.rid),
            ),
        )
        .exists()
    )
    return (
        select(_CLIENT_ROWID.label("client_rowid"), candidates.c.expires_at)
        .select_from(candidates)
        .join(Client, Client.id == candidates.c.client_id)
        .where(~replaced)
        .cte("newest_expiring")
        .prefix_with("MATERIALIZED")
    )


def _expiring_clients(branch_id: str, window: Window) -> AnySelect:
    """Clients (id, owner, expiry) of the branch whose newest assessment expires in the
    window: what :func:`_client_counts` counts."""
    expiring = _newest_expiring(window)
    return (
        select(
            Client.id.label("client_id"),
            Client.owner_user_id.label("owner"),
            expiring.c.expires_at,
        )
        .join(expiring, expiring.c.client_rowid == _CLIENT_ROWID)
        .where(
            Client.owner_user_id.in_(_branch_advisors(branch_id)),
            Client.deleted_at.is_(None),
        )
    )


def _fen_to_yuan(fen: int | None) -> Decimal:
    return (Decimal(int(fen or 0)) / 100).quantize(CENT)


class _CrossJoin(Join):
    """``left CROSS JOIN right ON …``: SQLite keeps ``left`` as the outer loop."""

    inherit_cache = True


@compiles(_CrossJoin, "sqlite")
def _cross_join_sql(element: _CrossJoin, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLAlchemy's compiler methods carry no annotations.
    joined = compiler.visit_join(element, **kw)  # type: ignore[no-untyped-call]
    return str(joined).replace(" JOIN ", " CROSS JOIN ", 1)


def _per_advisor(stmt: AnySelect, branch_id: str) -> AnySelect:
    """``stmt`` over the branch's cases, advisor by advisor: every user, then one range of
    the covering (branch, advisor, instant, …) index each, grouped in index order — no case
    row read, nothing sorted. The users stay the outer loop whatever the planner's
    statistics (without them it would walk the cases by time and sort them by advisor)."""
    users, cases = User.__table__, SalesCase.__table__
    on = and_(SalesCase.branch_id == branch_id, SalesCase.advisor_user_id == User.id)
    return stmt.select_from(_CrossJoin(users, cases, on)).group_by(User.id)


def _signed_counts(branch_id: str, window: Window) -> AnySelect:
    """Per advisor: the cases signed in the window (not returned), the sum of the sales
    still standing, and the elderly special-care ones."""
    rules = {figure: _case_rule(figure, window) for figure in SIGNED_FIGURES}
    base = rules[Figure.SALES_VS_TARGET].base  # the base of both: one index range each
    fen = type_coerce(SalesCase.amount, BigInteger)
    stmt = select(
        User.id,
        func.count(),
        func.sum(case((rules[Figure.SALES_VS_TARGET].counted, fen))),
        func.count(case((rules[Figure.ELDERLY_CARE_SHARE].counted, 1))),
    ).where(SalesCase.deleted_at.is_(None), *base)
    return _per_advisor(stmt, branch_id)


def _conversion_counts(branch_id: str, window: Window) -> AnySelect:
    rule = _case_rule(Figure.CONVERSION, window)
    stmt = select(User.id, func.count(), func.count(case((rule.counted, 1)))).where(
        SalesCase.deleted_at.is_(None), *rule.base
    )
    return _per_advisor(stmt, branch_id)


def _matched_counts(branch_id: str, window: Window) -> AnySelect:
    """Per advisor: the cases matched in the window, those mismatched, and those of them
    signed."""
    base = _matched_in(window)
    mismatched = _mismatched()
    stmt = select(
        User.id,
        func.count(),
        func.count(case((mismatched, 1))),
        func.count(case((and_(mismatched, SalesCase.signed_at.is_not(None)), 1))),
    ).where(SalesCase.deleted_at.is_(None), *base)
    return _per_advisor(stmt, branch_id)


def _client_counts(branch_id: str, window: Window) -> AnySelect:
    """Per owner: their clients, and those whose newest assessment expires in the window.

    One pass over the owner index, which covers (owner, id, deleted_at): no client row is
    read. Each client is looked up in the few clients expiring soon (see
    :func:`_expiring_clients`, which lists them the same way).
    """
    expiring = _newest_expiring(window)
    return (
        select(Client.owner_user_id, func.count(), func.count(expiring.c.client_rowid))
        .outerjoin(expiring, expiring.c.client_rowid == _CLIENT_ROWID)
        .where(
            Client.owner_user_id.in_(_branch_advisors(branch_id)),
            Client.deleted_at.is_(None),
        )
        .group_by(Client.owner_user_id)
    )


def _target_sums(branch_id: str, window: Window) -> AnySelect:
    return (
        select(SalesTarget.advisor_user_id, func.sum(type_coerce(SalesTarget.amount, BigInteger)))
        .where(
            SalesTarget.branch_id == branch_id,
            SalesTarget.deleted_at.is_(None),
            SalesTarget.period.in_(window.months),
        )
        .group_by(SalesTarget.advisor_user_id)
    )


def _advisor_names(session: Session, branch_id: str, seen: set[str]) -> dict[str, str]:
    """Active advisors of the branch, plus anyone else something was counted for."""
    names: dict[str, str] = {}
    for user_id, name in session.execute(
        select(User.id, User.display_name).where(
            User.branch_id == branch_id,
            User.role == Role.ADVISOR.value,
            User.disabled.is_(False),
        )
    ):
        names[user_id] = name
    others = seen - set(names)
    if others:
        for user_id, name in session.execute(
            select(User.id, User.display_name).where(User.id.in_(sorted(others)))
        ):
            names[user_id] = name
    return names
