"""The data folder: where the database, key vault, backups and logs live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "ADVISOR_DESK_HOME"


def default_home() -> Path:
    """``ADVISOR_DESK_HOME``, else the platform's user data folder (%LOCALAPPDATA%\\AdvisorDesk)."""
    configured = os.environ.get(HOME_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir  # only when no folder is configured (startup cost)

    return Path(user_data_dir("AdvisorDesk", appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataHome:
    root: Path

    @classmethod
    def default(cls) -> DataHome:
        return cls(default_home())

    @property
    def database(self) -> Path:
        return self.root / "advisor-desk.db"

    @property
    def vault(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def is_set_up(self) -> bool:
        return self.vault.exists() and self.database.exists()

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
