"""Per-request checks: the client's schema revision (426) and its device token (401/403)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Header, Request
from sqlalchemy import select

from server.compat import accepted_client_revisions
from server.db import Database
from server.enrollment import revoked_message
from server.errors import ApiError
from server.models import Branch, Device
from server.settings import Settings
from server.tokens import sha256_hex


@dataclass(frozen=True)
class DeviceIdentity:
    id: str
    branch_id: int
    branch_code: str
    branch_name: str
    role: str


def database(request: Request) -> Database:
    return cast(Database, request.app.state.db)


def settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


def check_schema_revision(
    x_schema_revision: Annotated[str | None, Header()] = None,
) -> None:
    if x_schema_revision not in accepted_client_revisions():
        raise ApiError(
            426,
            "update_required",
            "This version of Advisor Desk is too old for head office: update the app.",
        )


def current_device(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> DeviceIdentity:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "A device token is required.")
    with database(request).read() as session:
        row = session.execute(
            select(Device, Branch)
            .join(Branch, Branch.id == Device.branch_id)
            .where(Device.token_sha256 == sha256_hex(token.strip()))
        ).one_or_none()
    if row is None:
        raise ApiError(401, "unauthorized", "Unknown device token.")
    device, branch = row
    if device.revoked_at is not None:
        raise ApiError(403, "revoked", revoked_message(device.revoked_at))
    if device.token_expires_at <= settings(request).clock():
        raise ApiError(401, "unauthorized", "The device token has expired: enroll again.")
    return DeviceIdentity(device.id, branch.id, branch.code, branch.name, device.role)
