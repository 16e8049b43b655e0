"""Properties of the KPI formulas and periods (hypothesis), plus the edges by example."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.kpis import (
    FIGURES,
    CaseFacts,
    ClientFacts,
    ComplaintFacts,
    Figure,
    Measure,
    Period,
    PeriodKind,
    Scorecard,
    SurveyFacts,
    Tally,
    TargetFacts,
    Window,
    case_membership,
    complaint_membership,
    compute,
    scorecard,
    spec_of,
    survey_membership,
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
        outcome = draw(st.sampled_from([None, "suitable", "warn", "prohibited"]))
        # Matched after starting and before signing.
        matched = draw(st.sampled_from([started, signed or started])) if outcome else None
        cases.append(
            CaseFacts(
                case_id=f"case-{i:03d}",
                advisor_id=draw(st.sampled_from(ADVISORS)),
                state=draw(st.sampled_from(STATES)),
                started_at=started,
                signed_at=signed,
                amount=draw(st.none() | amounts),
                outcome=outcome,
                own_initiative=draw(st.booleans()),
                review_flags=draw(st.integers(min_value=0, max_value=63)),
                first_version=draw(st.booleans()),
                visit_due_by=draw(st.none() | instants),
                visited_at=draw(st.none() | instants),
                matched_at=matched,
            )
        )
    return cases


@st.composite
def complaint_lists(draw: st.DrawFn) -> list[ComplaintFacts]:
    count = draw(st.integers(min_value=0, max_value=15))
    return [
        ComplaintFacts(
            f"complaint-{i:03d}",
            draw(st.none() | st.sampled_from(ADVISORS)),
            draw(instants),
            draw(st.sampled_from([None, True, False])),
        )
        for i in range(count)
    ]


@st.composite
def survey_lists(draw: st.DrawFn) -> list[SurveyFacts]:
    count = draw(st.integers(min_value=0, max_value=15))
    return [
        SurveyFacts(
            f"survey-{i:03d}",
            draw(st.none() | st.sampled_from(ADVISORS)),
            draw(instants),
            draw(st.none() | st.integers(min_value=1, max_value=5)),
        )
        for i in range(count)
    ]


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
    complaints: list[ComplaintFacts] | None = None,
    surveys: list[SurveyFacts] | None = None,
) -> Scorecard:
    window = Window.of(period, NOW)
    return compute(cases, clients, targets, window, NAMES, complaints or [], surveys or [])


# -- figures ---------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    case_lists(),
    client_lists(),
    target_lists(),
    st.sampled_from([MARCH, Q1]),
    complaint_lists(),
    survey_lists(),
)
def test_the_branch_total_is_the_sum_of_its_advisors_and_of_nobodys(
    cases: list[CaseFacts],
    clients: list[ClientFacts],
    targets: list[TargetFacts],
    period: Period,
    complaints: list[ComplaintFacts],
    surveys: list[SurveyFacts],
) -> None:
    result = card(cases, clients, targets, period, complaints, surveys)
    assert {r.advisor_id for r in result.advisors} >= set(NAMES)
    assert None not in {r.advisor_id for r in result.advisors}  # nobody has no row
    # What is about nobody in particular adds to the branch total alone.
    nobodys = tally_records([], [], [], Window.of(period, NOW), complaints, surveys).get(None, {})
    for figure in result.figures:
        rows = [r[figure] for r in result.advisors]
        total, extra = result.total[figure], nobodys.get(figure, Tally())
        assert total.numerator == sum((r.numerator for r in rows), extra.numerator)
        assert total.denominator == sum((r.denominator for r in rows), extra.denominator)
        assert sorted([*(i for r in rows for i in r.ids), *extra.ids]) == list(total.ids)
        base_ids = [*(i for r in rows for i in r.base_ids), *extra.base_ids]
        assert sorted(base_ids) == list(total.base_ids)


@settings(max_examples=150, deadline=None)
@given(case_lists(), client_lists(), target_lists(), complaint_lists(), survey_lists())
def test_each_figure_is_its_numerator_over_its_denominator(
    cases: list[CaseFacts],
    clients: list[ClientFacts],
    targets: list[TargetFacts],
    complaints: list[ComplaintFacts],
    surveys: list[SurveyFacts],
) -> None:
    result = card(cases, clients, targets, MARCH, complaints, surveys)
    by_id = {c.case_id: c for c in cases}
    scores = {s.survey_id: s.score for s in surveys}
    client_ids = {c.client_id for c in clients}
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
            elif spec.measure is Measure.PER_THOUSAND:
                # Complaints counted, per 1,000 clients (another kind of record).
                assert value.numerator == len(value.ids)
                assert value.denominator == len(value.base_ids)
                assert set(value.base_ids) <= client_ids
            elif spec.measure is Measure.MEAN:
                # The scores of the surveys answered, over how many there are.
                assert value.ids == value.base_ids
                assert value.numerator == sum(Decimal(scores[i] or 0) for i in value.ids)
                assert value.denominator == len(value.ids)
            else:
                assert set(value.ids) <= set(value.base_ids)
                assert value.numerator == len(value.ids)
                assert value.denominator == len(value.base_ids)
            if spec.measure is Measure.COUNT:
                assert value.value == value.numerator
            elif value.denominator == 0:
                assert value.value is None
            elif spec.measure is Measure.PER_THOUSAND:
                assert value.value == value.numerator * 1000 / value.denominator
            else:
                assert value.value == value.numerator / value.denominator
                if spec.measure is Measure.RATIO:
                    assert 0 <= value.value <= 1
                if spec.measure is Measure.MEAN:
                    assert 1 <= value.value <= 5


@settings(max_examples=100, deadline=None)
@given(
    case_lists(),
    client_lists(),
    target_lists(),
    complaint_lists(),
    survey_lists(),
    st.randoms(use_true_random=False),
)
def test_the_order_of_the_records_does_not_matter(
    cases: list[CaseFacts],
    clients: list[ClientFacts],
    targets: list[TargetFacts],
    complaints: list[ComplaintFacts],
    surveys: list[SurveyFacts],
    rng: random.Random,
) -> None:
    shuffled: list[list[Any]] = [cases[:], clients[:], targets[:], complaints[:], surveys[:]]
    for items in shuffled:
        rng.shuffle(items)
    a, b, c, d, e = shuffled
    assert card(cases, clients, targets, MARCH, complaints, surveys) == card(a, b, c, MARCH, d, e)


@settings(max_examples=100, deadline=None)
@given(case_lists(), target_lists(), complaint_lists(), survey_lists())
def test_a_quarter_is_the_sum_of_its_months(
    cases: list[CaseFacts],
    targets: list[TargetFacts],
    complaints: list[ComplaintFacts],
    surveys: list[SurveyFacts],
) -> None:
    quarter = card(cases, [], targets, Q1, complaints, surveys)
    months = [card(cases, [], targets, Period.parse(m), complaints, surveys) for m in Q1.months()]
    for figure in quarter.figures:
        if spec_of(figure).measure is Measure.COUNT:
            continue  # taken "now", not per period
        total = quarter.total[figure]
        assert total.numerator == sum((m.total[figure].numerator for m in months), Decimal(0))
        assert total.denominator == sum((m.total[figure].denominator for m in months), Decimal(0))
        assert list(total.ids) == sorted(i for m in months for i in m.total[figure].ids)


@settings(max_examples=100, deadline=None)
@given(case_lists(), client_lists(), target_lists(), complaint_lists(), survey_lists())
def test_counts_without_ids_give_the_same_figures(
    cases: list[CaseFacts],
    clients: list[ClientFacts],
    targets: list[TargetFacts],
    complaints: list[ComplaintFacts],
    surveys: list[SurveyFacts],
) -> None:
    """What SQL aggregation hands over (bare counts) yields the same numbers."""
    window = Window.of(MARCH, NOW)
    tallies = tally_records(cases, clients, targets, window, complaints, surveys)
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
        "matched_at": datetime(2026, 3, 2, 1, tzinfo=UTC),
    }
    defaults.update(values)
    return CaseFacts(**defaults)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "figure", "expected"),
    [
        ({}, Figure.SALES_VS_TARGET, (True, True)),
        ({"state": "cancelled"}, Figure.SALES_VS_TARGET, (True, False)),
        ({"state": "returned"}, Figure.SALES_VS_TARGET, (False, False)),  # superseded
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
        ({}, Figure.MISMATCH_RATE, (True, False)),
        ({"outcome": None, "matched_at": None}, Figure.MISMATCH_RATE, (False, False)),
        ({"outcome": "warn", "state": "returned"}, Figure.MISMATCH_RATE, (False, False)),
        (
            {"outcome": "warn", "matched_at": datetime(2026, 2, 28, 15, 59, tzinfo=UTC)},
            Figure.MISMATCH_RATE,
            (False, False),
        ),
        (
            {"outcome": "prohibited", "signed_at": None, "state": "matched"},
            Figure.MISMATCH_RATE,
            (True, True),
        ),
        ({"outcome": "warn", "own_initiative": True}, Figure.OVERRIDE_RATE, (True, True)),
        ({"outcome": "warn"}, Figure.OVERRIDE_RATE, (True, True)),  # signed: overridden
        (
            {"outcome": "prohibited", "signed_at": None, "state": "matched"},
            Figure.OVERRIDE_RATE,
            (True, False),
        ),
        ({"own_initiative": True}, Figure.OVERRIDE_RATE, (False, False)),  # not a mismatch
        ({"state": "returned"}, Figure.ELDERLY_CARE_SHARE, (False, False)),
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


# -- the after-sale figures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, (True, True)),  # due in March, visited by the deadline
        ({"visited_at": datetime(2026, 3, 13, 15, 59, 59, 999999, UTC)}, (True, True)),
        ({"visited_at": datetime(2026, 3, 13, 16, tzinfo=UTC)}, (True, False)),  # a µs late
        ({"visited_at": None}, (True, False)),  # never visited
        ({"visit_due_by": None}, (False, False)),  # needs no visit
        ({"visit_due_by": MARCH.bounds()[1]}, (False, False)),  # due in April
        ({"visit_due_by": MARCH.bounds()[0], "visited_at": MARCH.bounds()[0]}, (True, True)),
    ],
)
def test_return_visits_on_time(changes: dict[str, object], expected: tuple[bool, bool]) -> None:
    values: dict[str, object] = {
        "visit_due_by": datetime(2026, 3, 13, 15, 59, 59, 999999, UTC),
        "visited_at": datetime(2026, 3, 9, tzinfo=UTC),
        **changes,
    }
    window = Window.of(MARCH, NOW)
    assert case_membership(Figure.VISITS_ON_TIME, case(**values), window) == expected


def test_complaint_and_survey_membership() -> None:
    window = Window.of(MARCH, NOW)
    start, end = MARCH.bounds()

    def complaint(at: datetime, in_time: bool | None) -> tuple[bool, bool, bool, bool]:
        facts = ComplaintFacts("k", "adv-a", at, in_time)
        return (
            *complaint_membership(Figure.COMPLAINTS_PER_1000, facts, window),
            *complaint_membership(Figure.COMPLAINTS_DECIDED_IN_TIME, facts, window),
        )

    assert complaint(start, True) == (True, True, True, True)
    assert complaint(start, False) == (True, True, True, False)
    assert complaint(start, None) == (True, True, False, False)  # undecided: not in the base
    assert complaint(end, True) == (False, False, False, False)  # April
    answered = SurveyFacts("s", None, end - timedelta(microseconds=1), 4)
    assert survey_membership(Figure.MEAN_SATISFACTION, answered, window) == (True, True)
    declined = SurveyFacts("s", None, start, None)
    assert survey_membership(Figure.MEAN_SATISFACTION, declined, window) == (False, False)
    with pytest.raises(ValueError):
        complaint_membership(Figure.MEAN_SATISFACTION, ComplaintFacts("k", None, start), window)


def test_complaints_per_1000_clients_and_the_mean_score() -> None:
    clients = [ClientFacts(f"c{i}", "adv-a") for i in range(3)] + [ClientFacts("d", "adv-b")]
    complaints = [
        ComplaintFacts("k1", "adv-a", NOW, True),
        ComplaintFacts("k2", None, NOW, False),  # about nobody: the branch's only
    ]
    surveys = [
        SurveyFacts("s1", "adv-a", NOW, 5),
        SurveyFacts("s2", "adv-a", NOW, 4),
        SurveyFacts("s3", "adv-a", NOW, None),  # declined
        SurveyFacts("s4", None, NOW, 1),
    ]
    result = card([], clients, [], MARCH, complaints, surveys)
    a = result.row("adv-a")
    rate = a[Figure.COMPLAINTS_PER_1000]
    assert (rate.numerator, rate.denominator, rate.ids) == (1, 3, ("k1",))
    assert rate.value == Decimal(1000) / 3
    assert result.row("adv-b")[Figure.COMPLAINTS_PER_1000].value == 0
    total = result.total[Figure.COMPLAINTS_PER_1000]
    assert (total.numerator, total.denominator, total.value) == (2, 4, 500)
    decided = result.total[Figure.COMPLAINTS_DECIDED_IN_TIME]
    assert (decided.numerator, decided.denominator, decided.ids) == (1, 2, ("k1",))
    mean = a[Figure.MEAN_SATISFACTION]
    assert (mean.numerator, mean.denominator, mean.value) == (9, 2, Decimal("4.5"))
    assert result.total[Figure.MEAN_SATISFACTION].value == Decimal(10) / 3
    assert result.row("adv-b")[Figure.MEAN_SATISFACTION].value is None  # nobody answered
