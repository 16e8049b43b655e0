"""Enrollment with one-time codes, device tokens (401), revocation (403), schema (426)."""

from __future__ import annotations

from datetime import timedelta

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from server.compat import accepted_client_revisions
from server.enrollment import revoke
from server.tokens import normalize_code
from tests.server.harness import REVISION, Server

HEADERS = {"X-Schema-Revision": REVISION}


def test_a_good_code_enrolls_once_and_the_ca_signs_the_device_key(server: Server) -> None:
    code = server.code("BJ001", "supervisor")
    assert len(normalize_code(code)) == 32 and code.count("-") == 7
    body = server.enroll_body(code)
    first = server.http.post("/sync/enroll", json=body, headers=HEADERS)
    assert first.status_code == 201, first.text
    answer = first.json()
    assert answer["role"] == "supervisor"
    assert answer["branch"] == {"code": "BJ001", "name": "BJ001"}
    cert = x509.load_pem_x509_certificate(answer["certificate_pem"].encode())
    ca = x509.load_pem_x509_certificate(answer["ca_certificate_pem"].encode())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "柜台一号机"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "BJ001"
    assert cert.issuer == ca.subject
    public = ca.public_key()
    assert isinstance(public, rsa.RSAPublicKey) and public.key_size == 3072
    assert cert.signature_hash_algorithm is not None
    public.verify(
        cert.signature,
        cert.tbs_certificate_bytes,
        padding.PKCS1v15(),
        cert.signature_hash_algorithm,
    )
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=729) < lifetime < timedelta(days=732)
    ca_lifetime = ca.not_valid_after_utc - ca.not_valid_before_utc
    assert ca_lifetime > timedelta(days=3650)

    again = server.http.post("/sync/enroll", json=server.enroll_body(code), headers=HEADERS)
    assert again.status_code == 400
    assert again.json()["error"] == "bad_code"


def test_the_code_may_be_typed_without_dashes_in_lower_case(server: Server) -> None:
    code = normalize_code(server.code()).lower()
    response = server.http.post("/sync/enroll", json=server.enroll_body(code), headers=HEADERS)
    assert response.status_code == 201, response.text


def test_expired_and_unknown_codes_are_refused(server: Server) -> None:
    code = server.code()
    server.clock.advance(hours=24, seconds=1)
    expired = server.http.post("/sync/enroll", json=server.enroll_body(code), headers=HEADERS)
    assert (expired.status_code, expired.json()["error"]) == (400, "bad_code")
    unknown = server.http.post(
        "/sync/enroll", json=server.enroll_body("AAAA-BBBB-CCCC-DDDD"), headers=HEADERS
    )
    assert (unknown.status_code, unknown.json()["error"]) == (400, "bad_code")


def test_a_bad_csr_is_refused_and_does_not_use_up_the_code(server: Server) -> None:
    code = server.code()
    body = server.enroll_body(code) | {"csr_pem": "-----BEGIN CERTIFICATE REQUEST-----\nxx"}
    bad = server.http.post("/sync/enroll", json=body, headers=HEADERS)
    assert (bad.status_code, bad.json()["error"]) == (400, "bad_csr")
    good = server.http.post("/sync/enroll", json=server.enroll_body(code), headers=HEADERS)
    assert good.status_code == 201


def test_a_device_works_with_its_token_only(server: Server) -> None:
    device = server.enroll()
    ok = server.http.get("/sync/status", headers=device.headers())
    assert ok.status_code == 200
    status = ok.json()
    assert status["device"]["id"] == device.device_id
    assert status["device"]["role"] == "advisor" and status["device"]["revoked"] is False
    assert status["cursor"] == 0
    wrong = HEADERS | {"Authorization": "Bearer " + "A" * 43}
    missing = server.http.get("/sync/status", headers=HEADERS)
    bad = server.http.get("/sync/status", headers=wrong)
    assert (missing.status_code, missing.json()["error"]) == (401, "unauthorized")
    assert (bad.status_code, bad.json()["error"]) == (401, "unauthorized")


def test_an_expired_token_is_401_and_a_new_code_renews_it(server: Server) -> None:
    device = server.enroll()
    server.clock.advance(days=365, seconds=1)
    expired = server.http.get("/sync/pull", headers=device.headers())
    assert (expired.status_code, expired.json()["error"]) == (401, "unauthorized")
    body = server.enroll_body(server.code(), device.device_id)
    renewed = server.http.post("/sync/enroll", json=body, headers=HEADERS)
    assert renewed.status_code == 201
    headers = device.headers() | {"Authorization": f"Bearer {renewed.json()['device_token']}"}
    assert server.http.get("/sync/status", headers=headers).status_code == 200
    # The old token no longer opens anything.
    server.clock.advance(days=-365)
    assert server.http.get("/sync/status", headers=device.headers()).status_code == 401


def test_a_revoked_device_is_told_so_and_cannot_enroll_again(server: Server) -> None:
    device = server.enroll()
    revoke(server.db, device.device_id, server.clock())
    for response in (
        server.http.get("/sync/pull", headers=device.headers()),
        server.http.post(
            "/sync/push",
            json={"device_id": device.device_id, "batch": []},
            headers=device.headers(),
        ),
    ):
        assert response.status_code == 403
        assert response.json()["error"] == "revoked"
        assert "revoked by head office on 2026-11-29" in response.json()["message"]
    body = server.enroll_body(server.code(), device.device_id)
    again = server.http.post("/sync/enroll", json=body, headers=HEADERS)
    assert (again.status_code, again.json()["error"]) == (403, "revoked")


def test_an_old_or_missing_schema_revision_is_426(server: Server) -> None:
    device = server.enroll()
    for revision in ("0001", None):
        headers = device.headers()
        if revision is None:
            del headers["X-Schema-Revision"]
        else:
            headers["X-Schema-Revision"] = revision
        response = server.http.get("/sync/status", headers=headers)
        assert response.status_code == 426
        assert response.json()["error"] == "update_required"
        assert "update" in response.json()["message"]
    old_enroll = server.http.post(
        "/sync/enroll",
        json=server.enroll_body(server.code()),
        headers={"X-Schema-Revision": "0001"},
    )
    assert old_enroll.status_code == 426


def test_the_current_and_the_previous_client_revision_are_accepted(server: Server) -> None:
    device = server.enroll()
    accepted = accepted_client_revisions()
    assert len(accepted) == 2
    for revision in accepted:
        headers = device.headers() | {"X-Schema-Revision": revision}
        assert server.http.get("/sync/status", headers=headers).status_code == 200
