"""Reading suitability input lines (app/suitability_input.py)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
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
from app.domain.suitability import LOCAL_ZONE, evaluate
from app.rulebook import rulebook
from app.suitability_input import (
    InputError,
    parse_amount,
    parse_case,
    parse_client,
    parse_instant,
    parse_iso_date,
    parse_line,
    parse_product,
    parse_sale,
)

EXAMPLE: dict[str, Any] = {
    "id": "any string",
    "client": {
        "kind": "person",
        "birth_date": "1958-03-01",
        "civil_capacity": "full",
        "investor_class": "ordinary",
        "risk_level": "C3",
        "lowest_category": False,
        "assessed_at": "2026-03-01T10:00:00+08:00",
        "horizon": "1-5y",
        "varieties": ["fixed_income", "equity"],
        "financial_assets": "800000",
        "annual_income": "200000",
        "income_3y_avg": "200000",
        "family_financial_assets": "1200000",
        "family_financial_net_assets": "1000000",
        "investment_experience_years": 3,
        "guardian_consent": False,
    },
    "product": {
        "code": "WM001",
        "type": "bank_wm",
        "regime": None,
        "risk_issuer": "R3",
        "risk_distributor": "R3",
        "term_days": 365,
        "variety": "fixed_income",
        "min_amount": "10000",
        "insurance_life": False,
    },
    "amount": "100000",
    "channel": "branch",
    "annual_premium": None,
}


def with_change(path: str, value: Any) -> dict[str, Any]:
    """A deep copy of EXAMPLE with ``path`` (``client.horizon``) set, or removed for ...."""
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE))
    *parents, last = path.split(".")
    node = data
    for name in parents:
        node = node[name]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return data


def error_of(data: Any) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_case(data)
    return caught.value


# -- the contract's example --------------------------------------------------------------


def test_the_contract_example_parses_into_facts() -> None:
    case = parse_line(json.dumps(EXAMPLE))
    assert case.id == "any string"
    c, p, s = case.client, case.product, case.sale
    assert c.kind == "person" and c.birth_date == date(1958, 3, 1)
    assert c.civil_capacity == "full" and c.investor_class == "ordinary"
    assert c.risk_level == "C3" and c.lowest_category is False
    assert c.assessed_at == datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
    assert c.horizon == "1-5y" and c.varieties == ("fixed_income", "equity")
    assert c.financial_assets == Decimal("800000")
    assert c.family_financial_net_assets == Decimal("1000000")
    assert c.investment_experience_years == 3 and c.guardian_consent is False
    assert (p.code, p.type, p.regime, p.variety) == ("WM001", "bank_wm", None, "fixed_income")
    assert (p.risk_issuer, p.risk_distributor, p.term_days) == ("R3", "R3", 365)
    assert p.min_amount == Decimal("10000") and p.insurance_life is False
    assert p.open_ended is False and p.lockup_days is None
    assert s.amount == Decimal("100000") and s.channel == "branch"
    assert s.annual_premium is None and s.amount_pending is False


def test_missing_and_null_optional_fields_are_unknown() -> None:
    case = parse_case(
        {
            "client": {"financial_assets": None},
            "product": {
                "type": "public_fund",
                "risk_issuer": "R2",
                "risk_distributor": "R2",
                "variety": "equity",
            },
        }
    )
    assert case.id is None
    c = case.client
    assert c.kind == "person"
    for name in (
        "birth_date",
        "civil_capacity",
        "investor_class",
        "risk_level",
        "lowest_category",
        "assessed_at",
        "horizon",
        "varieties",
        "financial_assets",
        "investment_experience_years",
        "guardian_consent",
    ):
        assert getattr(c, name) is None, name
    p = case.product
    assert p.code == "" and p.regime is None and p.term_days is None and p.min_amount is None
    assert case.sale.amount is None and case.sale.channel is None


def test_extension_fields_and_unknown_keys() -> None:
    data = with_change("product.open_ended", True)
    data["product"]["lockup_days"] = 90
    data["client"]["name"] = "张三"  # not a suitability fact: ignored
    data["note"] = "ignored too"
    case = parse_case(data)
    assert case.product.open_ended is True and case.product.lockup_days == 90
    assert case.product.holding_days == 90


def test_institutions_integer_ids_and_duplicate_varieties() -> None:
    data = with_change("client.kind", "institution")
    data["id"] = 42
    data["client"]["varieties"] = ["equity", "equity", "complex"]
    case = parse_case(data)
    assert case.id == 42
    assert case.client.kind == "institution"
    assert case.client.varieties == ("equity", "complex")


def test_an_empty_varieties_list_means_no_intended_variety() -> None:
    assert parse_case(with_change("client.varieties", [])).client.varieties == ()


# -- what is refused ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("client", ..., "client", "required"),
        ("client", None, "client", "required"),
        ("client", [], "client", "JSON object"),
        ("product", ..., "product", "required"),
        ("product", "WM001", "product", "JSON object"),
        ("product.type", ..., "product.type", "required"),
        ("product.type", "bond", "product.type", "bank_wm"),
        ("product.risk_issuer", "R6", "product.risk_issuer", "R1, R2, R3, R4, R5"),
        ("product.risk_issuer", ..., "product.risk_issuer", "required"),
        ("product.risk_distributor", "r3", "product.risk_distributor", "R1"),
        ("product.variety", "gold", "product.variety", "fixed_income"),
        ("product.regime", "PBOC", "product.regime", "NFRA, CSRC"),
        ("product.term_days", "365", "product.term_days", "whole number"),
        ("product.term_days", -1, "product.term_days", "whole number"),
        ("product.term_days", 365.5, "product.term_days", "whole number"),
        ("product.open_ended", "yes", "product.open_ended", "true or false"),
        ("product.lockup_days", True, "product.lockup_days", "whole number"),
        ("product.min_amount", "ten", "product.min_amount", "plain number"),
        ("product.code", 7, "product.code", "string"),
        ("client.kind", "company", "client.kind", "person, institution"),
        ("client.birth_date", "1958-02-30", "client.birth_date", "YYYY-MM-DD"),
        ("client.birth_date", "01/03/1958", "client.birth_date", "YYYY-MM-DD"),
        ("client.birth_date", 19580301, "client.birth_date", "YYYY-MM-DD"),
        ("client.civil_capacity", "partial", "client.civil_capacity", "full, limited, none"),
        ("client.investor_class", "qualified", "client.investor_class", "ordinary"),
        ("client.risk_level", "R3", "client.risk_level", "C1, C2, C3, C4, C5"),
        ("client.lowest_category", "no", "client.lowest_category", "true or false"),
        ("client.assessed_at", "last spring", "client.assessed_at", "ISO date-time"),
        ("client.assessed_at", "2026-13-01T10:00:00", "client.assessed_at", "ISO"),
        ("client.assessed_at", "0001-01-01T00:00:00", "client.assessed_at", "year"),
        ("client.horizon", "5y", "client.horizon", "0-1y, 1-5y, any"),
        ("client.varieties", "equity", "client.varieties", "list"),
        ("client.varieties", ["equity", "cash"], "client.varieties.1", "fixed_income"),
        ("client.financial_assets", "-5", "client.financial_assets", "negative"),
        ("client.financial_assets", -5, "client.financial_assets", "negative"),
        ("client.financial_assets", 800000.5, "client.financial_assets", "decimal string"),
        ("client.financial_assets", True, "client.financial_assets", "decimal string"),
        ("client.financial_assets", "", "client.financial_assets", "decimal string"),
        ("client.income_3y_avg", "1e5", "client.income_3y_avg", "plain number"),
        ("client.annual_income", "1.005", "client.annual_income", "2 decimal places"),
        ("client.annual_income", 10**14, "client.annual_income", "exceed"),
        ("client.investment_experience_years", "3", "client.investment_experience_years", "whole"),
        ("client.guardian_consent", 1, "client.guardian_consent", "true or false"),
        ("amount", "abc", "amount", "plain number"),
        ("amount", "NaN", "amount", "plain number"),
        ("channel", "online", "channel", "branch, field, remote"),
        ("annual_premium", [], "annual_premium", "decimal string"),
        ("id", {"a": 1}, "id", "string"),
    ],
)
def test_bad_fields_are_named_with_their_problem(
    path: str, value: Any, field: str, words: str
) -> None:
    error = error_of(with_change(path, value))
    assert error.field == field
    assert words in error.problem
    assert "\n" not in str(error)


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", '"x"', "null", "{} {}", '{"a": NaN}'])
def test_a_line_that_is_not_a_json_object_is_refused_as_a_whole(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_line(text)
    assert caught.value.field == ""
    assert caught.value.problem


def test_invalid_json_says_where() -> None:
    with pytest.raises(InputError) as caught:
        parse_line('{"client": {}, "product": }')
    assert "not valid JSON" in caught.value.problem and "column 27" in caught.value.problem


def test_absurd_json_is_refused_without_crashing() -> None:
    for text in ("[" * 100_000, "1" * 5000, '{"amount": 1e999999}'):
        try:
            parse_line(text)
        except InputError:
            continue
        raise AssertionError(text[:20])


# -- amounts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("100000", "100000"),
        ("1000.5", "1000.50"),
        (" 1,000.50 ", "1000.50"),
        ("0", "0"),
        (0, "0"),
        (100000, "100000"),
        ("10000000000000", "1e13"),
    ],
)
def test_amounts(value: object, expected: str) -> None:
    assert parse_amount(value, "amount") == Decimal(expected)


@given(st.decimals(min_value=0, max_value=Decimal("1e13"), places=2, allow_nan=False))
@settings(max_examples=200)
def test_any_amount_in_cents_survives_as_a_string(amount: Decimal) -> None:
    assert parse_amount(str(amount), "x") == amount


@given(st.integers(min_value=0, max_value=10**13))
def test_any_whole_amount_survives_as_a_json_integer(amount: int) -> None:
    parsed = parse_line(json.dumps({**EXAMPLE, "amount": amount})).sale.amount
    assert parsed == amount


@given(st.integers(max_value=-1) | st.integers(min_value=10**13 + 1))
def test_negative_or_huge_integers_are_refused(amount: int) -> None:
    with pytest.raises(InputError):
        parse_amount(amount, "amount")


@given(st.text(max_size=12))
def test_any_text_is_an_amount_or_a_named_error(text: str) -> None:
    try:
        amount = parse_amount(text, "amount")
    except InputError as exc:
        assert exc.field == "amount" and exc.problem
    else:
        assert amount.is_finite() and amount >= 0


# -- dates and times -------------------------------------------------------------------------


def test_a_time_without_offset_is_beijing_time() -> None:
    parsed = parse_instant("2026-03-01T10:00:00", "--at")
    assert parsed.utcoffset() == timedelta(hours=8)
    assert parsed == datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
    assert parse_instant("2026-03-01", "--at") == datetime(2026, 3, 1, tzinfo=LOCAL_ZONE)


def test_offsets_and_z_are_kept() -> None:
    assert parse_instant("2026-03-01T02:00:00Z", "x") == datetime(2026, 3, 1, 2, tzinfo=UTC)
    other = parse_instant("2026-03-01T10:00:00-05:00", "x")
    assert other.utcoffset() == timedelta(hours=-5)


@given(
    st.datetimes(
        min_value=datetime(1901, 1, 1),
        max_value=datetime(8999, 12, 31),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-11))]
        ),
    )
)
def test_any_iso_instant_round_trips(moment: datetime) -> None:
    assert parse_instant(moment.isoformat(), "x") == moment


@given(st.dates(min_value=date(1000, 1, 1)))
def test_any_iso_date_round_trips(day: date) -> None:
    assert parse_iso_date(day.isoformat(), "client.birth_date") == day


# -- the parts on their own, and the engine never trips on what was accepted -------------


def test_parts_can_be_parsed_on_their_own() -> None:
    assert parse_client({"risk_level": "C2"}).risk_level == "C2"
    product = parse_product(
        {"type": "trust", "risk_issuer": "R4", "risk_distributor": "R5", "variety": "mixed"}
    )
    assert product.effective_risk == "R5"
    assert parse_sale({"amount": 5, "channel": "remote"}).channel == "remote"
    with pytest.raises(InputError) as caught:
        parse_client({"risk_level": "C9"}, prefix="x")
    assert caught.value.field == "x.risk_level"


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


_money = _maybe(st.integers(0, 10**9).map(str))
_clients = st.fixed_dictionaries(
    {},
    optional={
        "kind": _maybe(st.sampled_from(["person", "institution"])),
        "birth_date": _maybe(st.dates(date(1920, 1, 1), date(2030, 1, 1)).map(str)),
        "civil_capacity": _maybe(st.sampled_from(["full", "limited", "none"])),
        "investor_class": _maybe(st.sampled_from(["ordinary", "professional"])),
        "risk_level": _maybe(st.sampled_from(CLIENT_LEVELS)),
        "lowest_category": _maybe(st.booleans()),
        "assessed_at": _maybe(
            st.datetimes(datetime(2000, 1, 1), datetime(2040, 1, 1)).map(datetime.isoformat)
        ),
        "horizon": _maybe(st.sampled_from(HORIZONS)),
        "varieties": _maybe(st.lists(st.sampled_from(INTENDED_VARIETIES))),
        "financial_assets": _money,
        "annual_income": _money,
        "income_3y_avg": _money,
        "family_financial_assets": _money,
        "family_financial_net_assets": _money,
        "investment_experience_years": _maybe(st.integers(0, 60)),
        "guardian_consent": _maybe(st.booleans()),
    },
)
_products = st.fixed_dictionaries(
    {
        "type": st.sampled_from(PRODUCT_TYPES),
        "risk_issuer": st.sampled_from(PRODUCT_RATINGS),
        "risk_distributor": st.sampled_from(PRODUCT_RATINGS),
        "variety": st.sampled_from(VARIETIES),
    },
    optional={
        "regime": _maybe(st.sampled_from(["NFRA", "CSRC"])),
        "term_days": _maybe(st.integers(0, 20_000)),
        "open_ended": st.booleans(),
        "lockup_days": _maybe(st.integers(0, 5000)),
        "min_amount": _money,
        "insurance_life": st.booleans(),
    },
)
_cases = st.fixed_dictionaries(
    {"client": _clients, "product": _products},
    optional={
        "amount": _money,
        "channel": _maybe(st.sampled_from(CHANNELS)),
        "annual_premium": _money,
    },
)


@given(_cases, st.sampled_from([None, "NFRA-2025", "CSRC-2016"]))
@settings(max_examples=300, deadline=None)
def test_every_accepted_line_can_be_decided(data: dict[str, Any], pack_name: str | None) -> None:
    case = parse_line(json.dumps(data))
    book = rulebook()
    pack = None if pack_name is None else book.packs[pack_name]
    at = datetime(2026, 6, 1, 12, tzinfo=UTC)
    decision = evaluate(case.client, case.product, case.sale, at=at, rulebook=book, pack=pack)
    assert decision.outcome in ("suitable", "warn", "prohibited")
    json.dumps(decision.as_json())
