"""Engines and transactions for SQLite (embedded) and PostgreSQL (psycopg 3).

SQLite: WAL, ``synchronous=FULL``, foreign keys on, a busy timeout, and writers start with
``BEGIN IMMEDIATE`` so there is exactly one writer at a time (which is also what keeps the
change-log cursor in commit order). Readers use a deferred ``BEGIN`` and run beside it.
PostgreSQL: READ COMMITTED; the change log serialises its appends itself
(:mod:`server.changelog`), and a batch that loses a deadlock is retried whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

T = TypeVar("T")
BUSY_TIMEOUT_MS = 30_000
_WRITE = "advisor_desk_write"
# SQLSTATEs worth retrying a whole transaction for: serialization failure, deadlock.
_RETRYABLE_SQLSTATES = {"40001", "40P01"}


class UnsupportedDatabase(ValueError):
    """The URL names a database the server does not run on."""


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    writing = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def create_server_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UnsupportedDatabase(f"not a database URL: {exc}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is the driver we ship
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.drivername == "postgresql+psycopg":
        return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=30)
    raise UnsupportedDatabase("use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")


def is_retryable(exc: OperationalError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES


class Database:
    """One engine and its transactions; holds no request state."""

    def __init__(self, url: str) -> None:
        self.engine = create_server_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._writer = self.engine.execution_options(**{_WRITE: True})

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def write_with_retry(self, work: Callable[[Session], T], attempts: int = 3) -> T:
        """Run ``work`` in a write transaction, again from scratch if it lost a deadlock."""
        for attempt in range(attempts):
            try:
                with self.write() as session:
                    return work(session)
            except OperationalError as exc:
                if attempt + 1 == attempts or not is_retryable(exc):
                    raise
        raise AssertionError("unreachable")

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A bare connection whose transactions are write transactions (for migrations)."""
        with self._writer.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
