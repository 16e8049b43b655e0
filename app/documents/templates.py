"""Disclosure documents and fixed texts from versioned templates in ``resources/documents``.

A template's text is filled with the product's data (``str.format_map`` over plain
values; the PDF builder escapes the result). The rendered text's SHA-256 is what the
client saw and what the evidence page lists.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.i18n import active_language
from app.resources import resource_path

DOCUMENT_KINDS = ("prospectus", "risk_disclosure", "investor_rights", "contract_summary")


@dataclass(frozen=True)
class KeyRisk:
    id: str
    text: str


@dataclass(frozen=True)
class RenderedDocument:
    kind: str
    version: str
    title: str
    text: str
    key_risks: tuple[KeyRisk, ...]

    @property
    def sha256(self) -> str:
        canonical = json.dumps(
            {
                "kind": self.kind,
                "version": self.version,
                "title": self.title,
                "text": self.text,
                "key_risks": [[k.id, k.text] for k in self.key_risks],
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Blank(dict[str, str]):
    """Unknown placeholders render empty rather than failing a sale."""

    def __missing__(self, key: str) -> str:
        return ""


@cache
def _template(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("documents", f"{kind}.json").read_text("utf-8"))
    return data


@cache
def _fixed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("documents", "fixed_texts.json").read_text("utf-8")
    )
    return data


def _pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts["zh_CN"]


def render_document(
    kind: str, values: dict[str, str], language: str | None = None
) -> RenderedDocument:
    """The document ``kind`` filled with ``values`` in ``language`` (default: current)."""
    language = language or active_language()
    data = _template(kind)
    fill = _Blank(values)
    parts = []
    for section in data["sections"]:
        parts.append(_pick(section["heading"], language).format_map(fill).strip())
        parts.append(_pick(section["body"], language).format_map(fill).strip())
        parts.append("")
    risks = tuple(
        KeyRisk(str(r["id"]), _pick(r["text"], language).format_map(fill))
        for r in data.get("key_risks", [])
    )
    return RenderedDocument(
        kind=kind,
        version=str(data["version"]),
        title=_pick(data["title"], language),
        text="\n".join(parts).strip(),
        key_risks=risks,
    )


def fixed_text(key: str, values: dict[str, str] | None = None, language: str | None = None) -> str:
    """A fixed text (copy sentence, warnings, commitments…) filled with ``values``."""
    language = language or active_language()
    return _pick(_fixed()[key], language).format_map(_Blank(values or {}))


def recording_checklist(language: str | None = None) -> list[tuple[str, str]]:
    """The 双录 points as ``(id, text)``."""
    language = language or active_language()
    return [
        (str(item["id"]), item.get(language) or item["zh_CN"])
        for item in _fixed()["recording_checklist"]
    ]


def copy_sentence() -> str:
    """The sentence the client copies by hand, always in Chinese (RULES §6)."""
    return fixed_text("copy_sentence", language="zh_CN")
