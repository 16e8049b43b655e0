"""The PDF font resolver: only TrueType-outline fonts that print Chinese, or a clear error."""

from __future__ import annotations

import os
import re
import stat
import struct
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.documents import fonts
from app.documents.fonts import FONT_ENV, FontUnavailable, font_problem, resolve_cjk_font
from app.errors import UserError

CJK = (0x4E00, 0x9FFF)
LATIN = (0x20, 0x7E)


def cmap12(first: int, last: int) -> bytes:
    groups = struct.pack(">III", first, last, 1)
    subtable = struct.pack(">HHIII", 12, 0, 16 + len(groups), 0, 1) + groups
    return struct.pack(">HHHHI", 0, 1, 3, 10, 12) + subtable


def cmap4(first: int, last: int) -> bytes:
    delta = (1 - first) & 0xFFFF  # glyph 1 for the first character
    body = struct.pack(">HH", last, 0xFFFF) + b"\0\0" + struct.pack(">HH", first, 0xFFFF)
    body += struct.pack(">HH", delta, 1) + struct.pack(">HH", 0, 0)
    subtable = struct.pack(">HHHHHHH", 4, 14 + len(body), 0, 4, 4, 1, 0) + body
    return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + subtable


def sfnt(version: bytes, tables: dict[bytes, bytes], base: int = 0) -> bytes:
    """A font file's table directory and tables (contents other than cmap are dummies)."""
    directory = version + struct.pack(">HHHH", len(tables), 0, 0, 0)
    offset = base + 12 + 16 * len(tables)
    records, data = b"", b""
    for tag, table in tables.items():
        padded = table + b"\0" * (-len(table) % 4)
        records += struct.pack(">4sIII", tag, 0, offset, len(table))
        data += padded
        offset += len(padded)
    return directory + records + data


def truetype(cmap: bytes | None = None, base: int = 0) -> bytes:
    tables = {b"cmap": cmap or cmap12(*CJK), b"glyf": b"\0" * 8, b"loca": b"\0" * 4}
    return sfnt(b"\x00\x01\x00\x00", tables, base)


def cff(base: int = 0) -> bytes:
    return sfnt(b"OTTO", {b"CFF ": b"\0" * 8, b"cmap": cmap12(*CJK)}, base)


def collection(face: bytes) -> bytes:
    return b"ttcf" + struct.pack(">HHI", 1, 0, 1) + struct.pack(">I", 16) + face


def put(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every place the resolver looks points into an empty tmp_path; no fc-match on PATH."""
    monkeypatch.delenv(FONT_ENV, raising=False)
    monkeypatch.setenv("WINDIR", str(tmp_path / "windows"))
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path.joinpath("res", *parts))
    monkeypatch.setattr(fonts, "LINUX_FONT_PATHS", (str(tmp_path / "linux" / "wqy.ttc"),))
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    return tmp_path


def test_a_truetype_font_with_chinese_is_usable(tmp_path: Path) -> None:
    assert font_problem(put(tmp_path / "a.ttf", truetype())) is None
    assert font_problem(put(tmp_path / "b.ttf", truetype(cmap4(*CJK)))) is None
    assert font_problem(put(tmp_path / "c.ttc", collection(truetype(base=16)))) is None


def test_cff_flavoured_fonts_are_skipped(nowhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    otf = put(nowhere / "NotoSansCJK.otf", cff())
    ttc = put(nowhere / "NotoSansCJK.ttc", collection(cff(base=16)))
    good = put(nowhere / "res" / "fonts" / "good.ttf", truetype())
    assert "CFF" in (font_problem(otf) or "")
    assert "CFF" in (font_problem(ttc) or "")
    monkeypatch.setenv(FONT_ENV, str(ttc))
    assert resolve_cjk_font(str(otf)) == good


def test_a_font_without_chinese_is_skipped(tmp_path: Path) -> None:
    for cmap in (cmap12(*LATIN), cmap4(*LATIN)):
        assert font_problem(put(tmp_path / "latin.ttf", truetype(cmap))) == (
            "has no Chinese characters"
        )
    assert font_problem(put(tmp_path / "text.ttf", b"not a font at all")) is not None
    assert font_problem(put(tmp_path / "short.ttf", b"\x00\x01\x00\x00\x00\x09")) is not None


def test_nothing_usable_is_a_user_error_naming_every_place(nowhere: Path) -> None:
    configured = put(nowhere / "my.otf", cff())
    with pytest.raises(FontUnavailable) as raised:
        resolve_cjk_font(str(configured))
    message = str(raised.value)
    assert isinstance(raised.value, UserError)
    assert f"{configured} (CFF" in message
    assert f"{FONT_ENV} (not set)" in message
    assert str(Path(os.environ["WINDIR"]) / "Fonts" / "msyh.ttc") + " (not found)" in message
    assert str(nowhere / "res" / "fonts") in message
    if sys.platform != "win32":
        assert str(nowhere / "linux" / "wqy.ttc") + " (not found)" in message
    assert "fc-match" in message
    assert FONT_ENV in message.split("Searched:")[1]  # how to configure one


def test_the_search_order(nowhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    linux = put(nowhere / "linux" / "wqy.ttc", collection(truetype(base=16)))
    assert resolve_cjk_font() == linux
    bundled = put(nowhere / "res" / "fonts" / "bundled.ttf", truetype())
    assert resolve_cjk_font() == bundled
    windows = put(nowhere / "windows" / "Fonts" / "simhei.ttf", truetype())
    assert resolve_cjk_font() == windows
    env = put(nowhere / "env.ttf", truetype())
    monkeypatch.setenv(FONT_ENV, str(env))
    assert resolve_cjk_font() == env
    configured = put(nowhere / "configured.ttf", truetype())
    assert resolve_cjk_font(str(configured)) == configured


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for fc-match")
def test_fontconfig_is_asked_last_and_checked_like_any_other(nowhere: Path) -> None:
    latin = put(nowhere / "DejaVuSans.ttf", truetype(cmap12(*LATIN)))
    fc_match = nowhere / "bin" / "fc-match"
    fc_match.write_text(f"#!/bin/sh\nprintf '%s' '{latin}'\n", "utf-8")
    fc_match.chmod(fc_match.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(
        FontUnavailable, match=re.escape("DejaVuSans.ttf (has no Chinese characters)")
    ):
        resolve_cjk_font()
    chinese = put(nowhere / "chinese.ttf", truetype())
    fc_match.write_text(f"#!/bin/sh\nprintf '%s' '{chinese}'\n", "utf-8")
    assert resolve_cjk_font() == chinese


def test_the_font_is_registered_once() -> None:
    name = fonts.register_cjk_font()
    assert fonts.register_cjk_font() == name
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    assert ord("险") in font.face.charToGlyph
