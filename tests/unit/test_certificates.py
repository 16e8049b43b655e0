"""The device's sealing key and self-signed certificate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.documents.certificates import (
    DOCUMENT_SIGNING,
    DeviceCredentials,
    InvalidCredentials,
    create_device_certificate,
    load_credentials,
)

NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def creds() -> DeviceCredentials:
    return create_device_certificate("柜台一号机", "北京分行营业部", now=NOW)


def test_subject_names_the_device_and_the_institution(creds: DeviceCredentials) -> None:
    cert = creds.certificate
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    assert [a.value for a in cn] == ["柜台一号机"]
    assert [a.value for a in org] == ["北京分行营业部"]
    assert cert.issuer == cert.subject


def test_key_usage_is_digital_signature_and_non_repudiation_only(
    creds: DeviceCredentials,
) -> None:
    ext = creds.certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert ext.critical
    usage = ext.value
    assert usage.digital_signature and usage.content_commitment
    assert not (
        usage.key_encipherment
        or usage.data_encipherment
        or usage.key_agreement
        or usage.key_cert_sign
        or usage.crl_sign
    )


def test_it_is_not_a_ca_and_is_meant_for_documents(creds: DeviceCredentials) -> None:
    extensions = creds.certificate.extensions
    basic = extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca is False
    eku = extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert DOCUMENT_SIGNING in eku and ExtendedKeyUsageOID.EMAIL_PROTECTION in eku


def test_rsa_2048_self_signature_with_sha256_verifies(creds: DeviceCredentials) -> None:
    cert = creds.certificate
    public = cert.public_key()
    assert isinstance(public, rsa.RSAPublicKey) and public.key_size == 2048
    assert isinstance(cert.signature_hash_algorithm, hashes.SHA256)
    public.verify(
        cert.signature,
        cert.tbs_certificate_bytes,
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


def test_validity_starts_just_before_now_and_lasts_the_years_asked(
    creds: DeviceCredentials,
) -> None:
    cert = creds.certificate
    assert NOW - timedelta(hours=2) < cert.not_valid_before_utc <= NOW
    assert cert.not_valid_after_utc >= NOW + timedelta(days=5 * 365)
    assert cert.not_valid_after_utc < NOW + timedelta(days=5 * 365 + 3)
    short = create_device_certificate("a", "b", now=NOW, valid_years=1)
    assert short.certificate.not_valid_after_utc < NOW + timedelta(days=367)


def test_key_is_unencrypted_pkcs8_pem_and_matches(creds: DeviceCredentials) -> None:
    assert creds.key_pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert creds.cert_pem.startswith(b"-----BEGIN CERTIFICATE-----")
    key = serialization.load_pem_private_key(creds.key_pem, password=None)
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    assert key.public_key().public_bytes(der, spki) == (
        creds.certificate.public_key().public_bytes(der, spki)
    )


def test_fingerprint_is_sha256_of_the_der_certificate(creds: DeviceCredentials) -> None:
    expected = creds.certificate.fingerprint(hashes.SHA256()).hex()
    assert creds.fingerprint_sha256 == expected
    assert len(expected) == 64


def test_every_certificate_has_its_own_key_and_random_serial() -> None:
    a = create_device_certificate("a", "b", now=NOW)
    b = create_device_certificate("a", "b", now=NOW)
    assert a.key_pem != b.key_pem
    assert a.certificate.serial_number != b.certificate.serial_number
    assert a.certificate.serial_number.bit_length() > 64


def test_load_credentials_round_trips_bytes_and_text(creds: DeviceCredentials) -> None:
    assert load_credentials(creds.key_pem, creds.cert_pem) == creds
    as_text = load_credentials(creds.key_pem.decode(), creds.cert_pem.decode())
    assert as_text == creds


def test_load_credentials_refuses_a_key_of_another_certificate(
    creds: DeviceCredentials,
) -> None:
    other = create_device_certificate("other", "b", now=NOW)
    with pytest.raises(InvalidCredentials):
        load_credentials(other.key_pem, creds.cert_pem)


@pytest.mark.parametrize("which", ["key", "cert"])
def test_load_credentials_refuses_garbage(creds: DeviceCredentials, which: str) -> None:
    key = b"not a key" if which == "key" else creds.key_pem
    cert = b"not a certificate" if which == "cert" else creds.cert_pem
    with pytest.raises(InvalidCredentials):
        load_credentials(key, cert)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        create_device_certificate("a", "b", now=datetime(2026, 3, 1))  # naive
    with pytest.raises(ValueError):
        create_device_certificate(" ", "b", now=NOW)
    with pytest.raises(ValueError):
        create_device_certificate("a", "b", now=NOW, valid_years=0)
