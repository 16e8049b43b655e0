"""Identity document validation and masking (app/domain/identity.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import identity
from app.domain.identity import (
    IdType,
    id_last4,
    mask_id,
    mod11_2_check_char,
    normalize_id,
    validate_id,
)

TODAY = date(2026, 3, 1)
ALLOWED = "0123456789X"


def make_id(prefix: str, born: date, seq: int = 1) -> str:
    """An 18-character number with a correct check character."""
    first17 = f"{prefix}{born.isoformat().replace('-', '')}{seq:03d}"
    return first17 + mod11_2_check_char(first17)


def make_raw_id(prefix: str, yyyymmdd: str, seq: int = 1) -> str:
    first17 = f"{prefix}{yyyymmdd}{seq:03d}"
    return first17 + mod11_2_check_char(first17)


def rules(
    number: str,
    id_type: IdType | str = IdType.MAINLAND_ID,
    declared: date | None = None,
) -> list[str]:
    return [
        e.rule for e in validate_id(id_type, number, declared_birth_date=declared, today=TODAY)[2]
    ]


@st.composite
def mainland_ids(draw: st.DrawFn) -> str:
    region = draw(st.integers(100000, 999999))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    seq = draw(st.integers(0, 999))
    return make_id(f"{region:06d}", born, seq)


# --- check character ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),
        ("44052418800101001", "4"),
    ],
)
def test_known_check_characters(first17: str, check: str) -> None:
    assert mod11_2_check_char(first17) == check


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
@settings(max_examples=200)
def test_check_character_satisfies_iso7064(first17: str) -> None:
    # The whole number, check character weighted 1 ('X' = 10), sums to 1 mod 11.
    check = mod11_2_check_char(first17)
    total = sum(int(d) * 2 ** (17 - i) for i, d in enumerate(first17))
    assert (total + (10 if check == "X" else int(check))) % 11 == 1


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "1234",
        "1101051949123100X",
        "１１０１０５１９４９１２３１００２",
        "110105194912310021",
    ],
)
def test_check_character_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError):
        mod11_2_check_char(bad)


# --- mainland: properties -----------------------------------------------------------


@given(mainland_ids())
@settings(max_examples=200)
def test_generated_valid_ids_are_accepted(number: str) -> None:
    normalized, born, errors = validate_id(
        IdType.MAINLAND_ID, number, declared_birth_date=None, today=TODAY
    )
    assert errors == []
    assert normalized == number
    assert born == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    # ...and the declared birth date matching the encoded one is fine too.
    assert validate_id(IdType.MAINLAND_ID, number, declared_birth_date=born, today=TODAY)[2] == []


@given(mainland_ids())
@settings(max_examples=60)
def test_every_single_substitution_is_rejected(number: str) -> None:
    for pos in range(18):
        for ch in ALLOWED:
            if ch == number[pos]:
                continue
            changed = number[:pos] + ch + number[pos + 1 :]
            _, born, errors = validate_id(
                IdType.MAINLAND_ID, changed, declared_birth_date=None, today=TODAY
            )
            assert errors, f"{changed} (position {pos}) was accepted"
            assert born is None
            assert all(e.field == "id_number" for e in errors)


@given(mainland_ids())
@settings(max_examples=100)
def test_adjacent_transpositions_are_rejected(number: str) -> None:
    for pos in range(17):
        a, b = number[pos], number[pos + 1]
        if a == b or not (a.isdigit() and b.isdigit()):
            continue
        swapped = number[:pos] + b + a + number[pos + 2 :]
        assert rules(swapped), f"{swapped} (positions {pos}, {pos + 1}) was accepted"


@given(mainland_ids(), st.sampled_from([" ", "  ", "\t", "\u3000"]), st.integers(0, 18))
@settings(max_examples=100)
def test_whitespace_and_case_are_normalized(number: str, space: str, at: int) -> None:
    messy = (number[:at] + space + number[at:]).lower()
    normalized, _, errors = validate_id(
        IdType.MAINLAND_ID, f" {messy} ", declared_birth_date=None, today=TODAY
    )
    assert (normalized, errors) == (number, [])


# --- mainland: examples for every rule ----------------------------------------------


def test_known_valid_example_and_lowercase_x() -> None:
    normalized, born, errors = validate_id(
        "mainland_id", "11010519491231002x", declared_birth_date=None, today=TODAY
    )
    assert (normalized, born, errors) == ("11010519491231002X", date(1949, 12, 31), [])


def test_full_width_input_is_folded() -> None:
    normalized, _, errors = validate_id(
        IdType.MAINLAND_ID,
        "１１０１０５１９４９１２３１００２ｘ",
        declared_birth_date=None,
        today=TODAY,
    )
    assert (normalized, errors) == ("11010519491231002X", [])


@pytest.mark.parametrize("blank", ["", "   ", "\u3000"])
def test_required(blank: str) -> None:
    assert rules(blank) == ["ID_REQUIRED"]


@pytest.mark.parametrize("number", ["11010519491231002", "11010519491231002X1", "110105491231002"])
def test_length_17_19_and_15(number: str) -> None:
    result = validate_id(IdType.MAINLAND_ID, number, declared_birth_date=None, today=TODAY)
    assert [e.rule for e in result[2]] == ["ID_LENGTH"]
    assert str(len(number)) in result[2][0].message


@pytest.mark.parametrize(
    "number",
    [
        "1101051949123100XX",
        "X1010519491231002X",
        "11010519491231002Y",
        "11010519A91231002X",
        "١١٠١٠٥١٩٤٩١٢٣١٠٠٢٣",
    ],
)
def test_format(number: str) -> None:
    assert rules(number) == ["ID_FORMAT"]


def test_region_code_cannot_start_with_zero() -> None:
    assert rules(make_id("010105", date(1990, 1, 1))) == ["ID_FORMAT"]


def test_checksum() -> None:
    assert rules("110105194912310021") == ["ID_CHECKSUM"]


@pytest.mark.parametrize(
    "yyyymmdd",
    [
        "19900230",
        "19901301",
        "19900001",
        "19900100",
        "19000229",
        "20230229",
        "18991231",
    ],
)
def test_birth_date_invalid(yyyymmdd: str) -> None:
    assert rules(make_raw_id("110105", yyyymmdd)) == ["ID_BIRTH_DATE_INVALID"]


@pytest.mark.parametrize("born", [date(1900, 1, 1), date(2000, 2, 29), date(2024, 2, 29), TODAY])
def test_birth_date_boundaries_accepted(born: date) -> None:
    assert validate_id(
        IdType.MAINLAND_ID,
        make_id("110105", born),
        declared_birth_date=born,
        today=TODAY,
    )[1:] == (born, [])


def test_birth_date_tomorrow_is_future() -> None:
    assert rules(make_id("110105", TODAY + timedelta(days=1))) == ["ID_BIRTH_DATE_FUTURE"]


def test_checksum_and_birth_date_are_both_reported() -> None:
    good = make_raw_id("110105", "19900230")
    bad_check = good[:17] + ("0" if good[17] != "0" else "1")
    assert sorted(rules(bad_check)) == ["ID_BIRTH_DATE_INVALID", "ID_CHECKSUM"]


def test_declared_birth_date_mismatch() -> None:
    number = make_id("110105", date(1990, 1, 1))
    _, born, errors = validate_id(
        IdType.MAINLAND_ID, number, declared_birth_date=date(1990, 1, 2), today=TODAY
    )
    assert born == date(1990, 1, 1)
    assert [(e.field, e.rule) for e in errors] == [("birth_date", "ID_BIRTH_DATE_MISMATCH")]
    assert "1990-01-02" in errors[0].message and "1990-01-01" in errors[0].message


def test_mismatch_not_reported_for_an_invalid_number() -> None:
    assert rules("110105194912310021", declared=date(2000, 1, 1)) == ["ID_CHECKSUM"]


# --- other document types -------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_type", "number", "expected"),
    [
        (IdType.HK_MACAO_TAIWAN_RESIDENCE, make_id("810000", date(1985, 6, 1)), []),
        (IdType.HK_MACAO_TAIWAN_RESIDENCE, make_id("820000", date(1985, 6, 1)), []),
        (IdType.HK_MACAO_TAIWAN_RESIDENCE, make_id("830000", date(1985, 6, 1)), []),
        (
            IdType.HK_MACAO_TAIWAN_RESIDENCE,
            make_id("110105", date(1985, 6, 1)),
            ["ID_FORMAT"],
        ),
        (
            IdType.HK_MACAO_TAIWAN_RESIDENCE,
            make_id("810000", date(1985, 6, 1))[:17],
            ["ID_LENGTH"],
        ),
        (
            IdType.HK_MACAO_TAIWAN_RESIDENCE,
            make_id("810000", TODAY + timedelta(days=1)),
            ["ID_BIRTH_DATE_FUTURE"],
        ),
        (IdType.FOREIGN_PERMANENT_RESIDENCE, make_id("931840", date(1980, 7, 15)), []),
        (
            IdType.FOREIGN_PERMANENT_RESIDENCE,
            make_id("131840", date(1980, 7, 15)),
            ["ID_FORMAT"],
        ),
        (IdType.FOREIGN_PERMANENT_RESIDENCE, "ABC123456789012", []),
        (IdType.FOREIGN_PERMANENT_RESIDENCE, "abc 1234 5678 9012", []),
        (IdType.FOREIGN_PERMANENT_RESIDENCE, "AB1123456789012", ["ID_FORMAT"]),
        (IdType.FOREIGN_PERMANENT_RESIDENCE, "ABC12345678901", ["ID_LENGTH"]),
        (IdType.PASSPORT, "E12345678", []),
        (IdType.PASSPORT, "ea1234567", []),
        (IdType.PASSPORT, "1234", ["ID_LENGTH"]),
        (IdType.PASSPORT, "A" * 21, ["ID_LENGTH"]),
        (IdType.PASSPORT, "E1234-678", ["ID_FORMAT"]),
        (IdType.HK_MACAO_PERMIT, "H12345678", []),
        (IdType.HK_MACAO_PERMIT, "m1234567801", []),
        (IdType.HK_MACAO_PERMIT, "H1234567", ["ID_LENGTH"]),
        (IdType.HK_MACAO_PERMIT, "H123456789", ["ID_LENGTH"]),
        (IdType.HK_MACAO_PERMIT, "C12345678", ["ID_FORMAT"]),
        (IdType.HK_MACAO_PERMIT, "H1234567A", ["ID_FORMAT"]),
        (IdType.TAIWAN_PERMIT, "12345678", []),
        (IdType.TAIWAN_PERMIT, "1234567801", []),
        (IdType.TAIWAN_PERMIT, "12345678B1", []),
        (IdType.TAIWAN_PERMIT, "1234567", ["ID_LENGTH"]),
        (IdType.TAIWAN_PERMIT, "123456789", ["ID_LENGTH"]),
        (IdType.TAIWAN_PERMIT, "T2345678", ["ID_FORMAT"]),
    ],
)
def test_other_types(id_type: IdType, number: str, expected: list[str]) -> None:
    assert rules(number, id_type) == expected


def test_residence_permit_returns_birth_date_and_checks_mismatch() -> None:
    number = make_id("810000", date(1985, 6, 1))
    assert validate_id("hk_macao_taiwan_residence", number, declared_birth_date=None, today=TODAY)[
        1
    ] == date(1985, 6, 1)
    assert rules(number, IdType.HK_MACAO_TAIWAN_RESIDENCE, date(1985, 6, 2)) == [
        "ID_BIRTH_DATE_MISMATCH"
    ]


def test_documents_without_birth_date_never_report_mismatch() -> None:
    assert validate_id(
        IdType.PASSPORT, "E12345678", declared_birth_date=date(1990, 1, 1), today=TODAY
    )[1:] == (None, [])
    assert validate_id(
        IdType.FOREIGN_PERMANENT_RESIDENCE,
        "ABC123456789012",
        declared_birth_date=date(1990, 1, 1),
        today=TODAY,
    )[1:] == (None, [])


def test_unknown_type() -> None:
    assert rules("E12345678", "driving_licence") == ["ID_FORMAT"]


def test_id_type_values() -> None:
    assert [t.value for t in IdType] == [
        "mainland_id",
        "passport",
        "hk_macao_permit",
        "taiwan_permit",
        "hk_macao_taiwan_residence",
        "foreign_permanent_residence",
    ]


# --- messages ---------------------------------------------------------------------------


def test_messages_go_through_translate_with_validation_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def fake_translate(context: str, text: str) -> str:
        assert context == "Validation"
        seen.append(text)
        return "<" + text + ">"

    monkeypatch.setattr(identity, "translate", fake_translate)
    samples = [
        (IdType.MAINLAND_ID, ""),
        (IdType.MAINLAND_ID, "1234"),
        (IdType.MAINLAND_ID, "110105194912310021"),
        (IdType.MAINLAND_ID, make_raw_id("110105", "19900230")),
        (IdType.MAINLAND_ID, make_id("110105", TODAY + timedelta(days=1))),
        (IdType.PASSPORT, "E1234-678"),
        (IdType.TAIWAN_PERMIT, "1"),
    ]
    for id_type, number in samples:
        for error in validate_id(id_type, number, declared_birth_date=None, today=TODAY)[2]:
            assert error.message.startswith("<") and error.message.endswith(">")
            assert "{" not in error.message  # placeholders are filled after translation
    assert len(seen) >= len(samples)


# --- masking --------------------------------------------------------------------------------


def test_mask_examples() -> None:
    assert mask_id("110105199001011234") == "110***********1234"
    assert mask_id("11010519491231002X") == "110***********002X"
    assert mask_id("E12345678") == "E12**5678"
    assert mask_id("12345678") == "123*5678"
    assert mask_id("1234567") == "*******"
    assert mask_id("") == ""


@given(st.one_of(st.text(max_size=40), mainland_ids()))
@settings(max_examples=300)
def test_mask_never_reveals_more_than_first3_last4(number: str) -> None:
    masked = mask_id(number)
    assert len(masked) == len(number)
    if len(number) <= 7:
        assert masked == "*" * len(number)
    else:
        assert masked[:3] == number[:3]
        assert masked[-4:] == number[-4:]
        assert set(masked[3:-4]) <= {"*"}
    shown = [(m, n) for m, n in zip(masked, number, strict=True) if m != "*"]
    assert len(shown) <= 7
    assert all(m == n for m, n in shown)


def test_id_last4() -> None:
    assert id_last4("11010519491231002x") == "002X"
    assert id_last4(" E12345678 ") == "5678"
    assert id_last4("1234567") == ""
    assert id_last4("") == ""


@given(st.text(max_size=30))
@settings(max_examples=200)
def test_normalize_is_idempotent_and_has_no_spaces(text: str) -> None:
    once = normalize_id(text)
    assert normalize_id(once) == once
    assert not any(ch.isspace() for ch in once)
