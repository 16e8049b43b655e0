"""Sealed PDFs back to the devices that receive their case documents (supervisors of the
branch): ``GET /sync/documents/{id}``.

A device gets a document's bytes only if the change log would send it the document's record
— the same routing as pull — and only once the upload is complete and verified. Anything
else is 404, so a device learns nothing about documents it may not see.
"""

from __future__ import annotations

from sqlalchemy import exists, select

from server import changelog
from server.db import Database
from server.models import Blob, BlobChunk, ChangeLog, Record

DOCUMENT = "case_document"


def document_for(db: Database, reader: changelog.Reader, record_id: str) -> bytes | None:
    """The PDF of case document ``record_id`` if ``reader`` may have it, else ``None``."""
    with db.read() as session:
        record = session.get(Record, (DOCUMENT, record_id))
        if record is None or record.deleted:
            return None
        routed = session.scalar(
            select(
                exists().where(
                    ChangeLog.entity == DOCUMENT,
                    ChangeLog.entity_id == record_id,
                    changelog.visible_to(reader),
                )
            )
        )
        digest = record.payload.get("sha256")
        if not routed or not isinstance(digest, str):
            return None
        blob = session.get(Blob, digest.lower())
        if blob is None or not blob.complete:
            return None
        chunks = session.scalars(
            select(BlobChunk.data).where(BlobChunk.sha256 == blob.sha256).order_by(BlobChunk.offset)
        )
        return b"".join(chunks)
