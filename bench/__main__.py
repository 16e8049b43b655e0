"""``python -m bench [NAME…]``: benchmark figures, one JSON object per line.

Names: cold_start_login, login_unwrap, raw_insert_100k, client_search_100k,
client_list_first_page_100k (default: all, in that order). The 100,000-client database is
built once for the benchmarks that need it; its bulk insert is ``raw_insert_100k``.

Head-office sync (``bench/sync_bench.py``; PostgreSQL from ``ADVISOR_DESK_BENCH_PG``, default
``postgresql://postgres@127.0.0.1:5432/test``, which creates and drops ``ads_bench_*``
databases): sync_push_10k, sync_pull_100k, sync_devices_50x1000.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ADVISOR_DESK_LANG", "zh_CN")

from bench import clients, cold_start, kpis, login, pdf_seal, review_queue, suitability, sync_bench
from bench.fixtures import Fixtures


def _insert(fx: Fixtures) -> None:
    clients.emit_insert(fx.big)


BENCHMARKS: dict[str, Callable[[Fixtures], None]] = {
    "cold_start_login": cold_start.run,
    "login_unwrap": login.run,
    "raw_insert_100k": _insert,
    "client_search_100k": clients.run_search,
    "client_list_first_page_100k": clients.run_list,
    "match_1000_products": suitability.run_match,
    "score_answer_sheet": suitability.run_score,
    "catalog_import_5000": suitability.run_import,
    "seal_pack": pdf_seal.run_seal,
    "verify_pack": pdf_seal.run_verify,
    "kpi_dashboard_1m": kpis.run,
    "review_queue_1m": review_queue.run,
    "sync_push_10k": sync_bench.run_push,
    "sync_pull_100k": sync_bench.run_pull,
    "sync_devices_50x1000": sync_bench.run_devices,
}
NEEDS_BIG = {"client_search_100k", "client_list_first_page_100k"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run")
    args = parser.parse_args(argv)
    names: list[str] = args.names or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    # The database build is reported whenever it happens.
    if NEEDS_BIG.intersection(names) and "raw_insert_100k" not in names:
        names.insert(names.index(next(n for n in names if n in NEEDS_BIG)), "raw_insert_100k")
    fixtures = Fixtures()
    try:
        for name in names:
            BENCHMARKS[name](fixtures)
    finally:
        fixtures.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
