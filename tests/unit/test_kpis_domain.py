"""Properties of the KPI formulas and periods (hypothesis), plus the edges by example."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.kpis import (
    FIGURES,
    LOCAL_ZONE,
    CaseFacts,
    ClientFacts,
    Figure,
    Measure,
    Period,
    PeriodKind,
    Scorecard,
    Tally,
    TargetFacts,
    Window,
    case_membership,
    compute,
    is_month_key,
    scorecard,
    spec_of,
    tally_records,
)
from app.domain.review import Flag

ADVISORS = ("adv-a", "adv-b", "adv-c")
STATES = (
    "draft",
    "profiled",
    "assessed",
    "matched",
    "disclosed",
    "signed",
    "submitted",
    "approved",
    "returned",
    "rejected",
    "cancelled",
    "expired",
)
MARCH = Period(PeriodKind.MONTH, 2026, 3)
Q1 = Period(PeriodKind.QUARTER, 2026, 1)
NOW = datetime(2026, 3, 20, 4, 0, tzinfo=UTC)
START, END = datetime(2025, 12, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)
# Instants right at the edges of the months around Q1 (Shanghai midnights), and a second off.
EDGES = [
    edge + delta
    for p in Period(PeriodKind.MONTH, 2026, 4).recent(5)
    for edge in p.bounds()
    for delta in (timedelta(0), timedelta(seconds=-1), timedelta(microseconds=1))
]

instants = st.one_of(
    st.datetimes(min_value=START.replace(tzinfo=None), max_value=END.replace(tzinfo=None)).map(
        lambda d: d.replace(tzinfo=UTC)
    ),
    st.sampled_from(EDGES),
)
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)


@st.composite
def case_lists(draw: st.DrawFn) -> list[CaseFacts]:
    count = draw(st.integers(min_value=0, max_value=30))
    cases = []
    for i in range(count):
        started = draw(instants)
        signed = draw(st.none() | instants.filter(lambda s, started=started: s >= started))
        cases.append(
            CaseFacts(
                case_id=f"case-{i:03d}",
                advisor_id=draw(st.sampled_from(ADVISORS)),
                state=draw(st.sampled_from(STATES)),
                started_at=started,
                signed_at=signed,
                amount=draw(st.none() | amounts),
                outcome=draw(st.sampled_from([None, "suitable", "warn", "prohibited"])),
                own_initiative=draw(st.booleans()),
                review_flags=draw(st.integers(min_value=0, max_value=63)),
                first_version=draw(st.booleans()),
            )
        )
    return cases


@st.composite
def client_lists(draw: st.DrawFn) -> list[ClientFacts]:
    count = draw(st.integers(min_value=0, max_value=20))
    near_now = st.sampled_from(
        [NOW, NOW + timedelta(days=30), NOW + timedelta(days=30, microseconds=1)]
    ) | st.datetimes(
        min_value=(NOW - timedelta(days=60)).replace(tzinfo=None),
        max_value=(NOW + timedelta(days=60)).replace(tzinfo=None),
    ).map(lambda d: d.replace(tzinfo=UTC))
    return [
        ClientFacts(f"client-{i:03d}", draw(st.sampled_from(ADVISORS)), draw(st.none() | near_now))
        for i in range(count)
    ]


@st.composite
def target_lists(draw: st.DrawFn) -> list[TargetFacts]:
    months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    pairs = draw(
        st.lists(st.tuples(st.sampled_from(ADVISORS), st.sampled_from(months)), unique=True)
    )
    return [TargetFacts(a, m, draw(amounts)) for a, m in pairs]


PER_YEAR = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.YEAR: 1}
periods = st.builds(
    lambda kind, year, n: Period(kind, year, n % PER_YEAR[kind] + 1),
    st.sampled_from(list(PeriodKind)),
    st.integers(min_value=1971, max_value=2200),
    st.integers(min_value=0, max_value=11),
)
NAMES = {"adv-a": "甲", "adv-b": "乙"}  # adv-c has no name: it appears only through data


def card(
    cases: list[CaseFacts],
    clients: list[ClientFacts],
    targets: list[TargetFacts],
    period: Period = MARCH,
) -> Scorecard:
    return compute(cases, clients, targets, Window.of(period, NOW), NAMES)


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


# -- figures ---------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(case_lists(), client_lists(), target_lists(), st.sampled_from([MARCH, Q1]))
def test_the_branch_total_is_the_sum_of_its_advisors(
    cases: list[CaseFacts], clients: list[ClientFacts], targets: list[TargetFacts], period: Period
) -> None:
    result = card(cases, clients, targets, period)
    assert {r.advisor_id for r in result.advisors} >= set(NAMES)
    for figure in result.figures:
        rows = [r[figure] for r in result.advisors]
        total = result.total[figure]
        assert total.numerator == sum((r.numerator for r in rows), Decimal(0))
        assert total.denominator == sum((r.denominator for r in rows), Decimal(0))
        assert sorted(i for r in rows for i in r.ids) == list(total.ids)
        assert sorted(i for r in rows for i in r.base_ids) == list(total.base_ids)


@settings(max_examples=150, deadline=None)
@given(case_lists(), client_lists(), target_lists())
def test_each_figure_is_its_numerator_over_its_denominator(
    cases: list[CaseFacts], clients: list[ClientFacts], targets: list[TargetFacts]
) -> None:
    result = card(cases, clients, targets)
    by_id = {c.case_id: c for c in cases}
    window = Window.of(MARCH, NOW)
    for row in (*result.advisors, result.total):
        for spec in FIGURES:
            value = row[spec.figure]
            if spec.measure is Measure.ATTAINMENT:
                # The sum of the counted cases' amounts, all of them signed in the window.
                assert value.numerator == sum(
                    (by_id[i].amount or Decimal(0) for i in value.ids), Decimal(0)
                )
                assert all(window.holds(by_id[i].signed_at) for i in value.ids)
                assert value.base_ids == ()
            else:
                assert set(value.ids) <= set(value.base_ids)
                assert value.numerator == len(value.ids)
                assert value.denominator == len(value.base_ids)
            if spec.measure is Measure.COUNT:
                assert value.value == value.numerator
            elif value.denominator == 0:
                assert value.value is None
            else:
                assert value.value == value.numerator / value.denominator
                if spec.measure is Measure.RATIO:
                    assert 0 <= value.value <= 1


@settings(max_examples=100, deadline=None)
@given(case_lists(), client_lists(), target_lists(), st.randoms(use_true_random=False))
def test_the_order_of_the_records_does_not_matter(
    cases: list[CaseFacts],
    clients: list[ClientFacts],
    targets: list[TargetFacts],
    rng: random.Random,
) -> None:
    shuffled = [cases[:], clients[:], targets[:]]
    for items in shuffled:
        rng.shuffle(items)
    assert card(cases, clients, targets) == card(*shuffled)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(case_lists(), target_lists())
def test_a_quarter_is_the_sum_of_its_months(
    cases: list[CaseFacts], targets: list[TargetFacts]
) -> None:
    quarter = card(cases, [], targets, Q1)
    months = [card(cases, [], targets, Period.parse(m)) for m in Q1.months()]
    for figure in quarter.figures:
        if spec_of(figure).measure is Measure.COUNT:
            continue  # taken "now", not per period
        total = quarter.total[figure]
        assert total.numerator == sum((m.total[figure].numerator for m in months), Decimal(0))
        assert total.denominator == sum((m.total[figure].denominator for m in months), Decimal(0))
        assert list(total.ids) == sorted(i for m in months for i in m.total[figure].ids)


@settings(max_examples=100, deadline=None)
@given(case_lists(), client_lists(), target_lists())
def test_counts_without_ids_give_the_same_figures(
    cases: list[CaseFacts], clients: list[ClientFacts], targets: list[TargetFacts]
) -> None:
    """What SQL aggregation hands over (bare counts) yields the same numbers."""
    window = Window.of(MARCH, NOW)
    tallies = tally_records(cases, clients, targets, window)
    bare = {
        advisor: {f: Tally(t.numerator, t.denominator) for f, t in figures.items()}
        for advisor, figures in tallies.items()
    }
    full, counts = scorecard(tallies, NAMES), scorecard(bare, NAMES)
    for a, b in zip((*full.advisors, full.total), (*counts.advisors, counts.total), strict=True):
        assert a.advisor_id == b.advisor_id
        for figure in full.figures:
            assert (a[figure].numerator, a[figure].denominator, a[figure].value) == (
                b[figure].numerator,
                b[figure].denominator,
                b[figure].value,
            )


# -- the definitions, by example -------------------------------------------------------------


def case(**values: object) -> CaseFacts:
    defaults: dict[str, object] = {
        "case_id": "c1",
        "advisor_id": "adv-a",
        "state": "approved",
        "started_at": datetime(2026, 3, 2, tzinfo=UTC),
        "signed_at": datetime(2026, 3, 3, tzinfo=UTC),
        "amount": Decimal("1000.00"),
        "outcome": "suitable",
    }
    defaults.update(values)
    return CaseFacts(**defaults)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "figure", "expected"),
    [
        ({}, Figure.SALES_VS_TARGET, (True, True)),
        ({"state": "cancelled"}, Figure.SALES_VS_TARGET, (True, False)),
        ({"state": "returned"}, Figure.SALES_VS_TARGET, (True, False)),
        ({"state": "rejected"}, Figure.SALES_VS_TARGET, (True, False)),
        ({"signed_at": MARCH.bounds()[1]}, Figure.SALES_VS_TARGET, (False, False)),
        ({"signed_at": MARCH.bounds()[0]}, Figure.SALES_VS_TARGET, (True, True)),
        ({"signed_at": None, "state": "matched"}, Figure.CONVERSION, (True, False)),
        ({"first_version": False}, Figure.CONVERSION, (False, False)),
        (
            {"started_at": datetime(2026, 2, 28, 15, 59, tzinfo=UTC)},
            Figure.CONVERSION,
            (False, False),
        ),
        ({"signed_at": datetime(2026, 5, 1, tzinfo=UTC)}, Figure.CONVERSION, (True, True)),
        ({"outcome": "warn"}, Figure.MISMATCH_RATE, (True, True)),
        ({"outcome": None}, Figure.MISMATCH_RATE, (True, False)),
        ({"outcome": "warn", "own_initiative": True}, Figure.OVERRIDE_RATE, (True, True)),
        ({"outcome": "warn"}, Figure.OVERRIDE_RATE, (True, False)),
        ({"own_initiative": True}, Figure.OVERRIDE_RATE, (True, False)),  # not a mismatch
        (
            {"review_flags": int(Flag.ELDERLY_CARE | Flag.WARN)},
            Figure.ELDERLY_CARE_SHARE,
            (True, True),
        ),
        ({"review_flags": int(Flag.WARN)}, Figure.ELDERLY_CARE_SHARE, (True, False)),
    ],
)
def test_case_membership(
    changes: dict[str, object], figure: Figure, expected: tuple[bool, bool]
) -> None:
    assert case_membership(figure, case(**changes), Window.of(MARCH, NOW)) == expected


def test_expiring_assessments_are_those_still_valid_for_at_most_30_days() -> None:
    clients = [
        ClientFacts("now", "adv-a", NOW),  # expired at this instant (valid while at < expiry)
        ClientFacts("soon", "adv-a", NOW + timedelta(seconds=1)),
        ClientFacts("edge", "adv-a", NOW + timedelta(days=30)),
        ClientFacts("later", "adv-a", NOW + timedelta(days=30, seconds=1)),
        ClientFacts("never", "adv-a", None),
    ]
    value = card([], clients, []).row("adv-a")[Figure.ASSESSMENTS_EXPIRING]
    assert (value.ids, value.numerator, value.denominator, value.value) == (
        ("edge", "soon"),
        2,
        5,
        2,
    )


def test_sales_against_target_sums_the_months_of_the_period() -> None:
    targets = [
        TargetFacts("adv-a", "2026-01", Decimal("100.00")),
        TargetFacts("adv-a", "2026-03", Decimal("300.00")),
        TargetFacts("adv-a", "2026-04", Decimal("900.00")),
    ]
    cases = [case(), case(case_id="c2", amount=None), case(case_id="c3", state="cancelled")]
    march = card(cases, [], targets).row("adv-a")[Figure.SALES_VS_TARGET]
    assert (march.numerator, march.denominator, march.ids) == (
        Decimal("1000.00"),
        Decimal("300.00"),
        ("c1", "c2"),
    )
    assert march.value == Decimal("1000.00") / Decimal("300.00")
    quarter = card(cases, [], targets, Q1).row("adv-a")[Figure.SALES_VS_TARGET]
    assert quarter.denominator == Decimal("400.00")
    assert card([], [], [], Q1).row("adv-a")[Figure.SALES_VS_TARGET].value is None


def test_rows_are_sorted_by_name_and_unknown_advisors_still_count() -> None:
    result = card([case(advisor_id="adv-c")], [], [])
    # By name (code point order, the same on every machine); a name-less id sorts as itself.
    assert [r.name for r in result.advisors] == ["adv-c", "乙", "甲"]
    assert [r.advisor_id for r in result.advisors] == ["adv-c", "adv-b", "adv-a"]
    assert result.total[Figure.CONVERSION].numerator == 1
