"""Both catalogs are complete for everything the code says, as lrelease counts it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.i18n import catalog, ts_file
from tools.translations import tool

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_lrelease_reports_nothing_unfinished(language: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert re.search(r"\(\d+ finished and 0 unfinished\)", result.stdout), result.stdout


def test_every_chinese_translation_keeps_its_placeholders() -> None:
    table = catalog("zh_CN")
    assert len(table) > 200
    wrong = {
        source: text
        for (_, source), text in table.items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    }
    assert wrong == {}


def test_the_catalogs_cover_all_text_in_the_code() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.translations", "--check"],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout
