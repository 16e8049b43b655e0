"""A signed case travels to the branch supervisor's device; the decision travels back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.demo import disclose_and_sign, run_case
from app.domain.roles import Role
from app.services import cases, review, review_decisions, signing, sync
from app.services.review import QueueQuery
from app.store.models import CaseDocument, CaseReview, SyncState
from tests.conftest import client_input
from tests.sync.harness import Desk, HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_the_supervisor_reviews_a_case_from_another_device_and_the_advisor_sees_it(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    advisor_desk, supervisor_desk = new_desk("advisor"), new_desk("supervisor")
    for desk in (advisor_desk, supervisor_desk):
        desk.import_demo_catalog()
    advisor = advisor_desk.add_advisor()
    assert advisor_desk.advisor_ws is not None
    client_id = advisor_desk.new_client()
    case_id, match = run_case(advisor_desk.advisor_ws, advisor, client_id, client_input(), 1)
    assert match is not None
    disclose_and_sign(advisor_desk.advisor_ws, advisor, case_id, seed=10)
    version = cases.get_case(advisor_desk.advisor_ws, advisor, case_id).version
    review.submit_case(advisor_desk.advisor_ws, advisor, case_id, version)
    advisor_desk.enroll(head_office)
    advisor_desk.sync()

    supervisor, supervisor_ws = supervisor_desk.add_user("wang.supervisor", Role.SUPERVISOR)
    supervisor_desk.enroll(head_office, role="supervisor")
    report = supervisor_desk.sync()
    assert report.pulled > 0

    queue = review.review_queue(supervisor_ws, supervisor, QueueQuery())
    assert case_id in [row.case_id for row in queue.rows]
    review_decisions.approve(supervisor_ws, supervisor, case_id, "核对无误")
    assert supervisor_desk.sync().unsent == 0

    advisor_desk.sync()
    assert cases.get_case(advisor_desk.advisor_ws, advisor, case_id).state.value == "approved"
    with advisor_desk.ws.db.reading() as session:
        kinds = list(session.scalars(select(CaseReview.kind).where(CaseReview.case_id == case_id)))
    assert kinds == ["approve"]


def test_the_supervisor_receives_the_sealed_pdf_and_no_one_else_does(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    advisor_desk, supervisor_desk = new_desk("advisor"), new_desk("supervisor")
    other_desk = new_desk("other")
    for desk in (advisor_desk, supervisor_desk):
        desk.import_demo_catalog()
    advisor_desk.enroll(head_office)  # sealing with head office's certificate from now on
    advisor = advisor_desk.add_advisor()
    assert advisor_desk.advisor_ws is not None
    client_id = advisor_desk.new_client()
    case_id, _match = run_case(advisor_desk.advisor_ws, advisor, client_id, client_input(), 1)
    disclose_and_sign(advisor_desk.advisor_ws, advisor, case_id, seed=11)
    name, pdf = signing.case_pack(advisor_desk.advisor_ws, advisor, case_id)
    assert advisor_desk.sync().unsent == 0

    supervisor, supervisor_ws = supervisor_desk.add_user("wang.supervisor", Role.SUPERVISOR)
    supervisor_desk.enroll(head_office, role="supervisor")
    supervisor_desk.sync()

    assert signing.case_pack(supervisor_ws, supervisor, case_id) == (name, pdf)
    checked = signing.verify_case_pack(supervisor_ws, supervisor, case_id)
    assert checked.valid and checked.trusted  # chains to head office's CA
    with supervisor_desk.ws.db.reading() as session:
        document_id = session.scalars(
            select(CaseDocument.id).where(CaseDocument.case_id == case_id)
        ).one()

    # Another advisor's device asks for it by id: head office has nothing for it.
    other_desk.enroll(head_office)
    with other_desk.ws.db.reading() as session:
        token = session.scalars(select(SyncState.device_token)).one()
    with sync.connect(head_office.base, token) as office:
        assert office.document(document_id) is None
