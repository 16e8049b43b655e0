"""The per-record rules of the sales figures of the KPI dashboard (RULES §9): sales against
target, conversion, mismatch and override rate, elderly special-care share, and the
assessments expiring soon. Pure, no I/O; the definitions are in :mod:`app.domain.kpis`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.case_flow import HOLDING_STATES, CaseState
from app.domain.kpi_figures import Figure
from app.domain.kpi_periods import Window
from app.domain.review import Flag

SOLD_STATES = frozenset(state.value for state in HOLDING_STATES)
RETURNED = CaseState.RETURNED.value  # superseded by a new version, which counts instead
SUITABLE, WARN = "suitable", "warn"
# The figures whose base is the cases signed in the period (returned ones left out).
SIGNED_FIGURES = (Figure.SALES_VS_TARGET, Figure.ELDERLY_CARE_SHARE)
# The figures whose base is the cases matched in the period (returned ones left out).
MATCHED_FIGURES = (Figure.MISMATCH_RATE, Figure.OVERRIDE_RATE)


@dataclass(frozen=True)
class CaseFacts:
    """One (not deleted) sales case, as the KPIs see it.

    ``matched_at``: when the case's current match (``cases.match_id``) was made, ``None``
    while it has none.
    """

    case_id: str
    advisor_id: str
    state: str
    started_at: datetime
    signed_at: datetime | None = None
    amount: Decimal | None = None
    outcome: str | None = None
    own_initiative: bool = False
    review_flags: int = 0
    first_version: bool = True
    visit_due_by: datetime | None = None  # the return visit's deadline, if one is needed
    visited_at: datetime | None = None  # when the first completed visit was recorded
    matched_at: datetime | None = None


@dataclass(frozen=True)
class ClientFacts:
    """One (not deleted) client with the expiry of their newest assessment, if any."""

    client_id: str
    owner_id: str
    assessment_expires_at: datetime | None = None


@dataclass(frozen=True)
class TargetFacts:
    advisor_id: str
    month: str  # YYYY-MM
    amount: Decimal


def superseded(case: CaseFacts) -> bool:
    """A returned case: reopened as a new version, which counts in its place."""
    return case.state == RETURNED


def signed_in(case: CaseFacts, window: Window) -> bool:
    """Signed in the window and not returned (the base of sales and elderly share)."""
    return window.holds(case.signed_at) and not superseded(case)


def matched_in(case: CaseFacts, window: Window) -> bool:
    """Matched (its current match made) in the window and not returned."""
    return case.outcome is not None and window.holds(case.matched_at) and not superseded(case)


def sold(case: CaseFacts) -> bool:
    """Signed and still standing: not cancelled, rejected, returned (or anything else)."""
    return case.signed_at is not None and case.state in SOLD_STATES


def started_in(case: CaseFacts, window: Window) -> bool:
    """A first version started in the window (what conversion counts from)."""
    return case.first_version and window.holds(case.started_at)


def mismatched(case: CaseFacts) -> bool:
    return case.outcome is not None and case.outcome != SUITABLE


def overridden(case: CaseFacts) -> bool:
    """A mismatched case that went on to be signed, whatever the mismatch."""
    return mismatched(case) and case.signed_at is not None


def elderly_care(case: CaseFacts) -> bool:
    return bool(case.review_flags & Flag.ELDERLY_CARE)


def sales_membership(figure: Figure, case: CaseFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``case`` for a sales figure.

    For sales against target the base is the targets, not cases: "in the base" is then
    whether the case was signed in the window, and "counted" whether its amount is summed.
    """
    if figure is Figure.CONVERSION:
        base = started_in(case, window)
        return base, base and case.signed_at is not None
    if figure is Figure.MISMATCH_RATE:
        base = matched_in(case, window)
        return base, base and mismatched(case)
    if figure is Figure.OVERRIDE_RATE:
        base = matched_in(case, window) and mismatched(case)
        return base, base and overridden(case)
    base = signed_in(case, window)
    if figure is Figure.SALES_VS_TARGET:
        return base, base and sold(case)
    if figure is Figure.ELDERLY_CARE_SHARE:
        return base, base and elderly_care(case)
    raise ValueError(f"not a sales figure: {figure.value}")


def expiring(client: ClientFacts, window: Window) -> bool:
    at = client.assessment_expires_at
    return at is not None and window.now < at <= window.expiry_end


def client_membership(figure: Figure, client: ClientFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``client`` for a client figure."""
    if figure is Figure.ASSESSMENTS_EXPIRING:
        return True, expiring(client, window)
    raise ValueError(f"not a client figure: {figure.value}")
