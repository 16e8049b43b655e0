"""Complaint clocks with frozen time: 24 hours to acknowledge, 15 days to decide (30, then
60 with extensions), the internal 7-working-day target, all on the 2026 calendar.

Periods start the day after receipt (Civil Code Art. 201) in Asia/Shanghai; a last day on
a weekend or a public holiday moves to the next working day (Art. 203); a weekend that is
worked (调休) is a working day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.complaint_clock import (
    ComplaintClock,
    ComplaintRules,
    Urgency,
    clock_state,
    deadlines,
    decided_within_base_period,
)
from app.domain.work_calendar import LOCAL_ZONE, WorkCalendar, end_of_local_day, local_date
from app.rulebook import after_sale_rules, shipped_calendar

RULES = after_sale_rules().complaints
CN_2026 = shipped_calendar()


def local(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A Beijing wall-clock time, as UTC (how the services store it)."""
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_ZONE).astimezone(UTC)


def end_of(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 23, 59, 59, 999999, tzinfo=LOCAL_ZONE)


def decide_day(received: datetime, level: int = 0, calendar: WorkCalendar = CN_2026) -> date:
    due = deadlines(ComplaintClock(received, extension_level=level), RULES, calendar)
    return local_date(due.decide_by)


def test_the_shipped_rules_are_the_guides_numbers() -> None:
    assert (
        ComplaintRules(
            acknowledge_hours=24,
            decision_days=15,
            extended_decision_days=30,
            further_extension_days=30,
            internal_target_working_days=7,
        )
        == RULES
    )


# -- examples on the 2026 calendar -------------------------------------------------------


def test_received_on_20_january_is_decided_by_the_end_of_4_february() -> None:
    due = deadlines(ComplaintClock(local(2026, 1, 20, 15, 30)), RULES, CN_2026)
    assert due.decide_by == end_of(2026, 2, 4)
    assert due.acknowledge_by == local(2026, 1, 21, 15, 30)


@pytest.mark.parametrize(
    ("received", "last_day"),
    [
        # Across a month end onto an ordinary weekday.
        ((2026, 3, 31), date(2026, 4, 15)),
        # 3 Feb + 15 = 18 Feb, inside the Spring Festival (15–23 Feb): the 24th.
        ((2026, 2, 3), date(2026, 2, 24)),
        # Received on a Saturday (31 Jan): 15 Feb is a holiday too.
        ((2026, 1, 31), date(2026, 2, 24)),
        # 6 Mar + 15 = Saturday 21 Mar: the Monday.
        ((2026, 3, 6), date(2026, 3, 23)),
        # 30 Jan + 15 = Saturday 14 Feb, a worked weekend (春节调休): it stays.
        ((2026, 1, 30), date(2026, 2, 14)),
        # 16 Sep + 15 = 1 Oct, National Day week (1–7 Oct): Thursday 8 Oct.
        ((2026, 9, 16), date(2026, 10, 8)),
    ],
)
def test_the_last_day_follows_the_calendar(received: tuple[int, int, int], last_day: date) -> None:
    assert decide_day(local(*received)) == last_day


def test_the_day_counts_in_beijing_not_in_utc() -> None:
    # 20 Jan 17:30 UTC is 21 Jan 01:30 in Beijing: the period starts on the 22nd.
    received = datetime(2026, 1, 20, 17, 30, tzinfo=UTC)
    assert decide_day(received) == date(2026, 2, 5)
    # 20 Jan 15:59 UTC is still the 20th in Beijing.
    assert decide_day(datetime(2026, 1, 20, 15, 59, tzinfo=UTC)) == date(2026, 2, 4)


def test_extensions_allow_30_then_60_days() -> None:
    received = local(2026, 1, 20)
    assert decide_day(received, 0) == date(2026, 2, 4)
    # 20 Jan + 30 = 19 Feb, in the Spring Festival: 24 Feb.
    assert decide_day(received, 1) == date(2026, 2, 24)
    # 20 Jan + 60 = Saturday 21 Mar: Monday 23 Mar.
    assert decide_day(received, 2) == date(2026, 3, 23)
    assert RULES.decision_days_at(2) == 60


@pytest.mark.parametrize(
    ("received", "target"),
    [
        # Tue 20 Jan: 21, 22, 23, 26, 27, 28, 29.
        ((2026, 1, 20), date(2026, 1, 29)),
        # Thu 12 Feb: 13, 14 (worked Saturday), then after the festival 24, 25, 26, 27, 28
        # (another worked Saturday).
        ((2026, 2, 12), date(2026, 2, 28)),
        # Wed 31 Dec 2025: 1–3 Jan are holidays, Sunday 4 Jan is worked.
        ((2025, 12, 31), date(2026, 1, 12)),
    ],
)
def test_the_internal_target_is_7_working_days(
    received: tuple[int, int, int], target: date
) -> None:
    due = deadlines(ComplaintClock(local(*received)), RULES, CN_2026)
    assert due.internal_target == datetime.combine(
        target, datetime.max.time(), LOCAL_ZONE
    ).astimezone(UTC)


