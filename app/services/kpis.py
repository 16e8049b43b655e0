"""The supervisor's KPI dashboard (RULES §9): figures per advisor and branch, drill-down,
monthly sales targets.

The figures are defined in :mod:`app.domain.kpis`. Here they are counted with SQL
aggregation (``GROUP BY`` advisor over the branch's index ranges), so a recompute over a
million cases reads counts, not rows. A drill-down fetches the records of one figure with
the same conditions the aggregation counted with (:func:`_case_rule`), so the list shows
exactly the records behind the number. Everything is scoped to the actor's branch.

Cost (bench ``kpi_dashboard_1m``): the case figures read the rows of the cases signed or
started in the period through the ``(branch_id, signed_at)`` and ``(branch_id,
created_at)`` indexes, and the match row of ``warn`` sales only; the expiry figure makes
one pass over the assessments table whatever the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from app.domain.identity import mask_id
from app.domain.kpis import (
    SOLD_STATES,
    SUITABLE,
    WARN,
    AdvisorScore,
    Figure,
    Period,
    Scorecard,
    Subject,
    Tally,
    Window,
    is_month_key,
    scorecard,
    spec_of,
)
from app.domain.money import DEFAULT_MAXIMUM
from app.domain.review import Flag
from app.domain.roles import Permission, Role
from app.errors import FieldError, NotFound, ValidationFailed
from app.i18n import translate
from app.services.context import Actor, Workspace, audited, require
from app.store.ids import new_id
from app.store.models import (
    Assessment,
    CaseMatch,
    Client,
    Product,
    SalesCase,
    SalesTarget,
    User,
)
from app.store.serialize import row_dict

AnySelect = Select[*tuple[Any, ...]]
_ASSESSMENT_ROWID = literal_column("assessments.rowid", Integer)
CENT = Decimal("0.01")
SIGNED_FIGURES = (
    Figure.SALES_VS_TARGET,
    Figure.MISMATCH_RATE,
    Figure.OVERRIDE_RATE,
    Figure.ELDERLY_CARE_SHARE,
)


class Part(StrEnum):
    """Which records a drill-down lists: those counted, or the whole base they came from."""

    COUNTED = "counted"
    BASE = "base"


@dataclass(frozen=True)
class Dashboard:
    """The figures of one period for the actor's branch, as of ``as_of``."""

    period: Period
    as_of: datetime
    scores: Scorecard

    @property
    def advisors(self) -> tuple[AdvisorScore, ...]:
        return self.scores.advisors

    @property
    def total(self) -> AdvisorScore:
        return self.scores.total

    @property
    def figures(self) -> tuple[Figure, ...]:
        return self.scores.figures


@dataclass(frozen=True)
class DrillRow:
    """One record behind a figure; the ID number only masked.

    ``case_id`` and the case columns are ``None`` for a client figure. ``at`` is the
    instant the figure counted by: signing, start (conversion) or assessment expiry.
    """

    case_id: str | None
    client_id: str
    client_name: str
    id_masked: str
    advisor_id: str
    advisor_name: str
    product_code: str | None
    amount: Decimal | None
    state: str | None
    at: datetime | None
    counted: bool


@dataclass(frozen=True)
class TargetView:
    target_id: str
    advisor_id: str
    advisor_name: str
    period: str
    amount: Decimal
    version: int
    updated_at: datetime


# -- the counting rules, shared by the aggregation and the drill-down ----------------------


@dataclass(frozen=True)
class _CaseRule:
    base: tuple[ColumnElement[bool], ...]
    counted: ColumnElement[bool]
    date: Any  # the column the figure counts by


def _signed_in(window: Window) -> tuple[ColumnElement[bool], ...]:
    return (SalesCase.signed_at >= window.start, SalesCase.signed_at < window.end)


