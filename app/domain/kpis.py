"""KPI formulas of the supervisor dashboard (RULES §9): pure, no I/O, no SQLAlchemy.

Definitions (per advisor, and for the branch as the sum of the advisors' numerators and
denominators — never an average of the advisors' rates):

* **Period** — a calendar month, quarter or year in Asia/Shanghai, as the half-open
  interval ``[first day 00:00, first day of the next period 00:00)`` local time, converted
  to UTC. A case belongs to the period by the instant of the event the figure counts.
* **Sales against target** — numerator: the sum of ``amount`` of the cases *signed* in the
  period whose state is still ``signed``, ``submitted`` or ``approved`` (a cancelled,
  rejected or returned sale does not count); denominator: the sum of the advisor's monthly
  targets for the months of the period. Value: numerator / denominator (no value without a
  target).
* **Conversion** — denominator: the first versions (``supersedes_id`` is null: a case
  reopened after a return is the same sale) *started* (``created_at``) in the period;
  numerator: those among them that were signed (``signed_at`` set), whenever that was.
* **Mismatch rate** — cases signed in the period whose matching outcome was not
  ``suitable`` / cases signed in the period.
* **Override rate** — cases signed in the period whose matching outcome was ``warn`` (a
  CSRC mismatch) and that went ahead at the client's own initiative, overriding the
  mismatch / cases signed in the period. (Matching records ``own_initiative`` only for a
  ``warn`` outcome, so this is every sale whose match was at the client's own initiative.)
* **Elderly special-care share** — cases signed in the period with the ``ELDERLY_CARE``
  review flag / cases signed in the period.
* **Assessments expiring in 30 days** — a count, taken *now* whatever the period: the
  advisor's clients (owner) whose newest assessment expires in ``(now, now + 30 days]``
  (not yet expired: an assessment is valid while ``at < expires_at``). Denominator: the
  advisor's clients, for scale.

* **Complaints per 1,000 clients** — numerator: the complaints received in the period
  about the advisor (``subject_user_id``: the advisor who sold the linked case);
  denominator: the advisor's clients, as for the expiry figure. Value: numerator × 1,000 /
  denominator. A complaint with no case linked is about nobody in particular: it counts
  for the branch row only, which therefore holds every complaint of the branch.
* **Complaints decided within 15 days** — denominator: the complaints received in the
  period that were decided (the customer informed of the decision); numerator: those
  decided within the base 15-day period (extensions aside, holidays moving the last day
  as the calendar in force says). Attributed like the previous figure.
* **Mean satisfaction** — the mean score of the surveys recorded in the period that the
  client answered (a declined survey has no score and does not count): numerator, the sum
  of the scores; denominator, the surveys answered. A survey after signing is the selling
  advisor's; one after a complaint is the advisor complained about (the branch's only
  when nobody is).
* **Return visits done on time** — denominator: the cases whose return visit (RULES §7:
  a sale still in force of a private product, or with a ``warn`` or special-care flag)
  fell due in the period, the deadline being the end of the local day some working days
  after the visit could start (the end of cooling-off, or signing); numerator: those with
  a completed visit (``confirmed`` or ``problem``) recorded by the deadline.

"Cases signed in the period" are every case with ``signed_at`` in the period, whatever
happened to it afterwards (cancelled, returned, rejected sales were still sold that way).
Deleted (tombstoned) rows never count; the caller leaves them out. Records attributed to no
advisor (the complaints and surveys above) are tallied under the key ``None``: they add to
the branch total only.

Each figure is a numerator, a denominator, a value, and the ids of the records behind it
(the counted ones and the base they were counted in) so a supervisor can drill down to
exactly those records. The service computes the counts with SQL aggregation and uses the
per-record rules here (:func:`case_membership`, :func:`client_membership`,
:func:`complaint_membership`, :func:`survey_membership`) as the definition its queries
must agree with; tests hold the two together. Deadlines that depend on the calendar
(complaints, return visits) come in as facts; :func:`due_runs` groups days by deadline so
the service can count them with SQL too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.assessment_rules import EXPIRING_SOON_DAYS
from app.domain.case_flow import HOLDING_STATES
from app.domain.review import Flag

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
_ONE_DAY = timedelta(days=1)
EXPIRY_HORIZON = timedelta(days=EXPIRING_SOON_DAYS)  # as the home screen counts "soon"
SOLD_STATES = frozenset(state.value for state in HOLDING_STATES)
SUITABLE, WARN = "suitable", "warn"
ZERO = Decimal(0)
PER_THOUSAND = Decimal(1000)


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


class Figure(StrEnum):
    SALES_VS_TARGET = "sales_vs_target"
    CONVERSION = "conversion"
    MISMATCH_RATE = "mismatch_rate"
    OVERRIDE_RATE = "override_rate"
    ELDERLY_CARE_SHARE = "elderly_care_share"
    ASSESSMENTS_EXPIRING = "assessments_expiring"
    COMPLAINTS_PER_1000 = "complaints_per_1000"
    COMPLAINTS_DECIDED_IN_TIME = "complaints_decided_in_time"
    MEAN_SATISFACTION = "mean_satisfaction"
    VISITS_ON_TIME = "visits_on_time"


class Measure(StrEnum):
    ATTAINMENT = "attainment"  # money against money (a target)
    RATIO = "ratio"  # records counted / records in the base, 0–1
    COUNT = "count"  # records counted; the denominator only gives scale
    PER_THOUSAND = "per_thousand"  # records counted per 1,000 records of another kind
    MEAN = "mean"  # a sum of scores / the records scored


class Subject(StrEnum):
    """The kind of record a figure counts (what its drill-down lists)."""

    CASE = "case"
    CLIENT = "client"
    COMPLAINT = "complaint"
    SURVEY = "survey"


@dataclass(frozen=True)
class FigureSpec:
    figure: Figure
    measure: Measure
    subject: Subject

    @property
    def base_is_records(self) -> bool:
        """Whether the denominator is a set of records one can list (not a sum of targets)."""
        return self.measure is not Measure.ATTAINMENT

    @property
    def lists_base(self) -> bool:
        """Whether a drill-down can list a base the counted records were picked from.

        Not for a rate per 1,000 clients (its base is clients, another kind of record) nor
        for a mean (every record of its base is counted).
        """
        return self.measure in (Measure.ATTAINMENT, Measure.RATIO, Measure.COUNT)


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(Figure.SALES_VS_TARGET, Measure.ATTAINMENT, Subject.CASE),
    FigureSpec(Figure.CONVERSION, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.MISMATCH_RATE, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.OVERRIDE_RATE, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.ELDERLY_CARE_SHARE, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.ASSESSMENTS_EXPIRING, Measure.COUNT, Subject.CLIENT),
    FigureSpec(Figure.COMPLAINTS_PER_1000, Measure.PER_THOUSAND, Subject.COMPLAINT),
    FigureSpec(Figure.COMPLAINTS_DECIDED_IN_TIME, Measure.RATIO, Subject.COMPLAINT),
    FigureSpec(Figure.MEAN_SATISFACTION, Measure.MEAN, Subject.SURVEY),
    FigureSpec(Figure.VISITS_ON_TIME, Measure.RATIO, Subject.CASE),
)
_SPECS = {spec.figure: spec for spec in FIGURES}
ALL_FIGURES: tuple[Figure, ...] = tuple(_SPECS)


def spec_of(figure: Figure) -> FigureSpec:
    return _SPECS[figure]


# -- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFacts:
    """One (not deleted) sales case, as the KPIs see it."""

    case_id: str
    advisor_id: str
    state: str
    started_at: datetime
    signed_at: datetime | None = None
    amount: Decimal | None = None
    outcome: str | None = None
    own_initiative: bool = False
    review_flags: int = 0
    first_version: bool = True
    visit_due_by: datetime | None = None  # the return visit's deadline, if one is needed
    visited_at: datetime | None = None  # when the first completed visit was recorded


@dataclass(frozen=True)
class ClientFacts:
    """One (not deleted) client with the expiry of their newest assessment, if any."""

    client_id: str
    owner_id: str
    assessment_expires_at: datetime | None = None


@dataclass(frozen=True)
class TargetFacts:
    advisor_id: str
    month: str  # YYYY-MM
    amount: Decimal


@dataclass(frozen=True)
class ComplaintFacts:
    """One (not deleted) complaint of the branch.

    ``advisor_id`` is the advisor complained about (``None``: no case linked, the branch's
    only); ``decided_in_time`` whether the decision came within the base period (``None``
    while undecided).
    """

    complaint_id: str
    advisor_id: str | None
    received_at: datetime
    decided_in_time: bool | None = None


@dataclass(frozen=True)
class SurveyFacts:
    """One (not deleted) satisfaction survey; ``score`` ``None``: the client declined."""

    survey_id: str
    advisor_id: str | None
    recorded_at: datetime
    score: int | None = None


# -- per-record rules ----------------------------------------------------------------------


def signed_in(case: CaseFacts, window: Window) -> bool:
    return window.holds(case.signed_at)


def sold(case: CaseFacts) -> bool:
    """Signed and still standing: not cancelled, rejected, returned (or anything else)."""
    return case.signed_at is not None and case.state in SOLD_STATES


def started_in(case: CaseFacts, window: Window) -> bool:
    """A first version started in the window (what conversion counts from)."""
    return case.first_version and window.holds(case.started_at)


def mismatched(case: CaseFacts) -> bool:
    return case.outcome is not None and case.outcome != SUITABLE


def overridden(case: CaseFacts) -> bool:
    """A mismatch (``warn``) the client went ahead with on their own initiative."""
    return case.outcome == WARN and case.own_initiative


def elderly_care(case: CaseFacts) -> bool:
    return bool(case.review_flags & Flag.ELDERLY_CARE)


def visited_in_time(case: CaseFacts) -> bool:
    """A completed return visit recorded by the deadline (the deadline's instant included)."""
    due, done = case.visit_due_by, case.visited_at
    return due is not None and done is not None and done <= due


def case_membership(figure: Figure, case: CaseFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``case`` for a case figure.

    For sales against target the base is the targets, not cases: "in the base" is then
    whether the case was signed in the window, and "counted" whether its amount is summed.
    """
    if figure is Figure.CONVERSION:
        base = started_in(case, window)
        return base, base and case.signed_at is not None
    if figure is Figure.VISITS_ON_TIME:
        base = window.holds(case.visit_due_by)
        return base, base and visited_in_time(case)
    base = signed_in(case, window)
    if figure is Figure.SALES_VS_TARGET:
        return base, base and sold(case)
    if figure is Figure.MISMATCH_RATE:
        return base, base and mismatched(case)
    if figure is Figure.OVERRIDE_RATE:
        return base, base and overridden(case)
    if figure is Figure.ELDERLY_CARE_SHARE:
        return base, base and elderly_care(case)
    raise ValueError(f"not a case figure: {figure.value}")


def expiring(client: ClientFacts, window: Window) -> bool:
    at = client.assessment_expires_at
    return at is not None and window.now < at <= window.expiry_end


def client_membership(figure: Figure, client: ClientFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``client`` for a client figure."""
    if figure is Figure.ASSESSMENTS_EXPIRING:
        return True, expiring(client, window)
    raise ValueError(f"not a client figure: {figure.value}")


def complaint_membership(
    figure: Figure, complaint: ComplaintFacts, window: Window
) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``complaint`` for a complaint figure.

    Complaints per 1,000 clients counts every complaint received in the window (its base
    of clients comes from :func:`tally_records`).
    """
    received = window.holds(complaint.received_at)
    if figure is Figure.COMPLAINTS_PER_1000:
        return received, received
    if figure is Figure.COMPLAINTS_DECIDED_IN_TIME:
        base = received and complaint.decided_in_time is not None
        return base, base and bool(complaint.decided_in_time)
    raise ValueError(f"not a complaint figure: {figure.value}")


def survey_membership(figure: Figure, survey: SurveyFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``survey``: answered (not declined) in the window."""
    if figure is Figure.MEAN_SATISFACTION:
        answered = window.holds(survey.recorded_at) and survey.score is not None
        return answered, answered
    raise ValueError(f"not a survey figure: {figure.value}")


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


# -- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """A figure's numerator and denominator, with the ids behind them when known.

    ``ids`` are the records counted in the numerator; ``base_ids`` those of the
    denominator (empty when the denominator is not records, e.g. a sum of targets, or when
    the tally came from SQL aggregation — the service then fetches ids on drill-down).
    """

    numerator: Decimal = ZERO
    denominator: Decimal = ZERO
    ids: tuple[str, ...] = ()
    base_ids: tuple[str, ...] = ()

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.numerator + other.numerator,
            self.denominator + other.denominator,
            self.ids + other.ids,
            self.base_ids + other.base_ids,
        )


def value_of(figure: Figure, numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """The figure's value: the count for counts, else the ratio (``None`` over zero) —
    per 1,000 for a rate per 1,000, the mean score for a mean."""
    measure = spec_of(figure).measure
    if measure is Measure.COUNT:
        return numerator
    if denominator == 0:
        return None
    if measure is Measure.PER_THOUSAND:
        return numerator * PER_THOUSAND / denominator
    return numerator / denominator


@dataclass(frozen=True)
class FigureValue:
    figure: Figure
    numerator: Decimal
    denominator: Decimal
    value: Decimal | None
    ids: tuple[str, ...] = ()
    base_ids: tuple[str, ...] = ()

    @classmethod
    def of(cls, figure: Figure, tally: Tally) -> FigureValue:
        return cls(
            figure,
            tally.numerator,
            tally.denominator,
            value_of(figure, tally.numerator, tally.denominator),
            tuple(sorted(tally.ids)),
            tuple(sorted(tally.base_ids)),
        )


@dataclass(frozen=True)
class AdvisorScore:
    """One row of the dashboard: an advisor, or the branch total (``advisor_id`` None)."""

    advisor_id: str | None
    name: str
    figures: Mapping[Figure, FigureValue] = field(default_factory=dict)

    def __getitem__(self, figure: Figure) -> FigureValue:
        return self.figures[figure]


@dataclass(frozen=True)
class Scorecard:
    advisors: tuple[AdvisorScore, ...]
    total: AdvisorScore
    figures: tuple[Figure, ...] = ALL_FIGURES

    def row(self, advisor_id: str | None) -> AdvisorScore:
        if advisor_id is None:
            return self.total
        return next(a for a in self.advisors if a.advisor_id == advisor_id)


# Per advisor id; the key ``None`` holds what belongs to the branch but to no advisor.
Tallies = Mapping[str | None, Mapping[Figure, Tally]]


def scorecard(
    tallies: Tallies,
    names: Mapping[str, str],
    figures: Iterable[Figure] = ALL_FIGURES,
) -> Scorecard:
    """The dashboard rows from per-advisor tallies.

    Every advisor in ``names`` gets a row (zeros where nothing was counted), and so does
    any advisor id that only appears in ``tallies``; rows are sorted by name. The branch
    total sums numerators and denominators over all rows and the tallies of no advisor
    (key ``None``).
    """
    shown = tuple(figures)
    advisor_ids = set(names) | {key for key in tallies if key is not None}
    empty: Mapping[Figure, Tally] = {}
    rows: list[AdvisorScore] = []
    totals = dict.fromkeys(shown, Tally())
    for figure, tally in tallies.get(None, empty).items():
        if figure in totals:
            totals[figure] = totals[figure] + tally
    for advisor_id in advisor_ids:
        own = tallies.get(advisor_id, empty)
        values: dict[Figure, FigureValue] = {}
        for figure in shown:
            tally = own.get(figure, Tally())
            totals[figure] = totals[figure] + tally
            values[figure] = FigureValue.of(figure, tally)
        rows.append(AdvisorScore(advisor_id, names.get(advisor_id, advisor_id), values))
    rows.sort(key=lambda r: (r.name, r.advisor_id or ""))
    total = AdvisorScore(None, "", {f: FigureValue.of(f, totals[f]) for f in shown})
    return Scorecard(tuple(rows), total, shown)


def tally_records(
    cases: Iterable[CaseFacts],
    clients: Iterable[ClientFacts],
    targets: Iterable[TargetFacts],
    window: Window,
    complaints: Iterable[ComplaintFacts] = (),
    surveys: Iterable[SurveyFacts] = (),
) -> dict[str | None, dict[Figure, Tally]]:
    """Per-advisor tallies, with ids, straight from the records (the definition itself).

    Complaints and surveys of no advisor are tallied under ``None`` (the branch's only).
    """
    out: dict[str | None, dict[Figure, Tally]] = {}

    def add(advisor_id: str | None, figure: Figure, tally: Tally) -> None:
        own = out.setdefault(advisor_id, {})
        own[figure] = own.get(figure, Tally()) + tally

    one = Decimal(1)
    for case in cases:
        for spec in FIGURES:
            if spec.subject is not Subject.CASE:
                continue
            base, counted = case_membership(spec.figure, case, window)
            if not base:
                continue
            if spec.figure is Figure.SALES_VS_TARGET:
                if counted:
                    amount = case.amount if case.amount is not None else ZERO
                    add(case.advisor_id, spec.figure, Tally(amount, ZERO, (case.case_id,)))
                continue
            add(
                case.advisor_id,
                spec.figure,
                Tally(
                    one if counted else ZERO,
                    one,
                    (case.case_id,) if counted else (),
                    (case.case_id,),
                ),
            )
    for client in clients:
        for spec in FIGURES:
            if spec.subject is not Subject.CLIENT:
                continue
            base, counted = client_membership(spec.figure, client, window)
            if base:
                add(
                    client.owner_id,
                    spec.figure,
                    Tally(
                        one if counted else ZERO,
                        one,
                        (client.client_id,) if counted else (),
                        (client.client_id,),
                    ),
                )
        # The clients are the base of complaints per 1,000 clients.
        per_1000 = Tally(ZERO, one, (), (client.client_id,))
        add(client.owner_id, Figure.COMPLAINTS_PER_1000, per_1000)
    for complaint in complaints:
        for spec in FIGURES:
            if spec.subject is not Subject.COMPLAINT:
                continue
            base, counted = complaint_membership(spec.figure, complaint, window)
            if not base:
                continue
            ids = (complaint.complaint_id,)
            if spec.figure is Figure.COMPLAINTS_PER_1000:
                add(complaint.advisor_id, spec.figure, Tally(one, ZERO, ids))
                continue
            tally = Tally(one if counted else ZERO, one, ids if counted else (), ids)
            add(complaint.advisor_id, spec.figure, tally)
    for survey in surveys:
        base, _ = survey_membership(Figure.MEAN_SATISFACTION, survey, window)
        if base and survey.score is not None:
            ids = (survey.survey_id,)
            tally = Tally(Decimal(survey.score), one, ids, ids)
            add(survey.advisor_id, Figure.MEAN_SATISFACTION, tally)
    months = set(window.months)
    for target in targets:
        if target.month in months:
            add(target.advisor_id, Figure.SALES_VS_TARGET, Tally(ZERO, target.amount))
    return out


def compute(
    cases: Iterable[CaseFacts],
    clients: Iterable[ClientFacts],
    targets: Iterable[TargetFacts],
    window: Window,
    names: Mapping[str, str],
    complaints: Iterable[ComplaintFacts] = (),
    surveys: Iterable[SurveyFacts] = (),
) -> Scorecard:
    """Every figure per advisor and for the branch, with the ids behind each."""
    tallies = tally_records(cases, clients, targets, window, complaints, surveys)
    return scorecard(tallies, names)
