"""This device's head-office sync bookkeeping (app/sync, app/services/sync.py; schema 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.model_base import Base
from app.store.types import UTCDateTime


class SyncState(Base):
    """This device's link to head office (one row, ``id`` 1): enrollment and progress."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(500))
    device_token: Mapped[str] = mapped_column(Text)
    ca_cert_pem: Mapped[str] = mapped_column(Text)
    branch_code: Mapped[str] = mapped_column(String(64))
    branch_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The change-log position pulled up to (applied in the same transaction as the changes).
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error_code: Mapped[str] = mapped_column(String(32), default="")
    last_error_message: Mapped[str] = mapped_column(Text, default="")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    update_required: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncRejection(Base):
    """An outbox operation head office refused for good ("needs attention"); not resent."""

    __tablename__ = "sync_rejections"
    __table_args__ = (Index(None, "rejected_at"),)

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncConflict(Base):
    """One field changed here and on another device since this device last saw it.

    Values are JSON (as on the wire). Until a person resolves it the record keeps this
    device's value here; head office keeps its own.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        Index(None, "op_id", "field", unique=True),
        Index(None, "resolved_at", "created_at"),
        Index(None, "entity_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    mine: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    base: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolution: Mapped[str | None] = mapped_column(String(8))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(36))


class SyncVersion(Base):
    """The head-office version of each editable record this device holds: an older copy
    arriving later (a slow pull after a push result) is never applied over a newer one."""

    __tablename__ = "sync_versions"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class SyncDeferred(Base):
    """A pulled change whose parent (a client, a case, a product) has not arrived yet."""

    __tablename__ = "sync_deferred"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    op: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    deferred_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncResource(Base):
    """A questionnaire or rule pack published by head office (path under resources/)."""

    __tablename__ = "sync_resources"

    path: Mapped[str] = mapped_column(String(300), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
