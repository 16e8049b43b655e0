"""Applying one pushed operation to ``records`` (found and kept through a :class:`Store`).

Signed (immutable) records are stored once and never change. Mutable records merge field by
field (:mod:`server.merge`); a whole-row ``upsert`` of an existing mutable record applies
only while the pushing device was the last to write it, since without ``base`` values the
server cannot tell its edits from stale copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from server.changelog import Change
from server.merge import BadFields, FieldConflict, differing_fields, merge_fields, parse_fields
from server.routing import ADVISOR_FIELD, ADVISOR_LINKING, IMMUTABLE, MUTABLE, audience
from server.stores import PARENTS, NewRecord, RecordState, Store
from server.tokens import payload_sha256

OPS = ("upsert", "delete", "update_fields")


class Rejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Author:
    """The device pushing (or ``None`` ids for head office itself)."""

    device_id: str | None
    branch_id: int | None
    role: str


@dataclass
class Outcome:
    status: str  # applied | duplicate | conflict
    result: dict[str, Any] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)


def change_of(record: RecordState, op: str, origin: str | None) -> Change:
    payload = {"id": record.entity_id} if op == "delete" else record.payload
    return Change(
        entity=record.entity,
        entity_id=record.entity_id,
        op=op,
        payload=payload,
        version=record.version,
        audience=audience(record.entity),
        branch_id=record.branch_id,
        origin_device_id=origin,
        owner_device_id=record.owner_device_id,
        advisor_id=record.advisor_id,
    )


def _routing(
    store: Store, author: Author, entity: str, payload: dict[str, Any]
) -> tuple[int | None, str | None, str | None]:
    """(branch, owner device, advisor) of a new record: its case's, else its client's, else
    the pushing device's branch with the advisor the payload names."""
    for parent_entity, key in PARENTS:
        parent_id = payload.get(key)
        if entity != parent_entity and isinstance(parent_id, str):
            parent = store.parent(parent_entity, parent_id)
            if parent is not None:
                return parent.branch_id, parent.owner_device_id, parent.advisor_id
    advisor = payload.get(ADVISOR_FIELD.get(entity, ""))
    return author.branch_id, author.device_id, advisor if isinstance(advisor, str) else None


def _link_advisor(store: Store, author: Author, entity: str, payload: dict[str, Any]) -> None:
    """An advisor device works for the advisor its own pushes name: the advisor field of a
    case or client it sends whole, or an advisor account of its own (a ``user`` record)."""
    if author.role != "advisor" or author.device_id is None:
        return
    advisor = payload.get(ADVISOR_FIELD.get(entity, "")) if entity in ADVISOR_LINKING else None
    if entity == "user" and payload.get("role") == "advisor":
        advisor = payload.get("id")
    if isinstance(advisor, str) and advisor:
        store.link(author.device_id, advisor)


def _create(
    store: Store,
    author: Author,
    entity: str,
    entity_id: str,
    payload: dict[str, Any],
    now: datetime,
    digest: str,
) -> RecordState:
    branch_id, owner, advisor = _routing(store, author, entity, payload)
    record = NewRecord(
        entity=entity,
        entity_id=entity_id,
        payload=payload,
        payload_sha256=digest,
        immutable=entity in IMMUTABLE,
        deleted=False,
        version=1,
        branch_id=branch_id,
        owner_device_id=owner,
        advisor_id=advisor,
        last_device_id=author.device_id,
        created_at=now,
        updated_at=now,
    )
    return store.add(record)


def _mutable_result(record: RecordState) -> dict[str, Any]:
    return {
        "version": record.version,
        "deleted": record.deleted,
        "record": None if record.deleted else record.payload,
    }


def _save(record: RecordState, payload: dict[str, Any], author: Author, now: datetime) -> None:
    record.payload = payload
    record.payload_sha256 = payload_sha256(payload)
    record.version += 1
    record.last_device_id = author.device_id
    record.updated_at = now
    advisor = payload.get(ADVISOR_FIELD.get(record.entity, ""))
    if isinstance(advisor, str):
        record.advisor_id = advisor  # a case or client handed to another advisor


