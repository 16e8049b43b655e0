"""Exactly once through faulty networks and head-office restarts (issue 5 acceptance).

Two devices of one advisor (an office desk and a laptop) work and sync, often at the same
time, each through its own :class:`~tests.sync.fault_proxy.FaultProxy` — requests refused,
dropped, reset mid-body; answers reset or truncated after head office did the work;
delays — while head office (``advisor-desk-server serve`` in a child process) is now and
then SIGKILLed while a push or a PDF chunk is in flight and started again on the same port
and database. Each round the devices make real changes (new clients, edits, now and then a
case with a PDF) and sync with the round's faults (failing is fine: ``offline``); then the
networks heal, the devices sync until done, and the round checks that nothing was lost or
applied twice: no unsent rows, nothing refused, no conflicts, every outbox ``op_id`` on the
server exactly once (rows = distinct ``op_id``s = the outboxes' ``op_id``s), head office and
each device hold its clients' latest values, every PDF is complete, head office never
answered 5xx. Every ``SETTLE_EVERY`` rounds (and at the end) each device then also pulls
what the other pushed, and the check covers both devices' copies of every client.

Head office runs as a child of :mod:`tests.sync.server_host` (POSIX ``fork``: skipped
elsewhere). Two backends × 200 rounds take about a minute or two on a 2-core machine.

A round's seed fixes its changes and fault plans (what happens when still depends on
timing). ``ADVISOR_DESK_FAULT_ROUNDS`` / ``ADVISOR_DESK_FAULT_SEED`` run more rounds or
other seeds (round ``n`` uses seed ``base + n``); a failure names its round and seed.
"""

from __future__ import annotations

import hashlib
import os
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from sqlalchemy import select, text

from app.services import cases, sync
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.migrate import head_revision
from app.store.models import CaseDocument
from app.sync import protocol
from app.sync.push import unsent_count
from server.db import Database
from server.models import Op, Record
from server.settings import Settings
from tests.conftest import mainland_id
from tests.server.conftest import Templates
from tests.sync.fault_proxy import FaultProxy
from tests.sync.harness import Desk, HeadOfficeServer
from tests.sync.server_host import RestartableServer, ServerHost

pytestmark = [
    pytest.mark.usefixtures("fast_kdf"),
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the restartable server forks (POSIX)"),
]

ROUNDS = int(os.environ.get("ADVISOR_DESK_FAULT_ROUNDS", "200"))
BASE_SEED = int(os.environ.get("ADVISOR_DESK_FAULT_SEED", "5_2026_0515"))
DESKS = ("laptop", "office")
RESTART_SHARE = 0.05  # rounds in which head office is killed mid-batch
SETTLE_EVERY = 4  # rounds after which each device also pulls what the other pushed
FAULT_RATES = (0.1, 0.3, 0.5, 0.8)  # a round's share of requests hit, per device
FIELDS = ("occupation", "employer", "address")
NAMES = ("张三", "李四", "王五", "赵六", "陈七")


@dataclass
class Office:
    server: RestartableServer
    proxies: dict[str, FaultProxy]  # each desk's network to head office
    view: HeadOfficeServer  # the server's database, read directly


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def server_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHost]:
    host = ServerHost(tmp_path_factory.mktemp("fault-rounds") / "servers.log")
    yield host
    host.close()


@pytest.fixture
def office(
    backend: str, sync_templates: Templates, server_host: ServerHost, tmp_path: Path
) -> Iterator[Office]:
    url = sync_templates.fresh(backend, tmp_path)
    server = RestartableServer(server_host, url, _free_port())
    proxies = {name: FaultProxy(server.port) for name in DESKS}
    db = Database(url)
    try:
        server.start()
        for proxy in proxies.values():
            proxy.start()
        view = HeadOfficeServer(f"http://127.0.0.1:{server.port}", Settings(db_url=url), db)
        yield Office(server, proxies, view)
    finally:
        for proxy in proxies.values():
            proxy.close()
        server.stop()
        db.dispose()
        sync_templates.drop(url)


