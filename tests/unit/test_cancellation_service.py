"""Cancelling a sale within its cooling-off or free-look period (RULES §5, §7).

Within the period the client may cancel: the refund is recorded, a cancellation
confirmation signed by the client is sealed like the pack, and the case becomes
``cancelled`` (leaving the review queue). One second after the deadline, for a product
without a period, or a second time, cancelling is refused and nothing is stored.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc, text

from app.documents.model import Strokes
from app.documents.seal import verify_pdf
from app.domain.case_flow import CaseState
from app.domain.review import Flag
from app.domain.roles import Role
from app.errors import ConcurrentEdit, NotFound, PermissionDenied, UserError, ValidationFailed
from app.services import cancellation, cases, review, signing
from app.services.cancellation import COOLING_OFF, FREE_LOOK
from app.services.context import LOCAL_ZONE, Actor, Workspace
from app.services.review import ANY_FLAG, QueueQuery
from app.store.audit import verify_chain
from tests.conftest import Office, audit_rows, mainland_id
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import INSURANCE, PRIVATE, QUALIFIED, SUITABLE, rows
from tests.unit.test_signing_service import (
    CLIENT_INK,
    EMPTY,
    TICK,
    disclosed_case,
    pdf_text,
    sign,
    squeeze,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")

REFERENCE = "RF-2026-000123"
PRIVATE_FUND = "PV24001"  # private fund, R4 (CSRC, private overlay): above C3, cooling-off
CLIENT_CANCEL_INK = CLIENT_INK


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


def freeze(ws: Workspace, moment: datetime) -> None:
    ws.clock = lambda: moment


def signed_private(desk: Desk, **client: Any) -> signing.SignedCase:
    case_id, version = disclosed_case(desk, PRIVATE, "1000000", **QUALIFIED, **client)
    return sign(desk, case_id, version)


def cancel(
    desk: Desk,
    case_id: str,
    *,
    refund: str = "1000000",
    reference: str = REFERENCE,
    reason: str = "客户改变主意",
    strokes: Strokes = CLIENT_CANCEL_INK,
    actor: Actor | None = None,
    version: int | None = None,
) -> cancellation.CancelledCase:
    if version is None:
        version = cases.get_case(desk.ws, desk.actor, case_id).version
    return cancellation.cancel_case(
        desk.ws,
        actor or desk.actor,
        case_id,
        version,
        refund_amount=Decimal(refund),
        refund_reference=reference,
        reason=reason,
        client_strokes=strokes,
    )


def assert_not_cancelled(desk: Desk, case_id: str, state: CaseState = CaseState.SIGNED) -> None:
    assert cases.get_case(desk.ws, desk.actor, case_id).state is state
    assert rows(desk.ws, "case_cancellations", case_id) == []
    kinds = [r.kind for r in rows(desk.ws, "case_documents", case_id)]
    assert kinds == [signing.PACK_KIND]
    assert "case.cancel" not in [e.action for e in audit_rows(desk.ws)]


def outbox_entities(ws: Workspace) -> list[tuple[str, str]]:
    with ws.db.reading() as session:
        return [
            (r.entity, r.entity_id)
            for r in session.execute(text("SELECT entity, entity_id FROM outbox ORDER BY seq"))
        ]


# -- within the period ---------------------------------------------------------------------


def test_a_private_sale_is_cancelled_within_its_cooling_off_period(
    desk: Desk, tmp_path: Path
) -> None:
    ws, actor = desk.ws, desk.actor
    signed = signed_private(desk)
    case_id = signed.case_id
    assert signed.cooling_off_until is not None
    freeze(ws, signed.signed_at + timedelta(hours=23))

    terms = cancellation.cancellation_terms(ws, actor, case_id)
    assert (terms.period, terms.deadline) == (COOLING_OFF, signed.cooling_off_until)
    assert terms.open and terms.refusal == "" and terms.cancellation is None
    assert terms.default_refund == Decimal("1000000.00") == terms.amount
    assert (terms.client_name, terms.product_code) == ("张三", PRIVATE)
    before = cases.get_case(ws, actor, case_id)

    done = cancel(desk, case_id, refund="1000000.00")

    view = cases.get_case(ws, actor, case_id)
    assert view.state is CaseState.CANCELLED
    assert view.version == before.version + 1 == done.version
    assert view.updated_at == signed.signed_at + timedelta(hours=23) == done.cancelled_at
    # What was sold is untouched; the original pack is still the case's pack.
    assert (view.pack_sha256, view.amount) == (signed.sha256, before.amount)
    assert hashlib.sha256(signing.case_pack(ws, actor, case_id)[1]).hexdigest() == signed.sha256
    assert signing.verify_case_pack(ws, actor, case_id).valid

    (row,) = rows(ws, "case_cancellations", case_id)
    assert (row.period, row.refund_reference, row.reason) == (
        COOLING_OFF,
        REFERENCE,
        "客户改变主意",
    )
    assert row.refund_amount == 100_000_000  # fen
    assert row.document_sha256 == done.sha256 and row.recorded_by == actor.user_id
    assert row.strokes_sha256 == hashlib.sha256(row.client_strokes.encode()).hexdigest()
    assert json.loads(row.client_strokes)["width"] == CLIENT_CANCEL_INK.width
    kinds = sorted(r.kind for r in rows(ws, "case_documents", case_id))
    assert kinds == sorted([signing.PACK_KIND, cancellation.CANCELLATION_KIND])

    name, pdf = cancellation.cancellation_pdf(ws, actor, case_id)
    assert name == done.file_name and name.endswith(".pdf") and "张三" in name
    assert hashlib.sha256(pdf).hexdigest() == done.sha256
    result = verify_pdf(pdf)
    assert result.valid and result.intact
    assert result.signed_at == done.cancelled_at.replace(microsecond=0)
    readable = pdf_text(pdf, tmp_path)
    for expected in (
        "CancellationConfirmation",
        REFERENCE,
        "张三",
        "110***********",  # the ID number, masked
        PRIVATE,
        "1,000,000.00yuan",
        "cooling-offperiod",
        signed.sha256,  # the original pack
        case_id,
        "客户改变主意",
        "Page1of1",
    ):
        assert squeeze(expected) in readable, expected
    assert mainland_id() not in readable

    actions = [e.action for e in audit_rows(ws)]
    assert actions.count("case.cancel") == 1
    event = audit_rows(ws)[-1]
    assert (event.action, event.entity, event.entity_id) == ("case.cancel", "case", case_id)
    synced = outbox_entities(ws)
    assert ("case", case_id) in synced
    assert ("case_cancellation", row.id) in synced
    assert ("case_document", done.document_id) in synced
    with ws.db.reading() as session:
        assert verify_chain(session).ok

    terms = cancellation.cancellation_terms(ws, actor, case_id)
    assert not terms.open and terms.state is CaseState.CANCELLED
    assert terms.cancellation is not None
    assert terms.cancellation.refund_amount == Decimal("1000000.00")
    assert terms.cancellation.refund_reference == REFERENCE
    assert "already cancelled" in terms.refusal


def test_long_term_insurance_is_cancelled_within_its_free_look_period(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    case_id, version = disclosed_case(desk, INSURANCE, "20000", annual_premium="20000")
    signed = sign(desk, case_id, version)
    assert signed.free_look_until is not None
    freeze(ws, signed.signed_at + timedelta(days=14, hours=23))
    terms = cancellation.cancellation_terms(ws, actor, case_id)
    assert (terms.period, terms.deadline, terms.open) == (FREE_LOOK, signed.free_look_until, True)

    done = cancel(desk, case_id, refund="19980.50", reason="")

    assert (done.period, done.refund_amount) == (FREE_LOOK, Decimal("19980.50"))
    (row,) = rows(ws, "case_cancellations", case_id)
    assert (row.period, row.refund_amount, row.reason) == (FREE_LOOK, 1_998_050, "")
    assert cases.get_case(ws, actor, case_id).state is CaseState.CANCELLED
    assert verify_pdf(cancellation.cancellation_pdf(ws, actor, case_id)[1]).valid


def test_a_sale_under_review_or_approved_can_still_be_cancelled(desk: Desk) -> None:
    signed = signed_private(desk)
    view = cases.get_case(desk.ws, desk.actor, signed.case_id)
    review.submit_case(desk.ws, desk.actor, signed.case_id, view.version)
    cancel(desk, signed.case_id)
    assert cases.get_case(desk.ws, desk.actor, signed.case_id).state is CaseState.CANCELLED


def test_a_service_user_of_the_branch_may_record_the_cancellation(
    desk: Desk, office: Office
) -> None:
    office.add_user("wang.service", Role.SERVICE)
    service = office.actor("wang.service")
    signed = signed_private(desk)
    done = cancel(desk, signed.case_id, actor=service)
    (row,) = rows(desk.ws, "case_cancellations", signed.case_id)
    assert row.recorded_by == service.user_id and done.case_id == signed.case_id


# -- refused -------------------------------------------------------------------------------


def test_cancelling_one_second_after_the_deadline_is_refused(desk: Desk) -> None:
    ws, actor = desk.ws, desk.actor
    signed = signed_private(desk)
    deadline = signed.cooling_off_until
    assert deadline is not None
    # The last moment still counts...
    freeze(ws, deadline)
    assert cancellation.cancellation_terms(ws, actor, signed.case_id).open
    # ...one second later it has ended, named in Beijing time.
    freeze(ws, deadline + timedelta(seconds=1))
    local = deadline.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S")
    terms = cancellation.cancellation_terms(ws, actor, signed.case_id)
    assert not terms.open and local in terms.refusal and "ended" in terms.refusal
    with pytest.raises(UserError, match=local) as refused:
        cancel(desk, signed.case_id)
    assert "cooling-off period" in refused.value.message
    assert_not_cancelled(desk, signed.case_id)


def test_the_free_look_deadline_is_enforced_too(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, INSURANCE, "20000", annual_premium="20000")
    signed = sign(desk, case_id, version)
    assert signed.free_look_until is not None
    freeze(desk.ws, signed.free_look_until + timedelta(seconds=1))
    with pytest.raises(UserError, match="free-look period ended"):
        cancel(desk, case_id, refund="20000")
    assert_not_cancelled(desk, case_id)


def test_a_product_without_a_period_cannot_be_cancelled(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    sign(desk, case_id, version)
    terms = cancellation.cancellation_terms(desk.ws, desk.actor, case_id)
    assert (terms.period, terms.deadline, terms.open) == (None, None, False)
    assert "no cooling-off or free-look period" in terms.refusal
    with pytest.raises(UserError, match="no cooling-off or free-look period"):
        cancel(desk, case_id, refund="50000")
    assert_not_cancelled(desk, case_id)


def test_an_unsigned_case_cannot_be_cancelled(desk: Desk) -> None:
    case_id, _version = disclosed_case(desk, PRIVATE, "1000000", **QUALIFIED)
    with pytest.raises(UserError):
        cancel(desk, case_id)
    assert rows(desk.ws, "case_cancellations", case_id) == []
    with pytest.raises(NotFound):
        cancellation.cancellation_pdf(desk.ws, desk.actor, case_id)


def test_a_sale_is_cancelled_only_once(desk: Desk) -> None:
    signed = signed_private(desk)
    done = cancel(desk, signed.case_id)
    with pytest.raises(UserError, match="already cancelled") as refused:
        cancel(desk, signed.case_id, version=done.version)
    local = done.cancelled_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")
    assert local in refused.value.message
    assert len(rows(desk.ws, "case_cancellations", signed.case_id)) == 1
    assert [e.action for e in audit_rows(desk.ws)].count("case.cancel") == 1


def test_a_stale_version_is_refused(desk: Desk) -> None:
    signed = signed_private(desk)
    version = cases.get_case(desk.ws, desk.actor, signed.case_id).version
    with pytest.raises(ConcurrentEdit):
        cancel(desk, signed.case_id, version=version - 1)
    assert_not_cancelled(desk, signed.case_id)


@pytest.mark.parametrize(
    ("refund", "rule"),
    [
        ("0", "MONEY_ZERO"),
        ("-10", "MONEY_ZERO"),
        ("1000000.01", "REFUND_ABOVE_AMOUNT"),
        ("2000000", "REFUND_ABOVE_AMOUNT"),
        ("999.005", "MONEY_PRECISION"),
        ("NaN", "MONEY_FORMAT"),
    ],
)
def test_the_refund_must_be_positive_whole_fen_and_at_most_the_amount(
    desk: Desk, refund: str, rule: str
) -> None:
    signed = signed_private(desk)
    with pytest.raises(ValidationFailed) as refused:
        cancel(desk, signed.case_id, refund=refund)
    assert [(e.field, e.rule) for e in refused.value.errors] == [("refund_amount", rule)]
    assert_not_cancelled(desk, signed.case_id)


def test_a_partial_refund_with_fen_is_accepted(desk: Desk) -> None:
    signed = signed_private(desk)
    done = cancel(desk, signed.case_id, refund="999999.99")
    assert done.refund_amount == Decimal("999999.99")
    (row,) = rows(desk.ws, "case_cancellations", signed.case_id)
    assert row.refund_amount == 99_999_999


def test_every_missing_input_is_reported_at_once_on_its_field(desk: Desk) -> None:
    signed = signed_private(desk)
    with pytest.raises(ValidationFailed) as refused:
        cancel(desk, signed.case_id, refund="0", reference="   ", reason="x" * 501, strokes=EMPTY)
    found = {(e.field, e.rule) for e in refused.value.errors}
    assert found == {
        ("refund_amount", "MONEY_ZERO"),
        ("refund_reference", "REQUIRED"),
        ("reason", "TOO_LONG"),
        ("cancel_pad", "SIGNATURE_REQUIRED"),
    }
    assert all(e.message for e in refused.value.errors)
    assert_not_cancelled(desk, signed.case_id)


def test_the_reference_is_at_most_64_characters_and_the_signature_must_be_real(
    desk: Desk,
) -> None:
    signed = signed_private(desk)
    with pytest.raises(ValidationFailed) as refused:
        cancel(desk, signed.case_id, reference="R" * 65, strokes=TICK)
    found = {(e.field, e.rule) for e in refused.value.errors}
    assert found == {("refund_reference", "TOO_LONG"), ("cancel_pad", "SIGNATURE_TOO_SMALL")}
    done = cancel(desk, signed.case_id, reference="R" * 64)
    assert done.refund_reference == "R" * 64


def test_a_supervisor_may_not_cancel_and_others_cases_are_hidden(
    desk: Desk, office: Office
) -> None:
    signed = signed_private(desk)
    office.add_user("zhou.sv", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        cancel(desk, signed.case_id, actor=office.actor("zhou.sv"))
    office.add_user("qian.advisor", Role.ADVISOR)
    with pytest.raises(NotFound):
        cancel(desk, signed.case_id, actor=office.actor("qian.advisor"))
    assert_not_cancelled(desk, signed.case_id)


# -- stored for good -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE case_cancellations SET refund_amount = 1",
        "UPDATE case_cancellations SET refund_reference = 'forged'",
        "UPDATE case_cancellations SET deleted_at = '2026-01-01T00:00:00.000000Z'",
        "DELETE FROM case_cancellations",
    ],
)
def test_a_recorded_cancellation_is_immutable(desk: Desk, statement: str) -> None:
    signed = signed_private(desk)
    cancel(desk, signed.case_id)
    before = rows(desk.ws, "case_cancellations", signed.case_id)
    with pytest.raises(exc.DatabaseError, match="immutable"), desk.ws.db.writing() as s:
        s.execute(text(statement))
    assert rows(desk.ws, "case_cancellations", signed.case_id) == before
    # The confirmation, like every document, cannot be replaced either.
    with pytest.raises(exc.DatabaseError, match="immutable"), desk.ws.db.writing() as s:
        s.execute(text("UPDATE case_documents SET content = 'forged' WHERE kind = 'cancellation'"))


def test_a_cancelled_case_leaves_the_review_queue(desk: Desk, office: Office) -> None:
    office.add_user("zhou.sv", Role.SUPERVISOR)
    supervisor = office.actor("zhou.sv")
    # A private fund above the client's level, on their own initiative: a flagged (warn)
    # sale with a cooling-off period, so the flag index is in the queue too.
    case_id, version = disclosed_case(
        desk, PRIVATE_FUND, "1000000", own_initiative=True, **QUALIFIED
    )
    signed = sign(desk, case_id, version)
    assert signed.cooling_off_until is not None
    view = cases.get_case(desk.ws, desk.actor, signed.case_id)
    review.submit_case(desk.ws, desk.actor, signed.case_id, view.version)

    def queued(query: QueueQuery) -> list[str]:
        return [r.case_id for r in review.review_queue(desk.ws, supervisor, query).rows]

    assert queued(QueueQuery()) == [signed.case_id]
    assert queued(QueueQuery(flag=ANY_FLAG)) == [signed.case_id]
    assert queued(QueueQuery(flag=int(Flag.WARN))) == [signed.case_id]

    cancel(desk, signed.case_id)

    assert queued(QueueQuery()) == []
    assert queued(QueueQuery(flag=ANY_FLAG)) == []
    assert queued(QueueQuery(flag=int(Flag.WARN))) == []
    with desk.ws.db.reading() as session:
        states = set(
            session.execute(
                text("SELECT state FROM case_flags WHERE case_id = :c"), {"c": signed.case_id}
            ).scalars()
        )
    # The flag index follows the state: the flagged case is indexed as cancelled now.
    assert states == {"cancelled"}
