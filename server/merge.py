"""Field-level merge of a mutable record (pure).

A field whose server value still equals the device's ``base`` takes ``new``; a field the
server already holds with ``new`` is fine; any other field is a conflict, reported with the
server's value and left as the server has it. The other fields still apply. Device clocks
play no part.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PROTECTED_FIELDS = frozenset({"id"})


class BadFields(ValueError):
    """``update_fields`` is not ``{name: {"base": …, "new": …}}`` or touches ``id``."""


@dataclass(frozen=True)
class FieldConflict:
    field: str
    server_value: Any
    base_value: Any
    mine: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "server_value": self.server_value,
            "base_value": self.base_value,
            "mine": self.mine,
        }


@dataclass(frozen=True)
class Merge:
    payload: dict[str, Any]
    conflicts: tuple[FieldConflict, ...]
    changed: bool


def parse_fields(raw: Any) -> dict[str, tuple[Any, Any]]:
    """``payload["fields"]`` as ``{name: (base, new)}``."""
    if not isinstance(raw, Mapping) or not raw:
        raise BadFields("fields must be a non-empty object")
    fields: dict[str, tuple[Any, Any]] = {}
    for name, change in raw.items():
        if name in PROTECTED_FIELDS:
            raise BadFields(f"field {name!r} cannot change")
        if not isinstance(change, Mapping) or "new" not in change:
            raise BadFields(f"field {name!r} needs base and new")
        fields[str(name)] = (change.get("base"), change["new"])
    return fields


def merge_fields(current: Mapping[str, Any], fields: Mapping[str, tuple[Any, Any]]) -> Merge:
    merged = dict(current)
    conflicts: list[FieldConflict] = []
    changed = False
    for name, (base, new) in fields.items():
        server_value = current.get(name)
        if server_value == new:
            continue
        if server_value == base:
            merged[name] = new
            changed = True
            continue
        conflicts.append(FieldConflict(name, server_value, base, new))
    return Merge(merged, tuple(conflicts), changed)


def differing_fields(current: Mapping[str, Any], incoming: Mapping[str, Any]) -> list[str]:
    """Fields of a whole-row ``upsert`` that differ from the server's record."""
    return sorted(name for name in incoming if current.get(name) != incoming[name])
