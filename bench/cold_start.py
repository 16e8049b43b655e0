"""Cold start to the login window, against a bare QMainWindow started the same way."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import emit, median
from bench.fixtures import Fixtures

SAMPLES = 7
TARGET_RATIO = 1.5
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Each snippet: perf_counter at its first line, imports, app, window shown, then it prints
# "<elapsed ms> <peak RSS KiB>" and leaves at once (os._exit: no teardown in the figure).
# Peak RSS is VmHWM: ru_maxrss would include the (large) bench process it was forked from.
OURS = """\
import time
t0 = time.perf_counter()
import os, resource, sys
from pathlib import Path
from app.store.home import DataHome
from ui.application import create_application
from ui.dialogs.login_dialog import LoginDialog
app = create_application(["advisor-desk"])
window = LoginDialog(DataHome(Path(os.environ["ADVISOR_DESK_HOME"])))
window.show()
"""

# Both snippets end the same way: wait until shown, report time and peak memory, leave.
_REPORT = """\
app.processEvents()
while not window.isVisible():
    app.processEvents()
ms = (time.perf_counter() - t0) * 1000
hwm = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")]
print(f"{ms:.3f} {hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
sys.stdout.flush()
os._exit(0)
"""

BARE = """\
import time
t0 = time.perf_counter()
import os, resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.show()
"""
OURS += _REPORT
BARE += _REPORT


def _env(home: Path, scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    # An installed app runs from compiled bytecode. Where writing it is switched off (as in
    # some sandboxes), every start would compile all of SQLAlchemy and Alembic from source:
    # compile once, on the warm-up run, into a throwaway cache outside the project.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        ADVISOR_DESK_HOME=str(home),
        ADVISOR_DESK_LANG="zh_CN",  # the usual language: also loads Qt's own catalog
        XDG_CONFIG_HOME=str(scratch / "config"),  # QSettings (geometry) in a throwaway folder
    )
    return env


def _sample(snippet: str, env: dict[str, str]) -> tuple[float, float, float]:
    """(wall ms spawn→exit, in-process ms, peak RSS MiB) of one fresh interpreter."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", snippet],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    wall = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"cold-start snippet failed:\n{done.stderr.strip()}")
    inner, rss_kib = done.stdout.split()
    return wall, float(inner), int(rss_kib) / 1024


def run(fx: Fixtures) -> None:
    env = _env(fx.small.home.root, fx.root / "cold-start")
    ours: list[tuple[float, float, float]] = []
    bare: list[tuple[float, float, float]] = []
    _sample(OURS, env)  # warm the OS file cache (and .pyc files) once for each
    _sample(BARE, env)
    for _ in range(SAMPLES):  # interleaved, so drift hits both alike
        ours.append(_sample(OURS, env))
        bare.append(_sample(BARE, env))
    ours_wall = [s[0] for s in ours]
    bare_wall = [s[0] for s in bare]
    emit(
        "cold_start_login",
        ours_wall,
        rss=round(median([s[2] for s in ours]), 1),
        baseline=bare_wall,
        target=TARGET_RATIO,
        target_met=median(ours_wall) / median(bare_wall) <= TARGET_RATIO,
        inprocess_median_ms=round(median([s[1] for s in ours]), 2),
        baseline_inprocess_median_ms=round(median([s[1] for s in bare]), 2),
        baseline_rss_mb=round(median([s[2] for s in bare]), 1),
        lang="zh_CN",
        warmup=1,
        bytecode="compiled on the warm-up run (temporary PYTHONPYCACHEPREFIX)",
    )