def _case_rule(figure: Figure, window: Window) -> _CaseRule:
    """The SQL of :func:`app.domain.kpis.case_membership` (deleted rows excluded by caller)."""
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
    signed = _signed_in(window)
    if figure is Figure.SALES_VS_TARGET:
        return _CaseRule(signed, SalesCase.state.in_(sorted(SOLD_STATES)), SalesCase.signed_at)
    if figure is Figure.MISMATCH_RATE:
        counted = and_(SalesCase.outcome.is_not(None), SalesCase.outcome != SUITABLE)
        return _CaseRule(signed, counted, SalesCase.signed_at)
    if figure is Figure.OVERRIDE_RATE:
        # The match row is read only for the few ``warn`` sales (AND short-circuits): a
        # join to every signed case's match would read the big match rows of them all.
        own = (
            select(CaseMatch.own_initiative)
            .where(CaseMatch.id == SalesCase.match_id)
            .correlate(SalesCase)
            .scalar_subquery()
        )
        return _CaseRule(
            signed, and_(SalesCase.outcome == WARN, own.is_(True)), SalesCase.signed_at
        )
    if figure is Figure.ELDERLY_CARE_SHARE:
        counted = SalesCase.review_flags.bitwise_and(int(Flag.ELDERLY_CARE)) != 0
        return _CaseRule(signed, counted, SalesCase.signed_at)
    raise ValueError(f"not a case figure: {figure.value}")


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


def _expiring_clients(branch_id: str, window: Window) -> AnySelect:
    """Clients (id, owner, expiry) whose newest assessment expires in the window.

    Found from the assessments expiring in the window (one sequential pass over the table,
    materialised: a few percent of it) that no newer assessment of the client replaced —
    checked in the (client, assessed_at) index alone. Far cheaper than a random seek to
    every client's newest assessment row.
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
        .prefix_with("MATERIALIZED")
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
        select(
            Client.id.label("client_id"),
            Client.owner_user_id.label("owner"),
            candidates.c.expires_at,
        )
        .select_from(candidates)
        .join(Client, Client.id == candidates.c.client_id)
        .where(
            ~replaced,
            Client.deleted_at.is_(None),
            Client.owner_user_id.in_(_branch_advisors(branch_id)),
        )
    )


def _fen_to_yuan(fen: int | None) -> Decimal:
    return (Decimal(int(fen or 0)) / 100).quantize(CENT)


# -- the dashboard -----------------------------------------------------------------------


def dashboard(ws: Workspace, actor: Actor, period: Period) -> Dashboard:
    """Every figure of ``period`` per advisor of the actor's branch and for the branch."""
    require(actor, Permission.KPI_READ)
    now = ws.now()
    window = Window.of(period, now)
    tallies: dict[str, dict[Figure, Tally]] = {}

    def add(advisor_id: str, figure: Figure, numerator: Decimal, denominator: Decimal) -> None:
        tallies.setdefault(advisor_id, {})[figure] = Tally(numerator, denominator)

    with ws.db.reading() as session:
        for advisor_id, signed, sales_fen, *counts in session.execute(
            _signed_counts(actor.branch_id, window)
        ):
            add(advisor_id, Figure.SALES_VS_TARGET, _fen_to_yuan(sales_fen), Decimal(0))
            for figure, count in zip(SIGNED_FIGURES[1:], counts, strict=True):
                add(advisor_id, figure, Decimal(count), Decimal(signed))
        for advisor_id, started, converted in session.execute(
            _conversion_counts(actor.branch_id, window)
        ):
            add(advisor_id, Figure.CONVERSION, Decimal(converted), Decimal(started))
        expiring: dict[str, int] = {
            owner: count
            for owner, count in session.execute(_expiry_counts(actor.branch_id, window))
        }
        for advisor_id, clients in session.execute(_client_counts(actor.branch_id)):
            count = Decimal(expiring.get(advisor_id, 0))
            add(advisor_id, Figure.ASSESSMENTS_EXPIRING, count, Decimal(clients))
        for advisor_id, target_fen in session.execute(_target_sums(actor.branch_id, window)):
            own = tallies.setdefault(advisor_id, {})
            sales = own.get(Figure.SALES_VS_TARGET, Tally())
            own[Figure.SALES_VS_TARGET] = Tally(sales.numerator, _fen_to_yuan(target_fen))
        names = _advisor_names(session, actor.branch_id, set(tallies))
    return Dashboard(period, now, scorecard(tallies, names))


