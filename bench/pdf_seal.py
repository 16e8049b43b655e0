"""Sealing and verifying a PDF pack, against ReportLab rendering the same pack unsealed.

- ``seal_pack``: :func:`app.documents.pack.build_pack` of a realistic six-page case pack
  (Chinese text in the embedded CJK font, handwritten signatures) followed by
  :func:`app.documents.seal.seal_pdf` with a fresh device certificate. Baseline: the same
  ``build_pack`` alone, in the same run. Targets: median ≤ 400 ms and ≤ 1.5× baseline.
- ``verify_pack``: :func:`app.documents.seal.verify_pdf` of that sealed pack (no baseline).
  Target: median ≤ 200 ms.

If no Chinese font can be found (``FontUnavailable``), plain ReportLab pages with the same
amount of Latin text stand in, and the result says so (``"document": "plain"``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from app.documents.certificates import DeviceCredentials, create_device_certificate
from app.documents.seal import seal_pdf, verify_pdf
from bench.common import emit, median, rss_mb, time_ms
from bench.fixtures import Fixtures
from bench.pack_sample import sample_pack

SAMPLES = 30
SEAL_TARGET_MS = 400.0
SEAL_TARGET_RATIO = 1.5
VERIFY_TARGET_MS = 200.0
PAGES = 6
NOW = datetime(2026, 3, 4, 6, 5, 9, tzinfo=UTC)


@dataclass(frozen=True)
class _Document:
    kind: str  # "pack" or "plain"
    render: Callable[[], bytes]


@cache
def _credentials() -> DeviceCredentials:
    return create_device_certificate("柜台一号机", "北京分行营业部", now=NOW)


@cache
def _document() -> _Document:
    try:
        from app.documents.fonts import FontUnavailable
        from app.documents.pack import build_pack
    except ImportError:
        return _Document("plain", _plain_pages)
    data = sample_pack()
    try:
        build_pack(data)
    except FontUnavailable:
        return _Document("plain", _plain_pages)
    return _Document("pack", lambda: build_pack(data))


def _seal(pdf: bytes) -> bytes:
    return seal_pdf(
        pdf, _credentials(), reason="适当性销售文件", location="北京分行营业部", signed_at=NOW
    )


def run_seal(_fx: Fixtures) -> None:
    document = _document()
    pages = _page_count(_seal(document.render()))
    baseline = time_ms(document.render, SAMPLES, warmup=2)
    samples = time_ms(lambda: _seal(document.render()), SAMPLES, warmup=2)
    med, base = median(samples), median(baseline)
    emit(
        "seal_pack",
        samples,
        rss=rss_mb(),
        baseline=baseline,
        document=document.kind,
        pages=pages,
        seal_only_ms=round(med - base, 2),
        target_ms=SEAL_TARGET_MS,
        target_ratio=SEAL_TARGET_RATIO,
        ok=med <= SEAL_TARGET_MS and med <= SEAL_TARGET_RATIO * base,
    )


def run_verify(_fx: Fixtures) -> None:
    document = _document()
    sealed = _seal(document.render())
    result = verify_pdf(sealed)
    if not result.valid:
        raise RuntimeError(f"the benchmark pack does not verify: {result.problem}")
    samples = time_ms(lambda: verify_pdf(sealed), SAMPLES, warmup=2)
    emit(
        "verify_pack",
        samples,
        rss=rss_mb(),
        document=document.kind,
        pages=_page_count(sealed),
        size_kb=round(len(sealed) / 1024, 1),
        target_ms=VERIFY_TARGET_MS,
        ok=median(samples) <= VERIFY_TARGET_MS,
    )


def _page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    count = PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"]
    return int(count)


# -- the documents ---------------------------------------------------------------------------


def _plain_pages() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for page in range(1, PAGES + 1):
        pdf.setFont("Helvetica", 10)
        for line in range(60):
            pdf.drawString(56, 780 - line * 12, f"Page {page}, line {line + 1}: " + "risk " * 16)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
