"""The command line as people and head-office scripts call it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    values["ADVISOR_DESK_HOME"] = str(tmp_path / "home")
    values["ADVISOR_DESK_LANG"] = "en"
    return values


def test_selftest_runs_end_to_end_and_exits_0(env: dict[str, str]) -> None:
    result = run(["--selftest"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   setup",
        "ok   migrate",
        "ok   rule packs",
        "ok   create user",
        "ok   login and client",
        "ok   questionnaire and matching",
        "ok   disclosure and signing",
        "ok   verify pack",
        "ok   review and after-sale",
        "ok   audit chain",
        "ok   wrong password",
    ]
    assert lines[-1] == "selftest passed"
    assert "PySide6" not in result.stderr


def test_selftest_does_not_import_qt() -> None:
    code = (
        "import sys; from ui.main import main; rc = main(['--selftest']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip().endswith("NOQT"), result.stdout + result.stderr


def test_without_a_display_the_gui_says_so_in_one_line(env: dict[str, str]) -> None:
    result = run([], env)
    assert result.returncode == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "--selftest" in message and "demo" in message


def test_chinese_message_without_a_display(env: dict[str, str]) -> None:
    env["ADVISOR_DESK_LANG"] = "zh_CN"
    result = run([], env)
    assert result.returncode == 2
    assert "显示" in result.stderr and "--selftest" in result.stderr
