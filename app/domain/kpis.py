"""KPI formulas of the supervisor dashboard (RULES §9): pure, no I/O, no SQLAlchemy.

Definitions (per advisor, and for the branch as the sum of the advisors' numerators and
denominators — never an average of the advisors' rates):

* **Period** — a calendar month, quarter or year in Asia/Shanghai, as the half-open
  interval ``[first day 00:00, first day of the next period 00:00)`` local time, converted
  to UTC. A case belongs to the period by the instant of the event the figure counts.
* **Sales against target** — numerator: the sum of ``amount`` of the cases *signed* in the
  period whose state is still ``signed``, ``submitted`` or ``approved`` (a cancelled,
  rejected or returned sale does not count); denominator: the sum of the advisor's monthly
  targets for the months of the period. Value: numerator / denominator (no value without a
  target).
* **Conversion** — denominator: the first versions (``supersedes_id`` is null: a case
  reopened after a return is the same sale) *started* (``created_at``) in the period;
  numerator: those among them that were signed (``signed_at`` set), whenever that was.
* **Mismatch rate** — denominator: the cases *matched* in the period, by the time of
  their current match (``case_matches.matched_at`` of ``cases.match_id``: a case matched
  again counts by its latest match); numerator: those whose outcome is not ``suitable``
  (``warn`` or ``prohibited``).
* **Override rate** — denominator: the mismatched cases matched in the period (the
  previous numerator); numerator: those that went on to be signed (``signed_at`` set,
  whenever that was) — the advisor sold against the mismatch. (Until 2026-04 this was the
  ``warn`` sales at the client's own initiative over the sales signed, which always
  equalled the mismatch rate: a ``warn`` sale needs own initiative, a prohibited one
  cannot be signed.)
* **Elderly special-care share** — cases signed in the period with the ``ELDERLY_CARE``
  review flag / cases signed in the period.
* **Assessments expiring in 30 days** — a count, taken *now* whatever the period: the
  advisor's clients (owner) whose newest assessment expires in ``(now, now + 30 days]``
  (not yet expired: an assessment is valid while ``at < expires_at``). Denominator: the
  advisor's clients, for scale.

* **Complaints per 1,000 clients** — numerator: the complaints received in the period
  about the advisor (``subject_user_id``: the advisor who sold the linked case);
  denominator: the advisor's clients, as for the expiry figure. Value: numerator × 1,000 /
  denominator. A complaint with no case linked is about nobody in particular: it counts
  for the branch row only, which therefore holds every complaint of the branch.
* **Complaints decided within 15 days** — denominator: the complaints received in the
  period that were decided (the customer informed of the decision); numerator: those
  decided within the base 15-day period (extensions aside, holidays moving the last day
  as the calendar in force says). Attributed like the previous figure.
* **Mean satisfaction** — the mean score of the surveys recorded in the period that the
  client answered (a declined survey has no score and does not count): numerator, the sum
  of the scores; denominator, the surveys answered. A survey after signing is the selling
  advisor's; one after a complaint is the advisor complained about (the branch's only
  when nobody is).
* **Return visits done on time** — denominator: the cases whose return visit (RULES §7:
  a sale still in force of a private product, or with a ``warn`` or special-care flag)
  fell due in the period, the deadline being the end of the local day some working days
  after the visit could start (the end of cooling-off, or signing); numerator: those with
  a completed visit (``confirmed`` or ``problem``) recorded by the deadline.

"Cases signed in the period" are every case with ``signed_at`` in the period, whatever
happened to it afterwards (cancelled and rejected sales were still sold that way) — except
a *returned* case: a return reopens the sale as a new version, which is signed (and
matched) again and counts in its place, so a returned case is left out of the bases of
sales, mismatch, override and elderly share (until 2026-04 it counted twice).
Deleted (tombstoned) rows never count; the caller leaves them out. Records attributed to no
advisor (the complaints and surveys above) are tallied under the key ``None``: they add to
the branch total only.

Each figure is a numerator, a denominator, a value, and the ids of the records behind it
(the counted ones and the base they were counted in) so a supervisor can drill down to
exactly those records. The service computes the counts with SQL aggregation and uses the
per-record rules (:func:`case_membership`, :func:`client_membership`,
:func:`complaint_membership`, :func:`survey_membership`) as the definition its queries
must agree with; tests hold the two together. Deadlines that depend on the calendar
(complaints, return visits) come in as facts; :func:`due_runs` groups days by deadline so
the service can count them with SQL too.

The parts: :mod:`app.domain.kpi_periods` (periods, windows, deadlines by day),
:mod:`app.domain.kpi_figures` (the figures, tallies, scorecard),
:mod:`app.domain.kpi_sales` and :mod:`app.domain.kpi_after_sale` (the per-record rules).
This module gathers them and tallies records straight by the definitions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from app.domain.kpi_after_sale import (
    ComplaintFacts,
    SurveyFacts,
    complaint_membership,
    survey_membership,
    visit_membership,
    visited_in_time,
)
from app.domain.kpi_figures import (
    ALL_FIGURES,
    FIGURES,
    PER_THOUSAND,
    ZERO,
    AdvisorScore,
    Figure,
    FigureSpec,
    FigureValue,
    Measure,
    Scorecard,
    Subject,
    Tallies,
    Tally,
    scorecard,
    spec_of,
    value_of,
)
from app.domain.kpi_periods import (
    EXPIRY_HORIZON,
    LOCAL_ZONE,
    DueRun,
    Period,
    PeriodKind,
    Window,
    days_falling_due,
    due_runs,
    is_month_key,
    local_midnight,
)
from app.domain.kpi_sales import (
    MATCHED_FIGURES,
    RETURNED,
    SIGNED_FIGURES,
    SOLD_STATES,
    SUITABLE,
    WARN,
    CaseFacts,
    ClientFacts,
    TargetFacts,
    client_membership,
    elderly_care,
    expiring,
    matched_in,
    mismatched,
    overridden,
    sales_membership,
    signed_in,
    sold,
    started_in,
    superseded,
)

__all__ = [
    "ALL_FIGURES",
    "EXPIRY_HORIZON",
    "FIGURES",
    "LOCAL_ZONE",
    "MATCHED_FIGURES",
    "PER_THOUSAND",
    "RETURNED",
    "SIGNED_FIGURES",
    "SOLD_STATES",
    "SUITABLE",
    "WARN",
    "ZERO",
    "AdvisorScore",
    "CaseFacts",
    "ClientFacts",
    "ComplaintFacts",
    "DueRun",
    "Figure",
    "FigureSpec",
    "FigureValue",
    "Measure",
    "Period",
    "PeriodKind",
    "Scorecard",
    "Subject",
    "SurveyFacts",
    "Tallies",
    "Tally",
    "TargetFacts",
    "Window",
    "case_membership",
    "client_membership",
    "complaint_membership",
    "compute",
    "days_falling_due",
    "due_runs",
    "elderly_care",
    "expiring",
    "is_month_key",
    "local_midnight",
    "matched_in",
    "mismatched",
    "overridden",
    "scorecard",
    "signed_in",
    "sold",
    "spec_of",
    "started_in",
    "superseded",
    "survey_membership",
    "tally_records",
    "value_of",
    "visited_in_time",
]


def case_membership(figure: Figure, case: CaseFacts, window: Window) -> tuple[bool, bool]:
    """``(in the base, counted)`` of ``case`` for a case figure (sales or return visits)."""
    if figure is Figure.VISITS_ON_TIME:
        return visit_membership(figure, case, window)
    return sales_membership(figure, case, window)


def tally_records(
    cases: Iterable[CaseFacts],
    clients: Iterable[ClientFacts],
    targets: Iterable[TargetFacts],
    window: Window,
    complaints: Iterable[ComplaintFacts] = (),
    surveys: Iterable[SurveyFacts] = (),
) -> dict[str | None, dict[Figure, Tally]]:
    """Per-advisor tallies, with ids, straight from the records (the definition itself).

    Complaints and surveys of no advisor are tallied under ``None`` (the branch's only).
    """
    out: dict[str | None, dict[Figure, Tally]] = {}

    def add(advisor_id: str | None, figure: Figure, tally: Tally) -> None:
        own = out.setdefault(advisor_id, {})
        own[figure] = own.get(figure, Tally()) + tally

    one = Decimal(1)
    for case in cases:
        for spec in FIGURES:
            if spec.subject is not Subject.CASE:
                continue
            base, counted = case_membership(spec.figure, case, window)
            if not base:
                continue
            if spec.figure is Figure.SALES_VS_TARGET:
                if counted:
                    amount = case.amount if case.amount is not None else ZERO
                    add(case.advisor_id, spec.figure, Tally(amount, ZERO, (case.case_id,)))
                continue
            add(
                case.advisor_id,
                spec.figure,
                Tally(
                    one if counted else ZERO,
                    one,
                    (case.case_id,) if counted else (),
                    (case.case_id,),
                ),
            )
    for client in clients:
        for spec in FIGURES:
            if spec.subject is not Subject.CLIENT:
                continue
            base, counted = client_membership(spec.figure, client, window)
            if base:
                add(
                    client.owner_id,
                    spec.figure,
                    Tally(
                        one if counted else ZERO,
                        one,
                        (client.client_id,) if counted else (),
                        (client.client_id,),
                    ),
                )
        # The clients are the base of complaints per 1,000 clients.
        per_1000 = Tally(ZERO, one, (), (client.client_id,))
        add(client.owner_id, Figure.COMPLAINTS_PER_1000, per_1000)
    for complaint in complaints:
        for spec in FIGURES:
            if spec.subject is not Subject.COMPLAINT:
                continue
            base, counted = complaint_membership(spec.figure, complaint, window)
            if not base:
                continue
            ids = (complaint.complaint_id,)
            if spec.figure is Figure.COMPLAINTS_PER_1000:
                add(complaint.advisor_id, spec.figure, Tally(one, ZERO, ids))
                continue
            tally = Tally(one if counted else ZERO, one, ids if counted else (), ids)
            add(complaint.advisor_id, spec.figure, tally)
    for survey in surveys:
        base, _ = survey_membership(Figure.MEAN_SATISFACTION, survey, window)
        if base and survey.score is not None:
            ids = (survey.survey_id,)
            tally = Tally(Decimal(survey.score), one, ids, ids)
            add(survey.advisor_id, Figure.MEAN_SATISFACTION, tally)
    months = set(window.months)
    for target in targets:
        if target.month in months:
            add(target.advisor_id, Figure.SALES_VS_TARGET, Tally(ZERO, target.amount))
    return out


def compute(
    cases: Iterable[CaseFacts],
    clients: Iterable[ClientFacts],
    targets: Iterable[TargetFacts],
    window: Window,
    names: Mapping[str, str],
    complaints: Iterable[ComplaintFacts] = (),
    surveys: Iterable[SurveyFacts] = (),
) -> Scorecard:
    """Every figure per advisor and for the branch, with the ids behind each."""
    tallies = tally_records(cases, clients, targets, window, complaints, surveys)
    return scorecard(tallies, names)
