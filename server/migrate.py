"""The server's schema migrations (Alembic, ``server/migrations``), run at ``serve`` start.

Several instances may start at once on one PostgreSQL database: the upgrade runs under a
session-level advisory lock, so one migrates and the others find the schema at head.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from server.db import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)
MIGRATION_LOCK = 0x41445331  # "ADS1": one migrator at a time on PostgreSQL


class DatabaseTooNew(Exception):
    """The database was migrated by a newer server than this one."""


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database) -> None:
    """Bring the database to head (refusing one migrated by a newer server)."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {s.revision for s in script.walk_revisions()}
    with db.write_connection() as conn:
        if db.is_postgres:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()
        try:
            current = current_revision(conn)
            conn.rollback()
            if current is not None and current not in known:
                raise DatabaseTooNew(current)
            if current != script.get_current_head():
                log.info("migrating the server database from %s", current or "empty")
                with conn.begin():
                    command.upgrade(alembic_config(conn), "head")
        finally:
            if db.is_postgres:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                conn.commit()


def check(db: Database) -> None:
    """``alembic check``: raises if the models and the migrations disagree."""
    with db.write_connection() as conn, conn.begin():
        command.check(alembic_config(conn))
