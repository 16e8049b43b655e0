"""Text as typed with a Chinese input method, made comparable."""

from __future__ import annotations


def fold_full_width(text: str) -> str:
    """Full-width ASCII (２０２４－０３，ＡＢＣ) to half-width; the ideographic space to a space."""
    return "".join(
        chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else (" " if ch == "\u3000" else ch)
        for ch in text
    )
