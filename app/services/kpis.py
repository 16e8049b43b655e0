"""The supervisor's KPI dashboard (RULES §9): figures per advisor and branch, drill-down,
monthly sales targets.

The figures are defined in :mod:`app.domain.kpis`. Here they are counted with SQL
aggregation (``GROUP BY`` advisor over the branch's index ranges), so a recompute over a
million cases reads counts, not rows. A drill-down fetches the records of one figure with
the same conditions the aggregation counted with (:func:`_case_rule`,
:func:`_complaint_rule`, :func:`_survey_rule`), so the list shows exactly the records
behind the number. Everything is scoped to the actor's branch.

Cost (bench ``kpi_dashboard_1m``): the figures of the cases signed or started in the
period walk, advisor by advisor, the covering ``ix_cases_kpi_signed`` and
``ix_cases_kpi_started`` (no case row is read, nothing sorted); the clients' figures make
one pass over the owner index, against the few assessments expiring soon (found through
their ``expires_at`` index). The return visits falling due walk ``ix_cases_branch_signed``
in time order and look up each case's visits: a visit row per case, the dearest part of a
long period. The branch's complaints are read whole (a few thousand); the surveys table
is scanned (nothing indexes when a survey was recorded) and each surveyed case looked up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Join

from app.domain.complaint_clock import ComplaintClock, deadlines
from app.domain.identity import mask_id
from app.domain.kpis import (
    LOCAL_ZONE,
    SOLD_STATES,
    SUITABLE,
    WARN,
    AdvisorScore,
    DueRun,
    Figure,
    Period,
    Scorecard,
    Subject,
    Tally,
    Window,
    days_falling_due,
    due_runs,
    is_month_key,
    local_midnight,
    scorecard,
    spec_of,
)
from app.domain.money import DEFAULT_MAXIMUM
from app.domain.review import Flag
from app.domain.roles import Permission, Role
from app.errors import FieldError, NotFound, ValidationFailed
from app.i18n import translate
from app.rulebook import after_sale_rules
from app.services.context import Actor, Workspace, audited, require
from app.services.return_visits import DONE_OUTCOMES, VISIT_FLAGS, VISITED_STATES, visit_deadline
from app.services.work_calendar import calendar_in
from app.store.ids import new_id
from app.store.models import (
    Assessment,
    Client,
    Complaint,
    Product,
    ReturnVisit,
    SalesCase,
    SalesTarget,
    Survey,
    User,
)
from app.store.serialize import row_dict
from app.store.types import UTCDateTime

AnySelect = Select[*tuple[Any, ...]]
_ASSESSMENT_ROWID = literal_column("assessments.rowid", Integer)
_CLIENT_ROWID = literal_column("clients.rowid", Integer)
CENT = Decimal("0.01")
SIGNED_FIGURES = (
    Figure.SALES_VS_TARGET,
    Figure.MISMATCH_RATE,
    Figure.OVERRIDE_RATE,
    Figure.ELDERLY_CARE_SHARE,
)
# The longest cooling-off a rule pack may set (app.domain.rulepack refuses more): a visit
# can start at most this long after signing, which bounds the signing range to walk.
MAX_COOLING_OFF = timedelta(hours=24 * 30)


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

    ``record_id`` is the record the figure counted: a case, a client, a complaint or a
    survey. ``case_id`` and the case columns are those of the case concerned (``None`` for
    a client figure, or a complaint or survey with no case linked); ``advisor_id`` is
    ``None`` for a complaint about nobody in particular. ``state`` is the case's state, or
    the complaint's status; ``score`` a survey's. ``at`` is the instant the figure counted
    by: signing, start (conversion), assessment expiry, receipt of the complaint, the
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
class _Deadlines:
    """The after-sale deadlines of one window, by local day, under the calendar in force.

    ``complaints``: the base 15-day deadline of a complaint received on each day of the
    window; ``visits``: the return-visit deadline of a visit that could start on each day
    whose deadline falls in the window.
    """

    complaints: tuple[DueRun, ...]
    visits: tuple[DueRun, ...]


def _local_day(at: datetime) -> date:
    return at.astimezone(LOCAL_ZONE).date()


def _deadlines(session: Session, window: Window) -> _Deadlines:
    rules = after_sale_rules()
    calendar = calendar_in(session)

    def complaint_due(day: date) -> datetime:
        # As app.domain.complaint_clock.decided_within_base_period: extensions aside.
        clock = ComplaintClock(local_midnight(day))
        return deadlines(clock, rules.complaints, calendar).decide_by

    def visit_due(day: date) -> datetime:
        return visit_deadline(local_midnight(day), calendar, rules.visit_due_working_days)

    last = _local_day(window.end)
    end = last if local_midnight(last) == window.end else last + timedelta(days=1)
    complaints = due_runs(_local_day(window.start), end, complaint_due)
    visits = due_runs(*days_falling_due(window, visit_due), visit_due)
    return _Deadlines(complaints, visits)


def _at(moment: datetime) -> Any:
    return literal(moment, UTCDateTime())


def _in_runs(instant: Any, runs: Sequence[DueRun]) -> ColumnElement[bool]:
    if not runs:
        return false()
    return and_(instant >= _at(runs[0].start), instant < _at(runs[-1].end))


def _due_by(instant: Any, runs: Sequence[DueRun]) -> Any:
    """SQL: the deadline of the run that holds ``instant`` (inside the runs: see
    :func:`_in_runs`). A balanced ``CASE`` over the runs' starts: a handful of comparisons
    per row even for a year of days."""
    if not runs:
        return type_coerce(None, UTCDateTime())

    def part(low: int, high: int) -> Any:
        if high - low == 1:
            return _at(runs[low].due_by)
        middle = (low + high) // 2
        return case(
            (instant < _at(runs[middle].start), part(low, middle)), else_=part(middle, high)
        )

    return part(0, len(runs))


@dataclass(frozen=True)
class _CaseRule:
    base: tuple[ColumnElement[bool], ...]
    counted: ColumnElement[bool]
    date: Any  # the column the figure counts by


def _signed_in(window: Window) -> tuple[ColumnElement[bool], ...]:
    return (SalesCase.signed_at >= window.start, SalesCase.signed_at < window.end)


def _case_rule(figure: Figure, window: Window, due: _Deadlines | None = None) -> _CaseRule:
    """The SQL of :func:`app.domain.kpis.case_membership` (deleted rows excluded by caller).

    Return visits need the window's deadlines (``due``).
    """
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
    if figure is Figure.VISITS_ON_TIME:
        if due is None:
            raise ValueError("return visits need the deadlines")
        return _visit_rule(due.visits)
    signed = _signed_in(window)
    if figure is Figure.SALES_VS_TARGET:
        return _CaseRule(signed, SalesCase.state.in_(sorted(SOLD_STATES)), SalesCase.signed_at)
    if figure is Figure.MISMATCH_RATE:
        counted = and_(SalesCase.outcome.is_not(None), SalesCase.outcome != SUITABLE)
        return _CaseRule(signed, counted, SalesCase.signed_at)
    if figure is Figure.OVERRIDE_RATE:
        counted = and_(SalesCase.outcome == WARN, SalesCase.own_initiative.is_(True))
        return _CaseRule(signed, counted, SalesCase.signed_at)
    if figure is Figure.ELDERLY_CARE_SHARE:
        counted = SalesCase.review_flags.bitwise_and(int(Flag.ELDERLY_CARE)) != 0
        return _CaseRule(signed, counted, SalesCase.signed_at)
    raise ValueError(f"not a case figure: {figure.value}")


def _visit_rule(runs: Sequence[DueRun]) -> _CaseRule:
    """The cases whose return visit falls due in the runs, as
    :func:`app.services.return_visits.needs_visit` and ``visit_queue`` pick them; counted
    when a completed visit was recorded by the deadline."""
    start = func.coalesce(SalesCase.cooling_off_until, SalesCase.signed_at)  # visit_start
    due = _due_by(start, runs)
    base: tuple[ColumnElement[bool], ...] = (false(),)
    if runs:
        base = (
            # The index range: signed before the visit could start, at most the longest
            # cooling-off before it.
            SalesCase.signed_at >= runs[0].start - MAX_COOLING_OFF,
            SalesCase.signed_at < runs[-1].end,
            _in_runs(start, runs),
            SalesCase.state.in_([s.value for s in VISITED_STATES]),
            or_(
                SalesCase.cooling_off_until.is_not(None),
                SalesCase.review_flags.bitwise_and(int(VISIT_FLAGS)) != 0,
            ),
        )
    done = (
        select(literal(1))
        .where(
            ReturnVisit.case_id == SalesCase.id,
            ReturnVisit.deleted_at.is_(None),
            ReturnVisit.outcome.in_(DONE_OUTCOMES),
            ReturnVisit.visited_at <= due,
        )
        .exists()
    )
    return _CaseRule(base, done, due)


@dataclass(frozen=True)
class _Rule:
    """A complaint or survey figure: the base, what is counted, and who it is about."""

    base: tuple[ColumnElement[bool], ...]
    counted: ColumnElement[bool]
    advisor: Any
    date: Any


def _complaint_rule(branch_id: str, figure: Figure, window: Window, due: _Deadlines) -> _Rule:
    """The SQL of :func:`app.domain.kpis.complaint_membership` over the branch's complaints."""
    base: tuple[ColumnElement[bool], ...] = (
        Complaint.branch_id == branch_id,
        Complaint.deleted_at.is_(None),
        Complaint.received_at >= window.start,
        Complaint.received_at < window.end,
    )
    if figure is Figure.COMPLAINTS_PER_1000:
        counted: ColumnElement[bool] = true()
    elif figure is Figure.COMPLAINTS_DECIDED_IN_TIME:
        base = (*base, Complaint.decided_at.is_not(None))
        counted = Complaint.decided_at <= _due_by(Complaint.received_at, due.complaints)
    else:
        raise ValueError(f"not a complaint figure: {figure.value}")
    return _Rule(base, counted, Complaint.subject_user_id, Complaint.received_at)


