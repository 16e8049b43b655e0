"""Exporting a table (a header and rows) to CSV or XLSX, where the user chose to save it.

Personal data leaves the encrypted database only here and only on a user's request, so:

* ID numbers are masked in every export (RULES §8): the columns declared as ID columns
  go through :func:`~app.domain.identity.mask_id`, and any other text that contains a
  complete mainland ID number is masked too.
* Text that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` …) is written
  as text (CSV injection).
* CSV is UTF-8 with a byte-order mark and CRLF lines, which Excel opens with Chinese
  intact; numbers are plain (``1234.50``) so spreadsheets read them as numbers.
* The file is written next to its final name and moved into place, so a failed export
  never leaves half a file; every export is an audit event (what, how many rows, which
  file name — not the contents).
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.domain.identity import mask_id, mod11_2_check_char
from app.errors import UserError
from app.i18n import translate
from app.services.context import LOCAL_ZONE, Actor, Workspace, audited

Cell = str | Decimal | int | date | datetime | None

# A mainland resident ID number inside any text (not part of a longer run of digits).
_MAINLAND_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Table:
    """What to export: a title (sheet name), the header and the rows.

    ``id_columns`` are the indexes of columns holding ID numbers: always masked.
    """

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    id_columns: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    format: ExportFormat


def _mask_embedded_ids(text: str) -> str:
    def masked(match: re.Match[str]) -> str:
        number = match.group(0).upper()
        if mod11_2_check_char(number[:17]) != number[17]:
            return match.group(0)  # a long number, not an ID number
        return mask_id(number)

    return _MAINLAND_ID.sub(masked, text)


def _safe_text(text: str, column: int, table: Table) -> str:
    if column in table.id_columns:
        return mask_id(text)
    return _mask_embedded_ids(text)


def _defused(text: str) -> str:
    """Text a spreadsheet will not run: a leading apostrophe before a formula start."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_ZONE)


def _csv_cell(value: Cell, column: int, table: Table) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _defused(_safe_text(value, column, table))
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _render_csv(table: Table, out: IO[bytes]) -> None:
    out.write(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    writer = csv.writer(_TextSink(out), lineterminator="\r\n")
    writer.writerow([_defused(h) for h in table.header])
    for row in table.rows:
        writer.writerow([_csv_cell(value, i, table) for i, value in enumerate(row)])


def write_csv(table: Table, path: Path) -> Path:
    """Write ``table`` as CSV (UTF-8 with BOM, CRLF) to ``path``; returns the path."""
    _commit(_prepare(path, lambda out: _render_csv(table, out)), path)
    return path


class _TextSink:
    """A ``write(str)`` target encoding to UTF-8 into a binary file."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        self.out.write(text.encode("utf-8"))
        return len(text)


def _sheet_title(title: str) -> str:
    cleaned = _SHEET_TITLE_FORBIDDEN.sub(" ", title).strip().strip("'")
    return cleaned[:31] or "Sheet1"


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _in_fen(amount: Decimal) -> bool:
    exponent = amount.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -2


def write_xlsx(table: Table, path: Path) -> Path:
    """Write ``table`` as an XLSX workbook with one sheet to ``path``; returns the path."""
    _commit(_prepare(path, lambda out: _render_xlsx(table, out)), path)
    return path


def _render_xlsx(table: Table, out: IO[bytes]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(table.title)
    widths = [_display_width(h) for h in table.header]
    sheet.append(list(table.header))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.data_type = "s"  # a header is never a formula
    for row in table.rows:
        values: list[object] = []
        for i, value in enumerate(row):
            if isinstance(value, str):
                value = _safe_text(value, i, table)
            elif isinstance(value, datetime):
                value = _local(value).replace(tzinfo=None)  # Excel has no time zones
            values.append(value)
            if i < len(widths):
                shown = format(value, "f") if isinstance(value, Decimal) else str(value or "")
                widths[i] = max(widths[i], _display_width(shown))
        sheet.append(values)
        for cell, written in zip(sheet[sheet.max_row], values, strict=False):
            if isinstance(written, str):
                cell.data_type = "s"  # text stays text, even "=…" (no formula injection)
            elif isinstance(written, Decimal):
                cell.number_format = "#,##0.00" if _in_fen(written) else "0.0000"
            elif isinstance(written, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(written, date):
                cell.number_format = "yyyy-mm-dd"
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(60, width + 2)
    sheet.freeze_panes = "A2"
    book.save(out)


def _prepare(path: Path, render: Callable[[IO[bytes]], None]) -> Path:
    """Render into a temporary file beside ``path`` (same folder: the move is atomic)."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            render(out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _commit(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(
        translate("Exports", "The file {name} cannot be written: {reason}").format(
            name=path.name, reason=exc.strerror or str(exc)
        )
    )


def format_of(path: Path) -> ExportFormat:
    """The format a file name asks for (``.xlsx`` or else CSV)."""
    return ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV


def export_table(
    ws: Workspace,
    actor: Actor,
    table: Table,
    path: Path,
    export_format: ExportFormat | None = None,
) -> ExportReport:
    """Write ``table`` to ``path`` (the place the user chose) and record the export.

    The caller has read ``table`` through services that checked the actor's rights; the
    audit event names the table, the row count, the format and the file name.
    """
    chosen = export_format or format_of(path)
    render = _render_xlsx if chosen is ExportFormat.XLSX else _render_csv
    temporary = _prepare(path, lambda out: render(table, out))
    try:
        with ws.db.writing() as session:
            audited(
                session,
                ws,
                actor,
                "export.table",
                "export",
                None,
                {
                    "title": table.title,
                    "rows": len(table.rows),
                    "format": chosen.value,
                    "file": path.name,
                },
            )
            # Moved into place inside the transaction: the export and its event stand or
            # fall together, and the write lock is held only for the rename.
            _commit(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return ExportReport(path, len(table.rows), chosen)
