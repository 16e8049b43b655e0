"""Contact details: mobile numbers (via ``phonenumbers``) and e-mail addresses.

Pure and Qt-free. Messages use :func:`app.i18n.translate` with the context
``"Validation"``.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from app.domain.text import fold_full_width
from app.errors import FieldError
from app.i18n import translate

PHONE_FIELD = "phone"
EMAIL_FIELD = "email"

_MAX_PHONE_INPUT = 64
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})

_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"({_LOCAL})@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})")


def validate_mobile(text: str, *, region: str = "CN") -> tuple[str, list[FieldError]]:
    """Validate a mobile phone number; returns ``(e164, errors)`` on field ``phone``.

    A number without ``+country code`` is read as a number of ``region`` (default
    China, so ``13800138000`` and ``+86 138 0013 8000`` both give ``+8613800138000``);
    foreign numbers are given with their ``+country code``. Spaces, dashes, brackets and
    full-width digits are tolerated.

    Rules: empty → ``PHONE_REQUIRED``; anything ``phonenumbers`` cannot parse, parses
    as an invalid number for its country, or has an extension → ``PHONE_INVALID``.
    Only mobile numbers are accepted: a number whose type is not ``MOBILE`` is rejected
    with ``PHONE_INVALID`` too — fixed lines, 400/800 numbers, VoIP and pagers are not
    allowed, because the number is used to reach the client personally (SMS, return visits). The one
    exception is ``FIXED_LINE_OR_MOBILE``, which ``phonenumbers`` uses for countries
    (e.g. the US and Canada) where the two cannot be told apart; never for China.

    On error the returned string is the stripped input, not E.164.
    """
    stripped = text.strip()
    if not stripped:
        msg = translate("Validation", "The mobile number is required.")
        return "", [FieldError(PHONE_FIELD, "PHONE_REQUIRED", msg)]
    invalid = translate(
        "Validation",
        "This is not a valid mobile number; foreign numbers need their +country code.",
    )
    if len(stripped) > _MAX_PHONE_INPUT:
        return stripped, [FieldError(PHONE_FIELD, "PHONE_INVALID", invalid)]
    try:
        parsed = phonenumbers.parse(fold_full_width(stripped), region)
    except NumberParseException:
        return stripped, [FieldError(PHONE_FIELD, "PHONE_INVALID", invalid)]
    if parsed.extension or not phonenumbers.is_valid_number(parsed):
        return stripped, [FieldError(PHONE_FIELD, "PHONE_INVALID", invalid)]
    if phonenumbers.number_type(parsed) not in _MOBILE_TYPES:
        msg = translate(
            "Validation",
            "This is a valid number but not a mobile number; please give a mobile number.",
        )
        return stripped, [FieldError(PHONE_FIELD, "PHONE_INVALID", msg)]
    return phonenumbers.format_number(parsed, PhoneNumberFormat.E164), []


def validate_email(text: str) -> tuple[str, list[FieldError]]:
    """Validate an optional e-mail address; returns ``(normalized, errors)``.

    Empty input is fine (the field is optional) and gives ``("", [])``. Otherwise the
    address is trimmed, full-width characters folded (``＠`` → ``@``) and the domain
    lower-cased. The check is deliberately simple (rule ``EMAIL_INVALID``, field
    ``email``): ASCII ``local@domain.tld``, at most 254 characters and a local part of
    at most 64, dot-separated atoms without empty parts, domain labels of letters,
    digits and inner hyphens, and an alphabetic top-level domain of 2+ letters.
    """
    stripped = fold_full_width(text).strip()
    if not stripped:
        return "", []
    match = _EMAIL.fullmatch(stripped)
    if match is None or len(stripped) > 254 or len(match.group(1)) > 64:
        msg = translate("Validation", "This is not a valid e-mail address (name@example.com).")
        return stripped, [FieldError(EMAIL_FIELD, "EMAIL_INVALID", msg)]
    return f"{match.group(1)}@{match.group(2).lower()}", []