# A survey after signing is about its case; one after a complaint, about the complaint.
_SURVEYED_CASE = aliased(SalesCase, name="surveyed_case")
_SURVEYED_COMPLAINT = aliased(Complaint, name="surveyed_complaint")


def _survey_rule(branch_id: str, window: Window) -> _Rule:
    """The SQL of :func:`app.domain.kpis.survey_membership`: the branch's answered surveys
    of the window (select from :func:`_surveys`)."""
    by_case = Survey.case_id.is_not(None)
    advisor = case(
        (by_case, _SURVEYED_CASE.advisor_user_id), else_=_SURVEYED_COMPLAINT.subject_user_id
    )
    branch = case((by_case, _SURVEYED_CASE.branch_id), else_=_SURVEYED_COMPLAINT.branch_id)
    base = (
        Survey.deleted_at.is_(None),
        Survey.score.is_not(None),
        Survey.recorded_at >= window.start,
        Survey.recorded_at < window.end,
        branch == branch_id,
        _SURVEYED_CASE.deleted_at.is_(None),
        _SURVEYED_COMPLAINT.deleted_at.is_(None),
    )
    return _Rule(base, true(), advisor, Survey.recorded_at)


def _surveys(stmt: AnySelect) -> AnySelect:
    return (
        stmt.select_from(Survey)
        .outerjoin(_SURVEYED_CASE, _SURVEYED_CASE.id == Survey.case_id)
        .outerjoin(_SURVEYED_COMPLAINT, _SURVEYED_COMPLAINT.id == Survey.complaint_id)
    )


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


