"""The KPI dashboard service over a small branch whose figures were computed by hand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.domain.kpis import LOCAL_ZONE, Figure, Period, PeriodKind, Window, compute, spec_of
from app.domain.roles import Role
from app.domain.rulepack import RulePackError, parse_overlay
from app.errors import NotFound, PermissionDenied, ValidationFailed
from app.resources import resource_path
from app.services import kpi_after_sale, kpi_sales, kpis, work_calendar
from app.services.context import Actor, Workspace
from app.services.kpis import DrillRow, Part
from app.store.models import OutboxOp, SalesCase, SalesTarget
from tests.conftest import Office, audit_rows, mainland_id
from tests.kpi_expected import (
    DECIDED_IN_MARCH,
    EXPECTED_MARCH,
    MATCHED_IN_MARCH,
    SIGNED_IN_MARCH,
    STARTED_IN_MARCH,
    VISITS_DUE_IN_MARCH,
)
from tests.kpi_world import (
    MARCH,
    NOW,
    Q1,
    KpiWorld,
    assessment_row,
    build,
    synced_fields,
)
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import SUITABLE, WARN
from tests.unit.test_signing_service import disclosed_case, sign

D = Decimal


@pytest.fixture
def world(office: Office) -> KpiWorld:
    return build(office.admin_ws, office.admin)


def test_march_figures_equal_the_hand_computed_set(world: KpiWorld) -> None:
    board = kpis.dashboard(world.ws, world.supervisor, MARCH)
    assert board.as_of == NOW and board.period == MARCH
    # One row per active advisor of the branch (not the disabled one, not the other
    # branch's), sorted by name, plus the branch total.
    assert [row.name for row in board.advisors] == ["孙无", "李明", "赵丽"]
    for label, expected in EXPECTED_MARCH.items():
        row = board.total if label is None else board.scores.row(world.users[label])
        for figure, (numerator, denominator, _ids) in expected.items():
            value = row[figure]
            assert (value.numerator, value.denominator) == (numerator, denominator), (
                label,
                figure,
            )


def test_values_are_the_ratios_and_none_without_a_base(world: KpiWorld) -> None:
    board = kpis.dashboard(world.ws, world.supervisor, MARCH)
    a = board.scores.row(world.users["A"])
    b = board.scores.row(world.users["B"])
    assert a[Figure.SALES_VS_TARGET].value == D("215000.00") / D("300000.00")
    assert b[Figure.SALES_VS_TARGET].value is None  # no March target for B
    assert a[Figure.CONVERSION].value == D("0.8")
    assert board.total[Figure.MISMATCH_RATE].value == D(2) / D(10)
    assert a[Figure.ASSESSMENTS_EXPIRING].value == 2  # a count
    assert board.scores.row(world.users["D"])[Figure.CONVERSION].value is None
    # The after-sale figures: per 1,000 clients, shares, a mean score.
    assert a[Figure.COMPLAINTS_PER_1000].value == D(3000) / D(7)
    assert b[Figure.COMPLAINTS_PER_1000].value == 1000
    assert board.total[Figure.COMPLAINTS_PER_1000].value == D(6000) / D(9)
    assert b[Figure.COMPLAINTS_DECIDED_IN_TIME].value is None  # nothing decided yet
    assert board.total[Figure.COMPLAINTS_DECIDED_IN_TIME].value == D("0.75")
    assert a[Figure.MEAN_SATISFACTION].value == D(10) / D(3)
    assert board.total[Figure.MEAN_SATISFACTION].value == D("3.6")
    assert a[Figure.VISITS_ON_TIME].value == D("0.5")
    assert board.total[Figure.VISITS_ON_TIME].value == D("0.6")


def test_quarter_adds_february_and_the_months_targets(world: KpiWorld) -> None:
    board = kpis.dashboard(world.ws, world.supervisor, Q1)
    a = board.scores.row(world.users["A"])
    b = board.scores.row(world.users["B"])
    sales = a[Figure.SALES_VS_TARGET]
    assert (sales.numerator, sales.denominator) == (D("314999.99"), D("550000.00"))
    assert (a[Figure.CONVERSION].numerator, a[Figure.CONVERSION].denominator) == (6, 7)
    sales_b = b[Figure.SALES_VS_TARGET]
    assert (sales_b.numerator, sales_b.denominator) == (D("280000.00"), D("50000.00"))
    assert (b[Figure.CONVERSION].numerator, b[Figure.CONVERSION].denominator) == (5, 7)


@pytest.mark.parametrize(
    "period",
    [
        MARCH,
        Q1,
        Period(PeriodKind.MONTH, 2026, 2),
        Period(PeriodKind.MONTH, 2026, 4),
        Period(PeriodKind.QUARTER, 2026, 2),
        Period(PeriodKind.YEAR, 2026),
        Period(PeriodKind.YEAR, 2025),
    ],
    ids=lambda p: p.key(),
)
def test_sql_aggregation_agrees_with_the_domain_definition(world: KpiWorld, period: Period) -> None:
    board = kpis.dashboard(world.ws, world.supervisor, period)
    expected = compute(
        world.case_facts(),
        world.client_facts(),
        world.target_facts(),
        Window.of(period, NOW),
        world.names(),
        world.complaint_facts(),
        world.survey_facts(),
    )
    for row in (*expected.advisors, expected.total):
        got = board.scores.row(row.advisor_id)
        assert got.name == row.name
        for figure in expected.figures:
            mine, theirs = got[figure], row[figure]
            assert (mine.numerator, mine.denominator, mine.value) == (
                theirs.numerator,
                theirs.denominator,
                theirs.value,
            ), (row.name, figure)
            # Drill-down lists exactly the records the definition counts…
            counted = kpis.drill_down(
                world.ws, world.supervisor, period, row.advisor_id, figure, as_of=NOW
            )
            ids = [r.record_id for r in counted]
            assert sorted(ids) == list(theirs.ids), (row.name, figure)
            # …and the base its denominator came from (when that is records of its kind).
            if spec_of(figure).lists_base and figure is not Figure.SALES_VS_TARGET:
                base = kpis.drill_down(
                    world.ws,
                    world.supervisor,
                    period,
                    row.advisor_id,
                    figure,
                    part=Part.BASE,
                    as_of=NOW,
                )
                base_ids = [r.record_id for r in base]
                assert sorted(base_ids) == list(theirs.base_ids)
                assert {i for r, i in zip(base, base_ids, strict=True) if r.counted} == set(
                    theirs.ids
                )


def test_drill_down_returns_exactly_the_counted_cases(world: KpiWorld) -> None:
    for label, expected in EXPECTED_MARCH.items():
        advisor_id = None if label is None else world.users[label]
        for figure, (_n, _d, ids) in expected.items():
            rows = kpis.drill_down(world.ws, world.supervisor, MARCH, advisor_id, figure)
            found = [r.record_id for r in rows]
            assert len(found) == len(set(found))
            assert world.labels(found) == ids, (label, figure)


def test_drill_down_bases_and_row_contents(world: KpiWorld) -> None:
    a = world.users["A"]
    base = kpis.drill_down(
        world.ws, world.supervisor, MARCH, a, Figure.MISMATCH_RATE, part=Part.BASE
    )
    assert world.labels(r.case_id for r in base if r.case_id) == MATCHED_IN_MARCH["A"]
    assert [world.label_of(r.case_id) for r in base if r.counted and r.case_id] == ["a2"]
    signed_base = kpis.drill_down(
        world.ws, world.supervisor, MARCH, a, Figure.ELDERLY_CARE_SHARE, part=Part.BASE
    )
    assert world.labels(r.case_id for r in signed_base if r.case_id) == SIGNED_IN_MARCH["A"]
    started = kpis.drill_down(
        world.ws, world.supervisor, MARCH, world.users["B"], Figure.CONVERSION, part=Part.BASE
    )
    assert world.labels(r.case_id for r in started if r.case_id) == STARTED_IN_MARCH["B"]
    # The rows say who, what, how much and when; the ID number only masked.
    (row,) = kpis.drill_down(world.ws, world.supervisor, MARCH, a, Figure.OVERRIDE_RATE)
    assert world.label_of(row.case_id or "") == "a2"
    assert (row.client_name, row.advisor_name, row.product_code) == ("王芳", "李明", "WM0001")
    assert (row.amount, row.state, row.counted) == (D("50000.00"), "submitted", True)
    assert row.at is not None and row.at.isoformat() == "2026-03-03T02:00:00+00:00"  # matched
    assert len(row.id_masked) == 18 and row.id_masked[3:14] == "*" * 11
    expiring = kpis.drill_down(world.ws, world.supervisor, MARCH, a, Figure.ASSESSMENTS_EXPIRING)
    assert [(r.case_id, r.client_name) for r in expiring] == [(None, "张伟"), (None, "黄敏")]
    assert all("*" in r.id_masked for r in expiring)


def test_after_sale_drill_downs_point_at_the_case_or_else_the_client(world: KpiWorld) -> None:
    def drill(
        figure: Figure, part: Part = Part.COUNTED, advisor: str | None = None
    ) -> dict[str, DrillRow]:
        advisor_id = None if advisor is None else world.users[advisor]
        rows = kpis.drill_down(world.ws, world.supervisor, MARCH, advisor_id, figure, part=part)
        return {world.label_of(r.record_id): r for r in rows}

    complaints = drill(Figure.COMPLAINTS_PER_1000)
    k1, k3 = complaints["k1"], complaints["k3"]
    assert world.label_of(k1.case_id or "") == "a1" and k1.client_name == "张伟"
    assert (k1.advisor_name, k1.product_code, k1.amount) == ("李明", "WM0001", D("100000.00"))
    assert (k1.state, k1.at, k1.counted) == ("closed", datetime(2026, 3, 2, 2, tzinfo=UTC), True)
    # No case linked: the client, and nobody complained about.
    assert (k3.case_id, k3.client_name, k3.advisor_id, k3.advisor_name) == (None, "刘洋", None, "")
    assert k3.product_code is None and k3.amount is None and "*" * 11 in k3.id_masked
    # Per 1,000 clients has no base of complaints to list: the counted ones either way.
    assert set(drill(Figure.COMPLAINTS_PER_1000, Part.BASE)) == set(complaints)
    decided = drill(Figure.COMPLAINTS_DECIDED_IN_TIME, Part.BASE)
    assert {k: r.counted for k, r in decided.items()} == {
        "k1": True,
        "k2": False,
        "k3": True,
        "k6": True,
    }
    assert set(decided) == DECIDED_IN_MARCH[None]
    assert set(drill(Figure.COMPLAINTS_DECIDED_IN_TIME, Part.BASE, "A")) == DECIDED_IN_MARCH["A"]
    surveys = drill(Figure.MEAN_SATISFACTION)
    assert {k: r.score for k, r in surveys.items()} == {"s1": 5, "s2": 3, "s4": 2, "s5": 4, "s7": 4}
    assert world.label_of(surveys["s4"].case_id or "") == "a1"  # the complaint's case
    assert surveys["s4"].advisor_name == "李明" and surveys["s5"].advisor_id is None
    assert surveys["s5"].case_id is None and surveys["s5"].state is None
    # Return visits: the cases falling due, by their deadline.
    visits = drill(Figure.VISITS_ON_TIME, Part.BASE, "A")
    assert set(visits) == VISITS_DUE_IN_MARCH["A"]
    end_of = {day: datetime(2026, 3, day, 15, 59, 59, 999999, UTC) for day in (6, 13, 17)}
    assert {k: (r.counted, r.at) for k, r in visits.items()} == {
        "a1": (True, end_of[13]),
        "a2": (True, end_of[17]),
        "a5": (False, end_of[6]),
        "a6": (False, end_of[6]),
    }
    assert set(drill(Figure.VISITS_ON_TIME, Part.BASE, "B")) == VISITS_DUE_IN_MARCH["B"]
    # Another branch's supervisor sees only its own.
    for figure, expected in (
        (Figure.COMPLAINTS_PER_1000, {"k8"}),
        (Figure.MEAN_SATISFACTION, {"s9"}),
        (Figure.VISITS_ON_TIME, {"c1"}),
    ):
        rows = kpis.drill_down(world.ws, world.other_supervisor, MARCH, None, figure)
        assert world.labels(r.record_id for r in rows) == expected


def test_holidays_added_move_the_deadlines(world: KpiWorld) -> None:
    """The calendar in force counts. With 4, 12, 20 and 23–25 March made holidays, k2's
    15 days end on the 26th (decided on the 25th: now in time); a5's visit falls due at
    the end of the 9th (visited that morning: now on time), a1's and a2's later."""
    admin = world.actor(Role.ADMIN)
    for day in (4, 12, 20, 23, 24, 25):
        work_calendar.set_day(world.ws, admin, date(2026, 3, day), "holiday")
    board = kpis.dashboard(world.ws, world.supervisor, MARCH)
    a = board.scores.row(world.users["A"])
    decided = a[Figure.COMPLAINTS_DECIDED_IN_TIME]
    assert (decided.numerator, decided.denominator) == (3, 3)
    on_time = a[Figure.VISITS_ON_TIME]
    assert (on_time.numerator, on_time.denominator) == (3, 4)
    visits = kpis.drill_down(
        world.ws, world.supervisor, MARCH, world.users["A"], Figure.VISITS_ON_TIME, part=Part.BASE
    )
    due = {world.label_of(r.record_id): (r.at, r.counted) for r in visits}
    end_of = {day: datetime(2026, 3, day, 15, 59, 59, 999999, UTC) for day in (9, 16, 18)}
    assert due == {
        "a1": (end_of[16], True),
        "a2": (end_of[18], True),
        "a5": (end_of[9], True),
        "a6": (end_of[9], False),
    }


def test_drill_down_limit_keeps_the_newest(world: KpiWorld) -> None:
    rows = kpis.drill_down(world.ws, world.supervisor, MARCH, None, Figure.CONVERSION, limit=3)
    assert [world.label_of(r.case_id or "") for r in rows] == ["b7", "b6", "b4"]


def test_another_branch_sees_only_its_own(world: KpiWorld) -> None:
    board = kpis.dashboard(world.ws, world.other_supervisor, MARCH)
    assert [row.name for row in board.advisors] == ["钱顾问"]
    sales = board.total[Figure.SALES_VS_TARGET]
    assert (sales.numerator, sales.denominator) == (D("500000.00"), D("999999.00"))
    assert board.total[Figure.ASSESSMENTS_EXPIRING].numerator == 1
    rows = kpis.drill_down(
        world.ws, world.other_supervisor, MARCH, world.users["A"], Figure.MISMATCH_RATE
    )
    assert rows == []  # another branch's advisor: nothing leaks
    mine = kpis.drill_down(world.ws, world.supervisor, MARCH, None, Figure.MISMATCH_RATE)
    assert "c1" not in world.labels(r.case_id for r in mine if r.case_id)


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.SERVICE, Role.ADMIN])
def test_only_supervisors_read_kpis_and_set_targets(world: KpiWorld, role: Role) -> None:
    actor = world.actor(role)
    before = len(audit_rows(world.ws))
    with pytest.raises(PermissionDenied):
        kpis.dashboard(world.ws, actor, MARCH)
    with pytest.raises(PermissionDenied):
        kpis.drill_down(world.ws, actor, MARCH, None, Figure.CONVERSION)
    with pytest.raises(PermissionDenied):
        kpis.list_targets(world.ws, actor)
    with pytest.raises(PermissionDenied):
        kpis.set_target(world.ws, actor, world.users["A"], "2026-03", D("1.00"))
    assert len(audit_rows(world.ws)) == before


def test_set_target_creates_then_replaces_with_one_event_each(world: KpiWorld) -> None:
    b = world.users["B"]
    before = len(audit_rows(world.ws))
    view = kpis.set_target(world.ws, world.supervisor, b, "2026-03", D("420000"))
    assert (view.advisor_name, view.period, view.amount, view.version) == (
        "赵丽",
        "2026-03",
        D("420000.00"),
        1,
    )
    again = kpis.set_target(world.ws, world.supervisor, b, "2026-03", D("210000.00"))
    assert again.target_id == view.target_id and again.version == 2
    events = audit_rows(world.ws)[before:]
    assert [(e.action, e.entity, e.entity_id) for e in events] == [
        ("kpi.set_target", "sales_target", view.target_id)
    ] * 2
    with world.ws.db.reading() as session:
        ops = session.scalars(select(OutboxOp).where(OutboxOp.entity_id == view.target_id)).all()
        rows = session.scalars(select(SalesTarget).where(SalesTarget.advisor_user_id == b)).all()
    assert [json.loads(op.payload)["amount"] for op in ops] == ["420000.00", "210000.00"]
    assert sorted(r.period for r in rows) == ["2026-02", "2026-03", "2026-04"]
    # The dashboard now measures B against the new target: exactly 100 %.
    board = kpis.dashboard(world.ws, world.supervisor, MARCH)
    assert board.scores.row(b)[Figure.SALES_VS_TARGET].value == 1


def test_list_targets_by_period(world: KpiWorld) -> None:
    march = kpis.list_targets(world.ws, world.supervisor, MARCH)
    assert [(t.advisor_name, t.period, t.amount) for t in march] == [
        ("李明", "2026-03", D("300000.00"))
    ]
    everything = kpis.list_targets(world.ws, world.supervisor)
    assert [(t.advisor_name, t.period) for t in everything] == [
        ("李明", "2026-02"),
        ("赵丽", "2026-02"),
        ("李明", "2026-03"),
        ("赵丽", "2026-04"),
    ]


@pytest.mark.parametrize(
    ("period", "amount", "field", "rule"),
    [
        ("2026-13", D("1"), "period", "PERIOD_FORMAT"),
        ("2026-3", D("1"), "period", "PERIOD_FORMAT"),
        ("2026-Q1", D("1"), "period", "PERIOD_FORMAT"),
        ("2026-03", D("-1"), "amount", "MONEY_NEGATIVE"),
        ("2026-03", D("1.005"), "amount", "MONEY_PRECISION"),
        ("2026-03", D("NaN"), "amount", "MONEY_FORMAT"),
        ("2026-03", D("1e14"), "amount", "MONEY_TOO_LARGE"),
    ],
)
def test_set_target_refuses_bad_input(
    world: KpiWorld, period: str, amount: Decimal, field: str, rule: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        kpis.set_target(world.ws, world.supervisor, world.users["A"], period, amount)
    error = caught.value.for_field(field)
    assert error is not None and error.rule == rule


@pytest.mark.parametrize("who", ["C", "X", "S"])
def test_set_target_only_for_active_advisors_of_the_branch(world: KpiWorld, who: str) -> None:
    before = len(audit_rows(world.ws))
    with pytest.raises(NotFound):
        kpis.set_target(world.ws, world.supervisor, world.users[who], "2026-03", D("1"))
    assert len(audit_rows(world.ws)) == before


def test_recompute_reads_counts_not_rows(world: KpiWorld) -> None:
    """The figures come from covering index ranges, not from reading (or sorting) cases."""
    window = Window.of(MARCH, NOW)
    with world.ws.db.reading() as session:
        dialect = session.connection().dialect
        due = kpi_after_sale._deadlines(session, window)
        plans = {}
        for name, stmt in (
            ("signed", kpi_sales._signed_counts(world.branch_id, window)),
            ("started", kpi_sales._conversion_counts(world.branch_id, window)),
            ("visits", kpi_after_sale._visit_counts(world.branch_id, window, due)),
            ("clients", kpi_sales._client_counts(world.branch_id, window)),
        ):
            sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
            rows = session.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
            plans[name] = " ".join(str(row[3]) for row in rows)
    # Advisor by advisor, in index order (the database has no statistics here, as a user's
    # has none): nothing to sort.
    for name, index in (("signed", "ix_cases_kpi_signed"), ("started", "ix_cases_kpi_started")):
        assert plans[name].startswith("SCAN users"), plans
        assert f"COVERING INDEX {index} (branch_id=? AND advisor_user_id=?" in plans[name], plans
        assert "TEMP B-TREE" not in plans[name], plans
    assert "COVERING INDEX ix_cases_branch_signed (branch_id=? AND signed_at>?" in plans["visits"]
    # The expiring assessments: a short range; the clients, one pass over the owner index.
    assert "ix_assessments_expires_at_client_id_assessed_at (expires_at>?" in plans["clients"]
    assert "COVERING INDEX ix_clients_search_by_owner (owner_user_id=?)" in plans["clients"]


@pytest.mark.usefixtures("fast_kdf")
def test_a_mismatch_signed_anyway_is_what_the_override_rate_counts(
    office: Office, advisor: tuple[Workspace, Actor]
) -> None:
    """Through the services (the world above inserts rows): a ``warn`` match (at the
    client's own initiative) that went on to be signed is an override; the suitable sale is
    in neither its numerator nor its base (but in the mismatch rate's base)."""
    ws, actor = advisor
    desk = Desk(ws, actor, import_demo_catalog(office))
    signed = []
    for code, amount, seq in ((WARN, "10000", "701"), (SUITABLE, "50000", "702")):
        own = {"own_initiative": True} if code == WARN else {}
        case_id, version = disclosed_case(desk, code, amount, id_number=mainland_id(seq=seq), **own)
        sign(desk, case_id, version)
        signed.append(case_id)
    office.add_user("zhou.sv", Role.SUPERVISOR)
    supervisor = office.actor("zhou.sv")
    with ws.db.reading() as session:
        row = session.get(SalesCase, signed[0])
        assert row is not None and row.own_initiative and row.signed_at is not None
        month = Period.containing(PeriodKind.MONTH, row.signed_at.astimezone(LOCAL_ZONE).date())
    override = kpis.dashboard(ws, supervisor, month).total[Figure.OVERRIDE_RATE]
    assert (override.numerator, override.denominator) == (1, 1)
    mismatch = kpis.dashboard(ws, supervisor, month).total[Figure.MISMATCH_RATE]
    assert (mismatch.numerator, mismatch.denominator) == (1, 2)
    rows = kpis.drill_down(ws, supervisor, month, None, Figure.OVERRIDE_RATE)
    assert [r.record_id for r in rows] == [signed[0]]


def test_the_cooling_off_bound_the_visit_range_relies_on_is_the_rule_packs() -> None:
    """The return-visit query walks signings back by the longest cooling-off a rule pack
    may set: a longer one must be refused, or a visit due in the period could be missed."""
    data = json.loads(resource_path("rulepacks", "overlays", "private_am.json").read_text())
    hours = int(kpis.MAX_COOLING_OFF.total_seconds() // 3600)
    assert parse_overlay("x.json", {**data, "cooling_off_hours": hours}).cooling_off_hours == hours
    with pytest.raises(RulePackError):
        parse_overlay("x.json", {**data, "cooling_off_hours": hours + 1})


def test_assessment_ties_count_once_and_agree_with_the_lists(world: KpiWorld) -> None:
    """Two assessments of one client at the same instant: the one stored last counts."""
    client = world.clients["cA4"]  # never assessed so far
    at = datetime(2025, 4, 2, tzinfo=UTC)
    with world.ws.db.writing() as session:
        for expires in (datetime(2026, 4, 2, tzinfo=UTC), datetime(2027, 4, 2, tzinfo=UTC)):
            row = assessment_row(client, world.users["A"], expires, synced_fields(world.ws))
            row.assessed_at = at
            session.add(row)
            session.flush()
    board = kpis.dashboard(world.ws, world.supervisor, MARCH)
    a = board.scores.row(world.users["A"])[Figure.ASSESSMENTS_EXPIRING]
    assert a.numerator == 2  # cA1 and cA6 as before: cA4's later record expires in 2027
    base = kpis.drill_down(
        world.ws,
        world.supervisor,
        MARCH,
        world.users["A"],
        Figure.ASSESSMENTS_EXPIRING,
        part=Part.BASE,
    )
    mine = [r for r in base if r.client_id == client]
    assert len(mine) == 1 and mine[0].at == datetime(2027, 4, 2, tzinfo=UTC)
    assert not mine[0].counted
