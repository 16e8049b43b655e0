"""Signing: both signatures, the sealed PDF pack, the deadlines, and what is frozen after.

A disclosed case is signed by the client and the advisor; the pack of RULES §6 is built,
sealed with the device's key and stored with its hash, and from then on what was sold
cannot change (database triggers) though the case may still move on.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import exc, text

from app.documents.model import Strokes
from app.documents.scripted_ink import scripted_strokes
from app.domain.case_flow import CaseState, Step
from app.domain.roles import Role
from app.domain.signature import strokes_from_json
from app.errors import ConcurrentEdit, NotFound, PermissionDenied, UserError, ValidationFailed
from app.services import cases, disclosure, signing
from app.services.context import Actor, Workspace
from app.services.device_keys import ensure_device_credentials
from app.store.audit import verify_chain
from tests.conftest import Office, audit_rows, mainland_id
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import (
    COPY_SENTENCE,
    INSURANCE,
    PRIVATE,
    QUALIFIED,
    SUITABLE,
    WARN,
    disclose,
    make_institution,
    matched_case,
    rows,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")

CLIENT_INK = scripted_strokes(11)
ADVISOR_INK = scripted_strokes(12, characters=2)
EMPTY = Strokes(480, 160, ())
DOT = Strokes(480, 160, (((240.0, 80.0, 0.6, 0),),))
TICK = Strokes(480, 160, (((200.0, 80.0, 0.5, 0), (205.0, 86.0, 0.5, 8), (215.0, 70.0, 0.5, 16)),))


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


def disclosed_case(desk: Desk, code: str, amount: str, **kw: Any) -> tuple[str, int]:
    """A case matched to ``code`` whose disclosure is recorded: (case id, version)."""
    case_id = matched_case(desk, code, amount, **kw)
    return case_id, disclose(desk, case_id)


def sign(
    desk: Desk,
    case_id: str,
    version: int,
    client: Strokes = CLIENT_INK,
    advisor: Strokes = ADVISOR_INK,
) -> signing.SignedCase:
    return signing.sign_case(desk.ws, desk.actor, case_id, version, client, advisor)


def credential_rows(ws: Workspace) -> list[Any]:
    with ws.db.reading() as session:
        return list(session.execute(text("SELECT * FROM device_credentials")).all())


def case_row(ws: Workspace, case_id: str) -> Any:
    with ws.db.reading() as session:
        return session.execute(text("SELECT * FROM cases WHERE id = :c"), {"c": case_id}).one()


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """What poppler reads from the pack, with all white space removed (lines wrap)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) not installed")
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return re.sub(r"\s+", "", result.stdout.decode("utf-8"))


def squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


def assert_not_signed(desk: Desk, case_id: str, version: int) -> None:
    view = cases.get_case(desk.ws, desk.actor, case_id)
    assert (view.state, view.version) == (CaseState.DISCLOSED, version)
    assert (view.signed_at, view.pack_sha256) == (None, None)
    assert rows(desk.ws, "signatures", case_id) == []
    assert rows(desk.ws, "case_documents", case_id) == []
    assert "case.sign" not in [e.action for e in audit_rows(desk.ws)]


# -- a signed case -------------------------------------------------------------------------