# -- the dashboard -----------------------------------------------------------------------


def dashboard(ws: Workspace, actor: Actor, period: Period) -> Dashboard:
    """Every figure of ``period`` per advisor of the actor's branch and for the branch."""
    require(actor, Permission.KPI_READ)
    now = ws.now()
    window = Window.of(period, now)
    branch_id = actor.branch_id
    tallies: dict[str | None, dict[Figure, Tally]] = {}

    def add(
        advisor_id: str | None, figure: Figure, numerator: Decimal, denominator: Decimal
    ) -> None:
        own = tallies.setdefault(advisor_id, {})
        own[figure] = own.get(figure, Tally()) + Tally(numerator, denominator)

    with ws.db.reading() as session:
        due = _deadlines(session, window)
        for advisor_id, signed, sales_fen, *counts in session.execute(
            _signed_counts(branch_id, window)
        ):
            add(advisor_id, Figure.SALES_VS_TARGET, _fen_to_yuan(sales_fen), Decimal(0))
            for figure, count in zip(SIGNED_FIGURES[1:], counts, strict=True):
                add(advisor_id, figure, Decimal(count), Decimal(signed))
        for advisor_id, started, converted in session.execute(
            _conversion_counts(branch_id, window)
        ):
            add(advisor_id, Figure.CONVERSION, Decimal(converted), Decimal(started))
        for advisor_id, clients, expiring in session.execute(_client_counts(branch_id, window)):
            add(advisor_id, Figure.ASSESSMENTS_EXPIRING, Decimal(expiring), Decimal(clients))
            add(advisor_id, Figure.COMPLAINTS_PER_1000, Decimal(0), Decimal(clients))
        for advisor_id, received, decided, in_time in session.execute(
            _complaint_counts(branch_id, window, due)
        ):
            add(advisor_id, Figure.COMPLAINTS_PER_1000, Decimal(received), Decimal(0))
            add(advisor_id, Figure.COMPLAINTS_DECIDED_IN_TIME, Decimal(in_time), Decimal(decided))
        for advisor_id, answered, scores in session.execute(_survey_counts(branch_id, window)):
            add(advisor_id, Figure.MEAN_SATISFACTION, Decimal(scores or 0), Decimal(answered))
        for advisor_id, falling_due, on_time in session.execute(
            _visit_counts(branch_id, window, due)
        ):
            add(advisor_id, Figure.VISITS_ON_TIME, Decimal(on_time or 0), Decimal(falling_due))
        for advisor_id, target_fen in session.execute(_target_sums(branch_id, window)):
            add(advisor_id, Figure.SALES_VS_TARGET, Decimal(0), _fen_to_yuan(target_fen))
        seen = {key for key in tallies if key is not None}
        names = _advisor_names(session, branch_id, seen)
    return Dashboard(period, now, scorecard(tallies, names))


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
    rules = {figure: _case_rule(figure, window) for figure in SIGNED_FIGURES}
    base = _signed_in(window)  # the base of all four: one index range per advisor
    fen = type_coerce(SalesCase.amount, BigInteger)
    stmt = select(
        User.id,
        func.count(),
        func.sum(case((rules[Figure.SALES_VS_TARGET].counted, fen))),
        *(func.count(case((rules[f].counted, 1))) for f in SIGNED_FIGURES[1:]),
    ).where(SalesCase.deleted_at.is_(None), *base)
    return _per_advisor(stmt, branch_id)


