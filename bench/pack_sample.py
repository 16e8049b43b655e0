"""A realistic signed-pack sample (six pages, Chinese, with ink), for the pack's tests and
for the sealing benchmark — one sample, so the figure measures what the tests check."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime

from app.documents.model import (
    PackData,
    PackSignature,
    Point,
    Recording,
    ShownDocument,
    Strokes,
)

CASE_ID = "0194f3a2-7b1c-7d2e-9f00-1a2b3c4d5e6f"
COPY_SENTENCE = "本人已经阅读风险揭示，愿意承担投资风险。"
SPECIAL_WARNING = "该产品风险等级（R4）高于您的风险承受能力等级（C3），可能造成较大本金损失。"
INVESTMENT_CONFIRMATION = "本人坚持购买上述产品，已充分知悉其风险，自愿承担由此产生的全部后果。"
QUALIFIED_COMMITMENT = "本人承诺符合私募产品合格投资者条件，金融资产不低于300万元。"
ELDERLY_CARE = "客户年满65周岁，已由客户经理放慢语速逐条讲解产品风险，并建议家属陪同。"
RECORDING_REF = "REC-20250304-0042"


def signature_strokes(width: int = 600, height: int = 250) -> Strokes:
    """A cursive-looking signature: one long wave, an underline and a dot."""
    sx, sy = width / 600, height / 250
    wave: list[Point] = []
    for i in range(160):
        x = 40 + i * 3.2
        y = 120 + 45 * math.sin(x / 28) + 18 * math.sin(x / 7)
        wave.append((x * sx, y * sy, 0.25 + 0.7 * math.sin(i / 30) ** 2, i * 8))
    underline = tuple(
        ((60 + i * 10.0) * sx, (205 - i * 0.6) * sy, 0.5, 1400 + i * 6) for i in range(48)
    )
    dot: tuple[Point, ...] = ((565.0 * sx, 90.0 * sy, 0.9, 1800),)
    return Strokes(width, height, (tuple(wave), underline, dot))


def copy_strokes(sentence: str = COPY_SENTENCE, width: int = 1200, height: int = 220) -> Strokes:
    """A few strokes per character, laid out left to right like handwriting."""
    strokes: list[tuple[Point, ...]] = []
    cell = (width - 40) / len(sentence)
    t = 0
    for k in range(len(sentence)):
        left = 20 + k * cell
        for part in range(3):
            points: list[Point] = []
            for i in range(14):
                f = i / 13
                x = (
                    left + 6 + f * (cell - 12)
                    if part != 1
                    else left + cell / 2 + 4 * math.sin(f * 6)
                )
                y = 60 + part * 45 + 20 * math.sin(f * 3 + k) if part != 1 else 40 + f * 140
                points.append((x, y, 0.2 + 0.8 * f * (1 - f) * 4, t))
                t += 10
            strokes.append(tuple(points))
    return Strokes(width, height, tuple(strokes))


def sample_pack(**overrides: object) -> PackData:
    signed = datetime(2025, 3, 4, 6, 5, 9, tzinfo=UTC)  # 14:05:09 in Beijing
    risk_text = (
        "本产品为非保本浮动收益型理财产品，不保证本金和收益。\n\n"
        "投资者可能因市场风险、信用风险、流动性风险等遭受本金损失。过往业绩不代表未来表现。"
        "理财非存款，产品有风险，投资须谨慎。\n\n"
        + "本行将按照产品说明书约定履行信息披露义务。"
        * 8
    )
    data = PackData(
        case_id=CASE_ID,
        language="zh_CN",
        generated_at=datetime(2025, 3, 4, 6, 10, 0, tzinfo=UTC),
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
            ("评估时间", "2025-03-04 13:40:12 (UTC+08:00)"),
            ("有效期至", "2026-03-03"),
        ),
        assessment_answers=tuple(
            (f"第 {i} 题：您的投资经验和风险偏好（示例题目 {i}）", f"B. 选项 {i}")
            for i in range(1, 11)
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
                version="2025.01",
                sha256="3f9a0c1b2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a",
                text="产品类型：固定收益类。\n\n业绩比较基准：3.2%–3.8%（年化）。",
                reading_seconds=95,
            ),
            ShownDocument(
                kind="risk_disclosure",
                title="稳盈增利 24 期 风险揭示书",
                version="2025.01",
                sha256="a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
                text=risk_text,
                key_risks=("本金损失风险：不保本。", "流动性风险：封闭期内不可赎回。"),
                reading_seconds=180,
            ),
        ),
        copy_sentence=COPY_SENTENCE,
        copy_strokes=copy_strokes(),
        signatures=(
            PackSignature("client", "王建华", signed, signature_strokes()),
            PackSignature("advisor", "李明", signed, signature_strokes(500, 200)),
        ),
        evidence_rows=(
            ("业务编号", CASE_ID),
            ("生成时间", "2025-03-04 14:10:00 (UTC+08:00)"),
            ("设备", "柜台一号机 (0194f3a2-0000-7000-8000-000000000001)"),
            ("问卷", "securities-20 2025.1 5d41402abc4b2a76b9719d911017c592"),
            ("答案 (SHA-256)", "9c1e5a7f" * 8),
            ("匹配依据", "LEVEL_COVERS_RISK；HORIZON_OK"),
            ("签署人 王建华", "2025-03-04 14:05:09 (UTC+08:00)"),
            ("审计链头", "5be0c7d1" * 8),
        ),
    )
    return replace(data, **overrides)  # type: ignore[arg-type]


def everything_set(**overrides: object) -> PackData:
    return sample_pack(
        outcome="warn",
        outcome_text="该产品风险等级高于您的风险承受能力，不建议购买。",
        special_warning=SPECIAL_WARNING,
        investment_confirmation=INVESTMENT_CONFIRMATION,
        qualified_commitment=QUALIFIED_COMMITMENT,
        elderly_care=ELDERLY_CARE,
        recording=Recording(
            reference=RECORDING_REF,
            sha256="0" * 64,
            checklist=("出示身份证明", "产品及风险等级", "不保本提示", "抄录", "签署"),
        ),
        **overrides,
    )
