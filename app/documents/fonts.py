"""Finding and registering the Chinese TrueType font the PDF documents are set in.

ReportLab embeds only TrueType-outline fonts (a ``glyf`` table); CFF-flavoured OpenType
(``OTTO``, most ``.otf`` files and Noto/Source Han CJK collections) cannot be used. A font
must also map Chinese characters: fontconfig happily answers ``:lang=zh`` with DejaVu on a
machine without CJK fonts, and a pack printed in empty boxes (tofu) is worse than none.
So every candidate is checked from its own bytes, and if nothing fits the user gets a
:class:`FontUnavailable` that says where we looked and how to configure a font.
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import UserError
from app.i18n import translate
from app.resources import resource_path

log = logging.getLogger(__name__)

FONT_ENV = "ADVISOR_DESK_PDF_FONT"
FONT_NAME = "AdvisorDeskCJK"
WINDOWS_FONT_FILES = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf")
LINUX_FONT_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
# Characters every pack prints; a font lacking any of them would show boxes.
REQUIRED_CHARACTERS = "中文风险揭示书签名投资者页"

_TRUETYPE_VERSIONS = (b"\x00\x01\x00\x00", b"true")


class FontUnavailable(UserError):
    """No usable Chinese TrueType font: the PDF documents cannot be produced."""


@dataclass
class _Search:
    """What was looked at, with the reason each place was passed over (for the message)."""

    configured: str | None
    passed_over: list[str] = field(default_factory=list)

    def skip(self, place: str, reason: str) -> None:
        log.debug("PDF font candidate %s skipped: %s", place, reason)
        self.passed_over.append(f"{place} ({reason})")


def resolve_cjk_font(configured: str | None = None) -> Path:
    """The first usable Chinese TrueType font file.

    Searched in order: ``configured``, the ``ADVISOR_DESK_PDF_FONT`` environment variable,
    the Windows fonts folder (Microsoft YaHei, SimSun, SimHei), ``resources/fonts``, the
    usual Linux paths (WenQuanYi, AR PL UMing) and fontconfig (``fc-match :lang=zh``).
    Raises :class:`FontUnavailable` naming every place searched when none fits.
    """
    search = _Search(configured)
    for path in _usable_fonts(search):
        return path
    raise _unavailable(search)


def register_cjk_font(configured: str | None = None) -> str:
    """Register the Chinese font with ReportLab once and return its font name.

    The first successful registration is kept for the life of the process; a failure is
    not cached, so installing a font and trying again works without a restart.
    """
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        search = _Search(configured)
        for path in _usable_fonts(search):
            try:
                # subfontIndex picks the first face of a .ttc; ReportLab embeds subsets.
                font = TTFont(FONT_NAME, str(path), subfontIndex=0)
            except (TTFError, OSError, ValueError) as err:
                # e.g. a font whose licence forbids embedding
                search.skip(
                    str(path),
                    translate("Documents", "cannot be embedded: {error}").format(error=err),
                )
                continue
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            log.info("PDF font: %s", path)
            _registered = FONT_NAME
            return FONT_NAME
        raise _unavailable(search)


_lock = threading.Lock()
_registered: str | None = None


def _usable_fonts(search: _Search) -> Iterator[Path]:
    for place, path in _candidates(search):
        if path is None:
            continue
        if not path.is_file():
            search.skip(place, translate("Documents", "not found"))
            continue
        problem = font_problem(path)
        if problem is not None:
            search.skip(place, problem)
            continue
        yield path


def _candidates(search: _Search) -> Iterator[tuple[str, Path | None]]:
    """(place as shown to the user, path) in search order; fontconfig is asked last, lazily."""
    if search.configured:
        yield search.configured, Path(search.configured)
    env = os.environ.get(FONT_ENV, "").strip()
    if env:
        yield f"{FONT_ENV}={env}", Path(env)
    else:
        search.passed_over.append(
            translate("Documents", "{variable} (not set)").format(variable=FONT_ENV)
        )

    windir = os.environ.get("WINDIR") or ("C:\\Windows" if sys.platform == "win32" else "")
    if windir:
        fonts_dir = Path(windir) / "Fonts"
        for name in WINDOWS_FONT_FILES:
            yield str(fonts_dir / name), fonts_dir / name

    bundled = resource_path("fonts")
    found = sorted(
        p
        for p in (bundled.iterdir() if bundled.is_dir() else ())
        if p.suffix.lower() in (".ttf", ".ttc")
    )
    if not found:
        search.skip(str(bundled), translate("Documents", "no .ttf or .ttc file"))
    for path in found:
        yield str(path), path

    if sys.platform != "win32":
        for name in LINUX_FONT_PATHS:
            yield name, Path(name)

    place = "fontconfig (fc-match :lang=zh)"
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        search.skip(place, translate("Documents", "fc-match not installed"))
        return
    try:
        answer = subprocess.run(  # noqa: S603 - fixed arguments, fc-match found on PATH
            [fc_match, "-f", "%{file}", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as err:
        search.skip(place, str(err))
        return
    file = answer.stdout.strip()
    if answer.returncode != 0 or not file:
        search.skip(place, translate("Documents", "no answer"))
        return
    yield f"{place}: {file}", Path(file)


def _unavailable(search: _Search) -> FontUnavailable:
    message = translate(
        "Documents",
        "No Chinese TrueType font was found, so the PDF documents cannot be produced. "
        "Searched: {places}. Install Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei, "
        "copy a .ttf or .ttc font into {folder}, or set the environment variable "
        "{variable} to the path of a Chinese TrueType font. OpenType/CFF fonts (.otf, "
        "Noto Sans CJK, Source Han) cannot be embedded.",
    ).format(
        places="; ".join(search.passed_over),
        folder=resource_path("fonts"),
        variable=FONT_ENV,
    )
    return FontUnavailable(message)


def font_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the Chinese PDF font (translated), or None when it can.

    Reads the sfnt header (the first face of a ``.ttc``): TrueType outlines (``glyf``)
    and a character map covering :data:`REQUIRED_CHARACTERS` are required.
    """
    try:
        with path.open("rb") as handle:
            tables = _table_directory(handle)
            if tables is None:
                return translate("Documents", "not a TrueType or OpenType font")
            if "glyf" not in tables or "loca" not in tables:
                return translate("Documents", "CFF/OpenType outlines, which cannot be embedded")
            if "cmap" not in tables:
                return translate("Documents", "no character map")
            missing = [c for c in REQUIRED_CHARACTERS if not _maps(handle, tables["cmap"], ord(c))]
    except (OSError, struct.error, ValueError) as err:
        return translate("Documents", "unreadable: {error}").format(error=err)
    if missing:
        return translate("Documents", "has no Chinese characters")
    return None


