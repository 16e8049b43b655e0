"""Test helpers for the head-office server: a clock, devices that enroll, push and pull."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fastapi.testclient import TestClient

from app.store.ids import new_id
from server.compat import accepted_client_revisions
from server.db import Database
from server.enrollment import create_code
from server.settings import Settings
from server.tokens import payload_sha256

REVISION = max(accepted_client_revisions())


class Clock:
    """The server's clock, moved by tests (token and code expiry)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def csr_pem(name: str = "柜台一号机") -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM).decode("ascii")


def make_op(
    entity: str,
    entity_id: str,
    payload: dict[str, Any],
    *,
    op: str = "upsert",
    seq: int = 1,
    op_id: str | None = None,
    blobs: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "op_id": op_id or new_id(),
        "seq": seq,
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "payload": payload,
        "payload_sha256": payload_sha256(payload),
        "blobs": blobs or [],
    }


def update_op(entity: str, entity_id: str, changes: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    fields = {name: {"base": base, "new": new} for name, (base, new) in changes.items()}
    return make_op(entity, entity_id, {"fields": fields, "version": 1}, op="update_fields")


@dataclass
class DeviceClient:
    """One enrolled device talking to the server."""

    http: TestClient
    device_id: str
    token: str
    enrolled: dict[str, Any]
    seq: int = field(default=0)

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "X-Schema-Revision": REVISION}

    def push(self, *ops: dict[str, Any]) -> dict[str, Any]:
        response = self.push_raw(list(ops))
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def push_raw(self, ops: list[dict[str, Any]]) -> Any:
        for op in ops:
            self.seq += 1
            op.setdefault("seq", self.seq)
        body = {"device_id": self.device_id, "batch": ops}
        return self.http.post("/sync/push", json=body, headers=self.headers())

    def pull(self, cursor: int = 0, limit: int = 1000) -> dict[str, Any]:
        response = self.http.get(
            "/sync/pull", params={"cursor": cursor, "limit": limit}, headers=self.headers()
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def pull_all(self, cursor: int = 0) -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor)
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["more"]:
                return changes


@dataclass
class Server:
    settings: Settings
    clock: Clock
    db: Database
    http: TestClient
    backend: str

    def code(self, branch: str = "BJ001", role: str = "advisor") -> str:
        return create_code(self.db, self.settings, branch, role)

    def enroll_body(self, code: str, device_id: str | None = None) -> dict[str, Any]:
        return {
            "code": code,
            "device_id": device_id or str(uuid.uuid4()),
            "device_name": "柜台一号机",
            "csr_pem": csr_pem(),
            "schema_revision": REVISION,
        }

    def enroll(self, branch: str = "BJ001", role: str = "advisor") -> DeviceClient:
        body = self.enroll_body(self.code(branch, role))
        response = self.http.post(
            "/sync/enroll", json=body, headers={"X-Schema-Revision": REVISION}
        )
        assert response.status_code == 201, response.text
        enrolled: dict[str, Any] = response.json()
        return DeviceClient(self.http, body["device_id"], enrolled["device_token"], enrolled)
