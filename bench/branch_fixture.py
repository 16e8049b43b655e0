"""The run's 1,000,000-case branch, built once in a child process (``python -m
bench.branch_data``) and opened by the supervisor the benchmarks act as."""

from __future__ import annotations

import json
import subprocess
import sys
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.services import auth
from app.services.context import Actor, Workspace
from app.store.home import DataHome
from bench.branch_shape import SUPERVISOR, SUPERVISOR_PASSWORD
from bench.fixtures import Fixtures


@dataclass
class BranchDatabase:
    """The signed-in supervisor's workspace over the big branch, and how it was built."""

    root: Path
    ws: Workspace
    supervisor: Actor
    now: datetime
    counts: dict[str, int]
    build: dict[str, float]

    def close(self) -> None:
        self.ws.close()


_BUILT: dict[int, BranchDatabase] = {}


def branch_database(fx: Fixtures) -> BranchDatabase:
    """The 1,000,000-case branch of this run (built on first use, closed with ``fx``)."""
    built = _BUILT.get(id(fx))
    if built is not None:
        return built
    root = fx.root / "branch"
    child = subprocess.run(
        [sys.executable, "-m", "bench.branch_data", str(root)],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(child.stdout.strip().splitlines()[-1])
    login = auth.login(DataHome(root), SUPERVISOR, SUPERVISOR_PASSWORD)
    now = datetime.fromisoformat(report["now"])
    login.workspace.clock = lambda: now  # figures "as of" the moment the data describes
    built = BranchDatabase(
        root, login.workspace, login.actor, now, report["counts"], report["build"]
    )
    _BUILT[id(fx)] = built
    weakref.finalize(fx, _forget, id(fx))
    return built


def _forget(key: int) -> None:
    built = _BUILT.pop(key, None)
    if built is not None:
        built.close()
