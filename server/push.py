"""``POST /sync/push``: a batch in one transaction, each operation all or nothing.

Exactly once: ``ops`` holds every applied (or duplicate, or conflicting) ``op_id`` with its
result, written in the same transaction as the record changes. Rejected operations leave no
``ops`` row: the device may fix the cause (upload a missing blob) and send the same ``op_id``
again.

Two ways to apply a batch, with the same results:

- **batch** (the usual one): read every ``ops`` row, record and parent record the batch may
  touch in a few queries (records locked ``FOR UPDATE``), decide each operation in memory —
  :func:`server.records.apply_op` rejects before it changes anything — and write everything
  inside a savepoint: one flush for the records that changed, then the new records and
  ``ops`` rows in bulk (:mod:`server.bulk`: ``COPY`` on PostgreSQL).
- **one savepoint per operation**: if those writes fail (another request claimed one of the
  ``op_id``s or created one of the records meanwhile, or the database refuses one payload),
  the savepoint is rolled back and each operation is applied again in its own savepoint,
  ``op_id`` claimed first, so a failure spoils only its own operation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from server import blobs, bulk, changelog
from server.changelog import Change
from server.db import Database
from server.errors import ApiError
from server.models import Op, Record
from server.records import Author, Outcome, Rejected, apply_op
from server.routing import SERVER_ONLY
from server.stores import BatchStore, LiveStore, Store, keys_of
from server.tokens import canonical_json, sha256_hex

Answer = tuple[dict[str, Any], list[Change]]


@dataclass(frozen=True)
class PushOp:
    op_id: str
    seq: int
    entity: str
    entity_id: str
    op: str
    payload: dict[str, Any]
    payload_sha256: str
    blobs: tuple[str, ...] = field(default=())

    @cached_property
    def canonical(self) -> str:
        """The payload's canonical JSON (what ``payload_sha256`` is over)."""
        return canonical_json(self.payload)


def _rejected(op_id: str, reason: str, **extra: Any) -> dict[str, Any]:
    return {"op_id": op_id, "status": "rejected", "reason": reason, **extra}


class OpState(Protocol):
    """An ``ops`` row: a stored :class:`Op` or a :class:`NewOp` of this batch."""

    device_id: str
    payload_sha256: str
    status: str
    result: dict[str, Any]


@dataclass
class NewOp:
    """An ``ops`` row this batch writes (in bulk, with its new records)."""

    op_id: str
    device_id: str
    seq: int
    entity: str
    entity_id: str
    payload_sha256: str
    status: str
    result: dict[str, Any]
    received_at: datetime


def _replay(stored: OpState, author: Author, op: PushOp, computed: str) -> dict[str, Any]:
    if stored.device_id != author.device_id or stored.payload_sha256 != computed:
        return _rejected(op.op_id, "op_id reused with different content")
    return {**stored.result, "status": "duplicate", "original_status": stored.status}


def _precheck(
    op: PushOp, author: Author, stored: OpState | None, missing_blobs: list[str]
) -> dict[str, Any] | None:
    """The answer for an operation decided before it touches a record, if any."""
    computed = sha256_hex(op.canonical)
    if computed != op.payload_sha256:
        return _rejected(op.op_id, "payload_sha256 does not match the payload")
    if stored is not None:
        return _replay(stored, author, op, computed)
    if op.entity in SERVER_ONLY:
        return _rejected(op.op_id, "published by head office only")
    if missing_blobs:
        return _rejected(op.op_id, "missing_blob", missing=missing_blobs)
    return None


def _new_op(author: Author, op: PushOp, now: datetime) -> NewOp:
    assert author.device_id is not None
    return NewOp(
        op_id=op.op_id,
        device_id=author.device_id,
        seq=op.seq,
        entity=op.entity,
        entity_id=op.entity_id,
        payload_sha256=op.payload_sha256,
        status="pending",
        result={},
        received_at=now,
    )


def _apply(store: Store, author: Author, op: PushOp, row: OpState, now: datetime) -> Answer:
    """Apply an operation that passed :func:`_precheck` (so its ``payload_sha256`` holds)."""
    outcome: Outcome = apply_op(
        store, author, op.entity, op.entity_id, op.op, op.payload, now, op.payload_sha256
    )
    result = {"op_id": op.op_id, "status": outcome.status, **outcome.result}
    row.status, row.result = outcome.status, result
    return result, outcome.changes


def _batch(session: Session, author: Author, ops: list[PushOp], now: datetime) -> list[Answer]:
    stored: dict[str, OpState] = {
        row.op_id: row
        for row in session.scalars(select(Op).where(Op.op_id.in_({op.op_id for op in ops})))
    }
    store = BatchStore(
        session,
        (key for op in ops for key in keys_of(op.entity, op.entity_id, op.payload)),
        author.device_id or "",
    )
    absent = set(blobs.missing(session, (sha for op in ops for sha in op.blobs)))
    answers: list[Answer] = []
    created: list[NewOp] = []
    for op in ops:
        missing = [sha for sha in op.blobs if sha in absent]
        early = _precheck(op, author, stored.get(op.op_id), missing)
        if early is not None:
            answers.append((early, []))
            continue
        row = _new_op(author, op, now)
        try:
            answers.append(_apply(store, author, op, row, now))
        except Rejected as exc:
            answers.append((_rejected(op.op_id, exc.reason), []))
            continue
        created.append(row)
        stored[op.op_id] = row
        bulk.remember_json(session, op.payload, op.canonical)
    session.flush()  # records changed, advisors linked
    bulk.insert_rows(session, Record, [record.row() for record in store.created])
    bulk.insert_rows(session, Op, [dict(row.__dict__) for row in created])
    return answers


def _one(session: Session, author: Author, op: PushOp, now: datetime) -> Answer:
    for _attempt in range(3):
        stored = session.get(Op, op.op_id, populate_existing=True)
        early = _precheck(op, author, stored, blobs.missing(session, op.blobs))
        if early is not None:
            return early, []
        try:
            with session.begin_nested():
                row = Op(**_new_op(author, op, now).__dict__)
                session.add(row)
                session.flush()  # claims the op_id (waits for a concurrent claim to settle)
                answer = _apply(LiveStore(session), author, op, row, now)
                session.flush()
            return answer
        except Rejected as exc:
            return _rejected(op.op_id, exc.reason), []
        except DataError:
            # e.g. a NUL character, which PostgreSQL's jsonb cannot hold
            return _rejected(op.op_id, "the payload cannot be stored"), []
        except IntegrityError:
            continue  # the op_id or the record was created meanwhile: look again
    raise ApiError(503, "busy", "Concurrent changes to the same records; send the batch again.")


def push(db: Database, author: Author, ops: list[PushOp], now: datetime) -> dict[str, Any]:
    """Apply a batch; answers per operation, in order, and the cursor after the batch."""

    def work(session: Session) -> dict[str, Any]:
        try:
            with session.begin_nested():
                answers = _batch(session, author, ops, now)
        except (IntegrityError, DataError):
            answers = [_one(session, author, op, now) for op in ops]
        changes = [change for _result, op_changes in answers for change in op_changes]
        cursor = changelog.append_changes(session, changes, now)
        return {"results": [result for result, _changes in answers], "cursor": cursor}

    return db.write_with_retry(work)
