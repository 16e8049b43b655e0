"""Identity documents: validation and masking (RULES.md §8).

Pure and Qt-free. Every message goes through :func:`app.i18n.translate` with the context
``"Validation"``; placeholders are filled with ``.format()`` after translation.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from app.domain.text import fold_full_width
from app.errors import FieldError
from app.i18n import translate

ID_FIELD = "id_number"
BIRTH_DATE_FIELD = "birth_date"
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"  # index: weighted sum mod 11
_EIGHTEEN = re.compile(r"[0-9]{17}[0-9X]")
_HK_MACAO = re.compile(r"[HM](?:[0-9]{8}|[0-9]{10})")
_TAIWAN = re.compile(r"[0-9]{8}(?:[0-9A-Z]{2})?")
_PASSPORT = re.compile(r"[A-Z0-9]+")
_FOREIGN_OLD = re.compile(r"[A-Z]{3}[0-9]{12}")
_RESIDENCE_PREFIXES = ("810000", "820000", "830000")


class IdType(StrEnum):
    """Kinds of identity document a client may present."""

    MAINLAND_ID = "mainland_id"  # 居民身份证
    PASSPORT = "passport"  # 护照
    HK_MACAO_PERMIT = "hk_macao_permit"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民来往大陆通行证
    HK_MACAO_TAIWAN_RESIDENCE = "hk_macao_taiwan_residence"  # 港澳台居民居住证
    FOREIGN_PERMANENT_RESIDENCE = "foreign_permanent_residence"  # 外国人永久居留身份证


def _error(rule: str, message: str, field: str = ID_FIELD) -> FieldError:
    return FieldError(field=field, rule=rule, message=message)


def normalize_id(number: str) -> str:
    """Remove all whitespace, fold full-width ASCII to half-width and upper-case."""
    folded = fold_full_width(number)
    return "".join(folded.split()).upper()


def mod11_2_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for 17 ASCII digits ('X' stands for 10).

    Raises ``ValueError`` if ``first17`` is not exactly 17 ASCII digits.
    """
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("expected 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _encoded_birth_date(number: str, today: date, errors: list[FieldError]) -> date | None:
    """Birth date at positions 7–14 (YYYYMMDD) of an 18-character number."""
    digits = number[6:14]
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        msg = translate(
            "Validation", "The birth date {digits} in the ID number is not a real date."
        )
        errors.append(_error("ID_BIRTH_DATE_INVALID", msg.format(digits=digits)))
        return None
    if born < EARLIEST_BIRTH_DATE:
        msg = translate(
            "Validation",
            "The birth date {date} in the ID number is before 1900-01-01.",
        )
        errors.append(_error("ID_BIRTH_DATE_INVALID", msg.format(date=born.isoformat())))
        return None
    if born > today:
        msg = translate("Validation", "The birth date {date} in the ID number is in the future.")
        errors.append(_error("ID_BIRTH_DATE_FUTURE", msg.format(date=born.isoformat())))
        return None
    return born


def _check_eighteen(
    number: str, id_type: IdType, today: date, errors: list[FieldError]
) -> date | None:
    """Shared rules of the 18-character MOD 11-2 formats; returns the birth date."""
    if len(number) != 18:
        if id_type is IdType.MAINLAND_ID:
            msg = translate(
                "Validation",
                "A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.",
            )
        elif id_type is IdType.HK_MACAO_TAIWAN_RESIDENCE:
            msg = translate(
                "Validation",
                "A residence permit number has 18 characters (ISO 7064 MOD 11-2); "
                "this one has {count}.",
            )
        else:
            msg = translate(
                "Validation",
                "A permanent residence ID number has 18 characters (old cards 15); "
                "this one has {count}.",
            )
        errors.append(_error("ID_LENGTH", msg.format(count=len(number))))
        return None
    if not _EIGHTEEN.fullmatch(number):
        msg = translate(
            "Validation",
            "An 18-character ID number has 17 digits followed by a digit or X.",
        )
        errors.append(_error("ID_FORMAT", msg))
        return None
    if id_type is IdType.MAINLAND_ID and number.startswith("0"):
        msg = translate("Validation", "The region code (first 6 digits) cannot start with 0.")
        errors.append(_error("ID_FORMAT", msg))
    elif id_type is IdType.HK_MACAO_TAIWAN_RESIDENCE and not number.startswith(_RESIDENCE_PREFIXES):
        msg = translate(
            "Validation",
            "A residence permit number starts with 810000, 820000 or 830000.",
        )
        errors.append(_error("ID_FORMAT", msg))
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE and not number.startswith("9"):
        msg = translate(
            "Validation", "An 18-character permanent residence ID number starts with 9."
        )
        errors.append(_error("ID_FORMAT", msg))
    if mod11_2_check_char(number[:17]) != number[17]:
        msg = translate(
            "Validation",
            "The check character (last, ISO 7064 MOD 11-2) does not match; "
            "please re-check the number.",
        )
        errors.append(_error("ID_CHECKSUM", msg))
    return _encoded_birth_date(number, today, errors)


def _check_other(number: str, id_type: IdType, errors: list[FieldError]) -> None:
    """Format rules of the documents without a birth date or public check digit."""
    if id_type is IdType.PASSPORT:
        if not 5 <= len(number) <= 20:
            msg = translate(
                "Validation",
                "A passport number has 5 to 20 characters; this one has {count}.",
            )
            errors.append(_error("ID_LENGTH", msg.format(count=len(number))))
        elif not _PASSPORT.fullmatch(number):
            msg = translate("Validation", "A passport number contains only letters A-Z and digits.")
            errors.append(_error("ID_FORMAT", msg))
    elif id_type is IdType.HK_MACAO_PERMIT:
        if len(number) not in (9, 11):
            msg = translate(
                "Validation",
                "A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.",
            )
            errors.append(_error("ID_LENGTH", msg.format(count=len(number))))
        elif not _HK_MACAO.fullmatch(number):
            msg = translate(
                "Validation",
                "A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.",
            )
            errors.append(_error("ID_FORMAT", msg))
    elif id_type is IdType.TAIWAN_PERMIT:
        if len(number) not in (8, 10):
            msg = translate(
                "Validation",
                "A Taiwan permit number has 8 characters (older ones 10); this one has {count}.",
            )
            errors.append(_error("ID_LENGTH", msg.format(count=len(number))))
        elif not _TAIWAN.fullmatch(number):
            msg = translate(
                "Validation",
                "A Taiwan permit number is 8 digits (older ones: 8 digits "
                "and 2 letters or digits).",
            )
            errors.append(_error("ID_FORMAT", msg))
    elif id_type is IdType.FOREIGN_PERMANENT_RESIDENCE and not _FOREIGN_OLD.fullmatch(number):
        msg = translate(
            "Validation",
            "A 15-character permanent residence ID number is 3 letters followed by 12 digits.",
        )
        errors.append(_error("ID_FORMAT", msg))


def validate_id(
    id_type: IdType | str,
    number: str,
    *,
    declared_birth_date: date | None,
    today: date,
) -> tuple[str, date | None, list[FieldError]]:
    """Validate an identity document number.

    Returns ``(normalized, birth_date, errors)``. The number is normalized by
    :func:`normalize_id` (whitespace removed, full-width folded, upper-cased). Errors are
    on field ``id_number`` except ``ID_BIRTH_DATE_MISMATCH`` (field ``birth_date``).

    What is checked, per type:

    * ``mainland_id``: exactly 18 characters (``ID_LENGTH``); 17 digits then a digit or
      X and a region code not starting with 0 (``ID_FORMAT``); the ISO 7064 MOD 11-2
      check character (``ID_CHECKSUM``); the YYYYMMDD birth date at positions 7–14 is a
      real date not before 1900-01-01 (``ID_BIRTH_DATE_INVALID``) and not after
      ``today`` (``ID_BIRTH_DATE_FUTURE``).
    * ``hk_macao_taiwan_residence``: as mainland, but the number starts with 810000
      (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
    * ``foreign_permanent_residence``: either the 2023 format (as mainland, but starting
      with 9) or the old 15-character format, 3 letters (nationality) + 12 digits; the
      old format's check digit and 2-digit-year birth date are not checked.
    * ``passport``: 5 to 20 characters, letters A-Z and digits only (foreign passports
      vary too much for more).
    * ``hk_macao_permit``: H or M followed by 8 digits (2013+ cards) or 10 digits.
    * ``taiwan_permit``: 8 digits, or (older cards) 10 characters: 8 digits then 2
      letters or digits.

    An empty number gives ``ID_REQUIRED``; an unknown ``id_type`` gives ``ID_FORMAT``.
    ``birth_date`` is returned only for an 18-character number without errors on
    ``id_number``; only then is it compared with ``declared_birth_date``.
    """
    normalized = normalize_id(number)
    errors: list[FieldError] = []
    if not normalized:
        msg = translate("Validation", "The ID number is required.")
        return normalized, None, [_error("ID_REQUIRED", msg)]
    try:
        kind = IdType(id_type)
    except ValueError:
        msg = translate("Validation", "Unknown ID document type: {id_type}.")
        return normalized, None, [_error("ID_FORMAT", msg.format(id_type=id_type))]

    born: date | None = None
    if kind in (IdType.MAINLAND_ID, IdType.HK_MACAO_TAIWAN_RESIDENCE) or (
        kind is IdType.FOREIGN_PERMANENT_RESIDENCE and len(normalized) != 15
    ):
        born = _check_eighteen(normalized, kind, today, errors)
    else:
        _check_other(normalized, kind, errors)

    if errors:
        return normalized, None, errors
    if born is not None and declared_birth_date is not None and declared_birth_date != born:
        msg = translate(
            "Validation",
            "The birth date {declared} differs from the one in the ID number ({encoded}).",
        )
        text = msg.format(declared=declared_birth_date.isoformat(), encoded=born.isoformat())
        errors.append(_error("ID_BIRTH_DATE_MISMATCH", text, BIRTH_DATE_FIELD))
    return normalized, born, errors


def mask_id(number: str) -> str:
    """Mask an ID number as first 3 + last 4 characters, one '*' per hidden character.

    ``110105199001011234`` → ``110***********1234``. Numbers of 7 characters or fewer
    are masked entirely, so at most 7 characters are ever revealed. The length is kept.
    """
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def id_last4(number: str) -> str:
    """The last 4 characters of the normalized number (e.g. for "尾号1234").

    Like :func:`mask_id`, a number of 7 characters or fewer reveals nothing: ``""``.
    """
    normalized = normalize_id(number)
    if len(normalized) <= 7:
        return ""
    return normalized[-4:]
