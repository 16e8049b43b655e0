"""The head-office certificate authority: created at first start, signs device CSRs.

The CA key and certificate live in the database (``server_state``), not in files, so every
instance on one PostgreSQL database signs with the same CA, and a backup of the database is
a backup of the CA. Whoever can read the database can read the CA key: guard it as such.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server.db import Database
from server.models import ServerState

log = logging.getLogger(__name__)
CA_KEY_BITS = 3072
CA_YEARS = 10
CA_NAME = "Advisor Desk Head Office CA"
KEY_STATE = "ca_key_pem"
CERT_STATE = "ca_certificate_pem"
CLOCK_SKEW = timedelta(hours=1)
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.4.1.311.10.3.12")  # what Acrobat looks for


class BadCsr(ValueError):
    """The certificate request is unreadable, badly signed or has a weak key."""


@dataclass(frozen=True)
class CertificateAuthority:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    @property
    def certificate_pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _key_usage(*, sign_certificates: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not sign_certificates,
        content_commitment=not sign_certificates,  # nonRepudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=sign_certificates,
        crl_sign=sign_certificates,
        encipher_only=False,
        decipher_only=False,
    )


def create_ca(now: datetime) -> CertificateAuthority:
    key = rsa.generate_private_key(public_exponent=65537, key_size=CA_KEY_BITS)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME)])
    start = now.replace(microsecond=0) - CLOCK_SKEW
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * CA_YEARS + CA_YEARS // 4))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign_certificates=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return CertificateAuthority(key, cert)


def _load(states: dict[str, str]) -> CertificateAuthority:
    key = serialization.load_pem_private_key(states[KEY_STATE].encode("ascii"), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("the stored CA key is not an RSA key")
    cert = x509.load_pem_x509_certificate(states[CERT_STATE].encode("ascii"))
    return CertificateAuthority(key, cert)


def load_ca(db: Database) -> CertificateAuthority | None:
    with db.read() as session:
        rows = session.scalars(
            select(ServerState).where(ServerState.key.in_((KEY_STATE, CERT_STATE)))
        ).all()
        states = {row.key: row.value for row in rows}
    return _load(states) if len(states) == 2 else None


def ensure_ca(db: Database, now: datetime) -> CertificateAuthority:
    """The CA, created and stored on first start (another instance may win the race)."""
    existing = load_ca(db)
    if existing is not None:
        return existing
    log.info("creating the head-office CA")
    ca = create_ca(now)
    key_pem = ca.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    try:
        with db.write() as session:
            session.add(ServerState(key=KEY_STATE, value=key_pem))
            session.add(ServerState(key=CERT_STATE, value=ca.certificate_pem))
    except IntegrityError:
        pass  # another instance stored its CA first: use that one
    stored = load_ca(db)
    assert stored is not None
    return stored


def _check_key(csr: x509.CertificateSigningRequest) -> None:
    public = csr.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        if public.key_size < 2048:
            raise BadCsr("RSA keys must have at least 2048 bits")
    elif isinstance(public, ec.EllipticCurvePublicKey):
        if public.curve.key_size < 256:
            raise BadCsr("EC keys must be on a curve of at least 256 bits")
    else:
        raise BadCsr("the key must be RSA or EC")


def read_csr(csr_pem: str) -> x509.CertificateSigningRequest:
    try:
        csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise BadCsr(f"not a PEM certificate request: {exc}") from None
    try:
        valid = csr.is_signature_valid
    except (InvalidSignature, ValueError):
        valid = False
    if not valid:
        raise BadCsr("the request is not signed by its key")
    _check_key(csr)
    return csr


def sign_device_certificate(
    ca: CertificateAuthority,
    csr: x509.CertificateSigningRequest,
    *,
    device_name: str,
    branch_name: str,
    now: datetime,
    days: int,
) -> x509.Certificate:
    """A device certificate: CN = device name, O = branch (ours, not the CSR's subject)."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, device_name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, branch_name[:64]),
        ]
    )
    public = csr.public_key()
    if not isinstance(public, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise BadCsr("the key must be RSA or EC")
    start = now.replace(microsecond=0) - CLOCK_SKEW
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.certificate.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + CLOCK_SKEW + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign_certificates=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski.value),
            critical=False,
        )
        .sign(ca.key, hashes.SHA256())
    )
