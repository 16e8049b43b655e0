"""Encrypted backups through SQLite's online backup API (never a copy of a live file)."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from app.store.engine import key_pragma, raw_connect

KEEP_BACKUPS = 10


def backup_database(db_path: Path, data_key: bytes, dest: Path) -> Path:
    """Copy the live database into ``dest``, encrypted with the same key."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    source = raw_connect(db_path, data_key)
    target = sqlcipher3.dbapi2.connect(str(partial), isolation_level=None)
    try:
        target.execute(key_pragma(data_key))
        source.backup(target)
    finally:
        target.close()
        source.close()
    os.replace(partial, dest)
    return dest


def timestamped_backup(db_path: Path, data_key: bytes, folder: Path, reason: str) -> Path:
    """A new backup named by time and reason; older ones beyond the newest 10 are removed."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = backup_database(db_path, data_key, folder / f"{stamp}-{reason}.db")
    prune_backups(folder)
    return dest


def list_backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    if not folder.exists():
        return []
    return sorted(folder.glob("*.db"), reverse=True)


def prune_backups(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of the database; the replaced file is kept aside, not deleted.

    Returns where the replaced database was moved (``None`` if there was none).
    """
    kept: Path | None = None
    if db_path.exists():
        # Microseconds: a second restore within the same second must not overwrite the first.
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kept = db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")
        os.replace(db_path, kept)
        # Its last commits may still be only in the -wal (after a crash): keep that with it.
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            os.replace(wal, Path(f"{kept}-wal"))
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, db_path)
    return kept
