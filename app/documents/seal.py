"""The PAdES seal on a finished PDF pack, and its verification (pyHanko, offline).

:func:`seal_pdf` adds one invisible PAdES baseline signature (``ETSI.CAdES.detached``,
SHA-256) made with the device's key, as a certification signature that permits no
changes. No timestamp server is contacted: the signing time is the device's clock, as
recorded in the signature dictionary.

:func:`verify_pdf` checks the first signature of a PDF: the signed byte ranges still hash
to the signed digest (``intact``), the signature is cryptographically valid, and it covers
the entire file — an incremental update appended after sealing (which PDF readers would
show as the "current" document) makes the seal invalid, as does any changed byte in the
signed ranges or stray data in the signature's placeholder. Trust in the signer's
certificate is reported separately and never fetched from the network (no OCSP or CRL).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from asn1crypto import keys as asn1_keys
from asn1crypto import parser as asn1_parser
from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathError, ValidationError
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.documents.certificates import DeviceCredentials
from app.errors import UserError
from app.i18n import translate

logger = logging.getLogger(__name__)

SEAL_FIELD = "AdvisorDeskSeal"
LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
# A PDF header may follow up to 1024 bytes of junk (ISO 32000-1, annex H.3).
_HEADER_WINDOW = 1024


class UnreadablePdf(UserError):
    """The bytes are not a PDF, or the PDF is too damaged to read."""


@dataclass(frozen=True)
class VerifyResult:
    """What :func:`verify_pdf` found; ``problem`` is translated and empty when valid."""

    valid: bool  # intact, cryptographically valid, and covering the entire file
    intact: bool  # the signed byte ranges still hash to the signed digest
    signer: str  # "CN (O)" of the signer's certificate; "" if not sealed
    signed_at: datetime | None  # as recorded by the signer (the device clock)
    sha256: str  # of the whole file, lowercase hex
    fingerprint: str  # SHA-256 of the signer's certificate (DER), lowercase hex
    trusted: bool | None  # None: no trust list was given
    problem: str
    sealed: bool = True  # False: a readable PDF without any signature

    def as_json(self) -> dict[str, Any]:
        """The ``advisor-desk verify --json`` object."""
        return {
            "valid": self.valid,
            "intact": self.intact,
            "signer": self.signer,
            "signed_at": local_iso(self.signed_at),
            "sha256": self.sha256,
            "fingerprint": self.fingerprint,
            "problem": self.problem,
        }


def local_iso(moment: datetime | None) -> str | None:
    """ISO 8601 in Beijing time (``…+08:00``), or None."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_ZONE).isoformat()


# -- sealing -------------------------------------------------------------------------------


_HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


def _no_other_certificates() -> SimpleCertificateStore:
    """The signer's certificate is always embedded; registering it too would embed a copy,
    an unsigned duplicate that could be edited without any effect on the verdict."""
    return SimpleCertificateStore()  # type: ignore[no-untyped-call]


class _DeviceSigner(signers.SimpleSigner):
    """A :class:`SimpleSigner` that parses its private key once, not on every signature.

    (``SimpleSigner.sign_raw`` reloads the key per call, and loading an RSA key checks it:
    tens of milliseconds each time.)
    """

    def __init__(self, creds: DeviceCredentials) -> None:
        cert = asn1_x509.Certificate.load(_der(creds.cert_pem))
        super().__init__(
            signing_cert=cert,
            signing_key=asn1_keys.PrivateKeyInfo.load(_der(creds.key_pem)),
            cert_registry=_no_other_certificates(),
        )
        self._private = serialization.load_pem_private_key(creds.key_pem, password=None)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        algorithm = _HASHES.get(digest_algorithm)
        key = self._private
        if algorithm is not None:
            if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, padding.PKCS1v15(), algorithm)
            if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(algorithm))
        result: bytes = super().sign_raw(data, digest_algorithm)  # anything else: as pyHanko
        return result


@lru_cache(maxsize=4)
def _signer(creds: DeviceCredentials) -> _DeviceSigner:
    return _DeviceSigner(creds)


def _der(data: bytes) -> bytes:
    if asn1_pem.detect(data):
        _, _, der = asn1_pem.unarmor(data)
        return bytes(der)
    return data


