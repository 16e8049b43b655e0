"""Disclosure: what a matched case must show and collect, and how it is stored for good.

The plan lists exactly what the match decision requires (recording in a branch, the
special warning for a ``warn`` sale, the qualified-investor commitment for private
products, special care for the elderly, the advisor's notices on concentration and
premiums; no hand copy for institutions). Recording refuses every missing step at once,
each on its own field, and stores nothing; a recorded disclosure is immutable.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from app.documents import templates
from app.documents.model import Strokes
from app.documents.scripted_ink import scripted_strokes
from app.domain.case_flow import CaseState
from app.domain.roles import Role
from app.errors import ConcurrentEdit, NotFound, PermissionDenied, UserError, ValidationFailed
from app.services import cases, disclosure
from app.services.context import Actor, Workspace
from app.services.disclosure import DisclosureInput, DisclosurePlan, DocumentReading
from app.store.models import SalesCase
from tests.conftest import Office, audit_rows, mainland_id
from tests.unit.test_assessment_service import C3_SHEET
from tests.unit.test_case_services import Desk, import_demo_catalog

pytestmark = pytest.mark.usefixtures("fast_kdf")

COPY_SENTENCE = "本人已经阅读风险揭示，愿意承担投资风险。"
RECORDING_POINTS = [
    "identity_shown",
    "product_and_risk_level",
    "key_risks_not_guaranteed",
    "client_level_and_match",
    "warning_if_any",
    "hand_copy",
    "signing",
]

SUITABLE = "WM24001"  # bank WM, R2 fixed income, 180 days (NFRA): recorded in a branch
WARN = "PF24004"  # public fund, R4 equity (CSRC): above C3, on the client's own initiative
PRIVATE = "TR24001"  # trust, R3 fixed income, 730 days, minimum 300,000 (NFRA, private)
PRIVATE_R4 = "TR24002"  # trust, R4 equity, 1095 days, minimum 1,000,000 (NFRA, private)
INSURANCE = "IN24001"  # annuity insurance, R1, 3650 days (NFRA, insurance: free look)

# Facts that make a natural person a qualified investor under both private overlays.
QUALIFIED = dict(
    family_financial_net_assets="5000000",
    family_financial_assets="7000000",
    financial_assets="6000000",
    income_3y_avg="800000",
    investment_experience_years="5",
)

# "Over 60" (Q17 E), yet C4: Q13 all in B, returns to improve life (Q16 A), a master's.
ELDERLY_C4_SHEET: dict[str, Any] = {**C3_SHEET, "13": "E", "16": "A", "17": "E", "19": "D"}


def elderly(seq: str = "065") -> dict[str, object]:
    """A client born in 1950: over 65 whenever these tests run."""
    return {"id_number": mainland_id(birth="19500101", seq=seq), "birth_date": "1950-01-01"}


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


# -- helpers shared with test_signing_service ----------------------------------------------


def matched_case(
    desk: Desk,
    code: str,
    amount: str,
    *,
    sheet: dict[str, Any] | None = None,
    own_initiative: bool = False,
    annual_premium: str | None = None,
    **client: object,
) -> str:
    """A case of a new client (``client`` overrides the form) matched to ``code``."""
    client_id = desk.client(**client)
    view = desk.case(client_id)
    view = cases.confirm_onboarding(desk.ws, desk.actor, view.case_id, view.version)
    assessment_id = desk.assess(client_id, sheet)
    view = cases.use_assessment(desk.ws, desk.actor, view.case_id, view.version, assessment_id)
    desk.choose(
        view,
        code,
        amount,
        own_initiative=own_initiative,
        annual_premium=Decimal(annual_premium) if annual_premium else None,
    )
    assert desk.reload(view).state is CaseState.MATCHED
    return view.case_id


def make_institution(ws: Workspace, client_id: str) -> None:
    """The client form has no kind: an institution is set directly in the database."""
    with ws.db.writing() as session:
        session.execute(
            text("UPDATE clients SET kind = 'institution' WHERE id = :c"), {"c": client_id}
        )


def copy_strokes(seed: int = 7) -> Strokes:
    """The 17-character sentence, written across a wide pad."""
    return scripted_strokes(seed, characters=17, width=960, height=200)


def complete_input(plan: DisclosurePlan, seed: int = 7) -> DisclosureInput:
    """Everything the plan asks for, done: read, acknowledged, copied, confirmed, recorded."""
    return DisclosureInput(
        readings=tuple(
            DocumentReading(
                kind=d.kind,
                sha256=d.sha256,
                reading_seconds=30 + 10 * i,
                scrolled_to_end=True,
                acknowledged=tuple(r.id for r in d.key_risks),
            )
            for i, d in enumerate(plan.documents)
        ),
        copy_strokes=copy_strokes(seed) if plan.copy_required else None,
        advisor_attests_copy=plan.copy_required,
        special_warning_confirmed=plan.special_warning is not None,
        elderly_care_attested=plan.elderly_care is not None,
        elderly_client_reconfirmed=plan.elderly_care is not None,
        qualified_commitment_accepted=plan.qualified_commitment is not None,
        recording_reference="REC-2026-0042" if plan.recording_checklist else "",
        recording_sha256=hashlib.sha256(b"recording").hexdigest()
        if plan.recording_checklist
        else "",
        recording_checked=tuple(i for i, _ in plan.recording_checklist),
        concentration_explained=plan.concentration is not None,
        premium_explained=plan.premium is not None,
    )


def disclose(desk: Desk, case_id: str, seed: int = 7) -> int:
    """Record a complete disclosure; the case's new version."""
    plan = disclosure.disclosure_plan(desk.ws, desk.actor, case_id)
    return disclosure.record_disclosure(
        desk.ws, desk.actor, case_id, plan.version, complete_input(plan, seed)
    )


