"""The periods of the KPI dashboard (RULES §9) and the after-sale deadlines by local day.

A period is a calendar month, quarter or year in Asia/Shanghai, as the half-open interval
``[first day 00:00, first day of the next period 00:00)`` local time, converted to UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.assessment_rules import EXPIRING_SOON_DAYS

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
_ONE_DAY = timedelta(days=1)
EXPIRY_HORIZON = timedelta(days=EXPIRING_SOON_DAYS)  # as the home screen counts "soon"


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_MONTHS_PER = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


@dataclass(frozen=True, order=True)
class Period:
    """A calendar month (``number`` 1–12), quarter (1–4) or year (``number`` 1)."""

    kind: PeriodKind
    year: int
    number: int = 1

    def __post_init__(self) -> None:
        count = 12 // _MONTHS_PER[self.kind]
        if not 1 <= self.number <= count:
            raise ValueError(f"{self.kind.value} number out of range: {self.number}")
        if not 1 <= self.year <= 9998:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        """The period of ``kind`` that holds the local calendar day ``day``."""
        return cls(kind, day.year, (day.month - 1) // _MONTHS_PER[kind] + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, (self.number - 1) * _MONTHS_PER[self.kind] + 1, 1)

    @property
    def end_day(self) -> date:
        """The first day after the period."""
        month = self.first_day.month + _MONTHS_PER[self.kind]
        return date(self.year + 1, 1, 1) if month > 12 else date(self.year, month, 1)

    def _last_of_year(self) -> bool:
        return self.number == 12 // _MONTHS_PER[self.kind]

    def next(self) -> Period:
        if self._last_of_year():
            return Period(self.kind, self.year + 1, 1)
        return Period(self.kind, self.year, self.number + 1)

    def previous(self) -> Period:
        if self.number == 1:
            return Period(self.kind, self.year - 1, 12 // _MONTHS_PER[self.kind])
        return Period(self.kind, self.year, self.number - 1)

    def months(self) -> tuple[str, ...]:
        """The months of the period as ``YYYY-MM`` (how monthly targets are keyed)."""
        first = self.first_day.month
        return tuple(
            f"{self.year:04d}-{m:02d}" for m in range(first, first + _MONTHS_PER[self.kind])
        )

    def bounds(self) -> tuple[datetime, datetime]:
        """``[start, end)`` in UTC: local midnights of the first day and of the day after."""
        start = datetime.combine(self.first_day, datetime.min.time(), LOCAL_ZONE)
        end = datetime.combine(self.end_day, datetime.min.time(), LOCAL_ZONE)
        return start.astimezone(UTC), end.astimezone(UTC)

    def key(self) -> str:
        """``2026-03``, ``2026-Q1`` or ``2026``; :meth:`parse` reads it back."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year:04d}-Q{self.number}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, key: str) -> Period:
        """The period of a :meth:`key`; ``ValueError`` for anything else."""
        text = key.strip()
        if len(text) == 4 and text.isascii() and text.isdigit():
            return cls(PeriodKind.YEAR, int(text))
        head, sep, tail = text.partition("-")
        if sep and len(head) == 4 and head.isascii() and head.isdigit():
            if len(tail) == 2 and tail[0] == "Q" and tail[1] in "1234":
                return cls(PeriodKind.QUARTER, int(head), int(tail[1]))
            if len(tail) == 2 and tail.isascii() and tail.isdigit():
                return cls(PeriodKind.MONTH, int(head), int(tail))
        raise ValueError(f"not a period: {key!r}")

    def recent(self, count: int) -> list[Period]:
        """This period and the ``count - 1`` before it, newest first."""
        periods = [self]
        while len(periods) < count:
            periods.append(periods[-1].previous())
        return periods


def is_month_key(text: str) -> bool:
    """Whether ``text`` is a month as targets are keyed (``YYYY-MM``, month 01–12)."""
    try:
        return Period.parse(text).kind is PeriodKind.MONTH and len(text) == 7
    except ValueError:
        return False


@dataclass(frozen=True)
class Window:
    """What one computation counts in: the period's UTC bounds, its months and "now"."""

    start: datetime
    end: datetime
    months: tuple[str, ...]
    now: datetime

    @classmethod
    def of(cls, period: Period, now: datetime) -> Window:
        start, end = period.bounds()
        return cls(start, end, period.months(), now)

    def holds(self, at: datetime | None) -> bool:
        return at is not None and self.start <= at < self.end

    @property
    def expiry_end(self) -> datetime:
        return self.now + EXPIRY_HORIZON


# -- deadlines by day ----------------------------------------------------------------------


def local_midnight(day: date) -> datetime:
    """The instant (UTC) the local calendar day ``day`` begins."""
    return datetime.combine(day, time(0), LOCAL_ZONE).astimezone(UTC)


@dataclass(frozen=True)
class DueRun:
    """Local days in a row (``[start, end)`` in UTC) whose records fall due at ``due_by``."""

    start: datetime
    end: datetime
    due_by: datetime

    def holds(self, at: datetime) -> bool:
        return self.start <= at < self.end


_SEARCH_DAYS = 3660  # a deadline further than ten years after its day is a broken rule


def due_runs(first: date, end: date, due_by: Callable[[date], datetime]) -> tuple[DueRun, ...]:
    """The local days ``[first, end)``, grouped into runs of days with the same deadline.

    ``due_by`` gives the deadline of a record by the local day it started on, and must not
    decrease from one day to the next (a later start is never due earlier); the runs then
    come out in order and tile the days without gaps.
    """
    runs: list[DueRun] = []
    day = first
    while day < end:
        due = due_by(day)
        if runs and runs[-1].due_by == due:
            runs[-1] = DueRun(runs[-1].start, local_midnight(day + _ONE_DAY), due)
        else:
            runs.append(DueRun(local_midnight(day), local_midnight(day + _ONE_DAY), due))
        day += _ONE_DAY
    return tuple(runs)


def days_falling_due(window: Window, due_by: Callable[[date], datetime]) -> tuple[date, date]:
    """The local days ``[first, end)`` whose deadline ``due_by(day)`` falls in ``window``.

    ``due_by`` must not decrease from one day to the next and never come before the end of
    its own day (a day's records cannot be due before they started); the days are then one
    unbroken stretch, found by walking back from the window's own days.
    """
    start_day = window.start.astimezone(LOCAL_ZONE).date()
    end_day = window.end.astimezone(LOCAL_ZONE).date()  # due at or after window.end
    first = start_day
    for _ in range(_SEARCH_DAYS):
        if due_by(first - _ONE_DAY) < window.start:
            break
        first -= _ONE_DAY
    else:
        raise ValueError("deadlines too far after their day")
    last = end_day
    for _ in range(_SEARCH_DAYS):
        if last <= first or due_by(last - _ONE_DAY) < window.end:
            break
        last -= _ONE_DAY
    else:
        raise ValueError("deadlines too far after their day")
    return first, max(first, last)
