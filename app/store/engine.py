"""Opening the encrypted database: SQLCipher through SQLAlchemy's pysqlcipher dialect.

Every connection is keyed with the raw 256-bit data key before anything else touches the
file, then gets the durability pragmas. Transactions start with ``BEGIN`` (readers) or
``BEGIN IMMEDIATE`` (writers, via :func:`writer`) so two writers never deadlock on a lock
upgrade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.store.field_changes import capture_old_values

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536


class DatabaseUnreadable(Exception):
    """The file is not a database we can open with this key (corrupt, or another key)."""


def key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store = MEMORY",  # no plaintext temporary files
    f"PRAGMA cache_size = -{CACHE_KIB}",
)


def _configure(conn: Any) -> None:
    for pragma in PRAGMAS:
        conn.execute(pragma).fetchall()


def raw_connect(path: Path, data_key: bytes) -> sqlcipher3.dbapi2.Connection:
    """A DB-API connection, keyed and configured; raises DatabaseUnreadable on a bad file."""
    conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # A wrong key is an expected, reported outcome: keep SQLCipher's own log quiet.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(key_pragma(data_key))
        # The first read proves the key: a wrong key or a corrupt file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(conn)
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise DatabaseUnreadable(str(exc)) from exc
    return conn


def create_encrypted_engine(path: Path, data_key: bytes) -> Engine:
    """An Engine over the encrypted file at ``path`` (dialect ``sqlite+pysqlcipher``).

    The dialect sends ``PRAGMA key`` with the raw key (``x'…'``) as the first statement of
    every connection; the pragmas follow in the connect event.
    """
    raw_connect(path, data_key).close()  # fail early and clearly on a bad key or file
    url = URL.create("sqlite+pysqlcipher", password=f"x'{data_key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        _configure(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("begin_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock up front."""
    return engine.execution_options(begin_immediate=True)


class DatabaseClosed(Exception):
    """The database was closed (the app is locked); nothing can be read until unlock."""


class Database:
    """The open encrypted database of this data folder: engine plus session factories."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = path
        self._engine: Engine | None = create_encrypted_engine(path, data_key)
        self._read = sessionmaker(self._engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self._engine), expire_on_commit=False)
        # Edits of editable rows reach head office as changed fields with their old values.
        event.listen(self._write, "before_flush", capture_old_values)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise DatabaseClosed(str(self.path))
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        self.engine  # noqa: B018 - raises DatabaseClosed when locked
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any exception."""
        self.engine  # noqa: B018 - raises DatabaseClosed when locked
        with self._write() as session, session.begin():
            yield session

    def close(self) -> None:
        """Close every connection and forget the engine (and with it the key)."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._read = sessionmaker()
        self._write = sessionmaker()
