"""Translated display names for the codes the core stores."""

from __future__ import annotations

from ui.i18n import translate


def id_type_choices() -> list[tuple[str, str]]:
    return [
        ("mainland_id", translate("Labels", "Resident ID card")),
        ("passport", translate("Labels", "Passport")),
        ("hk_macao_permit", translate("Labels", "Mainland travel permit (HK/Macao)")),
        ("taiwan_permit", translate("Labels", "Mainland travel permit (Taiwan)")),
        ("hk_macao_taiwan_residence", translate("Labels", "Residence permit (HK/Macao/Taiwan)")),
        ("foreign_permanent_residence", translate("Labels", "Foreigner's permanent residence ID")),
    ]


def id_type_label(code: str) -> str:
    return dict(id_type_choices()).get(code, code)


def gender_choices() -> list[tuple[str, str]]:
    return [
        ("unknown", translate("Labels", "Not stated")),
        ("female", translate("Labels", "Female")),
        ("male", translate("Labels", "Male")),
    ]


def civil_capacity_choices() -> list[tuple[str, str]]:
    return [
        ("full", translate("Labels", "Full civil capacity")),
        ("limited", translate("Labels", "Limited civil capacity")),
        ("none", translate("Labels", "No civil capacity")),
    ]


def investor_class_choices() -> list[tuple[str, str]]:
    return [
        ("ordinary", translate("Labels", "Ordinary investor")),
        ("professional", translate("Labels", "Professional investor")),
    ]


def role_choices() -> list[tuple[str, str]]:
    return [
        ("advisor", translate("Labels", "Advisor")),
        ("supervisor", translate("Labels", "Supervisor")),
        ("service", translate("Labels", "Service staff")),
        ("admin", translate("Labels", "Administrator")),
    ]


def role_label(code: str) -> str:
    return dict(role_choices()).get(code, code)


def product_type_choices() -> list[tuple[str, str]]:
    return [
        ("bank_wm", translate("Labels", "Bank wealth management (public)")),
        ("bank_wm_private", translate("Labels", "Bank wealth management (private)")),
        ("structured_deposit", translate("Labels", "Structured deposit")),
        ("trust", translate("Labels", "Trust plan")),
        ("insurance", translate("Labels", "Insurance")),
        ("insurance_investment_linked", translate("Labels", "Investment-linked insurance")),
        ("public_fund", translate("Labels", "Public fund")),
        ("private_fund", translate("Labels", "Private fund")),
        ("securities_am", translate("Labels", "Securities asset management")),
    ]


def product_type_label(code: str) -> str:
    return dict(product_type_choices()).get(code, code)


def rating_label(code: str) -> str:
    names = {
        "R1": translate("Labels", "R1 low"),
        "R2": translate("Labels", "R2 medium-low"),
        "R3": translate("Labels", "R3 medium"),
        "R4": translate("Labels", "R4 medium-high"),
        "R5": translate("Labels", "R5 high"),
    }
    return names.get(code, code)


def level_label(code: str) -> str:
    names = {
        "C1": translate("Labels", "C1 conservative"),
        "C2": translate("Labels", "C2 cautious"),
        "C3": translate("Labels", "C3 balanced"),
        "C4": translate("Labels", "C4 active"),
        "C5": translate("Labels", "C5 aggressive"),
    }
    return names.get(code, code)


def variety_label(code: str) -> str:
    names = {
        "cash": translate("Labels", "Cash management"),
        "fixed_income": translate("Labels", "Fixed income"),
        "mixed": translate("Labels", "Mixed"),
        "equity": translate("Labels", "Equity"),
        "derivatives": translate("Labels", "Futures and derivatives"),
        "complex": translate("Labels", "Complex or high-risk"),
    }
    return names.get(code, code)


def horizon_label(code: str) -> str:
    names = {
        "0-1y": translate("Labels", "Up to 1 year"),
        "1-5y": translate("Labels", "1 to 5 years"),
        "any": translate("Labels", "No particular limit"),
    }
    return names.get(code, code)


def channel_choices() -> list[tuple[str, str]]:
    return [
        ("branch", translate("Labels", "In the branch")),
        ("field", translate("Labels", "Field visit")),
        ("remote", translate("Labels", "Remote")),
    ]


def outcome_label(code: str) -> str:
    names = {
        "suitable": translate("Labels", "Suitable"),
        "warn": translate("Labels", "Mismatch: client's own initiative only"),
        "prohibited": translate("Labels", "Prohibited"),
    }
    return names.get(code, code)


