"""The supervisor's KPI dashboard (RULES §9): figures per advisor and branch, drill-down,
monthly sales targets.

The figures are defined in :mod:`app.domain.kpis` and counted with SQL aggregation
(``GROUP BY`` advisor over the branch's index ranges), so a recompute over a million cases
reads counts, not rows. This module assembles the dashboard; the queries are in
:mod:`app.services.kpi_sales` (sales figures, clients, targets' sums) and
:mod:`app.services.kpi_after_sale` (complaints, surveys, return visits), the drill-down in
:mod:`app.services.kpi_drill` (the same conditions the aggregation counted with, so the
list shows exactly the records behind the number), targets in
:mod:`app.services.kpi_targets`. Everything is scoped to the actor's branch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.kpis import AdvisorScore, Figure, Period, Scorecard, Tally, Window, scorecard
from app.domain.roles import Permission
from app.services.context import Actor, Workspace, require
from app.services.kpi_after_sale import (
    MAX_COOLING_OFF,
    _complaint_counts,
    _deadlines,
    _survey_counts,
    _visit_counts,
)
from app.services.kpi_drill import DrillRow, Part, drill_down
from app.services.kpi_sales import (
    _advisor_names,
    _client_counts,
    _conversion_counts,
    _fen_to_yuan,
    _matched_counts,
    _signed_counts,
    _target_sums,
)
from app.services.kpi_targets import TargetView, list_targets, set_target

__all__ = [
    "MAX_COOLING_OFF",
    "Dashboard",
    "DrillRow",
    "Part",
    "TargetView",
    "dashboard",
    "drill_down",
    "list_targets",
    "set_target",
]


@dataclass(frozen=True)
class Dashboard:
    """The figures of one period for the actor's branch, as of ``as_of``."""

    period: Period
    as_of: datetime
    scores: Scorecard

    @property
    def advisors(self) -> tuple[AdvisorScore, ...]:
        return self.scores.advisors

    @property
    def total(self) -> AdvisorScore:
        return self.scores.total

    @property
    def figures(self) -> tuple[Figure, ...]:
        return self.scores.figures


# -- the dashboard -----------------------------------------------------------------------


def dashboard(ws: Workspace, actor: Actor, period: Period) -> Dashboard:
    """Every figure of ``period`` per advisor of the actor's branch and for the branch."""
    require(actor, Permission.KPI_READ)
    now = ws.now()
    window = Window.of(period, now)
    branch_id = actor.branch_id
    tallies: dict[str | None, dict[Figure, Tally]] = {}

    def add(
        advisor_id: str | None, figure: Figure, numerator: Decimal, denominator: Decimal
    ) -> None:
        own = tallies.setdefault(advisor_id, {})
        own[figure] = own.get(figure, Tally()) + Tally(numerator, denominator)

    with ws.db.reading() as session:
        due = _deadlines(session, window)
        for advisor_id, signed, sales_fen, elderly in session.execute(
            _signed_counts(branch_id, window)
        ):
            add(advisor_id, Figure.SALES_VS_TARGET, _fen_to_yuan(sales_fen), Decimal(0))
            add(advisor_id, Figure.ELDERLY_CARE_SHARE, Decimal(elderly), Decimal(signed))
        for advisor_id, matched, mismatched, overridden in session.execute(
            _matched_counts(branch_id, window)
        ):
            add(advisor_id, Figure.MISMATCH_RATE, Decimal(mismatched), Decimal(matched))
            add(advisor_id, Figure.OVERRIDE_RATE, Decimal(overridden), Decimal(mismatched))
        for advisor_id, started, converted in session.execute(
            _conversion_counts(branch_id, window)
        ):
            add(advisor_id, Figure.CONVERSION, Decimal(converted), Decimal(started))
        for advisor_id, clients, expiring in session.execute(_client_counts(branch_id, window)):
            add(advisor_id, Figure.ASSESSMENTS_EXPIRING, Decimal(expiring), Decimal(clients))
            add(advisor_id, Figure.COMPLAINTS_PER_1000, Decimal(0), Decimal(clients))
        for advisor_id, received, decided, in_time in session.execute(
            _complaint_counts(branch_id, window, due)
        ):
            add(advisor_id, Figure.COMPLAINTS_PER_1000, Decimal(received), Decimal(0))
            add(advisor_id, Figure.COMPLAINTS_DECIDED_IN_TIME, Decimal(in_time), Decimal(decided))
        for advisor_id, answered, scores in session.execute(_survey_counts(branch_id, window)):
            add(advisor_id, Figure.MEAN_SATISFACTION, Decimal(scores or 0), Decimal(answered))
        for advisor_id, falling_due, on_time in session.execute(
            _visit_counts(branch_id, window, due)
        ):
            add(advisor_id, Figure.VISITS_ON_TIME, Decimal(on_time or 0), Decimal(falling_due))
        for advisor_id, target_fen in session.execute(_target_sums(branch_id, window)):
            add(advisor_id, Figure.SALES_VS_TARGET, Decimal(0), _fen_to_yuan(target_fen))
        seen = {key for key in tallies if key is not None}
        names = _advisor_names(session, branch_id, seen)
    return Dashboard(period, now, scorecard(tallies, names))
