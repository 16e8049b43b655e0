"""The sales case state machine (app/domain/case_flow.py): moves, open steps, resuming.

ARCHITECTURE.md: draft → profiled → assessed → matched → disclosed → signed → submitted →
(approved | returned | rejected), plus cancelled (cooling-off) and expired. The wizard
draws only the steps :func:`open_steps` allows and reopens a case at :func:`resume_step`.
"""

from __future__ import annotations

from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.case_flow import (
    EDITABLE_STATES,
    HOLDING_STATES,
    OPEN_STATES,
    TRANSITIONS,
    CaseState,
    Step,
    TransitionRefused,
    can_move,
    move,
    open_steps,
    resume_step,
)

S = CaseState

# Written from the architecture, not copied from the code.
EXPECTED_MOVES: dict[CaseState, set[CaseState]] = {
    S.DRAFT: {S.PROFILED, S.EXPIRED},
    # Before matching the advisor may go back to the client's data and redo the assessment.
    S.PROFILED: {S.PROFILED, S.ASSESSED, S.EXPIRED},
    S.ASSESSED: {S.PROFILED, S.ASSESSED, S.MATCHED, S.EXPIRED},
    S.MATCHED: {S.DISCLOSED, S.EXPIRED},
    S.DISCLOSED: {S.SIGNED, S.EXPIRED},
    # After signing only cooling-off cancels; a signed sale never just expires.
    S.SIGNED: {S.SUBMITTED, S.CANCELLED},
    S.SUBMITTED: {S.APPROVED, S.RETURNED, S.REJECTED, S.CANCELLED},
    S.APPROVED: {S.CANCELLED},
    S.RETURNED: set(),
    S.REJECTED: set(),
    S.CANCELLED: set(),
    S.EXPIRED: set(),
}
MAIN_PATH = [S.DRAFT, S.PROFILED, S.ASSESSED, S.MATCHED, S.DISCLOSED, S.SIGNED, S.SUBMITTED]
BEFORE_MATCHING = (Step.ONBOARDING, Step.QUESTIONNAIRE, Step.MATCHING)
AFTER_SIGNING = [S.SUBMITTED, S.APPROVED, S.RETURNED, S.REJECTED, S.CANCELLED, S.EXPIRED]


def test_the_transition_table() -> None:
    assert set(TRANSITIONS) == set(CaseState)
    assert {state: set(targets) for state, targets in TRANSITIONS.items()} == EXPECTED_MOVES


def test_every_pair_of_states_is_allowed_or_refused_as_the_table_says() -> None:
    for current, target in product(CaseState, CaseState):
        allowed = target in EXPECTED_MOVES[current]
        assert can_move(current, target) is allowed, (current, target)
        if allowed:
            assert move(current, target) is target
        else:
            with pytest.raises(TransitionRefused) as caught:
                move(current, target)
            assert (caught.value.current, caught.value.target) == (current, target)
            assert str(caught.value) == f"{current.value} → {target.value}"


def test_the_main_path_is_walkable_and_steps_cannot_be_skipped() -> None:
    state = S.DRAFT
    for target in [*MAIN_PATH[1:], S.APPROVED]:
        state = move(state, target)
    assert state is S.APPROVED
    for current, skipped in [
        (S.DRAFT, S.ASSESSED),
        (S.DRAFT, S.MATCHED),
        (S.PROFILED, S.MATCHED),
        (S.ASSESSED, S.SIGNED),
        (S.MATCHED, S.SIGNED),
        (S.DISCLOSED, S.SUBMITTED),
    ]:
        assert not can_move(current, skipped)


def test_a_matched_case_never_goes_back_to_the_editable_steps() -> None:
    for state in CaseState:
        if state not in EDITABLE_STATES:
            assert not TRANSITIONS[state] & EDITABLE_STATES, state


