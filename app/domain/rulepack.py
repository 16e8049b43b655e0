"""Rule packs: the regulator's numbers as data, parsed and validated (pure, no I/O).

A pack (``NFRA-2025``, ``CSRC-2016``) says which product types it governs and with which
overlay (``private_am``, ``private_fund``, ``insurance``), how a mismatch ends, and the
thresholds of ``RULES.md`` §2–5. :func:`parse_pack` and :func:`parse_overlay` refuse a
broken pack with :class:`RulePackError` naming the file, the key and the problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

CLIENT_LEVELS = ("C1", "C2", "C3", "C4", "C5")
PRODUCT_RATINGS = ("R1", "R2", "R3", "R4", "R5")
PRODUCT_TYPES = (
    "bank_wm",
    "bank_wm_private",
    "structured_deposit",
    "trust",
    "insurance",
    "insurance_investment_linked",
    "public_fund",
    "private_fund",
    "securities_am",
)
VARIETIES = ("cash", "fixed_income", "mixed", "equity", "derivatives", "complex")
INTENDED_VARIETIES = ("fixed_income", "equity", "derivatives", "complex")
HORIZONS = ("0-1y", "1-5y", "any")
CHANNELS = ("branch", "field", "remote")


class Regime(StrEnum):
    NFRA = "NFRA"
    CSRC = "CSRC"


def level_number(code: str) -> int:
    """``C3`` → 3, ``R4`` → 4."""
    return int(code[1:])


class RulePackError(ValueError):
    """A pack that cannot be used: which file, which key, what is wrong."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file, self.key, self.problem = file, key, problem


@dataclass(frozen=True)
class QualifiedRule:
    experience_years: int | None
    any_of: Mapping[str, Decimal]


@dataclass(frozen=True)
class Overlay:
    name: str
    kind: str  # "private" or "insurance"
    qualified: QualifiedRule | None = None
    min_ticket_by_variety: Mapping[str, Decimal] | None = None
    cooling_off_hours: int | None = None
    premium_income_percent: Decimal | None = None
    free_look_days: int | None = None
    free_look_min_term_days: int | None = None
    dual_recording_investment_linked: bool = False
    dual_recording_life_min_term_days: int | None = None
    dual_recording_life_min_age: int | None = None


@dataclass(frozen=True)
class ProfessionalPersonRule:
    financial_assets: Decimal
    income_3y_avg: Decimal
    experience_years: int


@dataclass(frozen=True)
class RulePack:
    name: str
    regime: Regime
    title: Mapping[str, str]
    product_types: Mapping[str, str | None]
    mismatch_outcome: str  # "prohibited" or "warn"
    affordability_exceeded_percent: Decimal
    affordability_exceeded_outcome: str  # "prohibited" or "mismatch"
    concentration_percent: Decimal
    professional_kinds: tuple[str, ...]
    professional_person: ProfessionalPersonRule | None
    validity_months: int
    max_per_day: int
    max_per_12_months: int
    elderly_min_age: int
    elderly_min_rating: str
    dual_recording_channels: tuple[str, ...]
    no_capacity_below_age: int
    adult_age: int
    limited_max_rating: str
    lowest_category_max_rating: str
    overlays: Mapping[str, Overlay]
    content_hash: str = ""


