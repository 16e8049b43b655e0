"""A sale stays what it was matched as: checked again before disclosure and signing.

Also: the questionnaire's capacity answer counts, only the newest assessment matches,
every document is shown, seals are checked against this institution's certificates, and
the device certificate is renewed before it expires.
"""

from __future__ import annotations

import subprocess
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.documents.certificates import create_device_certificate
from app.documents.seal import seal_pdf
from app.documents.templates import DOCUMENT_KINDS
from app.errors import UserError
from app.services import cases, catalog, clients, disclosure, signing
from app.services.device_keys import ensure_credentials, known_certificates
from app.store.models import DeviceCredential, Product
from tests.conftest import Office
from tests.unit import test_disclosure_service
from tests.unit.test_case_services import Desk
from tests.unit.test_disclosure_service import (
    SUITABLE,
    complete_input,
    disclose,
    matched_case,
    plan_of,
)
from tests.unit.test_seal import make_pdf
from tests.unit.test_signing_service import sign

pytestmark = pytest.mark.usefixtures("fast_kdf")
desk = test_disclosure_service.desk  # the same desk fixture, under its name

C1_SHEET = {
    "1": "E", "2": "A", "3": "D", "4": "A", "5": "B", "6": "A", "7": "A", "8": "A",
    "9": ["A"], "10": "E", "11": "A", "12": ["A"], "13": "A", "14": "A", "15": "B",
    "16": "E", "17": "B", "18": "C", "19": "A", "20": "E",
}  # fmt: skip


def rerate(office: Office, code: str, rating: str) -> None:
    product = next(
        p for p in catalog.list_products(office.admin_ws, office.admin) if p.code == code
    )
    catalog.change_rating(
        office.admin_ws, office.admin, product.product_id, product.version, rating, rating
    )


def test_a_product_re_rated_after_matching_cannot_be_disclosed(office: Office, desk: Desk) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")  # a C3 client, an R2 product
    plan = plan_of(desk, case_id)
    rerate(office, SUITABLE, "R5")
    with pytest.raises(UserError, match="start a new case"):
        disclosure.record_disclosure(
            desk.ws, desk.actor, case_id, plan.version, complete_input(plan)
        )
    assert cases.get_case(desk.ws, desk.actor, case_id).state.value == "matched"


def test_a_product_withdrawn_after_matching_cannot_be_disclosed(desk: Desk) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    plan = plan_of(desk, case_id)
    with desk.ws.db.writing() as session:
        product = session.scalars(select(Product).where(Product.code == SUITABLE)).one()
        product.status = "closed"
    with pytest.raises(UserError, match="no longer offered"):
        disclosure.record_disclosure(
            desk.ws, desk.actor, case_id, plan.version, complete_input(plan)
        )


def test_facts_changed_after_disclosure_stop_the_signing(desk: Desk) -> None:
    case_id = matched_case(desk, SUITABLE, "500000")  # 800,000 of financial assets
    version = disclose(desk, case_id)
    client_id = cases.get_case(desk.ws, desk.actor, case_id).client_id
    detail = clients.get_client(desk.ws, desk.actor, client_id)
    edited = detail.form
    edited.financial_assets = "100000"  # now the amount exceeds them: prohibited (NFRA)
    clients.update_client(desk.ws, desk.actor, client_id, detail.version, edited)
    with pytest.raises(UserError, match="start a new case"):
        sign(desk, case_id, version)
    assert cases.get_case(desk.ws, desk.actor, case_id).state.value == "disclosed"


