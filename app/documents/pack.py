"""The signed PDF pack of a sales case (RULES §6), built with ReportLab Platypus.

One section per document, each starting on a new page; a header (institution, case id)
and a footer ("第 N 页 / 共 M 页") on every page. Fixed texts are in the pack's own
language, which need not be the UI language. Every string from :class:`PackData` goes
through :func:`app.documents.escape.esc` before it reaches a ``Paragraph``.

The bytes are deterministic for the same input (ReportLab's ``invariant`` mode, with the
PDF creation date set from ``generated_at``), so a pack can be rebuilt and compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app.documents import templates
from app.documents.escape import para
from app.documents.fonts import register_cjk_font
from app.documents.ink import Ink
from app.documents.layout import (
    CONTENT_WIDTH,
    LABEL_WIDTH,
    grid,
    local_time,
    numbered,
    paragraphs,
)
from app.documents.model import PackData, PackSignature, ShownDocument
from app.documents.page_frame import FramedDocument

SIGNATURE_BOX = (60 * mm, 25 * mm)
COPY_BOX_HEIGHT = 38 * mm


def build_pack(data: PackData) -> bytes:
    """The PDF pack for ``data``, as bytes (not yet sealed).

    Raises :class:`app.documents.fonts.FontUnavailable` when no Chinese font can be used.
    """
    return _Pack(data, register_cjk_font()).build()


class _Pack(FramedDocument):
    def __init__(self, data: PackData, font: str) -> None:
        super().__init__(data, font)
        self.data = data

    def build(self) -> bytes:
        return self.render(self.translate("Documents", "Sales documents"))

    # -- the story ----------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        sections = [self.client_section(), self.assessment_section(), self.suitability_section()]
        sections += self.disclosure_sections()
        data, translate = self.data, self.translate
        if data.special_warning is not None:
            sections.append(
                self.statement_section(
                    translate("Documents", "Special Risk Warning"), data.special_warning
                )
            )
        if data.investment_confirmation is not None:
            sections.append(
                self.statement_section(
                    translate("Documents", "Investment Confirmation"), data.investment_confirmation
                )
            )
        if data.qualified_commitment is not None:
            sections.append(
                self.statement_section(
                    translate("Documents", "Qualified Investor Commitment"),
                    data.qualified_commitment,
                )
            )
        if data.elderly_care is not None:
            sections.append(
                self.statement_section(
                    translate("Documents", "Special Care for Elderly Investors"),
                    data.elderly_care,
                    roles=("client", "advisor"),
                )
            )
        if data.recording is not None:
            sections.append(self.recording_section())
        sections.append(self.evidence_section())
        story: list[Flowable] = []
        for section in sections:
            if story:
                story.append(PageBreak())
            story += section
        return story

    def client_section(self) -> list[Flowable]:
        data, translate, s = self.data, self.translate, self.styles
        return [
            para(translate("Documents", "Investor Basic Information Form"), s["title"]),
            para(
                translate("Documents", "Institution: {institution}    Advisor: {advisor}").format(
                    institution=data.institution, advisor=data.advisor_name
                ),
                s["meta"],
            ),
            self.rows_table(data.client_rows),
            *self.signatures(("client",)),
        ]

    def assessment_section(self) -> list[Flowable]:
        data, translate, s = self.data, self.translate, self.styles
        flow: list[Flowable] = [
            para(translate("Documents", "Risk Tolerance Assessment Result Notice"), s["title"]),
            self.rows_table(data.assessment_rows),
        ]
        if data.assessment_answers:
            header = (
                translate("Documents", "No."),
                translate("Documents", "Question"),
                translate("Documents", "Answer"),
            )
            body = [
                (str(i), question, answer)
                for i, (question, answer) in enumerate(data.assessment_answers, start=1)
            ]
            flow += [
                para(translate("Documents", "Questionnaire answers"), s["heading"]),
                grid(self.styles, (header, *body), (12 * mm, 100 * mm, None), header=True),
            ]
        flow += self.signatures(("client",))
        return flow

    def suitability_section(self) -> list[Flowable]:
        data, translate, s = self.data, self.translate, self.styles
        flow: list[Flowable] = [
            para(
                translate("Documents", "Suitability Opinion and Investor Confirmation"), s["title"]
            ),
            para(translate("Documents", "Product"), s["heading"]),
            self.rows_table(data.product_rows),
            para(translate("Documents", "Suitability opinion"), s["heading"]),
            para(data.outcome_text, s["notice"] if data.outcome == "warn" else s["body"]),
        ]
        if data.reasons:
            flow.append(para(translate("Documents", "Reasons"), s["heading"]))
            flow += numbered(data.reasons, s["item"])
        if data.requirements:
            flow.append(para(translate("Documents", "Requirements"), s["heading"]))
            flow += numbered(data.requirements, s["item"])
        flow += [
            para(translate("Documents", "Investor confirmation"), s["heading"]),
            para(self.fixed("investor_confirmation"), s["body"]),
        ]
        if data.outcome == "warn":
            flow.append(para(self.fixed("own_initiative"), s["notice"]))
        flow += self.signatures(("client", "advisor"))
        return flow

    def disclosure_sections(self) -> list[list[Flowable]]:
        """One section per document shown; the hand-copied sentence follows the risk
        disclosure (or the last document when there is none)."""
        documents = self.data.documents
        copy_after = next(
            (i for i, d in enumerate(documents) if d.kind == "risk_disclosure"),
            len(documents) - 1,
        )
        sections = []
        for i, document in enumerate(documents):
            section = self.document_flow(document)
            if i == copy_after:
                section += self.hand_copy()
            sections.append(section)
        if not documents:
            title = para(self.translate("Documents", "Risk Disclosure"), self.styles["title"])
            sections.append([title, *self.hand_copy()])
        return sections

    def document_flow(self, document: ShownDocument) -> list[Flowable]:
        translate, s = self.translate, self.styles
        flow: list[Flowable] = [
            para(document.title, s["title"]),
            para(
                translate("Documents", "{kind} · version {version} · SHA-256 {digest}").format(
                    kind=self.kind_name(document.kind),
                    version=document.version,
                    digest=_short_hash(document.sha256),
                ),
                s["meta"],
            ),
        ]
        flow += paragraphs(document.text, s["body"])
        if document.key_risks:
            flow.append(para(translate("Documents", "Key risks"), s["heading"]))
            flow += numbered(document.key_risks, s["item"])
        return flow

    def hand_copy(self) -> list[Flowable]:
        data, translate, s = self.data, self.translate, self.styles
        flow: list[Flowable] = [para(translate("Documents", "Hand-copied statement"), s["heading"])]
        if data.copy_strokes is None:
            flow.append(
                para(
                    translate("Documents", "Institutional investor: exempt from hand-copying."),
                    s["body"],
                )
            )
            return flow
        flow += [
            para(
                translate("Documents", "Sentence to copy: {sentence}").format(
                    sentence=data.copy_sentence
                ),
                s["body"],
            ),
            Spacer(0, 2 * mm),
            KeepTogether(
                [
                    Ink(data.copy_strokes, CONTENT_WIDTH, COPY_BOX_HEIGHT),
                    para(
                        translate("Documents", "Written by {name} on the signature pad").format(
                            name=data.client_name
                        ),
                        s["caption"],
                    ),
                ]
            ),
            *self.signatures(("client",)),
            Spacer(0, 3 * mm),
            para(self.fixed("advisor_attest_copy"), s["body"]),
            *self.signatures(("advisor",)),
        ]
        return flow

    def statement_section(
        self, title: str, text: str, roles: Sequence[str] = ("client",)
    ) -> list[Flowable]:
        return [
            para(title, self.styles["title"]),
            *paragraphs(text, self.styles["body"]),
            *self.signatures(roles),
        ]

    def recording_section(self) -> list[Flowable]:
        recording = self.data.recording
        assert recording is not None
        translate, s = self.translate, self.styles
        rows = (
            (translate("Documents", "Recording reference"), recording.reference),
            (translate("Documents", "Recording SHA-256"), recording.sha256),
        )
        header = (
            translate("Documents", "No."),
            translate("Documents", "Point covered"),
            translate("Documents", "Status"),
        )
        covered = translate("Documents", "Covered")
        items = [(str(i), item, covered) for i, item in enumerate(recording.checklist, start=1)]
        flow: list[Flowable] = [
            para(translate("Documents", "Audio and Video Recording Checklist"), s["title"]),
            self.rows_table(rows),
            para(translate("Documents", "Points covered in the recording"), s["heading"]),
        ]
        if items:
            flow.append(grid(self.styles, (header, *items), (12 * mm, None, 22 * mm), header=True))
        return flow

    def evidence_section(self) -> list[Flowable]:
        data, translate, s = self.data, self.translate, self.styles
        flow: list[Flowable] = [
            para(translate("Documents", "Evidence"), s["title"]),
            self.rows_table(data.evidence_rows),
        ]
        if data.documents:
            header = (
                translate("Documents", "Document"),
                translate("Documents", "Version"),
                translate("Documents", "Read (s)"),
                "SHA-256",
            )
            rows = [
                (
                    f"{self.kind_name(d.kind)}\n{d.title}",
                    d.version,
                    str(d.reading_seconds),
                    d.sha256,
                )
                for d in data.documents
            ]
            flow += [
                para(translate("Documents", "Documents shown"), s["heading"]),
                grid(self.styles, (header, *rows), (46 * mm, 22 * mm, 24 * mm, None), header=True),
            ]
        return flow

    # -- building blocks ----------------------------------------------------------------

    def fixed(self, key: str) -> str:
        """A fixed legal text from ``resources/documents`` in the pack's language."""
        return templates.fixed_text(key, language=self.data.language)

    def kind_name(self, kind: str) -> str:
        translate = self.translate
        names = {
            "prospectus": translate("Documents", "Product prospectus"),
            "risk_disclosure": translate("Documents", "Risk disclosure"),
            "investor_rights": translate("Documents", "Investor rights notice"),
            "contract_summary": translate("Documents", "Sales contract summary"),
        }
        return names.get(kind, kind)

    def role_name(self, role: str) -> str:
        translate = self.translate
        names = {
            "client": translate("Documents", "Investor's signature"),
            "advisor": translate("Documents", "Advisor's signature"),
        }
        return names.get(role, role)

    def rows_table(self, rows: Sequence[tuple[str, str]]) -> Flowable:
        if not rows:
            return para("—", self.styles["body"])
        return grid(self.styles, rows, (LABEL_WIDTH, None), label_column=True)

    def signatures(self, roles: Sequence[str]) -> list[Flowable]:
        """Signature boxes for ``roles`` side by side, kept together with their captions."""
        blocks = [self.signature_block(role) for role in roles]
        column = CONTENT_WIDTH / 2
        table = Table(
            [blocks],
            colWidths=[column] * len(blocks),
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
            hAlign="LEFT",
        )
        return [Spacer(0, 5 * mm), KeepTogether([table])]

    def signature_block(self, role: str) -> list[Flowable]:
        s = self.styles
        signature = _find_signature(self.data.signatures, role)
        if signature is None:
            caption = self.translate("Documents", "Not signed")
        else:
            caption = self.translate("Documents", "{name}, signed {time}").format(
                name=signature.signer_name, time=local_time(signature.signed_at)
            )
        return [
            para(self.role_name(role), s["cell_head"]),
            Spacer(0, 1 * mm),
            Ink(signature.strokes if signature else None, *SIGNATURE_BOX),
            para(caption, s["caption"]),
        ]


def _find_signature(signatures: Sequence[PackSignature], role: str) -> PackSignature | None:
    return next((s for s in signatures if s.role == role), None)


def _short_hash(digest: str) -> str:
    return digest if len(digest) <= 16 else f"{digest[:16]}…"