def rows(ws: Workspace, table: str, case_id: str) -> list[Any]:
    with ws.db.reading() as session:
        return list(
            session.execute(
                text(f"SELECT * FROM {table} WHERE case_id = :c ORDER BY id"),
                {"c": case_id},
            ).all()
        )


def attestations(ws: Workspace, case_id: str) -> dict[str, dict[str, Any]]:
    return {r.kind: json.loads(r.payload) for r in rows(ws, "case_attestations", case_id)}


def fields_of(caught: pytest.ExceptionInfo[ValidationFailed]) -> list[str]:
    return [e.field for e in caught.value.errors]


def assert_nothing_stored(desk: Desk, case_id: str, version: int) -> None:
    view = cases.get_case(desk.ws, desk.actor, case_id)
    assert (view.state, view.version) == (CaseState.MATCHED, version)
    assert rows(desk.ws, "disclosure_records", case_id) == []
    assert rows(desk.ws, "case_attestations", case_id) == []
    assert "case.disclose" not in [e.action for e in audit_rows(desk.ws)]


def plan_of(desk: Desk, case_id: str) -> DisclosurePlan:
    return disclosure.disclosure_plan(desk.ws, desk.actor, case_id)


# -- the plan ------------------------------------------------------------------------------


def test_a_suitable_bank_product_in_a_branch_needs_the_recording_and_no_warning(
    desk: Desk,
) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    match = cases.get_match(desk.ws, desk.actor, case_id)
    assert match is not None
    assert plan.requires == tuple(match.decision["requires"]) == ("DUAL_RECORDING",)
    assert (plan.case_id, plan.outcome, plan.product_code) == (case_id, "suitable", SUITABLE)
    assert plan.version == cases.get_case(desk.ws, desk.actor, case_id).version
    assert plan.client_name == "张三"

    # The four documents of RULES §6, rendered with this product's data.
    assert [d.kind for d in plan.documents] == list(templates.DOCUMENT_KINDS)
    for document in plan.documents:
        assert document.version and document.title and document.text
        assert "{" not in document.text, document.kind
        assert len(document.sha256) == 64
    prospectus = plan.documents[0]
    assert SUITABLE in prospectus.text and plan.product_name in prospectus.text
    assert "R2" in prospectus.text
    risk = next(d for d in plan.documents if d.kind == "risk_disclosure")
    assert len(risk.key_risks) >= 3  # each acknowledged on its own
    assert len({r.id for r in risk.key_risks}) == len(risk.key_risks)

    # The sentence is copied in Chinese whatever the display language.
    assert (plan.copy_sentence, plan.copy_required) == (COPY_SENTENCE, True)
    assert [i for i, _ in plan.recording_checklist] == RECORDING_POINTS
    assert all(point for _, point in plan.recording_checklist)
    nothing_else = (
        plan.special_warning,
        plan.investment_confirmation,
        plan.own_initiative,
        plan.elderly_care,
        plan.qualified_commitment,
        plan.concentration,
        plan.premium,
        plan.deadline_notice,
    )
    assert nothing_else == (None,) * 8

    # The same case renders the same documents again (what was shown is what is checked).
    again = plan_of(desk, case_id)
    assert [d.sha256 for d in again.documents] == [d.sha256 for d in plan.documents]