@dataclass
class World:
    """What the devices did, as the test saw it: the truth each round is checked against."""

    office: Office
    desks: dict[str, Desk]
    own: dict[str, list[str]] = field(default_factory=dict)  # desk → clients it created
    owner: dict[str, str] = field(default_factory=dict)  # client → the desk that created it
    expected: dict[str, dict[str, str]] = field(default_factory=dict)  # client → values
    documents: dict[str, str] = field(default_factory=dict)  # case_document id → sha256
    made: int = 0
    unpulled: set[str] = field(default_factory=set)  # desks whose changes the other lacks
    failed_syncs: int = 0
    restarts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def new_client(self, rng: random.Random, name: str) -> None:
        desk, number = self.desks[name], self.made
        self.made += 1
        values = {f: f"{f}-{rng.randrange(10**6)}" for f in FIELDS}
        values["name"] = rng.choice(NAMES)
        birth = f"199003{1 + number // 1000:02d}"  # ID numbers stay distinct
        client_id = desk.new_client(
            id_number=mainland_id(birth=birth, seq=f"{number % 1000:03d}"),
            birth_date=f"{birth[:4]}-{birth[4:6]}-{birth[6:]}",
            **values,
        )
        self.own.setdefault(name, []).append(client_id)
        self.owner[client_id] = name
        self.expected[client_id] = values

    def edit_client(self, rng: random.Random, name: str) -> None:
        mine = self.own[name]
        client_id = mine[-1 - min(int(rng.expovariate(0.5)), len(mine) - 1)]  # mostly recent
        changes = {f: f"{f}-{rng.randrange(10**6)}" for f in rng.sample(FIELDS, rng.randint(1, 2))}
        self.desks[name].edit_client(client_id, **changes)
        self.expected[client_id].update(changes)

    def new_document(self, rng: random.Random, name: str) -> None:
        """A case and its PDF (as test_push makes one): 1 byte to 2.2 MB, up to 3 chunks."""
        desk = self.desks[name]
        assert desk.advisor_ws is not None and desk.advisor is not None
        client_id = rng.choice(self.own[name])
        case_id = cases.start_case(desk.advisor_ws, desk.advisor, client_id).case_id
        size = rng.choice((1, rng.randrange(2, 200_000), rng.randrange(1_000_000, 2_200_000)))
        content = rng.randbytes(size)
        digest = hashlib.sha256(content).hexdigest()
        now = desk.ws.now()
        with desk.ws.db.writing() as session:
            row = CaseDocument(
                id=new_id(),
                case_id=case_id,
                kind="pack",
                file_name="pack.pdf",
                sha256=digest,
                size=size,
                content=content,
                sealed_by="",
                created_at=now,
                updated_at=now,
                origin_device_id=desk.ws.device_id,
            )
            session.add(row)
            meta = {"id": row.id, "case_id": case_id, "sha256": digest, "size": size}
            enqueue(
                session, entity="case_document", entity_id=row.id, op="upsert", payload=meta, at=now
            )
        self.documents[row.id] = digest

    def change(self, rng: random.Random, name: str) -> None:
        roll = rng.random()
        if not self.own.get(name) or roll < 0.35:
            self.new_client(rng, name)
        elif roll < 0.93:
            self.edit_client(rng, name)
        else:
            self.new_document(rng, name)

    def faulty_sync(self, name: str) -> None:
        try:
            self.desks[name].sync()
        except sync.SyncFailed as exc:
            assert exc.code == "offline", f"{name}: sync failed with {exc.code}: {exc.message}"
            with self.lock:
                self.failed_syncs += 1


def _together(pool: ThreadPoolExecutor, work: Callable[[str], object], names: list[str]) -> None:
    """``work(name)`` for each desk at the same time; raises the first failure once all
    have finished."""
    futures = [pool.submit(work, name) for name in names]
    wait(futures)
    for future in futures:
        future.result()


def _arm_kill(world: World, rng: random.Random, name: str) -> None:
    """SIGKILL head office once, 0–100 ms after the next push or PDF chunk from ``name`` has
    reached it whole (mostly before it commits, now and then after: then its answer is lost;
    the other desk's requests in flight die too), and start it again at once or after the
    sync."""
    server, proxy = world.office.server, world.office.proxies[name]
    delay, restart_now = rng.choice((0.0, 0.005, 0.02, 0.05, 0.1)), rng.random() < 0.5
    fired: list[bool] = []

    def after_request(method: str, path: str) -> None:
        mid_batch = (method, path) == ("POST", "/sync/push") or (
            method == "PATCH" and path.startswith("/sync/blobs/")
        )
        if fired or not mid_batch:
            return
        fired.append(True)
        time.sleep(delay)
        server.kill()
        world.restarts += 1
        if restart_now:
            server.start()

    proxy.after_request = after_request


