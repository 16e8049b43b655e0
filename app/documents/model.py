"""What a signed PDF pack shows: plain data, assembled by the signing service.

Every string here may come from users or data; the builder escapes each one before it
reaches ReportLab (:func:`app.documents.escape.esc`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# One point of a stroke: x and y in pad pixels (origin top left), pressure 0..1, t in ms.
Point = tuple[float, float, float, int]


@dataclass(frozen=True)
class Strokes:
    """A handwritten signature or sentence as captured on a pad of ``width`` × ``height``."""

    width: int
    height: int
    strokes: tuple[tuple[Point, ...], ...]


@dataclass(frozen=True)
class PackSignature:
    role: str  # "client" or "advisor"
    signer_name: str
    signed_at: datetime
    strokes: Strokes


@dataclass(frozen=True)
class ShownDocument:
    """A disclosure document as the client saw it (rendered text, version, SHA-256)."""

    kind: str  # prospectus, risk_disclosure, investor_rights, contract_summary
    title: str
    version: str
    sha256: str
    text: str
    key_risks: tuple[str, ...] = ()
    reading_seconds: int = 0


@dataclass(frozen=True)
class Recording:
    """The 双录 record: what the recording covered, its reference and its hash."""

    reference: str
    sha256: str
    checklist: tuple[str, ...]


@dataclass(frozen=True)
class PackData:
    case_id: str
    language: str  # "zh_CN" or "en": the language of the fixed texts
    generated_at: datetime
    institution: str  # branch name
    device_name: str
    advisor_name: str
    # 投资者基本信息表: (label, value) rows, ID number already masked.
    client_rows: tuple[tuple[str, str], ...]
    client_name: str
    # 评估结果告知函
    assessment_rows: tuple[tuple[str, str], ...]
    assessment_answers: tuple[tuple[str, str], ...]  # (question, chosen option(s))
    # 适当性匹配意见及投资者确认书
    product_rows: tuple[tuple[str, str], ...]
    product_code: str
    outcome: str  # "suitable" or "warn"
    outcome_text: str
    reasons: tuple[str, ...]
    requirements: tuple[str, ...]
    # 风险揭示 with the hand-copied sentence
    documents: tuple[ShownDocument, ...]
    copy_sentence: str
    copy_strokes: Strokes | None  # None: an institution, exempt
    signatures: tuple[PackSignature, ...]
    # Conditional pages
    special_warning: str | None = None  # the warning text when the outcome was "warn"
    investment_confirmation: str | None = None
    qualified_commitment: str | None = None  # private products
    elderly_care: str | None = None  # the special-care explanation the advisor attested
    recording: Recording | None = None
    # Evidence page: (label, value) rows — hashes, versions, times, device, chain head.
    evidence_rows: tuple[tuple[str, str], ...] = field(default=())
