"""The password policy shown at setup and enforced whenever a password is set."""

from __future__ import annotations

from app.errors import FieldError
from app.i18n import translate

MIN_LENGTH = 10


def password_rules() -> list[str]:
    """The rules as the user sees them, in order."""
    return [
        translate("Passwords", "At least {n} characters.").format(n=MIN_LENGTH),
        translate("Passwords", "Letters and digits both."),
        translate("Passwords", "Must not contain the user name."),
    ]


def password_problems(password: str, username: str, *, field: str = "password") -> list[FieldError]:
    """Every rule ``password`` breaks (empty list: acceptable)."""
    problems: list[FieldError] = []
    if len(password) < MIN_LENGTH:
        problems.append(
            FieldError(
                field,
                "PASSWORD_TOO_SHORT",
                translate("Passwords", "The password needs at least {n} characters.").format(
                    n=MIN_LENGTH
                ),
            )
        )
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        problems.append(
            FieldError(
                field,
                "PASSWORD_CLASSES",
                translate("Passwords", "The password needs both letters and digits."),
            )
        )
    if username and username.casefold() in password.casefold():
        problems.append(
            FieldError(
                field,
                "PASSWORD_CONTAINS_USERNAME",
                translate("Passwords", "The password must not contain the user name."),
            )
        )
    return problems