def _read(handle: BinaryIO, offset: int, size: int) -> bytes:
    handle.seek(offset)
    data = handle.read(size)
    if len(data) != size:
        raise ValueError("truncated font file")
    return data


def _table_directory(handle: BinaryIO) -> dict[str, int] | None:
    """Tag -> offset of the first face's tables, or None when this is no sfnt font."""
    offset = 0
    head = _read(handle, 0, 12)
    if head[:4] == b"ttcf":
        (count,) = struct.unpack(">I", head[8:12])
        if count < 1:
            return None
        (offset,) = struct.unpack(">I", _read(handle, 12, 4))
        head = _read(handle, offset, 12)
    version = head[:4]
    if version not in (*_TRUETYPE_VERSIONS, b"OTTO"):
        return None
    (count,) = struct.unpack(">H", head[4:6])
    records = _read(handle, offset + 12, 16 * count)
    tables = {}
    for i in range(count):
        tag, _checksum, table_offset, _length = struct.unpack(
            ">4sIII", records[16 * i : 16 * i + 16]
        )
        tables[tag.decode("latin-1")] = table_offset
    if version == b"OTTO":
        tables.pop("glyf", None)  # a CFF font: whatever else it holds, it has no TrueType outlines
    return tables


def _maps(handle: BinaryIO, cmap: int, code: int) -> bool:
    """Whether the font's Unicode character map gives ``code`` a real glyph."""
    _version, count = struct.unpack(">HH", _read(handle, cmap, 4))
    records = _read(handle, cmap + 4, 8 * count)
    subtables = []
    for i in range(count):
        platform, encoding, sub_offset = struct.unpack(">HHI", records[8 * i : 8 * i + 8])
        if (platform, encoding) in ((3, 10), (3, 1)) or platform == 0:
            subtables.append(cmap + sub_offset)
    for start in subtables:
        (fmt,) = struct.unpack(">H", _read(handle, start, 2))
        if fmt == 4 and _format4_maps(handle, start, code):
            return True
        if fmt == 12 and _format12_maps(handle, start, code):
            return True
    return False


def _format4_maps(handle: BinaryIO, start: int, code: int) -> bool:
    if code > 0xFFFF:
        return False
    (seg_x2,) = struct.unpack(">H", _read(handle, start + 6, 2))
    segs = seg_x2 // 2
    ends_at = start + 14
    starts_at = ends_at + seg_x2 + 2
    deltas_at = starts_at + seg_x2
    ranges_at = deltas_at + seg_x2
    ends = struct.unpack(f">{segs}H", _read(handle, ends_at, seg_x2))
    for i, end in enumerate(ends):
        if end < code:
            continue
        (first,) = struct.unpack(">H", _read(handle, starts_at + 2 * i, 2))
        if first > code:
            return False
        (delta,) = struct.unpack(">h", _read(handle, deltas_at + 2 * i, 2))
        (range_offset,) = struct.unpack(">H", _read(handle, ranges_at + 2 * i, 2))
        if range_offset == 0:
            return bool((code + delta) & 0xFFFF)
        glyph_at = ranges_at + 2 * i + range_offset + 2 * (code - first)
        (glyph,) = struct.unpack(">H", _read(handle, glyph_at, 2))
        return bool(glyph) and bool((glyph + delta) & 0xFFFF)
    return False


def _format12_maps(handle: BinaryIO, start: int, code: int) -> bool:
    (groups,) = struct.unpack(">I", _read(handle, start + 12, 4))
    data = _read(handle, start + 16, 12 * groups)
    for i in range(groups):
        first, last, glyph = struct.unpack(">III", data[12 * i : 12 * i + 12])
        if first <= code <= last:
            return bool(glyph + (code - first))
    return False