class _Reader:
    """Typed access to a JSON object that reports the dotted key of any problem."""

    def __init__(self, file: str, data: Any, prefix: str = "") -> None:
        self.file, self.prefix = file, prefix
        if not isinstance(data, dict):
            raise RulePackError(file, prefix or "(top)", "must be an object")
        self.data: dict[str, Any] = data

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str, problem: str) -> RulePackError:
        return RulePackError(self.file, self.key(name), problem)

    def raw(self, name: str) -> Any:
        if name not in self.data:
            raise self.fail(name, "missing")
        return self.data[name]

    def sub(self, name: str) -> _Reader:
        return _Reader(self.file, self.raw(name), self.key(name))

    def text(self, name: str) -> str:
        value = self.raw(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "must be a non-empty string")
        return value

    def choice(self, name: str, allowed: tuple[str, ...]) -> str:
        value = self.raw(name)
        if value not in allowed:
            raise self.fail(name, f"must be one of {', '.join(allowed)}, not {value!r}")
        return str(value)

    def integer(self, name: str, low: int = 0, high: int = 10_000) -> int:
        value = self.raw(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, f"must be a whole number from {low} to {high}")
        return value

    def optional_integer(self, name: str, low: int = 0, high: int = 10_000) -> int | None:
        if self.data.get(name) is None:
            return None
        return self.integer(name, low, high)

    def amount(self, name: str) -> Decimal:
        value = self.raw(name)
        if not isinstance(value, str):
            raise self.fail(name, 'must be a decimal string such as "300000"')
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise self.fail(name, f"{value!r} is not a decimal number") from None
        if not number.is_finite() or number < 0:
            raise self.fail(name, "must be a non-negative amount")
        return number

    def amounts(self, name: str, allowed: tuple[str, ...]) -> dict[str, Decimal]:
        sub = self.sub(name)
        unknown = sorted(set(sub.data) - set(allowed))
        if unknown:
            raise sub.fail(unknown[0], f"unknown key (allowed: {', '.join(allowed)})")
        if not sub.data:
            raise self.fail(name, "must not be empty")
        return {key: sub.amount(key) for key in sub.data}

    def languages(self, name: str) -> dict[str, str]:
        sub = self.sub(name)
        return {language: sub.text(language) for language in ("zh_CN", "en")}

    def string_list(self, name: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        value = self.raw(name)
        if not isinstance(value, list) or any(item not in allowed for item in value):
            raise self.fail(name, f"must be a list drawn from {', '.join(allowed)}")
        return tuple(value)


def parse_overlay(file: str, data: Any) -> Overlay:
    """Validate one overlay file's content."""
    r = _Reader(file, data)
    name = r.text("name")
    kind = r.choice("kind", ("private", "insurance"))
    r.languages("title")
    if kind == "private":
        q = r.sub("qualified")
        qualified = QualifiedRule(
            experience_years=q.optional_integer("experience_years", 0, 50),
            any_of=q.amounts(
                "any_of",
                (
                    "financial_assets",
                    "family_financial_assets",
                    "family_financial_net_assets",
                    "income_3y_avg",
                ),
            ),
        )
        tickets = r.amounts("min_ticket_by_variety", VARIETIES)
        missing = [v for v in VARIETIES if v not in tickets]
        if missing:
            raise r.fail(f"min_ticket_by_variety.{missing[0]}", "missing")
        return Overlay(
            name=name,
            kind=kind,
            qualified=qualified,
            min_ticket_by_variety=tickets,
            cooling_off_hours=r.integer("cooling_off_hours", 0, 24 * 30),
        )
    recording = r.sub("dual_recording")
    investment_linked = recording.raw("investment_linked")
    if not isinstance(investment_linked, bool):
        raise recording.fail("investment_linked", "must be true or false")
    return Overlay(
        name=name,
        kind=kind,
        premium_income_percent=r.amount("premium_income_percent"),
        free_look_days=r.integer("free_look_days", 0, 365),
        free_look_min_term_days=r.integer("free_look_min_term_days", 0, 36_500),
        dual_recording_investment_linked=investment_linked,
        dual_recording_life_min_term_days=recording.integer("life_min_term_days", 0, 36_500),
        dual_recording_life_min_age=recording.integer("life_min_age", 0, 150),
    )


def parse_pack(
    file: str, data: Any, overlays: Mapping[str, Overlay], *, content_hash: str = ""
) -> RulePack:
    """Validate one pack's content against the known overlays."""
    r = _Reader(file, data)
    types = r.sub("product_types")
    product_types: dict[str, str | None] = {}
    for type_name, overlay in types.data.items():
        if type_name not in PRODUCT_TYPES:
            raise types.fail(type_name, f"unknown product type (known: {', '.join(PRODUCT_TYPES)})")
        if overlay is not None and overlay not in overlays:
            raise types.fail(type_name, f"unknown overlay {overlay!r}")
        product_types[type_name] = overlay
    if not product_types:
        raise r.fail("product_types", "must name at least one product type")
    affordability = r.sub("affordability")
    assessment = r.sub("assessment")
    elderly = r.sub("elderly_special_care")
    capacity = r.sub("capacity")
    person = r.raw("professional_person")
    professional_person = None
    if person is not None:
        p = r.sub("professional_person")
        professional_person = ProfessionalPersonRule(
            financial_assets=p.amount("financial_assets"),
            income_3y_avg=p.amount("income_3y_avg"),
            experience_years=p.integer("experience_years", 0, 50),
        )
    kinds = r.string_list("professional_kinds", ("person", "institution"))
    if "person" in kinds and professional_person is None:
        raise r.fail("professional_person", "needed when persons can be professional investors")
    return RulePack(
        name=r.text("name"),
        regime=Regime(r.choice("regime", tuple(Regime))),
        title=r.languages("title"),
        product_types=product_types,
        mismatch_outcome=r.choice("mismatch_outcome", ("prohibited", "warn")),
        affordability_exceeded_percent=affordability.amount("exceeded_percent"),
        affordability_exceeded_outcome=affordability.choice(
            "exceeded_outcome", ("prohibited", "mismatch")
        ),
        concentration_percent=affordability.amount("concentration_percent"),
        professional_kinds=kinds,
        professional_person=professional_person,
        validity_months=assessment.integer("validity_months", 1, 120),
        max_per_day=assessment.integer("max_per_day", 1, 100),
        max_per_12_months=assessment.integer("max_per_12_months", 1, 1000),
        elderly_min_age=elderly.integer("min_age", 0, 150),
        elderly_min_rating=elderly.choice("min_rating", PRODUCT_RATINGS),
        dual_recording_channels=r.string_list("dual_recording_channels", CHANNELS),
        no_capacity_below_age=capacity.integer("no_capacity_below_age", 0, 30),
        adult_age=capacity.integer("adult_age", 0, 30),
        limited_max_rating=capacity.choice("limited_max_rating", PRODUCT_RATINGS),
        lowest_category_max_rating=r.choice("lowest_category_max_rating", PRODUCT_RATINGS),
        overlays=dict(overlays),
        content_hash=content_hash,
    )


@dataclass(frozen=True)
class Rulebook:
    """Every loaded pack by name; a product's pack follows from its regime or type."""

    packs: Mapping[str, RulePack]

    def pack_for(self, product_type: str, regime: str | None) -> RulePack:
        for pack in self.packs.values():
            if (
                regime is None or pack.regime.value == regime
            ) and product_type in pack.product_types:
                return pack
        if regime is not None:
            for pack in self.packs.values():
                if pack.regime.value == regime:
                    return pack
        raise KeyError(product_type)

    def regime_of(self, product_type: str) -> Regime:
        return self.pack_for(product_type, None).regime

    def overlay_for(self, pack: RulePack, product_type: str) -> Overlay | None:
        """The overlay of ``product_type``: from ``pack`` or, failing that, any pack."""
        name = pack.product_types.get(product_type)
        if name is None:
            for other in self.packs.values():
                if other.product_types.get(product_type) is not None:
                    name = other.product_types[product_type]
                    break
        return pack.overlays[name] if name is not None else None