def test_acknowledgement_is_due_24_hours_after_receipt() -> None:
    received = local(2026, 2, 14, 9, 0)
    clock = ComplaintClock(received)
    due_by = received + timedelta(hours=24)
    on_time = clock_state(clock, RULES, CN_2026, due_by)
    late = clock_state(clock, RULES, CN_2026, due_by + timedelta(seconds=1))
    assert on_time.acknowledgement is Urgency.DUE_TODAY
    assert late.acknowledgement is Urgency.OVERDUE
    assert clock_state(clock, RULES, CN_2026, received).acknowledgement is Urgency.OPEN
    done = ComplaintClock(received, acknowledged_at=due_by + timedelta(minutes=5))
    state = clock_state(done, RULES, CN_2026, due_by + timedelta(hours=1))
    assert state.acknowledgement is Urgency.DONE
    assert state.acknowledged_late


def test_decision_is_open_then_due_today_then_overdue() -> None:
    clock = ComplaintClock(local(2026, 1, 20), acknowledged_at=local(2026, 1, 20, 11))

    def decision(now: datetime) -> Urgency:
        return clock_state(clock, RULES, CN_2026, now).decision

    assert decision(local(2026, 2, 3, 23, 59)) is Urgency.OPEN
    assert decision(local(2026, 2, 4, 0, 0)) is Urgency.DUE_TODAY
    assert decision(end_of(2026, 2, 4)) is Urgency.DUE_TODAY
    assert decision(local(2026, 2, 5, 0, 0)) is Urgency.OVERDUE


def test_deciding_stops_the_clock_and_the_kpi_ignores_extensions() -> None:
    received = local(2026, 1, 20)
    on_day_20 = local(2026, 2, 9)  # after the base 15 days, within the extended 30
    extended = ComplaintClock(received, received, extension_level=1, decided_at=on_day_20)
    state = clock_state(extended, RULES, CN_2026, local(2026, 3, 1))
    assert state.decision is Urgency.DONE
    assert state.decided_in_time is True
    assert decided_within_base_period(extended, RULES, CN_2026) is False
    quick = ComplaintClock(received, received, decided_at=end_of(2026, 2, 4).astimezone(UTC))
    assert decided_within_base_period(quick, RULES, CN_2026) is True
    assert decided_within_base_period(ComplaintClock(received), RULES, CN_2026) is None
    late = ComplaintClock(received, received, decided_at=local(2026, 2, 5, 0, 0))
    assert clock_state(late, RULES, CN_2026, local(2026, 3, 1)).decided_in_time is False


# -- properties on any calendar --------------------------------------------------------------

YEAR = [date(2026, 1, 1) + timedelta(days=n) for n in range(400)]
calendars = st.builds(
    lambda holidays, workdays: WorkCalendar.of(holidays - workdays, workdays),
    st.frozensets(st.sampled_from(YEAR), max_size=80),
    st.frozensets(st.sampled_from(YEAR), max_size=20),
)
moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)
)


@given(moments, calendars, st.integers(min_value=0, max_value=2))
def test_the_decision_day_is_the_first_working_day_on_or_after_the_nominal_day(
    received: datetime, calendar: WorkCalendar, level: int
) -> None:
    due = deadlines(ComplaintClock(received, extension_level=level), RULES, calendar)
    last = local_date(due.decide_by)
    nominal = local_date(received) + timedelta(days=RULES.decision_days_at(level))
    assert last >= nominal
    assert calendar.is_working_day(last)
    day = nominal
    while day < last:
        assert calendar.is_rest_day(day)
        day += timedelta(days=1)
    assert due.decide_by == end_of_local_day(last)
    assert (due.decide_by + timedelta(microseconds=1)).astimezone(LOCAL_ZONE).time() == (
        datetime.min.time()
    )


@given(moments, calendars)
def test_extending_never_brings_the_deadline_forward(
    received: datetime, calendar: WorkCalendar
) -> None:
    days = [decide_day(received, level, calendar) for level in (0, 1, 2)]
    assert days == sorted(days)
    assert days[1] >= local_date(received) + timedelta(days=30)
    assert days[2] >= local_date(received) + timedelta(days=60)


@given(moments, calendars)
def test_the_internal_target_is_the_seventh_working_day(
    received: datetime, calendar: WorkCalendar
) -> None:
    due = deadlines(ComplaintClock(received), RULES, calendar)
    start, target = local_date(received), local_date(due.internal_target)
    assert calendar.is_working_day(target)
    assert calendar.working_days_between(start, target) == 7
    assert due.acknowledge_by - received == timedelta(hours=24)


@given(moments, calendars, moments)
def test_overdue_exactly_after_the_deadline(
    received: datetime, calendar: WorkCalendar, now: datetime
) -> None:
    state = clock_state(ComplaintClock(received), RULES, calendar, now)
    decide_by = state.deadlines.decide_by
    if now > decide_by:
        assert state.decision is Urgency.OVERDUE
    elif local_date(now) == local_date(decide_by):
        assert state.decision is Urgency.DUE_TODAY
    else:
        assert state.decision is Urgency.OPEN
