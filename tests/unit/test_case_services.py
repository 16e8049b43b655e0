"""Sales cases up to matching: what an advisor, a client and a compliance officer notice.

Start → autosave and resume → onboarding review → questionnaire → assessment → the whole
catalog evaluated → a product chosen (prohibited refused, ``warn`` only on the client's
own initiative) → an immutable match.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import exc, text

from app.domain.case_flow import CaseState, Step
from app.domain.roles import Role
from app.errors import ConcurrentEdit, NotFound, PermissionDenied, UserError, ValidationFailed
from app.resources import resources_root
from app.services import assessments, cases, catalog, clients
from app.services.context import Actor, Workspace
from tests.conftest import Office, client_input, mainland_id
from tests.unit.test_assessment_service import C3_SHEET

pytestmark = pytest.mark.usefixtures("fast_kdf")

DEMO_CATALOG = resources_root() / "catalog" / "demo_catalog.json"
DEMO_CODES = sorted(p["code"] for p in json.loads(DEMO_CATALOG.read_text("utf-8"))["products"])
assert len(DEMO_CODES) == 38

# For the C3 client below (fixed income and equity, no particular horizon, ¥800,000):
SUITABLE = "WM24001"  # bank WM, R2, fixed income, 180 days (NFRA)
WARN = "PF24004"  # public fund, R4 equity (CSRC): above C3, so only on own initiative
PROHIBITED = "IL24002"  # investment-linked insurance, R4 equity (NFRA): above C3

RISK_ABOVE_C3 = "Product risk R4 is above the client's risk tolerance C3."


@dataclass
class Desk:
    ws: Workspace
    actor: Actor
    products: dict[str, str]  # code → product id

    def client(self, **overrides: object) -> str:
        return clients.create_client(self.ws, self.actor, client_input(**overrides))

    def assess(self, client_id: str, sheet: dict[str, Any] | None = None) -> str:
        return assessments.submit_assessment(
            self.ws, self.actor, client_id, sheet or C3_SHEET
        ).assessment_id

    def case(self, client_id: str) -> cases.CaseView:
        return cases.start_case(self.ws, self.actor, client_id)

    def assessed_case(self, **client: object) -> cases.CaseView:
        """A C3 client's case at the matching step."""
        client_id = self.client(**client)
        view = self.case(client_id)
        view = cases.confirm_onboarding(self.ws, self.actor, view.case_id, view.version)
        assessment_id = self.assess(client_id)
        return cases.use_assessment(self.ws, self.actor, view.case_id, view.version, assessment_id)

    def choose(self, view: cases.CaseView, code: str, amount: str, **kw: Any) -> cases.MatchView:
        return cases.choose_product(
            self.ws,
            self.actor,
            view.case_id,
            view.version,
            self.products[code],
            Decimal(amount),
            channel=kw.pop("channel", "branch"),
            **kw,
        )

    def reload(self, view: cases.CaseView) -> cases.CaseView:
        return cases.get_case(self.ws, self.actor, view.case_id)


def import_demo_catalog(office: Office) -> dict[str, str]:
    report = catalog.import_catalog(
        office.admin_ws, office.admin, "demo_catalog.json", DEMO_CATALOG.read_bytes()
    )
    assert report.added == 38
    return {p.code: p.product_id for p in catalog.list_products(office.admin_ws, office.admin)}


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


def match_rows(ws: Workspace, case_id: str) -> list[Any]:
    with ws.db.reading() as session:
        return list(
            session.execute(
                text("SELECT * FROM case_matches WHERE case_id = :c"), {"c": case_id}
            ).all()
        )


def reason_codes(decision: Any) -> set[str]:
    return {r.code for r in decision.reasons}


# -- the whole way ------------------------------------------------------------------------


