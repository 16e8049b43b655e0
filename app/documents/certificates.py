"""The device's sealing key and its self-signed X.509 certificate (``cryptography``).

Every finished PDF pack is sealed with this key (:mod:`app.documents.seal`). The key is
RSA-2048 and the certificate is signed with SHA-256: the combination every PDF reader
(poppler/NSS, Acrobat, pyHanko) accepts. The certificate is self-signed, so readers
report its issuer as unknown; the *signature* still validates, and head office can later
issue a certificate for the same purpose (``DeviceCredential.issuer``).

The private key is PKCS#8 PEM without a password: it is only ever stored inside the
encrypted database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.errors import UserError
from app.i18n import translate

KEY_SIZE = 2048
# Tolerates a device clock a little behind the one that issued the certificate.
CLOCK_SKEW = timedelta(hours=1)
# id-kp-documentSigning (RFC 9336): what the certificate is for, beyond key usage.
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")


class InvalidCredentials(UserError):
    """The stored key or certificate cannot be read, or they do not belong together."""


@dataclass(frozen=True)
class DeviceCredentials:
    """A sealing key (PKCS#8 PEM, unencrypted) and its certificate (PEM)."""

    key_pem: bytes
    cert_pem: bytes
    fingerprint_sha256: str  # of the certificate's DER encoding, lowercase hex

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER encoding, lowercase hex (64 characters)."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _name(device_name: str, institution: str) -> x509.Name:
    device_name = device_name.strip()
    institution = institution.strip()
    if not device_name or not institution:
        raise ValueError("device name and institution must not be empty")
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, device_name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, institution[:64]),
        ]
    )


def create_device_certificate(
    device_name: str, institution: str, *, now: datetime, valid_years: int = 5
) -> DeviceCredentials:
    """A new RSA-2048 key and a self-signed certificate for sealing documents.

    Subject: CN = ``device_name``, O = ``institution`` (each cut to 64 characters, the
    X.520 upper bound). Key usage digitalSignature + nonRepudiation (critical), not a CA,
    extended key usage documentSigning and emailProtection (what Acrobat looks for), a
    random serial number, valid from ``now`` (less an hour of clock skew) for
    ``valid_years`` years. ``now`` must be time-zone aware.
    """
    if now.tzinfo is None:
        raise ValueError("now must be time-zone aware")
    if valid_years < 1:
        raise ValueError("valid_years must be at least 1")
    name = _name(device_name, institution)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    start = now.astimezone(UTC).replace(microsecond=0) - CLOCK_SKEW
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + CLOCK_SKEW + timedelta(days=365 * valid_years + valid_years // 4))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    return DeviceCredentials(key_pem, cert_pem, certificate_fingerprint(cert))


def load_credentials(key_pem: bytes | str, cert_pem: bytes | str) -> DeviceCredentials:
    """Stored PEM key and certificate as :class:`DeviceCredentials`, checked to be a pair.

    Raises :class:`InvalidCredentials` if either cannot be read or the key does not match
    the certificate.
    """
    key_bytes = key_pem.encode("ascii") if isinstance(key_pem, str) else bytes(key_pem)
    cert_bytes = cert_pem.encode("ascii") if isinstance(cert_pem, str) else bytes(cert_pem)
    try:
        key = serialization.load_pem_private_key(key_bytes, password=None)
        cert = x509.load_pem_x509_certificate(cert_bytes)
    except (ValueError, TypeError):
        raise InvalidCredentials(
            translate("Documents", "The device's sealing key or certificate cannot be read.")
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise InvalidCredentials(
            translate("Documents", "The device's sealing key is of an unsupported type.")
        )
    wanted = serialization.PublicFormat.SubjectPublicKeyInfo
    mine = key.public_key().public_bytes(serialization.Encoding.DER, wanted)
    theirs = cert.public_key().public_bytes(serialization.Encoding.DER, wanted)
    if mine != theirs:
        raise InvalidCredentials(
            translate("Documents", "The device's sealing key does not match its certificate.")
        )
    return DeviceCredentials(key_bytes, cert_bytes, certificate_fingerprint(cert))
