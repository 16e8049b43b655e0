"""The frozen one-folder bundle built from build_installer.spec works without Python.

CI builds it (``python -m tools.build``) before running the tests; locally, build it first
or point ``ADVISOR_DESK_BUNDLE`` at a built folder. In CI a missing bundle is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools.bundle_contents import UNUSED_QT_LIBRARIES, UNUSED_QT_MODULES

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("ADVISOR_DESK_BUNDLE", ROOT / "dist" / "AdvisorDesk"))
SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / f"advisor-desk{SUFFIX}").exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI builds the bundle before the tests, but {BUNDLE} has none")
        pytest.skip(f"no frozen bundle at {BUNDLE}: run `uv run python -m tools.build`")
    return BUNDLE


def bare_environment(tmp_path: Path) -> dict[str, str]:
    """No Python anywhere on PATH, no virtual environment, a fresh data folder."""
    empty = tmp_path / "empty-path"
    empty.mkdir()
    return {
        "PATH": str(empty),
        "HOME": str(tmp_path),
        "TMPDIR": str(tmp_path),
        "ADVISOR_DESK_HOME": str(tmp_path / "home"),
        "ADVISOR_DESK_LANG": "en",
        "LANG": "C.UTF-8",
    }


def internal(bundle: Path) -> Path:
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def test_the_frozen_selftest_runs_the_whole_case_without_python(
    bundle: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(bundle / f"advisor-desk{SUFFIX}"), "--selftest"],
        env=bare_environment(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "selftest passed"
    for step in ("ok   migrate", "ok   disclosure and signing", "ok   verify pack"):
        assert any(line.startswith(step) for line in lines), (step, lines)


def test_the_frozen_verify_command_checks_a_pack(bundle: Path, tmp_path: Path) -> None:
    not_a_pdf = tmp_path / "note.pdf"
    not_a_pdf.write_text("hello")
    result = subprocess.run(
        [str(bundle / f"advisor-desk{SUFFIX}"), "verify", str(not_a_pdf)],
        env=bare_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_unused_qt_modules_are_not_in_the_bundle(bundle: Path) -> None:
    files = [p.name for p in internal(bundle).rglob("*") if p.is_file()]
    present = [
        name
        for name in UNUSED_QT_MODULES
        if any(f.startswith(f"{name}.") and f.endswith((".so", ".pyd")) for f in files)
    ]
    assert present == [], f"unused Qt modules bundled: {present}"
    libraries = sorted({f for f in files for lib in UNUSED_QT_LIBRARIES if lib in f})
    assert libraries == [], f"unused Qt libraries bundled: {libraries}"
    # ...while what the app uses is there.
    for used in ("QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtCharts"):
        assert any(f.startswith(f"{used}.") for f in files), used


def test_the_bundle_carries_its_data(bundle: Path) -> None:
    root = internal(bundle)
    for relative in (
        "resources/rulepacks/NFRA-2025.json",
        "resources/questionnaires/securities-20.json",
        "resources/translations/advisor_desk_zh_CN.ts",
        "resources/documents/risk_disclosure.json",
        "resources/icons/advisor-desk.ico",
        "migrations/env.py",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ):
        assert (root / relative).is_file(), relative
    assert list((root / "migrations" / "versions").glob("0004_*.py"))
    assert (bundle / f"AdvisorDesk{SUFFIX}").is_file(), "the windowed executable"


def test_the_frozen_gui_starts(bundle: Path, tmp_path: Path) -> None:
    env = bare_environment(tmp_path) | {"QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [str(bundle / f"AdvisorDesk{SUFFIX}")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert process.poll() is None, process.communicate()[1]  # waiting for first-run setup
    finally:
        process.kill()
        process.communicate()
    assert (tmp_path / "home" / "logs").is_dir(), "it started far enough to open its log"