def test_a_warn_fund_needs_the_special_warning_and_the_investment_confirmation(
    desk: Desk,
) -> None:
    case_id = matched_case(desk, WARN, "10000", own_initiative=True)
    plan = plan_of(desk, case_id)
    assert (plan.outcome, plan.requires) == ("warn", ("SPECIAL_WARNING_SIGNED",))
    assert plan.special_warning is not None and plan.investment_confirmation is not None
    assert plan.own_initiative is not None
    assert plan.product_name in plan.special_warning and "R4" in plan.special_warning
    assert "C3" in plan.special_warning
    assert "张三" in plan.investment_confirmation
    assert plan.own_initiative == templates.fixed_text("own_initiative")
    assert plan.copy_required
    # CSRC knows no branch 双录, but the warning itself is recorded (RULES §5).
    assert [i for i, _ in plan.recording_checklist] == RECORDING_POINTS
    assert "DUAL_RECORDING" not in plan.requires
    assert (plan.qualified_commitment, plan.elderly_care, plan.deadline_notice) == (None,) * 3
    assert (plan.concentration, plan.premium) == (None, None)


def test_a_private_product_needs_the_qualified_commitment_and_the_cooling_off_notice(
    desk: Desk,
) -> None:
    case_id = matched_case(desk, PRIVATE, "1000000", **QUALIFIED)
    plan = plan_of(desk, case_id)
    assert plan.outcome == "suitable"
    assert set(plan.requires) == {"COOLING_OFF", "DUAL_RECORDING"}
    assert plan.qualified_commitment is not None
    assert "张三" in plan.qualified_commitment and plan.product_name in plan.qualified_commitment
    assert plan.deadline_notice == templates.fixed_text("cooling_off_private")
    assert "24" in plan.deadline_notice
    # The cooling-off notice is part of what the client reads.
    assert any(plan.deadline_notice in d.text for d in plan.documents)
    assert [i for i, _ in plan.recording_checklist] == RECORDING_POINTS
    assert (plan.special_warning, plan.own_initiative, plan.elderly_care) == (None,) * 3


def test_an_elderly_client_buying_r4_needs_special_care(desk: Desk) -> None:
    case_id = matched_case(desk, WARN, "10000", sheet=ELDERLY_C4_SHEET, **elderly())
    plan = plan_of(desk, case_id)
    assert (plan.outcome, plan.requires) == ("suitable", ("ELDERLY_SPECIAL_CARE",))
    assert plan.elderly_care is not None
    assert "65" in plan.elderly_care and "张三" in plan.elderly_care
    assert plan.special_warning is None and plan.recording_checklist == ()

    # The same client buying an R2 product needs no special care.
    lower_risk = matched_case(desk, SUITABLE, "50000", sheet=ELDERLY_C4_SHEET, **elderly("066"))
    assert plan_of(desk, lower_risk).elderly_care is None


