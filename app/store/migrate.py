"""Schema migrations for the client database, configured in code.

``upgrade_database`` is what the app runs at start: refuse a database newer than the code,
back up, migrate with foreign keys off (set before the transaction), run
``PRAGMA foreign_key_check`` before commit, and restore the backup if anything fails.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.resources import migrations_root
from app.store.backup import restore_backup, timestamped_backup
from app.store.engine import create_encrypted_engine, writer

log = logging.getLogger(__name__)


class DatabaseTooNew(Exception):
    """The database was migrated by a newer Advisor Desk than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class MigrationFailed(Exception):
    """A migration failed; the database was restored from the backup taken just before."""


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_root()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    """The newest revision of the shipped scripts (read once per process)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_connection(conn: Connection, target: str = "head") -> None:
    """Migrate on an open connection in one transaction, checking foreign keys at the end."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    # Outside any transaction: SQLite ignores this pragma inside one.
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        with conn.begin():
            command.upgrade(alembic_config(conn), target)
            violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise MigrationFailed(f"foreign key violations: {len(violations)}")
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def upgrade_database(db_path: Path, data_key: bytes, backups: Path) -> str | None:
    """Bring the database to head. Returns the backup taken, if a migration ran."""
    engine = writer(create_encrypted_engine(db_path, data_key))
    try:
        current = current_revision(engine)
        script = ScriptDirectory.from_config(alembic_config())
        head = script.get_current_head()
        if current == head:
            return None
        if current is not None and current not in {s.revision for s in script.walk_revisions()}:
            raise DatabaseTooNew(current)
        backup = timestamped_backup(db_path, data_key, backups, f"before-{head}")
        log.info("migrating database from %s to %s", current, head)
        try:
            with engine.connect() as conn:
                upgrade_connection(conn)
        except Exception as exc:
            engine.dispose()
            restore_backup(backup, db_path)
            log.exception("migration failed; database restored from backup")
            raise MigrationFailed(str(exc)) from exc
        return str(backup)
    finally:
        engine.dispose()
