"""The shipped risk questionnaire and scoring (app/domain/questionnaire.py, RULES.md §4)."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.questionnaire import (
    ScoreResult,
    check_answers,
    raw_score,
    score_answers,
)
from app.rulebook import questionnaire

Q = questionnaire()

# Option scores of RULES.md §4, question by question, in letter order.
SCORES = {
    1: [3, 2, 1, 1, 0],
    2: [1, 3, 4, 5, 6],
    3: [3, 2, 1, 0],
    4: [0, 1, 2, 3],
    5: [5, 0],
    6: [1, 2, 3, 5],
    7: [1, 2, 3, 4],
    8: [1, 3, 4, 6],
    9: [0, 1, 2, 4, 6],
    10: [1, 2, 3, 4, 0],
    11: [1, 3, 5],
    12: [2, 4, 5, 6],
    13: [0, 1, 3, 5, 6],
    14: [0, 2, 3, 4],
    15: [0, 2, 4, 6],
    16: [7, 5, 4, 3, 1],
    17: [5, 7, 3, 2, 0],
    18: [5, 3, 1],
    19: [1, 2, 4, 5],
    20: [4, 3, 2, 1, 0],
}
MULTI = {9, 12}
BANDS = [("C1", 0, 19), ("C2", 20, 36), ("C3", 37, 53), ("C4", 54, 82), ("C5", 83, 100)]

# A sheet with no inconsistency: a 35-year-old salaried client, medium horizon.
BASE: dict[int, str | tuple[str, ...]] = {
    1: "A",
    2: "D",
    3: "B",
    4: "B",
    5: "B",
    6: "B",
    7: "C",
    8: "B",
    9: ("B", "C"),
    10: "B",
    11: "B",
    12: ("A", "B"),
    13: "C",
    14: "B",
    15: "B",
    16: "A",
    17: "B",
    18: "A",
    19: "C",
    20: "A",
}


def sheet(**changes: str | tuple[str, ...]) -> dict[int, str | tuple[str, ...]]:
    """BASE with answers changed: ``sheet(q11="A", q12=("D",))``."""
    answers = dict(BASE)
    for key, value in changes.items():
        answers[int(key[1:])] = value
    return answers


def score(answers: dict[int, str | tuple[str, ...]], **kwargs: Any) -> ScoreResult:
    result, errors = score_answers(Q, answers, **kwargs)
    assert errors == []
    assert result is not None
    return result


def letter(index: int) -> str:
    return chr(ord("A") + index)


def sheet_with_score(target: int) -> dict[int, str | tuple[str, ...]]:
    """A complete single-answer sheet scoring exactly ``target`` (greedy from the minimum)."""
    answers: dict[int, str | tuple[str, ...]] = {}
    needed = target - sum(min(s) for s in SCORES.values())
    assert needed >= 0
    for number, scores in SCORES.items():
        low = min(scores)
        fitting = [i for i, s in enumerate(scores) if s - low <= needed]
        best = max(fitting, key=lambda i: scores[i])
        needed -= scores[best] - low
        answers[number] = (letter(best),) if number in MULTI else letter(best)
    assert needed == 0
    return answers


def warning_codes(result: ScoreResult) -> list[str]:
    return [w.code for w in result.warnings]


def raw_sheet(answers: dict[int, str | tuple[str, ...]]) -> dict[str, Any]:
    """The answers-file form: string keys, lists for multi-select."""
    return {str(k): list(v) if isinstance(v, tuple) else v for k, v in answers.items()}


# -- the shipped questionnaire -------------------------------------------------------


def test_shipped_questionnaire_parses() -> None:
    assert Q.id == "securities-20"
    assert Q.version
    assert len(Q.content_hash) == 64
    assert [q.number for q in Q.questions] == list(range(1, 21))
    assert {q.number for q in Q.questions if q.multi} == MULTI
    assert Q.bands == tuple(BANDS)
    assert Q.horizon_question == 11
    assert Q.varieties_question == 12
    assert Q.cannot_bear_loss == (15, "A")
    assert Q.age_over_60 == (17, "E")
    assert {w["code"] for w in Q.warnings} == {
        "ELDERLY_HIGH_RISK_GOAL",
        "LIMITED_EXPERIENCE_COMPLEX_VARIETIES",
        "NO_INCOME_LARGE_ASSETS",
        "SHORT_HORIZON_COMPLEX_INTENT",
    }
    for question in Q.questions:
        assert question.text["zh_CN"] and question.text["en"]


@pytest.mark.parametrize("number", list(SCORES))
def test_option_scores_match_the_rulebook(number: int) -> None:
    assert [o.score for o in Q.question(number).options] == SCORES[number]
    assert [o.letter for o in Q.question(number).options] == [
        letter(i) for i in range(len(SCORES[number]))
    ]


def test_max_score_is_100() -> None:
    best = {
        q.number: (
            tuple(o.letter for o in q.options)
            if q.multi
            else max(q.options, key=lambda o: o.score).letter
        )
        for q in Q.questions
    }
    assert raw_score(Q, best) == 100
    assert score(best).level == "C5"
    worst = sheet_with_score(10)
    assert raw_score(Q, worst) == 10


def test_questionnaire_lookup() -> None:
    assert questionnaire("securities-20") == Q
    with pytest.raises(KeyError):
        questionnaire("no-such-questionnaire")
    with pytest.raises(KeyError):
        questionnaire("../rulepacks/NFRA-2025")


# -- bands --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (0, "C1"),
        (19, "C1"),
        (20, "C2"),
        (36, "C2"),
        (37, "C3"),
        (53, "C3"),
        (54, "C4"),
        (82, "C4"),
        (83, "C5"),
        (100, "C5"),
    ],
)
def test_level_for(value: int, level: str) -> None:
    assert Q.level_for(value) == level


def test_level_for_outside_the_bands() -> None:
    with pytest.raises(ValueError):
        Q.level_for(101)
    with pytest.raises(ValueError):
        Q.level_for(-1)


@pytest.mark.parametrize(
    ("target", "level"),
    [
        (19, "C1"),
        (20, "C2"),
        (36, "C2"),
        (37, "C3"),
        (53, "C3"),
        (54, "C4"),
        (82, "C4"),
        (83, "C5"),
    ],
)
def test_full_sheets_at_band_boundaries(target: int, level: str) -> None:
    answers = sheet_with_score(target)
    _, errors = check_answers(Q, raw_sheet(answers))
    assert errors == []
    result = score(answers, civil_capacity="full")
    assert result.score == target
    assert result.level == level


# -- multi-select ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "chosen", "points"),
    [
        (9, ("A",), 0),
        (9, ("A", "E"), 6),
        (9, ("B", "C"), 2),
        (9, ("A", "B", "C", "D"), 4),
        (12, ("A",), 2),
        (12, ("A", "C"), 5),
        (12, ("D", "A"), 6),
    ],
)
def test_multi_select_scores_the_highest_chosen_option(
    number: int, chosen: tuple[str, ...], points: int
) -> None:
    without = raw_score(Q, {k: v for k, v in BASE.items() if k != number})
    assert raw_score(Q, sheet(**{f"q{number}": chosen})) == without + points


# -- civil capacity and the lowest category -------------------------------------------

C1_SHEET = sheet_with_score(10)  # Q15 = A (cannot bear any loss)
C1_CAN_BEAR_SOME = {**C1_SHEET, 15: "B"}  # 12, still C1


def test_c1_needs_civil_capacity() -> None:
    assert C1_SHEET[15] == "A"
    result, errors = score_answers(Q, C1_SHEET)
    assert result is None
    assert [(e.field, e.rule) for e in errors] == [("civil_capacity", "CAPACITY_REQUIRED")]
    assert errors[0].message


def test_invalid_civil_capacity() -> None:
    result, errors = score_answers(Q, BASE, civil_capacity="maybe")
    assert result is None
    assert [(e.field, e.rule) for e in errors] == [("civil_capacity", "CHOICE_INVALID")]


def test_c2_needs_no_civil_capacity() -> None:
    result = score(sheet_with_score(20))
    assert result.level == "C2"
    assert result.civil_capacity is None


@pytest.mark.parametrize(
    ("answers", "capacity", "lowest"),
    [
        (C1_SHEET, "full", True),  # Q15 = A
        (C1_CAN_BEAR_SOME, "full", False),
        (C1_CAN_BEAR_SOME, "limited", True),
        (C1_CAN_BEAR_SOME, "none", True),
        (C1_SHEET, "limited", True),
    ],
)
def test_lowest_category_at_c1(
    answers: dict[int, str | tuple[str, ...]], capacity: str, lowest: bool
) -> None:
    result = score(answers, civil_capacity=capacity)
    assert result.level == "C1"
    assert result.lowest_category is lowest
    assert result.civil_capacity == capacity


@pytest.mark.parametrize("capacity", [None, "full", "limited", "none"])
def test_never_lowest_category_above_c1(capacity: str | None) -> None:
    answers = {**sheet_with_score(25), 15: "A"}
    result = score(answers, civil_capacity=capacity)
    assert result.level == "C2"
    assert result.lowest_category is False


# -- horizon and varieties ----------------------------------------------------------


@pytest.mark.parametrize(("option", "horizon"), [("A", "0-1y"), ("B", "1-5y"), ("C", "any")])
def test_horizon_mapping(option: str, horizon: str) -> None:
    assert score(sheet(q11=option)).horizon == horizon


@pytest.mark.parametrize(
    ("chosen", "varieties"),
    [
        (("A",), ("fixed_income",)),
        (("B",), ("equity",)),
        (("C",), ("derivatives",)),
        (("D",), ("complex",)),
        (("D", "A"), ("fixed_income", "complex")),
        (("A", "B", "C", "D"), ("fixed_income", "equity", "derivatives", "complex")),
    ],
)
def test_varieties_mapping(chosen: tuple[str, ...], varieties: tuple[str, ...]) -> None:
    assert score(sheet(q12=chosen)).varieties == varieties


def test_as_json() -> None:
    data = score(sheet(q11="A", q12=("D",))).as_json()
    assert set(data) == {"score", "level", "lowest_category", "horizon", "varieties", "warnings"}
    assert data["horizon"] == "0-1y"
    assert data["varieties"] == ["complex"]
    warnings = data["warnings"]
    assert isinstance(warnings, list)
    assert [w["code"] for w in warnings] == ["SHORT_HORIZON_COMPLEX_INTENT"]
    assert "0 to 1 year" in warnings[0]["message"]  # English is active in tests


# -- inconsistency warnings -----------------------------------------------------------


def test_base_sheet_has_no_warning() -> None:
    assert warning_codes(score(BASE)) == []
    assert warning_codes(score(BASE, age=35)) == []


@pytest.mark.parametrize(
    ("changes", "age", "warned"),
    [
        ({"q14": "D"}, 61, True),
        ({"q15": "D"}, 61, True),
        ({"q14": "D", "q15": "D"}, 80, True),
        ({"q14": "D"}, 60, False),  # "over 60"
        ({"q14": "C", "q15": "C"}, 75, False),
        ({"q14": "D"}, 35, False),
        # Without an age, Q17 = E (over 60) decides.
        ({"q14": "D", "q17": "E"}, None, True),
        ({"q15": "D", "q17": "E"}, None, True),
        ({"q14": "D", "q17": "D"}, None, False),
        ({"q14": "C", "q17": "E"}, None, False),
        # The age argument wins over the age question.
        ({"q14": "D", "q17": "E"}, 50, False),
        ({"q14": "D", "q17": "A"}, 61, True),
    ],
)
def test_warning_elderly_high_risk_goal(
    changes: dict[str, str], age: int | None, warned: bool
) -> None:
    result = score(sheet(**changes), age=age)
    assert ("ELDERLY_HIGH_RISK_GOAL" in warning_codes(result)) == warned


@pytest.mark.parametrize(
    ("q6", "q9", "warned"),
    [
        ("A", ("D",), True),
        ("A", ("E",), True),
        ("A", ("A", "B", "E"), True),
        ("A", ("B", "C"), False),
        ("B", ("D", "E"), False),
        ("D", ("E",), False),
    ],
)
def test_warning_limited_experience_complex_varieties(
    q6: str, q9: tuple[str, ...], warned: bool
) -> None:
    result = score(sheet(q6=q6, q9=q9))
    assert (warning_codes(result) == ["LIMITED_EXPERIENCE_COMPLEX_VARIETIES"]) == warned
    if not warned:
        assert warning_codes(result) == []


@pytest.mark.parametrize(
    ("q1", "q4", "warned"),
    [("E", "D", True), ("E", "C", False), ("A", "D", False), ("C", "D", False)],
)
def test_warning_no_income_large_assets(q1: str, q4: str, warned: bool) -> None:
    result = score(sheet(q1=q1, q4=q4))
    assert warning_codes(result) == (["NO_INCOME_LARGE_ASSETS"] if warned else [])


@pytest.mark.parametrize(
    ("q11", "q12", "warned"),
    [
        ("A", ("D",), True),
        ("A", ("A", "D"), True),
        ("A", ("C",), False),  # derivatives are not "complex"
        ("A", ("A", "B"), False),
        ("B", ("D",), False),
        ("C", ("D",), False),
    ],
)
def test_warning_short_horizon_complex_intent(q11: str, q12: tuple[str, ...], warned: bool) -> None:
    result = score(sheet(q11=q11, q12=q12))
    assert warning_codes(result) == (["SHORT_HORIZON_COMPLEX_INTENT"] if warned else [])


def test_all_four_warnings_at_once() -> None:
    answers = sheet(q1="E", q4="D", q6="A", q9=("E",), q11="A", q12=("D",), q14="D", q17="E")
    assert warning_codes(score(answers)) == [
        "ELDERLY_HIGH_RISK_GOAL",
        "LIMITED_EXPERIENCE_COMPLEX_VARIETIES",
        "NO_INCOME_LARGE_ASSETS",
        "SHORT_HORIZON_COMPLEX_INTENT",
    ]
