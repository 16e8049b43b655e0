"""The audit chain and the transactional outbox.

Every service call appends one :class:`AuditEvent` whose ``hash`` covers its own fields and
the previous event's hash, so any edit, deletion or reordering breaks the chain from that
point on. Payloads are not stored in the chain — only their SHA-256 — so the chain carries
no personal data. Changes to synced entities also write an outbox row in the same
transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.canonical import canonical_json
from app.store.field_changes import as_field_update
from app.store.ids import new_id
from app.store.models import AuditEvent, OutboxOp

GENESIS_HASH = "0" * 64


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_hash(event: AuditEvent) -> str:
    body = canonical_json(
        {
            "id": event.id,
            # The instant in UTC, as stored: a clock in another zone must not break the chain.
            "at": event.at.astimezone(UTC).isoformat(),
            "actor_id": event.actor_id,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "device_id": event.device_id,
            "payload_hash": event.payload_hash,
            "prev_hash": event.prev_hash,
        }
    )
    return sha256_hex(body)


def append_event(
    session: Session,
    *,
    at: datetime,
    actor_id: str | None,
    action: str,
    entity: str,
    entity_id: str | None,
    device_id: str,
    payload: Any,
) -> AuditEvent:
    """Append one event to the chain inside the caller's (write) transaction."""
    prev = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    prev_hash = prev.first() or GENESIS_HASH
    event = AuditEvent(
        id=new_id(),
        at=at,
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        device_id=device_id,
        payload_hash=sha256_hex(canonical_json(payload)),
        prev_hash=prev_hash,
    )
    event.hash = event_hash(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    head: str
    first_broken_seq: int | None = None
    problem: str = ""
    last_seq: int = 0


@dataclass(frozen=True)
class ChainPoint:
    """A verified prefix of the chain: up to ``seq`` (``events`` events), ending in ``head``."""

    seq: int
    events: int
    head: str


def verify_chain(
    session: Session, batch: int = 5000, since: ChainPoint | None = None
) -> ChainReport:
    """Walk the chain from genesis (or from a prefix already verified in this process);
    report the first event whose link or hash is wrong."""
    prev_hash = since.head if since else GENESIS_HASH
    count = since.events if since else 0
    last_seq = since.seq if since else 0
    while True:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.seq > last_seq)
            .order_by(AuditEvent.seq)
            .limit(batch)
        ).all()
        if not rows:
            return ChainReport(ok=True, events=count, head=prev_hash, last_seq=last_seq)
        for event in rows:
            if event.prev_hash != prev_hash:
                return ChainReport(False, count, prev_hash, event.seq, "prev_hash")
            if event_hash(event) != event.hash:
                return ChainReport(False, count, prev_hash, event.seq, "hash")
            prev_hash = event.hash
            count += 1
            last_seq = event.seq
        session.expunge_all()


def enqueue(
    session: Session,
    *,
    entity: str,
    entity_id: str,
    op: str,
    payload: dict[str, Any],
    at: datetime,
) -> OutboxOp | None:
    """Write the outbox row for a change to a synced entity (same transaction).

    An ``upsert`` of an editable row that existed before this transaction becomes
    ``update_fields`` (the changed fields with their old values, see
    :mod:`app.store.field_changes`); if no field that travels changed, nothing is written.
    """
    if op == "upsert":
        update = as_field_update(session, entity, entity_id, payload)
        if update == {}:
            return None
        if update is not None:
            op, payload = "update_fields", update
    row = OutboxOp(
        op_id=new_id(),
        entity=entity,
        entity_id=entity_id,
        op=op,
        payload=canonical_json(payload),
        created_at=at,
    )
    session.add(row)
    return row
