"""The KYC record of a client as typed in a form, and its validation (pure, no I/O).

:func:`validate_kyc` takes what the user typed (strings and choices) and returns either
the normalized values or *every* problem, each naming its field and rule, so the form can
show them beside the fields without losing anything typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from app.domain.contact import validate_email, validate_mobile
from app.domain.dates import parse_date
from app.domain.identity import IdType, validate_id
from app.domain.money import parse_money
from app.errors import FieldError
from app.i18n import translate

E = TypeVar("E", bound=StrEnum)

MONEY_FIELDS = (
    "annual_income",
    "income_3y_avg",
    "financial_assets",
    "family_financial_assets",
    "family_financial_net_assets",
)


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class CivilCapacity(StrEnum):
    FULL = "full"
    LIMITED = "limited"
    NONE = "none"


class InvestorClass(StrEnum):
    ORDINARY = "ordinary"
    PROFESSIONAL = "professional"


@dataclass
class KycInput:
    """The client form as typed: every field a string or a choice."""

    name: str = ""
    id_type: str = IdType.MAINLAND_ID.value
    id_number: str = ""
    birth_date: str = ""
    gender: str = Gender.UNKNOWN.value
    nationality: str = "CHN"
    phone: str = ""
    email: str = ""
    address: str = ""
    occupation: str = ""
    employer: str = ""
    annual_income: str = ""
    income_3y_avg: str = ""
    financial_assets: str = ""
    family_financial_assets: str = ""
    family_financial_net_assets: str = ""
    investment_experience_years: str = ""
    civil_capacity: str = CivilCapacity.FULL.value
    investor_class: str = InvestorClass.ORDINARY.value
    guardian_name: str = ""
    guardian_consent: bool = False
    consent_sensitive: bool = False
    consent_sharing: bool = False


@dataclass
class KycRecord:
    """Validated, normalized KYC values ready to store."""

    name: str
    id_type: IdType
    id_number: str
    birth_date: date | None
    gender: Gender
    nationality: str
    phone: str
    email: str
    address: str
    occupation: str
    employer: str
    investment_experience_years: int | None
    civil_capacity: CivilCapacity
    investor_class: InvestorClass
    guardian_name: str
    guardian_consent: bool
    consent_sensitive: bool
    consent_sharing: bool
    money: dict[str, Decimal | None] = field(default_factory=dict)


def _choice(kind: type[E], value: str, name: str, errors: list[FieldError]) -> E:
    try:
        return kind(value)
    except ValueError:
        errors.append(
            FieldError(
                name, "CHOICE_INVALID", translate("Validation", "Choose one of the listed options.")
            )
        )
        return next(iter(kind))


def validate_kyc(
    data: KycInput, *, today: date, require_consent: bool = True
) -> tuple[KycRecord | None, list[FieldError]]:
    """Normalize ``data`` or list every problem (``(None, errors)``).

    A new client needs the separate consent for sensitive information; an existing one may
    withdraw it (the withdrawal is recorded and restricts later processing).
    """
    errors: list[FieldError] = []
    name = " ".join(data.name.split())
    if not name:
        errors.append(
            FieldError(
                "name", "NAME_REQUIRED", translate("Validation", "The client's name is required.")
            )
        )
    elif len(name) > 100:
        errors.append(
            FieldError(
                "name",
                "NAME_TOO_LONG",
                translate("Validation", "A name has at most 100 characters."),
            )
        )
    birth, birth_errors = parse_date(data.birth_date, field="birth_date", required=True)
    errors += birth_errors
    if birth is not None and birth > today:
        errors.append(
            FieldError(
                "birth_date",
                "DATE_FUTURE",
                translate("Validation", "The birth date is in the future."),
            )
        )
    id_type = _choice(IdType, data.id_type, "id_type", errors)
    id_number, _, id_errors = validate_id(
        id_type, data.id_number, declared_birth_date=birth, today=today
    )
    errors += id_errors
    gender = _choice(Gender, data.gender, "gender", errors)
    nationality = data.nationality.strip().upper()
    if len(nationality) != 3 or not nationality.isalpha() or not nationality.isascii():
        errors.append(
            FieldError(
                "nationality",
                "NATIONALITY_FORMAT",
                translate("Validation", "Nationality is a 3-letter ISO 3166 code, such as CHN."),
            )
        )
    phone, phone_errors = validate_mobile(data.phone)
    errors += phone_errors
    email, email_errors = validate_email(data.email)
    errors += email_errors
    money: dict[str, Decimal | None] = {}
    for name_ in MONEY_FIELDS:
        amount, money_errors = parse_money(getattr(data, name_), field=name_, required=False)
        money[name_] = amount
        errors += money_errors
    years: int | None = None
    text = data.investment_experience_years.strip()
    if text:
        if not text.isdigit() or not 0 <= int(text) <= 80:
            errors.append(
                FieldError(
                    "investment_experience_years",
                    "YEARS_RANGE",
                    translate(
                        "Validation",
                        "Years of investment experience is a whole number from 0 to 80.",
                    ),
                )
            )
        else:
            years = int(text)
    capacity = _choice(CivilCapacity, data.civil_capacity, "civil_capacity", errors)
    investor_class = _choice(InvestorClass, data.investor_class, "investor_class", errors)
    guardian = " ".join(data.guardian_name.split())
    if capacity is not CivilCapacity.FULL and not guardian:
        errors.append(
            FieldError(
                "guardian_name",
                "GUARDIAN_REQUIRED",
                translate(
                    "Validation",
                    "A client without full civil capacity needs a guardian "
                    "(Civil Code Arts 17–22).",
                ),
            )
        )
    if require_consent and not data.consent_sensitive:
        errors.append(
            FieldError(
                "consent_sensitive",
                "CONSENT_REQUIRED",
                translate(
                    "Validation",
                    "Separate consent to process sensitive personal information is required "
                    "(PIPL Art. 29).",
                ),
            )
        )
    if errors:
        return None, errors
    return KycRecord(
        name=name,
        id_type=id_type,
        id_number=id_number,
        birth_date=birth,
        gender=gender,
        nationality=nationality,
        phone=phone,
        email=email,
        address=data.address.strip(),
        occupation=data.occupation.strip(),
        employer=data.employer.strip(),
        investment_experience_years=years,
        civil_capacity=capacity,
        investor_class=investor_class,
        guardian_name=guardian,
        guardian_consent=data.guardian_consent,
        consent_sensitive=data.consent_sensitive,
        consent_sharing=data.consent_sharing,
        money=money,
    ), []
