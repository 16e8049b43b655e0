"""Loading the shipped rule packs and questionnaires from ``resources/`` (validated, cached).

A broken file is refused as a whole with :class:`~app.domain.rulepack.RulePackError`
(file, key, problem); nothing half-loaded is ever used.
"""

from __future__ import annotations

import json
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


def load_rulebook_from(folder: Path) -> Rulebook:
    """Every pack in ``folder`` (``*.json``) with the overlays in ``folder/overlays``."""
    overlays: dict[str, Overlay] = {}
    for path in sorted((folder / "overlays").glob("*.json")):
        shown = f"rulepacks/overlays/{path.name}"
        overlay = parse_overlay(shown, _read(path, shown))
        if overlay.name != path.stem:
            raise RulePackError(shown, "name", f"must be {path.stem!r}, the file's name")
        overlays[overlay.name] = overlay
    packs: dict[str, RulePack] = {}
    claimed: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        shown = f"rulepacks/{path.name}"
        data = _read(path, shown)
        pack = parse_pack(shown, data, overlays, content_hash=content_hash(data))
        if pack.name != path.stem:
            raise RulePackError(shown, "name", f"must be {path.stem!r}, the file's name")
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


@cache
def rulebook() -> Rulebook:
    """The shipped rule packs (loaded once per process)."""
    return load_rulebook_from(resource_path("rulepacks"))


def questionnaire_path(questionnaire_id: str) -> Path:
    return resource_path("questionnaires", f"{questionnaire_id}.json")


@cache
def questionnaire(questionnaire_id: str = DEFAULT_QUESTIONNAIRE) -> Questionnaire:
    """A shipped questionnaire by id; ``KeyError`` if there is none."""
    path = questionnaire_path(questionnaire_id)
    if not questionnaire_id.replace("-", "").replace("_", "").isalnum() or not path.is_file():
        raise KeyError(questionnaire_id)
    shown = f"questionnaires/{path.name}"
    try:
        loaded = parse_questionnaire(_read(path, shown))
    except QuestionnaireError as exc:
        raise RulePackError(shown, exc.key, exc.problem) from None
    if loaded.id != questionnaire_id:
        raise RulePackError(shown, "id", f"must be {questionnaire_id!r}, the file's name")
    return loaded


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