def _signed_counts(branch_id: str, window: Window) -> AnySelect:
    rules = {figure: _case_rule(figure, window) for figure in SIGNED_FIGURES}
    base = _signed_in(window)  # the base of all four: one index range
    fen = type_coerce(SalesCase.amount, BigInteger)
    return (
        select(
            SalesCase.advisor_user_id,
            func.count(),
            func.sum(case((rules[Figure.SALES_VS_TARGET].counted, fen))),
            *(func.count(case((rules[f].counted, 1))) for f in SIGNED_FIGURES[1:]),
        )
        .where(SalesCase.branch_id == branch_id, SalesCase.deleted_at.is_(None), *base)
        .group_by(SalesCase.advisor_user_id)
    )


def _conversion_counts(branch_id: str, window: Window) -> AnySelect:
    rule = _case_rule(Figure.CONVERSION, window)
    return (
        select(SalesCase.advisor_user_id, func.count(), func.count(case((rule.counted, 1))))
        .where(SalesCase.branch_id == branch_id, SalesCase.deleted_at.is_(None), *rule.base)
        .group_by(SalesCase.advisor_user_id)
    )


def _client_counts(branch_id: str) -> AnySelect:
    # The owner index covers (owner, id, deleted_at): no client row is read.
    return (
        select(Client.owner_user_id, func.count())
        .where(
            Client.owner_user_id.in_(_branch_advisors(branch_id)),
            Client.deleted_at.is_(None),
        )
        .group_by(Client.owner_user_id)
    )


def _expiry_counts(branch_id: str, window: Window) -> AnySelect:
    expiring = _expiring_clients(branch_id, window).subquery()
    return select(expiring.c.owner, func.count()).group_by(expiring.c.owner)


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


