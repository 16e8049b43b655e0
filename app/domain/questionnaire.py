"""The risk questionnaire as data, and scoring an answer sheet (pure, no I/O).

A questionnaire (``resources/questionnaires/*.json``) holds its questions, options and
scores, the score bands, which questions give the horizon and the intended varieties,
and the inconsistency warnings. :func:`parse_questionnaire` validates one; its content
hash is stored with every assessment. :func:`score_answers` turns answers into a level
(``RULES.md`` §4): multi-select questions count their highest chosen option; a C1 result
needs the civil-capacity answer; "cannot bear any loss" or a lack of full capacity at C1
puts the client in the lowest category.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import FieldError
from app.i18n import active_language, translate

CAPACITY_VALUES = ("full", "limited", "none")


class QuestionnaireError(ValueError):
    """A questionnaire file that cannot be used: which key and what is wrong."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key, self.problem = key, problem


@dataclass(frozen=True)
class Option:
    letter: str
    score: int
    text: Mapping[str, str]


@dataclass(frozen=True)
class Question:
    number: int
    key: str
    multi: bool
    text: Mapping[str, str]
    options: tuple[Option, ...]

    def option(self, letter: str) -> Option | None:
        return next((o for o in self.options if o.letter == letter), None)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    content_hash: str
    title: Mapping[str, str]
    instructions: Mapping[str, str]
    bands: tuple[tuple[str, int, int], ...]
    questions: tuple[Question, ...]
    capacity_text: Mapping[str, str]
    capacity_options: Mapping[str, Mapping[str, str]]
    horizon_question: int
    horizon_options: Mapping[str, str]
    varieties_question: int
    varieties_options: Mapping[str, str]
    cannot_bear_loss: tuple[int, str]
    age_over_60: tuple[int, str]
    warnings: tuple[Mapping[str, Any], ...]

    def question(self, number: int) -> Question:
        return self.questions[number - 1]

    def level_for(self, score: int) -> str:
        for level, low, high in self.bands:
            if low <= score <= high:
                return level
        raise ValueError(score)


@dataclass(frozen=True)
class AnswerWarning:
    code: str
    message: str


@dataclass(frozen=True)
class ScoreResult:
    score: int
    level: str
    lowest_category: bool
    horizon: str
    varieties: tuple[str, ...]
    warnings: tuple[AnswerWarning, ...]
    civil_capacity: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "score": self.score,
            "level": self.level,
            "lowest_category": self.lowest_category,
            "horizon": self.horizon,
            "varieties": list(self.varieties),
            "warnings": [{"code": w.code, "message": w.message} for w in self.warnings],
        }


Answers = Mapping[int, str | tuple[str, ...]]