def test_a_case_from_start_to_matched(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    client_id = desk.client()

    view = desk.case(client_id)
    assert (view.state, view.step, view.version) == (CaseState.DRAFT, Step.ONBOARDING, 1)
    assert (view.client_id, view.client_name, view.draft) == (client_id, "张三", {})
    assert [c.case_id for c in cases.open_cases(ws, actor)] == [view.case_id]

    kyc = {"occupation": "教师", "phone": "138 0013 8000"}
    version = cases.save_draft(ws, actor, view.case_id, view.version, Step.ONBOARDING, "kyc", kyc)
    assert version == 2
    reopened = desk.reload(view)
    assert (reopened.draft, reopened.step, reopened.version) == ({"kyc": kyc}, Step.ONBOARDING, 2)

    view = cases.confirm_onboarding(ws, actor, view.case_id, version)
    assert (view.state, view.step) == (CaseState.PROFILED, Step.QUESTIONNAIRE)
    half = {"1": "A", "2": "D"}
    version = cases.save_draft(
        ws, actor, view.case_id, view.version, Step.QUESTIONNAIRE, "answers", half
    )
    reopened = desk.reload(view)
    assert reopened.step is Step.QUESTIONNAIRE
    assert reopened.draft == {"kyc": kyc, "answers": half}

    assessment = assessments.submit_assessment(ws, actor, client_id, C3_SHEET, case_id=view.case_id)
    view = cases.use_assessment(ws, actor, view.case_id, version, assessment.assessment_id)
    assert (view.state, view.step) == (CaseState.ASSESSED, Step.MATCHING)
    assert view.assessment_id == assessment.assessment_id

    decisions = {v.code: d for v, d in cases.evaluate_catalog(ws, actor, view.case_id)}
    assert decisions[SUITABLE].outcome == "suitable"

    match = desk.choose(view, SUITABLE, "50000")
    assert (match.case_id, match.product_code, match.outcome) == (
        view.case_id,
        SUITABLE,
        "suitable",
    )
    assert match.own_initiative is False
    assert "DUAL_RECORDING" in match.decision["requires"]  # NFRA product sold in a branch

    matched = desk.reload(view)
    assert (matched.state, matched.step) == (CaseState.MATCHED, Step.DISCLOSURE)
    assert matched.product_id == desk.products[SUITABLE]
    assert matched.amount == Decimal("50000")
    assert matched.channel == "branch"
    assert cases.get_match(ws, actor, view.case_id) == match
    assert [c.step for c in cases.open_cases(ws, actor, client_id)] == [Step.DISCLOSURE]


def test_reopening_a_case_resumes_where_the_advisor_stopped(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    view = desk.assessed_case()
    assert desk.reload(view).step is Step.MATCHING
    # Back to the client's data to correct something, then the case is closed.
    version = cases.save_draft(
        ws, actor, view.case_id, view.version, Step.ONBOARDING, "kyc", {"occupation": "医生"}
    )
    reopened = desk.reload(view)
    assert (reopened.state, reopened.step) == (CaseState.ASSESSED, Step.ONBOARDING)
    assert reopened.draft == {"kyc": {"occupation": "医生"}}
    (summary,) = cases.open_cases(ws, actor)
    assert summary.step is Step.ONBOARDING

    cases.save_draft(ws, actor, view.case_id, version, Step.MATCHING, "amount", {"amount": "1"})
    assert desk.reload(view).step is Step.MATCHING


def test_saving_the_same_draft_again_changes_nothing(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    view = desk.case(desk.client())
    data = {"occupation": "教师"}
    version = cases.save_draft(ws, actor, view.case_id, 1, Step.ONBOARDING, "kyc", data)
    assert cases.save_draft(ws, actor, view.case_id, version, Step.ONBOARDING, "kyc", data) == (
        version
    )
    assert desk.reload(view).version == version


def test_a_draft_resumes_at_onboarding_whatever_step_was_saved(desk: Desk) -> None:
    view = desk.case(desk.client())
    cases.save_draft(desk.ws, desk.actor, view.case_id, 1, Step.SIGNING, "x", {"a": 1})
    assert desk.reload(view).step is Step.ONBOARDING


# -- matching --------------------------------------------------------------------------


def test_evaluating_the_catalog_lists_every_active_product(office: Office, desk: Desk) -> None:
    view = desk.assessed_case()
    evaluated = cases.evaluate_catalog(desk.ws, desk.actor, view.case_id)
    assert [v.code for v, _ in evaluated] == DEMO_CODES
    outcomes = {v.code: d.outcome for v, d in evaluated}
    assert set(outcomes.values()) == {"suitable", "warn", "prohibited"}
    assert (outcomes[SUITABLE], outcomes[WARN], outcomes[PROHIBITED]) == (
        "suitable",
        "warn",
        "prohibited",
    )
    decisions = {v.code: d for v, d in evaluated}
    assert "RISK_ABOVE_LEVEL" in reason_codes(decisions[WARN])
    # Without an amount the amount rules wait instead of reporting a missing fact.
    assert not any("FACT_MISSING:amount" in reason_codes(d) for _, d in evaluated)

    # More than the client's financial assets: prohibited under NFRA.
    with_amount = dict(
        (v.code, d)
        for v, d in cases.evaluate_catalog(
            desk.ws, desk.actor, view.case_id, amount=Decimal("900000")
        )
    )
    assert with_amount[SUITABLE].outcome == "prohibited"
    assert "AFFORDABILITY_EXCEEDED" in reason_codes(with_amount[SUITABLE])

    # A suspended product is no longer offered.
    data = json.loads(DEMO_CATALOG.read_text("utf-8"))
    for row in data["products"]:
        if row["code"] == SUITABLE:
            row["status"] = "suspended"
    catalog.import_catalog(
        office.admin_ws, office.admin, "demo.json", json.dumps(data).encode("utf-8")
    )
    codes = [v.code for v, _ in cases.evaluate_catalog(desk.ws, desk.actor, view.case_id)]
    assert codes == [c for c in DEMO_CODES if c != SUITABLE]
    with pytest.raises(NotFound):
        desk.choose(view, SUITABLE, "50000")


def test_a_prohibited_product_is_refused_with_its_reasons(desk: Desk) -> None:
    view = desk.assessed_case()
    with pytest.raises(UserError) as caught:
        desk.choose(view, PROHIBITED, "50000", annual_premium=Decimal("50000"))
    assert not isinstance(caught.value, ValidationFailed)
    message = str(caught.value)
    assert PROHIBITED in message
    assert RISK_ABOVE_C3 in message
    # Every reason the engine gives is listed, not just the first.
    decision = dict(
        (v.code, d)
        for v, d in cases.evaluate_catalog(
            desk.ws,
            desk.actor,
            view.case_id,
            amount=Decimal("50000"),
            annual_premium=Decimal("50000"),
        )
    )[PROHIBITED]
    assert len(decision.reasons) >= 1
    for reason in decision.reasons:
        assert reason.message in message
    after = desk.reload(view)
    assert (after.state, after.version, after.product_id) == (
        CaseState.ASSESSED,
        view.version,
        None,
    )
    assert cases.get_match(desk.ws, desk.actor, view.case_id) is None
    assert match_rows(desk.ws, view.case_id) == []


def test_a_mismatched_csrc_product_needs_the_clients_own_initiative(desk: Desk) -> None:
    view = desk.assessed_case()
    with pytest.raises(ValidationFailed) as caught:
        desk.choose(view, WARN, "10000")
    error = caught.value.for_field("own_initiative")
    assert error is not None and error.rule == "INITIATIVE_REQUIRED"
    assert desk.reload(view).state is CaseState.ASSESSED
    assert match_rows(desk.ws, view.case_id) == []

    match = desk.choose(view, WARN, "10000", own_initiative=True)
    assert (match.outcome, match.own_initiative) == ("warn", True)
    assert "SPECIAL_WARNING_SIGNED" in match.decision["requires"]
    assert RISK_ABOVE_C3 in [r["message"] for r in match.decision["reasons"]]
    assert desk.reload(view).state is CaseState.MATCHED


def test_own_initiative_is_not_recorded_for_a_suitable_product(desk: Desk) -> None:
    view = desk.assessed_case()
    match = desk.choose(view, SUITABLE, "50000", own_initiative=True)
    assert (match.outcome, match.own_initiative) == ("suitable", False)


def test_the_amount_must_be_a_positive_sum_in_fen(desk: Desk) -> None:
    view = desk.assessed_case()
    for amount in ("0", "-50000", "50000.005"):
        with pytest.raises(ValidationFailed) as caught:
            desk.choose(view, SUITABLE, amount)
        assert caught.value.for_field("amount") is not None, amount
    assert desk.reload(view).state is CaseState.ASSESSED


def test_the_match_is_an_immutable_snapshot(desk: Desk) -> None:
    view = desk.assessed_case()
    match = desk.choose(view, SUITABLE, "50000")
    (row,) = match_rows(desk.ws, view.case_id)
    facts = json.loads(row.client_facts)
    assert (facts["risk_level"], facts["financial_assets"]) == ("C3", "800000.00")
    assert json.loads(row.product_facts)["code"] == SUITABLE
    assert json.loads(row.sale_facts)["amount"] == "50000"

    # Later edits of the client do not rewrite the decision that was made.
    clients.update_client(
        desk.ws, desk.actor, view.client_id, 1, client_input(financial_assets="10000")
    )
    assert cases.get_match(desk.ws, desk.actor, view.case_id) == match
    assert match_rows(desk.ws, view.case_id) == [row]

    for statement in (
        "UPDATE case_matches SET outcome = 'prohibited'",
        "UPDATE case_matches SET own_initiative = 1",
        "DELETE FROM case_matches",
    ):
        with pytest.raises(exc.DatabaseError, match="immutable"), desk.ws.db.writing() as s:
            s.execute(text(statement))
    assert match_rows(desk.ws, view.case_id) == [row]


def test_after_matching_the_earlier_steps_cannot_change(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    view = desk.assessed_case()
    desk.choose(view, SUITABLE, "50000")
    matched = desk.reload(view)
    calls = {
        "save": lambda: cases.save_draft(
            ws, actor, view.case_id, matched.version, Step.ONBOARDING, "kyc", {"a": 1}
        ),
        "confirm": lambda: cases.confirm_onboarding(ws, actor, view.case_id, matched.version),
        "assessment": lambda: cases.use_assessment(
            ws, actor, view.case_id, matched.version, matched.assessment_id
        ),
        "choose": lambda: desk.choose(matched, WARN, "10000", own_initiative=True),
    }
    for name, call in calls.items():
        with pytest.raises(UserError) as caught:
            call()
        assert not isinstance(caught.value, ConcurrentEdit), name
    after = desk.reload(view)
    assert (after.state, after.version, after.draft) == (CaseState.MATCHED, matched.version, {})
    assert after.product_id == desk.products[SUITABLE]
    assert len(match_rows(ws, view.case_id)) == 1

    # Nothing after matching is a draft either: each later step records itself.
    with pytest.raises(UserError):
        cases.save_draft(
            ws, actor, view.case_id, matched.version, Step.DISCLOSURE, "matching", {"amount": "9"}
        )
    after = desk.reload(view)
    assert (after.version, after.draft) == (matched.version, {})


def test_choosing_before_the_assessment_step_is_refused(desk: Desk) -> None:
    view = desk.case(desk.client())
    with pytest.raises(UserError):
        desk.choose(view, SUITABLE, "50000")
    assert desk.reload(view).state is CaseState.DRAFT


# -- the assessment a case uses -------------------------------------------------------------


def test_an_expired_assessment_cannot_be_used(desk: Desk) -> None:
    client_id = desk.client()
    now = desk.ws.now()
    desk.ws.clock = lambda: now - timedelta(days=367)
    assessment_id = desk.assess(client_id)
    desk.ws.clock = lambda: now
    view = desk.case(client_id)
    with pytest.raises(UserError, match="expired"):
        cases.use_assessment(desk.ws, desk.actor, view.case_id, view.version, assessment_id)
    after = desk.reload(view)
    assert (after.state, after.assessment_id) == (CaseState.DRAFT, None)


def test_only_the_newest_assessment_can_be_used(desk: Desk) -> None:
    client_id = desk.client()
    older = desk.assess(client_id)
    newer = desk.assess(client_id)
    view = desk.case(client_id)
    with pytest.raises(UserError, match="newest"):
        cases.use_assessment(desk.ws, desk.actor, view.case_id, view.version, older)
    # Nor another client's assessment.
    someone_else = desk.client(name="李四", id_number=mainland_id(seq="222"))
    theirs = desk.assess(someone_else)
    with pytest.raises(UserError):
        cases.use_assessment(desk.ws, desk.actor, view.case_id, view.version, theirs)
    assert desk.reload(view).state is CaseState.DRAFT
    used = cases.use_assessment(desk.ws, desk.actor, view.case_id, view.version, newer)
    assert (used.state, used.assessment_id) == (CaseState.ASSESSED, newer)


def test_only_a_professional_investor_may_skip_the_questionnaire(desk: Desk) -> None:
    ordinary = desk.case(desk.client())
    with pytest.raises(UserError, match="professional"):
        cases.use_assessment(desk.ws, desk.actor, ordinary.case_id, ordinary.version, None)
    assert desk.reload(ordinary).state is CaseState.DRAFT

    professional_id = desk.client(
        name="钱专业",
        id_number=mainland_id(seq="333"),
        investor_class="professional",
        financial_assets="6000000",
        investment_experience_years="5",
    )
    case = desk.case(professional_id)
    view = cases.use_assessment(desk.ws, desk.actor, case.case_id, case.version, None)
    assert (view.state, view.assessment_id, view.step) == (
        CaseState.ASSESSED,
        None,
        Step.MATCHING,
    )
    outcomes = {
        v.code: d.outcome for v, d in cases.evaluate_catalog(desk.ws, desk.actor, view.case_id)
    }
    # Treated as C5 for CSRC products; NFRA knows no professional individuals.
    assert outcomes["PF24006"] == "suitable"  # R5 derivatives public fund
    assert outcomes[SUITABLE] == "prohibited"
    match = desk.choose(view, "PF24006", "100000")
    assert match.outcome == "suitable"


# -- who may, and when -------------------------------------------------------------------


def test_another_advisor_cannot_see_or_touch_the_case(office: Office, desk: Desk) -> None:
    ws = desk.ws
    view = desk.assessed_case()
    office.add_user("wang.advisor", Role.ADVISOR)
    office.add_user("zhao.sup", Role.SUPERVISOR)
    wang = office.actor("wang.advisor")
    for call in (
        lambda: cases.get_case(ws, wang, view.case_id),
        lambda: cases.save_draft(ws, wang, view.case_id, view.version, Step.MATCHING, "x", {}),
        lambda: cases.confirm_onboarding(ws, wang, view.case_id, view.version),
        lambda: cases.evaluate_catalog(ws, wang, view.case_id),
        lambda: cases.get_match(ws, wang, view.case_id),
        lambda: cases.choose_product(
            ws,
            wang,
            view.case_id,
            view.version,
            desk.products[SUITABLE],
            Decimal("50000"),
            channel="branch",
        ),
        lambda: cases.start_case(ws, wang, view.client_id),
    ):
        with pytest.raises(NotFound):
            call()
    assert cases.open_cases(ws, wang) == []
    assert desk.reload(view).version == view.version
    # The branch supervisor may look, but not work on it.
    supervisor = office.actor("zhao.sup")
    assert cases.get_case(ws, supervisor, view.case_id).case_id == view.case_id
    with pytest.raises(PermissionDenied):
        cases.save_draft(ws, supervisor, view.case_id, view.version, Step.MATCHING, "x", {})


def test_a_stale_version_is_refused_and_overwrites_nothing(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    view = desk.case(desk.client())
    mine = {"occupation": "教师"}
    version = cases.save_draft(ws, actor, view.case_id, view.version, Step.ONBOARDING, "kyc", mine)
    stale = view.version
    for call in (
        lambda: cases.save_draft(ws, actor, view.case_id, stale, Step.ONBOARDING, "kyc", {"a": 1}),
        lambda: cases.confirm_onboarding(ws, actor, view.case_id, stale),
    ):
        with pytest.raises(ConcurrentEdit):
            call()
    after = desk.reload(view)
    assert (after.version, after.state, after.draft) == (version, CaseState.DRAFT, {"kyc": mine})

    profiled = cases.confirm_onboarding(ws, actor, view.case_id, version)
    assessment_id = desk.assess(view.client_id)
    with pytest.raises(ConcurrentEdit):
        cases.use_assessment(ws, actor, view.case_id, version, assessment_id)
    assessed = cases.use_assessment(ws, actor, view.case_id, profiled.version, assessment_id)
    with pytest.raises(ConcurrentEdit):
        desk.choose(profiled, SUITABLE, "50000")
    assert desk.choose(assessed, SUITABLE, "50000").outcome == "suitable"


def test_starting_a_case_checks_the_channel_and_the_role(office: Office, desk: Desk) -> None:
    client_id = desk.client()
    with pytest.raises(ValidationFailed) as caught:
        cases.start_case(desk.ws, desk.actor, client_id, channel="phone")
    assert caught.value.for_field("channel") is not None
    assert cases.start_case(desk.ws, desk.actor, client_id, channel="field").channel == "field"
    office.add_user("qian.service", Role.SERVICE)
    with pytest.raises(PermissionDenied):
        cases.start_case(desk.ws, office.actor("qian.service"), client_id)
    assert len(cases.open_cases(desk.ws, desk.actor, client_id)) == 1
