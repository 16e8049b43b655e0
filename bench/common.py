"""Shared pieces: statistics, the JSON line, and set-up data folders (like tests/conftest.py)."""

from __future__ import annotations

import json
import math
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.roles import Role
from app.services import auth, users
from app.services.context import Actor, Workspace
from app.services.setup import SetupRequest, first_run_setup
from app.store.home import DataHome

ADMIN_PASSWORD = "Kx7-harbour-2026"  # noqa: S105 - a throwaway benchmark folder
ADVISOR_USERNAME = "li.advisor"
ADVISOR_PASSWORD = "Lantern-9-river"  # noqa: S105


def median(samples: list[float]) -> float:
    return float(statistics.median(samples))


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile (the maximum for fewer than 20 samples)."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def rss_mb(usage: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (``ru_maxrss`` is KiB on Linux)."""
    return round(resource.getrusage(usage).ru_maxrss / 1024, 1)


def time_ms(call: Callable[[], object], n: int, *, warmup: int = 1) -> list[float]:
    """Wall time of ``call`` in ms, ``n`` samples after ``warmup`` discarded calls."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def emit(
    name: str,
    samples: list[float],
    *,
    rss: float,
    baseline: list[float] | None = None,
    **extra: Any,
) -> None:
    """Print one result line: the contract's keys, then ``extra``."""
    med = median(samples)
    line: dict[str, Any] = {
        "name": name,
        "n": len(samples),
        "median_ms": round(med, 2),
        "p95_ms": round(p95(samples), 2),
        "rss_mb": rss,
        "baseline_ms": None if baseline is None else round(median(baseline), 2),
    }
    if baseline is not None:
        line["ratio"] = round(med / median(baseline), 2)
    line.update(extra)
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def setup_request() -> SetupRequest:
    return SetupRequest(
        admin_username="admin",
        admin_display_name="系统管理员",
        password=ADMIN_PASSWORD,
        password_repeat=ADMIN_PASSWORD,
        branch_code="BJ001",
        branch_name="北京分行营业部",
        device_name="柜台一号机",
    )


@dataclass
class Office:
    """A set-up data folder with one advisor (real KDF cost), as the tests build it."""

    home: DataHome
    admin_ws: Workspace
    admin: Actor

    @classmethod
    def create(cls, root: Path) -> Office:
        home = DataHome(root)
        result = first_run_setup(home, setup_request())
        office = cls(home, result.workspace, result.actor)
        users.create_user(
            office.admin_ws,
            office.admin,
            username=ADVISOR_USERNAME,
            display_name="李顾问",
            role=Role.ADVISOR,
            temporary_password=ADVISOR_PASSWORD,
        )
        return office

    def login_advisor(self) -> auth.LoginResult:
        return auth.login(self.home, ADVISOR_USERNAME, ADVISOR_PASSWORD)

    def close(self) -> None:
        self.admin_ws.close()
