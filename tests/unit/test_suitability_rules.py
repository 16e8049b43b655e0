"""Every rule of RULES.md §2–5 at and around its boundary (app/domain/suitability.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.domain.rulepack import PRODUCT_TYPES
from app.domain.suitability import (
    ClientFacts,
    Decision,
    ProductFacts,
    SaleFacts,
    assessment_expires_at,
    evaluate,
    fact_label,
)
from app.rulebook import rulebook

SHANGHAI = ZoneInfo("Asia/Shanghai")
UTC = ZoneInfo("UTC")
AT = datetime(2026, 3, 1, 10, 0, tzinfo=SHANGHAI)

# RULES.md §2: product type → (regime, overlay).
REGIME = {
    "bank_wm": ("NFRA", None),
    "structured_deposit": ("NFRA", None),
    "bank_wm_private": ("NFRA", "private_am"),
    "trust": ("NFRA", "private_am"),
    "insurance": ("NFRA", "insurance"),
    "insurance_investment_linked": ("NFRA", "insurance"),
    "public_fund": ("CSRC", None),
    "private_fund": ("CSRC", "private_fund"),
    "securities_am": ("CSRC", "private_am"),
}
NFRA_TYPES = [t for t, (regime, _) in REGIME.items() if regime == "NFRA"]
CSRC_TYPES = [t for t, (regime, _) in REGIME.items() if regime == "CSRC"]
PRIVATE_TYPES = [
    t for t, (_, overlay) in REGIME.items() if overlay in ("private_am", "private_fund")
]
PRIVATE_AM_TYPES = [t for t, (_, overlay) in REGIME.items() if overlay == "private_am"]
MISMATCH_OUTCOME = {"NFRA": "prohibited", "CSRC": "warn"}


def D(value: str | int) -> Decimal:  # noqa: N802 - reads like a literal
    return Decimal(value)


# A client who may buy every baseline product below: C4, any horizon, every variety,
# wealthy enough for every qualified-investor rule, assessed recently, not professional.
CLIENT = ClientFacts(
    kind="person",
    birth_date=date(1980, 6, 15),
    civil_capacity="full",
    investor_class="ordinary",
    risk_level="C4",
    lowest_category=False,
    assessed_at=datetime(2026, 1, 10, 10, 0, tzinfo=SHANGHAI),
    horizon="any",
    varieties=("fixed_income", "equity", "derivatives", "complex"),
    financial_assets=D("10000000"),
    annual_income=D("1000000"),
    income_3y_avg=D("1000000"),
    family_financial_assets=D("20000000"),
    family_financial_net_assets=D("15000000"),
    investment_experience_years=5,
    guardian_consent=False,
)
SALE = SaleFacts(amount=D("1000000"), channel="remote", annual_premium=D("100000"))


def client(**changes: object) -> ClientFacts:
    return replace(CLIENT, **changes)  # type: ignore[arg-type]


def product(type_: str = "bank_wm", **changes: object) -> ProductFacts:
    base = ProductFacts(
        code="P001",
        type=type_,
        risk_issuer="R3",
        risk_distributor="R3",
        variety="fixed_income",
        term_days=365,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def sale(**changes: object) -> SaleFacts:
    return replace(SALE, **changes)  # type: ignore[arg-type]


def decide(
    c: ClientFacts = CLIENT,
    p: ProductFacts | None = None,
    s: SaleFacts = SALE,
    *,
    at: datetime = AT,
) -> Decision:
    return evaluate(c, p or product(), s, at=at, rulebook=rulebook())


def codes(decision: Decision) -> list[str]:
    return [reason.code for reason in decision.reasons]


def born_years_before(years: int, days: int = 0) -> date:
    """A birth date ``years`` before AT's local date, shifted by ``days``."""
    local = AT.date()
    return local.replace(year=local.year - years) + timedelta(days=days)


# -- baseline ------------------------------------------------------------------------