def apply_op(
    store: Store,
    author: Author,
    entity: str,
    entity_id: str,
    op: str,
    payload: dict[str, Any],
    now: datetime,
    digest: str | None = None,
) -> Outcome:
    """Apply one operation; raises :class:`Rejected` before it changes anything.

    ``digest`` is ``payload_sha256(payload)`` if the caller already has it.
    """
    if op not in OPS:
        raise Rejected(f"unknown op {op!r}")
    if entity not in IMMUTABLE and entity not in MUTABLE:
        raise Rejected(f"unknown entity {entity!r}")
    if op != "update_fields" and payload.get("id", entity_id) != entity_id:
        raise Rejected("payload id differs from entity_id")
    record = store.record(entity, entity_id)
    digest = digest or payload_sha256(payload)
    if entity in IMMUTABLE:
        return _apply_immutable(store, author, record, entity, entity_id, op, payload, now, digest)
    return _apply_mutable(store, author, record, entity, entity_id, op, payload, now, digest)


def _apply_immutable(
    store: Store,
    author: Author,
    record: RecordState | None,
    entity: str,
    entity_id: str,
    op: str,
    payload: dict[str, Any],
    now: datetime,
    digest: str,
) -> Outcome:
    if op != "upsert":
        raise Rejected("signed record changed")
    if record is None:
        record = _create(store, author, entity, entity_id, payload, now, digest)
        return Outcome("applied", {"version": 1}, [change_of(record, "upsert", author.device_id)])
    if record.payload_sha256 == digest:
        return Outcome("duplicate", {"version": record.version, "reason": "already stored"})
    raise Rejected("signed record changed")


def _apply_mutable(
    store: Store,
    author: Author,
    record: RecordState | None,
    entity: str,
    entity_id: str,
    op: str,
    payload: dict[str, Any],
    now: datetime,
    digest: str,
) -> Outcome:
    origin = author.device_id
    if op == "delete":
        if record is None:
            tombstone = {"id": entity_id}
            record = _create(
                store, author, entity, entity_id, tombstone, now, payload_sha256(tombstone)
            )
        elif record.deleted:
            return Outcome("applied", _mutable_result(record))
        else:
            _save(record, record.payload, author, now)
        record.deleted = True
        return Outcome("applied", _mutable_result(record), [change_of(record, "delete", origin)])
    if record is None:
        if op == "update_fields":
            raise Rejected("unknown record: upsert it first")
        record = _create(store, author, entity, entity_id, payload, now, digest)
        _link_advisor(store, author, entity, payload)
        return Outcome("applied", _mutable_result(record), [change_of(record, "upsert", origin)])
    if record.deleted:
        raise Rejected("record deleted")
    if op == "update_fields":
        try:
            fields = parse_fields(payload.get("fields"))
        except BadFields as exc:
            raise Rejected(str(exc)) from None
        merge = merge_fields(record.payload, fields)
        conflicts: tuple[FieldConflict, ...] = merge.conflicts
        new_payload = merge.payload
    elif record.payload_sha256 == digest:
        _link_advisor(store, author, entity, payload)
        return Outcome("applied", _mutable_result(record))
    elif record.last_device_id == author.device_id:
        conflicts, new_payload = (), payload
    else:
        # Someone else wrote since this device did, and a whole row carries no base values.
        conflicts = tuple(
            FieldConflict(name, record.payload.get(name), None, payload[name])
            for name in differing_fields(record.payload, payload)
        )
        new_payload = record.payload
    if op == "upsert":
        # Also when head office had the record already from another of the advisor's devices.
        _link_advisor(store, author, entity, payload)
    changes: list[Change] = []
    if new_payload != record.payload:
        _save(record, new_payload, author, now)
        changes.append(change_of(record, "upsert", origin))
    result = _mutable_result(record)
    if conflicts:
        result["conflicts"] = [c.as_json() for c in conflicts]
        return Outcome("conflict", result, changes)
    return Outcome("applied", result, changes)