def _server_ops(view: HeadOfficeServer) -> list[tuple[str, str]]:
    with view.db.read() as session:
        return [(r.op_id, r.device_id) for r in session.execute(select(Op.op_id, Op.device_id))]


def _server_clients(view: HeadOfficeServer) -> dict[str, dict[str, Any]]:
    with view.db.read() as session:
        rows = session.scalars(select(Record).where(Record.entity == "client"))
        return {row.entity_id: dict(row.payload) for row in rows}


def _local_clients(desk: Desk) -> dict[str, dict[str, Any]]:
    columns = ", ".join(("id", "name", *FIELDS))
    with desk.ws.db.reading() as session:
        rows = session.execute(text(f"SELECT {columns} FROM clients")).all()
    return {row[0]: dict(zip(("name", *FIELDS), row[1:], strict=True)) for row in rows}


def _unsent(desk: Desk) -> int:
    with desk.ws.db.reading() as session:
        return unsent_count(session)


def _outbox(desk: Desk) -> list[tuple[str, Any]]:
    """(op_id, sent_at) of every outbox row (``Desk.outbox`` without the payloads)."""
    with desk.ws.db.reading() as session:
        return [(r[0], r[1]) for r in session.execute(text("SELECT op_id, sent_at FROM outbox"))]


def check(world: World, documents: list[str], *, settled: bool) -> None:
    """After healing: nothing unsent, nothing lost, nothing twice, on every side (PDFs:
    those named). Each device holds its own clients' latest values and, once ``settled``
    (each has pulled what the other pushed), the other's too."""
    view = world.office.view
    outboxes = {name: _outbox(desk) for name, desk in world.desks.items()}
    for name, desk in world.desks.items():
        unsent = [op_id for op_id, sent_at in outboxes[name] if sent_at is None]
        assert unsent == [], f"{name}: unsent after healing: {unsent}"
        rejected = sync.needs_attention(desk.ws, desk.admin)
        assert rejected == [], f"{name}: refused: {rejected}"
        assert sync.conflicts(desk.ws, desk.admin) == [], f"{name}: conflicts"

    on_server = _server_ops(view)
    ids = [op_id for op_id, _device in on_server]
    assert len(ids) == len(set(ids)), "an op_id is stored twice"
    sent = {
        op_id: world.desks[name].ws.device_id
        for name, rows in outboxes.items()
        for op_id, _sent_at in rows
    }
    assert sum(len(rows) for rows in outboxes.values()) == len(sent), "an op_id in two outboxes"
    stored = dict(on_server)
    missing = sorted(set(sent) - set(stored))
    extra = sorted(set(stored) - set(sent))
    assert not missing and not extra, f"missing on the server: {missing}; unknown: {extra}"
    wrong_device = [op_id for op_id, device in sent.items() if stored[op_id] != device]
    assert wrong_device == [], f"stored for another device: {wrong_device}"

    server_clients = _server_clients(view)
    locals_ = {name: _local_clients(desk) for name, desk in world.desks.items()}
    for client_id, values in world.expected.items():
        record = server_clients.get(client_id)
        assert record is not None, f"client {client_id} not on the server"
        held = {key: record.get(key) for key in values}
        assert held == values, f"client {client_id} on the server: {held} != {values}"
        for name, clients in locals_.items():
            if not settled and name != world.owner[client_id]:
                continue
            local = clients.get(client_id)
            assert local == values, f"client {client_id} on {name}: {local} != {values}"

    for document_id in documents:
        digest = world.documents[document_id]
        assert view.blob_complete(digest), f"PDF {digest} incomplete on the server"
        record = view.record("case_document", document_id)
        assert record is not None and record["sha256"] == digest, f"document {document_id}"

    for name, proxy in world.office.proxies.items():
        assert proxy.errors == [], f"{name}'s proxy failed: {proxy.errors}"
        broken = {code: n for code, n in proxy.statuses.items() if code >= 500}
        log = world.office.server.host.log_path
        assert broken == {}, f"head office answered {broken}; see {log}"


