"""KPI periods and deadlines by day: how periods tile time, and which days fall due in a window."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.kpis import (
    LOCAL_ZONE,
    Period,
    PeriodKind,
    Window,
    days_falling_due,
    due_runs,
    is_month_key,
    local_midnight,
)
from app.domain.work_calendar import WorkCalendar, end_of_local_day

MARCH = Period(PeriodKind.MONTH, 2026, 3)
Q1 = Period(PeriodKind.QUARTER, 2026, 1)
NOW = datetime(2026, 3, 20, 4, 0, tzinfo=UTC)


PER_YEAR = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 1}
periods = st.builds(
    lambda kind, year, n: Period(kind, year, n % PER_YEAR[kind] + 1),
    st.sampled_from(list(PeriodKind)),
    st.integers(min_value=1971, max_value=2200),
    st.integers(min_value=0, max_value=11),
)
NAMES = {"adv-a": "甲", "adv-b": "乙"}  # adv-c has no name: it appears only through data


# -- periods ---------------------------------------------------------------------------------


@settings(deadline=None)
@given(periods)
def test_periods_tile_time_and_round_trip(period: Period) -> None:
    start, end = period.bounds()
    assert start < end and start.tzinfo is UTC
    assert period.next().bounds()[0] == end
    assert period.previous().bounds()[1] == start
    assert period.next().previous() == period
    assert Period.parse(period.key()) == period
    # Local midnight in Shanghai (China kept summer time 1986–1991: not always 16:00 UTC).
    local = start.astimezone(LOCAL_ZONE)
    assert (local.date(), local.hour, local.minute) == (period.first_day, 0, 0)
    if period.year >= 1992:
        assert (start.hour, start.minute) == (16, 0)


@settings(deadline=None)
@given(
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
    st.sampled_from(list(PeriodKind)),
)
def test_every_instant_is_in_the_period_of_its_local_day(naive: datetime, kind: PeriodKind) -> None:
    at = naive.replace(tzinfo=UTC)
    period = Period.containing(kind, at.astimezone(LOCAL_ZONE).date())
    start, end = period.bounds()
    assert start <= at < end
    assert not Window.of(period.next(), NOW).holds(at)
    assert not Window.of(period.previous(), NOW).holds(at)


@settings(deadline=None)
@given(periods)
def test_a_period_is_its_months(period: Period) -> None:
    months = [Period.parse(m) for m in period.months()]
    assert len(months) == {"month": 1, "quarter": 3, "year": 12}[period.kind]
    assert months[0].bounds()[0] == period.bounds()[0]
    assert months[-1].bounds()[1] == period.bounds()[1]
    assert all(is_month_key(m) for m in period.months())


def test_period_keys_and_refusals() -> None:
    assert Period.parse("2026-03") == MARCH
    assert Period.parse("2026-Q1") == Q1
    assert Period.parse("2026") == Period(PeriodKind.YEAR, 2026)
    assert MARCH.bounds() == (
        datetime(2026, 2, 28, 16, tzinfo=UTC),
        datetime(2026, 3, 31, 16, tzinfo=UTC),
    )
    assert Period(PeriodKind.MONTH, 2026, 12).next() == Period(PeriodKind.MONTH, 2027, 1)
    assert Period.containing(PeriodKind.QUARTER, datetime(2026, 8, 31).date()).key() == "2026-Q3"
    assert [p.key() for p in Period(PeriodKind.QUARTER, 2026, 2).recent(3)] == [
        "2026-Q2",
        "2026-Q1",
        "2025-Q4",
    ]
    for bad in ("2026-13", "2026-00", "2026-Q5", "26-03", "2026/03", "２０２６", ""):
        with pytest.raises(ValueError):
            Period.parse(bad)
    assert not is_month_key("2026-Q1") and not is_month_key("2026") and is_month_key("2026-12")
    with pytest.raises(ValueError):
        Period(PeriodKind.QUARTER, 2026, 5)


# -- deadlines by day ------------------------------------------------------------------------

DAYS_2026 = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
calendars = st.builds(
    WorkCalendar.of,
    st.lists(st.sampled_from(DAYS_2026), max_size=60),
    st.lists(st.sampled_from(DAYS_2026), max_size=10),
)
WINDOWS = [Window.of(p, NOW) for k in PeriodKind for p in Period(k, 2026, 1).recent(1)] + [
    Window.of(Period(PeriodKind.MONTH, 2026, m), NOW) for m in range(1, 13)
]


def deadline_rule(calendar: WorkCalendar, working_days: int) -> Callable[[date], datetime]:
    """Due at the end of the ``working_days``-th working day after the day (the visit rule)."""
    return lambda day: end_of_local_day(calendar.add_working_days(day, working_days))


@settings(max_examples=200, deadline=None)
@given(calendars, st.integers(min_value=0, max_value=10), st.sampled_from(WINDOWS))
def test_the_days_falling_due_are_exactly_those_whose_deadline_is_in_the_window(
    calendar: WorkCalendar, working_days: int, window: Window
) -> None:
    due_by = deadline_rule(calendar, working_days)
    first, end = days_falling_due(window, due_by)
    start_day = window.start.astimezone(LOCAL_ZONE).date()
    for day in (start_day + timedelta(days=n) for n in range(-60, 400)):
        assert (first <= day < end) == window.holds(due_by(day)), day


@settings(max_examples=200, deadline=None)
@given(
    calendars,
    st.integers(min_value=0, max_value=20),
    st.sampled_from(DAYS_2026),
    st.integers(min_value=0, max_value=100),
)
def test_due_runs_tile_the_days_and_carry_each_days_deadline(
    calendar: WorkCalendar, working_days: int, first: date, length: int
) -> None:
    due_by = deadline_rule(calendar, working_days)
    end = first + timedelta(days=length)
    runs = due_runs(first, end, due_by)
    if not length:
        assert runs == ()
        return
    assert runs[0].start == local_midnight(first) and runs[-1].end == local_midnight(end)
    for before, after in itertools.pairwise(runs):
        assert before.end == after.start  # no gap, no overlap
        assert before.due_by < after.due_by  # one run per deadline: as few as can be
    for day in (first + timedelta(days=n) for n in range(length)):
        (run,) = [r for r in runs if r.holds(local_midnight(day))]
        assert run.due_by == due_by(day)
        assert run.holds(local_midnight(day + timedelta(days=1)) - timedelta(microseconds=1))


def test_a_deadline_moved_by_holidays_and_a_worked_saturday() -> None:
    """February 2026: 15–23 off, Saturday 28 worked. Five working days after the 19th is
    the 28th; the visit is due at its last instant, still February."""
    calendar = WorkCalendar.of(
        [date(2026, 2, d) for d in range(15, 24)], [date(2026, 2, 14), date(2026, 2, 28)]
    )
    due_by = deadline_rule(calendar, 5)
    assert due_by(date(2026, 2, 19)) == datetime(2026, 2, 28, 15, 59, 59, 999999, UTC)
    february = Window.of(Period(PeriodKind.MONTH, 2026, 2), NOW)
    march = Window.of(MARCH, NOW)
    first, end = days_falling_due(march, due_by)
    assert (first, end) == (date(2026, 2, 24), date(2026, 3, 25))
    assert date(2026, 2, 19) < days_falling_due(february, due_by)[1] == first