def seal_pdf(
    pdf: bytes,
    creds: DeviceCredentials,
    *,
    reason: str,
    location: str,
    signed_at: datetime | None = None,
) -> bytes:
    """``pdf`` with the device's PAdES seal appended (an incremental update).

    ``signed_at`` (time-zone aware; default: now) is the signing time recorded in the
    signature. Raises :class:`UnreadablePdf` if ``pdf`` cannot be read.
    """
    if signed_at is None:
        signed_at = datetime.now(UTC)
    elif signed_at.tzinfo is None:
        raise ValueError("signed_at must be time-zone aware")
    _check_header(pdf)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    except Exception as exc:
        raise _damaged(exc) from None
    meta = signers.PdfSignatureMetadata(
        field_name=SEAL_FIELD,
        reason=reason,
        location=location,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
    )
    signer = _signer(creds)
    pdf_signer = signers.PdfSigner(meta, signer)
    # Room for the CMS object: signature, signed attributes and the certificates. Known in
    # advance, which spares pyHanko a trial signature to measure it.
    certs = [signer.signing_cert, *signer.cert_registry]
    needed = 4096 + sum(len(cert.dump()) for cert in certs)
    reserve = -(-needed // 256) * 256  # pyHanko wants an even number; round up
    output: io.BytesIO = asyncio.run(_sign(pdf_signer, writer, signed_at, reserve))
    return output.getvalue()


async def _sign(
    pdf_signer: signers.PdfSigner,
    writer: IncrementalPdfFileWriter,
    signed_at: datetime,
    bytes_reserved: int,
) -> io.BytesIO:
    """:meth:`PdfSigner.async_sign_pdf`, with the signing time set instead of the clock's."""
    session = pdf_signer.init_signing_session(writer)
    session.system_time = signed_at
    validation_info = await session.perform_presign_validation(writer)
    tbs = session.prepare_tbs_document(
        validation_info=validation_info, bytes_reserved=bytes_reserved
    )
    digest, output = tbs.digest_tbs_document()
    post_signing = await tbs.perform_signature(
        document_digest=digest.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=signed_at),
    )
    await post_signing.post_signature_processing(output)
    output.seek(0)
    assert isinstance(output, io.BytesIO)
    return output


# -- verification --------------------------------------------------------------------------


def verify_pdf(pdf: bytes, *, trusted_certs: list[bytes] | None = None) -> VerifyResult:
    """Check the seal (the first signature) of ``pdf``; see the module docstring.

    ``trusted_certs`` (PEM or DER) are the trust anchors for ``trusted``; without them
    ``trusted`` is None. Raises :class:`UnreadablePdf` if ``pdf`` is not a readable PDF; a
    readable PDF without a signature gives ``sealed=False, valid=False``.
    """
    sha256 = hashlib.sha256(pdf).hexdigest()
    _check_header(pdf)
    reader, fields = _read_signature_fields(pdf)
    if not fields:
        return VerifyResult(
            valid=False,
            intact=False,
            signer="",
            signed_at=None,
            sha256=sha256,
            fingerprint="",
            trusted=None,
            problem=translate("Documents", "The document is not sealed: it has no signature."),
            sealed=False,
        )
    name, field = fields[0]
    try:
        sig = EmbeddedPdfSignature(reader, field, name)
        # pyHanko also checks the signed signing-certificate attribute here: the CMS
        # certificates are not signed themselves, that attribute binds the signer's one.
        cert = sig.signer_cert
    except Exception as exc:
        logger.info("seal unreadable", exc_info=True)
        if isinstance(exc, SignatureValidationError):
            problem = translate("Documents", "The certificate in the seal was altered.")
        else:
            problem = translate("Documents", "The seal is damaged and cannot be read.")
        return VerifyResult(
            valid=False,
            intact=False,
            signer="",
            signed_at=None,
            sha256=sha256,
            fingerprint="",
            trusted=None,
            problem=problem,
        )
    signer = signer_name(cert)
    fingerprint = hashlib.sha256(cert.dump()).hexdigest()
    try:
        signed_at = sig.self_reported_timestamp
    except Exception:
        signed_at = None

    intact = crypto_ok = covers_all = clean_placeholder = False
    try:
        # The certificate as its own trust anchor: only the signature is judged here (no
        # path building, no warnings logged); trust is a separate question below.
        context = ValidationContext(
            trust_roots=[cert],
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=_within_validity(cert, signed_at),
        )
        status = validate_pdf_signature(
            sig,
            context,
            skip_diff=True,
            key_usage_settings=KeyUsageConstraints(key_usage=set()),  # usage: trust's concern
        )
        intact = bool(status.intact)
        crypto_ok = bool(status.valid)
        covers_all = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        clean_placeholder = _only_padding_after_cms(sig.pkcs7_content)
    except Exception:  # a malformed signature is a broken seal, not an unreadable file
        logger.info("seal check failed", exc_info=True)
        status = None

    problem = ""
    if status is None:
        problem = translate("Documents", "The seal is damaged and cannot be checked.")
    elif not intact:
        problem = translate(
            "Documents", "The sealed content was altered: it no longer matches the seal."
        )
    elif not crypto_ok:
        problem = translate("Documents", "The seal's signature is not valid.")
    elif not covers_all:
        problem = _coverage_problem(reader, sig, status.coverage)
    elif not clean_placeholder:
        problem = translate("Documents", "The seal contains data that is not part of it.")
    valid = not problem

    trusted: bool | None = None
    if trusted_certs is not None:
        trusted = _is_trusted(cert, sig.other_embedded_certs, trusted_certs, signed_at)

    return VerifyResult(
        valid=valid,
        intact=intact,
        signer=signer,
        signed_at=signed_at,
        sha256=sha256,
        fingerprint=fingerprint,
        trusted=trusted,
        problem=problem,
    )


