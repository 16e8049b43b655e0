"""Reading the ``advisor-desk suitability`` input (CONTRACTS.md "Suitability input line").

Pure parsing, no I/O: :func:`parse_line` turns one JSON line into the facts the engine
(:mod:`app.domain.suitability`) needs, or raises :class:`InputError` naming the dotted
field (``product.risk_issuer``) and the problem in the current language.

Conventions: a missing or ``null`` optional field is unknown (``None``), and the engine
reports it as ``FACT_MISSING:<field>`` where a rule needs it; money is a decimal string
(a JSON integer is accepted too, a JSON fraction is not: binary floats are never money);
a date-time without an offset is Asia/Shanghai time. Fields nobody defined are ignored,
so the format can be extended without breaking older readers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NoReturn

from app.domain.money import CENT, DEFAULT_MAXIMUM, parse_money
from app.domain.rulepack import (
    CHANNELS,
    CLIENT_LEVELS,
    HORIZONS,
    INTENDED_VARIETIES,
    PRODUCT_RATINGS,
    PRODUCT_TYPES,
    VARIETIES,
    Regime,
)
from app.domain.suitability import LOCAL_ZONE, ClientFacts, ProductFacts, SaleFacts
from app.i18n import translate

CLIENT_KINDS = ("person", "institution")
CAPACITIES = ("full", "limited", "none")
INVESTOR_CLASSES = ("ordinary", "professional")
REGIMES = tuple(regime.value for regime in Regime)
# Instants the engine can do calendar arithmetic on (an assessment's expiry is 12+ months on).
MIN_YEAR, MAX_YEAR = 1900, 9000
MAX_DAYS = 1_000_000
MAX_YEARS = 150

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.,]+(Z|[+-][0-9:]+)?)?")


class InputError(ValueError):
    """Bad input: the dotted ``field`` (empty for the line as a whole) and the ``problem``."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}" if field else problem)
        self.field, self.problem = field, problem


@dataclass(frozen=True)
class SuitabilityCase:
    """One input line: its ``id`` (echoed back as given) and the facts to decide on."""

    id: str | int | None
    client: ClientFacts
    product: ProductFacts
    sale: SaleFacts


def _fail(field: str, problem: str) -> NoReturn:
    raise InputError(field, problem)


def _reject_constant(name: str) -> NoReturn:
    # json accepts NaN and Infinity by default; they are not JSON.
    raise ValueError(f"{name} is not valid JSON")


def load_json(text: str) -> Any:
    """Parse JSON text with exact numbers (fractions as :class:`Decimal`, no NaN)."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        _fail(
            "",
            translate("Cli", "not valid JSON: {problem} at column {column}").format(
                problem=exc.msg, column=exc.colno
            ),
        )
    except (ValueError, RecursionError) as exc:
        _fail("", translate("Cli", "not valid JSON: {problem}").format(problem=exc))


# -- single values ---------------------------------------------------------------------


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_choice(value: Any, field: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        _fail(
            field,
            translate("Cli", "must be one of {choices}").format(choices=", ".join(allowed)),
        )
    return value


def parse_bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        _fail(field, translate("Cli", "must be true or false"))
    return value


def parse_whole(value: Any, field: str, high: int) -> int:
    if not _is_integer(value) or not 0 <= value <= high:
        _fail(
            field,
            translate("Cli", "must be a whole number from 0 to {high}").format(high=high),
        )
    return int(value)


def parse_amount(value: Any, field: str) -> Decimal:
    """Money: a decimal string (``"100000"``, ``"1000.50"``) or a JSON integer, ≥ 0."""
    if _is_integer(value):
        if value < 0:
            _fail(field, translate("Validation", "The amount cannot be negative."))
        if value > DEFAULT_MAXIMUM:
            _fail(
                field,
                translate("Cli", "must not exceed {maximum}").format(maximum=DEFAULT_MAXIMUM),
            )
        return Decimal(value).quantize(CENT)
    if not isinstance(value, str) or not value.strip():
        _fail(field, translate("Cli", 'must be a decimal string such as "100000"'))
    amount, errors = parse_money(value, field=field)
    if errors or amount is None:
        _fail(field, errors[0].message if errors else translate("Cli", "is not an amount"))
    return amount


def parse_iso_date(value: Any, field: str) -> date:
    """A calendar date written ``YYYY-MM-DD``."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    _fail(field, translate("Cli", "must be a real date written YYYY-MM-DD"))


def parse_instant(value: Any, field: str) -> datetime:
    """An ISO 8601 date-time (a date alone means midnight); naive means Asia/Shanghai."""
    parsed: datetime | None = None
    if isinstance(value, str) and _ISO_DATETIME.fullmatch(value.strip()):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
    if parsed is None:
        _fail(
            field,
            translate("Cli", "must be an ISO date-time such as 2026-03-01T10:00:00+08:00"),
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL_ZONE)
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        _fail(
            field,
            translate("Cli", "must be a year from {low} to {high}").format(
                low=MIN_YEAR, high=MAX_YEAR
            ),
        )
    return parsed


