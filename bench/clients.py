"""Client search and the client list's first page over 100,000 encrypted clients."""

from __future__ import annotations

import os
from typing import Any

from app.services import clients
from app.store.engine import raw_connect
from bench.common import emit, median, p95, rss_mb, time_ms
from bench.fixtures import BigDatabase, Fixtures

SEARCH_SAMPLES = 30
LIST_SAMPLES = 30
PAGE = 200
SEARCH_TARGET_MS = 20.0
LIST_TARGET_MS = 50.0

COLUMNS = "id, name, id_type, id_number, phone, birth_date, updated_at"
VISIBLE = "deleted_at IS NULL AND owner_user_id = ?"
ORDER = "ORDER BY name_search, id"
_KEEP: list[object] = []


def emit_insert(big: BigDatabase) -> None:
    """The bulk insert that built the database (one sample: it happens once)."""
    timing = big.insert
    emit(
        "raw_insert_100k",
        [timing.insert_ms],
        rss=rss_mb(),
        rows=timing.rows,
        rows_per_s=round(timing.rows / (timing.insert_ms / 1000)),
        generate_ms=round(timing.generate_ms, 1),
        method="Core insert(Client), executemany per 10,000 rows, one BEGIN IMMEDIATE transaction",
    )


def raw_search_sql(user_id: str, query: str) -> tuple[str, list[Any]]:
    """The statement ``clients.search_clients`` sends, written by hand (advisor, offset 0)."""
    text = query.strip()
    pattern = (
        "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    )
    conditions = ["name_search LIKE ? ESCAPE '\\'"]
    params: list[Any] = [user_id, pattern]
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) == len(text.replace(" ", "")):
        conditions.append("phone LIKE ?")
        params.append(f"%{digits}%")
    if len(text) == 4:
        conditions.append("id_last4 = ?")
        params.append(text.upper())
    sql = (
        f"SELECT {COLUMNS} FROM clients WHERE {VISIBLE} AND ({' OR '.join(conditions)}) "
        f"{ORDER} LIMIT ? OFFSET ?"
    )
    return sql, [*params, PAGE, 0]


def _plan(conn: Any, sql: str, params: list[Any]) -> str:
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "; ".join(str(row[3]) for row in rows)


def run_search(fx: Fixtures) -> None:
    big = fx.big
    p = big.planted
    queries = [
        ("surname_1char", p.surname),
        ("name_2char", p.name_part),
        ("rare_full_name", p.rare_name),
        ("phone_4digits", p.phone_digits),
        ("id_last4", p.id_last4),
        ("no_match", p.no_match),
    ]
    conn = raw_connect(big.ws.db.path, big.ws.data_key())
    try:
        all_ours: list[float] = []
        all_raw: list[float] = []
        details: list[dict[str, Any]] = []
        for label, query in queries:
            sql, params = raw_search_sql(big.actor.user_id, query)

            def ours(query: str = query) -> list[clients.ClientRow]:
                return clients.search_clients(big.ws, big.actor, query, offset=0, limit=PAGE)

            def raw(sql: str = sql, params: list[Any] = params) -> list[Any]:
                return list(conn.execute(sql, params).fetchall())

            found = len(ours())
            raw_found = len(raw())
            if found != raw_found:
                raise RuntimeError(f"{label}: service found {found}, raw SQL {raw_found}")
            ours_ms = time_ms(ours, SEARCH_SAMPLES)
            raw_ms = time_ms(raw, SEARCH_SAMPLES)
            all_ours += ours_ms
            all_raw += raw_ms
            details.append(
                {
                    "kind": label,
                    "query": query,
                    "rows": found,
                    "total_matches": clients.count_clients(big.ws, big.actor, query),
                    "median_ms": round(median(ours_ms), 2),
                    "p95_ms": round(p95(ours_ms), 2),
                    "raw_median_ms": round(median(raw_ms), 2),
                    "plan": _plan(conn, sql, params),
                }
            )
    finally:
        conn.close()
    emit(
        "client_search_100k",
        all_ours,
        rss=rss_mb(),
        baseline=all_raw,
        target=SEARCH_TARGET_MS,
        target_met=median(all_ours) <= SEARCH_TARGET_MS,
        slow_queries=[d["kind"] for d in details if d["median_ms"] > SEARCH_TARGET_MS],
        queries=details,
        clients=big.insert.rows,
    )


def run_list(fx: Fixtures) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.models.client_table_model import PAGE_SIZE, ClientTableModel

    if QApplication.instance() is None:
        _KEEP.append(QApplication(["bench"]))  # the model needs an application; keep it alive
    big = fx.big
    model = ClientTableModel(
        lambda query, offset, limit: clients.search_clients(
            big.ws, big.actor, query, offset=offset, limit=limit
        )
    )
    ours = time_ms(lambda: model.set_query(""), LIST_SAMPLES)
    if model.rowCount() != PAGE_SIZE:
        raise RuntimeError(f"first page has {model.rowCount()} rows, expected {PAGE_SIZE}")
    sql = f"SELECT {COLUMNS} FROM clients WHERE {VISIBLE} {ORDER} LIMIT ?"
    params: list[Any] = [big.actor.user_id, PAGE_SIZE]
    conn = raw_connect(big.ws.db.path, big.ws.data_key())
    try:
        raw = time_ms(lambda: conn.execute(sql, params).fetchall(), LIST_SAMPLES)
        plan = _plan(conn, sql, params)
    finally:
        conn.close()
    emit(
        "client_list_first_page_100k",
        ours,
        rss=rss_mb(),
        baseline=raw,
        target=LIST_TARGET_MS,
        target_met=median(ours) <= LIST_TARGET_MS,
        rows=PAGE_SIZE,
        plan=plan,
        clients=big.insert.rows,
    )