def _check_header(pdf: bytes) -> None:
    if b"%PDF-" not in pdf[:_HEADER_WINDOW]:
        raise UnreadablePdf(translate("Documents", "This is not a PDF file."))


def _damaged(exc: BaseException) -> UnreadablePdf:
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    return UnreadablePdf(
        translate("Documents", "The PDF file is damaged and cannot be read ({detail}).").format(
            detail=detail
        )
    )


def _read_signature_fields(pdf: bytes) -> tuple[PdfFileReader, list[tuple[str, Any]]]:
    """The reader and the filled signature fields ``(name, field)`` in signing order.

    A strict read first; a lenient one if that fails (a damaged cross-reference table
    does not hide a seal: the signed byte ranges are checked byte for byte anyway).
    """
    first_error: Exception | None = None
    for strict in (True, False):
        try:
            reader = PdfFileReader(io.BytesIO(pdf), strict=strict)
            if reader.encrypted:
                raise UnreadablePdf(
                    translate("Documents", "The PDF file is encrypted and cannot be checked.")
                )
            found = []
            for name, value_ref, field_ref in enumerate_sig_fields(reader, filled_status=True):
                value = value_ref.get_object()
                if value.get("/Type", "/Sig") != "/Sig":
                    continue  # a document timestamp, not a signature
                revision = reader.xrefs.get_last_change(value_ref.reference)
                found.append((revision, name, field_ref))
            found.sort(key=lambda item: item[0])
            return reader, [(name, field) for _, name, field in found]
        except UnreadablePdf:
            raise
        except Exception as exc:  # pyHanko's parser raises many kinds on damaged input
            first_error = first_error or exc
    assert first_error is not None
    raise _damaged(first_error)


def signer_name(cert: asn1_x509.Certificate) -> str:
    """``CN (O)`` of a certificate's subject, or its full subject if it has neither."""
    subject = cert.subject.native
    common = str(subject.get("common_name", "")).strip()
    org = str(subject.get("organization_name", "")).strip()
    if common and org:
        return f"{common} ({org})"
    return common or org or str(cert.subject.human_friendly)


def _within_validity(cert: asn1_x509.Certificate, moment: datetime | None) -> datetime | None:
    """The signing time if the certificate was valid then (quiet validation), else None."""
    if moment is None:
        return None
    validity = cert["tbs_certificate"]["validity"]
    start = validity["not_before"].native
    end = validity["not_after"].native
    return moment if start <= moment <= end else None


def _only_padding_after_cms(contents: bytes) -> bool:
    """The signature placeholder holds one DER object followed only by zero bytes."""
    try:
        _, _, _, header, body, trailer = asn1_parser.parse(contents)
    except ValueError:
        # asn1crypto refuses trailing data only in strict mode; anything else is damage
        return False
    used = len(header) + len(body) + len(trailer)
    return not contents[used:].strip(b"\x00")


def _coverage_problem(
    reader: PdfFileReader, sig: EmbeddedPdfSignature, coverage: SignatureCoverageLevel | None
) -> str:
    if coverage in (
        SignatureCoverageLevel.ENTIRE_REVISION,
        SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START,
    ):
        later = max(0, reader.xrefs.total_revisions - 1 - sig.signed_revision)
        if later:
            return translate(
                "Documents",
                "The document was changed after it was sealed: {count} later update(s) "
                "were appended.",
            ).format(count=later)
        return translate(
            "Documents", "The document was changed after it was sealed: data was appended."
        )
    return translate("Documents", "The seal does not cover the whole document.")


def _is_trusted(
    cert: asn1_x509.Certificate,
    others: Iterable[asn1_x509.Certificate],
    trusted_certs: list[bytes],
    signed_at: datetime | None,
) -> bool:
    """Whether ``cert`` chains to one of ``trusted_certs`` (offline, at the signing time)."""
    try:
        roots = [asn1_x509.Certificate.load(_der(bytes(c))) for c in trusted_certs]
    except ValueError:
        return False
    if not roots:
        return False
    context = ValidationContext(
        trust_roots=roots,
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=signed_at,
    )
    validator = CertificateValidator(cert, list(others), validation_context=context)
    try:
        asyncio.run(validator.async_validate_path())
    except (ValidationError, PathError):
        return False
    except Exception:  # an odd certificate is not a trusted one
        logger.info("trust check failed", exc_info=True)
        return False
    return True
