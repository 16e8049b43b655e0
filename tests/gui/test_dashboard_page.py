"""The supervisor's KPI dashboard: figures, drill-down, chart, exports and targets."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.kpis import Figure
from app.domain.roles import Role
from app.services.exports import ExportFormat
from app.store.models import Client
from tests.conftest import Office
from tests.gui.conftest import Messages, find
from tests.kpi_expected import EXPECTED_MARCH
from tests.kpi_world import KpiWorld, build
from ui.models.kpi_table_model import DrillTableModel, KpiTableModel
from ui.pages import dashboard_page
from ui.pages.dashboard_page import DashboardPage, DrillDialog

pytestmark = [pytest.mark.gui]

# What the table shows for March 2026, worked out by hand from tests/kpi_world.py.
SHOWN_MARCH = {
    "孙无": ["0.00 (no target)", "—", "—", "—", "—", "0", "—", "—", "—", "—"],
    "李明": [
        "71.7% (215,000.00 / 300,000.00)",
        "80.0% (4/5)",
        "16.7% (1/6)",
        "100.0% (1/1)",
        "40.0% (2/5)",
        "2",
        "428.57 (3/7)",
        "66.7% (2/3)",
        "3.3 (10/3)",
        "50.0% (2/4)",
    ],
    "赵丽": [
        "210,000.00 (no target)",
        "66.7% (4/6)",
        "25.0% (1/4)",
        "100.0% (1/1)",
        "33.3% (1/3)",
        "1",
        "1,000.00 (2/2)",
        "—",
        "4.0 (4/1)",
        "100.0% (1/1)",
    ],
    "Branch total": [
        "141.7% (425,000.00 / 300,000.00)",
        "72.7% (8/11)",
        "20.0% (2/10)",
        "100.0% (2/2)",
        "37.5% (3/8)",
        "3",
        "666.67 (6/9)",
        "75.0% (3/4)",
        "3.6 (18/5)",
        "60.0% (3/5)",
    ],
}
HEADERS = [
    "Advisor",
    "Sales against target",
    "Conversion",
    "Mismatch rate",
    "Override rate",
    "Elderly special-care share",
    "Assessments expiring in 30 days",
    "Complaints per 1,000 clients",
    "Complaints decided within 15 days",
    "Mean satisfaction",
    "Return visits done on time",
]
ROW_LABELS = {"孙无": "D", "李明": "A", "赵丽": "B", "Branch total": None}


@pytest.fixture
def world(office: Office) -> KpiWorld:
    return build(office.admin_ws, office.admin)


@pytest.fixture
def page(qtbot: QtBot, world: KpiWorld, wait_ops: Callable[[], None]) -> DashboardPage:
    widget = DashboardPage(world.ws, world.supervisor)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    widget.refresh()
    wait_ops()
    return widget


def shown(table: QTableView) -> dict[str, list[str]]:
    model = table.model()
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def double_click(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    # As a real double click arrives: a press (the view remembers the index), then the
    # double click.
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def open_drill(page: DashboardPage) -> DrillDialog:
    dialogs = [d for d in page.findChildren(QDialog, "dashboard.drill") if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert isinstance(dialog, DrillDialog)
    return dialog


def drill_ids(dialog: DrillDialog) -> list[str]:
    table = find(dialog, QTableView, "dashboard.drill_table")
    model = table.model()
    return [model.index(r, 0).data(DrillTableModel.RECORD_ID_ROLE) for r in range(model.rowCount())]


def test_the_figures_shown_equal_the_hand_computed_set(page: DashboardPage) -> None:
    # The clock says 20 March 2026 in Shanghai: the current month is the default.
    assert find(page, QComboBox, "dashboard.period_kind").currentText() == "Month"
    assert find(page, QComboBox, "dashboard.period").currentText() == "2026-03"
    table = find(page, QTableView, "dashboard.table")
    model = table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(11)] == HEADERS
    assert shown(table) == SHOWN_MARCH
    assert list(shown(table))[-1] == "Branch total"
    assert find(page, QLabel, "dashboard.as_of").text() == "as of 2026-03-20 12:00"
    for name in ("period_kind", "period", "figure"):
        assert find(page, QComboBox, f"dashboard.{name}").accessibleName()
    for name in ("export_csv", "export_xlsx", "set_target", "refresh"):
        button = find(page, QPushButton, f"dashboard.{name}")
        assert button.isVisible() and button.accessibleName()


def test_a_quarter_shows_the_quarters_figures(
    page: DashboardPage, wait_ops: Callable[[], None]
) -> None:
    kind = find(page, QComboBox, "dashboard.period_kind")
    kind.setCurrentIndex(kind.findText("Quarter"))
    wait_ops()
    assert find(page, QComboBox, "dashboard.period").currentText() == "2026 Q1"
    table = find(page, QTableView, "dashboard.table")
    assert shown(table)["李明"][:2] == ["57.3% (314,999.99 / 550,000.00)", "85.7% (6/7)"]


def test_double_clicking_any_cell_lists_exactly_the_counted_records(
    qtbot: QtBot, page: DashboardPage, world: KpiWorld, wait_ops: Callable[[], None]
) -> None:
    table = find(page, QTableView, "dashboard.table")
    model = table.model()
    for row in range(model.rowCount()):
        label = ROW_LABELS[model.index(row, 0).data()]
        for column, figure in enumerate(Figure, start=1):
            double_click(qtbot, table, row, column)
            wait_ops()
            dialog = open_drill(page)
            expected = EXPECTED_MARCH[label][figure][2]
            ids = drill_ids(dialog)
            assert world.labels(ids) == expected and len(ids) == len(expected), (label, figure)
            count = find(dialog, QLabel, "dashboard.drill_count").text()
            assert count == f"{len(expected)} records"


def test_drill_down_rows_and_the_whole_base(
    qtbot: QtBot, page: DashboardPage, world: KpiWorld, wait_ops: Callable[[], None]
) -> None:
    table = find(page, QTableView, "dashboard.table")
    double_click(qtbot, table, 1, 3)  # 李明, mismatch rate
    wait_ops()
    dialog = open_drill(page)
    grid = find(dialog, QTableView, "dashboard.drill_table").model()
    row = [grid.index(0, c).data() for c in range(grid.columnCount())]
    case_id = world.cases["a2"]
    assert row[0] == case_id[:8] and row[1:5] == ["王芳", row[2], "李明", "WM0001"]
    assert row[2].startswith("110") and "*" * 11 in row[2]  # masked
    assert row[5:] == ["50,000.00", "Submitted", "2026-03-03 10:00"]  # matched
    part = find(dialog, QComboBox, "dashboard.drill_part")
    part.setCurrentIndex(part.findData("base"))
    wait_ops()
    assert world.labels(drill_ids(dialog)) == {"a1", "a2", "a3", "a4", "a5", "a8"}
    assert grid.headerData(8, Qt.Orientation.Horizontal) == "Counted"
    counted = [grid.index(r, 8).data() for r in range(grid.rowCount())]
    assert counted.count("Yes") == 1
    find(dialog, QPushButton, "dashboard.drill_close").click()
    qtbot.waitUntil(lambda: page.drill is None)


def test_clicking_a_bar_lists_that_advisors_cases(
    qtbot: QtBot, page: DashboardPage, world: KpiWorld, wait_ops: Callable[[], None]
) -> None:
    figure = find(page, QComboBox, "dashboard.figure")
    figure.setCurrentIndex(figure.findData(Figure.ELDERLY_CARE_SHARE.value))
    chart = page.chart
    assert chart.objectName() == "dashboard.chart" and chart.accessibleName()
    assert chart.categories() == ["孙无", "李明", "赵丽"]
    assert chart.values() == [0.0, 40.0, 33.3]
    assert chart.title() == "Elderly special-care share · 2026-03"
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_center(2))
    wait_ops()
    assert world.labels(drill_ids(open_drill(page))) == {"b7"}
    # Sales against target draws the target beside the sales.
    figure.setCurrentIndex(figure.findData(Figure.SALES_VS_TARGET.value))
    assert chart.values() == [0.0, 215000.0, 210000.0]
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_center(1))
    wait_ops()
    assert world.labels(drill_ids(open_drill(page))) == {"a1", "a2", "a5", "a8"}


def test_exporting_the_kpi_table(
    qtbot: QtBot,
    page: DashboardPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
) -> None:
    asked: list[str] = []

    def choose(_parent: object, suggested: str, export_format: ExportFormat) -> Path:
        asked.append(suggested)
        return tmp_path / f"kpis.{export_format.value}"

    monkeypatch.setattr(dashboard_page, "choose_export_path", choose)
    qtbot.mouseClick(find(page, QPushButton, "dashboard.export_csv"), Qt.MouseButton.LeftButton)
    wait_ops()
    text = (tmp_path / "kpis.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert asked == ["KPIs 2026-03.csv"]
    assert rows[0][:4] == ["Advisor", "Sales (yuan)", "Target (yuan)", "Attainment"]
    by_name = {r[0]: r for r in rows[1:]}
    assert list(by_name) == ["孙无", "李明", "赵丽", "Branch total"]
    assert by_name["李明"][1:7] == ["215000.00", "300000.00", "0.7167", "4", "5", "0.8000"]
    expiring = rows[0].index("Assessments expiring in 30 days")
    assert by_name["Branch total"][expiring : expiring + 2] == ["3", "9"]  # count, clients
    # The after-sale figures: numerator, denominator and value each.
    assert rows[0][expiring + 2 :] == [
        "Complaints received",
        "Clients",
        "Complaints per 1,000 clients",
        "Decided within 15 days",
        "Complaints decided",
        "Complaints decided within 15 days",
        "Sum of the scores",
        "Surveys answered",
        "Mean satisfaction",
        "Visited on time",
        "Return visits falling due",
        "Return visits done on time",
    ]
    assert by_name["李明"][expiring + 2 :] == [
        "3",
        "7",
        "428.5714",
        "2",
        "3",
        "0.6667",
        "10",
        "3",
        "3.3333",
        "2",
        "4",
        "0.5000",
    ]
    assert by_name["赵丽"][expiring + 5 : expiring + 8] == ["0", "0", ""]  # nothing decided
    assert find(page, QLabel, "dashboard.status").text() == "Saved 4 rows to kpis.csv."
    qtbot.mouseClick(find(page, QPushButton, "dashboard.export_xlsx"), Qt.MouseButton.LeftButton)
    wait_ops()
    sheet = load_workbook(tmp_path / "kpis.xlsx").active
    assert sheet is not None and sheet["A3"].value == "李明" and sheet["B3"].value == 215000


def test_complaint_and_survey_drill_downs_show_the_case_or_the_client(
    qtbot: QtBot, page: DashboardPage, world: KpiWorld, wait_ops: Callable[[], None]
) -> None:
    table = find(page, QTableView, "dashboard.table")
    double_click(qtbot, table, 3, 7)  # the branch's complaints per 1,000 clients
    wait_ops()
    dialog = open_drill(page)
    grid = find(dialog, QTableView, "dashboard.drill_table").model()
    headers = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(grid.columnCount())]
    assert headers[6:] == ["Complaint status", "Received"]
    rows = {
        world.label_of(grid.index(r, 0).data(DrillTableModel.RECORD_ID_ROLE)): [
            grid.index(r, c).data() for c in range(grid.columnCount())
        ]
        for r in range(grid.rowCount())
    }
    assert set(rows) == {"k1", "k2", "k3", "k4", "k6", "k10"}
    assert rows["k1"][0] == world.cases["a1"][:8] and rows["k1"][3:7] == [
        "李明",
        "WM0001",
        "100,000.00",
        "Closed",
    ]
    # k3 has no case: the client alone, and nobody complained about.
    assert rows["k3"][0] == "" and rows["k3"][1] == "刘洋" and rows["k3"][3:6] == ["", "", ""]
    assert rows["k3"][7] == "2026-03-06 10:00"
    # A rate per 1,000 clients has no base of complaints to list.
    assert not find(dialog, QComboBox, "dashboard.drill_part").isEnabled()
    double_click(qtbot, table, 1, 9)  # 李明's mean satisfaction
    wait_ops()
    dialog = open_drill(page)
    grid = find(dialog, QTableView, "dashboard.drill_table").model()
    assert grid.headerData(6, Qt.Orientation.Horizontal) == "Score"
    scores = {
        world.label_of(grid.index(r, 0).data(DrillTableModel.RECORD_ID_ROLE)): grid.index(
            r, 6
        ).data()
        for r in range(grid.rowCount())
    }
    assert scores == {"s1": "5", "s2": "3", "s4": "2"}
    double_click(qtbot, table, 1, 10)  # 李明's return visits: the base has a Counted column
    wait_ops()
    dialog = open_drill(page)
    part = find(dialog, QComboBox, "dashboard.drill_part")
    assert part.isEnabled()
    part.setCurrentIndex(part.findData("base"))
    wait_ops()
    grid = find(dialog, QTableView, "dashboard.drill_table").model()
    assert grid.headerData(7, Qt.Orientation.Horizontal) == "Visit due by"
    due = {
        world.label_of(grid.index(r, 0).data(DrillTableModel.RECORD_ID_ROLE)): (
            grid.index(r, 7).data(),
            grid.index(r, 8).data(),
        )
        for r in range(grid.rowCount())
    }
    assert due == {
        "a1": ("2026-03-13 23:59", "Yes"),
        "a2": ("2026-03-17 23:59", "Yes"),
        "a5": ("2026-03-06 23:59", "No"),
        "a6": ("2026-03-06 23:59", "No"),
    }


def test_the_chart_draws_rates_per_1000_and_mean_scores(page: DashboardPage) -> None:
    figure = find(page, QComboBox, "dashboard.figure")
    figure.setCurrentIndex(figure.findData(Figure.COMPLAINTS_PER_1000.value))
    assert page.chart.values() == [0.0, 428.57, 1000.0]
    figure.setCurrentIndex(figure.findData(Figure.MEAN_SATISFACTION.value))
    assert page.chart.values() == [0.0, 3.3, 4.0]
    assert page.chart.title() == "Mean satisfaction · 2026-03"


def test_exporting_a_drill_down_masks_id_numbers(
    qtbot: QtBot,
    page: DashboardPage,
    world: KpiWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
) -> None:
    monkeypatch.setattr(
        dashboard_page, "choose_export_path", lambda _p, _s, f: tmp_path / f"drill.{f.value}"
    )
    double_click(qtbot, find(page, QTableView, "dashboard.table"), 3, 2)  # branch conversion
    wait_ops()
    dialog = open_drill(page)
    qtbot.mouseClick(
        find(dialog, QPushButton, "dashboard.drill_export_xlsx"), Qt.MouseButton.LeftButton
    )
    wait_ops()
    sheet = load_workbook(tmp_path / "drill.xlsx").active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Case", "Client", "ID number"]
    assert world.labels(r[0] for r in values[1:]) == EXPECTED_MARCH[None][Figure.CONVERSION][2]
    assert all("*" * 11 in r[2] for r in values[1:])
    with world.ws.db.reading() as session:
        numbers = list(session.scalars(select(Client.id_number)))
    flat = str(values)
    assert not any(number in flat for number in numbers)
    status = find(dialog, QLabel, "dashboard.drill_status").text()
    assert status == "Saved 8 rows to drill.xlsx."


def test_a_supervisor_sets_a_monthly_target(
    qtbot: QtBot, page: DashboardPage, world: KpiWorld, wait_ops: Callable[[], None]
) -> None:
    qtbot.mouseClick(find(page, QPushButton, "dashboard.set_target"), Qt.MouseButton.LeftButton)
    wait_ops()
    dialog = find(page, QDialog, "dashboard.target_dialog")
    advisor = find(dialog, QComboBox, "dashboard.target.advisor")
    month = find(dialog, QComboBox, "dashboard.target.period")
    amount = find(dialog, QLineEdit, "dashboard.target.amount")
    advisor.setCurrentIndex(advisor.findText("李明"))
    assert month.currentText() == "2026-03"
    current = find(dialog, QLabel, "dashboard.target.current")
    assert current.text() == "Current target: 300,000.00 yuan"
    advisor.setCurrentIndex(advisor.findText("赵丽"))
    assert current.text() == "No target set for this month yet."
    amount.setText("二十万")
    save = find(dialog, QPushButton, "dashboard.target.save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = find(dialog, QLabel, "dashboard.target.amount.error")
    assert error.isVisible() and dialog.isVisible()
    amount.setText("210,000")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    wait_ops()
    wait_ops()  # the refresh the saved target triggers
    assert not dialog.isVisible()
    table = find(page, QTableView, "dashboard.table")
    assert shown(table)["赵丽"][0] == "100.0% (210,000.00 / 210,000.00)"


def test_without_the_target_permission_the_button_is_hidden(qtbot: QtBot, world: KpiWorld) -> None:
    widget = DashboardPage(world.ws, world.actor(Role.ADVISOR))
    qtbot.addWidget(widget)
    widget.show()
    assert not find(widget, QPushButton, "dashboard.set_target").isVisible()


def test_a_refused_dashboard_shows_the_services_message(
    qtbot: QtBot, world: KpiWorld, shown: Messages, wait_ops: Callable[[], None]
) -> None:
    widget = DashboardPage(world.ws, world.actor(Role.ADVISOR))
    qtbot.addWidget(widget)
    widget.refresh()
    wait_ops()
    assert shown.errors and "kpi.read" in shown.errors[0]
    assert isinstance(widget.table.model(), KpiTableModel) and widget.model.rowCount() == 0


def test_the_table_models_obey_the_qt_model_contract(
    qtbot: QtBot, page: DashboardPage, qtmodeltester: Any, wait_ops: Callable[[], None]
) -> None:
    qtmodeltester.check(page.model)
    page.open_drill(None, Figure.CONVERSION)
    wait_ops()
    dialog = open_drill(page)
    qtmodeltester.check(dialog.model)
    part = find(dialog, QComboBox, "dashboard.drill_part")
    part.setCurrentIndex(part.findData("base"))
    wait_ops()
    qtmodeltester.check(dialog.model)
