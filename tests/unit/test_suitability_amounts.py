"""RULES §3: minimum tickets, affordability, assessment validity, unknown facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.suitability import (
    SaleFacts,
    assessment_expires_at,
    fact_label,
)
from tests.unit.test_suitability_rules import (
    PRIVATE_AM_TYPES,
    PROFESSIONAL,
    R5_EQUITY,
    SHANGHAI,
    UTC,
    D,
    client,
    codes,
    decide,
    product,
    sale,
)

# -- §3 minimum tickets ---------------------------------------------------------------


@pytest.mark.parametrize("type_", PRIVATE_AM_TYPES)
@pytest.mark.parametrize(
    ("variety", "minimum"),
    [
        ("cash", "300000"),
        ("fixed_income", "300000"),
        ("mixed", "400000"),
        ("equity", "1000000"),
        ("derivatives", "1000000"),
        ("complex", "1000000"),
    ],
)
def test_private_am_minimum_ticket(type_: str, variety: str, minimum: str) -> None:
    p = product(type_, variety=variety)
    assert decide(p=p, s=sale(amount=D(minimum))).outcome == "suitable"
    below = decide(p=p, s=sale(amount=D(minimum) - 1))
    assert codes(below) == ["BELOW_MIN_TICKET"]
    assert below.reasons[0].dimension == "ticket"
    assert below.outcome == "prohibited"


@pytest.mark.parametrize("variety", ["cash", "fixed_income", "mixed", "equity"])
def test_private_fund_minimum_ticket(variety: str) -> None:
    p = product("private_fund", variety=variety)
    assert decide(p=p, s=sale(amount=D("1000000"))).outcome == "suitable"
    below = decide(p=p, s=sale(amount=D("999999")))
    assert codes(below) == ["BELOW_MIN_TICKET"]
    # Amounts read as the advisor writes them, with thousands separators.
    assert "999,999.00" in below.reasons[0].message
    assert "1,000,000.00" in below.reasons[0].message


def test_product_minimum_above_the_overlay_minimum() -> None:
    p = product("trust", min_amount=D("500000"))
    assert decide(p=p, s=sale(amount=D("500000"))).outcome == "suitable"
    assert codes(decide(p=p, s=sale(amount=D("400000")))) == ["BELOW_MIN_TICKET"]


def test_product_minimum_without_overlay() -> None:
    p = product("bank_wm", min_amount=D("10000"))
    assert decide(p=p, s=sale(amount=D("10000"))).outcome == "suitable"
    assert codes(decide(p=p, s=sale(amount=D("9999.99")))) == ["BELOW_MIN_TICKET"]


# -- §3 affordability -----------------------------------------------------------------


@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
def test_amount_equal_to_financial_assets_is_not_exceeded(type_: str) -> None:
    decision = decide(
        c=client(financial_assets=D("100000")), p=product(type_), s=sale(amount=D("100000"))
    )
    assert decision.reasons == ()
    assert decision.outcome == "suitable"
    assert decision.requires == ("CONCENTRATION_NOTICE",)


def test_affordability_exceeded_prohibited_under_nfra() -> None:
    decision = decide(c=client(financial_assets=D("100000")), s=sale(amount=D("100001")))
    assert codes(decision) == ["AFFORDABILITY_EXCEEDED"]
    assert decision.reasons[0].dimension == "affordability"
    assert decision.reasons[0].severity == "prohibited"
    assert decision.outcome == "prohibited"


def test_affordability_exceeded_is_a_mismatch_under_csrc() -> None:
    decision = decide(
        c=client(financial_assets=D("100000")), p=product("public_fund"), s=sale(amount=D("100001"))
    )
    assert codes(decision) == ["AFFORDABILITY_EXCEEDED"]
    assert decision.reasons[0].severity == "mismatch"
    assert decision.outcome == "warn"
    assert "SPECIAL_WARNING_SIGNED" in decision.requires
    # The sale may go ahead, so the advisor must still explain the concentration.
    assert "CONCENTRATION_NOTICE" in decision.requires


@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
def test_concentration_notice_above_half(type_: str) -> None:
    c = client(financial_assets=D("200000"))
    exactly_half = decide(c=c, p=product(type_), s=sale(amount=D("100000")))
    assert exactly_half.requires == ()
    above = decide(c=c, p=product(type_), s=sale(amount=D("100000.01")))
    assert above.outcome == "suitable"
    assert above.requires == ("CONCENTRATION_NOTICE",)


def test_amount_rules_wait_while_the_amount_is_pending() -> None:
    decision = decide(
        c=client(financial_assets=None),
        p=product("trust"),
        s=SaleFacts(channel="remote", amount_pending=True),
    )
    assert decision.reasons == ()


# -- §3 assessment --------------------------------------------------------------------

ASSESSED = datetime(2025, 3, 1, 10, 0, tzinfo=SHANGHAI)
EXPIRY = datetime(2026, 3, 1, 10, 0, tzinfo=SHANGHAI)


def test_assessment_expiry_instant() -> None:
    assert assessment_expires_at(ASSESSED, 12) == EXPIRY
    # The same instant written in UTC expires at the same instant.
    assert assessment_expires_at(ASSESSED.astimezone(UTC), 12) == EXPIRY
    leap = datetime(2024, 2, 29, 9, 0, tzinfo=SHANGHAI)
    assert assessment_expires_at(leap, 12) == datetime(2025, 2, 28, 9, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
def test_assessment_valid_until_twelve_months(type_: str) -> None:
    c = client(assessed_at=ASSESSED)
    valid = decide(c=c, p=product(type_), at=EXPIRY - timedelta(seconds=1))
    assert valid.outcome == "suitable"
    expired = decide(c=c, p=product(type_), at=EXPIRY)
    assert codes(expired) == ["ASSESSMENT_EXPIRED"]
    assert expired.reasons[0].dimension == "assessment"
    assert expired.outcome == "prohibited"
    assert "2026-03-01" in expired.reasons[0].message
    # Same instants given in UTC.
    assert decide(c=c, p=product(type_), at=EXPIRY.astimezone(UTC)).outcome == "prohibited"


@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
@pytest.mark.parametrize("changes", [{"risk_level": None}, {"assessed_at": None}])
def test_assessment_missing(type_: str, changes: dict[str, object]) -> None:
    decision = decide(c=client(**changes), p=product(type_))
    assert codes(decision) == ["ASSESSMENT_MISSING"]
    assert decision.outcome == "prohibited"


def test_professional_needs_no_assessment_even_expired() -> None:
    c = replace(PROFESSIONAL, risk_level="C5", assessed_at=ASSESSED)
    decision = decide(c=c, p=product("public_fund", **R5_EQUITY), at=EXPIRY + timedelta(days=30))
    assert decision.outcome == "suitable"


# -- unknown facts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_", "client_changes", "product_changes", "sale_changes", "code"),
    [
        ("bank_wm", {"financial_assets": None}, {}, {}, "FACT_MISSING:financial_assets"),
        ("public_fund", {"financial_assets": None}, {}, {}, "FACT_MISSING:financial_assets"),
        ("bank_wm", {"birth_date": None}, {}, {}, "FACT_MISSING:birth_date"),
        ("bank_wm", {"civil_capacity": None}, {}, {}, "FACT_MISSING:civil_capacity"),
        ("bank_wm", {"horizon": None}, {}, {}, "FACT_MISSING:horizon"),
        ("bank_wm", {"varieties": None}, {}, {}, "FACT_MISSING:varieties"),
        ("bank_wm", {}, {}, {"amount": None}, "FACT_MISSING:amount"),
        ("bank_wm", {}, {}, {"channel": None}, "FACT_MISSING:channel"),
        (
            "bank_wm",
            {"horizon": "1-5y"},
            {"term_days": None},
            {},
            "FACT_MISSING:product.term_days",
        ),
        (
            "bank_wm",
            {"horizon": "1-5y"},
            {"term_days": None, "open_ended": True},
            {},
            "FACT_MISSING:product.lockup_days",
        ),
        ("insurance", {}, {}, {"annual_premium": None}, "FACT_MISSING:annual_premium"),
        ("insurance", {"annual_income": None}, {}, {}, "FACT_MISSING:annual_income"),
    ],
)
def test_unknown_fact_is_reported_not_guessed(
    type_: str,
    client_changes: dict[str, object],
    product_changes: dict[str, object],
    sale_changes: dict[str, object],
    code: str,
) -> None:
    decision = decide(
        c=client(**client_changes), p=product(type_, **product_changes), s=sale(**sale_changes)
    )
    assert codes(decision) == [code]
    assert decision.reasons[0].dimension == "facts"
    # The message names the fact as the advisor knows it, not the field's code name.
    assert fact_label(code.split(":", 1)[1]) in decision.reasons[0].message
    assert decision.outcome == "prohibited"


def test_channel_is_not_needed_under_csrc() -> None:
    assert decide(p=product("public_fund"), s=sale(channel=None)).outcome == "suitable"


def test_unknown_term_is_fine_without_a_horizon_limit() -> None:
    decision = decide(c=client(horizon="any"), p=product(term_days=None))
    assert decision.outcome == "suitable"
