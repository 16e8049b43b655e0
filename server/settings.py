"""Server settings: where the data lives and the protocol's limits."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

HOME_ENV = "ADVISOR_DESK_SERVER_HOME"


def utc_now() -> datetime:
    return datetime.now(UTC)


def server_home() -> Path:
    """``ADVISOR_DESK_SERVER_HOME``, else the platform's user data folder."""
    configured = os.environ.get(HOME_ENV, "").strip()
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir("AdvisorDeskServer", appauthor=False))


def sqlite_url(home: Path) -> str:
    return f"sqlite:///{home / 'server.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str
    token_days: int = 365
    code_hours: int = 24
    certificate_days: int = 730
    max_batch: int = 500
    max_pull: int = 1000
    max_chunk: int = 4 * 1024 * 1024
    max_blob: int = 512 * 1024 * 1024
    clock: Callable[[], datetime] = field(default=utc_now, compare=False)


def settings_for(db_url: str | None = None, home: Path | None = None) -> Settings:
    """Settings for ``--db URL``, or the embedded SQLite database in the data folder."""
    if db_url:
        return Settings(db_url=db_url)
    folder = home or server_home()
    folder.mkdir(parents=True, exist_ok=True)
    return Settings(db_url=sqlite_url(folder))
