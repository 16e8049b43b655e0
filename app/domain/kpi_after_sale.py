"""The per-record rules of the after-sale figures of the KPI dashboard (RULES §9):
complaints per 1,000 clients, complaints decided within 15 days, mean satisfaction and
return visits done on time. Pure, no I/O; the definitions are in :mod:`app.domain.kpis`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.kpi_figures import Figure
from app.domain.kpi_periods import Window
from app.domain.kpi_sales import CaseFacts


@dataclass(frozen=True)
class ComplaintFacts:
    """One (not deleted) complaint of the branch.

    ``advisor_id`` is the advisor complained about (``None``: no case linked, the branch's
    only); ``decided_in_time`` whether the decision came within the base period (``None``
    while undecided).
    """

    complaint_id: str
    advisor_id: str | None
    received_at: datetime
    decided_in_time: bool | None = None


@dataclass(frozen=True)
class SurveyFacts:
    """One (not deleted) satisfaction survey; ``score`` ``None``: the client declined."""

    survey_id: str
    advisor_id: str | None
    recorded_at: datetime
    score: int | None = None


def visited_in_time(case: CaseFacts) -> bool:
    """A completed return visit recorded by the deadline (the deadline's instant included)."""
    due, done = case.visit_due_by, case.visited_at
    return due is not None and done is not None and done <= due


def visit_membership(figure: Figure, case: CaseFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``case`` for return visits done on time."""
    if figure is Figure.VISITS_ON_TIME:
        base = window.holds(case.visit_due_by)
        return base, base and visited_in_time(case)
    raise ValueError(f"not a return-visit figure: {figure.value}")


def complaint_membership(
    figure: Figure, complaint: ComplaintFacts, window: Window
) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``complaint`` for a complaint figure.

    Complaints per 1,000 clients counts every complaint received in the window (its base
    of clients comes from :func:`app.domain.kpis.tally_records`).
    """
    received = window.holds(complaint.received_at)
    if figure is Figure.COMPLAINTS_PER_1000:
        return received, received
    if figure is Figure.COMPLAINTS_DECIDED_IN_TIME:
        base = received and complaint.decided_in_time is not None
        return base, base and bool(complaint.decided_in_time)
    raise ValueError(f"not a complaint figure: {figure.value}")


def survey_membership(figure: Figure, survey: SurveyFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``survey``: answered (not declined) in the window."""
    if figure is Figure.MEAN_SATISFACTION:
        answered = window.holds(survey.recorded_at) and survey.score is not None
        return answered, answered
    raise ValueError(f"not a survey figure: {figure.value}")