def test_state_groups() -> None:
    assert {S.DRAFT, S.PROFILED, S.ASSESSED} == EDITABLE_STATES
    assert {S.DRAFT, S.PROFILED, S.ASSESSED, S.MATCHED, S.DISCLOSED} == OPEN_STATES
    # The client holds the product once signed, until cancelled or refused.
    assert {S.SIGNED, S.SUBMITTED, S.APPROVED} == HOLDING_STATES


# -- open steps -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "steps"),
    [
        (S.DRAFT, (Step.ONBOARDING,)),
        (S.PROFILED, (Step.ONBOARDING, Step.QUESTIONNAIRE)),
        (S.ASSESSED, (Step.ONBOARDING, Step.QUESTIONNAIRE, Step.MATCHING)),
        # Once matched the earlier steps are read-only history.
        (S.MATCHED, (Step.DISCLOSURE,)),
        (S.DISCLOSED, (Step.DISCLOSURE, Step.SIGNING)),
        (S.SIGNED, (Step.DISCLOSURE, Step.SIGNING, Step.DONE)),
    ],
)
def test_open_steps_along_the_way(state: CaseState, steps: tuple[Step, ...]) -> None:
    assert open_steps(state) == steps


@pytest.mark.parametrize("state", AFTER_SIGNING)
def test_finished_cases_open_nothing_before_disclosure(state: CaseState) -> None:
    steps = open_steps(state)
    assert steps[-1] is Step.DONE
    assert not set(steps) & set(BEFORE_MATCHING)
    assert resume_step(state, None) is Step.DONE


# -- resuming ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "saved", "expected"),
    [
        # The saved step, when it is still open (going back is allowed before matching).
        (S.DRAFT, "onboarding", Step.ONBOARDING),
        (S.PROFILED, "questionnaire", Step.QUESTIONNAIRE),
        (S.ASSESSED, "onboarding", Step.ONBOARDING),
        (S.ASSESSED, "questionnaire", Step.QUESTIONNAIRE),
        (S.DISCLOSED, "disclosure", Step.DISCLOSURE),
        # Otherwise the furthest open step.
        (S.DRAFT, None, Step.ONBOARDING),
        (S.ASSESSED, None, Step.MATCHING),
        (S.DRAFT, "signing", Step.ONBOARDING),  # never reached
        (S.PROFILED, "matching", Step.QUESTIONNAIRE),
        (S.MATCHED, "onboarding", Step.DISCLOSURE),  # closed since matching
        (S.MATCHED, "matching", Step.DISCLOSURE),
        (S.DISCLOSED, "questionnaire", Step.SIGNING),
        (S.SIGNED, "onboarding", Step.DONE),
        (S.ASSESSED, "", Step.MATCHING),
        (S.ASSESSED, "no-such-step", Step.MATCHING),
        (S.ASSESSED, "MATCHING", Step.MATCHING),
    ],
)
def test_resume_step(state: CaseState, saved: str | None, expected: Step) -> None:
    assert resume_step(state, saved) is expected


@given(
    state=st.sampled_from(CaseState),
    saved=st.one_of(st.none(), st.sampled_from([s.value for s in Step]), st.text(max_size=12)),
)
def test_a_case_always_resumes_on_an_open_step(state: CaseState, saved: str | None) -> None:
    steps = open_steps(state)
    step = resume_step(state, saved)
    assert step in steps
    if saved in {s.value for s in steps}:
        assert step.value == saved
    else:
        assert step is steps[-1]


@given(st.lists(st.integers(min_value=0, max_value=20), max_size=20))
def test_any_walk_never_reopens_a_step_closed_by_matching(choices: list[int]) -> None:
    state = S.DRAFT
    matched = False
    for choice in choices:
        targets = sorted(TRANSITIONS[state])
        if not targets:
            break
        state = move(state, targets[choice % len(targets)])
        matched = matched or state is S.MATCHED
        if matched:
            assert state not in EDITABLE_STATES
            assert not set(open_steps(state)) & set(BEFORE_MATCHING)
        if state in HOLDING_STATES:
            assert matched