@pytest.mark.parametrize("type_", PRODUCT_TYPES)
def test_baseline_is_suitable_for_every_type(type_: str) -> None:
    decision = decide(p=product(type_))
    assert decision.outcome == "suitable"
    assert decision.reasons == ()
    assert decision.regime == REGIME[type_][0]
    assert decision.effective_risk == "R3"
    expected = []
    if type_ == "insurance_investment_linked":
        expected.append("DUAL_RECORDING")
    if type_ in PRIVATE_TYPES:
        expected.append("COOLING_OFF")
    assert list(decision.requires) == expected


def test_as_json_shape() -> None:
    decision = decide(c=client(risk_level="C2"))
    data = decision.as_json()
    assert data["outcome"] == "prohibited"
    assert data["effective_risk"] == "R3"
    assert data["requires"] == []
    assert data["reasons"] == [
        {
            "code": "RISK_ABOVE_LEVEL",
            "dimension": "risk",
            "message": decision.reasons[0].message,
        }
    ]
    assert "R3" in decision.reasons[0].message
    assert "C2" in decision.reasons[0].message


# -- §1 levels and effective rating --------------------------------------------------


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
def test_cn_matches_up_to_rn(level: int, rating: int) -> None:
    decision = decide(
        c=client(risk_level=f"C{level}"),
        p=product(risk_issuer=f"R{rating}", risk_distributor=f"R{rating}"),
    )
    assert ("RISK_ABOVE_LEVEL" in codes(decision)) == (rating > level)


@pytest.mark.parametrize(("issuer", "distributor"), [("R3", "R4"), ("R4", "R3")])
def test_effective_rating_is_the_higher(issuer: str, distributor: str) -> None:
    p = product(risk_issuer=issuer, risk_distributor=distributor)
    assert p.effective_risk == "R4"
    decision = decide(c=client(risk_level="C3"), p=p)
    assert decision.effective_risk == "R4"
    assert codes(decision) == ["RISK_ABOVE_LEVEL"]
    assert decide(c=client(risk_level="C4"), p=p).outcome == "suitable"


# -- §2 regimes: mismatch outcome ----------------------------------------------------

MISMATCHES = {
    "RISK_ABOVE_LEVEL": ({"risk_level": "C2"}, {}),
    "HORIZON_EXCEEDS": ({"horizon": "0-1y"}, {"term_days": 366}),
    "VARIETY_NOT_INTENDED": ({"varieties": ("fixed_income",)}, {"variety": "equity"}),
}


@pytest.mark.parametrize("type_", PRODUCT_TYPES)
@pytest.mark.parametrize("code", list(MISMATCHES))
def test_mismatch_prohibited_under_nfra_warn_under_csrc(type_: str, code: str) -> None:
    client_changes, product_changes = MISMATCHES[code]
    decision = decide(c=client(**client_changes), p=product(type_, **product_changes))
    assert codes(decision) == [code]
    assert decision.reasons[0].severity == "mismatch"
    regime = REGIME[type_][0]
    assert decision.outcome == MISMATCH_OUTCOME[regime]
    assert ("SPECIAL_WARNING_SIGNED" in decision.requires) == (regime == "CSRC")


def test_mismatch_dimensions() -> None:
    decision = decide(
        c=client(risk_level="C2", horizon="0-1y", varieties=("fixed_income",)),
        p=product("public_fund", variety="equity", term_days=366),
    )
    assert [(r.code, r.dimension) for r in decision.reasons] == [
        ("RISK_ABOVE_LEVEL", "risk"),
        ("HORIZON_EXCEEDS", "horizon"),
        ("VARIETY_NOT_INTENDED", "variety"),
    ]
    assert decision.outcome == "warn"


def test_explicit_regime_picks_the_pack() -> None:
    p = product("bank_wm", regime="CSRC")
    decision = decide(c=client(risk_level="C2"), p=p)
    assert decision.regime == "CSRC"
    assert decision.outcome == "warn"


def test_explicit_pack_argument_wins() -> None:
    book = rulebook()
    decision = evaluate(
        client(risk_level="C2"),
        product("public_fund"),
        SALE,
        at=AT,
        rulebook=book,
        pack=book.packs["NFRA-2025"],
    )
    assert decision.rulepack == "NFRA-2025"
    assert decision.outcome == "prohibited"