def test_the_advisor_must_explain_concentration_and_premium_where_they_apply(
    desk: Desk,
) -> None:
    concentrated = plan_of(desk, matched_case(desk, SUITABLE, "500000"))  # > 50% of 800,000
    assert "CONCENTRATION_NOTICE" in concentrated.requires
    assert concentrated.concentration == templates.fixed_text("advisor_attest_concentration")
    assert concentrated.premium is None

    insured = plan_of(
        desk,
        matched_case(
            desk,
            INSURANCE,
            "70000",
            annual_premium="70000",  # > 30% of the annual income of 200,000
            id_number=mainland_id(seq="456"),
        ),
    )
    assert {"PREMIUM_AFFORDABILITY_NOTICE", "FREE_LOOK"} <= set(insured.requires)
    assert insured.premium == templates.fixed_text("advisor_attest_premium")
    assert insured.deadline_notice == templates.fixed_text("free_look_insurance")
    assert insured.concentration is None


def test_an_institution_copies_no_sentence(desk: Desk) -> None:
    client_id = desk.client(name="北京某某投资有限公司")
    make_institution(desk.ws, client_id)
    view = desk.case(client_id)
    view = cases.confirm_onboarding(desk.ws, desk.actor, view.case_id, view.version)
    view = cases.use_assessment(
        desk.ws, desk.actor, view.case_id, view.version, desk.assess(client_id)
    )
    desk.choose(view, SUITABLE, "50000")
    plan = plan_of(desk, view.case_id)
    assert plan.copy_required is False
    assert plan.copy_sentence == COPY_SENTENCE  # still printed, just not copied

    # Neither strokes nor the advisor's attestation are asked for.
    data = replace(complete_input(plan), copy_strokes=None, advisor_attests_copy=False)
    assert disclosure.check_input(plan, data) == []
    disclosure.record_disclosure(desk.ws, desk.actor, view.case_id, plan.version, data)
    assert set(attestations(desk.ws, view.case_id)) == {"recording"}
    assert desk.reload(view).state is CaseState.DISCLOSED


# -- what is refused -----------------------------------------------------------------------


def everything_case(desk: Desk, seq: str = "065") -> str:
    """Everything at once: an elderly qualified C4 client buys an R4 trust in a branch for
    more than half of the financial assets (6,000,000)."""
    return matched_case(
        desk, PRIVATE_R4, "3500000", sheet=ELDERLY_C4_SHEET, **QUALIFIED, **elderly(seq)
    )


EVERYTHING_FIELDS = [
    "document_prospectus",
    "document_risk_disclosure",
    "document_investor_rights",
    "document_contract_summary",
    "copy_pad",
    "copy_attested",
    "elderly_care_attested",
    "elderly_client_reconfirmed",
    "qualified_commitment_accepted",
    "concentration_explained",
    "recording_checklist",
    "recording_reference",
    "recording_sha256",
]


def test_every_missing_step_is_reported_at_once_and_nothing_is_stored(desk: Desk) -> None:
    case_id = everything_case(desk)
    plan = plan_of(desk, case_id)
    assert set(plan.requires) == {
        "DUAL_RECORDING",
        "COOLING_OFF",
        "ELDERLY_SPECIAL_CARE",
        "CONCENTRATION_NOTICE",
    }
    with pytest.raises(ValidationFailed) as caught:
        disclosure.record_disclosure(
            desk.ws, desk.actor, case_id, plan.version, DisclosureInput(readings=())
        )
    assert fields_of(caught) == EVERYTHING_FIELDS
    rules = {e.field: e.rule for e in caught.value.errors}
    assert rules["document_risk_disclosure"] == "DOCUMENT_NOT_READ"
    assert rules["copy_pad"] == "COPY_MISSING"
    assert rules["recording_checklist"] == "RECORDING_INCOMPLETE"
    assert all(e.message for e in caught.value.errors)
    assert_nothing_stored(desk, case_id, plan.version)

    # The complete input passes; each item left out alone is refused on its own field.
    complete = complete_input(plan)
    assert disclosure.check_input(plan, complete) == []
    readings = complete.readings
    omissions: dict[str, DisclosureInput] = {
        "document_prospectus": replace(complete, readings=readings[1:]),
        "copy_pad": replace(complete, copy_strokes=None),
        "copy_attested": replace(complete, advisor_attests_copy=False),
        "elderly_care_attested": replace(complete, elderly_care_attested=False),
        "elderly_client_reconfirmed": replace(complete, elderly_client_reconfirmed=False),
        "qualified_commitment_accepted": replace(complete, qualified_commitment_accepted=False),
        "concentration_explained": replace(complete, concentration_explained=False),
        "recording_checklist": replace(complete, recording_checked=complete.recording_checked[:-1]),
        "recording_reference": replace(complete, recording_reference="   "),
        "recording_sha256": replace(complete, recording_sha256="abc123"),
    }
    for expected, data in omissions.items():
        with pytest.raises(ValidationFailed) as caught:
            disclosure.record_disclosure(desk.ws, desk.actor, case_id, plan.version, data)
        assert fields_of(caught) == [expected], expected
    assert_nothing_stored(desk, case_id, plan.version)