def play_round(
    world: World, rng: random.Random, pool: ThreadPoolExecutor, *, settle: bool
) -> list[str]:
    """One round (its changes, faulty syncs, healing); returns the PDFs it made. ``settle``:
    then each device pulls what the other pushed since it last did."""
    office = world.office
    for name in DESKS:
        office.proxies[name].plan(rng.getrandbits(64), rng.choice(FAULT_RATES))
    steps = 1 if rng.random() < 0.7 else 2
    kill_at = rng.randrange(steps) if rng.random() < RESTART_SHARE else None
    documents = set(world.documents)
    changed: set[str] = set()
    for step in range(steps):
        active = [name for name in DESKS if rng.random() < 0.6] or [rng.choice(DESKS)]
        for name in active:
            for _ in range(rng.randint(1 if step in (0, kill_at) else 0, 2)):
                world.change(rng, name)
                changed.add(name)
        if step == kill_at:
            _arm_kill(world, rng, rng.choice(active))
        _together(pool, world.faulty_sync, active)
        for proxy in office.proxies.values():
            proxy.after_request = None
        office.server.ensure_running()

    for proxy in office.proxies.values():
        proxy.heal()

    def push(name: str) -> None:  # what the faults held back
        assert world.desks[name].sync().unsent == 0, f"{name}: unsent after a healed sync"

    _together(pool, push, [name for name in DESKS if _unsent(world.desks[name])])
    world.unpulled |= changed
    if settle:  # ... then each device pulls what the other pushed
        pulling = [name for name in DESKS if world.unpulled - {name}]
        _together(pool, lambda name: world.desks[name].sync(), pulling)
        world.unpulled.clear()
    return [id_ for id_ in world.documents if id_ not in documents]


def test_every_operation_reaches_head_office_exactly_once_through_faults_and_restarts(
    office: Office,
    new_desk: Callable[[str], Desk],
    monkeypatch: pytest.MonkeyPatch,
    backend: str,
) -> None:
    # The app's connections with their real retries, without their pauses. One transport
    # per device (each sync's end empties its pool) spares an SSL context per sync, and the
    # schema revision is read from the migration scripts once, not at every sync.
    revision = head_revision()
    transports = {proxy.url: httpx2.HTTPTransport() for proxy in office.proxies.values()}

    def connect(server_url: str, token: str | None) -> protocol.HeadOffice:
        return protocol.HeadOffice(
            server_url,
            schema_revision=revision,
            token=token,
            transport=transports[server_url],
            sleep=lambda _s: None,
        )

    monkeypatch.setattr(sync, "connect", connect)
    desks = {name: new_desk(name) for name in DESKS}
    laptop, desk = desks["laptop"], desks["office"]
    advisor = desk.add_advisor()
    world = World(office, desks)
    world.new_client(random.Random(BASE_SEED), "office")
    # As in test_two_devices: one advisor on two devices, linked to both at head office
    # (the laptop by the advisor it pushes first, the office desk by its client).
    laptop.add_advisor(user_id=advisor.user_id)
    for name in ("laptop", "office"):
        url, code = office.proxies[name].url, office.view.code()
        sync.enroll(desks[name].admin_ws, desks[name].admin, url, code)
        desks[name].sync()
    laptop.sync()
    check(world, [], settled=True)

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(DESKS), thread_name_prefix="desk") as pool:
        for number in range(ROUNDS):
            seed = BASE_SEED + number
            settle = number % SETTLE_EVERY == SETTLE_EVERY - 1 or number == ROUNDS - 1
            try:
                documents = play_round(world, random.Random(seed), pool, settle=settle)
                check(world, documents, settled=settle)
            except Exception as exc:
                raise AssertionError(
                    f"{backend}: round {number} seed {seed} (base seed {BASE_SEED}, "
                    f"{ROUNDS} rounds; ADVISOR_DESK_FAULT_SEED={BASE_SEED} runs them again): "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
    check(world, list(world.documents), settled=True)

    faults: Counter[str] = Counter()
    answers: Counter[int] = Counter()
    for proxy in office.proxies.values():
        faults.update(proxy.faults)
        answers.update(proxy.statuses)
    print(
        f"\n{backend}: {ROUNDS} rounds from seed {BASE_SEED} in {time.monotonic() - started:.1f}s:"
        f" {world.made} clients, {len(world.documents)} PDFs, {len(office.view.op_ids())} ops,"
        f" {world.failed_syncs} failed syncs, {world.restarts} restarts;"
        f" faults {dict(faults)}; answers {dict(answers)}"
    )
    assert world.restarts >= ROUNDS * RESTART_SHARE / 3, "too few restarts to mean anything"
    assert world.failed_syncs > 0