# -- §3 lowest category ---------------------------------------------------------------


@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
def test_lowest_category_r1_only_in_both_regimes(type_: str) -> None:
    lowest = client(risk_level="C1", lowest_category=True)
    r1 = decide(c=lowest, p=product(type_, risk_issuer="R1", risk_distributor="R1"))
    assert r1.outcome == "suitable"
    r2 = decide(c=lowest, p=product(type_, risk_issuer="R1", risk_distributor="R2"))
    assert codes(r2) == ["LOWEST_CATEGORY", "RISK_ABOVE_LEVEL"]
    assert r2.outcome == "prohibited"
    lowest_reason = r2.reasons[0]
    assert lowest_reason.severity == "prohibited"
    assert lowest_reason.dimension == "lowest_category"


def test_ordinary_c1_under_csrc_is_only_a_mismatch() -> None:
    c1 = client(risk_level="C1", lowest_category=False)
    decision = decide(c=c1, p=product("public_fund", risk_issuer="R2", risk_distributor="R2"))
    assert codes(decision) == ["RISK_ABOVE_LEVEL"]
    assert decision.outcome == "warn"


@pytest.mark.parametrize("capacity", ["limited", "none"])
def test_c1_without_full_capacity_is_lowest_category(capacity: str) -> None:
    c = client(risk_level="C1", lowest_category=False, civil_capacity=capacity)
    decision = decide(c=c, p=product("public_fund", risk_issuer="R2", risk_distributor="R2"))
    assert "LOWEST_CATEGORY" in codes(decision)
    assert decision.outcome == "prohibited"


def test_c2_with_limited_capacity_is_not_lowest_category() -> None:
    c = client(risk_level="C2", civil_capacity="limited", guardian_consent=True)
    decision = decide(c=c, p=product(risk_issuer="R2", risk_distributor="R2"))
    assert "LOWEST_CATEGORY" not in codes(decision)
    assert codes(decision) == ["LIMITED_CAPACITY_RISK_TOO_HIGH"]


# -- §3 civil capacity ----------------------------------------------------------------

R1 = {"risk_issuer": "R1", "risk_distributor": "R1"}


@pytest.mark.parametrize(
    ("days", "expected_age"),
    [(-1, 8), (0, 8), (1, 7)],
)
def test_age_8_boundary(days: int, expected_age: int) -> None:
    c = client(
        birth_date=born_years_before(8, days), civil_capacity="limited", guardian_consent=True
    )
    decision = decide(c=c, p=product(**R1))
    if expected_age < 8:
        assert codes(decision) == ["NO_CAPACITY"]
        assert decision.outcome == "prohibited"
    else:
        assert decision.outcome == "suitable", codes(decision)


@pytest.mark.parametrize(("days", "expected_age"), [(-1, 18), (0, 18), (1, 17)])
def test_age_18_boundary(days: int, expected_age: int) -> None:
    # The client declared full capacity; under 18 the age decides (RULES.md §3).
    c = client(birth_date=born_years_before(18, days), civil_capacity="full")
    decision = decide(c=c)  # R3
    if expected_age < 18:
        assert codes(decision) == [
            "LIMITED_CAPACITY_RISK_TOO_HIGH",
            "LIMITED_CAPACITY_NEEDS_GUARDIAN",
        ]
        assert decision.outcome == "prohibited"
    else:
        assert decision.outcome == "suitable"


def test_age_is_computed_in_shanghai() -> None:
    # 2026-02-28 16:30 UTC is already 2026-03-01 00:30 in Shanghai: the 8th birthday.
    c = client(birth_date=date(2018, 3, 1), civil_capacity="limited", guardian_consent=True)
    at = datetime(2026, 2, 28, 16, 30, tzinfo=UTC)
    assert decide(c=c, p=product(**R1), at=at).outcome == "suitable"
    before = datetime(2026, 2, 28, 15, 59, 59, tzinfo=UTC)  # 23:59:59 on 28 Feb locally
    assert codes(decide(c=c, p=product(**R1), at=before)) == ["NO_CAPACITY"]


