"""Pulling head office's change log: each page and its cursor in one local transaction.

A page's sealed PDFs (case documents, which supervisors receive with their branch's cases)
are fetched first, outside the transaction, and stored with their records.

If the app stops between two pages, the next sync resumes after the last page applied; a
page is never half applied. ``410 refetch`` (the cursor lies behind head office's
compacted log) resets the cursor to 0 and pulls everything again — the outbox is not
touched, and records already held are recognised by their versions.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.store.audit import append_event
from app.store.engine import Database
from app.store.entities import ENTITY_MODELS
from app.store.models import CaseDocument, SyncDeferred, SyncState
from app.sync.apply import (
    DOCUMENT,
    Change,
    Target,
    apply_change,
    document_sha256,
    held_versions,
    load_held_fields,
    retry_deferred,
)
from app.sync.protocol import HeadOffice, Refetch

log = logging.getLogger(__name__)

PAGE = 500
STATE_ID = 1


@dataclass
class PullCounts:
    pulled: int = 0
    applied: int = 0
    deferred: int = 0
    refetched: bool = False


def _change(raw: Any) -> Change | None:
    if not isinstance(raw, dict):
        return None
    entity, entity_id, op = raw.get("entity"), raw.get("entity_id"), raw.get("op")
    version, payload = raw.get("version"), raw.get("payload")
    if not (isinstance(entity, str) and isinstance(entity_id, str) and op in ("upsert", "delete")):
        return None
    if not isinstance(version, int) or not isinstance(payload, dict):
        return None
    return Change(entity, entity_id, str(op), version, payload)


def _cursor(db: Database) -> int:
    with db.reading() as session:
        state = session.get(SyncState, STATE_ID)
        return state.cursor if state is not None else 0


def _set_cursor(db: Database, cursor: int) -> None:
    with db.writing() as session:
        state = session.get(SyncState, STATE_ID)
        if state is not None:
            state.cursor = cursor


def absent_records(session: Session, changes: list[Change]) -> set[tuple[str, str]]:
    """Which of the changes' records this device does not hold yet (one query per kind)."""
    by_entity: dict[str, list[str]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, []).append(change.entity_id)
    present: set[tuple[str, str]] = set()
    for entity, ids in by_entity.items():
        model = ENTITY_MODELS.get(entity)
        if model is None:
            continue
        table = model.__table__
        present.update(
            (entity, str(row_id))
            for row_id in session.scalars(select(table.c.id).where(table.c.id.in_(ids)))
        )
    return {
        (c.entity, c.entity_id)
        for c in changes
        if c.entity in ENTITY_MODELS and (c.entity, c.entity_id) not in present
    }


def fetch_documents(db: Database, office: HeadOffice, page: dict[str, Any]) -> dict[str, bytes]:
    """The sealed PDFs of the page's case documents not held here yet (outside any
    transaction), each checked against its SHA-256."""
    wanted = [
        change
        for change in map(_change, page["changes"])
        if change is not None and change.entity == DOCUMENT and change.op == "upsert"
    ]
    with db.reading() as session:
        # Documents waiting (for their case, or for a PDF head office did not give last time).
        wanted += [
            Change(row.entity, row.entity_id, row.op, row.version, json.loads(row.payload))
            for row in session.scalars(
                select(SyncDeferred).where(
                    SyncDeferred.entity == DOCUMENT, SyncDeferred.op == "upsert"
                )
            )
        ]
        if not wanted:
            return {}
        held = set(
            session.scalars(
                select(CaseDocument.id).where(CaseDocument.id.in_([c.entity_id for c in wanted]))
            )
        )
    documents: dict[str, bytes] = {}
    for change in wanted:
        digest = document_sha256(change)
        if change.entity_id in held or digest in documents:
            continue
        content = office.document(change.entity_id)
        if content is None or hashlib.sha256(content).hexdigest() != digest:
            log.warning("head office sent no PDF, or another one, for a case document")
            continue
        documents[digest] = content
    return documents


def apply_page(
    db: Database,
    page: dict[str, Any],
    target: Callable[[], Target],
    actor_id: str | None,
    documents: dict[str, bytes] | None = None,
) -> PullCounts:
    """Apply one page of changes and store its cursor, in one transaction."""
    counts = PullCounts()
    with db.writing() as session:
        into = target()
        into.documents = documents or {}
        load_held_fields(session, into)
        changes = [_change(raw) for raw in page["changes"]]
        into.versions = held_versions(
            session, [(c.entity, c.entity_id) for c in changes if c is not None]
        )
        into.deferred_waiting = session.scalar(select(exists().select_from(SyncDeferred))) or False
        into.absent = absent_records(session, [c for c in changes if c is not None])
        for change in changes:
            counts.pulled += 1
            if change is None:
                log.warning("a pulled change is malformed; skipped")
                continue
            outcome = apply_change(session, change, into)
            counts.applied += outcome == "applied"
            counts.deferred += outcome == "deferred"
        counts.applied += retry_deferred(session, into)
        state = session.get(SyncState, STATE_ID)
        if state is not None:
            state.cursor = int(page["cursor"])
        if counts.pulled:
            append_event(
                session,
                at=into.now,
                actor_id=actor_id,
                action="sync.pull",
                entity="sync",
                entity_id=None,
                device_id=into.device_id,
                payload={"cursor": page["cursor"], **counts.__dict__},
            )
    return counts


def pull_changes(
    db: Database, office: HeadOffice, target: Callable[[], Target], actor_id: str | None
) -> PullCounts:
    """Pull until head office has nothing more for this device."""
    total = PullCounts()
    cursor = _cursor(db)
    while True:
        try:
            page = office.pull(cursor, PAGE)
        except Refetch:
            if total.refetched:
                raise
            log.info("head office compacted its change log past cursor %d: pulling from 0", cursor)
            _set_cursor(db, 0)
            cursor, total.refetched = 0, True
            continue
        counts = apply_page(db, page, target, actor_id, fetch_documents(db, office, page))
        total.pulled += counts.pulled
        total.applied += counts.applied
        total.deferred += counts.deferred
        cursor = int(page["cursor"])
        if not page.get("more"):
            return total
