"""The supervisor's KPI dashboard over a branch of 1,000,000 cases (``kpi_dashboard_1m``).

A recompute is :func:`app.services.kpis.dashboard` for one period: every figure per
advisor and for the branch, the after-sale ones (complaints, satisfaction, return visits)
included. Timed for the period the page opens on (the current month) and for the previous
month, the previous quarter and the current year; the headline figures are the current
month's. Baseline: one raw ``SELECT advisor_user_id, count(*) …
GROUP BY`` over the same index range (the cases signed in the period, returned ones left
out: the base of the elderly share), on a raw SQLCipher connection. Also timed: a
drill-down (one advisor's mismatched sales of the month, the
branch's started cases of the month, and one advisor's return visits falling due in the
month, the whole base) — what a click on the table fetches.
"""

from __future__ import annotations

from typing import Any

from app.domain.kpis import Figure, Period, PeriodKind
from app.services import kpis
from app.services.context import LOCAL_ZONE
from app.services.kpis import Dashboard
from app.store.engine import raw_connect
from bench.branch_fixture import branch_database
from bench.common import emit, median, p95, rss_mb, time_ms
from bench.fixtures import Fixtures

SAMPLES = 15
TARGET_MS = 1000.0
BASELINE_SQL = (
    "SELECT advisor_user_id, count(*) FROM cases WHERE branch_id = ? AND deleted_at IS NULL "
    "AND signed_at >= ? AND signed_at < ? AND state != 'returned' GROUP BY advisor_user_id"
)


def _stamp(moment: Any) -> str:
    return str(moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))


def run(fx: Fixtures) -> None:
    big = branch_database(fx)
    ws, actor = big.ws, big.supervisor
    today = big.now.astimezone(LOCAL_ZONE).date()
    month = Period.containing(PeriodKind.MONTH, today)
    periods = {
        "current_month": month,
        "previous_month": month.previous(),
        "previous_quarter": Period.containing(PeriodKind.QUARTER, today).previous(),
        "current_year": Period.containing(PeriodKind.YEAR, today),
    }
    conn = raw_connect(ws.db.path, ws.data_key())
    try:
        details: dict[str, Any] = {}
        headline: list[float] = []
        baseline: list[float] = []
        for label, period in periods.items():
            start, end = period.bounds()
            params = (actor.branch_id, _stamp(start), _stamp(end))

            def ours(period: Period = period) -> Dashboard:
                return kpis.dashboard(ws, actor, period)

            def raw(params: tuple[str, str, str] = params) -> list[Any]:
                return list(conn.execute(BASELINE_SQL, params).fetchall())

            board = ours()
            signed = sum(int(n) for _a, n in raw())
            counted = int(board.total[Figure.ELDERLY_CARE_SHARE].denominator)
            if counted != signed:
                raise RuntimeError(f"{label}: dashboard counts {counted} signed, raw SQL {signed}")
            ours_ms = time_ms(ours, SAMPLES)
            raw_ms = time_ms(raw, SAMPLES)
            if label == "current_month":
                headline, baseline = ours_ms, raw_ms
            details[label] = {
                "period": period.key(),
                "median_ms": round(median(ours_ms), 2),
                "p95_ms": round(p95(ours_ms), 2),
                "baseline_ms": round(median(raw_ms), 2),
                "cases_signed": signed,
                "cases_matched": int(board.total[Figure.MISMATCH_RATE].denominator),
                "cases_started": int(board.total[Figure.CONVERSION].denominator),
                "visits_falling_due": int(board.total[Figure.VISITS_ON_TIME].denominator),
                "complaints": int(board.total[Figure.COMPLAINTS_PER_1000].numerator),
                "surveys_answered": int(board.total[Figure.MEAN_SATISFACTION].denominator),
                "target_met": median(ours_ms) <= TARGET_MS,
            }
        busiest = max(
            (a for a in board.advisors if a.advisor_id),
            key=lambda a: a[Figure.ELDERLY_CARE_SHARE].denominator,
        )
        drill_advisor = time_ms(
            lambda: kpis.drill_down(
                ws, actor, month.previous(), busiest.advisor_id, Figure.MISMATCH_RATE
            ),
            SAMPLES,
        )
        drill_branch = time_ms(
            lambda: kpis.drill_down(ws, actor, month.previous(), None, Figure.CONVERSION),
            5,
        )
        drill_visits = time_ms(
            lambda: kpis.drill_down(
                ws,
                actor,
                month.previous(),
                busiest.advisor_id,
                Figure.VISITS_ON_TIME,
                part=kpis.Part.BASE,
            ),
            5,
        )
    finally:
        conn.close()
    emit(
        "kpi_dashboard_1m",
        headline,
        rss=rss_mb(),
        baseline=baseline,
        target=TARGET_MS,
        target_met=median(headline) <= TARGET_MS,
        periods=details,
        drill_down_advisor_month_ms=round(median(drill_advisor), 2),
        drill_down_branch_month_ms=round(median(drill_branch), 2),
        drill_down_visits_advisor_month_ms=round(median(drill_visits), 2),
        data=big.counts,
        build_ms=big.build,
    )
