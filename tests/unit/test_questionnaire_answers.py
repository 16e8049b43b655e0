"""Checking an answers file, the content hash, and scoring properties (hypothesis)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.questionnaire import (
    QuestionnaireError,
    check_answers,
    parse_questionnaire,
    raw_score,
)
from app.rulebook import questionnaire_path
from tests.unit.test_questionnaire_scoring import (
    BANDS,
    BASE,
    MULTI,
    SCORES,
    Q,
    letter,
    raw_sheet,
    score,
)

# -- checking an answers file ---------------------------------------------------------


def test_check_answers_normalizes_a_valid_sheet() -> None:
    raw = raw_sheet(BASE)
    raw["9"] = ["C", "B", "C"]
    raw["12"] = "A"  # a single letter is accepted for a multi-select question
    raw["5"] = ["B"]  # a one-item list is accepted for a single-choice question
    answers, errors = check_answers(Q, raw)
    assert errors == []
    assert answers[9] == ("B", "C")
    assert answers[12] == ("A",)
    assert answers[5] == "B"
    assert answers[1] == "A"


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"3": None}, "answers.3", "ANSWER_REQUIRED"),
        ({"3": ""}, "answers.3", "ANSWER_REQUIRED"),
        ({"9": []}, "answers.9", "ANSWER_REQUIRED"),
        ({"7": "Z"}, "answers.7", "OPTION_UNKNOWN"),
        ({"5": "C"}, "answers.5", "OPTION_UNKNOWN"),  # Q5 has only A and B
        ({"12": ["A", "E"]}, "answers.12", "OPTION_UNKNOWN"),
        ({"7": 1}, "answers.7", "OPTION_UNKNOWN"),
        ({"7": ["A", "B"]}, "answers.7", "ONE_ANSWER_ONLY"),
        ({"21": "A"}, "answers.21", "QUESTION_UNKNOWN"),
        ({"0": "A"}, "answers.0", "QUESTION_UNKNOWN"),
    ],
)
def test_check_answers_errors(change: dict[str, Any], field: str, rule: str) -> None:
    raw = raw_sheet(BASE)
    for key, value in change.items():
        if value is None:
            del raw[key]
        else:
            raw[key] = value
    answers, errors = check_answers(Q, raw)
    assert [(e.field, e.rule) for e in errors] == [(field, rule)]
    assert errors[0].message
    number = int(field.split(".")[1])
    assert number not in answers


def test_check_answers_reports_every_problem() -> None:
    _, errors = check_answers(Q, {"1": "A", "2": "Q", "99": "A"})
    fields = [e.field for e in errors]
    assert fields[0] == "answers.99"
    assert "answers.2" in fields
    assert {f"answers.{n}" for n in range(3, 21)} <= set(fields)
    assert "answers.1" not in fields
    assert len(errors) == 1 + 1 + 18


# -- content hash ---------------------------------------------------------------------


def shipped_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(questionnaire_path("securities-20").read_text("utf-8"))
    return data


def test_content_hash_of_the_shipped_file() -> None:
    data = shipped_data()
    assert parse_questionnaire(data).content_hash == Q.content_hash
    # Key order and whitespace do not matter.
    reordered = json.loads(json.dumps(data, indent=4, sort_keys=True))
    assert parse_questionnaire(reordered).content_hash == Q.content_hash


@pytest.mark.parametrize(
    "path",
    [
        ("title", "zh_CN"),
        ("instructions", "en"),
        ("source", "zh_CN"),
        ("questions", 0, "text", "zh_CN"),
        ("questions", 14, "options", 0, "text", "en"),
        ("questions", 19, "options", 4, "text", "zh_CN"),
        ("capacity_question", "text", "en"),
        ("capacity_question", "options", 1, "text", "zh_CN"),
        ("warnings", 2, "text", "en"),
    ],
)
def test_content_hash_changes_with_any_text(path: tuple[str | int, ...]) -> None:
    data = copy.deepcopy(shipped_data())
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = node[path[-1]] + "。"
    changed = parse_questionnaire(data)
    assert changed.content_hash != Q.content_hash


def test_content_hash_changes_with_a_score() -> None:
    data = copy.deepcopy(shipped_data())
    data["questions"][0]["options"][0]["score"] = 2
    assert parse_questionnaire(data).content_hash != Q.content_hash


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d.pop("id"), "id"),
        (lambda d: d["questions"][3].update(number=7), "questions.3"),
        (lambda d: d["questions"][0]["options"][1].update(letter="C"), "questions.0.options.1"),
        (lambda d: d["questions"][0]["options"][1].update(score=-1), "questions.0.options.1"),
        (lambda d: d["bands"][2].update(min=38), "bands.2"),
        (lambda d: d["mappings"]["horizon"]["options"].pop("C"), "mappings.horizon"),
        (lambda d: d["warnings"][0]["when"]["all"][1]["any"][0].update(any_of=["Z"]), None),
        (lambda d: d["capacity_question"]["options"].pop(), "capacity_question.options"),
    ],
)
def test_broken_questionnaire_is_refused(mutate: Any, key: str | None) -> None:
    data = copy.deepcopy(shipped_data())
    mutate(data)
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(data)
    if key is not None:
        assert caught.value.key == key
    else:
        assert caught.value.key.startswith("warnings.0.when")
    assert caught.value.problem


# -- properties -----------------------------------------------------------------------


def answer_for(question_number: int) -> st.SearchStrategy[str | tuple[str, ...]]:
    letters = [letter(i) for i in range(len(SCORES[question_number]))]
    if question_number in MULTI:
        return st.lists(st.sampled_from(letters), min_size=1, unique=True).map(
            lambda chosen: tuple(sorted(chosen))
        )
    return st.sampled_from(letters)


answer_sheets = st.fixed_dictionaries({number: answer_for(number) for number in SCORES})


def band_of(value: int) -> str:
    return next(level for level, low, high in BANDS if low <= value <= high)


def expected_score(answers: dict[int, str | tuple[str, ...]]) -> int:
    total = 0
    for number, chosen in answers.items():
        letters = (chosen,) if isinstance(chosen, str) else chosen
        total += max(SCORES[number][ord(x) - ord("A")] for x in letters)
    return total


@settings(max_examples=200, deadline=None)
@given(answer_sheets, st.sampled_from(["full", "limited", "none"]), st.none() | st.integers(0, 99))
def test_any_valid_sheet_scores_within_its_band(
    answers: dict[int, str | tuple[str, ...]], capacity: str, age: int | None
) -> None:
    normalized, errors = check_answers(Q, raw_sheet(answers))
    assert errors == []
    assert normalized == answers
    result = score(normalized, civil_capacity=capacity, age=age)
    assert 0 <= result.score <= 100
    assert result.score == expected_score(answers)
    assert result.level == band_of(result.score) == Q.level_for(result.score)
    assert result.lowest_category == (
        result.level == "C1" and (capacity != "full" or answers[15] == "A")
    )


@settings(max_examples=200, deadline=None)
@given(answer_sheets, st.data())
def test_a_higher_scoring_option_never_lowers_the_score(
    answers: dict[int, str | tuple[str, ...]], data: st.DataObject
) -> None:
    number = data.draw(st.sampled_from([n for n in SCORES if n not in MULTI]))
    current = answers[number]
    assert isinstance(current, str)
    scores = SCORES[number]
    better = [letter(i) for i, s in enumerate(scores) if s >= scores[ord(current) - ord("A")]]
    switched = {**answers, number: data.draw(st.sampled_from(better))}
    assert raw_score(Q, switched) >= raw_score(Q, answers)


@settings(max_examples=200, deadline=None)
@given(answer_sheets, st.sampled_from(sorted(MULTI)), st.data())
def test_choosing_one_more_option_never_lowers_the_score(
    answers: dict[int, str | tuple[str, ...]], number: int, data: st.DataObject
) -> None:
    extra = data.draw(st.sampled_from([letter(i) for i in range(len(SCORES[number]))]))
    current = answers[number]
    assert isinstance(current, tuple)
    wider = {**answers, number: tuple(sorted({*current, extra}))}
    assert raw_score(Q, wider) >= raw_score(Q, answers)
