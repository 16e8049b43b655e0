"""The one way user and data text reaches ReportLab markup.

ReportLab's ``Paragraph`` parses its text as markup (``<font>``, ``<img>``, ``<a>``, entities),
and attributes such as ``color`` have been evaluated as Python before (CVE-2023-33733). So
nothing that came from a user or from data is handed to a ``Paragraph`` without
:func:`esc`; :func:`para` does that for you. Markup we write ourselves (``<br/>``) is added
*after* escaping, never interpolated into the escaped text.
"""

from __future__ import annotations

from html import escape as _html_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

__all__ = ["esc", "para"]


def esc(value: object) -> str:
    """``str(value)`` as literal Paragraph text: ``& < > " '`` escaped, newlines as ``<br/>``.

    Windows (``\\r\\n``) and old Mac (``\\r``) line ends count as newlines too.
    """
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _html_escape(text, quote=True).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A ``Paragraph`` showing ``text`` literally (always escaped with :func:`esc`)."""
    return Paragraph(esc(text), style)
