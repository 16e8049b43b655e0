"""GUI test fixtures: message boxes and the crash dialog are patched, never shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

# Shared by the case-flow tests: an advisor at a desk with the demo catalog.
from ui import crash, messages, operations


@dataclass
class Messages:
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Records every message box instead of showing it; questions answer ``answer``."""
    log = Messages()

    def ask(_parent: QWidget | None, question: str) -> bool:
        log.questions.append(question)
        return log.answer

    monkeypatch.setattr(messages, "show_error", lambda _p, m: log.errors.append(m))
    monkeypatch.setattr(messages, "show_info", lambda _p, m: log.infos.append(m))
    monkeypatch.setattr(messages, "ask", ask)
    return log


@pytest.fixture(autouse=True)
def _no_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    crashes: list[str] = []
    monkeypatch.setattr(crash, "show_crash", crashes.append)
    yield crashes
    assert not crashes, f"the crash dialog would have opened:\n{crashes[0]}"


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )


@pytest.fixture
def wait_ops(qtbot: QtBot) -> Callable[[], None]:
    """Wait until every background operation has delivered its result."""

    def wait() -> None:
        qtbot.waitUntil(lambda: operations.pending_operations() == 0, timeout=15000)

    return wait


W = TypeVar("W", bound=QWidget)


def find(root: QWidget, kind: type[W], name: str) -> W:
    widget = root.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def active_modal() -> QWidget | None:
    return QApplication.activeModalWidget()


# Shared by the case-flow tests: an advisor at a desk with the demo catalog. Imported
# last: the desk uses the fixtures above.
from tests.gui.case_desk import desk  # noqa: E402, F401 - a fixture, used by name