def requirement_label(code: str) -> str:
    names = {
        "ELDERLY_SPECIAL_CARE": translate("Labels", "Elderly special care"),
        "SPECIAL_WARNING_SIGNED": translate(
            "Labels", "Special risk warning and investment confirmation"
        ),
        "DUAL_RECORDING": translate("Labels", "Audio and video recording (双录)"),
        "COOLING_OFF": translate("Labels", "24-hour cooling-off period"),
        "FREE_LOOK": translate("Labels", "15-day free-look period"),
        "CONCENTRATION_NOTICE": translate(
            "Labels", "Explain the concentration: more than half of financial assets"
        ),
        "PREMIUM_AFFORDABILITY_NOTICE": translate(
            "Labels", "Explain affordability: premium above 30% of annual income"
        ),
    }
    return names.get(code, code)


def state_label(code: str) -> str:
    names = {
        "draft": translate("Labels", "Onboarding review"),
        "profiled": translate("Labels", "Risk assessment"),
        "assessed": translate("Labels", "Product matching"),
        "matched": translate("Labels", "Matched"),
        "disclosed": translate("Labels", "Disclosed"),
        "signed": translate("Labels", "Signed"),
        "submitted": translate("Labels", "Submitted"),
        "approved": translate("Labels", "Approved"),
        "returned": translate("Labels", "Returned"),
        "rejected": translate("Labels", "Rejected"),
        "cancelled": translate("Labels", "Cancelled"),
        "expired": translate("Labels", "Expired"),
    }
    return names.get(code, code)


def term_text(days: int | None, open_ended: bool) -> str:
    if days is None:
        return "—"
    if open_ended:
        if days == 0:
            return translate("Labels", "Open-ended, daily redemption")
        return translate("Labels", "Open-ended, {n}-day lock-up").format(n=days)
    return translate("Labels", "{n} days").format(n=days)


# -- review (flags and decisions) ----------------------------------------------------------


def flag_label(flag: int) -> str:
    """A review flag's short name, as its badge and the queue's filter show it."""
    from app.domain.review import Flag  # here, so this block stays one appended piece

    names: dict[int, str] = {
        Flag.WARN: translate("Labels", "Warn outcome"),
        Flag.ELDERLY_CARE: translate("Labels", "Elderly special care"),
        Flag.RECORDING: translate("Labels", "Recording incomplete"),
        Flag.ASSESSMENT_EXPIRED: translate("Labels", "Assessment expired"),
        Flag.LOWEST_CATEGORY: translate("Labels", "Lowest category"),
        Flag.AFFORDABILITY: translate("Labels", "Affordability notice"),
    }
    return names.get(int(flag), str(int(flag)))


def decision_label(decision: str) -> str:
    """A supervisor's decision as the case detail lists it."""
    from app.domain.review import Decision

    names: dict[str, str] = {
        Decision.COSIGN: translate("Labels", "Co-signed"),
        Decision.APPROVE: translate("Labels", "Approved"),
        Decision.RETURN: translate("Labels", "Returned to the advisor"),
        Decision.REJECT: translate("Labels", "Rejected"),
    }
    return names.get(str(decision), str(decision))


# -- KPI dashboard figures (app.domain.kpis.Figure values) --------------------------------
def kpi_label(figure: str) -> str:
    names = {
        "sales_vs_target": translate("Labels", "Sales against target"),
        "conversion": translate("Labels", "Conversion"),
        "mismatch_rate": translate("Labels", "Mismatch rate"),
        "override_rate": translate("Labels", "Override rate"),
        "elderly_care_share": translate("Labels", "Elderly special-care share"),
        "assessments_expiring": translate("Labels", "Assessments expiring in 30 days"),
        "complaints_per_1000": translate("Labels", "Complaints per 1,000 clients"),
        "complaints_decided_in_time": translate("Labels", "Complaints decided within 15 days"),
        "mean_satisfaction": translate("Labels", "Mean satisfaction"),
        "visits_on_time": translate("Labels", "Return visits done on time"),
    }
    return names.get(figure, figure)


def chain_problem_label(code: str) -> str:
    """Why an audit event breaks the chain (``ChainReport.problem``)."""
    names = {
        "hash": translate("Labels", "the event was changed after it was written"),
        "prev_hash": translate("Labels", "the link to the event before it is broken"),
    }
    return names.get(code, code)
