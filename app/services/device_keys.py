"""This device's signing key and certificate, kept only in the encrypted database.

At first run the app creates a local certificate (digitalSignature + nonRepudiation);
head office replaces it with one it issues when the device enrolls (the sync issue).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.certificates import DeviceCredentials, create_device_certificate
from app.services.context import Workspace, audited
from app.store.ids import new_id
from app.store.models import Branch, Device, DeviceCredential


def ensure_credentials(session: Session, ws: Workspace) -> DeviceCredentials:
    """This device's active signing credentials; created (self-signed) if there are none."""
    row = session.scalars(
        select(DeviceCredential).where(
            DeviceCredential.device_id == ws.device_id, DeviceCredential.active.is_(True)
        )
    ).first()
    if row is not None:
        return DeviceCredentials(
            key_pem=row.key_pem.encode("ascii"),
            cert_pem=row.cert_pem.encode("ascii"),
            fingerprint_sha256=row.fingerprint,
        )
    device = session.get(Device, ws.device_id)
    branch = session.get(Branch, device.branch_id) if device else None
    creds = create_device_certificate(
        device.name if device else ws.device_id,
        branch.name if branch else "Advisor Desk",
        now=ws.now(),
    )
    session.add(
        DeviceCredential(
            id=new_id(),
            device_id=ws.device_id,
            key_pem=creds.key_pem.decode("ascii"),
            cert_pem=creds.cert_pem.decode("ascii"),
            fingerprint=creds.fingerprint_sha256,
            issuer="local",
            active=True,
            created_at=ws.now(),
        )
    )
    session.flush()
    audited(
        session,
        ws,
        None,
        "device.credentials_created",
        "device",
        ws.device_id,
        {"fingerprint": creds.fingerprint_sha256, "issuer": "local"},
    )
    return creds


def ensure_device_credentials(ws: Workspace) -> str:
    """Create the local signing certificate if missing (first run); returns its fingerprint."""
    with ws.db.writing() as session:
        return ensure_credentials(session, ws).fingerprint_sha256