# -- objects ---------------------------------------------------------------------------


class _Fields:
    """Typed access to one JSON object; every problem names ``prefix.key``."""

    def __init__(self, data: Any, prefix: str) -> None:
        if not isinstance(data, dict):
            _fail(prefix, translate("Cli", "must be a JSON object"))
        self.data: dict[str, Any] = data
        self.prefix = prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def required(self, key: str) -> Any:
        value = self.data.get(key)
        if value is None:
            _fail(self.name(key), translate("Cli", "is required"))
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.get(key)
        return None if value is None else parse_choice(value, self.name(key), allowed)

    def required_choice(self, key: str, allowed: tuple[str, ...]) -> str:
        return parse_choice(self.required(key), self.name(key), allowed)

    def flag(self, key: str) -> bool | None:
        value = self.get(key)
        return None if value is None else parse_bool(value, self.name(key))

    def whole(self, key: str, high: int) -> int | None:
        value = self.get(key)
        return None if value is None else parse_whole(value, self.name(key), high)

    def amount(self, key: str) -> Decimal | None:
        value = self.get(key)
        return None if value is None else parse_amount(value, self.name(key))


def parse_client(data: Any, prefix: str = "client") -> ClientFacts:
    f = _Fields(data, prefix)
    birth = f.get("birth_date")
    assessed = f.get("assessed_at")
    varieties = f.get("varieties")
    intended: tuple[str, ...] | None = None
    if varieties is not None:
        if not isinstance(varieties, list):
            _fail(
                f.name("varieties"),
                translate("Cli", "must be a list drawn from {choices}").format(
                    choices=", ".join(INTENDED_VARIETIES)
                ),
            )
        chosen = [
            parse_choice(item, f"{f.name('varieties')}.{index}", INTENDED_VARIETIES)
            for index, item in enumerate(varieties)
        ]
        intended = tuple(dict.fromkeys(chosen))
    return ClientFacts(
        kind=f.choice("kind", CLIENT_KINDS) or "person",
        birth_date=None if birth is None else parse_iso_date(birth, f.name("birth_date")),
        civil_capacity=f.choice("civil_capacity", CAPACITIES),
        investor_class=f.choice("investor_class", INVESTOR_CLASSES),
        risk_level=f.choice("risk_level", CLIENT_LEVELS),
        lowest_category=f.flag("lowest_category"),
        assessed_at=None if assessed is None else parse_instant(assessed, f.name("assessed_at")),
        horizon=f.choice("horizon", HORIZONS),
        varieties=intended,
        financial_assets=f.amount("financial_assets"),
        annual_income=f.amount("annual_income"),
        income_3y_avg=f.amount("income_3y_avg"),
        family_financial_assets=f.amount("family_financial_assets"),
        family_financial_net_assets=f.amount("family_financial_net_assets"),
        investment_experience_years=f.whole("investment_experience_years", MAX_YEARS),
        guardian_consent=f.flag("guardian_consent"),
    )


def parse_product(data: Any, prefix: str = "product") -> ProductFacts:
    f = _Fields(data, prefix)
    code = f.get("code")
    if code is not None and not isinstance(code, str):
        _fail(f.name("code"), translate("Cli", "must be a string"))
    return ProductFacts(
        code=code or "",
        type=f.required_choice("type", PRODUCT_TYPES),
        risk_issuer=f.required_choice("risk_issuer", PRODUCT_RATINGS),
        risk_distributor=f.required_choice("risk_distributor", PRODUCT_RATINGS),
        variety=f.required_choice("variety", VARIETIES),
        regime=f.choice("regime", REGIMES),
        term_days=f.whole("term_days", MAX_DAYS),
        open_ended=bool(f.flag("open_ended")),
        lockup_days=f.whole("lockup_days", MAX_DAYS),
        min_amount=f.amount("min_amount"),
        insurance_life=bool(f.flag("insurance_life")),
    )


def parse_sale(data: Any, prefix: str = "") -> SaleFacts:
    f = _Fields(data, prefix)
    return SaleFacts(
        amount=f.amount("amount"),
        channel=f.choice("channel", CHANNELS),
        annual_premium=f.amount("annual_premium"),
    )


def parse_case(data: Any) -> SuitabilityCase:
    """One decoded input line: ``{"id", "client", "product", "amount", "channel", …}``."""
    f = _Fields(data, "")
    case_id = f.get("id")
    if case_id is not None and not (isinstance(case_id, str) or _is_integer(case_id)):
        _fail("id", translate("Cli", "must be a string"))
    return SuitabilityCase(
        id=case_id,
        client=parse_client(f.required("client")),
        product=parse_product(f.required("product")),
        sale=parse_sale(data),
    )


def parse_line(text: str) -> SuitabilityCase:
    """One line of the input file; raises :class:`InputError`."""
    return parse_case(load_json(text))
