"""Mobile numbers and e-mail addresses (app/domain/contact.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import contact
from app.domain.contact import validate_email, validate_mobile

# Mainland mobile prefixes that are valid and typed MOBILE in the phonenumbers metadata.
CN_MOBILE_PREFIXES = [
    str(p)
    for p in (
        *range(130, 140),
        *range(180, 190),
        150,
        151,
        152,
        153,
        155,
        156,
        157,
        158,
        159,
    )
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13800138000", "+8613800138000"),
        ("+86 138 0013 8000", "+8613800138000"),
        ("+86-138-0013-8000", "+8613800138000"),
        ("(+86) 13800138000", "+8613800138000"),
        ("8613800138000", "+8613800138000"),
        ("138 0013 8000", "+8613800138000"),
        ("  13800138000  ", "+8613800138000"),
        ("１３８００１３８０００", "+8613800138000"),
        ("＋８６ １３８ ００１３ ８０００", "+8613800138000"),
        ("+44 7911 123456", "+447911123456"),  # UK mobile
        ("+852 9123 4567", "+85291234567"),  # Hong Kong mobile
        ("+1 650 253 0000", "+16502530000"),  # US: FIXED_LINE_OR_MOBILE, accepted
    ],
)
def test_accepted(text: str, expected: str) -> None:
    assert validate_mobile(text) == (expected, [])


def test_other_default_region() -> None:
    assert validate_mobile("07911 123456", region="GB") == ("+447911123456", [])
    assert validate_mobile("+86 138 0013 8000", region="GB") == ("+8613800138000", [])


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_required(blank: str) -> None:
    _, errors = validate_mobile(blank)
    assert [(e.field, e.rule) for e in errors] == [("phone", "PHONE_REQUIRED")]


@pytest.mark.parametrize(
    "text",
    [
        "12345",
        "abc",
        "1380013800",  # 10 digits
        "138001380001",  # 12 digits
        "23800138000",
        "+86 154 0000 0000",  # unassigned prefix
        "+8613800138000abc",
        "138 0013 8000 ext. 12",
        "+999 1234 5678",
        "95588",  # bank short code
        "1" * 100,
        # valid numbers that are not mobile numbers:
        "010 6552 9988",  # Beijing fixed line
        "+86 10 6552 9988",
        "021-6321 0000",  # Shanghai fixed line
        "400 810 8888",  # 400 service number
        "+44 20 7946 0958",  # London fixed line
    ],
)
def test_invalid(text: str) -> None:
    _, errors = validate_mobile(text)
    assert [(e.field, e.rule) for e in errors] == [("phone", "PHONE_INVALID")]


def test_unknown_region_without_country_code() -> None:
    _, errors = validate_mobile("13800138000", region="ZZ")
    assert [e.rule for e in errors] == ["PHONE_INVALID"]


@given(
    st.sampled_from(CN_MOBILE_PREFIXES),
    st.text(alphabet="0123456789", min_size=8, max_size=8),
)
@settings(max_examples=200)
def test_generated_cn_mobiles(prefix: str, rest: str) -> None:
    number = prefix + rest
    assert validate_mobile(number) == ("+86" + number, [])
    assert validate_mobile(f"+86 {number[:3]} {number[3:7]} {number[7:]}") == (
        "+86" + number,
        [],
    )


@given(st.text(max_size=40))
@settings(max_examples=300)
def test_mobile_never_raises(text: str) -> None:
    normalized, errors = validate_mobile(text)
    assert len(errors) <= 1
    if not errors:
        assert normalized.startswith("+")
        assert normalized[1:].isascii() and normalized[1:].isdigit()


# --- e-mail ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("   ", ""),
        ("a@b.cn", "a@b.cn"),
        ("Foo.Bar+tag@Example.COM", "Foo.Bar+tag@example.com"),
        ("  zhang.san@mail.bank.com.cn ", "zhang.san@mail.bank.com.cn"),
        ("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ", "zhang@example.cn"),
        ("a-b_c@sub-domain.example.org", "a-b_c@sub-domain.example.org"),
    ],
)
def test_email_accepted(text: str, expected: str) -> None:
    assert validate_email(text) == (expected, [])


@pytest.mark.parametrize(
    "text",
    [
        "a",
        "a@b",
        "@b.com",
        "a@",
        "a@@b.com",
        "a@b@c.com",
        "a b@c.com",
        "a..b@c.com",
        ".a@c.com",
        "a.@c.com",
        "a@-b.com",
        "a@b-.com",
        "a@b..com",
        "a@b.c",
        "a@b.c1",
        "张三@example.com",
        "a@例子.中国",
        "x" * 65 + "@example.com",
        "a@" + "b" * 250 + ".com",
    ],
)
def test_email_invalid(text: str) -> None:
    _, errors = validate_email(text)
    assert [(e.field, e.rule) for e in errors] == [("email", "EMAIL_INVALID")]


def test_messages_go_through_translate_with_validation_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake_translate(context: str, text: str) -> str:
        assert context == "Validation"
        return "<" + text + ">"

    monkeypatch.setattr(contact, "translate", fake_translate)
    results = [
        validate_mobile(""),
        validate_mobile("x"),
        validate_mobile("010 6552 9988"),
        validate_email("a@b"),
    ]
    for _, errors in results:
        assert len(errors) == 1
        assert errors[0].message.startswith("<")
        assert "{" not in errors[0].message
