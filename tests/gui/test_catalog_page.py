"""The product catalog page as an administrator uses it: import (all or nothing), re-rate."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.domain.catalog import CSV_COLUMNS
from app.services import catalog
from tests.conftest import Office
from tests.gui.conftest import Messages, find
from ui.main_window import MainWindow
from ui.pages import catalog_page

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]


def csv_bytes(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in CSV_COLUMNS})
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # as Excel saves "CSV UTF-8"


def csv_row(**values: str) -> dict[str, str]:
    row = {
        "code": "CSV0001",
        "name": "稳享90天",
        "name_en": "Steady 90",
        "type": "bank_wm",
        "issuer": "某银行理财子公司",
        "risk_issuer": "R2",
        "risk_distributor": "R2",
        "term_days": "90",
        "open_ended": "否",
        "variety": "fixed_income",
        "min_amount": "10000",
        "documents": "prospectus;risk_disclosure;investor_rights;contract_summary",
        "description": "固定收益类",
    }
    row.update(values)
    return row


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def products_page(
    qtbot: QtBot, office: Office, wait_ops: Callable[[], None]
) -> tuple[MainWindow, catalog_page.CatalogPage]:
    window = MainWindow(office.admin_ws, office.admin)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    # The administrator picks "Products" in the sidebar.
    row = next(
        r for r in range(window.sidebar.count()) if window.sidebar.item(r).text() == "Products"
    )
    item = window.sidebar.item(row)
    qtbot.mouseClick(
        window.sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.sidebar.visualItemRect(item).center(),
    )
    wait_ops()
    assert window.pages.currentWidget() is window.catalog_page
    return window, window.catalog_page


def import_file(
    qtbot: QtBot,
    page: catalog_page.CatalogPage,
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
    path: Path | None,
) -> None:
    monkeypatch.setattr(catalog_page, "choose_catalog_file", lambda _parent: path)
    click(qtbot, find(page, QPushButton, "catalog.import"))
    wait_ops()


def shown_codes(page: catalog_page.CatalogPage) -> list[str]:
    model = find(page, QTableView, "catalog.products").model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_bad_csv_imports_nothing_and_lists_every_problem_then_a_good_one_imports(
    qtbot: QtBot,
    office: Office,
    products_page: tuple[MainWindow, catalog_page.CatalogPage],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
    shown: Messages,
    tmp_path: Path,
) -> None:
    _, page = products_page
    count = find(page, QLabel, "catalog.count")
    report = find(page, QPlainTextEdit, "catalog.report")
    assert count.text() == "0 products" and shown_codes(page) == []

    bad = tmp_path / "catalog.csv"
    bad.write_bytes(
        csv_bytes(
            [
                csv_row(code="GOOD001"),  # row 2: fine
                csv_row(code="BAD003", type="hedge_fund", risk_issuer="R6"),  # row 3
                csv_row(code="BAD004", term_days=""),  # row 4: closed-end without a term
                csv_row(code="BAD005", min_amount="一万"),  # row 5
            ]
        )
    )
    import_file(qtbot, page, monkeypatch, wait_ops, bad)
    text = report.toPlainText()
    assert text.startswith("Nothing was imported; fix these problems first:")
    for row_and_field in (
        "Row 3, type",
        "Row 3, risk_issuer",
        "Row 4, term_days",
        "Row 5, min_amount",
    ):
        assert row_and_field in text, row_and_field
    assert "Row 2" not in text
    assert shown.errors == ["Nothing was imported. The problems are listed."]
    assert shown_codes(page) == [] and count.text() == "0 products"
    assert catalog.list_products(office.admin_ws, office.admin, include_inactive=True) == []

    # Cancelling the file dialog changes nothing.
    import_file(qtbot, page, monkeypatch, wait_ops, None)
    assert report.toPlainText() == text and len(shown.errors) == 1

    good = tmp_path / "fixed.csv"
    good.write_bytes(csv_bytes([csv_row(code="GOOD001"), csv_row(code="GOOD002", term_days="365")]))
    import_file(qtbot, page, monkeypatch, wait_ops, good)
    assert report.toPlainText() == "Imported: 2 new, 0 updated, 0 unchanged."
    assert shown_codes(page) == ["GOOD001", "GOOD002"]
    assert count.text() == "2 products"
    assert len(shown.errors) == 1

    # The same file again changes nothing.
    import_file(qtbot, page, monkeypatch, wait_ops, good)
    assert report.toPlainText() == "Imported: 0 new, 0 updated, 2 unchanged."


def test_a_rating_change_is_recorded_and_shown(
    qtbot: QtBot,
    office: Office,
    products_page: tuple[MainWindow, catalog_page.CatalogPage],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
    shown: Messages,
    tmp_path: Path,
) -> None:
    _, page = products_page
    path = tmp_path / "catalog.csv"
    path.write_bytes(csv_bytes([csv_row(code="GOOD001")]))
    import_file(qtbot, page, monkeypatch, wait_ops, path)
    change = find(page, QPushButton, "catalog.change_rating")
    assert not change.isEnabled(), "nothing selected yet"

    table = find(page, QTableView, "catalog.products")
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    details = find(page, QLabel, "catalog.details").text()
    assert "GOOD001  稳享90天" in details and "Sold as R2" in details
    distributor = page.form.inputs["risk_distributor"]
    assert distributor.objectName() == "catalog.risk_distributor"
    distributor.setCurrentIndex(distributor.findData("R3"))  # type: ignore[attr-defined]
    click(qtbot, change)
    wait_ops()

    assert (
        find(page, QPlainTextEdit, "catalog.report").toPlainText()
        == "Rating recorded. No client needs to be notified."
    )
    model = table.model()
    assert (model.index(0, 3).data(), model.index(0, 4).data()) == ("R2", "R3")
    assert "Sold as R3" in find(page, QLabel, "catalog.details").text(), "still selected"
    (product,) = catalog.list_products(office.admin_ws, office.admin)
    assert product.effective_risk == "R3"
    assert not shown.errors


def test_a_rating_rise_lists_the_holders_to_notify(
    qtbot: QtBot,
    office: Office,
    products_page: tuple[MainWindow, catalog_page.CatalogPage],
    monkeypatch: pytest.MonkeyPatch,
    wait_ops: Callable[[], None],
    shown: Messages,
    tmp_path: Path,
) -> None:
    from app.domain.roles import Role
    from app.services import assessments, cases, clients
    from app.store.models import SalesCase
    from tests.conftest import client_input
    from tests.gui.case_desk import C3_SHEET

    _, page = products_page
    path = tmp_path / "catalog.csv"
    path.write_bytes(csv_bytes([csv_row(code="GOOD001")]))
    import_file(qtbot, page, monkeypatch, wait_ops, path)
    # A C3 client bought GOOD001 (R2) and signed.
    office.add_user("li.advisor", Role.ADVISOR)
    ws, advisor = office.admin_ws, office.actor("li.advisor")
    client_id = clients.create_client(ws, advisor, client_input())
    case = cases.start_case(ws, advisor, client_id)
    case = cases.confirm_onboarding(ws, advisor, case.case_id, case.version)
    assessment = assessments.submit_assessment(ws, advisor, client_id, C3_SHEET)
    case = cases.use_assessment(ws, advisor, case.case_id, case.version, assessment.assessment_id)
    (product,) = catalog.list_products(ws, advisor)
    cases.choose_product(
        ws, advisor, case.case_id, case.version, product.product_id, Decimal("50000"),
        channel="branch",
    )  # fmt: skip
    with ws.db.writing() as session:
        row = session.get(SalesCase, case.case_id)
        assert row is not None
        row.state = "signed"

    table = find(page, QTableView, "catalog.products")
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    distributor = page.form.inputs["risk_distributor"]
    distributor.setCurrentIndex(distributor.findData("R4"))  # type: ignore[attr-defined]
    click(qtbot, find(page, QPushButton, "catalog.change_rating"))
    wait_ops()

    report = find(page, QPlainTextEdit, "catalog.report").toPlainText()
    assert report.startswith("Clients to notify")
    # The administrator learns that a client is affected, not who: the advisor tells them.
    assert f"a client (case {case.case_id[:8]}): R2 → R4, now Prohibited" in report
    assert "张三" not in report
    assert not shown.errors
