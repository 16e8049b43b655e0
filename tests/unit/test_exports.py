"""Exporting tables: CSV and XLSX read back; ID numbers masked; Chinese intact; no formulas."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import UserError
from app.services import exports
from app.services.exports import ExportFormat, Table
from tests.conftest import Office, audit_rows, mainland_id

ID = mainland_id()  # 110105199003071234-like, with a valid check character
MASKED = ID[:3] + "*" * 11 + ID[-4:]


def table() -> Table:
    return Table(
        title="适当性/明细: 2026-03",
        header=["客户", "证件号码", "金额", "比例", "签署时间", "日期", "备注"],
        rows=[
            [
                "欧阳婧雯",
                ID,
                Decimal("1234567.80"),
                Decimal("0.7167"),
                datetime(2026, 3, 1, 16, 30, tzinfo=UTC),
                date(2026, 3, 2),
                f"证件 {ID} 已核对",
            ],
            ['=HYPERLINK("http://x")', None, Decimal("0.00"), None, None, None, "+1 -2 @3"],
        ],
        id_columns=frozenset({1}),
    )


def read_csv(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return raw, rows


def test_csv_is_utf8_with_bom_masked_and_plain_numbers(tmp_path: Path) -> None:
    path = exports.write_csv(table(), tmp_path / "明细.csv")
    raw, rows = read_csv(path)
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert ID.encode() not in raw  # neither in its column nor inside the note
    assert rows[0] == ["客户", "证件号码", "金额", "比例", "签署时间", "日期", "备注"]
    assert rows[1] == [
        "欧阳婧雯",
        MASKED,
        "1234567.80",
        "0.7167",
        "2026-03-02 00:30:00",  # shown in Shanghai time
        "2026-03-02",
        f"证件 {MASKED} 已核对",
    ]
    # Text a spreadsheet would run as a formula is defused.
    assert rows[2][0] == '\'=HYPERLINK("http://x")'
    assert rows[2][6] == "'+1 -2 @3"
    assert rows[2][1:4] == ["", "0.00", ""]


def test_xlsx_reads_back_with_types_masked_and_no_formulas(tmp_path: Path) -> None:
    path = exports.write_xlsx(table(), tmp_path / "明细.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "适当性 明细  2026-03"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["客户", "证件号码"]
    assert values[1][0] == "欧阳婧雯"
    assert values[1][1] == MASKED
    assert values[1][2] == pytest.approx(1234567.8) and sheet["C2"].number_format == "#,##0.00"
    assert sheet["C2"].data_type == "n"
    assert values[1][4] == datetime(2026, 3, 2, 0, 30)
    assert values[1][6] == f"证件 {MASKED} 已核对"
    # A formula-looking name stays text.
    assert sheet["A3"].data_type == "s" and values[2][0] == '=HYPERLINK("http://x")'
    assert ID not in str(values)


def test_only_real_id_numbers_are_masked_in_free_text(tmp_path: Path) -> None:
    not_an_id = ID[:17] + ("0" if ID[17] != "0" else "1")  # wrong check character
    rows = [[f"{not_an_id}", f"订单{ID.lower()}号"]]
    path = exports.write_csv(Table("t", ["a", "b"], rows), tmp_path / "t.csv")
    _raw, read = read_csv(path)
    assert read[1] == [not_an_id, f"订单{MASKED}号"]


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        exports.write_csv(table(), tmp_path / "missing-folder" / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_export_table_writes_where_asked_and_records_one_event(
    office: Office, tmp_path: Path
) -> None:
    before = len(audit_rows(office.admin_ws))
    target = tmp_path / "chosen" / "kpi.xlsx"
    target.parent.mkdir()
    report = exports.export_table(office.admin_ws, office.admin, table(), target)
    assert report.format is ExportFormat.XLSX and report.rows == 2 and report.path == target
    assert sorted(p.name for p in target.parent.iterdir()) == ["kpi.xlsx"]  # no leftovers
    events = audit_rows(office.admin_ws)[before:]
    assert [(e.action, e.entity) for e in events] == [("export.table", "export")]
    csv_path = exports.export_table(
        office.admin_ws, office.admin, table(), tmp_path / "kpi.txt", ExportFormat.CSV
    ).path
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