def content_hash(data: Any) -> str:
    """SHA-256 of the canonical JSON form (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _texts(data: Any, key: str) -> dict[str, str]:
    if not isinstance(data, dict) or not all(
        isinstance(data.get(lang), str) and data[lang].strip() for lang in ("zh_CN", "en")
    ):
        raise QuestionnaireError(key, "needs non-empty zh_CN and en texts")
    return {"zh_CN": data["zh_CN"], "en": data["en"]}


def _condition_ok(node: Any, key: str, questions: Mapping[int, Question]) -> None:
    if not isinstance(node, dict) or len(node) == 0:
        raise QuestionnaireError(key, "must be a condition object")
    if "all" in node or "any" in node:
        parts = node.get("all", node.get("any"))
        if not isinstance(parts, list) or not parts:
            raise QuestionnaireError(key, "all/any needs a non-empty list")
        for index, part in enumerate(parts):
            _condition_ok(part, f"{key}.{index}", questions)
    elif "age_over" in node:
        if not isinstance(node["age_over"], int):
            raise QuestionnaireError(key, "age_over must be a whole number")
    else:
        number = node.get("question")
        letters = node.get("any_of")
        if not isinstance(number, int) or number not in questions or not isinstance(letters, list):
            raise QuestionnaireError(key, "needs an existing question and an any_of list")
        for letter in letters:
            if questions[number].option(letter) is None:
                raise QuestionnaireError(key, f"question {number} has no option {letter}")


def parse_questionnaire(data: Any) -> Questionnaire:
    """Validate a questionnaire document; raises :class:`QuestionnaireError`."""
    if not isinstance(data, dict):
        raise QuestionnaireError("(top)", "must be an object")
    for key in ("id", "version"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise QuestionnaireError(key, "must be a non-empty string")
    questions: list[Question] = []
    for index, raw in enumerate(data.get("questions") or []):
        key = f"questions.{index}"
        if not isinstance(raw, dict) or raw.get("number") != index + 1:
            raise QuestionnaireError(key, f"must be question number {index + 1}")
        options = []
        for o_index, option in enumerate(raw.get("options") or []):
            o_key = f"{key}.options.{o_index}"
            letter = chr(ord("A") + o_index)
            if not isinstance(option, dict) or option.get("letter") != letter:
                raise QuestionnaireError(o_key, f"must be option {letter}")
            score = option.get("score")
            if not isinstance(score, int) or isinstance(score, bool) or score < 0:
                raise QuestionnaireError(o_key, "score must be a whole number ≥ 0")
            options.append(Option(letter, score, _texts(option.get("text"), f"{o_key}.text")))
        if len(options) < 2:
            raise QuestionnaireError(key, "needs at least two options")
        questions.append(
            Question(
                number=index + 1,
                key=str(raw.get("key", index + 1)),
                multi=bool(raw.get("multi", False)),
                text=_texts(raw.get("text"), f"{key}.text"),
                options=tuple(options),
            )
        )
    if not questions:
        raise QuestionnaireError("questions", "must not be empty")
    by_number = {q.number: q for q in questions}
    bands = []
    expected_low = 0
    for index, band in enumerate(data.get("bands") or []):
        if (
            not isinstance(band, dict)
            or band.get("level") != f"C{index + 1}"
            or band.get("min") != expected_low
            or not isinstance(band.get("max"), int)
            or band["max"] < expected_low
        ):
            raise QuestionnaireError(f"bands.{index}", f"must be C{index + 1} from {expected_low}")
        bands.append((band["level"], band["min"], band["max"]))
        expected_low = band["max"] + 1
    maximum = sum(max(o.score for o in q.options) for q in questions)
    if len(bands) != 5 or bands[-1][2] < maximum:
        raise QuestionnaireError("bands", f"must be C1–C5 covering 0–{maximum}")
    mappings = data.get("mappings")
    if not isinstance(mappings, dict):
        raise QuestionnaireError("mappings", "missing")

    def mapped(name: str, allowed: tuple[str, ...]) -> tuple[int, dict[str, str]]:
        entry = mappings.get(name)
        key = f"mappings.{name}"
        if not isinstance(entry, dict) or entry.get("question") not in by_number:
            raise QuestionnaireError(key, "needs an existing question")
        question = by_number[entry["question"]]
        options = entry.get("options")
        if not isinstance(options, dict) or {*options} != {o.letter for o in question.options}:
            raise QuestionnaireError(key, "must map every option of its question")
        if any(value not in allowed for value in options.values()):
            raise QuestionnaireError(key, f"values must be among {', '.join(allowed)}")
        return question.number, dict(options)

    def single(name: str) -> tuple[int, str]:
        entry = mappings.get(name)
        key = f"mappings.{name}"
        if not isinstance(entry, dict) or entry.get("question") not in by_number:
            raise QuestionnaireError(key, "needs an existing question")
        if by_number[entry["question"]].option(entry.get("option", "")) is None:
            raise QuestionnaireError(key, "needs an existing option")
        return entry["question"], entry["option"]

    horizon_q, horizon_options = mapped("horizon", ("0-1y", "1-5y", "any"))
    varieties_q, varieties_options = mapped(
        "varieties", ("fixed_income", "equity", "derivatives", "complex")
    )
    warnings = []
    for index, warning in enumerate(data.get("warnings") or []):
        key = f"warnings.{index}"
        if not isinstance(warning, dict) or not isinstance(warning.get("code"), str):
            raise QuestionnaireError(key, "needs a code")
        _condition_ok(warning.get("when"), f"{key}.when", by_number)
        _texts(warning.get("text"), f"{key}.text")
        warnings.append(warning)
    capacity = data.get("capacity_question")
    if not isinstance(capacity, dict):
        raise QuestionnaireError("capacity_question", "missing")
    capacity_options = {
        str(o.get("value")): _texts(o.get("text"), f"capacity_question.options.{i}")
        for i, o in enumerate(capacity.get("options") or [])
        if isinstance(o, dict)
    }
    if set(capacity_options) != set(CAPACITY_VALUES):
        raise QuestionnaireError("capacity_question.options", "must be full, limited, none")
    return Questionnaire(
        id=data["id"],
        version=data["version"],
        content_hash=content_hash(data),
        title=_texts(data.get("title"), "title"),
        instructions=_texts(data.get("instructions"), "instructions"),
        bands=tuple(bands),
        questions=tuple(questions),
        capacity_text=_texts(capacity.get("text"), "capacity_question.text"),
        capacity_options=capacity_options,
        horizon_question=horizon_q,
        horizon_options=horizon_options,
        varieties_question=varieties_q,
        varieties_options=varieties_options,
        cannot_bear_loss=single("cannot_bear_loss"),
        age_over_60=single("age_over_60"),
        warnings=tuple(warnings),
    )


def text_of(texts: Mapping[str, str]) -> str:
    """The text in the current language (Chinese unless English is active)."""
    return texts["en"] if active_language() == "en" else texts["zh_CN"]


def _field(number: int) -> str:
    return f"answers.{number}"


def check_answers(
    questionnaire: Questionnaire, raw: Mapping[str, Any]
) -> tuple[dict[int, str | tuple[str, ...]], list[FieldError]]:
    """Normalize an answers mapping (``{"1": "A", "9": ["B", "C"]}``) or list problems."""
    errors: list[FieldError] = []
    answers: dict[int, str | tuple[str, ...]] = {}
    known = {str(q.number) for q in questionnaire.questions}
    for key in raw:
        if str(key) not in known:
            errors.append(
                FieldError(
                    f"answers.{key}",
                    "QUESTION_UNKNOWN",
                    translate("Questionnaire", "There is no question {key}.").format(key=key),
                )
            )
    for question in questionnaire.questions:
        value = raw.get(str(question.number))
        name = _field(question.number)
        if value is None or value == [] or value == "":
            errors.append(
                FieldError(
                    name,
                    "ANSWER_REQUIRED",
                    translate("Questionnaire", "Question {number} is not answered.").format(
                        number=question.number
                    ),
                )
            )
            continue
        letters = value if isinstance(value, list) else [value]
        if not question.multi and isinstance(value, list) and len(value) != 1:
            errors.append(
                FieldError(
                    name,
                    "ONE_ANSWER_ONLY",
                    translate("Questionnaire", "Question {number} takes one answer.").format(
                        number=question.number
                    ),
                )
            )
            continue
        bad = [v for v in letters if not isinstance(v, str) or question.option(v) is None]
        if bad:
            errors.append(
                FieldError(
                    name,
                    "OPTION_UNKNOWN",
                    translate("Questionnaire", "Question {number} has no option {letter}.").format(
                        number=question.number, letter=bad[0]
                    ),
                )
            )
            continue
        if question.multi:
            answers[question.number] = tuple(sorted(set(letters)))
        else:
            answers[question.number] = letters[0]
    return answers, errors


def _chosen(answers: Answers, number: int) -> tuple[str, ...]:
    value = answers.get(number, ())
    return (value,) if isinstance(value, str) else tuple(value)


def _holds(
    node: Mapping[str, Any], answers: Answers, questionnaire: Questionnaire, age: int | None
) -> bool:
    if "all" in node:
        return all(_holds(part, answers, questionnaire, age) for part in node["all"])
    if "any" in node:
        return any(_holds(part, answers, questionnaire, age) for part in node["any"])
    if "age_over" in node:
        if age is not None:
            return age > int(node["age_over"])
        number, letter = questionnaire.age_over_60
        return letter in _chosen(answers, number)
    return bool(set(node["any_of"]) & set(_chosen(answers, int(node["question"]))))


def raw_score(questionnaire: Questionnaire, answers: Answers) -> int:
    total = 0
    for question in questionnaire.questions:
        chosen = _chosen(answers, question.number)
        total += max((o.score for o in question.options if o.letter in chosen), default=0)
    return total


def score_answers(
    questionnaire: Questionnaire,
    answers: Answers,
    *,
    civil_capacity: str | None = None,
    age: int | None = None,
) -> tuple[ScoreResult | None, list[FieldError]]:
    """Score complete, checked answers (see :func:`check_answers`).

    ``age`` (full years, when the client's birth date is known) decides the age-based
    warnings; without it the age question's answer does.
    """
    score = raw_score(questionnaire, answers)
    level = questionnaire.level_for(score)
    if civil_capacity is not None and civil_capacity not in CAPACITY_VALUES:
        return None, [
            FieldError(
                "civil_capacity",
                "CHOICE_INVALID",
                translate("Questionnaire", "Civil capacity is one of full, limited or none."),
            )
        ]
    if level == "C1" and civil_capacity is None:
        return None, [
            FieldError(
                "civil_capacity",
                "CAPACITY_REQUIRED",
                translate(
                    "Questionnaire",
                    "A C1 result needs the answer to the civil-capacity question.",
                ),
            )
        ]
    loss_q, loss_letter = questionnaire.cannot_bear_loss
    lowest = level == "C1" and (civil_capacity != "full" or loss_letter in _chosen(answers, loss_q))
    horizon = questionnaire.horizon_options[_chosen(answers, questionnaire.horizon_question)[0]]
    varieties = tuple(
        sorted(
            {
                questionnaire.varieties_options[letter]
                for letter in _chosen(answers, questionnaire.varieties_question)
            },
            key=("fixed_income", "equity", "derivatives", "complex").index,
        )
    )
    warnings = tuple(
        AnswerWarning(str(w["code"]), text_of(w["text"]))
        for w in questionnaire.warnings
        if _holds(w["when"], answers, questionnaire, age)
    )
    return (
        ScoreResult(
            score=score,
            level=level,
            lowest_category=lowest,
            horizon=horizon,
            varieties=varieties,
            warnings=warnings,
            civil_capacity=civil_capacity,
        ),
        [],
    )
