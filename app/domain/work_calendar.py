"""Working days and periods counted in days, with configurable holidays.

China moves working days around public holidays (调休): some weekdays are holidays and
some weekends are working days, so a calendar is the weekend rule plus two sets of
exceptions. Periods follow the Civil Code: a period counted in days starts the day after
the event (Art. 201) and, when its last day is a statutory rest day (a weekend or a public
holiday, unless moved to be worked), ends on the next working day (Art. 203). Working-day
targets count working days only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    extra_workdays: frozenset[date] = field(default_factory=frozenset)  # weekends worked

    @classmethod
    def of(cls, holidays: Iterable[date] = (), extra_workdays: Iterable[date] = ()) -> WorkCalendar:
        return cls(frozenset(holidays), frozenset(extra_workdays))

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def is_rest_day(self, day: date) -> bool:
        return not self.is_working_day(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one."""
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        while count:
            day += _ONE_DAY
            if self.is_working_day(day):
                count -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        count, day = 0, start
        while day < end:
            day += _ONE_DAY
            if self.is_working_day(day):
                count += 1
        return count

    def period_end_day(self, start: date, days: int) -> date:
        """Last day of a period of ``days`` days counted from the day after ``start``.

        A last day that is a rest day moves to the next working day.
        """
        return self.next_working_day(start + timedelta(days=days))


def end_of_local_day(day: date) -> datetime:
    """The last instant of ``day`` in Asia/Shanghai, as a UTC-aware datetime's equal."""
    return datetime.combine(day + _ONE_DAY, time(0), LOCAL_ZONE) - timedelta(microseconds=1)


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL_ZONE).date()
