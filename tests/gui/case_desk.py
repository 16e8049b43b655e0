"""The desk a case-flow test works at: an advisor, the demo catalog, windows to open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.resources import resource_path
from app.services import assessments, cases, catalog, clients
from app.services.context import Actor, Workspace
from tests.conftest import Office, client_input
from tests.gui.conftest import Messages
from ui.main_window import MainWindow

# 51 points → C3 balanced; no particular horizon; fixed income and equity intended.
C3_SHEET: dict[str, Any] = {
    "1": "A",
    "2": "D",
    "3": "B",
    "4": "A",
    "5": "B",
    "6": "A",
    "7": "C",
    "8": "A",
    "9": ["B"],
    "10": "A",
    "11": "C",
    "12": ["A", "B"],
    "13": "A",
    "14": "A",
    "15": "B",
    "16": "D",
    "17": "B",
    "18": "A",
    "19": "C",
    "20": "A",
}
# Over 60 ("over 60", Q17 E) yet "substantial growth" (Q14 D): 48 points, C3, one warning.
ELDERLY_GROWTH_SHEET = {**C3_SHEET, "17": "E", "14": "D"}

SUITABLE = "WM24001"  # bank WM, R2 fixed income, 180 days, minimum 10,000 (NFRA)
WARN = "PF24004"  # public fund, R4 equity (CSRC): above C3
PROHIBITED = "TR24002"  # trust, R4 equity, private overlay (NFRA): above C3
TOTAL_PRODUCTS = 38


@dataclass
class Desk:
    office: Office
    ws: Workspace
    actor: Actor
    qtbot: QtBot
    wait_ops: Callable[[], None]
    windows: list[MainWindow]

    def client(self, **overrides: object) -> str:
        return clients.create_client(self.ws, self.actor, client_input(**overrides))

    def window(self, ws: Workspace | None = None, actor: Actor | None = None) -> MainWindow:
        window = MainWindow(ws or self.ws, actor or self.actor)
        self.qtbot.addWidget(window)
        self.windows.append(window)
        window.resize(1280, 900)
        window.show()
        self.wait_ops()
        return window

    def case(self, case_id: str) -> cases.CaseView:
        return cases.get_case(self.ws, self.actor, case_id)

    def assessed_case(self, **client: object) -> str:
        """A C3 client's case waiting at the matching step (set up without the window)."""
        ws, actor = self.ws, self.actor
        client_id = self.client(**client)
        view = cases.start_case(ws, actor, client_id)
        view = cases.confirm_onboarding(ws, actor, view.case_id, view.version)
        assessment = assessments.submit_assessment(ws, actor, client_id, C3_SHEET)
        cases.use_assessment(ws, actor, view.case_id, view.version, assessment.assessment_id)
        return view.case_id


@pytest.fixture
def desk(
    office: Office,
    advisor: tuple[Workspace, Actor],
    qtbot: QtBot,
    wait_ops: Callable[[], None],
    shown: Messages,
) -> Iterator[Desk]:
    report = catalog.import_catalog(
        office.admin_ws,
        office.admin,
        "demo_catalog.json",
        resource_path("catalog", "demo_catalog.json").read_bytes(),
    )
    assert report.added == TOTAL_PRODUCTS
    ws, actor = advisor
    desk = Desk(office, ws, actor, qtbot, wait_ops, [])
    yield desk
    # Nothing may run on after the test: a late autosave would hit a closed database.
    for window in desk.windows:
        window.case_page.autosave_timer.stop()
    wait_ops()
    assert not shown.errors, shown.errors
