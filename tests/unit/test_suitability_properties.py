"""Properties of the suitability engine over generated clients and products (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.rulepack import (
    CHANNELS,
    CLIENT_LEVELS,
    HORIZONS,
    INTENDED_VARIETIES,
    PRODUCT_RATINGS,
    PRODUCT_TYPES,
    VARIETIES,
)
from app.domain.suitability import ClientFacts, Decision, ProductFacts, SaleFacts, evaluate
from app.rulebook import rulebook

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 3, 1, 10, 0, tzinfo=SHANGHAI)
MISMATCH_CODES = {"RISK_ABOVE_LEVEL", "HORIZON_EXCEEDS", "VARIETY_NOT_INTENDED"}
KNOWN_CODES = MISMATCH_CODES | {
    "LOWEST_CATEGORY",
    "NO_CAPACITY",
    "LIMITED_CAPACITY_NEEDS_GUARDIAN",
    "LIMITED_CAPACITY_RISK_TOO_HIGH",
    "ASSESSMENT_MISSING",
    "ASSESSMENT_EXPIRED",
    "NOT_QUALIFIED_INVESTOR",
    "BELOW_MIN_TICKET",
    "AFFORDABILITY_EXCEEDED",
}
KNOWN_REQUIRES = (
    "ELDERLY_SPECIAL_CARE",
    "SPECIAL_WARNING_SIGNED",
    "DUAL_RECORDING",
    "COOLING_OFF",
    "FREE_LOOK",
    "CONCENTRATION_NOTICE",
    "PREMIUM_AFFORDABILITY_NOTICE",
)
PROPERTY = settings(max_examples=200, deadline=None)


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.none() | strategy


# Money around the thresholds that matter (tickets, professional and qualified limits).
money = st.one_of(
    st.integers(0, 12_000_000).map(Decimal),
    st.sampled_from(["0", "299999", "300000", "400000", "1000000", "3000000", "5000000"]).map(
        Decimal
    ),
    st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False),
)
intended = st.lists(st.sampled_from(INTENDED_VARIETIES), unique=True).map(tuple)

clients = st.builds(
    ClientFacts,
    kind=st.sampled_from(["person", "person", "person", "institution"]),
    birth_date=maybe(st.dates(date(1925, 1, 1), date(2026, 3, 1))),
    civil_capacity=maybe(st.sampled_from(["full", "full", "limited", "none"])),
    investor_class=maybe(st.sampled_from(["ordinary", "professional"])),
    risk_level=maybe(st.sampled_from(CLIENT_LEVELS)),
    lowest_category=maybe(st.booleans()),
    assessed_at=maybe(
        st.integers(0, 800 * 24 * 3600).map(lambda seconds: AT - timedelta(seconds=seconds))
    ),
    horizon=maybe(st.sampled_from(HORIZONS)),
    varieties=maybe(intended),
    financial_assets=maybe(money),
    annual_income=maybe(money),
    income_3y_avg=maybe(money),
    family_financial_assets=maybe(money),
    family_financial_net_assets=maybe(money),
    investment_experience_years=maybe(st.integers(0, 10)),
    guardian_consent=maybe(st.booleans()),
)
products = st.builds(
    ProductFacts,
    code=st.just("P"),
    type=st.sampled_from(PRODUCT_TYPES),
    risk_issuer=st.sampled_from(PRODUCT_RATINGS),
    risk_distributor=st.sampled_from(PRODUCT_RATINGS),
    variety=st.sampled_from(VARIETIES),
    regime=st.none(),
    term_days=maybe(st.integers(1, 4000)),
    open_ended=st.booleans(),
    lockup_days=maybe(st.integers(0, 4000)),
    min_amount=maybe(money),
    insurance_life=st.booleans(),
)
sales = st.builds(
    SaleFacts,
    amount=maybe(money),
    channel=maybe(st.sampled_from(CHANNELS)),
    annual_premium=maybe(money),
    amount_pending=st.booleans(),
)


def decide(client: ClientFacts, product: ProductFacts, sale: SaleFacts) -> Decision:
    return evaluate(client, product, sale, at=AT, rulebook=rulebook())


def codes(decision: Decision) -> list[str]:
    return [reason.code for reason in decision.reasons]


@PROPERTY
@given(clients, products, sales, st.data())
def test_raising_the_risk_level_never_adds_a_reason(
    client: ClientFacts, product: ProductFacts, sale: SaleFacts, data: st.DataObject
) -> None:
    low = data.draw(st.sampled_from(CLIENT_LEVELS[:-1]))
    high = data.draw(st.sampled_from(CLIENT_LEVELS[CLIENT_LEVELS.index(low) + 1 :]))
    before = decide(replace(client, risk_level=low), product, sale)
    after = decide(replace(client, risk_level=high), product, sale)
    risk_before = [r.code for r in before.reasons if r.dimension == "risk"]
    risk_after = [r.code for r in after.reasons if r.dimension == "risk"]
    assert set(risk_after) <= set(risk_before)
    if "RISK_ABOVE_LEVEL" not in codes(before):
        assert "RISK_ABOVE_LEVEL" not in codes(after)
    # Stronger: no reason of any kind appears by raising the level.
    assert set(codes(after)) <= set(codes(before))


@PROPERTY
@given(clients, products, sales, st.sampled_from(INTENDED_VARIETIES))
def test_adding_an_intended_variety_never_adds_a_variety_reason(
    client: ClientFacts, product: ProductFacts, sale: SaleFacts, variety: str
) -> None:
    varieties = client.varieties or ()
    before = decide(replace(client, varieties=varieties), product, sale)
    wider = tuple(dict.fromkeys((*varieties, variety)))
    after = decide(replace(client, varieties=wider), product, sale)
    variety_before = [r.code for r in before.reasons if r.dimension == "variety"]
    variety_after = [r.code for r in after.reasons if r.dimension == "variety"]
    assert len(variety_after) <= len(variety_before)
    assert set(codes(after)) <= set(codes(before))


@PROPERTY
@given(clients, products, sales)
def test_outcome_is_the_worst_reason(
    client: ClientFacts, product: ProductFacts, sale: SaleFacts
) -> None:
    decision = decide(client, product, sale)
    severities = {r.severity for r in decision.reasons}
    assert severities <= {"mismatch", "prohibited"}
    if not decision.reasons:
        expected = "suitable"
    elif "prohibited" in severities:
        expected = "prohibited"
    else:
        expected = "warn" if decision.regime == "CSRC" else "prohibited"
    assert decision.outcome == expected
    if decision.regime == "NFRA":
        assert decision.outcome != "warn"
    # The mismatch dimensions are always mismatches; the rest always block, except
    # affordability, which is a mismatch under CSRC.
    for reason in decision.reasons:
        if reason.code in MISMATCH_CODES:
            assert reason.severity == "mismatch"
        elif reason.code == "AFFORDABILITY_EXCEEDED":
            wanted = "mismatch" if decision.regime == "CSRC" else "prohibited"
            assert reason.severity == wanted
        else:
            assert reason.severity == "prohibited"
        assert reason.code in KNOWN_CODES or reason.code.startswith("FACT_MISSING:")
        assert reason.message
    assert ("SPECIAL_WARNING_SIGNED" in decision.requires) == (decision.outcome == "warn")
    assert set(decision.requires) <= set(KNOWN_REQUIRES)
    assert list(decision.requires) == sorted(decision.requires, key=KNOWN_REQUIRES.index)
    assert len(set(codes(decision))) == len(decision.reasons)


@PROPERTY
@given(clients, products, sales)
def test_effective_rating_is_the_higher_rating(
    client: ClientFacts, product: ProductFacts, sale: SaleFacts
) -> None:
    expected = max(product.risk_issuer, product.risk_distributor, key=lambda r: int(r[1:]))
    assert product.effective_risk == expected
    assert decide(client, product, sale).effective_risk == expected
    swapped = replace(
        product, risk_issuer=product.risk_distributor, risk_distributor=product.risk_issuer
    )
    assert decide(client, swapped, sale) == decide(client, product, sale)


@PROPERTY
@given(clients, products, sales)
def test_evaluate_is_deterministic(
    client: ClientFacts, product: ProductFacts, sale: SaleFacts
) -> None:
    first = decide(client, product, sale)
    assert decide(client, product, sale) == first
    assert decide(replace(client), replace(product), replace(sale)).as_json() == first.as_json()
