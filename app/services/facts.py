"""The facts the suitability engine sees, built from stored rows, and their JSON snapshots.

A matching decision stores the exact facts it was made on, so it can be shown, checked and
re-run later (after a rating change) without reading the live, since-edited client.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.domain.suitability import ClientFacts, SaleFacts
from app.store.models import Assessment, Client

_MONEY = (
    "financial_assets",
    "annual_income",
    "income_3y_avg",
    "family_financial_assets",
    "family_financial_net_assets",
)


_CAPACITY_ORDER = ("full", "limited", "none")


def _capacity(client: Client, assessment: Assessment | None) -> str:
    """The more restrictive of the KYC record and the questionnaire's capacity answer."""
    answers = [client.civil_capacity]
    if assessment is not None and assessment.civil_capacity in _CAPACITY_ORDER:
        answers.append(assessment.civil_capacity)
    known = [a for a in answers if a in _CAPACITY_ORDER]
    return max(known, key=_CAPACITY_ORDER.index) if known else client.civil_capacity


def client_facts(client: Client, assessment: Assessment | None) -> ClientFacts:
    """The client's KYC plus the assessment used for this case (``None``: none on file)."""
    return ClientFacts(
        kind=client.kind,
        birth_date=client.birth_date,
        civil_capacity=_capacity(client, assessment),
        investor_class=client.investor_class,
        risk_level=assessment.level if assessment else None,
        lowest_category=assessment.lowest_category if assessment else None,
        assessed_at=assessment.assessed_at if assessment else None,
        horizon=assessment.horizon if assessment else None,
        varieties=tuple(json.loads(assessment.varieties)) if assessment else None,
        financial_assets=client.financial_assets,
        annual_income=client.annual_income,
        income_3y_avg=client.income_3y_avg,
        family_financial_assets=client.family_financial_assets,
        family_financial_net_assets=client.family_financial_net_assets,
        investment_experience_years=client.investment_experience_years,
        guardian_consent=client.guardian_consent,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def to_json(facts: ClientFacts | SaleFacts) -> dict[str, Any]:
    return {key: _plain(value) for key, value in asdict(facts).items()}


def client_facts_from_json(data: dict[str, Any]) -> ClientFacts:
    values = dict(data)
    for name in _MONEY:
        if values.get(name) is not None:
            values[name] = Decimal(values[name])
    if values.get("birth_date"):
        values["birth_date"] = date.fromisoformat(values["birth_date"])
    if values.get("assessed_at"):
        values["assessed_at"] = datetime.fromisoformat(values["assessed_at"])
    if values.get("varieties") is not None:
        values["varieties"] = tuple(values["varieties"])
    return ClientFacts(**values)


def sale_facts_from_json(data: dict[str, Any]) -> SaleFacts:
    values = dict(data)
    for name in ("amount", "annual_premium"):
        if values.get(name) is not None:
            values[name] = Decimal(values[name])
    return SaleFacts(**values)