# -- drill-down ----------------------------------------------------------------------------


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
    row's ``counted`` set. ``as_of`` is the dashboard's "now" (for the expiry figure), so
    the list matches the number shown. Newest first; ``limit`` caps the rows returned.
    """
    require(actor, Permission.KPI_READ)
    window = Window.of(period, as_of or ws.now())
    if spec_of(figure).subject is Subject.CLIENT:
        stmt = _client_rows(actor.branch_id, window, advisor_id, part)
    else:
        stmt = _case_rows(actor.branch_id, window, advisor_id, figure, part)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ws.db.reading() as session:
        return [
            DrillRow(
                case_id=r.case_id,
                client_id=r.client_id,
                client_name=r.client_name,
                id_masked=mask_id(r.id_number),
                advisor_id=r.advisor_id,
                advisor_name=r.advisor_name,
                product_code=r.product_code,
                amount=r.amount,
                state=r.state,
                at=r.at,
                counted=bool(r.counted),
            )
            for r in session.execute(stmt)
        ]


def _case_rows(
    branch_id: str, window: Window, advisor_id: str | None, figure: Figure, part: Part
) -> AnySelect:
    rule = _case_rule(figure, window)
    stmt = (
        select(
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
    none = type_coerce(None, BigInteger)
    stmt = (
        select(
            none.label("case_id"),
            per_client.c.client_id,
            per_client.c.client_name,
            per_client.c.id_number,
            per_client.c.advisor_id,
            User.display_name.label("advisor_name"),
            none.label("product_code"),
            none.label("amount"),
            none.label("state"),
            per_client.c.at,
            case((_expiring(per_client.c.at, window), 1), else_=0).label("counted"),
        )
        .join(User, User.id == per_client.c.advisor_id)
        .order_by(per_client.c.at.is_(None), per_client.c.at, per_client.c.client_id)
    )
    if advisor_id is not None:
        stmt = stmt.where(per_client.c.advisor_id == advisor_id)
    return stmt


# -- targets -------------------------------------------------------------------------------


def _amount_problems(amount: Decimal) -> list[FieldError]:
    def error(rule: str, message: str) -> list[FieldError]:
        return [FieldError("amount", rule, message)]

    if not isinstance(amount, Decimal) or not amount.is_finite():
        return error("MONEY_FORMAT", translate("Kpis", "Enter the target as an amount of yuan."))
    if amount < 0:
        return error("MONEY_NEGATIVE", translate("Kpis", "A target cannot be negative."))
    if amount != amount.quantize(CENT):
        return error("MONEY_PRECISION", translate("Kpis", "At most 2 decimal places (fen)."))
    if amount > DEFAULT_MAXIMUM:
        return error("MONEY_TOO_LARGE", translate("Kpis", "This target is too large."))
    return []


def set_target(
    ws: Workspace, actor: Actor, advisor_user_id: str, period: str, amount: Decimal
) -> TargetView:
    """Set an advisor's sales target for one month (``YYYY-MM``); replaces an earlier one."""
    require(actor, Permission.TARGET_MANAGE)
    errors = _amount_problems(amount)
    if not is_month_key(period):
        message = translate("Kpis", "Choose a month as YYYY-MM, e.g. 2026-03.")
        errors.insert(0, FieldError("period", "PERIOD_FORMAT", message))
    if errors:
        raise ValidationFailed(errors)
    amount = amount.quantize(CENT)
    now = ws.now()
    with ws.db.writing() as session:
        advisor = session.get(User, advisor_user_id)
        if (
            advisor is None
            or advisor.branch_id != actor.branch_id
            or advisor.role != Role.ADVISOR.value
            or advisor.disabled
        ):
            raise NotFound(
                translate("Kpis", "This advisor is not an active advisor of your branch.")
            )
        target = session.scalars(
            select(SalesTarget).where(
                SalesTarget.advisor_user_id == advisor.id, SalesTarget.period == period
            )
        ).one_or_none()
        previous: Decimal | None = None
        if target is None:
            target = SalesTarget(
                id=new_id(),
                advisor_user_id=advisor.id,
                branch_id=actor.branch_id,
                period=period,
                amount=amount,
                created_at=now,
                updated_at=now,
                origin_device_id=ws.device_id,
            )
            session.add(target)
        else:
            previous = target.amount if target.deleted_at is None else None
            target.amount = amount
            target.branch_id = actor.branch_id
            target.deleted_at = None
            target.updated_at = now
        session.flush()
        audited(
            session,
            ws,
            actor,
            "kpi.set_target",
            "sales_target",
            target.id,
            {
                "advisor_user_id": advisor.id,
                "period": period,
                "amount": amount,
                "previous": previous,
            },
            outbox=row_dict(target),
        )
        return _target_view(target, advisor.display_name)


def list_targets(ws: Workspace, actor: Actor, period: Period | None = None) -> list[TargetView]:
    """The branch's monthly targets (those in ``period``'s months if given), by month, name."""
    require(actor, Permission.KPI_READ)
    stmt = (
        select(SalesTarget, User.display_name)
        .join(User, User.id == SalesTarget.advisor_user_id)
        .where(SalesTarget.branch_id == actor.branch_id, SalesTarget.deleted_at.is_(None))
        .order_by(SalesTarget.period, User.display_name, SalesTarget.advisor_user_id)
    )
    if period is not None:
        stmt = stmt.where(SalesTarget.period.in_(period.months()))
    with ws.db.reading() as session:
        return [_target_view(target, name) for target, name in session.execute(stmt)]


def _target_view(target: SalesTarget, advisor_name: str) -> TargetView:
    return TargetView(
        target_id=target.id,
        advisor_id=target.advisor_user_id,
        advisor_name=advisor_name,
        period=target.period,
        amount=target.amount,
        version=target.version,
        updated_at=target.updated_at,
    )
