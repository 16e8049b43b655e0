"""This device's signing key and certificate, kept only in the encrypted database.

At first run the app creates a local certificate (digitalSignature + nonRepudiation);
head office replaces it with one its CA issues when the device enrolls
(:func:`install_issued_credentials`): new seals use that one, while every certificate
the device ever sealed with — and head office's CA — stays trusted for verification.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.certificates import DeviceCredentials, create_device_certificate
from app.services.context import Workspace, audited
from app.store.ids import new_id
from app.store.models import Branch, Device, DeviceCredential, SyncState

RENEW_BEFORE = timedelta(days=30)


def _expires(cert_pem: str) -> datetime:
    return x509.load_pem_x509_certificate(cert_pem.encode("ascii")).not_valid_after_utc


def ensure_credentials(session: Session, ws: Workspace) -> DeviceCredentials:
    """This device's active signing credentials; created (self-signed) if there are none,
    and renewed a month before the certificate expires (old seals stay verifiable)."""
    row = session.scalars(
        select(DeviceCredential).where(
            DeviceCredential.device_id == ws.device_id, DeviceCredential.active.is_(True)
        )
    ).first()
    if row is not None and _expires(row.cert_pem) > ws.now() + RENEW_BEFORE:
        return DeviceCredentials(
            key_pem=row.key_pem.encode("ascii"),
            cert_pem=row.cert_pem.encode("ascii"),
            fingerprint_sha256=row.fingerprint,
        )
    if row is not None:
        row.active = False  # expiring: a new one seals from now on
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


def known_certificates(session: Session) -> list[bytes]:
    """Every certificate this database ever sealed with, and head office's CA (PEM): the
    trust anchors for verification."""
    certs = [c.encode("ascii") for c in session.scalars(select(DeviceCredential.cert_pem))]
    ca = session.scalar(select(SyncState.ca_cert_pem))
    if ca:
        certs.append(ca.encode("ascii"))
    return certs


def install_issued_credentials(
    session: Session, ws: Workspace, creds: DeviceCredentials, issuer: str
) -> None:
    """Seal with ``creds`` (issued by head office) from now on; older ones stay for checks."""
    for row in session.scalars(
        select(DeviceCredential).where(
            DeviceCredential.device_id == ws.device_id, DeviceCredential.active.is_(True)
        )
    ):
        row.active = False
    session.add(
        DeviceCredential(
            id=new_id(),
            device_id=ws.device_id,
            key_pem=creds.key_pem.decode("ascii"),
            cert_pem=creds.cert_pem.decode("ascii"),
            fingerprint=creds.fingerprint_sha256,
            issuer=issuer,
            active=True,
            created_at=ws.now(),
        )
    )
    session.flush()


def ensure_device_credentials(ws: Workspace) -> str:
    """Create the local signing certificate if missing (first run); returns its fingerprint."""
    with ws.db.writing() as session:
        return ensure_credentials(session, ws).fingerprint_sha256
