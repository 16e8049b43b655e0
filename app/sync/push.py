"""Pushing the outbox: in ``seq`` order, in batches, blobs first, rows marked after answers.

A row is marked sent only inside the transaction that stores its answer, so a batch whose
answer is lost is simply sent again (head office answers ``duplicate``). Answers:

- ``applied`` / ``duplicate`` — sent; an editable record's merged copy is applied here.
- ``conflict`` — sent; one :class:`SyncConflict` per field for a person to resolve (also
  when the conflict is only learnt from the replay of a lost answer).
- ``rejected`` — kept in "needs attention" (:class:`SyncRejection`) and not sent again;
  except ``missing_blob``, which stays unsent and is retried after the upload.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.audit import append_event
from app.store.engine import Database
from app.store.entities import conflict_free_fields, is_mutable
from app.store.ids import new_id
from app.store.models import CaseDocument, OutboxOp, SyncConflict, SyncRejection
from app.sync.apply import (
    Change,
    Target,
    apply_change,
    hold_versions,
    load_held_fields,
)
from app.sync.protocol import HeadOffice
from app.sync.wire import push_op

log = logging.getLogger(__name__)

BATCH_OPS = 500  # head office's largest batch
BATCH_BYTES = 4 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
MISSING_BLOB = "missing_blob"


@dataclass
class PushCounts:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    held_back: int = 0


def unsent_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(OutboxOp.sent_at.is_(None))) or 0


def _next_batch(db: Database, after_seq: int) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = []
    size = 0
    with db.reading() as session:
        rows = session.scalars(
            select(OutboxOp)
            .where(OutboxOp.sent_at.is_(None), OutboxOp.seq > after_seq)
            .order_by(OutboxOp.seq)
            .limit(BATCH_OPS)
        )
        for row in rows:
            size += len(row.payload)
            if ops and size > BATCH_BYTES:
                break
            ops.append(push_op(row))
    return ops


def upload_blob(office: HeadOffice, sha256: str, content: bytes) -> None:
    """Resumable: start where head office's copy stops; a lost answer costs one look."""
    state = office.blob_state(sha256)
    offset = 0 if state is None else state.received
    if state is not None and state.complete:
        return
    while offset < len(content):
        chunk = content[offset : offset + CHUNK_BYTES]
        offset = office.blob_append(sha256, offset, chunk, len(content))


def _upload_blobs(db: Database, office: HeadOffice, ops: list[dict[str, Any]]) -> None:
    for op in ops:
        if not op["blobs"]:
            continue
        with db.reading() as session:
            content = session.scalar(
                select(CaseDocument.content).where(CaseDocument.id == op["entity_id"])
            )
        if content is None:
            continue  # head office will answer missing_blob; the row stays unsent
        upload_blob(office, op["blobs"][0], bytes(content))


def _store_conflicts(
    session: Session, op: dict[str, Any], result: dict[str, Any], now: datetime
) -> int:
    stored = 0
    ignored = conflict_free_fields(op["entity"])
    for item in result.get("conflicts") or []:
        name = str(item.get("field", ""))
        if name in ignored:
            continue
        exists = session.scalar(
            select(SyncConflict.id).where(
                SyncConflict.op_id == op["op_id"], SyncConflict.field == name
            )
        )
        if not name or exists is not None:
            continue
        session.add(
            SyncConflict(
                id=new_id(),
                op_id=op["op_id"],
                entity=op["entity"],
                entity_id=op["entity_id"],
                field=name,
                mine=json.dumps(item.get("mine"), ensure_ascii=False),
                theirs=json.dumps(item.get("server_value"), ensure_ascii=False),
                base=json.dumps(item.get("base_value"), ensure_ascii=False),
                created_at=now,
            )
        )
        stored += 1
    return stored


def _reject(session: Session, op: dict[str, Any], reason: str, now: datetime) -> None:
    if session.get(SyncRejection, op["op_id"]) is None:
        session.add(
            SyncRejection(
                op_id=op["op_id"],
                seq=op["seq"],
                entity=op["entity"],
                entity_id=op["entity_id"],
                op=op["op"],
                reason=reason[:2000],
                rejected_at=now,
            )
        )


def _merged(op: dict[str, Any], result: dict[str, Any]) -> Change | None:
    version = result.get("version")
    if not isinstance(version, int) or "deleted" not in result:
        return None
    record = result.get("record")
    if result["deleted"]:
        return Change(op["entity"], op["entity_id"], "delete", version, {"id": op["entity_id"]})
    if not isinstance(record, dict):
        return None
    return Change(op["entity"], op["entity_id"], "upsert", version, record)


def _echo(op: dict[str, Any], change: Change) -> bool:
    return bool(op["op"] == change.op == "upsert" and change.payload == op["payload"])


def store_answers(
    db: Database,
    ops: list[dict[str, Any]],
    results: list[Any],
    target: Callable[[], Target],
    actor_id: str | None,
) -> PushCounts:
    """One transaction: mark answered rows, keep conflicts and rejections, apply merges."""
    counts = PushCounts()
    by_id = {r.get("op_id"): r for r in results if isinstance(r, dict)}
    with db.writing() as session:
        into = target()
        rows = {
            row.op_id: row
            for row in session.scalars(
                select(OutboxOp).where(OutboxOp.op_id.in_([op["op_id"] for op in ops]))
            )
        }
        merges: list[Change] = []
        echoed: dict[tuple[str, str], int] = {}
        for op in ops:
            result, row = by_id.get(op["op_id"]), rows.get(op["op_id"])
            if result is None or row is None or row.sent_at is not None:
                counts.held_back += result is None
                continue
            status = result.get("status")
            if status == "rejected":
                reason = str(result.get("reason") or "rejected")
                if reason == MISSING_BLOB:
                    counts.held_back += 1
                    continue
                _reject(session, op, reason, into.now)
                counts.rejected += 1
            elif status in ("applied", "duplicate", "conflict"):
                counts.pushed += 1
                counts.duplicates += status == "duplicate"
                counts.conflicts += _store_conflicts(session, op, result, into.now)
                change = _merged(op, result)
                if change is not None and _echo(op, change):
                    # Head office holds just what was sent: only its version to remember.
                    if is_mutable(change.entity):
                        key = (change.entity, change.entity_id)
                        echoed[key] = max(echoed.get(key, 0), change.version)
                elif change is not None:
                    merges.append(change)
            else:
                counts.held_back += 1
                continue
            row.sent_at = into.now
        hold_versions(session, echoed)
        session.flush()
        if merges:
            load_held_fields(session, into)
            for change in merges:
                apply_change(session, change, into)
        append_event(
            session,
            at=into.now,
            actor_id=actor_id,
            action="sync.push",
            entity="sync",
            entity_id=None,
            device_id=into.device_id,
            payload={"ops": [op["op_id"] for op in ops], **counts.__dict__},
        )
    return counts


def push_outbox(
    db: Database,
    office: HeadOffice,
    device_id: str,
    target: Callable[[], Target],
    actor_id: str | None,
) -> PushCounts:
    """Push every unsent row once (rows held back are tried again at the next sync)."""
    total = PushCounts()
    after = 0
    while ops := _next_batch(db, after):
        _upload_blobs(db, office, ops)
        answer = office.push(device_id, ops)
        counts = store_answers(db, ops, answer["results"], target, actor_id)
        for name, value in counts.__dict__.items():
            setattr(total, name, getattr(total, name) + value)
        log.info("pushed %d operations (%d held back)", counts.pushed, counts.held_back)
        after = ops[-1]["seq"]
    return total
