"""The after-sale figures of the KPI dashboard in SQL (RULES §9): complaints per 1,000
clients, complaints decided within 15 days, mean satisfaction, return visits done on time.

The figures are defined in :mod:`app.domain.kpis`; the rules here (:func:`_visit_rule`,
:func:`_complaint_rule`, :func:`_survey_rule`) are shared by the aggregation and the
drill-down (:mod:`app.services.kpi_drill`).

Cost (bench ``kpi_dashboard_1m``): the return visits falling due walk
``ix_cases_branch_signed`` in time order and look up each case's visits: a visit row per
case, the dearest part of a long period. The branch's complaints are read whole (a few
thousand); the surveys table is scanned (nothing indexes when a survey was recorded) and
each surveyed case looked up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from app.domain.complaint_clock import ComplaintClock, deadlines
from app.domain.kpis import (
    LOCAL_ZONE,
    DueRun,
    Figure,
    Window,
    days_falling_due,
    due_runs,
    local_midnight,
)
from app.rulebook import after_sale_rules
from app.services.kpi_sales import AnySelect, _at, _CaseRule
from app.services.return_visits import DONE_OUTCOMES, VISIT_FLAGS, VISITED_STATES, visit_deadline
from app.services.work_calendar import calendar_in
from app.store.models import (
    Complaint,
    ReturnVisit,
    SalesCase,
    Survey,
)
from app.store.types import UTCDateTime

# The longest cooling-off a rule pack may set (app.domain.rulepack refuses more): a visit
# can start at most this long after signing, which bounds the signing range to walk.
MAX_COOLING_OFF = timedelta(hours=24 * 30)


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


def _visit_counts(branch_id: str, window: Window, due: _Deadlines) -> AnySelect:
    rule = _visit_rule(due.visits)
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
