"""esc(): whatever a user typed is printed literally, never read as ReportLab markup."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.documents.escape import esc, para

STYLE = ParagraphStyle("test", fontName="Helvetica")
ENTITY = re.compile(r"&(amp|lt|gt|quot|#x27);")
INJECTION = '<font color="[[[getattr(pow, \'x\')]]]">x</font><img src="/etc/passwd"/>'


def test_markup_characters_become_entities_and_newlines_breaks() -> None:
    assert esc("<b>\"Tom\" & 'Jerry'</b>\nline 2") == (
        "&lt;b&gt;&quot;Tom&quot; &amp; &#x27;Jerry&#x27;&lt;/b&gt;<br/>line 2"
    )
    assert esc("a\r\nb\rc") == "a<br/>b<br/>c"
    assert esc("&amp;") == "&amp;amp;"  # an entity typed by a user stays literal text
    assert esc(12.5) == "12.5"
    assert esc(None) == "None"


@given(st.text())
def test_no_raw_markup_survives(text: str) -> None:
    escaped = esc(text).replace("<br/>", "")
    assert "<" not in escaped
    assert ">" not in escaped
    assert all(ENTITY.match(escaped, m.start()) for m in re.finditer("&", escaped))


@given(st.text())
def test_escaping_loses_nothing(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert html.unescape(esc(text).replace("<br/>", "\n")) == expected


@given(st.text())
def test_a_paragraph_shows_exactly_the_text(text: str) -> None:
    paragraph = para(text, STYLE)
    paragraph.wrap(300, 10_000)

    # ReportLab collapses whitespace and takes a soft hyphen (U+00AD) as a break hint;
    # every other character must come through as typed.
    def visible(value: str) -> str:
        return "".join(value.replace("\xad", "").split())

    assert visible(paragraph.getPlainText()) == visible(text)


def test_the_known_injection_is_inert() -> None:
    paragraph = para(INJECTION, STYLE)
    assert {frag.textColor for frag in paragraph.frags} == {STYLE.textColor}
    assert not any(getattr(frag, "cbDefn", None) for frag in paragraph.frags)  # no <img>
    paragraph.wrap(300, 1000)
    assert paragraph.getPlainText() == INJECTION
    # the same check on unescaped markup sees the colour change
    raw = Paragraph('<font color="red">x</font>', STYLE)
    assert {frag.textColor for frag in raw.frags} != {STYLE.textColor}