def test_the_warning_and_the_premium_need_their_confirmations(desk: Desk) -> None:
    warned = matched_case(desk, WARN, "10000", own_initiative=True)
    plan = plan_of(desk, warned)
    with pytest.raises(ValidationFailed) as caught:
        disclosure.record_disclosure(
            desk.ws,
            desk.actor,
            warned,
            plan.version,
            replace(complete_input(plan), special_warning_confirmed=False),
        )
    assert fields_of(caught) == ["special_warning_confirmed"]
    assert caught.value.errors[0].rule == "CONFIRMATION_MISSING"
    # The warning must have been recorded, too.
    unrecorded = replace(
        complete_input(plan), recording_checked=(), recording_reference="", recording_sha256=""
    )
    with pytest.raises(ValidationFailed) as caught:
        disclosure.record_disclosure(desk.ws, desk.actor, warned, plan.version, unrecorded)
    assert fields_of(caught) == ["recording_checklist", "recording_reference", "recording_sha256"]
    assert_nothing_stored(desk, warned, plan.version)

    insured = matched_case(
        desk, INSURANCE, "70000", annual_premium="70000", id_number=mainland_id(seq="456")
    )
    plan = plan_of(desk, insured)
    with pytest.raises(ValidationFailed) as caught:
        disclosure.record_disclosure(
            desk.ws,
            desk.actor,
            insured,
            plan.version,
            replace(complete_input(plan), premium_explained=False),
        )
    assert fields_of(caught) == ["premium_explained"]
    assert_nothing_stored(desk, insured, plan.version)


def test_each_document_must_be_read_to_the_end_with_every_risk_acknowledged(
    desk: Desk,
) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    complete = complete_input(plan)

    def with_reading(kind: str, **changes: Any) -> DisclosureInput:
        return replace(
            complete,
            readings=tuple(
                replace(r, **changes) if r.kind == kind else r for r in complete.readings
            ),
        )

    cases_ = {
        "not scrolled": (
            with_reading("investor_rights", scrolled_to_end=False),
            "DOCUMENT_NOT_READ",
        ),
        "one risk left": (
            with_reading("risk_disclosure", acknowledged=complete.readings[1].acknowledged[:-1]),
            "RISK_NOT_ACKNOWLEDGED",
        ),
        "nothing acknowledged": (
            with_reading("prospectus", acknowledged=()),
            "RISK_NOT_ACKNOWLEDGED",
        ),
    }
    expected_field = {
        "not scrolled": "document_investor_rights",
        "one risk left": "document_risk_disclosure",
        "nothing acknowledged": "document_prospectus",
    }
    for name, (data, rule) in cases_.items():
        with pytest.raises(ValidationFailed) as caught:
            disclosure.record_disclosure(desk.ws, desk.actor, case_id, plan.version, data)
        assert [(e.field, e.rule) for e in caught.value.errors] == [(expected_field[name], rule)]
    one_left = disclosure.check_input(plan, cases_["one risk left"][0])
    assert "1" in one_left[0].message
    assert_nothing_stored(desk, case_id, plan.version)


