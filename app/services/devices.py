"""The devices this database knows, with their sealing certificates (administrators)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from sqlalchemy import select

from app.domain.roles import Permission
from app.services.context import Actor, Workspace, require
from app.store.models import Branch, Device, DeviceCredential


@dataclass(frozen=True)
class CertificateRow:
    fingerprint: str
    not_before: datetime
    not_after: datetime


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    branch: str
    is_this_device: bool
    registered_at: datetime
    certificates: tuple[CertificateRow, ...]


def list_devices(ws: Workspace, actor: Actor) -> list[DeviceRow]:
    """Every device with its certificates, newest certificate first."""
    require(actor, Permission.DEVICE_READ)
    with ws.db.reading() as session:
        branches = {b.id: b.name for b in session.scalars(select(Branch))}
        credentials: dict[str, list[CertificateRow]] = {}
        for cred in session.scalars(select(DeviceCredential)):
            cert = x509.load_pem_x509_certificate(cred.cert_pem.encode("ascii"))
            credentials.setdefault(cred.device_id, []).append(
                CertificateRow(
                    cred.fingerprint, cert.not_valid_before_utc, cert.not_valid_after_utc
                )
            )
        devices = session.scalars(
            select(Device).where(Device.deleted_at.is_(None)).order_by(Device.name)
        ).all()
        return [
            DeviceRow(
                device_id=d.id,
                name=d.name,
                branch=branches.get(d.branch_id, ""),
                is_this_device=d.is_this_device,
                registered_at=d.created_at,
                certificates=tuple(
                    sorted(credentials.get(d.id, []), key=lambda c: c.not_after, reverse=True)
                ),
            )
            for d in devices
        ]
