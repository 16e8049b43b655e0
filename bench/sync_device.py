"""A real device for the sync benchmarks: an encrypted data folder set up as at first run
(real key derivation), enrolled with the benchmark's head office, synced with
:func:`app.services.sync.sync_once` — the code path the app's "sync now" runs.

Its outbox is filled fast: :func:`fill_outbox` inserts client rows and their outbox rows
directly, as :func:`app.services.clients.create_client` writes them (the client row and
``canonical_json(row_dict(client))`` as an ``upsert``), without the consents and audit
events the service also writes, which are not pushed as client operations.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from app.services import sync
from app.services.context import Actor, Workspace
from app.store.canonical import canonical_json
from app.store.engine import writer
from app.store.ids import new_id
from app.store.migrate import head_revision
from app.store.models import Client, OutboxOp, SyncState, User
from app.sync.protocol import HeadOffice
from bench.common import ADVISOR_USERNAME, Office
from bench.sync_server import ServerProcess


@dataclass
class Calls:
    """Wall time of each push and pull request the device made (JSON both ways included)."""

    push_s: list[float] = field(default_factory=list)
    pull_s: list[float] = field(default_factory=list)


class TimedOffice(HeadOffice):
    def __init__(self, base_url: str, token: str | None, calls: Calls) -> None:
        super().__init__(base_url, schema_revision=head_revision(), token=token)
        self.calls = calls

    def push(self, device_id: str, batch: list[dict[str, Any]]) -> dict[str, Any]:
        start = time.perf_counter()
        try:
            return super().push(device_id, batch)
        finally:
            self.calls.push_s.append(time.perf_counter() - start)

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        start = time.perf_counter()
        try:
            return super().pull(cursor, limit)
        finally:
            self.calls.pull_s.append(time.perf_counter() - start)


@contextmanager
def timed_requests() -> Iterator[Calls]:
    """The app's head-office connections, their requests timed (``sync.connect`` is the
    seam the app's own tests use)."""
    calls = Calls()
    original = sync.connect

    def connect(server_url: str, token: str | None) -> HeadOffice:
        return TimedOffice(server_url, token, calls)

    sync.connect = connect
    try:
        yield calls
    finally:
        sync.connect = original


@dataclass
class Device:
    office: Office
    advisor_id: str

    @property
    def ws(self) -> Workspace:
        return self.office.admin_ws

    @property
    def admin(self) -> Actor:
        return self.office.admin

    @property
    def device_id(self) -> str:
        return self.office.admin_ws.device_id

    @property
    def branch_id(self) -> str:
        return self.office.admin.branch_id

    def sync(self) -> sync.SyncReport:
        return sync.sync_once(self.ws, self.admin)

    def token(self) -> str:
        with self.ws.db.reading() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            return state.device_token

    def count_clients(self) -> int:
        with self.ws.db.reading() as session:
            return session.scalar(select(func.count()).select_from(Client)) or 0

    def close(self) -> None:
        self.office.close()


def make_device(root: Path, server: ServerProcess, role: str = "advisor") -> Device:
    """Set up, enroll and sync once (its set-up rows: branch, device, users)."""
    office = Office.create(root)
    sync.enroll(office.admin_ws, office.admin, server.base, server.code(role))
    with office.admin_ws.db.reading() as session:
        advisor_id = session.scalar(select(User.id).where(User.username == ADVISOR_USERNAME))
    assert advisor_id is not None
    device = Device(office, advisor_id)
    device.sync()
    return device


def fill_outbox(device: Device, rows: list[dict[str, Any]]) -> float:
    """Insert the clients and their outbox rows in one transaction; wall time in ms."""
    now = datetime.now(UTC)
    outbox = [
        {
            "op_id": new_id(),
            "entity": "client",
            "entity_id": row["id"],
            "op": "upsert",
            "payload": canonical_json(row),
            "created_at": now,
        }
        for row in rows
    ]
    start = time.perf_counter()
    with writer(device.ws.db.engine).begin() as conn:
        conn.execute(insert(Client), rows)
        conn.execute(insert(OutboxOp), outbox)
    return (time.perf_counter() - start) * 1000