def _conversion_counts(branch_id: str, window: Window) -> AnySelect:
    rule = _case_rule(Figure.CONVERSION, window)
    stmt = select(User.id, func.count(), func.count(case((rule.counted, 1)))).where(
        SalesCase.deleted_at.is_(None), *rule.base
    )
    return _per_advisor(stmt, branch_id)


def _visit_counts(branch_id: str, window: Window, due: _Deadlines) -> AnySelect:
    rule = _case_rule(Figure.VISITS_ON_TIME, window, due)
    # Materialised so the visits are looked up in the order the cases fell due (their rows
    # lie in that order too), before grouping by advisor.
    falling_due = (
        select(
            SalesCase.advisor_user_id.label("advisor"),
            case((rule.counted, 1), else_=0).label("on_time"),
        )
        .where(SalesCase.branch_id == branch_id, SalesCase.deleted_at.is_(None), *rule.base)
        .cte("visits_falling_due")
        .prefix_with("MATERIALIZED")
    )
    return select(falling_due.c.advisor, func.count(), func.sum(falling_due.c.on_time)).group_by(
        falling_due.c.advisor
    )


def _complaint_counts(branch_id: str, window: Window, due: _Deadlines) -> AnySelect:
    """Per advisor complained about (``None``: nobody): received, decided, in time."""
    received = _complaint_rule(branch_id, Figure.COMPLAINTS_PER_1000, window, due)
    in_time = _complaint_rule(branch_id, Figure.COMPLAINTS_DECIDED_IN_TIME, window, due)
    decided = and_(*in_time.base)  # received in the window (the WHERE) and decided
    return (
        select(
            received.advisor,
            func.count(),
            func.count(case((decided, 1))),
            func.count(case((and_(decided, in_time.counted), 1))),
        )
        .where(*received.base)
        .group_by(received.advisor)
    )


def _survey_counts(branch_id: str, window: Window) -> AnySelect:
    rule = _survey_rule(branch_id, window)
    stmt = select(rule.advisor, func.count(), func.sum(Survey.score)).where(*rule.base)
    return _surveys(stmt).group_by(rule.advisor)


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
            stmt = _case_rows(branch_id, _case_rule(figure, window, due), advisor_id, part)
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
