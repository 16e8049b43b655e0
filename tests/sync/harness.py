"""Test helpers: a head-office server on a loopback port, and desks (devices) that sync."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
import pytest
import uvicorn
from sqlalchemy import select, text

from app.domain.roles import Role
from app.resources import resource_path
from app.services import auth, catalog, clients, sync, users
from app.services.context import Actor, Workspace
from app.services.setup import first_run_setup
from app.store.audit import enqueue
from app.store.home import DataHome
from app.sync import protocol
from server import changelog, enrollment, publish
from server.api import create_app
from server.db import Database
from server.models import Blob, Op, Record
from server.settings import Settings
from tests.conftest import ADVISOR_PASSWORD, client_input, setup_request


@dataclass
class HeadOfficeServer:
    base: str
    settings: Settings
    db: Database

    def code(self, branch: str = "BJ001", role: str = "advisor") -> str:
        return enrollment.create_code(self.db, self.settings, branch, role)

    def revoke(self, device_id: str) -> None:
        enrollment.revoke(self.db, device_id, datetime.now(UTC))

    def publish_catalog(self, path: Path | None = None) -> int:
        items = publish.catalog_items(path or resource_path("catalog", "demo_catalog.json"))
        return publish.publish(self.db, items, datetime.now(UTC))

    def publish_resources(self) -> int:
        return publish.publish(self.db, publish.resource_items(), datetime.now(UTC))

    def compact(self) -> int:
        with self.db.write() as session:
            through = changelog.current_cursor(session)
            changelog.compact(session, through)
            return through

    def op_ids(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(Op.op_id)))

    def record(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        with self.db.read() as session:
            row = session.get(Record, (entity, entity_id))
            return None if row is None else dict(row.payload)

    def blob_complete(self, sha256: str) -> bool:
        with self.db.read() as session:
            blob = session.get(Blob, sha256)
            return blob is not None and blob.complete


@contextlib.contextmanager
def serve(db_url: str) -> Iterator[HeadOfficeServer]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = Settings(db_url=db_url)
    app = create_app(settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield HeadOfficeServer(f"http://127.0.0.1:{port}", settings, app.state.db)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@dataclass
class Desk:
    """One device: its data folder, the administrator and (optionally) an advisor."""

    home: DataHome
    admin_ws: Workspace
    admin: Actor
    advisor_ws: Workspace | None = None
    advisor: Actor | None = None
    open: list[Workspace] = field(default_factory=list)

    @property
    def ws(self) -> Workspace:
        return self.admin_ws

    def add_advisor(self, username: str = "li.advisor", user_id: str | None = None) -> Actor:
        """An advisor; ``user_id`` gives them the id they have on another device (users are
        provisioned per device; head office knows an advisor by this id)."""
        actor, ws = self.add_user(username, Role.ADVISOR, user_id)
        self.advisor_ws, self.advisor = ws, actor
        return actor

    def add_user(
        self, username: str, role: Role, user_id: str | None = None
    ) -> tuple[Actor, Workspace]:
        with pytest.MonkeyPatch.context() as patch:
            if user_id is not None:
                patch.setattr(users, "new_id", lambda: user_id)
            users.create_user(
                self.admin_ws,
                self.admin,
                username=username,
                display_name=username,
                role=role,
                temporary_password=ADVISOR_PASSWORD,
            )
        login = auth.login(self.home, username, ADVISOR_PASSWORD)
        self.open.append(login.workspace)
        return login.actor, login.workspace

    def enroll(self, server: HeadOfficeServer, role: str = "advisor") -> sync.EnrollResult:
        return sync.enroll(self.admin_ws, self.admin, server.base, server.code(role=role))

    def sync(self) -> sync.SyncReport:
        return sync.sync_once(self.admin_ws, self.admin)

    def new_client(self, **overrides: object) -> str:
        assert self.advisor_ws is not None and self.advisor is not None
        return clients.create_client(self.advisor_ws, self.advisor, client_input(**overrides))

    def edit_client(self, client_id: str, **changes: str) -> None:
        assert self.advisor_ws is not None and self.advisor is not None
        detail = clients.get_client(self.advisor_ws, self.advisor, client_id)
        form = detail.form
        for name, value in changes.items():
            setattr(form, name, value)
        clients.update_client(self.advisor_ws, self.advisor, client_id, detail.version, form)

    def client_field(self, client_id: str, name: str) -> Any:
        with self.admin_ws.db.reading() as session:
            return session.execute(
                text(f"SELECT {name} FROM clients WHERE id = :id"), {"id": client_id}
            ).scalar_one()

    def import_demo_catalog(self) -> None:
        content = resource_path("catalog", "demo_catalog.json").read_bytes()
        catalog.import_catalog(self.admin_ws, self.admin, "demo_catalog.json", content)

    def outbox(self) -> list[dict[str, Any]]:
        with self.admin_ws.db.reading() as session:
            rows = session.execute(
                text(
                    "SELECT op_id, entity, entity_id, op, payload, sent_at FROM outbox ORDER BY seq"
                )
            ).all()
        return [
            {
                "op_id": r[0],
                "entity": r[1],
                "entity_id": r[2],
                "op": r[3],
                "payload": json.loads(r[4]),
                "sent_at": r[5],
            }
            for r in rows
        ]

    def unsent(self) -> int:
        return sum(1 for row in self.outbox() if row["sent_at"] is None)

    def close(self) -> None:
        for ws in self.open:
            ws.close()
        self.admin_ws.close()


def enrolled_with_unsent(head_office: HeadOfficeServer, desk: Desk) -> Desk:
    """``desk`` enrolled and synced once, then an advisor and a client not sent yet."""
    desk.enroll(head_office)
    desk.sync()
    desk.add_advisor()
    desk.new_client()
    assert desk.unsent() > 0
    return desk


def queue_unknown_change(desk: Desk) -> None:
    """An outbox change of a kind head office does not know (it refuses it for good)."""
    with desk.ws.db.writing() as session:
        enqueue(
            session,
            entity="gadget",
            entity_id="g-1",
            op="upsert",
            payload={"id": "g-1"},
            at=desk.ws.now(),
        )


def make_desk(folder: Path, device_name: str = "柜台一号机") -> Desk:
    home = DataHome(folder)
    result = first_run_setup(home, setup_request(device_name=device_name))
    return Desk(home, result.workspace, result.actor)


class LoseAnswers(httpx2.BaseTransport):
    """Sends each request, but loses the answer of the first ``count`` matching ones (as a
    connection reset after the server did the work would)."""

    def __init__(self, method: str, path: str, count: int = 1) -> None:
        self.inner = httpx2.HTTPTransport()
        self.method, self.path, self.left = method, path, count
        self.sent: list[str] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.inner.handle_request(request)
        self.sent.append(f"{request.method} {request.url.path}")
        if request.method == self.method and request.url.path == self.path and self.left:
            response.read()
            response.close()
            self.left -= 1
            raise httpx2.ReadError("connection reset by peer", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def connect_through(monkeypatch: pytest.MonkeyPatch, transport: httpx2.BaseTransport) -> None:
    """Route the app's head-office connections through ``transport`` (no pauses)."""

    def connect(server_url: str, token: str | None) -> protocol.HeadOffice:
        return protocol.HeadOffice(
            server_url,
            schema_revision=sync.head_revision(),
            token=token,
            transport=transport,
            sleep=lambda _s: None,
        )

    monkeypatch.setattr(sync, "connect", connect)
