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

"Cases signed in the period" are every case with ``signed_at`` in the period, whatever
happened to it afterwards (cancelled, returned, rejected sales were still sold that way).
Deleted (tombstoned) rows never count; the caller leaves them out.

Each figure is a numerator, a denominator, a value, and the ids of the records behind it
(the counted ones and the base they were counted in) so a supervisor can drill down to
exactly those records. The service computes the counts with SQL aggregation and uses the
per-record rules here (:func:`case_membership`, :func:`client_membership`) as the
definition its queries must agree with; tests hold the two together. More figures (the
after-sale ones: complaints, satisfaction, return visits) are added as a new
:class:`Figure`, its :class:`FigureSpec` in :data:`FIGURES` and its counting rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.domain.assessment_rules import EXPIRING_SOON_DAYS
from app.domain.case_flow import HOLDING_STATES
from app.domain.review import Flag

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
EXPIRY_HORIZON = timedelta(days=EXPIRING_SOON_DAYS)  # as the home screen counts "soon"
SOLD_STATES = frozenset(state.value for state in HOLDING_STATES)
SUITABLE, WARN = "suitable", "warn"
ZERO = Decimal(0)


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


class Measure(StrEnum):
    ATTAINMENT = "attainment"  # money against money (a target)
    RATIO = "ratio"  # records counted / records in the base, 0–1
    COUNT = "count"  # records counted; the denominator only gives scale


class Subject(StrEnum):
    CASE = "case"
    CLIENT = "client"


@dataclass(frozen=True)
class FigureSpec:
    figure: Figure
    measure: Measure
    subject: Subject

    @property
    def base_is_records(self) -> bool:
        """Whether the denominator is a set of records one can list (not a sum of targets)."""
        return self.measure is not Measure.ATTAINMENT


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(Figure.SALES_VS_TARGET, Measure.ATTAINMENT, Subject.CASE),
    FigureSpec(Figure.CONVERSION, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.MISMATCH_RATE, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.OVERRIDE_RATE, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.ELDERLY_CARE_SHARE, Measure.RATIO, Subject.CASE),
    FigureSpec(Figure.ASSESSMENTS_EXPIRING, Measure.COUNT, Subject.CLIENT),
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


def case_membership(figure: Figure, case: CaseFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``case`` for a case figure.

    For sales against target the base is the targets, not cases: "in the base" is then
    whether the case was signed in the window, and "counted" whether its amount is summed.
    """
    if figure is Figure.CONVERSION:
        base = started_in(case, window)
        return base, base and case.signed_at is not None
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
    """The figure's value: the count for counts, else the ratio (``None`` over zero)."""
    if spec_of(figure).measure is Measure.COUNT:
        return numerator
    if denominator == 0:
        return None
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


Tallies = Mapping[str, Mapping[Figure, Tally]]


def scorecard(
    tallies: Tallies,
    names: Mapping[str, str],
    figures: Iterable[Figure] = ALL_FIGURES,
) -> Scorecard:
    """The dashboard rows from per-advisor tallies.

    Every advisor in ``names`` gets a row (zeros where nothing was counted), and so does
    any advisor id that only appears in ``tallies``; rows are sorted by name. The branch
    total sums numerators and denominators over all rows.
    """
    shown = tuple(figures)
    advisor_ids = set(names) | set(tallies)
    empty: Mapping[Figure, Tally] = {}
    rows: list[AdvisorScore] = []
    totals = dict.fromkeys(shown, Tally())
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
) -> dict[str, dict[Figure, Tally]]:
    """Per-advisor tallies, with ids, straight from the records (the definition itself)."""
    out: dict[str, dict[Figure, Tally]] = {}

    def add(advisor_id: str, figure: Figure, tally: Tally) -> None:
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
) -> Scorecard:
    """Every figure per advisor and for the branch, with the ids behind each."""
    return scorecard(tally_records(cases, clients, targets, window), names)
