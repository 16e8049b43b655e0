"""The suitability engine (适当性匹配): may this client buy this product, and why not.

Pure functions over plain data. :func:`evaluate` implements ``RULES.md`` §1–5 with the
numbers of a :class:`~app.domain.rulepack.RulePack` and returns *every* failed rule, each
with its code, dimension and a translated message, plus the requirements (``requires``)
the sale must meet. The outcome is the worst of the reasons: a prohibiting reason makes
it ``prohibited``; a mismatch makes it ``prohibited`` under NFRA and ``warn`` under CSRC.

A rule that needs a fact nobody recorded reports ``FACT_MISSING:<field>`` instead of
guessing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

from app.domain.dates import full_years
from app.domain.money import format_money
from app.domain.rulepack import (
    Overlay,
    Rulebook,
    RulePack,
    level_number,
)
from app.domain.suitability_facts import (
    BLOCKS,
    HORIZON_DAYS,
    INSURANCE_TYPES,
    LOCAL_ZONE,
    MISMATCH,
    PROHIBITED,
    SUITABLE,
    VARIETY_OF_INTEREST,
    WARN,
    ClientFacts,
    Decision,
    ProductFacts,
    Reason,
    SaleFacts,
    age_at,
    assessment_expires_at,
)
from app.i18n import translate

# The facts and the decision live in suitability_facts; importers may keep using this module.
__all__ = [
    "BLOCKS",
    "HORIZON_DAYS",
    "INSURANCE_TYPES",
    "LOCAL_ZONE",
    "MISMATCH",
    "PROHIBITED",
    "SUITABLE",
    "VARIETY_OF_INTEREST",
    "WARN",
    "ClientFacts",
    "Decision",
    "ProductFacts",
    "Reason",
    "SaleFacts",
    "age_at",
    "assessment_expires_at",
    "evaluate",
    "fact_label",
    "is_professional",
]


# Matching one client against a whole catalog asks the same questions about the same
# instants for every product: remember the answers (they depend on the instant alone).
@lru_cache(maxsize=64)
def _local_date(at: datetime) -> date:
    return at.astimezone(LOCAL_ZONE).date()


@lru_cache(maxsize=1024, typed=True)
def _filled_reason(
    code: str, dimension: str, severity: str, template: str, **values: str | int
) -> Reason:
    """The reason with ``template`` filled in. Reasons are immutable and the same few
    recur product after product, so one object serves them all. Only ``str`` and ``int``
    values come here (``typed``): equal values of those always format alike.
    """
    return Reason(code, dimension, template.format(**values), severity)


_TICKET_REASONS: dict[tuple[object, ...], Reason] = {}


def _below_min_ticket(template: str, amount: Decimal, minimum: Decimal) -> Reason:
    """``BELOW_MIN_TICKET``, shared like :func:`_filled_reason` (the sale's amount meets the
    same few minimums product after product). Keyed by type and text, not by value:
    ``Decimal("1E+5") == Decimal("100000")`` but they print differently; two amounts of
    one type that print alike are the same sign, digits and exponent, so fill in alike.
    """
    key = (template, type(amount), str(amount), type(minimum), str(minimum))
    reason = _TICKET_REASONS.get(key)
    if reason is None:
        if len(_TICKET_REASONS) >= 1024:
            _TICKET_REASONS.clear()
        message = template.format(amount=format_money(amount), minimum=format_money(minimum))
        reason = _TICKET_REASONS[key] = Reason("BELOW_MIN_TICKET", "ticket", message, BLOCKS)
    return reason


@lru_cache(maxsize=256)
def _expires_at(assessed_at: datetime, validity_months: int) -> tuple[datetime, datetime]:
    """The expiry in local time, and the same instant in UTC (quicker to compare with)."""
    expires = assessment_expires_at(assessed_at, validity_months)
    return expires, expires.astimezone(UTC)


def fact_label(name: str) -> str:
    """The translated name of a fact a rule may need."""
    labels = {
        "birth_date": translate("Suitability", "birth date"),
        "civil_capacity": translate("Suitability", "civil capacity"),
        "horizon": translate("Suitability", "investment horizon"),
        "varieties": translate("Suitability", "intended varieties"),
        "financial_assets": translate("Suitability", "financial assets"),
        "annual_income": translate("Suitability", "annual income"),
        "income_3y_avg": translate("Suitability", "average annual income of the last 3 years"),
        "family_financial_assets": translate("Suitability", "family financial assets"),
        "family_financial_net_assets": translate("Suitability", "family financial net assets"),
        "investment_experience_years": translate("Suitability", "years of investment experience"),
        "amount": translate("Suitability", "amount"),
        "annual_premium": translate("Suitability", "annual premium"),
        "channel": translate("Suitability", "sales channel"),
        "product.term_days": translate("Suitability", "product term"),
        "product.lockup_days": translate("Suitability", "product lock-up period"),
    }
    return labels.get(name, name)


def _fact_missing(name: str) -> Reason:
    return Reason(
        f"FACT_MISSING:{name}",
        "facts",
        translate("Suitability", "This rule needs a fact that was not recorded: {field}.").format(
            field=fact_label(name)
        ),
        BLOCKS,
    )


def is_professional(client: ClientFacts, pack: RulePack) -> bool:
    """A professional investor under ``pack`` (declared, and meeting its thresholds)."""
    if client.investor_class != "professional" or client.kind not in pack.professional_kinds:
        return False
    if client.kind != "person":
        return True
    rule = pack.professional_person
    if rule is None:
        return False
    years = client.investment_experience_years
    wealthy = (
        client.financial_assets is not None and client.financial_assets >= rule.financial_assets
    ) or (client.income_3y_avg is not None and client.income_3y_avg >= rule.income_3y_avg)
    return wealthy and years is not None and years >= rule.experience_years


class _Evaluation:
    def __init__(
        self,
        client: ClientFacts,
        product: ProductFacts,
        sale: SaleFacts,
        at: datetime,
        pack: RulePack,
        overlay: Overlay | None,
    ) -> None:
        self.client, self.product, self.sale, self.at = client, product, sale, at
        self.pack, self.overlay = pack, overlay
        self.reasons: list[Reason] = []
        self.requires: list[str] = []
        # ProductFacts.effective_risk, keeping its level number (the rules compare it).
        issuer, distributor = product.risk_issuer, product.risk_distributor
        issuer_level, distributor_level = level_number(issuer), level_number(distributor)
        if issuer_level >= distributor_level:
            self.effective, self.effective_level = issuer, issuer_level
        else:
            self.effective, self.effective_level = distributor, distributor_level
        self.professional = is_professional(client, pack)
        self.age: int | None = None
        birth = client.birth_date
        if client.kind == "person" and birth is not None:
            today = _local_date(at)
            if birth <= today:
                self.age = full_years(birth, today)

    def add(self, code: str, dimension: str, message: str, severity: str = BLOCKS) -> None:
        self.reasons.append(Reason(code, dimension, message, severity))

    def add_filled(
        self,
        code: str,
        dimension: str,
        template: str,
        severity: str = BLOCKS,
        **values: str | int,
    ) -> None:
        """:meth:`add` with the message ``template.format(**values)`` (text and numbers)."""
        self.reasons.append(_filled_reason(code, dimension, severity, template, **values))

    def missing(self, name: str) -> None:
        if not any(r.code == f"FACT_MISSING:{name}" for r in self.reasons):
            self.reasons.append(_fact_missing(name))

    def need(self, code: str) -> None:
        if code not in self.requires:
            self.requires.append(code)

    # -- who may buy -----------------------------------------------------------------
    def capacity(self) -> None:
        c, pack = self.client, self.pack
        if c.kind != "person":
            return
        if self.age is None:
            self.missing("birth_date")
        capacity = c.civil_capacity
        if capacity is None:
            self.missing("civil_capacity")
        no_capacity = capacity == "none" or (
            self.age is not None and self.age < pack.no_capacity_below_age
        )
        if no_capacity:
            self.add_filled(
                "NO_CAPACITY",
                "capacity",
                translate(
                    "Suitability",
                    "The client has no civil capacity (under {age} or declared without "
                    "capacity): no product may be sold (Civil Code Arts 20–21).",
                ),
                age=pack.no_capacity_below_age,
            )
            return
        limited = capacity == "limited" or (self.age is not None and self.age < pack.adult_age)
        if not limited:
            return
        if self.effective_level > level_number(pack.limited_max_rating):
            self.add_filled(
                "LIMITED_CAPACITY_RISK_TOO_HIGH",
                "capacity",
                translate(
                    "Suitability",
                    "A client with limited civil capacity may only buy products up to {max}; "
                    "this product is {risk}.",
                ),
                max=pack.limited_max_rating,
                risk=self.effective,
            )
        if not c.guardian_consent:
            self.add(
                "LIMITED_CAPACITY_NEEDS_GUARDIAN",
                "capacity",
                translate(
                    "Suitability",
                    "A client with limited civil capacity needs a recorded guardian consent.",
                ),
            )

    def assessment(self) -> bool:
        """Whether a usable risk level exists; reports a missing or expired assessment."""
        c = self.client
        if self.professional:
            return True
        if c.risk_level is None or c.assessed_at is None:
            self.add(
                "ASSESSMENT_MISSING",
                "assessment",
                translate(
                    "Suitability",
                    "The client has no risk assessment on file; assess before matching.",
                ),
            )
            return False
        expires, expires_utc = _expires_at(c.assessed_at, self.pack.validity_months)
        if self.at >= expires_utc:
            self.add_filled(
                "ASSESSMENT_EXPIRED",
                "assessment",
                translate(
                    "Suitability",
                    "The risk assessment expired on {date}; the client must be reassessed.",
                ),
                date=expires.date().isoformat(),
            )
        return True

    def lowest_category(self) -> None:
        c = self.client
        lowest = bool(c.lowest_category) or (
            c.risk_level == "C1" and c.civil_capacity not in (None, "full")
        )
        if self.professional or not lowest:
            return
        if self.effective_level > level_number(self.pack.lowest_category_max_rating):
            self.add_filled(
                "LOWEST_CATEGORY",
                "lowest_category",
                translate(
                    "Suitability",
                    "The client is in the lowest risk category and may only buy {max} products; "
                    "no override is possible.",
                ),
                max=self.pack.lowest_category_max_rating,
            )

    # -- the three dimensions --------------------------------------------------------
    def dimensions(self, has_level: bool) -> None:
        c, p = self.client, self.product
        level = "C5" if self.professional else c.risk_level
        if has_level and level is not None and self.effective_level > level_number(level):
            self.add_filled(
                "RISK_ABOVE_LEVEL",
                "risk",
                translate(
                    "Suitability",
                    "Product risk {risk} is above the client's risk tolerance {level}.",
                ),
                MISMATCH,
                risk=self.effective,
                level=level,
            )
        if c.horizon is None:
            if not self.professional and has_level:
                self.missing("horizon")
        elif HORIZON_DAYS[c.horizon] is not None:
            days = p.holding_days
            limit = HORIZON_DAYS[c.horizon]
            if days is None:
                self.missing("product.lockup_days" if p.open_ended else "product.term_days")
            elif limit is not None and days > limit:
                self.add_filled(
                    "HORIZON_EXCEEDS",
                    "horizon",
                    translate(
                        "Suitability",
                        "The product commits the money for {days} days, longer than the "
                        "client's horizon of {limit} days.",
                    ),
                    MISMATCH,
                    days=days,
                    limit=limit,
                )
        if c.varieties is None:
            if not self.professional and has_level:
                self.missing("varieties")
        else:
            interest = VARIETY_OF_INTEREST.get(p.variety, p.variety)
            if interest not in c.varieties:
                self.add_filled(
                    "VARIETY_NOT_INTENDED",
                    "variety",
                    translate(
                        "Suitability",
                        "The product's variety ({variety}) is not among the varieties the "
                        "client intends to invest in.",
                    ),
                    MISMATCH,
                    variety=interest,
                )

    # -- money -----------------------------------------------------------------------
    def qualified_investor(self) -> None:
        overlay, c = self.overlay, self.client
        if overlay is None or overlay.qualified is None or self.professional:
            return
        rule = overlay.qualified
        unknown: list[str] = []
        met_any = False
        for name, threshold in rule.any_of.items():
            value = getattr(c, name)
            if value is None:
                unknown.append(name)
            elif value >= threshold:
                met_any = True
        experience_ok: bool | None = True
        if rule.experience_years is not None:
            years = c.investment_experience_years
            experience_ok = None if years is None else years >= rule.experience_years
        if experience_ok is False or (not met_any and not unknown):
            self.add_filled(
                "NOT_QUALIFIED_INVESTOR",
                "investor",
                translate(
                    "Suitability",
                    "The client does not meet the qualified-investor thresholds for private "
                    "products ({rule}).",
                ),
                rule=overlay.name,
            )
            return
        if experience_ok is None:
            self.missing("investment_experience_years")
        if not met_any:
            for name in unknown:
                self.missing(name)

    def amount_rules(self) -> None:
        s, p, c = self.sale, self.product, self.client
        if s.amount_pending:
            return
        if s.amount is None:
            self.missing("amount")
            return
        minimum = p.min_amount or Decimal(0)
        overlay = self.overlay
        if overlay is not None and overlay.min_ticket_by_variety is not None:
            minimum = max(minimum, overlay.min_ticket_by_variety[p.variety])
        if s.amount < minimum:
            template = translate(
                "Suitability",
                "The amount {amount} is below the product's minimum of {minimum}.",
            )
            self.reasons.append(_below_min_ticket(template, s.amount, minimum))
        if c.financial_assets is None:
            self.missing("financial_assets")
        else:
            pack = self.pack
            if s.amount * 100 > c.financial_assets * pack.affordability_exceeded_percent:
                severity = MISMATCH if pack.affordability_exceeded_outcome == "mismatch" else BLOCKS
                self.add(
                    "AFFORDABILITY_EXCEEDED",
                    "affordability",
                    translate(
                        "Suitability",
                        "The amount is more than {percent}% of the client's declared financial "
                        "assets.",
                    ).format(percent=pack.affordability_exceeded_percent),
                    severity,
                )
            if s.amount * 100 > c.financial_assets * pack.concentration_percent:
                # Also when exceeded: under CSRC such a sale may still go ahead (``warn``).
                self.need("CONCENTRATION_NOTICE")

    def insurance(self) -> None:
        overlay, p = self.overlay, self.product
        if overlay is None or overlay.kind != "insurance":
            return
        if not self.sale.amount_pending and overlay.premium_income_percent is not None:
            premium = self.sale.annual_premium
            if premium is None:
                self.missing("annual_premium")
            elif self.client.annual_income is None:
                self.missing("annual_income")
            elif premium * 100 > self.client.annual_income * overlay.premium_income_percent:
                self.need("PREMIUM_AFFORDABILITY_NOTICE")
        term = p.term_days
        long_term = (
            term is not None
            and overlay.free_look_min_term_days is not None
            and (term >= overlay.free_look_min_term_days)
        )
        if long_term:
            self.need("FREE_LOOK")
        if p.type == "insurance_investment_linked" and overlay.dual_recording_investment_linked:
            self.need("DUAL_RECORDING")
        life_term = overlay.dual_recording_life_min_term_days
        life_age = overlay.dual_recording_life_min_age
        if (
            p.insurance_life
            and life_term is not None
            and life_age is not None
            and term is not None
            and term >= life_term
            and self.age is not None
            and self.age >= life_age
        ):
            self.need("DUAL_RECORDING")

    def channel(self) -> None:
        if self.sale.channel is None and self.pack.dual_recording_channels:
            self.missing("channel")

    def special_care(self, outcome: str) -> None:
        pack = self.pack
        if (
            self.age is not None
            and self.age >= pack.elderly_min_age
            and self.effective_level >= level_number(pack.elderly_min_rating)
        ):
            self.need("ELDERLY_SPECIAL_CARE")
        if outcome == WARN:
            self.need("SPECIAL_WARNING_SIGNED")
        if self.sale.channel in pack.dual_recording_channels:
            self.need("DUAL_RECORDING")
        if self.overlay is not None and self.overlay.kind == "private":
            self.need("COOLING_OFF")

    def outcome(self) -> str:
        worst = SUITABLE
        for reason in self.reasons:
            if reason.severity == BLOCKS or self.pack.mismatch_outcome == PROHIBITED:
                return PROHIBITED
            worst = WARN
        return worst


_REQUIRES_ORDER = (
    "ELDERLY_SPECIAL_CARE",
    "SPECIAL_WARNING_SIGNED",
    "DUAL_RECORDING",
    "COOLING_OFF",
    "FREE_LOOK",
    "CONCENTRATION_NOTICE",
    "PREMIUM_AFFORDABILITY_NOTICE",
)
_REQUIRES_RANK = {code: rank for rank, code in enumerate(_REQUIRES_ORDER)}


def evaluate(
    client: ClientFacts,
    product: ProductFacts,
    sale: SaleFacts,
    *,
    at: datetime,
    rulebook: Rulebook,
    pack: RulePack | None = None,
) -> Decision:
    """Decide ``client`` × ``product`` at ``at`` (aware datetime) under ``pack``.

    Without ``pack`` the product's regime (explicit, else from its type) picks it.
    """
    if pack is None:
        pack = rulebook.pack_for(product.type, product.regime)
    overlay = rulebook.overlay_for(pack, product.type)
    run = _Evaluation(client, product, sale, at, pack, overlay)
    run.capacity()
    has_level = run.assessment()
    run.lowest_category()
    run.dimensions(has_level)
    run.qualified_investor()
    run.amount_rules()
    run.insurance()
    run.channel()
    outcome = run.outcome()
    run.special_care(outcome)
    requires = tuple(sorted(run.requires, key=_REQUIRES_RANK.__getitem__)) if run.requires else ()
    return Decision(
        outcome=outcome,
        effective_risk=run.effective,
        reasons=tuple(run.reasons),
        requires=requires,
        regime=pack.regime.value,
        rulepack=pack.name,
        treated_level="C5" if run.professional else client.risk_level,
    )