def test_adult_without_capacity_prohibited_for_everything() -> None:
    decision = decide(c=client(civil_capacity="none"), p=product(**R1))
    assert codes(decision) == ["NO_CAPACITY"]
    assert decision.reasons[0].dimension == "capacity"
    assert decision.outcome == "prohibited"


@pytest.mark.parametrize(
    ("rating", "consent", "expected"),
    [
        ("R1", True, []),
        ("R1", False, ["LIMITED_CAPACITY_NEEDS_GUARDIAN"]),
        ("R1", None, ["LIMITED_CAPACITY_NEEDS_GUARDIAN"]),
        ("R2", True, ["LIMITED_CAPACITY_RISK_TOO_HIGH"]),
        ("R2", False, ["LIMITED_CAPACITY_RISK_TOO_HIGH", "LIMITED_CAPACITY_NEEDS_GUARDIAN"]),
    ],
)
@pytest.mark.parametrize("type_", ["bank_wm", "public_fund"])
def test_adult_with_limited_capacity(
    type_: str, rating: str, consent: bool | None, expected: list[str]
) -> None:
    c = client(civil_capacity="limited", guardian_consent=consent)
    decision = decide(c=c, p=product(type_, risk_issuer=rating, risk_distributor=rating))
    assert codes(decision) == expected
    assert decision.outcome == ("prohibited" if expected else "suitable")


# -- §3 professional investors --------------------------------------------------------

PROFESSIONAL = client(
    investor_class="professional",
    risk_level=None,
    assessed_at=None,
    horizon=None,
    varieties=None,
    financial_assets=D("5000000"),
    income_3y_avg=D("100000"),
    family_financial_assets=None,
    family_financial_net_assets=None,
    investment_experience_years=2,
)
R5_EQUITY = {"risk_issuer": "R5", "risk_distributor": "R5", "variety": "equity"}


def test_professional_person_under_csrc_is_treated_c5_without_assessment() -> None:
    decision = decide(c=PROFESSIONAL, p=product("public_fund", **R5_EQUITY))
    assert decision.outcome == "suitable", codes(decision)
    assert decision.treated_level == "C5"


@pytest.mark.parametrize(
    ("changes", "professional"),
    [
        ({}, True),
        ({"financial_assets": D("4999999")}, False),
        ({"financial_assets": D("4999999"), "income_3y_avg": D("500000")}, True),
        ({"financial_assets": D("4999999"), "income_3y_avg": D("499999")}, False),
        ({"investment_experience_years": 1}, False),
        ({"investment_experience_years": None}, False),
        ({"investor_class": "ordinary"}, False),
    ],
)
def test_professional_person_thresholds(changes: dict[str, object], professional: bool) -> None:
    c = replace(PROFESSIONAL, **changes)  # type: ignore[arg-type]
    decision = decide(c=c, p=product("public_fund", **R5_EQUITY), s=sale(amount=D("100")))
    if professional:
        assert decision.outcome == "suitable"
        assert decision.treated_level == "C5"
    else:
        assert "ASSESSMENT_MISSING" in codes(decision)
        assert decision.outcome == "prohibited"


def test_professional_person_overrides_a_lower_assessed_level_under_csrc() -> None:
    c = replace(PROFESSIONAL, risk_level="C2", assessed_at=CLIENT.assessed_at)
    assert decide(c=c, p=product("public_fund", **R5_EQUITY)).outcome == "suitable"


def test_no_professional_persons_under_nfra() -> None:
    decision = decide(c=PROFESSIONAL, p=product("bank_wm", **R5_EQUITY))
    assert decision.treated_level is None
    assert codes(decision) == ["ASSESSMENT_MISSING"]
    assert decision.outcome == "prohibited"


