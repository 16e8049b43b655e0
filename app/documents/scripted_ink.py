"""Deterministic handwriting for scripted cases (``demo``, ``--selftest``, benchmarks).

Not a signature anyone gave: the demo and the self-test sign their own fictional cases.
"""

from __future__ import annotations

import math
import random

from app.documents.model import Point, Strokes


def scripted_strokes(
    seed: int, *, characters: int = 3, width: int = 480, height: int = 160
) -> Strokes:
    """``characters`` cursive-looking glyphs of 3–5 strokes each, left to right."""
    rng = random.Random(seed)  # noqa: S311 - scripted ink, not a secret
    strokes: list[tuple[Point, ...]] = []
    cell = (width - 40) / max(1, characters)
    t = 0
    for index in range(characters):
        left = 20 + index * cell
        for _ in range(rng.randint(3, 5)):
            x0 = left + rng.uniform(0.1, 0.5) * cell
            y0 = height * rng.uniform(0.25, 0.6)
            angle = rng.uniform(0, math.pi)
            length = cell * rng.uniform(0.4, 0.8)
            points: list[Point] = []
            for step in range(12):
                fraction = step / 11
                x = x0 + math.cos(angle) * length * fraction * 0.6
                y = y0 + math.sin(angle) * length * fraction * 0.5 + math.sin(fraction * 6) * 4
                pressure = 0.35 + 0.4 * math.sin(math.pi * fraction)
                points.append((round(x, 1), round(y, 1), round(pressure, 2), t))
                t += 8
            strokes.append(tuple(points))
            t += 120
    return Strokes(width, height, tuple(strokes))
