"""Loading the rule packs and questionnaires: shipped in ``resources/``, or as head office
published them (validated, cached).

A broken file is refused as a whole with :class:`~app.domain.rulepack.RulePackError`
(file, key, problem); nothing half-loaded is ever used.
"""

from __future__ import annotations

import json
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

from app.domain.after_sale_rules import AfterSaleRules, parse_after_sale_rules, parse_holidays
from app.domain.questionnaire import (
    Questionnaire,
    QuestionnaireError,
    content_hash,
    parse_questionnaire,
)
from app.domain.rulepack import (
    Overlay,
    Rulebook,
    RulePack,
    RulePackError,
    parse_overlay,
    parse_pack,
)
from app.domain.work_calendar import WorkCalendar
from app.resources import resource_path

DEFAULT_QUESTIONNAIRE = "securities-20"
# Assessment validity and frequency follow NFRA-2025 Art. 29 for every client.
ASSESSMENT_RULES_PACK = "NFRA-2025"


def _read(path: Path, shown: str) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise RulePackError(shown, "(file)", f"cannot be read: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RulePackError(shown, "(file)", f"is not valid JSON: {exc}") from None


def _parse_json(text: str, shown: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulePackError(shown, "(file)", f"is not valid JSON: {exc}") from None


def _folder_files(folder: Path) -> dict[str, Any]:
    """The rule-pack files of ``folder`` by their path under ``resources/``."""
    files: dict[str, Any] = {}
    for path in sorted((folder / "overlays").glob("*.json")):
        shown = f"rulepacks/overlays/{path.name}"
        files[shown] = _read(path, shown)
    for path in sorted(folder.glob("*.json")):
        shown = f"rulepacks/{path.name}"
        files[shown] = _read(path, shown)
    return files


def _stem(shown: str) -> str:
    return shown.rsplit("/", 1)[-1].removesuffix(".json")


def load_rulebook_files(files: dict[str, Any]) -> Rulebook:
    """Rule packs (``rulepacks/X.json``) with their overlays (``rulepacks/overlays/Y.json``),
    each already read as JSON."""
    overlays: dict[str, Overlay] = {}
    for shown in sorted(f for f in files if f.startswith("rulepacks/overlays/")):
        overlay = parse_overlay(shown, files[shown])
        if overlay.name != _stem(shown):
            raise RulePackError(shown, "name", f"must be {_stem(shown)!r}, the file's name")
        overlays[overlay.name] = overlay
    packs: dict[str, RulePack] = {}
    claimed: dict[str, str] = {}
    for shown in sorted(f for f in files if f.count("/") == 1 and f.startswith("rulepacks/")):
        data = files[shown]
        pack = parse_pack(shown, data, overlays, content_hash=content_hash(data))
        if pack.name != _stem(shown):
            raise RulePackError(shown, "name", f"must be {_stem(shown)!r}, the file's name")
        for product_type in pack.product_types:
            if product_type in claimed:
                raise RulePackError(
                    shown,
                    f"product_types.{product_type}",
                    f"already governed by {claimed[product_type]}",
                )
            claimed[product_type] = pack.name
        packs[pack.name] = pack
    if not packs:
        raise RulePackError("rulepacks", "(folder)", "holds no rule pack")
    return Rulebook(packs)


def load_rulebook_from(folder: Path) -> Rulebook:
    """Every pack in ``folder`` (``*.json``) with the overlays in ``folder/overlays``."""
    return load_rulebook_files(_folder_files(folder))


# Questionnaires and rule packs head office published, in use instead of the shipped files
# of the same path once the whole set has validated: an immutable snapshot of
# (path under resources/, text) pairs, swapped in one assignment. Each snapshot's rulebook and
# questionnaires are cached apart, so a reader never mixes two sets.
Snapshot = tuple[tuple[str, str], ...]
_in_use: list[Snapshot] = [()]
_swap = threading.Lock()
_ID = re.compile(r"[A-Za-z0-9_-]+")


@cache
def _rulebook_for(snapshot: Snapshot) -> Rulebook:
    files = _folder_files(resource_path("rulepacks"))
    for shown, text in snapshot:
        if shown.startswith("rulepacks/"):
            files[shown] = _parse_json(text, shown)
    return load_rulebook_files(files)


def rulebook() -> Rulebook:
    """The rule packs in use: shipped, or as head office last published them."""
    return _rulebook_for(_in_use[0])


def questionnaire_path(questionnaire_id: str) -> Path:
    return resource_path("questionnaires", f"{questionnaire_id}.json")


@cache
def _questionnaire_for(snapshot: Snapshot, questionnaire_id: str) -> Questionnaire:
    if not _ID.fullmatch(questionnaire_id):
        raise KeyError(questionnaire_id)
    path = questionnaire_path(questionnaire_id)
    shown = f"questionnaires/{path.name}"
    published = dict(snapshot)
    if shown in published:
        data = _parse_json(published[shown], shown)
    elif path.is_file():
        data = _read(path, shown)
    else:
        raise KeyError(questionnaire_id)
    try:
        loaded = parse_questionnaire(data)
    except QuestionnaireError as exc:
        raise RulePackError(shown, exc.key, exc.problem) from None
    if loaded.id != questionnaire_id:
        raise RulePackError(shown, "id", f"must be {questionnaire_id!r}, the file's name")
    return loaded


def questionnaire(questionnaire_id: str = DEFAULT_QUESTIONNAIRE) -> Questionnaire:
    """A questionnaire by id (head office's published version if there is one); ``KeyError``
    if there is none."""
    return _questionnaire_for(_in_use[0], questionnaire_id)


def _place_ok(shown: str) -> bool:
    parts = shown.split("/")
    if not shown.endswith(".json") or not _ID.fullmatch(_stem(shown)):
        return False
    return parts[:-1] in (["rulepacks"], ["rulepacks", "overlays"], ["questionnaires"])


def check_published(published: dict[str, str]) -> Snapshot:
    """``published`` (path under resources/ → text) validated as a whole together with the
    shipped files it does not replace; raises :class:`RulePackError` on the first fault."""
    for shown in sorted(published):
        if not _place_ok(shown):
            raise RulePackError(
                shown, "(file)", "is not a rule pack, overlay or questionnaire file name"
            )
    snapshot = tuple(sorted(published.items()))
    _rulebook_for(snapshot)
    for shown, _text in snapshot:
        if shown.startswith("questionnaires/"):
            _questionnaire_for(snapshot, _stem(shown))
    return snapshot


def use_published(published: dict[str, str]) -> Rulebook | None:
    """Use head office's questionnaires and rule packs from now on; returns the rulebook now
    in use, or ``None`` if nothing changed. On any fault :class:`RulePackError` is raised
    and what was in use stays."""
    snapshot = check_published(published)
    with _swap:
        if snapshot == _in_use[0]:
            return None
        _in_use[0] = snapshot
    return _rulebook_for(snapshot)


@cache
def after_sale_rules() -> AfterSaleRules:
    """Complaint clocks, return-visit checklist and survey scale (loaded once)."""
    shown = "after_sale/rules.json"
    return parse_after_sale_rules(shown, _read(resource_path("after_sale", "rules.json"), shown))


@cache
def shipped_calendar() -> WorkCalendar:
    """The public holidays shipped with the app (administrators add more in Settings)."""
    shown = "after_sale/holidays_cn.json"
    return parse_holidays(shown, _read(resource_path("after_sale", "holidays_cn.json"), shown))


def load_all() -> Rulebook:
    """Load and validate everything shipped; raises :class:`RulePackError` on the first fault."""
    book = rulebook()
    questionnaire()
    after_sale_rules()
    shipped_calendar()
    return book
