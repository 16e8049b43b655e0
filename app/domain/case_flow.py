"""The sales case as a state machine: states, allowed moves, and which steps are open.

``draft → profiled → assessed → matched → disclosed → signed → submitted →
(approved | returned | rejected)``, plus ``cancelled`` (cooling-off) and ``expired``.
The wizard in ``ui/`` only draws what :func:`open_steps` and :func:`resume_step` say.
"""

from __future__ import annotations

from enum import StrEnum


class CaseState(StrEnum):
    DRAFT = "draft"
    PROFILED = "profiled"
    ASSESSED = "assessed"
    MATCHED = "matched"
    DISCLOSED = "disclosed"
    SIGNED = "signed"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class Step(StrEnum):
    ONBOARDING = "onboarding"
    QUESTIONNAIRE = "questionnaire"
    MATCHING = "matching"
    DISCLOSURE = "disclosure"
    SIGNING = "signing"
    DONE = "done"


STEP_ORDER = tuple(Step)

TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.DRAFT: frozenset({CaseState.PROFILED, CaseState.EXPIRED}),
    CaseState.PROFILED: frozenset({CaseState.PROFILED, CaseState.ASSESSED, CaseState.EXPIRED}),
    CaseState.ASSESSED: frozenset(
        {CaseState.PROFILED, CaseState.ASSESSED, CaseState.MATCHED, CaseState.EXPIRED}
    ),
    CaseState.MATCHED: frozenset({CaseState.DISCLOSED, CaseState.EXPIRED}),
    CaseState.DISCLOSED: frozenset({CaseState.SIGNED, CaseState.EXPIRED}),
    CaseState.SIGNED: frozenset({CaseState.SUBMITTED, CaseState.CANCELLED}),
    CaseState.SUBMITTED: frozenset(
        {CaseState.APPROVED, CaseState.RETURNED, CaseState.REJECTED, CaseState.CANCELLED}
    ),
    CaseState.APPROVED: frozenset({CaseState.CANCELLED}),
    CaseState.RETURNED: frozenset(),
    CaseState.REJECTED: frozenset(),
    CaseState.CANCELLED: frozenset(),
    CaseState.EXPIRED: frozenset(),
}

# The furthest step each state has unlocked.
_REACHED: dict[CaseState, Step] = {
    CaseState.DRAFT: Step.ONBOARDING,
    CaseState.PROFILED: Step.QUESTIONNAIRE,
    CaseState.ASSESSED: Step.MATCHING,
    CaseState.MATCHED: Step.DISCLOSURE,
    CaseState.DISCLOSED: Step.SIGNING,
    CaseState.SIGNED: Step.DONE,
}

# Before matching the inputs may still change; afterwards the decision is fixed.
EDITABLE_STATES = frozenset({CaseState.DRAFT, CaseState.PROFILED, CaseState.ASSESSED})
OPEN_STATES = frozenset(
    {
        CaseState.DRAFT,
        CaseState.PROFILED,
        CaseState.ASSESSED,
        CaseState.MATCHED,
        CaseState.DISCLOSED,
    }
)
# States in which the client holds the product (re-matched when its rating changes).
HOLDING_STATES = frozenset({CaseState.SIGNED, CaseState.SUBMITTED, CaseState.APPROVED})


class TransitionRefused(ValueError):
    def __init__(self, current: CaseState, target: CaseState) -> None:
        super().__init__(f"{current.value} → {target.value}")
        self.current, self.target = current, target


def can_move(current: CaseState, target: CaseState) -> bool:
    return target in TRANSITIONS[current]


def move(current: CaseState, target: CaseState) -> CaseState:
    """``target`` if the machine allows it from ``current``; else :class:`TransitionRefused`."""
    if not can_move(current, target):
        raise TransitionRefused(current, target)
    return target


def reached_step(state: CaseState) -> Step:
    return _REACHED.get(state, Step.DONE)


def open_steps(state: CaseState) -> tuple[Step, ...]:
    """Steps the advisor may visit: every step up to the furthest one reached.

    Once matched, the steps before matching are read-only history: only the ones from
    disclosure on stay open.
    """
    last = STEP_ORDER.index(reached_step(state))
    steps = STEP_ORDER[: last + 1]
    if state in EDITABLE_STATES:
        return steps
    return tuple(s for s in steps if STEP_ORDER.index(s) >= STEP_ORDER.index(Step.DISCLOSURE))


def resume_step(state: CaseState, saved_step: str | None) -> Step:
    """Where a reopened case continues: the saved step if it is still open, else the furthest."""
    steps = open_steps(state)
    if saved_step in {s.value for s in steps}:
        return Step(saved_step)
    return steps[-1] if steps else Step.DONE
