"""What the suitability engine decides on and what it answers (plain data, no rules).

The client, product and sale facts; a failed rule (:class:`Reason`) and the decision
(:class:`Decision`); and the calendar facts every rule shares: ages and assessment expiry
counted in Asia/Shanghai.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.domain.dates import add_months, full_years
from app.domain.rulepack import level_number

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
HORIZON_DAYS = {"0-1y": 365, "1-5y": 1825, "any": None}
VARIETY_OF_INTEREST = {"cash": "fixed_income", "mixed": "equity"}
INSURANCE_TYPES = ("insurance", "insurance_investment_linked")

SUITABLE, WARN, PROHIBITED = "suitable", "warn", "prohibited"
# How a failed rule counts: ``mismatch`` follows the regime, ``prohibited`` always blocks.
MISMATCH, BLOCKS = "mismatch", "prohibited"


@dataclass(frozen=True)
class ClientFacts:
    """What the rules need to know about the client; ``None`` means unknown."""

    kind: str = "person"
    birth_date: date | None = None
    civil_capacity: str | None = None
    investor_class: str | None = None
    risk_level: str | None = None
    lowest_category: bool | None = None
    assessed_at: datetime | None = None
    horizon: str | None = None
    varieties: tuple[str, ...] | None = None
    financial_assets: Decimal | None = None
    annual_income: Decimal | None = None
    income_3y_avg: Decimal | None = None
    family_financial_assets: Decimal | None = None
    family_financial_net_assets: Decimal | None = None
    investment_experience_years: int | None = None
    guardian_consent: bool | None = None


@dataclass(frozen=True)
class ProductFacts:
    code: str
    type: str
    risk_issuer: str
    risk_distributor: str
    variety: str
    regime: str | None = None
    term_days: int | None = None
    open_ended: bool = False
    lockup_days: int | None = None
    min_amount: Decimal | None = None
    insurance_life: bool = False

    @property
    def effective_risk(self) -> str:
        """The higher of the issuer's and the distributor's rating (孰高原则)."""
        return max(self.risk_issuer, self.risk_distributor, key=level_number)

    @property
    def holding_days(self) -> int | None:
        """Days the money is committed: the term, or the lock-up of an open-ended product."""
        return self.lockup_days if self.open_ended else self.term_days


@dataclass(frozen=True)
class SaleFacts:
    amount: Decimal | None = None
    channel: str | None = None
    annual_premium: Decimal | None = None
    # While the advisor is still browsing, rules about the amount wait for one.
    amount_pending: bool = False


@dataclass(frozen=True)
class Reason:
    code: str
    dimension: str
    message: str
    severity: str  # MISMATCH or BLOCKS

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "dimension": self.dimension, "message": self.message}


@dataclass(frozen=True)
class Decision:
    outcome: str
    effective_risk: str
    reasons: tuple[Reason, ...]
    requires: tuple[str, ...]
    regime: str
    rulepack: str
    treated_level: str | None = None
    notes: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        return {
            "outcome": self.outcome,
            "effective_risk": self.effective_risk,
            "reasons": [reason.as_json() for reason in self.reasons],
            "requires": list(self.requires),
        }


def assessment_expires_at(assessed_at: datetime, validity_months: int) -> datetime:
    """The instant an assessment stops being valid (same local time, months later)."""
    local = assessed_at.astimezone(LOCAL_ZONE)
    day = add_months(local.date(), validity_months)
    return datetime.combine(day, local.timetz())


def age_at(birth_date: date, at: datetime) -> int:
    return full_years(birth_date, at.astimezone(LOCAL_ZONE).date())
