"""One-time enrollment codes, device enrollment and revocation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.ca import BadCsr, load_ca, read_csr, sign_device_certificate
from server.db import Database
from server.errors import ApiError
from server.models import Branch, Device, EnrollmentCode
from server.settings import Settings
from server.tokens import new_enrollment_code, new_token, normalize_code, sha256_hex

ROLES = ("advisor", "supervisor")


class UnknownDevice(LookupError):
    pass


@dataclass(frozen=True)
class EnrollRequest:
    code: str
    device_id: str
    device_name: str
    csr_pem: str


@dataclass(frozen=True)
class Enrolled:
    device_token: str
    certificate_pem: str
    ca_certificate_pem: str
    branch_code: str
    branch_name: str
    role: str


def branch_named(session: Session, code: str, now: datetime) -> Branch:
    branch = session.scalars(select(Branch).where(Branch.code == code)).one_or_none()
    if branch is None:
        branch = Branch(code=code, name=code, created_at=now)
        session.add(branch)
        session.flush()
    return branch


def create_code(db: Database, settings: Settings, branch: str, role: str) -> str:
    """A new one-time code for a device of ``branch`` (created if new) in ``role``."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    now = settings.clock()
    code = new_enrollment_code()
    with db.write() as session:
        row = branch_named(session, branch, now)
        session.add(
            EnrollmentCode(
                code_sha256=sha256_hex(normalize_code(code)),
                branch_id=row.id,
                role=role,
                created_at=now,
                expires_at=now + timedelta(hours=settings.code_hours),
            )
        )
    return code


def enroll(db: Database, settings: Settings, request: EnrollRequest) -> Enrolled:
    """Use a code: create (or re-key) the device, issue its token and certificate."""
    ca = load_ca(db)
    if ca is None:
        raise ApiError(503, "not_ready", "The server has no CA yet; start it with `serve`.")
    try:
        csr = read_csr(request.csr_pem)
    except BadCsr as exc:
        raise ApiError(400, "bad_csr", str(exc)) from None
    now = settings.clock()
    token = new_token()
    with db.write() as session:
        code = session.scalars(
            select(EnrollmentCode)
            .where(EnrollmentCode.code_sha256 == sha256_hex(normalize_code(request.code)))
            .with_for_update()
        ).one_or_none()
        if code is None or code.used_at is not None or code.expires_at <= now:
            raise ApiError(400, "bad_code", "The enrollment code is unknown, used or expired.")
        branch = session.get_one(Branch, code.branch_id)
        certificate = sign_device_certificate(
            ca,
            csr,
            device_name=request.device_name,
            branch_name=branch.name,
            now=now,
            days=settings.certificate_days,
        )
        cert_pem = certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
        device = session.get(Device, request.device_id)
        if device is not None and device.revoked_at is not None:
            raise ApiError(403, "revoked", revoked_message(device.revoked_at))
        if device is None:
            device = Device(id=request.device_id, enrolled_at=now)
            session.add(device)
        device.name = request.device_name
        device.branch_id = branch.id
        device.role = code.role
        device.token_sha256 = sha256_hex(token)
        device.token_expires_at = now + timedelta(days=settings.token_days)
        device.certificate_pem = cert_pem
        code.used_at = now
        code.used_by_device_id = request.device_id
        role = code.role
        branch_code, branch_name = branch.code, branch.name
    return Enrolled(token, cert_pem, ca.certificate_pem, branch_code, branch_name, role)


def revoked_message(at: datetime) -> str:
    return f"This device was revoked by head office on {at:%Y-%m-%d %H:%M} UTC."


def revoke(db: Database, device_id: str, now: datetime) -> datetime:
    """Mark a device revoked (idempotent); returns when it was revoked."""
    with db.write() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise UnknownDevice(device_id)
        if device.revoked_at is None:
            device.revoked_at = now
        return device.revoked_at
