"""Data folders the benchmarks share, built on first use and removed at the end."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.services.context import Actor, Workspace
from bench import dataset
from bench.common import Office

CLIENT_COUNT = 100_000


@dataclass
class BigDatabase:
    """The advisor's open workspace over 100,000 clients, and how long the insert took."""

    office: Office
    ws: Workspace
    actor: Actor
    planted: dataset.Planted
    insert: dataset.InsertTiming


class Fixtures:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="advisor-desk-bench-"))
        self._small: Office | None = None
        self._big: BigDatabase | None = None

    @property
    def small(self) -> Office:
        """A set-up folder with an admin and an advisor, no clients."""
        if self._small is None:
            self._small = Office.create(self.root / "small")
        return self._small

    @property
    def big(self) -> BigDatabase:
        if self._big is None:
            office = Office.create(self.root / "big")
            login = office.login_advisor()
            generator = dataset.Generator(login.workspace, login.actor)
            timing = dataset.bulk_insert(login.workspace, generator.batches(CLIENT_COUNT))
            self._big = BigDatabase(
                office, login.workspace, login.actor, generator.planted(), timing
            )
        return self._big

    def close(self) -> None:
        if self._big is not None:
            self._big.ws.close()
            self._big.office.close()
        if self._small is not None:
            self._small.close()
        shutil.rmtree(self.root, ignore_errors=True)
