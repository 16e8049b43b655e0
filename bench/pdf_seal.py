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
from app.documents.model import PackData, PackSignature, ShownDocument
from app.documents.scripted_ink import scripted_strokes
from app.documents.seal import seal_pdf, verify_pdf
from bench.common import emit, median, rss_mb, time_ms
from bench.fixtures import Fixtures

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


def sample_pack() -> PackData:
    """A realistic case pack (six pages), built like the tests build theirs."""
    signed = NOW
    risk_text = (
        "本产品为非保本浮动收益型理财产品，不保证本金和收益。\n\n"
        "投资者可能因市场风险、信用风险、流动性风险等遭受本金损失。过往业绩不代表未来表现。"
        "理财非存款，产品有风险，投资须谨慎。\n\n"
        + "本行将按照产品说明书约定履行信息披露义务。"
        * 8
    )
    copy_sentence = "本人已经阅读风险揭示，愿意承担投资风险。"
    return PackData(
        case_id="0194f3a2-7b1c-7d2e-9f00-1a2b3c4d5e6f",
        language="zh_CN",
        generated_at=NOW,
        institution="北京分行营业部",
        device_name="柜台一号机",
        advisor_name="李明",
        client_rows=(
            ("姓名", "王建华"),
            ("证件类型", "居民身份证"),
            ("证件号码", "110105********1234"),
            ("出生日期", "1958-06-12"),
            ("联系电话", "138****8000"),
            ("职业", "退休"),
            ("年收入", "¥200,000.00"),
            ("金融资产", "¥800,000.00"),
            ("投资经验", "3 年"),
        ),
        client_name="王建华",
        assessment_rows=(
            ("问卷", "securities-20 (2025.1)"),
            ("得分", "46"),
            ("风险承受能力等级", "C3 平衡型"),
            ("评估时间", "2026-03-04 13:40:12 (UTC+08:00)"),
            ("有效期至", "2027-03-03"),
        ),
        assessment_answers=tuple(
            (f"第 {i} 题：您的投资经验和风险偏好（示例题目 {i}）", f"B. 选项 {i}")
            for i in range(1, 21)
        ),
        product_rows=(
            ("产品名称", "稳盈增利 24 期"),
            ("产品代码", "WM24001"),
            ("风险等级", "R3 中风险"),
            ("期限", "365 天"),
            ("购买金额", "¥200,000.00"),
        ),
        product_code="WM24001",
        outcome="suitable",
        outcome_text="您的风险承受能力等级（C3）与该产品风险等级（R3）相匹配。",
        reasons=("客户风险等级 C3 ≥ 产品风险等级 R3", "投资期限与客户期望相符"),
        requirements=("须完成双录", "冷静期 24 小时"),
        documents=(
            ShownDocument(
                kind="prospectus",
                title="稳盈增利 24 期 产品说明书",
                version="2026.01",
                sha256="3f9a0c1b2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a",
                text="产品类型：固定收益类。\n\n业绩比较基准：3.2%–3.8%（年化）。",
                reading_seconds=95,
            ),
            ShownDocument(
                kind="risk_disclosure",
                title="稳盈增利 24 期 风险揭示书",
                version="2026.01",
                sha256="a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
                text=risk_text,
                key_risks=("本金损失风险：不保本。", "流动性风险：封闭期内不可赎回。"),
                reading_seconds=180,
            ),
        ),
        copy_sentence=copy_sentence,
        copy_strokes=scripted_strokes(11, characters=len(copy_sentence), width=1200, height=220),
        signatures=(
            PackSignature("client", "王建华", signed, scripted_strokes(21)),
            PackSignature("advisor", "李明", signed, scripted_strokes(22)),
        ),
        evidence_rows=(
            ("问卷版本", "securities-20 / 2025.1"),
            ("答案哈希", "9c1e" + "0" * 60),
            ("审计链头", "5be0c7d1a2f3"),
            ("设备", "柜台一号机"),
        ),
    )
