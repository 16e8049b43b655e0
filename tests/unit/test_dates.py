"""Date parsing and ages (app/domain/dates.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import dates
from app.domain.dates import full_years, parse_date


def parse(text: str, *, required: bool = True) -> tuple[date | None, list[str]]:
    parsed, errors = parse_date(text, field="birth_date", required=required)
    assert all(e.field == "birth_date" for e in errors)
    return parsed, [e.rule for e in errors]


@pytest.mark.parametrize(
    "text",
    [
        "1990-03-01",
        "1990/03/01",
        "19900301",
        "1990-3-1",
        "1990/3/1",
        "1990.03.01",
        "  1990-03-01 ",
        "１９９０－０３－０１",
        "1990年3月1日",
        "1990 年 03 月 01 日",
        "1990年3月1",
    ],
)
def test_accepted(text: str) -> None:
    assert parse(text) == (date(1990, 3, 1), [])


@pytest.mark.parametrize("text", ["2024-02-29", "20240229", "2000/2/29"])
def test_leap_days(text: str) -> None:
    assert parse(text)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",
        "1900-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "2024-01-00",
        "0000-01-01",
        "20230229",
        "1990-03/01",  # mixed separators
        "90-03-01",
        "1990-003-01",
        "199003011",
        "1990-03-01T00:00",
        "01/03/1990",
        "March 1, 1990",
        "１９９０-０３-３２",
        "١٩٩٠-٠٣-٠١",  # Arabic-Indic digits
        "abc",
    ],
)
def test_format(text: str) -> None:
    assert parse(text) == (None, ["DATE_FORMAT"])


@pytest.mark.parametrize("blank", ["", "  ", "\u3000"])
def test_required(blank: str) -> None:
    assert parse(blank) == (None, ["DATE_REQUIRED"])
    assert parse(blank, required=False) == (None, [])


def test_messages_go_through_translate_with_validation_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake_translate(context: str, text: str) -> str:
        assert context == "Validation"
        return "<" + text + ">"

    monkeypatch.setattr(dates, "translate", fake_translate)
    for text in ["", "abc", "2023-02-29"]:
        _, errors = parse_date(text, field="d")
        assert len(errors) == 1
        assert errors[0].message.startswith("<")
        assert "{" not in errors[0].message


@given(st.dates(min_value=date(1000, 1, 1)))
@settings(max_examples=300)
def test_round_trip(day: date) -> None:
    iso = day.isoformat()
    assert parse(iso) == (day, [])
    assert parse(iso.replace("-", "/")) == (day, [])
    assert parse(iso.replace("-", "")) == (day, [])


@given(st.text(max_size=20))
@settings(max_examples=300)
def test_never_raises(text: str) -> None:
    parsed, rules = parse(text)
    assert (parsed is None) == bool(rules)


# --- ages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "at", "years"),
    [
        (date(1990, 3, 1), date(1990, 3, 1), 0),
        (date(1990, 3, 1), date(2026, 2, 28), 35),
        (date(1990, 3, 1), date(2026, 3, 1), 36),  # birthday itself
        (date(1958, 3, 1), date(2023, 2, 28), 64),
        (date(1958, 3, 1), date(2023, 3, 1), 65),
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),  # non-leap year: older on 1 March
        (date(2000, 2, 29), date(2003, 2, 28), 2),
        (date(2000, 2, 29), date(2004, 2, 28), 3),
        (date(2000, 2, 29), date(2004, 2, 29), 4),  # leap year: on 29 February
        (date(1999, 12, 31), date(2000, 1, 1), 0),
        (date(1999, 12, 31), date(2017, 12, 31), 18),
    ],
)
def test_full_years(birth: date, at: date, years: int) -> None:
    assert full_years(birth, at) == years


def test_full_years_rejects_at_before_birth() -> None:
    with pytest.raises(ValueError):
        full_years(date(2000, 1, 2), date(2000, 1, 1))


def reference_full_years(birth: date, at: date) -> int:
    """Count anniversaries up to ``at``; 29 February falls on 1 March in common years."""
    years = 0
    while True:
        year = birth.year + years + 1
        try:
            anniversary = birth.replace(year=year)
        except ValueError:
            anniversary = date(year, 3, 1)
        if anniversary > at:
            return years
        years += 1


bounded_dates = st.dates(min_value=date(1896, 1, 1), max_value=date(2104, 12, 31))


@given(bounded_dates, bounded_dates)
@settings(max_examples=300)
def test_full_years_matches_reference(a: date, b: date) -> None:
    birth, at = min(a, b), max(a, b)
    assert full_years(birth, at) == reference_full_years(birth, at)


@given(bounded_dates, st.integers(min_value=0, max_value=80_000))
@settings(max_examples=300)
def test_full_years_grows_by_at_most_one_per_day(birth: date, days: int) -> None:
    at = birth + timedelta(days=days)
    step = full_years(birth, at + timedelta(days=1)) - full_years(birth, at)
    assert step in (0, 1)