def test_the_questionnaires_capacity_answer_counts(desk: Desk) -> None:
    client_id = desk.client()  # the form says full capacity
    view = desk.case(client_id)
    view = cases.confirm_onboarding(desk.ws, desk.actor, view.case_id, view.version)
    from app.services import assessments

    assessment = assessments.submit_assessment(
        desk.ws, desk.actor, client_id, C1_SHEET, civil_capacity="none"
    )
    assert assessment.level == "C1"
    view = cases.use_assessment(
        desk.ws, desk.actor, view.case_id, view.version, assessment.assessment_id
    )
    decisions = cases.evaluate_catalog(desk.ws, desk.actor, view.case_id)
    assert {d.outcome for _p, d in decisions} == {"prohibited"}
    assert all("NO_CAPACITY" in {r.code for r in d.reasons} for _p, d in decisions)


def test_only_the_newest_assessment_matches(desk: Desk) -> None:
    from app.services import assessments

    client_id = desk.client()
    view = desk.case(client_id)
    view = cases.confirm_onboarding(desk.ws, desk.actor, view.case_id, view.version)
    first = desk.assess(client_id)  # C3
    view = cases.use_assessment(desk.ws, desk.actor, view.case_id, view.version, first)
    assessments.submit_assessment(
        desk.ws, desk.actor, client_id, C1_SHEET, civil_capacity="full", level_change_confirmed=True
    )
    product = next(
        p
        for p, _d in cases.evaluate_catalog(desk.ws, desk.actor, view.case_id)
        if p.code == SUITABLE
    )
    with pytest.raises(UserError, match="reassessed"):
        cases.choose_product(
            desk.ws, desk.actor, view.case_id, view.version, product.product_id,
            Decimal("50000"), channel="branch",
        )  # fmt: skip


def test_every_document_is_shown_whatever_the_catalog_lists(desk: Desk) -> None:
    with desk.ws.db.writing() as session:
        product = session.scalars(select(Product).where(Product.code == SUITABLE)).one()
        product.documents = '["risk_disclosure"]'
    case_id = matched_case(desk, SUITABLE, "50000")
    assert [d.kind for d in plan_of(desk, case_id).documents] == list(DOCUMENT_KINDS)


def test_a_seal_by_an_unknown_certificate_is_intact_but_not_ours(desk: Desk) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")
    sign(desk, case_id, disclose(desk, case_id))
    assert signing.verify_case_pack(desk.ws, desk.actor, case_id).trusted is True
    # Someone seals a document with a look-alike certificate of their own.
    forged_creds = create_device_certificate("柜台一号机", "北京分行营业部", now=desk.ws.now())
    forged = seal_pdf(make_pdf(2), forged_creds, reason="r", location="l")
    result = signing.verify_document(desk.ws, forged)
    assert result.trusted is False


def test_the_device_certificate_is_renewed_before_it_expires(desk: Desk) -> None:
    ws = desk.ws
    with ws.db.writing() as session:
        first = ensure_credentials(session, ws).fingerprint_sha256
    real_clock = ws.clock
    ws.clock = lambda: real_clock() + timedelta(days=5 * 365)  # within a month of expiry
    try:
        with ws.db.writing() as session:
            renewed = ensure_credentials(session, ws).fingerprint_sha256
            rows = session.scalars(select(DeviceCredential)).all()
            known = known_certificates(session)
    finally:
        ws.clock = real_clock
    assert renewed != first
    assert sorted(r.active for r in rows) == [False, True]
    assert len(known) == 2, "old seals stay verifiable"


def test_the_pack_shows_the_facts_the_decision_was_made_on(desk: Desk, tmp_path: Path) -> None:
    case_id = matched_case(desk, SUITABLE, "50000")  # matched on 800,000 of financial assets
    version = disclose(desk, case_id)
    client_id = cases.get_case(desk.ws, desk.actor, case_id).client_id
    detail = clients.get_client(desk.ws, desk.actor, client_id)
    edited = detail.form
    edited.financial_assets = "900000"  # a later edit that changes nothing about the sale
    clients.update_client(desk.ws, desk.actor, client_id, detail.version, edited)
    sign(desk, case_id, version)
    _name, pdf = signing.case_pack(desk.ws, desk.actor, case_id)
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "800,000.00" in text and "900,000.00" not in text
