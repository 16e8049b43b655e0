"""Page furniture of the PDF documents: geometry, styles, tables, "page N of M".

Everything here that puts text into a ``Paragraph`` escapes it (:func:`para`, :func:`esc`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.documents.escape import esc, para

SHANGHAI = ZoneInfo("Asia/Shanghai")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 46 * mm

GRID = colors.Color(0.75, 0.78, 0.82)
LABEL_FILL = colors.Color(0.95, 0.96, 0.97)
NOTICE_FILL = colors.Color(1.0, 0.96, 0.88)
NOTICE_BORDER = colors.Color(0.85, 0.55, 0.15)
MUTED = colors.Color(0.35, 0.38, 0.42)


def local_time(moment: datetime) -> str:
    """``moment`` in Beijing time, e.g. ``2025-03-04 14:05:09 (UTC+08:00)``; naive = UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S (UTC+08:00)")


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Blank-line separated blocks as paragraphs (so long texts split across pages)."""
    blocks = text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return [para(block.strip("\n"), style) for block in blocks if block.strip()]


def numbered(items: Iterable[str], style: ParagraphStyle) -> list[Flowable]:
    """A numbered list, one escaped paragraph per item."""
    return [
        Paragraph(esc(item), style, bulletText=f"{i}.") for i, item in enumerate(items, start=1)
    ]


def grid(
    styles: dict[str, ParagraphStyle],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float | None],
    *,
    header: bool = False,
    label_column: bool = False,
) -> Table:
    """A ruled table of escaped paragraphs; a ``None`` width takes the remaining space."""
    fixed = sum(w for w in widths if w is not None)
    flexible = sum(1 for w in widths if w is None)
    col_widths = [
        w if w is not None else (CONTENT_WIDTH - fixed) / max(flexible, 1) for w in widths
    ]
    cell, head = styles["cell"], styles["cell_head"]
    cells = [
        [
            para(value, head if (header and r == 0) or (label_column and c == 0) else cell)
            for c, value in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), cell.fontName),  # else the table selects Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL))
    if label_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), LABEL_FILL))
    return Table(
        cells,
        colWidths=col_widths,
        style=TableStyle(commands),
        repeatRows=1 if header else 0,
        hAlign="LEFT",
    )


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type information
    """Holds every page until the end so each can say "page N of M" (M known only then)."""

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None],
        creation_date: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []
        # Invariant mode would date the PDF 2000-01-01; the generation time is just as stable.
        self.setDateFormatter(lambda *_: creation_date)

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (canvas strings do not wrap)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def make_styles(font: str) -> dict[str, ParagraphStyle]:
    """The paragraph styles of the pack, all in ``font`` with CJK line breaking."""
    base = ParagraphStyle(
        "body", fontName=font, fontSize=10, leading=15.5, wordWrap="CJK", spaceAfter=2.5 * mm
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontSize=16,
            leading=22,
            alignment=TA_CENTER,
            spaceBefore=2 * mm,
            spaceAfter=3 * mm,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontSize=11.5,
            leading=16,
            spaceBefore=3 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,  # never a heading alone at the foot of a page
        ),
        "meta": ParagraphStyle(
            "meta",
            parent=base,
            fontSize=8.5,
            leading=12,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=5 * mm,
        ),
        "notice": ParagraphStyle(
            "notice",
            parent=base,
            backColor=NOTICE_FILL,
            borderColor=NOTICE_BORDER,
            borderWidth=0.75,
            borderPadding=(2.5 * mm, 3 * mm),
            spaceBefore=2.5 * mm,
            spaceAfter=5 * mm,
        ),
        "item": ParagraphStyle(
            "item",
            parent=base,
            leftIndent=7 * mm,
            bulletIndent=0,
            bulletFontName=font,
            spaceAfter=1.5 * mm,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=13, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontSize=9, leading=13, spaceAfter=0, textColor=MUTED
        ),
        "caption": ParagraphStyle(
            "caption", parent=base, fontSize=8, leading=11, textColor=MUTED, spaceBefore=1 * mm
        ),
    }
