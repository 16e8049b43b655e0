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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.documents.escape import para
from app.documents.fonts import register_cjk_font
from app.documents.ink import Ink
from app.documents.layout import (
    LABEL_WIDTH,
    grid,
    local_time,
)
from app.documents.model import Strokes
from app.documents.page_frame import FramedDocument
from app.domain.money import format_money

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


class _Confirmation(FramedDocument):
    def __init__(self, data: CancellationData, font: str) -> None:
        super().__init__(data, font)
        self.data = data

    def build(self) -> bytes:
        return self.render(self.translate("Documents", "Cancellation Confirmation"))

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
