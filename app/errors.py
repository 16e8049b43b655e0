"""Exceptions meant for users, kept apart from bugs.

A :class:`UserError` carries a translated, actionable message; anything else that escapes
is a defect and goes to the crash dialog and the log.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Something the user can understand and act on; ``str(err)`` is translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One invalid field: which field, which rule it broke, and a translated message."""

    field: str
    rule: str
    message: str


class ValidationFailed(UserError):
    """One or more fields are invalid; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""


class ConcurrentEdit(UserError):
    """The record changed since it was loaded; the user must reload and reapply."""


class NotFound(UserError):
    """The record does not exist (or is not visible to this user)."""
