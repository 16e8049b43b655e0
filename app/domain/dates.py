"""Calendar dates typed by users, and ages in full years.

Pure and Qt-free. Messages use :func:`app.i18n.translate` with the context
``"Validation"``.
"""

from __future__ import annotations

import re
from datetime import date

from app.domain.text import fold_full_width
from app.errors import FieldError
from app.i18n import translate

# ASCII digits only: str.isdigit() and \d would also accept other scripts' digits.
_SEPARATED = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_CHINESE = re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日?")


def parse_date(
    text: str, *, field: str, required: bool = True
) -> tuple[date | None, list[FieldError]]:
    """Parse a date typed by a user; returns ``(date, errors)`` with errors on ``field``.

    Accepted (after trimming and folding full-width characters): ``YYYY-MM-DD``,
    ``YYYY/MM/DD``, ``YYYY.MM.DD`` (month and day may have one digit, the separators
    must match), ``YYYYMMDD`` and ``YYYY年M月D日``. The year has exactly 4 digits.

    Rules: empty → ``DATE_REQUIRED`` if ``required`` (else ``(None, [])``); any other
    shape, or a day that does not exist (2023-02-29, 2024-13-01) → ``DATE_FORMAT``.
    Whether the date is plausible (not in the future, …) is up to the caller.
    """
    cleaned = fold_full_width(text).strip()
    if not cleaned:
        if not required:
            return None, []
        msg = translate("Validation", "The date is required.")
        return None, [FieldError(field, "DATE_REQUIRED", msg)]

    parts: tuple[str, str, str] | None = None
    if m := _SEPARATED.fullmatch(cleaned):
        parts = (m.group(1), m.group(3), m.group(4))
    elif (m := _COMPACT.fullmatch(cleaned)) or (m := _CHINESE.fullmatch(cleaned)):
        parts = (m.group(1), m.group(2), m.group(3))
    if parts is None:
        msg = translate("Validation", "Enter the date as YYYY-MM-DD, e.g. 1990-03-01.")
        return None, [FieldError(field, "DATE_FORMAT", msg)]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])), []
    except ValueError:
        msg = translate("Validation", "The date {text} does not exist.")
        return None, [FieldError(field, "DATE_FORMAT", msg.format(text=cleaned))]


def full_years(birth: date, at: date) -> int:
    """Age in full years on ``at`` of someone born on ``birth``.

    The age goes up on the birthday itself; someone born on 29 February turns a year
    older on 1 March in non-leap years (and on 29 February in leap years). Raises
    ``ValueError`` if ``at`` is before ``birth``.
    """
    if at < birth:
        raise ValueError(f"{at.isoformat()} is before the birth date {birth.isoformat()}")
    before_birthday = (at.month, at.day) < (birth.month, birth.day)
    return at.year - birth.year - int(before_birthday)


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months; a missing day becomes the month's last.

    2026-03-31 + 1 month → 2026-04-30; 2024-02-29 + 12 months → 2025-02-28.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        if candidate <= day.day:
            try:
                return date(year, month, candidate)
            except ValueError:
                continue
    raise ValueError(day)  # unreachable: every month has 28 days
