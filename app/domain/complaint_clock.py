"""Complaint clocks: when acknowledgement and decision are due, and what is overdue.

The numbers (24 hours, 15 days, extended to 30, a further 30 with a supervisor's
approval, the internal 7-working-day target) come from the after-sale rules data; the
day counting from :class:`~app.domain.work_calendar.WorkCalendar`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.work_calendar import WorkCalendar, end_of_local_day, local_date


@dataclass(frozen=True)
class ComplaintRules:
    acknowledge_hours: int = 24
    decision_days: int = 15
    extended_decision_days: int = 30
    further_extension_days: int = 30
    internal_target_working_days: int = 7

    def decision_days_at(self, extension_level: int) -> int:
        """Days allowed for the decision after ``extension_level`` extensions (0, 1 or 2)."""
        if extension_level <= 0:
            return self.decision_days
        if extension_level == 1:
            return self.extended_decision_days
        return self.extended_decision_days + self.further_extension_days


MAX_EXTENSIONS = 2


class Urgency(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    OPEN = "open"


@dataclass(frozen=True)
class ComplaintClock:
    received_at: datetime
    acknowledged_at: datetime | None = None
    extension_level: int = 0
    decided_at: datetime | None = None  # decision made and the customer informed


@dataclass(frozen=True)
class Deadlines:
    acknowledge_by: datetime
    decide_by: datetime
    internal_target: datetime


def deadlines(clock: ComplaintClock, rules: ComplaintRules, calendar: WorkCalendar) -> Deadlines:
    received_day = local_date(clock.received_at)
    decide_day = calendar.period_end_day(
        received_day, rules.decision_days_at(clock.extension_level)
    )
    target_day = calendar.add_working_days(received_day, rules.internal_target_working_days)
    return Deadlines(
        acknowledge_by=clock.received_at + timedelta(hours=rules.acknowledge_hours),
        decide_by=end_of_local_day(decide_day),
        internal_target=end_of_local_day(target_day),
    )


def _urgency(due: datetime, done_at: datetime | None, now: datetime) -> Urgency:
    if done_at is not None:
        return Urgency.DONE
    if now > due:
        return Urgency.OVERDUE
    if local_date(now) == local_date(due):
        return Urgency.DUE_TODAY
    return Urgency.OPEN


@dataclass(frozen=True)
class ClockState:
    deadlines: Deadlines
    acknowledgement: Urgency
    decision: Urgency
    acknowledged_late: bool
    decided_in_time: bool | None  # None while undecided


def clock_state(
    clock: ComplaintClock, rules: ComplaintRules, calendar: WorkCalendar, now: datetime
) -> ClockState:
    due = deadlines(clock, rules, calendar)
    return ClockState(
        deadlines=due,
        acknowledgement=_urgency(due.acknowledge_by, clock.acknowledged_at, now),
        decision=_urgency(due.decide_by, clock.decided_at, now),
        acknowledged_late=clock.acknowledged_at is not None
        and clock.acknowledged_at > due.acknowledge_by,
        decided_in_time=None if clock.decided_at is None else clock.decided_at <= due.decide_by,
    )


def decided_within_base_period(
    clock: ComplaintClock, rules: ComplaintRules, calendar: WorkCalendar
) -> bool | None:
    """Whether the decision came within the base 15 days (the KPI), extensions aside."""
    if clock.decided_at is None:
        return None
    base = deadlines(ComplaintClock(clock.received_at), rules, calendar)
    return clock.decided_at <= base.decide_by