def test_professional_institution_under_nfra() -> None:
    institution = replace(PROFESSIONAL, kind="institution", birth_date=None, civil_capacity=None)
    decision = decide(c=institution, p=product("bank_wm", **R5_EQUITY))
    assert decision.outcome == "suitable", codes(decision)
    assert decision.treated_level == "C5"


@pytest.mark.parametrize("type_", ["securities_am", "private_fund"])
def test_professional_counts_as_qualified(type_: str) -> None:
    # Own financial assets are not a 资管 threshold and the family figures are unknown:
    # only the professional status qualifies this client.
    decision = decide(c=PROFESSIONAL, p=product(type_, **R5_EQUITY))
    assert decision.outcome == "suitable", codes(decision)
    assert decision.requires == ("COOLING_OFF",)


# -- §3 qualified investors -----------------------------------------------------------

NOT_WEALTHY = {
    "family_financial_net_assets": D("2999999"),
    "family_financial_assets": D("4999999"),
    "income_3y_avg": D("399999"),
}


@pytest.mark.parametrize("type_", PRIVATE_AM_TYPES)
@pytest.mark.parametrize(
    ("changes", "qualified"),
    [
        ({**NOT_WEALTHY, "family_financial_net_assets": D("3000000")}, True),
        ({**NOT_WEALTHY, "family_financial_assets": D("5000000")}, True),
        ({**NOT_WEALTHY, "income_3y_avg": D("400000")}, True),
        (NOT_WEALTHY, False),
        ({"investment_experience_years": 1}, False),
        ({"investment_experience_years": 2}, True),
        # Own financial assets are not a 资管 threshold.
        ({**NOT_WEALTHY, "financial_assets": D("100000000")}, False),
    ],
)
def test_private_am_qualified_investor(
    type_: str, changes: dict[str, object], qualified: bool
) -> None:
    decision = decide(c=client(**changes), p=product(type_))
    if qualified:
        assert decision.outcome == "suitable", codes(decision)
    else:
        assert codes(decision) == ["NOT_QUALIFIED_INVESTOR"]
        assert decision.reasons[0].dimension == "investor"
        assert decision.outcome == "prohibited"


@pytest.mark.parametrize(
    ("changes", "qualified"),
    [
        ({"financial_assets": D("3000000"), "income_3y_avg": D("0")}, True),
        ({"financial_assets": D("2999999"), "income_3y_avg": D("500000")}, True),
        ({"financial_assets": D("2999999"), "income_3y_avg": D("499999")}, False),
        # No experience rule for private funds; family figures do not count.
        (
            {
                "financial_assets": D("3000000"),
                "income_3y_avg": D("0"),
                "investment_experience_years": 0,
            },
            True,
        ),
        (
            {
                "financial_assets": D("2999999"),
                "income_3y_avg": D("0"),
                "family_financial_assets": D("100000000"),
            },
            False,
        ),
    ],
)
def test_private_fund_qualified_investor(changes: dict[str, object], qualified: bool) -> None:
    decision = decide(c=client(**changes), p=product("private_fund"))
    assert ("NOT_QUALIFIED_INVESTOR" in codes(decision)) == (not qualified)
    assert ("NOT_QUALIFIED_INVESTOR" in codes(decision)) == (decision.outcome == "prohibited")


def test_qualified_investor_unknown_facts() -> None:
    # Threshold met, experience unknown → the experience is reported missing.
    decision = decide(c=client(investment_experience_years=None), p=product("trust"))
    assert codes(decision) == ["FACT_MISSING:investment_experience_years"]
    assert decision.outcome == "prohibited"
    # No threshold met, some unknown → each unknown one is reported.
    unknown = client(
        family_financial_net_assets=None, family_financial_assets=None, income_3y_avg=D("1")
    )
    decision = decide(c=unknown, p=product("trust"))
    assert codes(decision) == [
        "FACT_MISSING:family_financial_net_assets",
        "FACT_MISSING:family_financial_assets",
    ]
    # One threshold met: the unknown others do not matter.
    enough = replace(unknown, income_3y_avg=D("400000"))
    assert decide(c=enough, p=product("trust")).outcome == "suitable"


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
