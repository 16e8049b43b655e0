"""Display values for documents (Qt-free): product and client facts as a reader sees them."""

from __future__ import annotations

from decimal import Decimal

from app.domain.money import format_money
from app.i18n import translate


def product_type_name(code: str) -> str:
    names = {
        "bank_wm": translate("Documents", "Bank wealth management product (public)"),
        "bank_wm_private": translate("Documents", "Bank wealth management product (private)"),
        "structured_deposit": translate("Documents", "Structured deposit"),
        "trust": translate("Documents", "Trust plan"),
        "insurance": translate("Documents", "Insurance"),
        "insurance_investment_linked": translate("Documents", "Investment-linked insurance"),
        "public_fund": translate("Documents", "Public fund"),
        "private_fund": translate("Documents", "Private fund"),
        "securities_am": translate("Documents", "Securities asset management plan"),
    }
    return names.get(code, code)


def rating_name(code: str) -> str:
    names = {
        "R1": translate("Documents", "R1 (low risk)"),
        "R2": translate("Documents", "R2 (medium-low risk)"),
        "R3": translate("Documents", "R3 (medium risk)"),
        "R4": translate("Documents", "R4 (medium-high risk)"),
        "R5": translate("Documents", "R5 (high risk)"),
    }
    return names.get(code, code)


def level_name(code: str) -> str:
    names = {
        "C1": translate("Documents", "C1 (conservative)"),
        "C2": translate("Documents", "C2 (cautious)"),
        "C3": translate("Documents", "C3 (balanced)"),
        "C4": translate("Documents", "C4 (active)"),
        "C5": translate("Documents", "C5 (aggressive)"),
    }
    return names.get(code, code)


def variety_name(code: str) -> str:
    names = {
        "cash": translate("Documents", "cash management"),
        "fixed_income": translate("Documents", "fixed income"),
        "mixed": translate("Documents", "mixed"),
        "equity": translate("Documents", "equity"),
        "derivatives": translate("Documents", "futures and derivatives"),
        "complex": translate("Documents", "complex or high-risk"),
    }
    return names.get(code, code)


def horizon_name(code: str) -> str:
    names = {
        "0-1y": translate("Documents", "up to 1 year"),
        "1-5y": translate("Documents", "1 to 5 years"),
        "any": translate("Documents", "no particular limit"),
    }
    return names.get(code, code)


def outcome_name(code: str) -> str:
    names = {
        "suitable": translate("Documents", "Suitable: the product matches the client"),
        "warn": translate(
            "Documents",
            "Not matched: sold only because the client asked for it on their own initiative",
        ),
        "prohibited": translate("Documents", "Prohibited"),
    }
    return names.get(code, code)


def requirement_name(code: str) -> str:
    names = {
        "ELDERLY_SPECIAL_CARE": translate("Documents", "Elderly special care"),
        "SPECIAL_WARNING_SIGNED": translate(
            "Documents", "Special risk warning and investment confirmation signed"
        ),
        "DUAL_RECORDING": translate("Documents", "Audio and video recording (双录)"),
        "COOLING_OFF": translate("Documents", "24-hour cooling-off period"),
        "FREE_LOOK": translate("Documents", "15-day free-look period"),
        "CONCENTRATION_NOTICE": translate(
            "Documents", "Concentration explained: more than half of financial assets"
        ),
        "PREMIUM_AFFORDABILITY_NOTICE": translate(
            "Documents", "Affordability explained: premium above 30% of annual income"
        ),
    }
    return names.get(code, code)


def term_name(days: int | None, open_ended: bool) -> str:
    if days is None:
        return "—"
    if open_ended:
        if days == 0:
            return translate("Documents", "open-ended, redeemable daily")
        return translate("Documents", "open-ended, minimum holding {n} days").format(n=days)
    return translate("Documents", "{n} days").format(n=days)


def yuan(amount: Decimal | None) -> str:
    if amount is None:
        return "—"
    return translate("Documents", "{amount} yuan").format(amount=format_money(amount))
