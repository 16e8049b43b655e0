"""The server's tables (SQLAlchemy 2.0 typed models).

``records`` holds the current state of every synced entity, ``ops`` every operation applied
(exactly once, by ``op_id``), ``change_log`` what devices pull. Blob content lives in the
database too (``blob_chunks``: BLOB on SQLite, bytea on PostgreSQL), so every instance sees
every upload and one backup of the database holds everything.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# INTEGER PRIMARY KEY on SQLite (the rowid), BIGINT on PostgreSQL.
BigId = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerState(Base):
    """Small shared values: the CA (key and certificate PEM), the change-log horizon."""

    __tablename__ = "server_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Branch(Base):
    __tablename__ = "branches"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    token_expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    certificate_pem: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class DeviceAdvisor(Base):
    """An advisor (client user id) seen working on a device: routes their cases' decisions."""

    __tablename__ = "device_advisors"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    advisor_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"

    code_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    used_by_device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Op(Base):
    """An operation applied (or found a duplicate or conflict); rejected ops are not kept."""

    __tablename__ = "ops"
    __table_args__ = (Index(None, "device_id", "seq"),)

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(200))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[dict[str, Any]] = mapped_column(Json)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Record(Base):
    """The current state of one synced entity, with what routes it to devices."""

    __tablename__ = "records"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    immutable: Mapped[bool] = mapped_column(Boolean)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    owner_device_id: Mapped[str | None] = mapped_column(String(36))
    advisor_id: Mapped[str | None] = mapped_column(String(36))
    last_device_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChangeLog(Base):
    """What devices pull, in cursor order (= commit order, see :mod:`server.changelog`)."""

    __tablename__ = "change_log"
    __table_args__ = (Index(None, "entity", "entity_id"), {"sqlite_autoincrement": True})

    cursor: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(200))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    version: Mapped[int] = mapped_column(Integer)
    audience: Mapped[str] = mapped_column(String(8))
    branch_id: Mapped[int | None] = mapped_column(BigInteger)
    origin_device_id: Mapped[str | None] = mapped_column(String(36))
    owner_device_id: Mapped[str | None] = mapped_column(String(36))
    advisor_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Blob(Base):
    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class BlobChunk(Base):
    """One received PATCH body of a blob, at its byte offset."""

    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
