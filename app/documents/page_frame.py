"""What every signed document shares: the A4 page, its header (institution, case id), its
footer (generation time and device, 第 N 页 / 共 M 页), the PDF metadata and the
translation of fixed texts in the document's own language."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Protocol

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.documents.layout import (
    CONTENT_WIDTH,
    GRID,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    NumberedCanvas,
    fit_text,
    local_time,
    make_styles,
)
from app.i18n import SUPPORTED_LANGUAGES, catalog


class FramedData(Protocol):
    @property
    def case_id(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def generated_at(self) -> datetime: ...
    @property
    def institution(self) -> str: ...
    @property
    def device_name(self) -> str: ...


class FramedDocument:
    """Subclasses give :meth:`story`; :meth:`render` lays it out on the shared pages."""

    def __init__(self, data: FramedData, font: str) -> None:
        self.frame_data = data
        self.font = font
        table = catalog(data.language) if data.language in SUPPORTED_LANGUAGES else {}
        # Named ``translate`` so pyside6-lupdate extracts the calls (context "Documents").
        self.translate: Callable[[str, str], str] = lambda context, text: table.get(
            (context, text), text
        )
        self.styles = make_styles(font)

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def render(self, title: str) -> bytes:
        out = io.BytesIO()
        data = self.frame_data
        doc = BaseDocTemplate(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{title} {data.case_id}",
            author=data.institution,
            subject=data.case_id,
            creator="Advisor Desk",
            invariant=1,
            initialFontName=self.font,
            lang="zh-CN" if data.language == "zh_CN" else "en",
        )
        frame = Frame(
            MARGIN,
            MARGIN,
            CONTENT_WIDTH,
            PAGE_HEIGHT - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        created = data.generated_at
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        canvasmaker = partial(
            NumberedCanvas,
            decorate=self._decorate_page,
            creation_date=created.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'"),
        )
        doc.build(self.story(), canvasmaker=canvasmaker)
        return out.getvalue()

    def _decorate_page(self, canvas: Canvas, page: int, pages: int) -> None:
        data, font = self.frame_data, self.font
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        top = PAGE_HEIGHT - 11 * mm
        case_label = fit_text(
            self.translate("Documents", "Case {case_id}").format(case_id=data.case_id),
            font,
            8,
            CONTENT_WIDTH / 2,
        )
        case_width = canvas.stringWidth(case_label, font, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, case_label)
        canvas.drawString(
            MARGIN, top, fit_text(data.institution, font, 8, CONTENT_WIDTH - case_width - 6 * mm)
        )
        canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        bottom = 10 * mm
        canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        page_label = self.translate("Documents", "Page {page} of {pages}").format(
            page=page, pages=pages
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, bottom, page_label)
        generated = self.translate("Documents", "Generated {time} on {device}").format(
            time=local_time(data.generated_at), device=data.device_name
        )
        page_width = canvas.stringWidth(page_label, font, 8)
        canvas.drawString(
            MARGIN, bottom, fit_text(generated, font, 8, CONTENT_WIDTH - page_width - 6 * mm)
        )
        canvas.restoreState()
