"""Head-office sync (issue 5): push, pull, and 50 devices at once, against a real uvicorn
server (a child process, :mod:`bench.sync_server`) on a fresh PostgreSQL database on
loopback; every database is dropped afterwards. Operations are new clients as the app
pushes them (``upsert`` of ``canonical_json(row_dict(client))``, ~0.9 KB), in the device's
batches of :data:`app.sync.push.BATCH_OPS`; pulls use the app's page of
:data:`app.sync.pull.PAGE`.

- ``sync_push_10k``: a real device (encrypted data folder, :mod:`bench.sync_device`) with
  10,000 client rows in its outbox runs :func:`app.services.sync.sync_once`: what an advisor
  waits for. Also ``wire_*``: 10,000 prepared operations pushed over HTTP with the app's
  :class:`~app.sync.protocol.HeadOffice` and no data folder (what the server sustains),
  :data:`PUSH_WIRE_RUNS` runs. Baseline: ``COPY`` of the very rows the server wrote for each
  run (``ops``, ``records``, ``change_log``, ``device_advisors``) into a copy of the empty
  database, in the same run. Target: ≥ 2,000 ops/s (``ok``: the device; ``wire_ok``: the
  server over HTTP).
- ``sync_pull_100k``: 100,000 changes in the change log (another device of the branch pushed
  them for one advisor; the rows are ``COPY``-ed in as the server appends them) pulled over
  HTTP page by page from cursor 0 by a device of that advisor, JSON decoded, no data folder,
  :data:`PULL_WIRE_RUNS` runs. Baseline: one raw ``SELECT`` of the same rows. Also
  ``device_*``: a real device pulling and applying :data:`PULL_DEVICE_CHANGES` changes with
  ``sync_once`` (all 100,000 would take ~10 minutes: the device applies ~160 changes/s).
  Target: ≥ 5,000 changes/s (``ok``: over HTTP; ``device_ok``: applied on the device).

``device_http_ms`` is the time the device spent in its requests (server and JSON included),
``device_local_ms`` the rest: its own database work.
- ``sync_devices_50x1000``: 50 enrolled devices (threads, each its own HTTP connection) push
  1,000 operations each at once to a server with :data:`DEVICES_WORKERS` uvicorn workers.
  Samples: each batch's latency; ``errors`` (failed requests or results not ``applied``)
  must be 0 and head office must then hold exactly 50,000 distinct ``op_id`` s.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.store.ids import new_id
from app.sync.pull import PAGE
from app.sync.push import BATCH_OPS
from bench.common import emit, median, p95, rss_mb
from bench.fixtures import Fixtures
from bench.sync_device import fill_outbox, make_device, timed_requests
from bench.sync_server import (
    PgDatabases,
    WireDevice,
    add_devices,
    append_logged,
    batches,
    branch_id,
    client_rows,
    copy_rows,
    count_ops,
    enroll_wire_device,
    enroll_wire_devices,
    link_advisor,
    logged_changes,
    push_ops,
    read_changes,
    reissued,
    serve,
    server_rows,
)

PUSH_OPS = 10_000
PUSH_WIRE_RUNS = 3
PUSH_TARGET = 2_000.0  # ops/s

PULL_CHANGES = 100_000
PULL_WIRE_RUNS = 3
PULL_DEVICE_CHANGES = 5_000
PULL_TARGET = 5_000.0  # changes/s
TEMPLATE_CLIENTS = 10_000  # distinct generated clients; more are copies with new ids

DEVICES = 50
DEVICE_OPS = 1_000
DEVICES_WORKERS = 2


@contextmanager
def _databases() -> Iterator[PgDatabases]:
    databases = PgDatabases()
    try:
        yield databases
    finally:
        databases.close()


def _per_s(count: int, ms: float) -> float:
    return round(count / (ms / 1000), 1)


def _stats_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {"p50_ms": round(median(ms), 2), "p95_ms": round(p95(ms), 2)} if ms else {}


def _check_applied(answer: dict[str, Any], sent: int) -> int:
    """How many results are not ``applied`` (errors)."""
    results = answer["results"]
    return sent - sum(1 for r in results if r.get("status") == "applied")


# -- sync_push_10k --------------------------------------------------------------------------


def _push_wire(device: WireDevice, ops: list[dict[str, Any]]) -> tuple[float, list[float]]:
    """Push every batch; (total ms, each batch's seconds). Raises on any non-applied op."""
    latencies = []
    start = time.perf_counter()
    for batch in batches(ops, BATCH_OPS):
        sent = time.perf_counter()
        answer = device.office.push(device.device_id, batch)
        latencies.append(time.perf_counter() - sent)
        if _check_applied(answer, len(batch)):
            raise RuntimeError(f"push not applied: {answer['results'][:1]}")
    return (time.perf_counter() - start) * 1000, latencies


def _copy_baseline(dbs: PgDatabases, db_url: str, device_id: str, label: str) -> float:
    rows = server_rows(db_url, [device_id])
    if len(rows["ops"][1]) != PUSH_OPS:
        raise RuntimeError(f"the server holds {len(rows['ops'][1])} ops, not {PUSH_OPS}")
    target = dbs.fresh(label)
    try:
        return copy_rows(target, add_devices(target, rows))
    finally:
        dbs.drop(target)


def run_push(fx: Fixtures) -> None:
    with _databases() as dbs:
        db_url = dbs.fresh("push")
        with serve(db_url, workers=1) as server:
            device = make_device(fx.root / "sync-push", server)
            try:
                rows = client_rows(PUSH_OPS, device.device_id, device.advisor_id, device.branch_id)
                fill_ms = fill_outbox(device, rows)
                with timed_requests() as calls:
                    start = time.perf_counter()
                    report = device.sync()
                    device_ms = (time.perf_counter() - start) * 1000
                unsent = report.unsent
            finally:
                device.close()
            if (report.pushed, report.rejected, report.conflicts, unsent) != (PUSH_OPS, 0, 0, 0):
                raise RuntimeError(f"the device's push did not apply cleanly: {report}")
            baseline = [_copy_baseline(dbs, db_url, device.device_id, "push_copy0")]
            wire_ms: list[float] = []
            wire_batches: list[float] = []
            for run in range(PUSH_WIRE_RUNS):
                wire = enroll_wire_device(server, f"柜台{run + 2}")
                ops = push_ops(wire, reissued(rows, PUSH_OPS, wire.device_id, device.advisor_id))
                total, latencies = _push_wire(wire, ops)
                wire.close()
                wire_ms.append(total)
                wire_batches += latencies
                baseline.append(_copy_baseline(dbs, db_url, wire.device_id, f"push_copy{run + 1}"))
    device_wire_ms = sum(calls.push_s + calls.pull_s) * 1000
    wire_median = median(wire_ms)
    emit(
        "sync_push_10k",
        [device_ms],
        rss=rss_mb(),
        baseline=baseline,
        path="device: sync_once on an encrypted data folder, server in a child process",
        ops=PUSH_OPS,
        batch_ops=BATCH_OPS,
        ops_per_s=_per_s(PUSH_OPS, device_ms),
        device_batch={**_stats_ms(calls.push_s), "batches": len(calls.push_s)},
        device_http_ms=round(device_wire_ms, 1),
        device_local_ms=round(device_ms - device_wire_ms, 1),
        outbox_fill_ms=round(fill_ms, 1),
        wire_runs_ms=[round(ms, 1) for ms in wire_ms],
        wire_ops_per_s=_per_s(PUSH_OPS, wire_median),
        wire_batch=_stats_ms(wire_batches),
        wire_ratio=round(wire_median / median(baseline), 2),
        baseline_rows=3 * PUSH_OPS + 1,
        baseline_method="psycopg COPY of ops, records, change_log, device_advisors; one commit",
        target_ops_per_s=PUSH_TARGET,
        ok=_per_s(PUSH_OPS, device_ms) >= PUSH_TARGET,
        wire_ok=_per_s(PUSH_OPS, wire_median) >= PUSH_TARGET,
    )


# -- sync_pull_100k -------------------------------------------------------------------------


def _pull_wire(device: WireDevice) -> tuple[int, float, list[float]]:
    """Pull everything from cursor 0; (changes, total ms, each page's seconds)."""
    cursor, received, latencies = 0, 0, []
    last = 0
    start = time.perf_counter()
    while True:
        sent = time.perf_counter()
        page = device.office.pull(cursor, PAGE)
        latencies.append(time.perf_counter() - sent)
        for change in page["changes"]:
            if change["cursor"] <= last:
                raise RuntimeError("a pulled page went backwards")
            last = change["cursor"]
        received += len(page["changes"])
        cursor = page["cursor"]
        if not page["more"]:
            return received, (time.perf_counter() - start) * 1000, latencies


def run_pull(fx: Fixtures) -> None:
    with _databases() as dbs:
        db_url = dbs.fresh("pull")
        with serve(db_url, workers=1) as server:
            device = make_device(fx.root / "sync-pull", server)
            try:
                origin = enroll_wire_device(server, "柜台二号机")  # where the clients were made
                reader = enroll_wire_device(server, "柜台三号机")
                advisor = new_id()  # works on origin and reader
                link_advisor(db_url, origin.device_id, advisor)
                link_advisor(db_url, reader.device_id, advisor)
                link_advisor(db_url, origin.device_id, device.advisor_id)
                branch = branch_id(db_url)
                template = client_rows(TEMPLATE_CLIENTS, origin.device_id, advisor, new_id())
                mine = reissued(template, PULL_DEVICE_CHANGES, origin.device_id, device.advisor_id)
                log_ms = append_logged(
                    db_url, logged_changes(mine, origin.device_id, device.advisor_id, branch)
                )
                theirs = reissued(template, PULL_CHANGES, origin.device_id, advisor)
                first = PULL_DEVICE_CHANGES + 1
                log_ms += append_logged(
                    db_url, logged_changes(theirs, origin.device_id, advisor, branch)
                )
                wire_ms: list[float] = []
                pages: list[float] = []
                baseline: list[float] = []
                for _run in range(PULL_WIRE_RUNS):
                    received, total, latencies = _pull_wire(reader)
                    if received != PULL_CHANGES:
                        raise RuntimeError(f"pulled {received} changes, not {PULL_CHANGES}")
                    wire_ms.append(total)
                    pages += latencies
                    rows, raw_ms = read_changes(db_url, first, first + PULL_CHANGES - 1)
                    assert rows == PULL_CHANGES
                    baseline.append(raw_ms)
                reader.close()
                origin.close()
                with timed_requests() as calls:
                    start = time.perf_counter()
                    report = device.sync()
                    device_ms = (time.perf_counter() - start) * 1000
                held = device.count_clients()
            finally:
                device.close()
    if report.pulled != PULL_DEVICE_CHANGES or held != PULL_DEVICE_CHANGES:
        raise RuntimeError(f"the device pulled {report.pulled} and holds {held} clients")
    emit(
        "sync_pull_100k",
        wire_ms,
        rss=rss_mb(),
        baseline=baseline,
        path="HTTP pull from cursor 0 with HeadOffice.pull, JSON decoded, no data folder",
        changes=PULL_CHANGES,
        page=PAGE,
        changes_per_s=_per_s(PULL_CHANGES, median(wire_ms)),
        page_latency=_stats_ms(pages),
        log_copy_ms=round(log_ms, 1),
        baseline_method="one psycopg SELECT of the same change-log rows (payloads decoded)",
        device_changes=PULL_DEVICE_CHANGES,
        device_ms=round(device_ms, 1),
        device_changes_per_s=_per_s(PULL_DEVICE_CHANGES, device_ms),
        device_http_ms=round(sum(calls.pull_s + calls.push_s) * 1000, 1),
        target_changes_per_s=PULL_TARGET,
        ok=_per_s(PULL_CHANGES, median(wire_ms)) >= PULL_TARGET,
        device_ok=_per_s(PULL_DEVICE_CHANGES, device_ms) >= PULL_TARGET,
    )


# -- sync_devices_50x1000 -------------------------------------------------------------------


class _Pusher(threading.Thread):
    def __init__(self, device: WireDevice, ops: list[dict[str, Any]], go: threading.Barrier):
        super().__init__(daemon=True)
        self.device, self.ops, self.go = device, ops, go
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.finished = 0.0

    def run(self) -> None:
        self.go.wait()
        for batch in batches(self.ops, BATCH_OPS):
            sent = time.perf_counter()
            try:
                answer = self.device.office.push(self.device.device_id, batch)
            except Exception as exc:  # every failure is counted, none hidden
                self.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            finally:
                self.latencies.append(time.perf_counter() - sent)
            failed = _check_applied(answer, len(batch))
            if failed:
                self.errors.append(f"{failed} results not applied")
        self.finished = time.perf_counter()


def run_devices(fx: Fixtures) -> None:
    with _databases() as dbs:
        db_url = dbs.fresh("devices")
        with serve(db_url, workers=DEVICES_WORKERS) as server:
            devices = enroll_wire_devices(server, DEVICES)
            template = client_rows(DEVICE_OPS, devices[0].device_id, new_id(), new_id())
            go = threading.Barrier(DEVICES + 1)
            pushers = [
                _Pusher(d, push_ops(d, reissued(template, DEVICE_OPS, d.device_id, new_id())), go)
                for d in devices
            ]
            for pusher in pushers:
                pusher.start()
            go.wait()
            start = time.perf_counter()
            for pusher in pushers:
                pusher.join()
            total_ms = (max(p.finished for p in pushers) - start) * 1000
            for device in devices:
                device.close()
            stored, distinct = count_ops(db_url, [d.device_id for d in devices])
    errors = [error for pusher in pushers for error in pusher.errors]
    latencies = [s * 1000 for pusher in pushers for s in pusher.latencies]
    expected = DEVICES * DEVICE_OPS
    emit(
        "sync_devices_50x1000",
        latencies,
        rss=rss_mb(),
        path=f"{DEVICES} threads, one HeadOffice each, uvicorn with {DEVICES_WORKERS} workers",
        devices=DEVICES,
        ops_per_device=DEVICE_OPS,
        batch_ops=BATCH_OPS,
        workers=DEVICES_WORKERS,
        total_ms=round(total_ms, 1),
        ops_per_s=_per_s(expected, total_ms),
        errors=len(errors),
        first_errors=errors[:3],
        ops_stored=stored,
        distinct_op_ids=distinct,
        ok=not errors and stored == distinct == expected,
    )
