"""Money amounts in yuan: strict parsing and formatting with :class:`~decimal.Decimal`.

Pure and Qt-free; binary floating point is never used. Messages use
:func:`app.i18n.translate` with the context ``"Validation"``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

from app.domain.text import fold_full_width
from app.errors import FieldError
from app.i18n import translate

CENT = Decimal("0.01")
DEFAULT_MAXIMUM = Decimal("1e13")

# Plain digits, or digits grouped by commas in threes; optional fraction. ASCII only.
_AMOUNT = re.compile(r"(?P<int>[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<frac>[0-9]+))?")
_MINUS_SIGNS = ("-", "\u2212")  # ASCII hyphen-minus and U+2212 (full-width is folded)
_CURRENCY_PREFIXES = ("¥", "￥", "RMB", "CNY")
_CURRENCY_SUFFIXES = ("元", "RMB", "CNY")


def _strip_currency(text: str) -> str:
    """Drop one leading currency sign/code and one trailing unit, if present."""
    for prefix in _CURRENCY_PREFIXES:
        if text[: len(prefix)].upper() == prefix:
            text = text[len(prefix) :].strip()
            break
    for suffix in _CURRENCY_SUFFIXES:
        if text[-len(suffix) :].upper() == suffix:
            text = text[: -len(suffix)].strip()
            break
    return text


def _to_cents(amount: Decimal) -> Decimal:
    """``amount`` quantized to 2 places, with enough precision for any magnitude."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, amount.adjusted() + 4)
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(
    text: str,
    *,
    field: str,
    required: bool = True,
    allow_zero: bool = True,
    maximum: Decimal = DEFAULT_MAXIMUM,
) -> tuple[Decimal | None, list[FieldError]]:
    """Parse an amount of yuan typed by a user; returns ``(amount, errors)``.

    Accepted: ``1000``, ``1000.5``, ``1,000.50`` (commas only in correct groups of
    three), full-width characters (``１０００``), surrounding spaces, a leading ``¥``/
    ``￥``/``RMB``/``CNY`` and a trailing ``元``/``RMB``/``CNY``. The amount is
    returned quantized to exactly 2 decimal places (``Decimal("1000.50")``).

    Rules, all on ``field``:

    * ``MONEY_REQUIRED`` — empty and ``required`` (empty and not required gives
      ``(None, [])``);
    * ``MONEY_FORMAT`` — anything else that is not a plain decimal number, including
      NaN, Infinity, exponents (``1e5``), ``.5``, ``5.`` and misplaced commas;
    * ``MONEY_NEGATIVE`` — a well-formed number with a minus sign (also ``-0``);
    * ``MONEY_PRECISION`` — more than 2 decimal places that are not trailing zeros
      (``1.505`` is rejected, ``1.500`` accepted);
    * ``MONEY_ZERO`` — zero when ``allow_zero`` is false;
    * ``MONEY_TOO_LARGE`` — above ``maximum`` (the maximum itself is allowed).
    """
    cleaned = _strip_currency(fold_full_width(text).strip())
    if not cleaned:
        if not required:
            return None, []
        msg = translate("Validation", "The amount is required.")
        return None, [FieldError(field, "MONEY_REQUIRED", msg)]

    negative = cleaned.startswith(_MINUS_SIGNS)
    body = cleaned[1:].strip() if negative else cleaned
    match = _AMOUNT.fullmatch(body)
    if match is None:
        msg = translate(
            "Validation",
            "Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.",
        )
        return None, [FieldError(field, "MONEY_FORMAT", msg)]
    if negative:
        msg = translate("Validation", "The amount cannot be negative.")
        return None, [FieldError(field, "MONEY_NEGATIVE", msg)]

    frac = (match.group("frac") or "").rstrip("0")
    if len(frac) > 2:
        msg = translate("Validation", "The amount can have at most 2 decimal places (fen).")
        return None, [FieldError(field, "MONEY_PRECISION", msg)]
    amount = Decimal(match.group("int").replace(",", "") + "." + (frac or "0"))
    if amount > maximum:
        msg = translate("Validation", "The amount cannot exceed {maximum} yuan.")
        error = FieldError(field, "MONEY_TOO_LARGE", msg.format(maximum=format_money(maximum)))
        return None, [error]
    if amount == 0 and not allow_zero:
        msg = translate("Validation", "The amount must be greater than zero.")
        return None, [FieldError(field, "MONEY_ZERO", msg)]
    return _to_cents(amount), []


def format_money(amount: Decimal) -> str:
    """Format an amount with thousands separators and 2 decimals: ``1,234,567.80``.

    More than 2 decimal places are rounded half-up; negative amounts get a leading
    ``-``. Raises ``ValueError`` for NaN and infinities.
    """
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {amount}")
    rounded = _to_cents(amount)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0.00"
    return f"{rounded:,.2f}"
