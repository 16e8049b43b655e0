"""Money parsing and formatting (app/domain/money.py)."""

from __future__ import annotations

import ast
import inspect
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import money
from app.domain.money import format_money, parse_money

MAX = Decimal("1e13")


def parse(
    text: str,
    *,
    required: bool = True,
    allow_zero: bool = True,
    maximum: Decimal = MAX,
) -> tuple[Decimal | None, list[str]]:
    amount, errors = parse_money(
        text, field="amount", required=required, allow_zero=allow_zero, maximum=maximum
    )
    assert all(e.field == "amount" for e in errors)
    return amount, [e.rule for e in errors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000", "1000.00"),
        ("1,000.50", "1000.50"),
        ("1000.5", "1000.50"),
        ("1000.500", "1000.50"),
        ("０", "0.00"),
        ("１０００", "1000.00"),
        ("１，０００．５", "1000.50"),
        ("1000元", "1000.00"),
        ("1000 元", "1000.00"),
        ("¥1,234,567.89", "1234567.89"),
        ("￥ 12", "12.00"),
        ("RMB 12", "12.00"),
        ("12 cny", "12.00"),
        ("  7  ", "7.00"),
        ("007", "7.00"),
        ("0.01", "0.01"),
        ("10000000000000", "10000000000000.00"),
        ("10,000,000,000,000.00", "10000000000000.00"),
    ],
)
def test_accepted(text: str, expected: str) -> None:
    amount, rules = parse(text)
    assert rules == []
    assert isinstance(amount, Decimal)
    assert str(amount) == expected


@pytest.mark.parametrize("blank", ["", "   ", "\u3000", "元", "¥"])
def test_required(blank: str) -> None:
    assert parse(blank) == (None, ["MONEY_REQUIRED"])
    assert parse(blank, required=False) == (None, [])


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "nan",
        "sNaN",
        "Infinity",
        "inf",
        "-Infinity",
        "1e5",
        "1E5",
        "1e-2",
        "0x10",
        "1_000",
        "1 000",
        "1,00",
        "1,0000",
        ",100",
        "1000,",
        "1,000,00",
        "1000.",
        ".5",
        "1.2.3",
        "+5",
        "--5",
        "-",
        "abc",
        "5元元",
        "١٢٣",  # Arabic-Indic digits
        "½",
        "一千",
    ],
)
def test_format(text: str) -> None:
    assert parse(text) == (None, ["MONEY_FORMAT"])


@pytest.mark.parametrize("text", ["-5", "-0.01", "-0", "\u22125", "－５", "- 1,000.00", "-1,000元"])
def test_negative(text: str) -> None:
    assert parse(text) == (None, ["MONEY_NEGATIVE"])


@pytest.mark.parametrize("text", ["1.001", "1.505", "0.005", "1,000.123", "1.0001"])
def test_precision(text: str) -> None:
    assert parse(text) == (None, ["MONEY_PRECISION"])


def test_maximum_is_inclusive() -> None:
    assert parse("10000000000000.00")[1] == []
    assert parse("10000000000000.01") == (None, ["MONEY_TOO_LARGE"])
    assert parse("9" * 400) == (None, ["MONEY_TOO_LARGE"])
    assert parse("100.01", maximum=Decimal(100)) == (None, ["MONEY_TOO_LARGE"])
    assert parse("100", maximum=Decimal(100))[1] == []


def test_too_large_message_names_the_maximum() -> None:
    _, errors = parse_money("1,000,000", field="amount", maximum=Decimal(500000))
    assert "500,000.00" in errors[0].message
    assert "{" not in errors[0].message


def test_zero() -> None:
    assert parse("0")[1] == []
    assert parse("0.00", allow_zero=False) == (None, ["MONEY_ZERO"])
    assert parse("0.01", allow_zero=False)[1] == []


def test_messages_go_through_translate_with_validation_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake_translate(context: str, text: str) -> str:
        assert context == "Validation"
        return "<" + text + ">"

    monkeypatch.setattr(money, "translate", fake_translate)
    for text in ["", "x", "-1", "1.001", "1e99", "99999999999999"]:
        _, errors = parse_money(text, field="amount")
        assert len(errors) == 1
        assert errors[0].message.startswith("<")
        assert "{" not in errors[0].message


# --- formatting ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1234567.8", "1,234,567.80"),
        ("0", "0.00"),
        ("999", "999.00"),
        ("1000", "1,000.00"),
        ("0.005", "0.01"),  # half-up
        ("0.004", "0.00"),
        ("2.675", "2.68"),  # would be 2.67 with binary floats
        ("-1000", "-1,000.00"),
        ("-0.001", "0.00"),  # never "-0.00"
        ("1e13", "10,000,000,000,000.00"),
        ("1e30", "1,000,000,000,000,000,000,000,000,000,000.00"),
    ],
)
def test_format_money(amount: str, expected: str) -> None:
    assert format_money(Decimal(amount)) == expected


@pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_format_money_rejects_non_finite(bad: str) -> None:
    with pytest.raises(ValueError):
        format_money(Decimal(bad))


# --- properties --------------------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=MAX, places=2, allow_nan=False, allow_infinity=False)


@given(amounts)
@settings(max_examples=300)
def test_parse_round_trips_format(amount: Decimal) -> None:
    parsed, rules = parse(format_money(amount))
    assert rules == []
    assert parsed == amount
    assert isinstance(parsed, Decimal)
    assert parsed.as_tuple().exponent == -2


@given(amounts, st.booleans(), st.booleans())
@settings(max_examples=200)
def test_round_trip_with_full_width_and_unit(amount: Decimal, wide: bool, unit: bool) -> None:
    text = format_money(amount)
    if wide:
        text = "".join(chr(ord(c) + 0xFEE0) for c in text)
    if unit:
        text += "元"
    assert parse(text) == (amount, [])


@given(st.integers(min_value=0, max_value=10**15))
@settings(max_examples=300)
def test_cents_are_exact(cents: int) -> None:
    # Binary floats cannot represent most of these exactly; Decimal must.
    parsed, rules = parse(f"{cents // 100}.{cents % 100:02d}")
    assert rules == []
    assert parsed == Decimal(cents).scaleb(-2)
    assert parsed is not None and parsed * 100 == cents


@given(st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False, allow_infinity=False))
@settings(max_examples=200)
def test_more_than_two_significant_places_is_precision(amount: Decimal) -> None:
    _, rules = parse(f"{amount:f}")
    if amount == amount.quantize(Decimal("0.01")):
        assert rules == []
    else:
        assert rules == ["MONEY_PRECISION"]


@given(st.text(max_size=30))
@settings(max_examples=300)
def test_never_raises_and_is_consistent(text: str) -> None:
    amount, errors = parse_money(text, field="amount")
    assert (amount is None) == bool(errors)
    assert len(errors) <= 1
    assert not isinstance(amount, float)


def test_module_never_uses_float() -> None:
    tree = ast.parse(inspect.getsource(money))
    for node in ast.walk(tree):
        assert not (isinstance(node, ast.Name) and node.id == "float"), "float() used"
        assert not (isinstance(node, ast.Constant) and isinstance(node.value, float)), (
            "float literal"
        )
