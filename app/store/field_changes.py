"""Edits of editable records as changed fields with their old values (``update_fields``).

Two devices that edit the same record must merge field by field at head office, so an edit
cannot travel as the whole row: it carries, per changed field, the value it replaced
(``base``) and the new one. Services keep writing ``row_dict(row)`` to the outbox; a
``before_flush`` hook on write sessions notes the old value of every changed column of an
editable row, and :func:`as_field_update` turns the row into the changed fields when it is
enqueued. A row created in the same transaction stays a whole-row ``upsert``.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.store.canonical import canonical_json
from app.store.entities import ENTITY_OF_TABLE, local_only_fields, merges_fields
from app.store.models import IMMUTABLE_TABLES

OLD_VALUES = "advisor_desk.old_values"
NEW_ROWS = "advisor_desk.new_rows"


def wire_value(value: Any) -> Any:
    """``value`` as it travels (JSON): Decimal and dates as strings, like the outbox."""
    return json.loads(canonical_json(value))


def capture_old_values(session: Session, _flush_context: Any, _instances: Any) -> None:
    """``before_flush``: remember the first old value of each changed column of an editable
    row (per transaction: a fresh session per transaction starts empty)."""
    known: dict[str, dict[str, Any]] = session.info.setdefault(OLD_VALUES, {})
    created: set[str] = session.info.setdefault(NEW_ROWS, set())
    for obj in session.new:
        row_id = getattr(obj, "id", None)
        if isinstance(row_id, str) and getattr(obj, "__tablename__", None) in ENTITY_OF_TABLE:
            created.add(row_id)  # created in this transaction: it travels whole
    for obj in session.dirty:
        table = getattr(obj, "__tablename__", None)
        if table not in ENTITY_OF_TABLE or table in IMMUTABLE_TABLES:
            continue
        state = inspect(obj)
        row_id = getattr(obj, "id", None)
        if not isinstance(row_id, str) or row_id in created:
            continue
        old = known.setdefault(row_id, {})
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.deleted and attr.key not in old:
                old[attr.key] = history.deleted[0]


def as_field_update(
    session: Session, entity: str, entity_id: str, row: dict[str, Any]
) -> dict[str, Any] | None:
    """The ``update_fields`` payload for an edited row, ``{}`` if no field that travels
    changed, or ``None`` if the row is new in this transaction (a whole-row upsert)."""
    if not merges_fields(entity):
        return None
    old = session.info.get(OLD_VALUES, {}).get(entity_id)
    if old is None:
        return None
    skip = local_only_fields(entity)
    fields: dict[str, dict[str, Any]] = {}
    for name, before in old.items():
        if name in skip or name not in row:
            continue
        base, new = wire_value(before), wire_value(row[name])
        if base != new:
            fields[name] = {"base": base, "new": new}
        old[name] = row[name]  # a second edit in this transaction builds on this one
    if not fields:
        return {}
    return {"fields": fields, "version": row.get("version")}
