"""Content-addressed, resumable blob uploads (PDFs, signature images).

Each PATCH body is stored as one row of ``blob_chunks`` at its byte offset, in the same
transaction that moves ``blobs.received`` on; the whole blob is hashed once the last byte
arrives, and a mismatch discards every chunk.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.db import Database
from server.errors import ApiError
from server.models import Blob, BlobChunk

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class BlobState:
    received: int
    complete: bool


def check_sha256(sha256: str) -> str:
    if not SHA256_HEX.fullmatch(sha256):
        raise ApiError(400, "bad_request", "sha256: 64 lowercase hex digits expected")
    return sha256


def state(db: Database, sha256: str) -> BlobState | None:
    with db.read() as session:
        blob = session.get(Blob, check_sha256(sha256))
        return None if blob is None else BlobState(blob.received, blob.complete)


def missing(session: Session, shas: Iterable[str]) -> list[str]:
    wanted = sorted(set(shas))
    if not wanted:
        return []
    complete = set(
        session.scalars(select(Blob.sha256).where(Blob.sha256.in_(wanted), Blob.complete))
    )
    return [sha for sha in wanted if sha not in complete]


def _offset_error(received: int, message: str) -> ApiError:
    return ApiError(409, "offset_mismatch", message, {"Upload-Offset": str(received)})


def _verified(session: Session, sha256: str) -> bool:
    digest = hashlib.sha256()
    for chunk in session.scalars(
        select(BlobChunk.data).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.offset)
    ):
        digest.update(chunk)
    return digest.hexdigest() == sha256


def _append(
    session: Session,
    sha256: str,
    offset: int,
    length: int | None,
    chunk: bytes,
    max_blob: int,
    now: datetime,
) -> tuple[int, bool]:
    """Store one chunk; returns (received, hash_failed)."""
    blob = session.scalars(
        select(Blob)
        .where(Blob.sha256 == sha256)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if blob is None:
        if offset != 0:
            raise _offset_error(0, "no upload of this blob yet: start at offset 0")
        if length is None or not 0 < length <= max_blob:
            raise ApiError(400, "bad_request", f"Upload-Length: 1 to {max_blob} expected")
        blob = Blob(sha256=sha256, length=length, received=0, complete=False, created_at=now)
        session.add(blob)
        session.flush()
    if blob.complete:
        if offset == blob.length and not chunk:
            return blob.received, False
        raise _offset_error(blob.received, "the blob is already complete")
    if offset != blob.received:
        raise _offset_error(blob.received, f"the server has {blob.received} bytes")
    if blob.received + len(chunk) > blob.length:
        raise ApiError(400, "bad_request", "the body runs past Upload-Length")
    if chunk:
        session.add(BlobChunk(sha256=sha256, offset=offset, data=chunk))
        blob.received += len(chunk)
        session.flush()
    if blob.received < blob.length:
        return blob.received, False
    if _verified(session, sha256):
        blob.complete = True
        blob.completed_at = now
        return blob.received, False
    session.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256))
    session.delete(blob)
    return 0, True


def append(
    db: Database,
    sha256: str,
    offset: int,
    length: int | None,
    chunk: bytes,
    *,
    max_chunk: int,
    max_blob: int,
    now: datetime,
) -> int:
    """Store a PATCH body; returns the new offset. A full blob that fails its hash → 422."""
    check_sha256(sha256)
    if len(chunk) > max_chunk:
        raise ApiError(413, "chunk_too_large", f"at most {max_chunk} bytes per PATCH")
    try:
        with db.write() as session:
            received, hash_failed = _append(session, sha256, offset, length, chunk, max_blob, now)
    except IntegrityError:
        # Another upload of the same blob started at the same moment: ask the client to look.
        raise _offset_error(0, "a concurrent upload of this blob started") from None
    if hash_failed:
        raise ApiError(422, "hash_mismatch", "the content does not match its SHA-256")
    return received
