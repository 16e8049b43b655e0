"""A head-office server for the sync benchmarks, and the data they push and pull.

- :class:`PgDatabases`: this run's PostgreSQL databases (``ads_bench_<run>_…``), copied from
  one migrated template (with its CA), all dropped at the end.
- :func:`serve`: uvicorn in a child process on a free loopback port (``--workers N``), so
  the server does not share the benchmark's interpreter (head office is another machine).
- :class:`WireDevice`: a device enrolled over HTTP with its own key (as ``tests/server``
  enroll them), talking through the app's :class:`app.sync.protocol.HeadOffice`.
- :func:`client_rows` / :func:`push_ops`: client records as the app stores them
  (:mod:`bench.dataset`) and the outbox ``upsert`` operations the app pushes for them
  (``canonical_json(row_dict(client))``, ~0.9 KB of JSON each).
- :func:`server_rows` / :func:`copy_rows`: the rows the server keeps for a push (``ops``,
  ``records``, ``change_log``, ``device_advisors``) and their raw ``COPY`` into another
  database — the push baseline.
- :func:`logged_changes` / :func:`append_logged`: change-log rows as the server appends them
  for another device's pushes, ``COPY``-ed in (the pull's 100,000 changes).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import httpx2
import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy.engine import make_url

from app.domain.roles import Role
from app.services.context import Actor, Workspace
from app.store.canonical import canonical_json
from app.store.ids import new_id
from app.store.migrate import head_revision
from app.sync.protocol import HeadOffice, Retry
from bench import dataset
from bench.sync_app import DB_URL_ENV
from server.db import Database
from server.enrollment import create_code
from server.settings import Settings
from server.startup import prepare
from server.tokens import sha256_hex

PG_ADMIN = os.environ.get("ADVISOR_DESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
BRANCH = "BJ001"
# The tables a push writes, in foreign-key order, with their columns.
SERVER_TABLES: dict[str, tuple[str, ...]] = {
    "device_advisors": ("device_id", "advisor_id"),
    "records": (
        "entity", "entity_id", "payload", "payload_sha256", "immutable", "deleted", "version",
        "branch_id", "owner_device_id", "advisor_id", "last_device_id", "created_at",
        "updated_at",
    ),
    "ops": (
        "op_id", "device_id", "seq", "entity", "entity_id", "payload_sha256", "status", "result",
        "received_at",
    ),
    "change_log": (
        "cursor", "entity", "entity_id", "op", "payload", "version", "audience", "branch_id",
        "origin_device_id", "owner_device_id", "advisor_id", "created_at",
    ),
}  # fmt: skip
JSON_COLUMNS = frozenset({"payload", "result"})


def pg_url(database: str) -> str:
    url = make_url(PG_ADMIN).set(drivername="postgresql+psycopg", database=database)
    return url.render_as_string(hide_password=False)


def libpq_url(url: str) -> str:
    """A SQLAlchemy ``postgresql+psycopg://`` URL as psycopg takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class PgDatabases:
    """This run's databases: one migrated template, copies of it, every one dropped."""

    def __init__(self) -> None:
        self.prefix = f"ads_bench_{uuid.uuid4().hex[:8]}"
        self.made: list[str] = []
        self._template: str | None = None

    def _admin(self, sql: str) -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql.encode())

    def template(self) -> str:
        if self._template is None:
            name = f"{self.prefix}_template"
            self._admin(f"CREATE DATABASE {name}")
            self.made.append(name)
            prepare(Settings(db_url=pg_url(name)))  # migrations and the CA
            self._template = name
        return self._template

    def fresh(self, label: str) -> str:
        """A new migrated database (a copy of the template); its SQLAlchemy URL."""
        name = f"{self.prefix}_{label}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {self.template()}")
        self.made.append(name)
        return pg_url(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        if name in self.made:
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            self.made.remove(name)

    def close(self) -> None:
        for name in reversed(self.made):
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.made.clear()


@dataclass
class ServerProcess:
    base: str
    db_url: str
    workers: int
    db: Database  # the bench's own connection, for head office's chores (codes, counts)
    settings: Settings
    pid: int  # the server process (uvicorn's supervisor when workers > 1)

    def code(self, role: str = "advisor", branch: str = BRANCH) -> str:
        return create_code(self.db, self.settings, branch, role)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(db_url: str, workers: int = 1) -> Iterator[ServerProcess]:
    """``uvicorn bench.sync_app:app`` in a child process until the block ends."""
    port = _free_port()
    command = [
        sys.executable, "-m", "uvicorn", "bench.sync_app:app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    child = subprocess.Popen(command, env={**os.environ, DB_URL_ENV: db_url})
    base = f"http://127.0.0.1:{port}"
    db = Database(db_url)
    try:
        _wait_ready(child, base)
        yield ServerProcess(base, db_url, workers, db, Settings(db_url=db_url), child.pid)
    finally:
        db.dispose()
        child.terminate()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _wait_ready(child: subprocess.Popen[bytes], base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"the server exited with {child.returncode}")
        try:
            httpx2.get(f"{base}/sync/status", timeout=2)  # any answer (426) means it listens
            return
        except httpx2.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start within 60 s")


def _csr_pem(name: str) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM).decode("ascii")


def connect(base: str, token: str | None = None) -> HeadOffice:
    """The app's client; a failed request is not retried (the benchmarks count errors). Plain
    HTTP on loopback: its transport skips loading the CA bundle (~0.13 s per client)."""
    return HeadOffice(
        base,
        schema_revision=head_revision(),
        token=token,
        retry=Retry(attempts=1),
        transport=httpx2.HTTPTransport(verify=False),
    )


@dataclass
class WireDevice:
    """An enrolled device without a data folder: it pushes and pulls prepared operations."""

    device_id: str
    office: HeadOffice
    seq: int = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def close(self) -> None:
        self.office.close()


def enroll_wire_device(
    server: ServerProcess, name: str, role: str = "advisor", code: str | None = None
) -> WireDevice:
    """A new device, enrolled with a one-time code (of ``role`` at the server's branch)."""
    device_id = str(uuid.uuid4())
    with connect(server.base) as office:
        answer = office.enroll(
            {
                "code": code or server.code(role),
                "device_id": device_id,
                "device_name": name,
                "csr_pem": _csr_pem(name),
                "schema_revision": head_revision(),
            }
        )
    return WireDevice(device_id, connect(server.base, str(answer["device_token"])))


def enroll_wire_devices(server: ServerProcess, count: int) -> list[WireDevice]:
    """``count`` advisor devices: codes made one by one (the first creates the branch; two
    at once could both try), then enrolled four at a time."""
    codes = [server.code("advisor") for _ in range(count)]
    with ThreadPoolExecutor(4) as pool:
        return list(
            pool.map(
                lambda i: enroll_wire_device(server, f"柜台{i + 1}", code=codes[i]), range(count)
            )
        )


@dataclass(frozen=True)
class _Origin:
    device_id: str


def client_rows(
    count: int, device_id: str, advisor_id: str, branch_id: str
) -> list[dict[str, Any]]:
    """``count`` realistic client records (:class:`bench.dataset.Generator`: every column
    set, Chinese names and addresses) of one advisor, made on ``device_id``."""
    actor = Actor(advisor_id, "li.advisor", "李顾问", Role.ADVISOR, branch_id)
    generator = dataset.Generator(cast(Workspace, _Origin(device_id)), actor)
    return [generator.row(i) for i in range(count)]


def reissued(
    template: Sequence[dict[str, Any]], count: int, device_id: str, advisor_id: str
) -> list[dict[str, Any]]:
    """``count`` new clients (new ids) with the template's contents, cycled: cheaper than
    generating every one when only the server sees them."""
    return [
        {
            **template[i % len(template)],
            "id": new_id(),
            "owner_user_id": advisor_id,
            "origin_device_id": device_id,
        }
        for i in range(count)
    ]


def push_ops(device: WireDevice, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``upsert`` operations the app pushes for these new clients
    (:func:`app.sync.wire.push_op` of their outbox rows)."""
    ops = []
    for row in rows:
        payload = json.loads(canonical_json(row))  # the outbox row's text, read back
        ops.append(
            {
                "op_id": new_id(),
                "seq": device.next_seq(),
                "entity": "client",
                "entity_id": row["id"],
                "op": "upsert",
                "payload": payload,
                "payload_sha256": sha256_hex(canonical_json(payload)),
                "blobs": [],
            }
        )
    return ops


def batches(items: Sequence[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


# -- the server's rows, read and copied --------------------------------------------------------

# table -> (columns, rows); JSON values as text
ServerRows = dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]
_BY_DEVICE = {
    "device_advisors": "device_id",
    "records": "last_device_id",
    "ops": "device_id",
    "change_log": "origin_device_id",
}


def server_rows(db_url: str, device_ids: Sequence[str], entity: str = "client") -> ServerRows:
    """Every row the server keeps for these devices' pushes of ``entity``, by table."""
    found: ServerRows = {}
    with psycopg.connect(libpq_url(db_url)) as conn:
        for table, columns in SERVER_TABLES.items():
            select = ", ".join(f'"{c}"::text' if c in JSON_COLUMNS else f'"{c}"' for c in columns)
            query = f"SELECT {select} FROM {table} WHERE {_BY_DEVICE[table]} = ANY(%s)"
            params: list[Any] = [list(device_ids)]
            if "entity" in columns:
                query += " AND entity = %s"
                params.append(entity)
            found[table] = (columns, conn.execute(query.encode(), params).fetchall())
    return found


def copy_rows(db_url: str, rows: ServerRows) -> float:
    """``COPY`` the rows into ``db_url`` in one transaction (tables in foreign-key order);
    the wall time in ms, connecting excluded, commit included."""
    with psycopg.connect(libpq_url(db_url)) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur:
            for table in SERVER_TABLES:
                if table not in rows:
                    continue
                columns, values = rows[table]
                names = ", ".join(f'"{c}"' for c in columns)
                with cur.copy(f"COPY {table} ({names}) FROM STDIN".encode()) as copy:
                    for row in values:
                        copy.write_row(row)
        conn.commit()
        return (time.perf_counter() - start) * 1000


def add_devices(db_url: str, rows: ServerRows) -> ServerRows:
    """Make the branch and devices copied rows refer to (foreign keys) in ``db_url``; the
    rows with this database's branch id."""
    now = datetime.now(UTC)
    with psycopg.connect(libpq_url(db_url)) as conn:
        found = conn.execute(
            b"INSERT INTO branches (code, name, created_at) VALUES (%s, %s, %s) "
            b"ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id",
            (BRANCH, BRANCH, now),
        ).fetchone()
        assert found is not None
        branch = found[0]
        devices = {row[0] for row in rows["device_advisors"][1]}
        devices |= {row[1] for row in rows["ops"][1]}
        for device_id in sorted(devices):
            conn.execute(
                b"INSERT INTO devices (id, name, branch_id, role, token_sha256, "
                b"token_expires_at, certificate_pem, enrolled_at) "
                b"VALUES (%s, %s, %s, 'advisor', %s, %s, '', %s)",
                (device_id, device_id, branch, sha256_hex(device_id), now, now),
            )
    moved = dict(rows)
    for table in ("records", "change_log"):
        columns, values = rows[table]
        at = columns.index("branch_id")
        moved[table] = (columns, [(*row[:at], branch, *row[at + 1 :]) for row in values])
    return moved


def branch_id(db_url: str, code: str = BRANCH) -> int:
    with psycopg.connect(libpq_url(db_url)) as conn:
        found = conn.execute(b"SELECT id FROM branches WHERE code = %s", (code,)).fetchone()
    assert found is not None
    return int(found[0])


def logged_changes(
    rows: Sequence[dict[str, Any]], origin_id: str, advisor_id: str, branch: int
) -> list[tuple[Any, ...]]:
    """The change-log rows the server appends when ``origin_id`` (a device of ``advisor_id``
    in ``branch``) pushes these new clients (:func:`server.records.change_of`), without their
    cursors (the database draws them)."""
    now = datetime.now(UTC)
    return [
        ("client", row["id"], "upsert", canonical_json(row), 1, "owner", branch, origin_id,
         origin_id, advisor_id, now)
        for row in rows
    ]  # fmt: skip


def append_logged(db_url: str, changes: Sequence[tuple[Any, ...]]) -> float:
    """``COPY`` change-log rows (from :func:`logged_changes`); the wall time in ms."""
    return copy_rows(db_url, {"change_log": (SERVER_TABLES["change_log"][1:], list(changes))})


def link_advisor(db_url: str, device_id: str, advisor_id: str) -> None:
    """Head office has seen ``advisor_id`` work on ``device_id`` (routes their clients)."""
    with psycopg.connect(libpq_url(db_url)) as conn:
        conn.execute(
            b"INSERT INTO device_advisors (device_id, advisor_id) VALUES (%s, %s) "
            b"ON CONFLICT DO NOTHING",
            (device_id, advisor_id),
        )


def read_changes(db_url: str, first: int, last: int) -> tuple[int, float]:
    """Raw read of the change-log rows ``first..last`` (payloads decoded by psycopg), as
    one query; (rows, wall time in ms)."""
    with psycopg.connect(libpq_url(db_url)) as conn:
        start = time.perf_counter()
        rows = conn.execute(
            b"SELECT cursor, entity, entity_id, op, version, payload FROM change_log "
            b"WHERE cursor BETWEEN %s AND %s ORDER BY cursor",
            (first, last),
        ).fetchall()
        return len(rows), (time.perf_counter() - start) * 1000


def count_ops(db_url: str, device_ids: Sequence[str]) -> tuple[int, int]:
    """(rows, distinct op_ids) in ``ops`` for these devices."""
    with psycopg.connect(libpq_url(db_url)) as conn:
        row = conn.execute(
            b"SELECT count(*), count(DISTINCT op_id) FROM ops WHERE device_id = ANY(%s)",
            (list(device_ids),),
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])
