"""Building blocks of the case detail: formatting, form sections, ink, the sealed PDF.

Times are shown in Asia/Shanghai; hashes in a fixed-width font so they can be compared.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documents.seal import VerifyResult
from app.domain.money import format_money
from app.domain.review import COSIGN_FLAGS, Flag
from app.domain.signature import strokes_from_json
from app.domain.suitability import LOCAL_ZONE
from app.services.review_record import CaseRecord
from ui import labels
from ui.i18n import translate
from ui.widgets.ink_painting import render_png

OK_STYLE = "color: #1b6e20;"
BAD_STYLE = "color: #b3261e; font-weight: 600;"


def local_time(moment: datetime | None) -> str:
    """A stored UTC time as the supervisor reads it (Asia/Shanghai)."""
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S") if moment else "—"


def yes_no(value: object) -> str:
    if value is None:
        return "—"
    return translate("ReviewDetail", "Yes") if value else translate("ReviewDetail", "No")


def money_text(value: object) -> str:
    if value is None or value == "":
        return "—"
    try:
        return format_money(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def flag_badges_html(flags: Iterable[Flag]) -> str:
    """Flags as coloured badges (rich text); the co-sign flags in red."""
    badges = []
    for flag in flags:
        cosign = bool(flag & COSIGN_FLAGS)
        colours = (
            "background-color:#fde7e4; color:#8c1d18"
            if cosign
            else "background-color:#fff3c4; color:#5f4b00"
        )
        mark = "⚠ " if cosign else ""
        text = html.escape(mark + labels.flag_label(flag))
        badges.append(f'<span style="{colours}">&nbsp;{text}&nbsp;</span>')
    return "&nbsp;&nbsp;".join(badges) or html.escape(translate("ReviewDetail", "No flags"))


def ink_pixmap(data: Mapping[str, Any], width: int = 220, height: int = 72) -> QPixmap:
    """Stored strokes (JSON form) drawn small; an empty pixmap if they cannot be read."""
    pixmap = QPixmap()
    try:
        strokes = strokes_from_json(data)
    except ValueError:
        return pixmap
    scale = 2  # drawn at twice the size: crisp on high-DPI screens
    pixmap.loadFromData(render_png(strokes, width * scale, height * scale))
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def value_label(text: str, *, mono: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(not mono)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return label


def ink_label(data: Mapping[str, Any], name: str) -> QLabel:
    label = QLabel()
    label.setPixmap(ink_pixmap(data))
    label.setAccessibleName(name)
    label.setStyleSheet("background: white; border: 1px solid #ccc;")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    label.setFixedSize(224, 76)
    return label


class FormSection(QGroupBox):
    """A titled list of ``caption: value`` rows, refilled on every load."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)

    def add(self, caption: str, value: str | QWidget, *, mono: bool = False) -> None:
        widget = value if isinstance(value, QWidget) else value_label(value, mono=mono)
        self.form.addRow(caption, widget)

    def fill(self, rows: Iterable[tuple[str, str]]) -> None:
        self.clear()
        for caption, value in rows:
            self.add(caption, value)


def scrolling(*parts: QWidget) -> QScrollArea:
    body = QWidget()
    column = QVBoxLayout(body)
    for part in parts:
        column.addWidget(part)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    return scroll


def record_table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)


class PackSection(QWidget):
    """The sealed PDF pack: preview, file facts and the seal's verification result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = value_label("")
        self.info.setObjectName("review.pack_info")
        self.verify_result = QLabel()
        self.verify_result.setObjectName("review.verify_result")
        self.verify_result.setAccessibleName(translate("ReviewDetail", "Seal verification result"))
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextFormat(Qt.TextFormat.PlainText)
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setObjectName("review.pdf")
        self.view.setAccessibleName(translate("ReviewDetail", "Preview of the sealed PDF"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        column = QVBoxLayout(self)
        column.addWidget(self.info)
        column.addWidget(self.verify_result)
        column.addWidget(self.view, 1)

    def clear(self) -> None:
        self.info.clear()
        self.verify_result.clear()
        self.verify_result.setStyleSheet("")
        self.document.close()
        self.buffer.close()

    def show_file(self, record: CaseRecord) -> None:
        if not record.pack_file_name:
            self.info.setText(translate("ReviewDetail", "This case has no sealed PDF."))
            return
        self.info.setText(
            "\n".join(
                [
                    translate("ReviewDetail", "File: {name} ({kb} KB)").format(
                        name=record.pack_file_name, kb=max(1, round(record.pack_size / 1024))
                    ),
                    translate("ReviewDetail", "SHA-256 recorded at signing: {digest}").format(
                        digest=record.pack_sha256
                    ),
                ]
            )
        )

    def show_pdf(self, pdf: bytes) -> None:
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)

    def show_verifying(self) -> None:
        self.verify_result.setText(translate("ReviewDetail", "Verifying the seal…"))
        self.verify_result.setStyleSheet("")

    def show_verification(self, result: VerifyResult) -> None:
        if result.valid and result.trusted is not False:
            text = translate(
                "ReviewDetail",
                "Seal valid: sealed by {signer} at {time}; the document is unchanged.",
            ).format(signer=result.signer, time=local_time(result.signed_at))
            self.verify_result.setStyleSheet(OK_STYLE)
        elif result.valid:
            text = translate(
                "ReviewDetail",
                "The document is unchanged, but it was sealed by a certificate that is not one "
                "of this institution's devices ({signer}).",
            ).format(signer=result.signer)
            self.verify_result.setStyleSheet(BAD_STYLE)
        else:
            text = translate("ReviewDetail", "Seal NOT valid: {problem}").format(
                problem=result.problem
            )
            self.verify_result.setStyleSheet(BAD_STYLE)
        self.verify_result.setText(text)

    def show_verify_failure(self, message: str) -> None:
        self.verify_result.setText(message)
        self.verify_result.setStyleSheet(BAD_STYLE)