def test_a_reading_of_a_different_text_is_refused(desk: Desk) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    other = matched_case(desk, WARN, "10000", own_initiative=True, id_number=mainland_id(seq="777"))
    plan, other_plan = plan_of(desk, case_id), plan_of(desk, other)
    # The client was shown another product's prospectus (or an older template).
    shown = other_plan.documents[0].sha256
    assert shown != plan.documents[0].sha256
    complete = complete_input(plan)
    data = replace(
        complete,
        readings=(replace(complete.readings[0], sha256=shown), *complete.readings[1:]),
    )
    with pytest.raises(ValidationFailed) as caught:
        disclosure.record_disclosure(desk.ws, desk.actor, case_id, plan.version, data)
    assert [(e.field, e.rule) for e in caught.value.errors] == [
        ("document_prospectus", "DOCUMENT_CHANGED")
    ]
    assert_nothing_stored(desk, case_id, plan.version)


# Enough strokes, but crammed into the left quarter of a 960 px pad.
CRAMPED = Strokes(960, 200, scripted_strokes(3, characters=17, width=240, height=200).strokes)


@pytest.mark.parametrize(
    ("strokes", "rule"),
    [
        (Strokes(960, 200, ()), "HANDWRITING_REQUIRED"),
        (Strokes(960, 200, (((480.0, 100.0, 0.5, 0),),)), "HANDWRITING_TOO_FEW_STROKES"),
        (scripted_strokes(3, characters=2, width=960, height=200), "HANDWRITING_TOO_FEW_STROKES"),
        (CRAMPED, "HANDWRITING_TOO_NARROW"),
    ],
)
def test_the_copied_sentence_must_look_written(desk: Desk, strokes: Strokes, rule: str) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    data = replace(complete_input(plan), copy_strokes=strokes)
    with pytest.raises(ValidationFailed) as caught:
        disclosure.record_disclosure(desk.ws, desk.actor, case_id, plan.version, data)
    assert [(e.field, e.rule) for e in caught.value.errors] == [("copy_pad", rule)]
    assert_nothing_stored(desk, case_id, plan.version)


def test_a_stale_version_or_a_case_not_waiting_for_disclosure_is_refused(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    data = complete_input(plan)
    # The case was saved elsewhere meanwhile (another window, a sync).
    with ws.db.writing() as session:
        row = session.get(SalesCase, case_id)
        assert row is not None
        row.updated_at = ws.now()
    version = cases.get_case(ws, actor, case_id).version
    assert version == plan.version + 1
    with pytest.raises(ConcurrentEdit):
        disclosure.record_disclosure(ws, actor, case_id, plan.version, data)
    assert_nothing_stored(desk, case_id, version)

    # A case not matched yet has nothing to disclose.
    assessed = desk.assessed_case(id_number=mainland_id(seq="999"))
    with pytest.raises(UserError):
        disclosure.disclosure_plan(ws, actor, assessed.case_id)
    with pytest.raises(UserError):
        disclosure.record_disclosure(ws, actor, assessed.case_id, assessed.version, data)
    assert desk.reload(assessed).state is CaseState.ASSESSED

    # Recorded once; a second recording is refused, not a version conflict.
    version = disclosure.record_disclosure(ws, actor, case_id, version, data)
    with pytest.raises(UserError) as caught:
        disclosure.record_disclosure(ws, actor, case_id, version, data)
    assert not isinstance(caught.value, ConcurrentEdit | ValidationFailed)
    assert len(rows(ws, "disclosure_records", case_id)) == len(plan.documents)
    assert cases.get_case(ws, actor, case_id).version == version


def test_only_the_cases_advisor_may_record_the_disclosure(office: Office, desk: Desk) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    data = complete_input(plan)
    office.add_user("wang.advisor", Role.ADVISOR)
    office.add_user("zhao.sup", Role.SUPERVISOR)
    wang, supervisor = office.actor("wang.advisor"), office.actor("zhao.sup")
    with pytest.raises(NotFound):
        disclosure.disclosure_plan(desk.ws, wang, case_id)
    with pytest.raises(NotFound):
        disclosure.record_disclosure(desk.ws, wang, case_id, plan.version, data)
    # The branch supervisor may look at the plan but not record it.
    assert disclosure.disclosure_plan(desk.ws, supervisor, case_id) == plan
    with pytest.raises(PermissionDenied):
        disclosure.record_disclosure(desk.ws, supervisor, case_id, plan.version, data)
    assert_nothing_stored(desk, case_id, plan.version)
