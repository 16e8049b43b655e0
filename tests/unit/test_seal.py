"""The PAdES seal: seal_pdf and verify_pdf in process (the CLI is in integration)."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen import canvas

from app.documents.certificates import DeviceCredentials, create_device_certificate
from app.documents.seal import UnreadablePdf, seal_pdf, verify_pdf

SIGNED_AT = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def make_pdf(pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1, pageCompression=0)
    for number in range(1, pages + 1):
        pdf.drawString(72, 720, f"Risk disclosure, page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def creds() -> DeviceCredentials:
    return create_device_certificate("Counter 1", "Beijing Branch", now=SIGNED_AT)


@pytest.fixture(scope="module")
def sealed(creds: DeviceCredentials) -> bytes:
    return seal_pdf(make_pdf(), creds, reason="Case pack", location="Beijing", signed_at=SIGNED_AT)


def test_a_fresh_seal_is_valid_and_reports_signer_time_and_hashes(
    sealed: bytes, creds: DeviceCredentials
) -> None:
    result = verify_pdf(sealed)
    assert result.valid and result.intact and result.sealed
    assert result.problem == ""
    assert result.signer == "Counter 1 (Beijing Branch)"
    assert result.signed_at == SIGNED_AT
    assert result.fingerprint == creds.fingerprint_sha256
    assert result.trusted is None
    assert result.as_json() == {
        "valid": True,
        "intact": True,
        "signer": "Counter 1 (Beijing Branch)",
        "signed_at": "2026-03-01T18:00:00+08:00",
        "sha256": result.sha256,
        "fingerprint": creds.fingerprint_sha256,
        "problem": "",
    }


def test_the_seal_is_an_invisible_pades_certification_signature(sealed: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(sealed))
    (sig,) = reader.embedded_signatures
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.sig_object["/Reason"] == "Case pack"
    assert sig.sig_object["/Location"] == "Beijing"
    assert sig.md_algorithm == "sha256"
    assert sig.docmdp_level is not None and sig.docmdp_level.value == 1  # no changes
    assert [float(v) for v in sig.sig_field["/Rect"]] == [0, 0, 0, 0]


def test_trust_is_reported_only_against_a_trust_list(
    sealed: bytes, creds: DeviceCredentials
) -> None:
    other = create_device_certificate("Counter 2", "Beijing Branch", now=SIGNED_AT)
    assert verify_pdf(sealed, trusted_certs=[creds.cert_pem]).trusted is True
    untrusted = verify_pdf(sealed, trusted_certs=[other.cert_pem])
    assert untrusted.trusted is False
    assert untrusted.valid  # an unknown signer is reported, not a broken seal
    assert verify_pdf(sealed, trusted_certs=[]).trusted is False


def test_any_flipped_byte_in_the_signed_ranges_is_detected(sealed: bytes) -> None:
    start = sealed.index(b"Risk disclosure, page 2")
    for offset in (start, start + 10, sealed.index(b"/Producer")):
        tampered = bytearray(sealed)
        tampered[offset] ^= 0x04
        result = verify_pdf(bytes(tampered))
        assert not result.valid and not result.intact
        assert "altered" in result.problem


def test_stray_data_in_the_signature_placeholder_is_detected(sealed: bytes) -> None:
    end = sealed.index(b">", sealed.index(b"/Contents <"))
    assert sealed[end - 8 : end] == b"00000000"
    tampered = sealed[: end - 4] + b"1" + sealed[end - 3 :]
    result = verify_pdf(tampered)
    assert result.intact and not result.valid


def test_an_appended_incremental_update_invalidates_the_seal(sealed: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(sealed))
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    output = io.BytesIO()
    writer.write(output)
    result = verify_pdf(output.getvalue())
    assert result.intact and not result.valid
    assert "changed after it was sealed" in result.problem


def test_bytes_appended_after_the_end_invalidate_the_seal(sealed: bytes) -> None:
    result = verify_pdf(sealed + b"\n% a comment\n")
    assert not result.valid and "changed after it was sealed" in result.problem


def test_an_unsigned_pdf_is_readable_but_not_sealed() -> None:
    result = verify_pdf(make_pdf())
    assert not result.sealed and not result.valid
    assert "not sealed" in result.problem


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, world",
        random.Random(7).randbytes(4000),
        b"%PDF-1.7\n" + random.Random(8).randbytes(4000),
    ],
    ids=["empty", "text", "random", "pdf-header-then-noise"],
)
def test_non_pdfs_are_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadablePdf):
        verify_pdf(data)


def test_a_truncated_pdf_is_unreadable(sealed: bytes) -> None:
    with pytest.raises(UnreadablePdf):
        verify_pdf(sealed[: len(sealed) // 2])


def test_sealing_a_non_pdf_is_refused(creds: DeviceCredentials) -> None:
    with pytest.raises(UnreadablePdf):
        seal_pdf(b"not a pdf", creds, reason="r", location="l")
    with pytest.raises(UnreadablePdf):
        seal_pdf(b"%PDF-1.4\ngarbage", creds, reason="r", location="l")


def test_signing_time_defaults_to_now_and_must_be_aware(creds: DeviceCredentials) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    # A certificate valid today, whatever today is (the shared one is pinned to 2026).
    current = create_device_certificate("Counter 9", "Beijing Branch", now=datetime.now(UTC))
    result = verify_pdf(seal_pdf(make_pdf(1), current, reason="r", location="l"))
    assert result.valid
    assert result.signed_at is not None and result.signed_at >= before
    with pytest.raises(ValueError):
        seal_pdf(make_pdf(1), creds, reason="r", location="l", signed_at=datetime(2026, 3, 1))


def test_an_edited_signer_name_in_the_embedded_certificate_is_detected(
    sealed: bytes, creds: DeviceCredentials
) -> None:
    # The CMS certificate set is not signed itself; the signed signing-certificate-v2
    # attribute is what ties the certificate (and so the name shown) to the signature.
    # There is one copy of the certificate only: an unsigned duplicate could be edited.
    cert_hex = creds.certificate.public_bytes(Encoding.DER).hex().encode()
    assert sealed.lower().count(cert_hex) == 1
    start = sealed.lower().index(cert_hex)
    cert_in_file = sealed[start : start + len(cert_hex)]
    subject_at = cert_in_file.lower().rindex(b"Counter 1".hex().encode())
    forged = (
        cert_in_file[:subject_at]
        + b"Counter 9".hex().encode()
        + cert_in_file[subject_at + len(b"Counter 9".hex()) :]
    )
    result = verify_pdf(sealed[:start] + forged + sealed[start + len(cert_hex) :])
    assert not result.valid
    assert "certificate" in result.problem


def test_the_signing_library_cannot_reach_the_network() -> None:
    import sys

    import pytest as _pytest

    from app.documents.offline import NetworkDisabled

    aiohttp = sys.modules["aiohttp"]
    with _pytest.raises(NetworkDisabled, match="offline"):
        aiohttp.ClientSession()
