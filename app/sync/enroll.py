"""The device's side of enrollment: a new key and its certificate request, and checking the
certificate head office's CA issued for it."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from app.documents.certificates import DeviceCredentials, load_credentials

# RSA-2048 with SHA-256, as the local certificate: what every PDF reader accepts.
KEY_SIZE = 2048


@dataclass(frozen=True)
class KeyRequest:
    key_pem: bytes
    csr_pem: str


class BadCertificate(ValueError):
    """What head office sent is not a certificate for our key issued by its CA."""


def key_and_request(device_name: str) -> KeyRequest:
    """A new sealing key (it never leaves the device) and a CSR for it."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, device_name.strip()[:64] or "device")]
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return KeyRequest(key_pem, csr.public_bytes(serialization.Encoding.PEM).decode("ascii"))


def issued_credentials(key_pem: bytes, certificate_pem: str, ca_pem: str) -> DeviceCredentials:
    """Our key with the certificate head office issued, checked against its CA."""
    try:
        ca = x509.load_pem_x509_certificate(ca_pem.encode("ascii"))
        cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature) as exc:
        raise BadCertificate(type(exc).__name__) from None
    return load_credentials(key_pem, certificate_pem.encode("ascii"))
