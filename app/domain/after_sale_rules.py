"""The after-sale rules as data: complaint clocks, channels, categories, the return-visit
checklist and the survey scale, parsed and checked as a whole.

A fault names the file, the key and the problem (:class:`~app.domain.rulepack.RulePackError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.complaint_clock import ComplaintRules
from app.domain.rulepack import RulePackError
from app.domain.work_calendar import WorkCalendar


@dataclass(frozen=True)
class Choice:
    id: str
    zh: str
    en: str

    def text(self, language: str) -> str:
        return self.zh if language == "zh_CN" else self.en


@dataclass(frozen=True)
class AfterSaleRules:
    version: str
    complaints: ComplaintRules
    channels: tuple[Choice, ...]
    categories: tuple[Choice, ...]
    visit_due_working_days: int
    visit_checklist: tuple[Choice, ...]
    score_min: int
    score_max: int

    def channel_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.channels)

    def category_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.categories)


def _section(file: str, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise RulePackError(file, key, "must be an object")
    return value


def _count(file: str, data: Mapping[str, Any], prefix: str, key: str, low: int = 1) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise RulePackError(file, f"{prefix}.{key}", f"must be a whole number ≥ {low}")
    return value


def _choices(file: str, data: Mapping[str, Any], prefix: str, key: str) -> tuple[Choice, ...]:
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise RulePackError(file, f"{prefix}.{key}", "must be a non-empty list")
    seen: set[str] = set()
    result = []
    for index, item in enumerate(items):
        where = f"{prefix}.{key}[{index}]"
        if not isinstance(item, Mapping):
            raise RulePackError(file, where, "must be an object")
        for field in ("id", "zh_CN", "en"):
            if not isinstance(item.get(field), str) or not item[field].strip():
                raise RulePackError(file, f"{where}.{field}", "must be non-empty text")
        if item["id"] in seen:
            raise RulePackError(file, f"{where}.id", f"{item['id']!r} appears twice")
        seen.add(item["id"])
        result.append(Choice(item["id"], item["zh_CN"], item["en"]))
    return tuple(result)


def parse_after_sale_rules(file: str, data: Any) -> AfterSaleRules:
    if not isinstance(data, Mapping):
        raise RulePackError(file, "(file)", "must be a JSON object")
    if not isinstance(data.get("version"), str):
        raise RulePackError(file, "version", "must be text")
    complaints = _section(file, data, "complaints")
    visit = _section(file, data, "return_visit")
    score = _section(file, data, "satisfaction")
    c = "complaints"
    rules = ComplaintRules(
        acknowledge_hours=_count(file, complaints, c, "acknowledge_hours"),
        decision_days=_count(file, complaints, c, "decision_days"),
        extended_decision_days=_count(file, complaints, c, "extended_decision_days"),
        further_extension_days=_count(file, complaints, c, "further_extension_days"),
        internal_target_working_days=_count(file, complaints, c, "internal_target_working_days"),
    )
    if rules.extended_decision_days < rules.decision_days:
        raise RulePackError(file, f"{c}.extended_decision_days", "must not be below decision_days")
    low = _count(file, score, "satisfaction", "min")
    high = _count(file, score, "satisfaction", "max")
    if high <= low:
        raise RulePackError(file, "satisfaction.max", "must be above min")
    return AfterSaleRules(
        version=data["version"],
        complaints=rules,
        channels=_choices(file, complaints, c, "channels"),
        categories=_choices(file, complaints, c, "categories"),
        visit_due_working_days=_count(
            file, visit, "return_visit", "due_working_days_after_cooling_off", low=0
        ),
        visit_checklist=_choices(file, visit, "return_visit", "checklist"),
        score_min=low,
        score_max=high,
    )


def parse_holidays(file: str, data: Any) -> WorkCalendar:
    """The shipped public holidays and worked weekends."""
    if not isinstance(data, Mapping):
        raise RulePackError(file, "(file)", "must be a JSON object")
    days: dict[str, list[date]] = {}
    for key in ("holidays", "workdays"):
        items = data.get(key)
        if not isinstance(items, list):
            raise RulePackError(file, key, "must be a list")
        parsed = []
        for index, item in enumerate(items):
            try:
                parsed.append(date.fromisoformat(item["date"]))
            except (TypeError, KeyError, ValueError):
                raise RulePackError(
                    file, f"{key}[{index}].date", "must be a date YYYY-MM-DD"
                ) from None
        days[key] = parsed
    both = set(days["holidays"]) & set(days["workdays"])
    if both:
        raise RulePackError(file, "workdays", f"{min(both)} is also a holiday")
    return WorkCalendar.of(days["holidays"], days["workdays"])
