"""RULES §4–5: horizon, variety, special care, every requires code; all failed rules."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.rulepack import PRODUCT_TYPES
from tests.unit.test_suitability_amounts import ASSESSED
from tests.unit.test_suitability_rules import (
    PRIVATE_TYPES,
    REGIME,
    D,
    born_years_before,
    client,
    codes,
    decide,
    product,
    sale,
)

# -- §4 horizon and variety -----------------------------------------------------------


@pytest.mark.parametrize(
    ("horizon", "days", "exceeds"),
    [
        ("0-1y", 365, False),
        ("0-1y", 366, True),
        ("1-5y", 1825, False),
        ("1-5y", 1826, True),
        ("any", 36500, False),
    ],
)
def test_horizon(horizon: str, days: int, exceeds: bool) -> None:
    c = client(horizon=horizon)
    closed = decide(c=c, p=product(term_days=days))
    assert codes(closed) == (["HORIZON_EXCEEDS"] if exceeds else [])
    # An open-ended product counts by its lock-up, whatever its term says.
    open_ended = product(term_days=None, open_ended=True, lockup_days=days)
    assert codes(decide(c=c, p=open_ended)) == (["HORIZON_EXCEEDS"] if exceeds else [])
    long_term_short_lockup = product(term_days=99999, open_ended=True, lockup_days=30)
    assert codes(decide(c=c, p=long_term_short_lockup)) == []


@pytest.mark.parametrize(
    ("variety", "intended", "ok"),
    [
        ("mixed", ("equity",), True),
        ("mixed", ("fixed_income",), False),
        ("cash", ("fixed_income",), True),
        ("cash", ("equity",), False),
        ("fixed_income", ("fixed_income",), True),
        ("equity", ("fixed_income", "derivatives", "complex"), False),
        ("derivatives", ("derivatives",), True),
        ("derivatives", ("complex",), False),
        ("complex", ("complex",), True),
        ("complex", ("fixed_income", "equity", "derivatives"), False),
    ],
)
def test_variety_mapping(variety: str, intended: tuple[str, ...], ok: bool) -> None:
    decision = decide(c=client(varieties=intended), p=product(variety=variety))
    assert codes(decision) == ([] if ok else ["VARIETY_NOT_INTENDED"])


def test_empty_intended_varieties_match_nothing() -> None:
    assert codes(decide(c=client(varieties=()))) == ["VARIETY_NOT_INTENDED"]


# -- §5 special care ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "rating", "elderly"),
    [
        (0, "R4", True),  # 65th birthday today
        (-1, "R4", True),
        (1, "R4", False),  # 64, birthday tomorrow
        (0, "R5", True),
        (0, "R3", False),
    ],
)
@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
def test_elderly_special_care(type_: str, days: int, rating: str, elderly: bool) -> None:
    c = client(birth_date=born_years_before(65, days), risk_level="C5")
    decision = decide(c=c, p=product(type_, risk_issuer=rating, risk_distributor=rating))
    assert decision.outcome == "suitable"
    assert ("ELDERLY_SPECIAL_CARE" in decision.requires) == elderly


def test_elderly_uses_the_effective_rating() -> None:
    c = client(birth_date=born_years_before(70), risk_level="C5")
    decision = decide(c=c, p=product(risk_issuer="R3", risk_distributor="R4"))
    assert "ELDERLY_SPECIAL_CARE" in decision.requires


@pytest.mark.parametrize("type_", PRODUCT_TYPES)
@pytest.mark.parametrize("channel", ["branch", "field", "remote"])
def test_dual_recording_by_channel(type_: str, channel: str) -> None:
    decision = decide(p=product(type_), s=sale(channel=channel))
    expected = (REGIME[type_][0] == "NFRA" and channel != "remote") or (
        type_ == "insurance_investment_linked"
    )
    assert ("DUAL_RECORDING" in decision.requires) == expected


@pytest.mark.parametrize(
    ("life", "term", "age_days", "expected"),
    [
        (True, 366, (60, 0), True),
        (True, 366, (60, 1), False),  # 59, turns 60 tomorrow
        (True, 365, (70, 0), False),
        (False, 3650, (70, 0), False),
        (True, 3650, (61, 0), True),
    ],
)
def test_dual_recording_for_long_life_insurance_at_60(
    life: bool, term: int, age_days: tuple[int, int], expected: bool
) -> None:
    c = client(birth_date=born_years_before(*age_days), horizon="any")
    decision = decide(c=c, p=product("insurance", insurance_life=life, term_days=term))
    assert decision.outcome == "suitable"
    assert ("DUAL_RECORDING" in decision.requires) == expected


def test_dual_recording_for_investment_linked_insurance_even_remote() -> None:
    decision = decide(p=product("insurance_investment_linked"), s=sale(channel="remote"))
    assert "DUAL_RECORDING" in decision.requires


@pytest.mark.parametrize("type_", PRODUCT_TYPES)
def test_cooling_off_for_private_overlay(type_: str) -> None:
    decision = decide(p=product(type_))
    assert ("COOLING_OFF" in decision.requires) == (type_ in PRIVATE_TYPES)


@pytest.mark.parametrize("type_", PRODUCT_TYPES)
@pytest.mark.parametrize(("term", "free_look"), [(365, False), (366, True), (7300, True)])
def test_free_look_for_insurance_over_one_year(type_: str, term: int, free_look: bool) -> None:
    decision = decide(p=product(type_, term_days=term))
    assert ("FREE_LOOK" in decision.requires) == (free_look and type_.startswith("insurance"))


@pytest.mark.parametrize("type_", ["insurance", "insurance_investment_linked"])
@pytest.mark.parametrize(("premium", "notice"), [("30000", False), ("30000.01", True)])
def test_premium_affordability_notice(type_: str, premium: str, notice: bool) -> None:
    c = client(annual_income=D("100000"))
    decision = decide(c=c, p=product(type_), s=sale(annual_premium=D(premium)))
    assert decision.outcome == "suitable"
    assert ("PREMIUM_AFFORDABILITY_NOTICE" in decision.requires) == notice


def test_premium_is_ignored_outside_insurance() -> None:
    c = client(annual_income=D("1"))
    assert decide(c=c, s=sale(annual_premium=D("1000000"))).requires == ()


def test_special_warning_only_with_warn() -> None:
    assert "SPECIAL_WARNING_SIGNED" not in decide(p=product("public_fund")).requires
    nfra_mismatch = decide(c=client(risk_level="C1"))
    assert nfra_mismatch.outcome == "prohibited"
    assert "SPECIAL_WARNING_SIGNED" not in nfra_mismatch.requires
    csrc_blocked = decide(c=client(risk_level="C1", assessed_at=None), p=product("public_fund"))
    assert csrc_blocked.outcome == "prohibited"
    assert "SPECIAL_WARNING_SIGNED" not in csrc_blocked.requires


def test_requires_are_listed_in_a_fixed_order() -> None:
    c = client(
        birth_date=born_years_before(70),
        risk_level="C3",
        annual_income=D("100000"),
        financial_assets=D("1500000"),
    )
    p = product(
        "insurance_investment_linked",
        risk_issuer="R4",
        risk_distributor="R4",
        term_days=3650,
        insurance_life=True,
    )
    decision = decide(c=c, p=p, s=sale(channel="branch", annual_premium=D("50000")))
    assert codes(decision) == ["RISK_ABOVE_LEVEL"]
    assert decision.requires == (
        "ELDERLY_SPECIAL_CARE",
        "DUAL_RECORDING",
        "FREE_LOOK",
        "CONCENTRATION_NOTICE",
        "PREMIUM_AFFORDABILITY_NOTICE",
    )
    warn = decide(
        c=client(birth_date=born_years_before(70), risk_level="C3", financial_assets=D("1500000")),
        p=product("securities_am", risk_issuer="R4", risk_distributor="R4"),
    )
    assert warn.outcome == "warn"
    assert warn.requires == (
        "ELDERLY_SPECIAL_CARE",
        "SPECIAL_WARNING_SIGNED",
        "COOLING_OFF",
        "CONCENTRATION_NOTICE",
    )


# -- every failed rule is returned ----------------------------------------------------


def test_all_mismatches_are_returned_under_csrc() -> None:
    c = client(
        risk_level="C1",
        horizon="0-1y",
        varieties=("fixed_income",),
        financial_assets=D("50000"),
    )
    p = product(
        "public_fund", risk_issuer="R3", risk_distributor="R2", variety="equity", term_days=1000
    )
    decision = decide(c=c, p=p, s=sale(amount=D("100000")))
    assert codes(decision) == [
        "RISK_ABOVE_LEVEL",
        "HORIZON_EXCEEDS",
        "VARIETY_NOT_INTENDED",
        "AFFORDABILITY_EXCEEDED",
    ]
    assert decision.outcome == "warn"


def test_all_failed_rules_are_returned_under_nfra() -> None:
    c = client(
        birth_date=born_years_before(17),
        civil_capacity="limited",
        guardian_consent=False,
        assessed_at=ASSESSED - timedelta(days=1),
        risk_level="C1",
        lowest_category=True,
        horizon="0-1y",
        varieties=("fixed_income",),
        investment_experience_years=1,
        financial_assets=D("100000"),
    )
    p = product("trust", risk_issuer="R2", risk_distributor="R4", variety="equity", term_days=400)
    decision = decide(c=c, p=p, s=sale(amount=D("200000"), channel="branch"))
    assert sorted(codes(decision)) == sorted(
        [
            "LIMITED_CAPACITY_RISK_TOO_HIGH",
            "LIMITED_CAPACITY_NEEDS_GUARDIAN",
            "ASSESSMENT_EXPIRED",
            "LOWEST_CATEGORY",
            "RISK_ABOVE_LEVEL",
            "HORIZON_EXCEEDS",
            "VARIETY_NOT_INTENDED",
            "NOT_QUALIFIED_INVESTOR",
            "BELOW_MIN_TICKET",
            "AFFORDABILITY_EXCEEDED",
        ]
    )
    assert len(set(codes(decision))) == len(decision.reasons)
    assert decision.outcome == "prohibited"
    assert decision.requires == ("DUAL_RECORDING", "COOLING_OFF", "CONCENTRATION_NOTICE")
