"""A signature must look signed; the copied sentence must look copied; storage is lossless."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents.model import Point, Strokes
from app.domain.signature import (
    SIGNATURE_MIN_INK,
    check_handwriting,
    check_signature,
    ink_length,
    strokes_from_json,
    strokes_to_json,
)

pads = st.tuples(st.integers(200, 2000), st.integers(100, 800))


def line(x0: float, y0: float, x1: float, y1: float, n: int = 10, t0: int = 0) -> tuple[Point, ...]:
    return tuple(
        (x0 + (x1 - x0) * i / (n - 1), y0 + (y1 - y0) * i / (n - 1), 0.5, t0 + 10 * i)
        for i in range(n)
    )


def wave(width: int, height: int, row: float, periods: int, amplitude: float) -> tuple[Point, ...]:
    """A scribble across the pad: ``periods`` full waves at height ``row`` (0..1)."""
    n = 40 * periods
    return tuple(
        (
            width * (0.1 + 0.8 * i / n),
            height * (row + amplitude * math.sin(2 * math.pi * periods * i / n)),
            0.5,
            i * 8,
        )
        for i in range(n + 1)
    )


def rules(errors: list[Any]) -> list[str]:
    return [e.rule for e in errors]


def test_an_empty_pad_is_refused_with_a_message_for_the_field() -> None:
    for strokes in (Strokes(480, 160, ()), Strokes(480, 160, ((), ()))):
        [error] = check_signature(strokes, field="signing.client_pad")
        assert (error.field, error.rule) == ("signing.client_pad", "SIGNATURE_REQUIRED")
        assert error.message


@given(pad=pads, x=st.floats(0, 1), y=st.floats(0, 1), taps=st.integers(1, 20))
def test_a_dot_is_refused(pad: tuple[int, int], x: float, y: float, taps: int) -> None:
    width, height = pad
    dot = (x * width, y * height, 0.5, 0)
    strokes = Strokes(width, height, tuple((dot,) for _ in range(taps)))
    assert rules(check_signature(strokes, field="f")) == ["SIGNATURE_TOO_SMALL"]


@given(
    pad=pads,
    start=st.tuples(st.floats(0, 1), st.floats(0, 1)),
    angle=st.floats(0, 2 * math.pi),
    fraction=st.floats(0, 0.99),
    samples=st.integers(2, 50),
)
def test_a_stroke_shorter_than_the_threshold_is_refused(
    pad: tuple[int, int],
    start: tuple[float, float],
    angle: float,
    fraction: float,
    samples: int,
) -> None:
    width, height = pad
    length = fraction * SIGNATURE_MIN_INK * min(width, height)  # below the default threshold
    x0, y0 = start[0] * width, start[1] * height
    stroke = line(x0, y0, x0 + length * math.cos(angle), y0 + length * math.sin(angle), samples)
    errors = check_signature(Strokes(width, height, (stroke,)), field="f")
    assert rules(errors) in (["SIGNATURE_TOO_SMALL"], ["SIGNATURE_TOO_SHORT"])


def test_a_tick_and_a_corner_scribble_are_refused() -> None:
    tick = (((100.0, 100.0, 0.5, 0), (106.0, 108.0, 0.5, 30), (125.0, 85.0, 0.5, 60)),)
    assert rules(check_signature(Strokes(480, 160, tick), field="f")) == ["SIGNATURE_TOO_SMALL"]
    # Plenty of ink, but all of it within 20 px: not a signature.
    scribble = tuple(line(10, 10 + i, 30, 30 - i, 5, i * 100) for i in range(20))
    assert ink_length(Strokes(480, 160, scribble)) > 3 * SIGNATURE_MIN_INK * 160
    assert rules(check_signature(Strokes(480, 160, scribble), field="f")) == ["SIGNATURE_TOO_SMALL"]
    # Wide enough, but a single flick.
    flick = (line(100, 100, 160, 90),)
    assert rules(check_signature(Strokes(480, 160, flick), field="f")) == ["SIGNATURE_TOO_SHORT"]


@given(
    pad=pads,
    count=st.integers(1, 8),
    periods=st.integers(2, 6),
    amplitude=st.floats(0.15, 0.35),
)
@settings(max_examples=60)
def test_a_long_multi_stroke_scribble_is_accepted(
    pad: tuple[int, int], count: int, periods: int, amplitude: float
) -> None:
    width, height = pad
    strokes = Strokes(
        width,
        height,
        tuple(wave(width, height, 0.4 + 0.2 * i / count, periods, amplitude) for i in range(count)),
    )
    assert check_signature(strokes, field="f") == []


def test_short_real_names_are_accepted() -> None:
    # 王一 and 丁一 printed in 50-px characters on a 480×160 pad.
    wang_yi = (
        line(100, 60, 140, 60),
        line(103, 80, 137, 80),
        line(120, 60, 120, 105),
        line(95, 105, 145, 105),
        line(170, 85, 225, 82),
    )
    ding_yi = (line(100, 60, 150, 60), line(125, 60, 125, 110), line(170, 85, 220, 85))
    for name in (wang_yi, ding_yi):
        assert check_signature(Strokes(480, 160, name), field="f") == []
    assert rules(check_signature(Strokes(480, 160, ding_yi), field="f", min_strokes=4)) == [
        "SIGNATURE_TOO_FEW_STROKES"
    ]


def test_ink_length_adds_up_every_stroke() -> None:
    triangle = ((0.0, 0.0, 0.5, 0), (3.0, 4.0, 0.5, 10), (3.0, 0.0, 0.5, 20))
    dot = ((50.0, 50.0, 0.5, 30),)
    assert ink_length(Strokes(100, 100, (triangle, dot))) == pytest.approx(9.0)
    assert ink_length(Strokes(100, 100, ())) == 0


def sentence(width: int, height: int, characters: int, span: float) -> Strokes:
    """``characters`` two-stroke characters written left to right over ``span`` of the width."""
    size = width * span / characters
    strokes: list[tuple[Point, ...]] = []
    for i in range(characters):
        left = width * 0.05 + i * size
        strokes.append(line(left, height * 0.3, left + size * 0.8, height * 0.7))
        strokes.append(line(left + size * 0.8, height * 0.3, left, height * 0.7))
    return Strokes(width, height, tuple(strokes))


def test_the_copied_sentence_needs_many_strokes_across_the_pad() -> None:
    assert check_handwriting(sentence(960, 200, 17, 0.85), field="copy") == []
    [error] = check_handwriting(Strokes(960, 200, ()), field="disclosure.copy_pad")
    assert (error.field, error.rule) == ("disclosure.copy_pad", "HANDWRITING_REQUIRED")
    assert error.message
    # A signature-like scribble is not a copied sentence.
    assert rules(check_handwriting(sentence(960, 200, 3, 0.85), field="copy")) == [
        "HANDWRITING_TOO_FEW_STROKES"
    ]
    # Seventeen characters crammed into the left fifth.
    assert rules(check_handwriting(sentence(960, 200, 17, 0.2), field="copy")) == [
        "HANDWRITING_TOO_NARROW"
    ]
    # Thirty-four dots spread across the pad.
    dots = Strokes(960, 200, tuple(((30.0 + 25 * i, 100.0, 0.5, i),) for i in range(34)))
    assert rules(check_handwriting(dots, field="copy")) == ["HANDWRITING_TOO_SHORT"]


points = st.tuples(
    st.floats(-50, 5000, allow_nan=False),
    st.floats(-50, 5000, allow_nan=False),
    st.floats(0, 1),
    st.integers(0, 10_000_000),
)
drawings = st.builds(
    Strokes,
    st.integers(1, 5000),
    st.integers(1, 5000),
    st.lists(st.lists(points, max_size=30).map(tuple), max_size=10).map(tuple),
)


@given(drawings)
def test_json_round_trip_keeps_every_point_within_rounding(strokes: Strokes) -> None:
    text = json.dumps(strokes_to_json(strokes))
    back = strokes_from_json(json.loads(text))
    assert (back.width, back.height) == (strokes.width, strokes.height)
    assert [len(s) for s in back.strokes] == [len(s) for s in strokes.strokes]
    for before, after in zip(strokes.strokes, back.strokes, strict=True):
        for (x, y, p, t), (x2, y2, p2, t2) in zip(before, after, strict=True):
            assert abs(x - x2) <= 0.05 + 1e-9 and abs(y - y2) <= 0.05 + 1e-9
            assert abs(p - p2) <= 0.005 + 1e-9 and 0 <= p2 <= 1
            assert t2 == t
    # Rounded once, stable after: a stored signature hashes the same every time.
    assert strokes_from_json(strokes_to_json(back)) == back


def test_json_is_compact() -> None:
    stroke = tuple((10.0 + i / 3, 20.0, 0.123456, i * 7) for i in range(3))
    data = strokes_to_json(Strokes(480, 160, (stroke,)))
    assert data == {
        "version": 1,
        "width": 480,
        "height": 160,
        "strokes": [[10, 20, 0.12, 0, 10.3, 20, 0.12, 7, 10.7, 20, 0.12, 14]],
    }


@pytest.mark.parametrize(
    "change",
    [
        {"version": 2},
        {"width": 0},
        {"height": "160"},
        {"width": True},
        {"strokes": "nope"},
        {"strokes": [[1, 2, 0.5]]},
        {"strokes": [[1, 2, 1.5, 0]]},
        {"strokes": [[1, 2, 0.5, -1]]},
        {"strokes": [[1, 2, 0.5, 0.5]]},
        {"strokes": [[float("nan"), 2, 0.5, 0]]},
        {"strokes": [["1", 2, 0.5, 0]]},
    ],
)
def test_malformed_json_is_refused(change: dict[str, Any]) -> None:
    data = {"version": 1, "width": 480, "height": 160, "strokes": [[1, 2, 0.5, 0]]}
    assert strokes_from_json(data) == Strokes(480, 160, (((1.0, 2.0, 0.5, 0),),))
    with pytest.raises(ValueError):
        strokes_from_json({**data, **change})
