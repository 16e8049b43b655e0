"""Handwritten signatures and hand-copied sentences: plausibility checks and storage form.

A pad captures :class:`~app.documents.model.Strokes`; before a case may go on, the ink must
look like someone actually signed (or copied the sentence) rather than tapped the pad. The
checks are deliberately lenient — they refuse the empty pad, a dot, a tick or a scribble
in a corner, never a short but real name — and every threshold is relative to the pad's
size, so a large touch screen and a small pen pad are judged alike.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

from app.documents.model import Point, Strokes
from app.errors import FieldError
from app.i18n import translate

JSON_VERSION = 1

# Defaults, each in units of the pad's shorter side (its height, on any sane pad). On a
# 480×160 pad: 120 px of ink, spanning at least 40 px one way or the other. The sparest
# real names pass with room to spare: 丁一 printed 50 px tall has about 150 px of ink.
SIGNATURE_MIN_INK = 0.75
SIGNATURE_MIN_EXTENT = 0.25

# The 抄录 sentence has 17 characters; a writer lifts the pen at least between characters.
HANDWRITING_MIN_STROKES = 17
HANDWRITING_MIN_INK = 6.0
# ...and the copy must run across at least half the pad's width.
HANDWRITING_MIN_WIDTH = 0.5


def ink_length(strokes: Strokes) -> float:
    """Total length of the drawn lines, in pad pixels (a single dot has none)."""
    return sum(_stroke_length(stroke) for stroke in strokes.strokes)


def _stroke_length(stroke: Iterable[Point]) -> float:
    total = 0.0
    previous: Point | None = None
    for point in stroke:
        if previous is not None:
            total += math.hypot(point[0] - previous[0], point[1] - previous[1])
        previous = point
    return total


def _inked(strokes: Strokes) -> list[tuple[Point, ...]]:
    return [stroke for stroke in strokes.strokes if stroke]


def _extent(strokes: Strokes) -> tuple[float, float]:
    """Width and height of the bounding box of every point (0, 0 when there are none)."""
    xs = [p[0] for stroke in strokes.strokes for p in stroke]
    ys = [p[1] for stroke in strokes.strokes for p in stroke]
    if not xs:
        return 0.0, 0.0
    return max(xs) - min(xs), max(ys) - min(ys)


def _shorter_side(strokes: Strokes) -> float:
    return float(max(1, min(strokes.width, strokes.height)))


def check_signature(
    strokes: Strokes,
    *,
    field: str,
    min_strokes: int = 1,
    min_ink: float = SIGNATURE_MIN_INK,
    min_extent: float = SIGNATURE_MIN_EXTENT,
) -> list[FieldError]:
    """Why ``strokes`` is not acceptable as a signature (empty list: acceptable).

    Refuses an empty pad (``SIGNATURE_REQUIRED``), fewer than ``min_strokes`` pen strokes
    (``SIGNATURE_TOO_FEW_STROKES``), ink whose bounding box is smaller than ``min_extent``
    times the pad's shorter side both ways (``SIGNATURE_TOO_SMALL``: a dot, a tick, a
    scribble in a corner) and a total ink length below ``min_ink`` times the pad's shorter
    side (``SIGNATURE_TOO_SHORT``). Only the first rule broken is reported: they all ask the
    signer for the same thing.
    """
    inked = _inked(strokes)
    if not inked:
        return [
            FieldError(field, "SIGNATURE_REQUIRED", translate("Signature", "Please sign here."))
        ]
    again = translate("Signature", "The signature is too short. Please clear it and sign again.")
    if len(inked) < min_strokes:
        return [FieldError(field, "SIGNATURE_TOO_FEW_STROKES", again)]
    side = _shorter_side(strokes)
    if max(_extent(strokes)) < min_extent * side:
        return [FieldError(field, "SIGNATURE_TOO_SMALL", again)]
    if ink_length(strokes) < min_ink * side:
        return [FieldError(field, "SIGNATURE_TOO_SHORT", again)]
    return []


def check_handwriting(
    strokes: Strokes,
    *,
    field: str,
    min_strokes: int = HANDWRITING_MIN_STROKES,
    min_ink: float = HANDWRITING_MIN_INK,
    min_width: float = HANDWRITING_MIN_WIDTH,
) -> list[FieldError]:
    """Why ``strokes`` cannot be the hand-copied risk sentence (empty list: acceptable).

    Stricter than :func:`check_signature`: at least ``min_strokes`` strokes
    (``HANDWRITING_TOO_FEW_STROKES``), ink spanning ``min_width`` of the pad's width
    (``HANDWRITING_TOO_NARROW``) and ``min_ink`` times its shorter side of total ink
    (``HANDWRITING_TOO_SHORT``); ``HANDWRITING_REQUIRED`` when the pad is empty. Only the
    first rule broken is reported.
    """
    inked = _inked(strokes)
    if not inked:
        return [
            FieldError(
                field,
                "HANDWRITING_REQUIRED",
                translate("Signature", "Please copy the sentence by hand."),
            )
        ]
    incomplete = translate(
        "Signature", "The copied sentence looks incomplete. Please copy the whole sentence."
    )
    if len(inked) < min_strokes:
        return [FieldError(field, "HANDWRITING_TOO_FEW_STROKES", incomplete)]
    if _extent(strokes)[0] < min_width * max(1, strokes.width):
        return [FieldError(field, "HANDWRITING_TOO_NARROW", incomplete)]
    if ink_length(strokes) < min_ink * _shorter_side(strokes):
        return [FieldError(field, "HANDWRITING_TOO_SHORT", incomplete)]
    return []


def _compact(value: float, digits: int) -> float | int:
    rounded = round(value, digits)
    return int(rounded) if rounded.is_integer() else rounded


def strokes_to_json(strokes: Strokes) -> dict[str, Any]:
    """A compact JSON-ready form: each stroke one flat ``[x, y, pressure, t, x, …]`` list.

    Coordinates are rounded to 0.1 px and pressure to 0.01 — finer than any pad resolves —
    which keeps a signature at a few kilobytes.
    """
    return {
        "version": JSON_VERSION,
        "width": strokes.width,
        "height": strokes.height,
        "strokes": [
            [
                value
                for x, y, pressure, t in stroke
                for value in (_compact(x, 1), _compact(y, 1), _compact(pressure, 2), int(t))
            ]
            for stroke in strokes.strokes
        ],
    }


def strokes_from_json(data: Mapping[str, Any]) -> Strokes:
    """The :class:`Strokes` that :func:`strokes_to_json` wrote; ``ValueError`` if malformed."""
    if data.get("version") != JSON_VERSION:
        raise ValueError(f"unknown strokes version: {data.get('version')!r}")
    width, height, raw = data.get("width"), data.get("height"), data.get("strokes")
    if not (_is_int(width) and _is_int(height)) or width <= 0 or height <= 0:
        raise ValueError("strokes width and height must be positive integers")
    if not isinstance(raw, list):
        raise ValueError("strokes must be a list")
    strokes: list[tuple[Point, ...]] = []
    for flat in raw:
        if not isinstance(flat, list) or len(flat) % 4:
            raise ValueError("each stroke must be a flat list of x, y, pressure, t")
        points: list[Point] = []
        for i in range(0, len(flat), 4):
            x, y, pressure, t = flat[i : i + 4]
            if not all(_is_number(v) for v in (x, y, pressure)) or not _is_int(t):
                raise ValueError("stroke point values must be numbers, t an integer")
            if not 0 <= pressure <= 1 or t < 0:
                raise ValueError("pressure must be within 0..1 and t not negative")
            points.append((float(x), float(y), float(pressure), int(t)))
        strokes.append(tuple(points))
    return Strokes(width=width, height=height, strokes=tuple(strokes))


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )
