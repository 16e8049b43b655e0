"""Concurrent writers on a real server: the pull cursor never skips a row, even when
transactions would commit out of cursor order, and a racing replay applies once."""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx2
import pytest
import uvicorn
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.ids import new_id
from server import changelog
from server.api import create_app
from server.changelog import Change
from server.db import Database
from server.enrollment import create_code
from server.models import Op, Record
from server.settings import Settings
from tests.server.harness import REVISION, csr_pem, make_op

SEED = 20261129


@dataclass
class Device:
    http: httpx2.Client
    device_id: str
    token: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "X-Schema-Revision": REVISION}

    def push(self, *ops: dict[str, Any]) -> dict[str, Any]:
        body = {"device_id": self.device_id, "batch": list(ops)}
        response = self.http.post("/sync/push", json=body, headers=self.headers())
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def pull(self, cursor: int) -> dict[str, Any]:
        response = self.http.get("/sync/pull", params={"cursor": cursor}, headers=self.headers())
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page


@dataclass
class Live:
    base: str
    settings: Settings
    db: Database
    clients: list[httpx2.Client] = field(default_factory=list)

    def device(self, role: str = "advisor") -> Device:
        code = create_code(self.db, self.settings, "BJ001", role)
        device_id = new_id()
        http = httpx2.Client(base_url=self.base, timeout=60)
        self.clients.append(http)
        body = {"code": code, "device_id": device_id, "device_name": "d", "csr_pem": csr_pem()}
        response = http.post("/sync/enroll", json=body, headers={"X-Schema-Revision": REVISION})
        assert response.status_code == 201, response.text
        return Device(http, device_id, response.json()["device_token"])


@pytest.fixture
def live(database_url: str) -> Iterator[Live]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = Settings(db_url=database_url)
    app = create_app(settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    result = Live(f"http://127.0.0.1:{port}", settings, app.state.db)
    yield result
    for client in result.clients:
        client.close()
    server.should_exit = True
    thread.join(timeout=30)


Append = Callable[[Session, Sequence[Change], datetime], int]


def delayed_append(original: Append, pause: Callable[[Sequence[Change]], None]) -> Append:
    """Append, then wait before the transaction commits (with the lock, if any, held)."""

    def append(session: Session, changes: Sequence[Change], now: datetime) -> int:
        cursor = original(session, changes, now)
        pause(changes)
        return cursor

    return append


class Follower:
    """A supervisor device pulling again and again while others write."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self.cursor = 0
        self.seen: list[tuple[int, str]] = []

    def pull_once(self) -> bool:
        page = self.device.pull(self.cursor)
        for change in page["changes"]:
            assert change["cursor"] > self.cursor, "cursor went backwards"
            assert not self.seen or change["cursor"] > self.seen[-1][0]
            self.seen.append((change["cursor"], change["entity_id"]))
        assert page["cursor"] >= self.cursor
        self.cursor = page["cursor"]
        return bool(page["more"])

    def drain(self) -> None:
        while self.pull_once():
            pass


def test_pull_is_complete_while_writers_commit_with_random_delays(
    live: Live, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    rng = random.Random(SEED)
    delays = iter([rng.uniform(0, 0.03) for _ in range(1000)])
    lock = threading.Lock()

    def pause(_changes: Sequence[Change]) -> None:
        with lock:
            delay = next(delays)
        time.sleep(delay)

    monkeypatch.setattr(
        changelog, "append_changes", delayed_append(changelog.append_changes, pause)
    )
    writers = [live.device("advisor") for _ in range(6)]
    follower = Follower(live.device("supervisor"))
    pushed: list[str] = []
    stop = threading.Event()

    def write(device: Device) -> list[str]:
        ids = []
        for _batch in range(8):
            batch_ids = [new_id() for _ in range(4)]
            device.push(*(make_op("client", i, {"id": i, "owner_user_id": "a"}) for i in batch_ids))
            ids += batch_ids
        return ids

    def follow() -> None:
        while not stop.is_set():
            follower.pull_once()

    reader = threading.Thread(target=follow)
    reader.start()
    with ThreadPoolExecutor(len(writers)) as pool:
        for ids in pool.map(write, writers):
            pushed += ids
    stop.set()
    reader.join()
    follower.drain()
    got = [entity_id for _cursor, entity_id in follower.seen]
    assert len(got) == len(set(got)) == len(pushed) == 6 * 8 * 4, f"seed {SEED}"
    assert set(got) == set(pushed)


def _choreography(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> tuple[Follower, Future[Any], Future[Any], threading.Event]:
    """Writer A draws its cursor and stalls before commit; writer B then pushes."""
    stalled, release = threading.Event(), threading.Event()
    slow_id = new_id()

    def pause(changes: Sequence[Change]) -> None:
        if any(change.entity_id == slow_id for change in changes):
            stalled.set()
            assert release.wait(30)

    monkeypatch.setattr(
        changelog, "append_changes", delayed_append(changelog.append_changes, pause)
    )
    slow, fast = live.device(), live.device()
    follower = Follower(live.device("supervisor"))
    pool = ThreadPoolExecutor(2)
    first = pool.submit(slow.push, make_op("client", slow_id, {"id": slow_id}))
    assert stalled.wait(30)
    fast_id = new_id()
    second = pool.submit(fast.push, make_op("client", fast_id, {"id": fast_id}))
    pool.shutdown(wait=False)
    return follower, first, second, release


def test_a_writer_that_commits_late_is_not_skipped(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    follower, first, second, release = _choreography(live, monkeypatch)
    time.sleep(0.5)
    assert not second.done(), "the second writer should wait for the first to commit"
    follower.drain()
    assert follower.seen == []
    release.set()
    first.result(timeout=30)
    second.result(timeout=30)
    follower.drain()
    assert [cursor for cursor, _ in follower.seen] == [1, 2]


# SQLite has a single writer: there, commits cannot interleave with or without a lock.
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_without_the_lock_a_late_commit_would_be_skipped(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shows the test above can fail: PostgreSQL without the advisory lock loses a row."""
    monkeypatch.setattr(changelog, "serialise_appends", lambda session: None)
    follower, first, second, release = _choreography(live, monkeypatch)
    second.result(timeout=30)  # commits cursor 2 while cursor 1 is still open
    follower.drain()
    release.set()
    first.result(timeout=30)
    follower.drain()
    assert [cursor for cursor, _ in follower.seen] == [2]  # cursor 1 never arrives


def test_a_replay_racing_the_original_applies_once(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        changelog,
        "append_changes",
        delayed_append(changelog.append_changes, lambda _c: time.sleep(0.3)),
    )
    device = live.device()
    client_id = new_id()
    op = make_op("client", client_id, {"id": client_id})
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _n: device.push(dict(op))["results"][0], range(4)))
    statuses = sorted(answer["status"] for answer in answers)
    assert statuses == ["applied", "duplicate", "duplicate", "duplicate"]
    with live.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Op)) == 1
        assert session.get_one(Record, ("client", client_id)).version == 1
