"""The supervisor's review queue over a branch of 1,000,000 cases (``review_queue_1m``).

Timed: the first page as the page opens (cases waiting for review, oldest first), and
each filter change a supervisor makes — every flag, "any flag", one advisor, the ``warn``
outcome, newest first, the decided queues (approved is the largest: ~655,000 cases), a
flag inside the approved queue, and searches by a client's name, a product code and a
case id. Each call is :func:`app.services.review.review_queue` (page ids, capped count and
the page's display columns). Baseline: the raw first-page statement (the 50 ids of the
waiting queue through the same index) on a raw SQLCipher connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.case_flow import CaseState
from app.domain.review import Flag
from app.services import review
from app.services.review import ANY_FLAG, QueueQuery
from app.store.engine import raw_connect
from app.store.models import Client, Product, SalesCase
from bench.branch_fixture import branch_database
from bench.common import emit, median, p95, rss_mb, time_ms
from bench.fixtures import Fixtures

SAMPLES = 15
TARGET_MS = 100.0
BASELINE_SQL = (
    "SELECT id FROM cases WHERE branch_id = ? AND state = 'submitted' AND deleted_at IS NULL "
    "ORDER BY submitted_at, id LIMIT 50"
)


def _queries(big: Any) -> dict[str, QueueQuery]:
    ws = big.ws
    with ws.db.reading() as session:
        sample = session.execute(
            select(SalesCase.id, SalesCase.advisor_user_id, Client.name, Product.code)
            .join(Client, Client.id == SalesCase.client_id)
            .join(Product, Product.id == SalesCase.product_id)
            .where(SalesCase.state == CaseState.SUBMITTED.value)
            .limit(1)
        ).one()
    case_id, advisor_id, client_name, product_code = sample
    queries = {"first_page": QueueQuery()}
    for flag in Flag:
        queries[f"flag_{str(flag.name).lower()}"] = QueueQuery(flag=int(flag))
    queries.update(
        {
            "any_flag": QueueQuery(flag=ANY_FLAG),
            "advisor": QueueQuery(advisor_id=advisor_id),
            "outcome_warn": QueueQuery(outcome="warn"),
            "newest_first": QueueQuery(newest_first=True),
            "approved": QueueQuery(state=CaseState.APPROVED),
            "approved_elderly": QueueQuery(state=CaseState.APPROVED, flag=int(Flag.ELDERLY_CARE)),
            "returned": QueueQuery(state=CaseState.RETURNED),
            "rejected": QueueQuery(state=CaseState.REJECTED),
            "search_client_name": QueueQuery(search=client_name),
            "search_surname": QueueQuery(search=client_name[0]),
            "search_product_code": QueueQuery(search=product_code),
            "search_case_id": QueueQuery(search=case_id[:13]),
            "second_page": QueueQuery(offset=50),
        }
    )
    return queries


def run(fx: Fixtures) -> None:
    big = branch_database(fx)
    ws, actor = big.ws, big.supervisor
    conn = raw_connect(ws.db.path, ws.data_key())
    try:
        baseline = time_ms(
            lambda: conn.execute(BASELINE_SQL, (actor.branch_id,)).fetchall(), SAMPLES
        )
        waiting = conn.execute(
            "SELECT count(*) FROM cases WHERE branch_id = ? AND state = 'submitted'",
            (actor.branch_id,),
        ).fetchone()[0]
    finally:
        conn.close()
    details: dict[str, Any] = {}
    first: list[float] = []
    worst = ("", 0.0)
    for label, query in _queries(big).items():
        page = review.review_queue(ws, actor, query)

        def call(query: QueueQuery = query) -> object:
            return review.review_queue(ws, actor, query)

        samples = time_ms(call, SAMPLES)
        if label == "first_page":
            first = samples
        details[label] = {
            "median_ms": round(median(samples), 2),
            "p95_ms": round(p95(samples), 2),
            "rows": len(page.rows),
            "total": f"{page.total}+" if page.capped else page.total,
        }
        if median(samples) > worst[1]:
            worst = (label, median(samples))
    emit(
        "review_queue_1m",
        first,
        rss=rss_mb(),
        baseline=baseline,
        cases=big.counts.get("cases"),
        waiting=waiting,
        slowest_filter=worst[0],
        slowest_filter_median_ms=round(worst[1], 2),
        target_ms=TARGET_MS,
        every_filter_within_target=all(d["median_ms"] <= TARGET_MS for d in details.values()),
        filters=details,
    )
