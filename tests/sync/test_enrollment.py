"""Enrollment: a one-time code gets a token and a CA-issued certificate that seals from now on."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cryptography import x509
from sqlalchemy import select

from app.demo import disclose_and_sign, run_case
from app.documents.seal import verify_pdf
from app.errors import PermissionDenied
from app.services import signing, sync
from app.services.device_keys import known_certificates
from app.store.models import DeviceCredential, SyncState
from tests.conftest import client_input, mainland_id
from tests.sync.harness import Desk, HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")


def signed_case(desk: Desk, seed: int) -> str:
    assert desk.advisor_ws is not None and desk.advisor is not None
    form = client_input(id_number=mainland_id(seq=f"{seed:03d}"))
    client_id = desk.new_client(id_number=form.id_number)
    case_id, match = run_case(desk.advisor_ws, desk.advisor, client_id, form, seed)
    assert match is not None
    disclose_and_sign(desk.advisor_ws, desk.advisor, case_id, seed=seed * 10)
    return case_id


def credentials(desk: Desk) -> list[DeviceCredential]:
    with desk.ws.db.reading() as session:
        return list(session.scalars(select(DeviceCredential).order_by(DeviceCredential.created_at)))


def test_enrollment_stores_the_link_and_a_ca_issued_certificate_for_new_seals(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.import_demo_catalog()
    desk.add_advisor()
    before = signed_case(desk, 1)  # sealed with the local, self-signed certificate

    result = desk.enroll(head_office, role="supervisor")

    assert (result.server_url, result.branch_code, result.role) == (
        head_office.base,
        "BJ001",
        "supervisor",
    )
    status = sync.sync_status(desk.ws, desk.admin)
    assert status.enrolled and status.server_url == head_office.base and not status.revoked
    local, issued = credentials(desk)
    assert (local.issuer, local.active) == ("local", False)
    assert (issued.issuer, issued.active) == ("head_office", True)
    assert issued.fingerprint == result.certificate_fingerprint
    cert = x509.load_pem_x509_certificate(issued.cert_pem.encode("ascii"))
    assert cert.issuer != cert.subject  # issued by head office's CA, not self-signed

    after = signed_case(desk, 2)
    assert desk.advisor_ws is not None and desk.advisor is not None
    new_seal = signing.verify_case_pack(desk.advisor_ws, desk.advisor, after)
    assert new_seal.valid and new_seal.trusted
    assert new_seal.fingerprint == issued.fingerprint
    old_seal = signing.verify_case_pack(desk.advisor_ws, desk.advisor, before)
    assert old_seal.valid and old_seal.trusted  # the old local certificate is still trusted

    # The new seal chains to head office's CA alone (what head office checks with).
    _name, pdf = signing.case_pack(desk.advisor_ws, desk.advisor, after)
    with desk.ws.db.reading() as session:
        ca = session.scalars(select(SyncState.ca_cert_pem)).one()
        assert ca.encode("ascii") in known_certificates(session)
    assert verify_pdf(pdf, trusted_certs=[ca.encode("ascii")]).trusted


def test_a_used_code_is_refused_and_changes_nothing(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    first, second = new_desk("a"), new_desk("b")
    code = head_office.code()
    sync.enroll(first.ws, first.admin, head_office.base, code)
    with pytest.raises(sync.SyncFailed) as refused:
        sync.enroll(second.ws, second.admin, head_office.base, code)
    assert refused.value.code == "bad_code"
    assert "already used" in refused.value.message
    assert not sync.sync_status(second.ws, second.admin).enrolled
    assert credentials(second) == []  # no certificate was installed


def test_only_an_administrator_enrolls(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    advisor = desk.add_advisor()
    assert desk.advisor_ws is not None
    with pytest.raises(PermissionDenied):
        sync.enroll(desk.advisor_ws, advisor, head_office.base, head_office.code())
