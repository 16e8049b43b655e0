"""Records between the local tables and the wire.

Outbox rows become push operations (``server/PROTOCOL.md``, Push); pulled payloads (JSON,
written by another device's outbox or by head office) become column values. Sealed PDFs
travel as blobs: a ``case_document`` payload carries the document's ``sha256`` and the
bytes (``CaseDocument.content``) are uploaded first. Signatures are stroke JSON inside
their row, so they travel with it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String
from sqlalchemy.sql.elements import KeyedColumnElement

from app.store.canonical import canonical_json
from app.store.models import OutboxOp
from app.store.types import Money, UTCDateTime

BLOB_ENTITIES = frozenset({"case_document"})


class BadValue(ValueError):
    """A pulled value that does not fit its column."""


def payload_sha256(payload: Any) -> str:
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def blob_of(entity: str, op: str, payload: dict[str, Any]) -> str | None:
    """The SHA-256 of the blob an operation refers to (its bytes must reach head office first)."""
    if entity in BLOB_ENTITIES and op == "upsert":
        digest = payload.get("sha256")
        if isinstance(digest, str):
            return digest.lower()
    return None


def push_op(row: OutboxOp) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(row.payload)
    blob = blob_of(row.entity, row.op, payload)
    return {
        "op_id": row.op_id,
        "seq": row.seq,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "op": row.op,
        "payload": payload,
        "payload_sha256": payload_sha256(payload),
        "blobs": [blob] if blob else [],
    }


def _instant(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def column_value(column: KeyedColumnElement[Any], value: Any) -> Any:
    """A wire value as ``column`` holds it; raises :class:`BadValue` if it cannot."""
    if value is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, UTCDateTime):
            return _instant(value)
        if isinstance(kind, Money):
            amount = Decimal(str(value))
            fen = amount.quantize(Decimal("0.01"))
            if fen != amount:
                raise BadValue(f"{column.key}: at most 2 decimal places")
            return fen
        if isinstance(kind, Date):
            return date.fromisoformat(str(value)[:10])
        if isinstance(kind, Boolean):
            return bool(value)
        if isinstance(kind, Integer):
            return int(value)
        if isinstance(kind, LargeBinary):
            raise BadValue(f"{column.key}: binary content does not travel in a record")
        if isinstance(kind, String):
            if isinstance(value, str):
                return value
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (ValueError, TypeError, InvalidOperation) as exc:
        raise BadValue(f"{column.key}: {type(exc).__name__}") from None
    return value
