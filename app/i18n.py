"""Translation without Qt.

All user-visible text in ``app/`` goes through :func:`translate` with an explicit context,
exactly like ``QCoreApplication.translate`` (``pyside6-lupdate`` extracts both). The
catalog is read straight from the ``.ts`` files in ``resources/translations`` so the
headless CLI speaks the same language as the GUI; the GUI installs a ``QTranslator``
backed by the same catalog (see ``ui/i18n.py``).
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from app.resources import resource_path

SUPPORTED_LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_active_language: str | None = None


def detect_language() -> str:
    """The language from ``ADVISOR_DESK_LANG``, else the system locale, else zh_CN."""
    wanted = os.environ.get("ADVISOR_DESK_LANG", "").strip()
    if wanted in SUPPORTED_LANGUAGES:
        return wanted
    system = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
    if system.startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def active_language() -> str:
    global _active_language
    if _active_language is None:
        _active_language = detect_language()
    return _active_language


def set_language(language: str) -> None:
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    global _active_language
    _active_language = language


def ts_file(language: str) -> Path:
    return resource_path("translations", f"advisor_desk_{language}.ts")


@cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """``(context, source) -> translation`` for one language; unfinished entries skipped."""
    path = ts_file(language)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def translate(context: str, text: str) -> str:
    """Translate ``text`` (English source) in ``context`` into the active language."""
    return catalog(active_language()).get((context, text), text)