def test_a_signed_case_stores_the_sealed_pack_and_both_signatures(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    summary = signing.signing_summary(ws, actor, case_id)
    assert (summary.case_id, summary.version, summary.client_name) == (case_id, version, "张三")
    assert summary.advisor_name == "li.advisor"
    assert any(SUITABLE in line for line in summary.lines)
    assert sum(line.startswith("Read: ") for line in summary.lines) == 4

    signed = sign(desk, case_id, version)

    view = cases.get_case(ws, actor, case_id)
    assert (view.state, view.step) == (CaseState.SIGNED, Step.DONE)
    assert view.version > version
    assert (view.signed_at, view.pack_sha256) == (signed.signed_at, signed.sha256)
    # A suitable bank product: neither cooling-off nor free look.
    assert (signed.cooling_off_until, signed.free_look_until) == (None, None)
    assert (view.cooling_off_until, view.free_look_until) == (None, None)

    name, pdf = signing.case_pack(ws, actor, case_id)
    assert pdf.startswith(b"%PDF-")
    assert name == signed.file_name and name.endswith(".pdf") and SUITABLE in name
    assert hashlib.sha256(pdf).hexdigest() == signed.sha256 == view.pack_sha256
    (document,) = rows(ws, "case_documents", case_id)
    assert (document.id, document.kind, document.sha256) == (
        signed.document_id,
        signing.PACK_KIND,
        signed.sha256,
    )
    assert (bytes(document.content), document.size) == (pdf, len(pdf))
    (credential,) = credential_rows(ws)
    assert document.sealed_by == credential.fingerprint

    result = signing.verify_case_pack(ws, actor, case_id)
    assert result.valid and result.intact and result.sealed
    assert (result.sha256, result.fingerprint) == (signed.sha256, credential.fingerprint)
    assert not result.problem

    event = audit_rows(ws)[-1]
    assert (event.action, event.entity_id, event.actor_id) == ("case.sign", case_id, actor.user_id)


def test_the_signatures_are_stored_as_strokes_that_round_trip(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    signed = sign(desk, case_id, version)
    stored = {r.role: r for r in rows(desk.ws, "signatures", case_id)}
    assert set(stored) == {"client", "advisor"}
    assert (stored["client"].signer_name, stored["advisor"].signer_name) == ("张三", "li.advisor")
    for role, ink in (("client", CLIENT_INK), ("advisor", ADVISOR_INK)):
        row = stored[role]
        assert strokes_from_json(json.loads(row.strokes)) == ink
        assert row.sha256 == hashlib.sha256(row.strokes.encode("utf-8")).hexdigest()
        assert row.signed_at == signed.signed_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    # Both are synced, and so is the pack's metadata (its content stays local).
    with desk.ws.db.reading() as session:
        outbox = session.execute(text("SELECT entity, entity_id, payload FROM outbox")).all()
    synced = {(e, i): json.loads(p) for e, i, p in outbox}
    for row in stored.values():
        assert ("signature", row.id) in synced
    meta = synced[("case_document", signed.document_id)]
    assert meta["sha256"] == signed.sha256 and "content" not in meta


def test_the_pack_shows_the_client_the_product_and_the_copied_sentence(
    desk: Desk, tmp_path: Path
) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    sign(desk, case_id, version)
    _, pdf = signing.case_pack(desk.ws, desk.actor, case_id)
    content = pdf_text(pdf, tmp_path)
    assert "张三" in content
    assert SUITABLE in content
    assert COPY_SENTENCE in content
    assert case_id in content  # the evidence page
    # The ID number is masked, never printed in full.
    assert mainland_id() not in content


def test_a_warn_sale_prints_the_special_warning_and_the_confirmation(
    desk: Desk, tmp_path: Path
) -> None:
    case_id = matched_case(desk, WARN, "10000", own_initiative=True)
    plan = disclosure.disclosure_plan(desk.ws, desk.actor, case_id)
    version = disclose(desk, case_id)
    sign(desk, case_id, version)
    content = pdf_text(signing.case_pack(desk.ws, desk.actor, case_id)[1], tmp_path)
    assert plan.special_warning is not None and plan.investment_confirmation is not None
    assert squeeze(plan.special_warning) in content
    assert squeeze(plan.investment_confirmation) in content
    assert WARN in content
    assert "REC-2026-0042" in content  # the recording of the warning


def test_an_institution_signs_without_a_copied_sentence(desk: Desk) -> None:
    client_id = desk.client(name="北京某某投资有限公司")
    make_institution(desk.ws, client_id)
    view = desk.case(client_id)
    view = cases.confirm_onboarding(desk.ws, desk.actor, view.case_id, view.version)
    view = cases.use_assessment(
        desk.ws, desk.actor, view.case_id, view.version, desk.assess(client_id)
    )
    desk.choose(view, SUITABLE, "50000")
    version = disclose(desk, view.case_id)
    signed = sign(desk, view.case_id, version)
    assert signing.verify_case_pack(desk.ws, desk.actor, view.case_id).valid
    assert desk.reload(view).pack_sha256 == signed.sha256


# -- deadlines -----------------------------------------------------------------------------


def test_a_private_product_starts_a_24_hour_cooling_off_period(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, PRIVATE, "1000000", **QUALIFIED)
    signed = sign(desk, case_id, version)
    assert signed.cooling_off_until == signed.signed_at + timedelta(hours=24)
    assert signed.free_look_until is None
    view = cases.get_case(desk.ws, desk.actor, case_id)
    assert (view.cooling_off_until, view.free_look_until) == (signed.cooling_off_until, None)


def test_long_term_insurance_starts_a_15_day_free_look_period(desk: Desk) -> None:
    # An annual premium of 20,000 is within 30% of the income: no premium notice needed.
    case_id, version = disclosed_case(desk, INSURANCE, "20000", annual_premium="20000")
    signed = sign(desk, case_id, version)
    assert signed.free_look_until == signed.signed_at + timedelta(days=15)
    assert signed.cooling_off_until is None
    view = cases.get_case(desk.ws, desk.actor, case_id)
    assert (view.free_look_until, view.cooling_off_until) == (signed.free_look_until, None)


def test_the_deadlines_follow_the_workspace_clock(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, PRIVATE, "1000000", **QUALIFIED)
    later = desk.ws.now() + timedelta(hours=3, minutes=7)
    desk.ws.clock = lambda: later
    signed = sign(desk, case_id, version)
    assert signed.signed_at == later
    assert signed.cooling_off_until == later + timedelta(hours=24)
    assert cases.get_case(desk.ws, desk.actor, case_id).signed_at == later


# -- what is refused -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("client_ink", "advisor_ink", "fields"),
    [
        (EMPTY, ADVISOR_INK, ["client_pad"]),
        (DOT, ADVISOR_INK, ["client_pad"]),
        (TICK, ADVISOR_INK, ["client_pad"]),
        (CLIENT_INK, EMPTY, ["advisor_pad"]),
        (CLIENT_INK, DOT, ["advisor_pad"]),
        (EMPTY, DOT, ["client_pad", "advisor_pad"]),
    ],
)
def test_an_empty_or_token_signature_is_refused_and_nothing_is_stored(
    desk: Desk, client_ink: Strokes, advisor_ink: Strokes, fields: list[str]
) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    with pytest.raises(ValidationFailed) as caught:
        sign(desk, case_id, version, client_ink, advisor_ink)
    assert [e.field for e in caught.value.errors] == fields
    assert all(e.rule.startswith("SIGNATURE_") for e in caught.value.errors)
    assert_not_signed(desk, case_id, version)
    assert credential_rows(desk.ws) == []  # refused before any key was made


def test_a_case_is_signed_only_after_its_disclosure_and_only_once(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    case_id = matched_case(desk, SUITABLE, "50000")
    matched = cases.get_case(ws, actor, case_id)
    with pytest.raises(UserError) as caught:
        sign(desk, case_id, matched.version)
    assert not isinstance(caught.value, ConcurrentEdit | ValidationFailed)
    after = cases.get_case(ws, actor, case_id)
    assert (after.state, after.version, after.pack_sha256) == (
        CaseState.MATCHED,
        matched.version,
        None,
    )
    assert rows(ws, "signatures", case_id) == rows(ws, "case_documents", case_id) == []

    version = disclose(desk, case_id)
    with pytest.raises(ConcurrentEdit):
        sign(desk, case_id, matched.version)  # the version before the disclosure
    assert_not_signed(desk, case_id, version)

    signed = sign(desk, case_id, version)
    again = cases.get_case(ws, actor, case_id).version
    with pytest.raises(UserError) as caught:
        sign(desk, case_id, again)
    assert not isinstance(caught.value, ConcurrentEdit)
    assert len(rows(ws, "signatures", case_id)) == 2
    assert [d.sha256 for d in rows(ws, "case_documents", case_id)] == [signed.sha256]


def test_only_the_cases_advisor_may_sign(office: Office, desk: Desk) -> None:
    ws = desk.ws
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    office.add_user("wang.advisor", Role.ADVISOR)
    office.add_user("zhao.sup", Role.SUPERVISOR)
    wang, supervisor = office.actor("wang.advisor"), office.actor("zhao.sup")
    with pytest.raises(NotFound):
        signing.sign_case(ws, wang, case_id, version, CLIENT_INK, ADVISOR_INK)
    with pytest.raises(NotFound):
        signing.signing_summary(ws, wang, case_id)
    with pytest.raises(PermissionDenied):
        signing.sign_case(ws, supervisor, case_id, version, CLIENT_INK, ADVISOR_INK)
    assert_not_signed(desk, case_id, version)
    with pytest.raises(NotFound):  # nothing signed yet
        signing.case_pack(ws, desk.actor, case_id)

    sign(desk, case_id, version)
    for call in (signing.case_pack, signing.verify_case_pack):
        with pytest.raises(NotFound):
            call(ws, wang, case_id)
    # The branch supervisor reviews the signed pack.
    assert signing.verify_case_pack(ws, supervisor, case_id).valid


# -- frozen after signing ------------------------------------------------------------------


def test_what_was_sold_cannot_change_once_signed(desk: Desk) -> None:
    ws = desk.ws
    case_id, version = disclosed_case(desk, PRIVATE, "1000000", **QUALIFIED)
    other_id = matched_case(desk, SUITABLE, "50000", id_number=mainland_id(seq="777"))
    sign(desk, case_id, version)
    before = case_row(ws, case_id)

    for assignment in (
        "amount = 1",
        "product_id = (SELECT id FROM products WHERE code = 'WM24001')",
        "pack_sha256 = '" + "0" * 64 + "'",
        "signed_at = '2020-01-01T00:00:00.000000Z'",
        "cooling_off_until = NULL",
        "free_look_until = '2030-01-01T00:00:00.000000Z'",
        "match_id = NULL",
        "assessment_id = NULL",
    ):
        with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as s:
            s.execute(text(f"UPDATE cases SET {assignment} WHERE id = :c"), {"c": case_id})
    with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as s:
        s.execute(text("DELETE FROM cases WHERE id = :c"), {"c": case_id})
    assert case_row(ws, case_id) == before

    # The case still moves on (submitted for review), and unsigned cases are not frozen.
    with ws.db.writing() as s:
        s.execute(text("UPDATE cases SET state = 'submitted' WHERE id = :c"), {"c": case_id})
        s.execute(text("UPDATE cases SET amount = 6000000 WHERE id = :c"), {"c": other_id})
    assert cases.get_case(ws, desk.actor, case_id).state is CaseState.SUBMITTED
    after = case_row(ws, case_id)
    assert (after.amount, after.pack_sha256, after.cooling_off_until) == (
        before.amount,
        before.pack_sha256,
        before.cooling_off_until,
    )
    # ...and stays frozen in its later states.
    with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as s:
        s.execute(text("UPDATE cases SET amount = 1 WHERE id = :c"), {"c": case_id})


@pytest.mark.parametrize(
    ("table", "column"), [("signatures", "strokes"), ("case_documents", "content")]
)
def test_signatures_and_documents_are_immutable(desk: Desk, table: str, column: str) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    sign(desk, case_id, version)
    before = rows(desk.ws, table, case_id)
    for statement in (
        f"UPDATE {table} SET {column} = 'forged'",
        f"UPDATE {table} SET deleted_at = '2026-01-01T00:00:00.000000Z'",
        f"DELETE FROM {table}",
    ):
        with pytest.raises(exc.DatabaseError, match="immutable"), desk.ws.db.writing() as s:
            s.execute(text(statement))
    assert rows(desk.ws, table, case_id) == before
    assert signing.verify_case_pack(desk.ws, desk.actor, case_id).valid


def test_the_audit_chain_still_verifies_after_signing(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    sign(desk, case_id, version)
    with desk.ws.db.reading() as session:
        report = verify_chain(session)
    events = audit_rows(desk.ws)
    assert report.ok
    assert (report.events, report.head) == (len(events), events[-1].hash)
    actions = [e.action for e in events]
    assert actions[-3:] == ["case.disclose", "device.credentials_created", "case.sign"]


# -- the device's sealing credentials --------------------------------------------------------


def test_device_credentials_are_created_once(desk: Desk) -> None:
    ws = desk.ws
    assert credential_rows(ws) == []
    first = ensure_device_credentials(ws)
    assert ensure_device_credentials(ws) == first
    (row,) = credential_rows(ws)
    assert (row.device_id, row.fingerprint, row.issuer, bool(row.active)) == (
        ws.device_id,
        first,
        "local",
        True,
    )
    created = [e for e in audit_rows(ws) if e.action == "device.credentials_created"]
    assert len(created) == 1

    cert = x509.load_pem_x509_certificate(row.cert_pem.encode("ascii"))
    der = cert.public_bytes(serialization.Encoding.DER)
    assert hashlib.sha256(der).hexdigest() == first
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment  # nonRepudiation
    assert not (usage.value.key_cert_sign or usage.value.key_encipherment)
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca

    # Signing uses that certificate rather than making another.
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    sign(desk, case_id, version)
    assert len(credential_rows(ws)) == 1
    assert rows(ws, "case_documents", case_id)[0].sealed_by == first
    assert ensure_device_credentials(ws) == first
