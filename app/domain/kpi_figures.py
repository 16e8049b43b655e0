"""The figures of the KPI dashboard (RULES §9): what each measures, and the results —
tallies, values, advisor rows and the scorecard. Pure, no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal(0)
PER_THOUSAND = Decimal(1000)


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
