"""The cancellation confirmation (撤销确认书) of a sale cancelled within its period.

One A4 document, built with ReportLab Platypus like the signed pack: what was sold and
when, the cooling-off or free-look period and its deadline, when the client cancelled,
the refund and its reference, the client's statement and handwritten signature, and the
evidence tying it to the original pack (its SHA-256). Header (institution, case id) and
footer ("第 N 页 / 共 M 页") on every page. Every string from :class:`CancellationData`
goes through :func:`app.documents.escape.esc` before it reaches a ``Paragraph``.

The bytes are deterministic for the same input (ReportLab's ``invariant`` mode, with the
PDF creation date set from ``generated_at``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from app.documents.escape import para
from app.documents.fonts import register_cjk_font
from app.documents.ink import Ink
from app.documents.layout import (
    CONTENT_WIDTH,
    GRID,
    LABEL_WIDTH,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    NumberedCanvas,
    fit_text,
    grid,
    local_time,
    make_styles,
)
from app.documents.model import Strokes
from app.domain.money import format_money
from app.i18n import SUPPORTED_LANGUAGES, catalog

COOLING_OFF = "cooling_off"
FREE_LOOK = "free_look"
SIGNATURE_BOX = (70 * mm, 28 * mm)


@dataclass(frozen=True)
class CancellationData:
    """What the confirmation shows; assembled by :mod:`app.services.cancellation`."""

    case_id: str
    language: str  # "zh_CN" or "en": the language of the fixed texts
    generated_at: datetime
    institution: str  # branch name
    device_name: str
    advisor_name: str  # who sold
    recorded_by: str  # who recorded the cancellation
    client_name: str
    client_id_masked: str
    product_code: str
    product_name: str
    amount: Decimal
    signed_at: datetime  # of the sale
    period: str  # COOLING_OFF or FREE_LOOK
    deadline: datetime
    cancelled_at: datetime
    refund_amount: Decimal
    refund_reference: str
    reason: str
    pack_sha256: str  # the original sealed pack
    seal_fingerprint: str  # SHA-256 of the device certificate sealing this document
    client_strokes: Strokes


def build_cancellation(data: CancellationData) -> bytes:
    """The confirmation as PDF bytes (not yet sealed).

    Raises :class:`app.documents.fonts.FontUnavailable` when no Chinese font can be used.
    """
    return _Confirmation(data, register_cjk_font()).build()


class _Confirmation:
    def __init__(self, data: CancellationData, font: str) -> None:
        self.data = data
        self.font = font
        table = catalog(data.language) if data.language in SUPPORTED_LANGUAGES else {}
        # Named ``translate`` so pyside6-lupdate extracts the calls below (context "Documents").
        self.translate: Callable[[str, str], str] = lambda context, text: table.get(
            (context, text), text
        )
        self.styles = make_styles(font)

    def build(self) -> bytes:
        out = io.BytesIO()
        data = self.data
        doc = BaseDocTemplate(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=self.translate("Documents", "Cancellation Confirmation") + f" {data.case_id}",
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
        data, font = self.data, self.font
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

    # -- the story ----------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        data, translate, s = self.data, self.translate, self.styles
        period = self.period_name()
        product = f"{data.product_code} {data.product_name}"
        sale = (
            (translate("Documents", "Client"), data.client_name),
            (translate("Documents", "ID number"), data.client_id_masked),
            (translate("Documents", "Product"), product),
            (translate("Documents", "Amount"), self.yuan(data.amount)),
            (translate("Documents", "Signed at"), local_time(data.signed_at)),
            (translate("Documents", "Advisor"), data.advisor_name),
        )
        cancellation = (
            (translate("Documents", "Period"), period),
            (translate("Documents", "Period ends"), local_time(data.deadline)),
            (translate("Documents", "Cancelled at"), local_time(data.cancelled_at)),
            (translate("Documents", "Refund amount"), self.yuan(data.refund_amount)),
            (translate("Documents", "Refund reference"), data.refund_reference),
            (translate("Documents", "Reason"), data.reason or "—"),
            (translate("Documents", "Recorded by"), data.recorded_by),
        )
        statement = translate(
            "Documents",
            "I, {client}, cancel my purchase of {product} ({amount}, signed at {signed}) "
            "within the {period}, which ends at {deadline}, and ask for the refund of {refund} "
            "under reference {reference}.",
        ).format(
            client=data.client_name,
            product=product,
            amount=self.yuan(data.amount),
            signed=local_time(data.signed_at),
            period=period,
            deadline=local_time(data.deadline),
            refund=self.yuan(data.refund_amount),
            reference=data.refund_reference,
        )
        evidence = (
            (translate("Documents", "Case"), data.case_id),
            (translate("Documents", "Original pack (SHA-256)"), data.pack_sha256),
            (translate("Documents", "Generated"), local_time(data.generated_at)),
            (translate("Documents", "Device"), data.device_name),
            (translate("Documents", "Seal certificate (SHA-256)"), data.seal_fingerprint),
        )
        caption = translate("Documents", "{name}, signed {time}").format(
            name=data.client_name, time=local_time(data.cancelled_at)
        )
        return [
            para(translate("Documents", "Cancellation Confirmation"), s["title"]),
            para(
                translate("Documents", "Institution: {institution}    Advisor: {advisor}").format(
                    institution=data.institution, advisor=data.advisor_name
                ),
                s["meta"],
            ),
            para(translate("Documents", "The sale"), s["heading"]),
            self.rows_table(sale),
            para(translate("Documents", "The cancellation"), s["heading"]),
            self.rows_table(cancellation),
            para(translate("Documents", "Client's statement"), s["heading"]),
            para(statement, s["notice"]),
            Spacer(0, 2 * mm),
            KeepTogether(
                [
                    para(translate("Documents", "Investor's signature"), s["cell_head"]),
                    Spacer(0, 1 * mm),
                    Ink(data.client_strokes, *SIGNATURE_BOX),
                    para(caption, s["caption"]),
                ]
            ),
            para(translate("Documents", "Evidence"), s["heading"]),
            self.rows_table(evidence),
        ]

    # -- building blocks ----------------------------------------------------------------

    def period_name(self) -> str:
        names = {
            COOLING_OFF: self.translate("Documents", "cooling-off period"),
            FREE_LOOK: self.translate("Documents", "free-look period"),
        }
        return names.get(self.data.period, self.data.period)

    def yuan(self, amount: Decimal) -> str:
        return self.translate("Documents", "{amount} yuan").format(amount=format_money(amount))

    def rows_table(self, rows: Sequence[tuple[str, str]]) -> Flowable:
        return grid(self.styles, rows, (LABEL_WIDTH, None), label_column=True)
