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
    evaluate,
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
