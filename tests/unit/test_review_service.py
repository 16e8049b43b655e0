"""Review: submitting signed cases, the queue, co-sign, approve, return and reject.

Services enforce everything: a supervisor of the branch decides, a flagged case needs the
co-sign first, decisions are immutable rows, and a return reopens the sale as a new
version that supersedes the returned one.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import exc, select, text

from app.domain.case_flow import CaseState, Step
from app.domain.review import Decision, Flag
from app.domain.roles import Role
from app.errors import NotFound, PermissionDenied, UserError, ValidationFailed
from app.services import cases, review, review_decisions, review_record, users
from app.services.context import Actor, Workspace
from app.services.review import ANY_FLAG, QueueQuery
from app.store.models import CaseFlag, CaseReview, SalesCase
from tests.conftest import Office, mainland_id
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import SUITABLE, WARN, elderly
from tests.unit.test_signing_service import ADVISOR_INK, EMPTY, disclosed_case, sign

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


@pytest.fixture
def supervisor(office: Office) -> Actor:
    office.add_user("zhou.sv", Role.SUPERVISOR)
    return office.actor("zhou.sv")


_seq = iter(range(100, 999))


def submitted(desk: Desk, code: str = SUITABLE, amount: str = "50000", **kw: Any) -> str:
    kw.setdefault("id_number", mainland_id(seq=f"{next(_seq):03d}"))
    case_id, version = disclosed_case(desk, code, amount, **kw)
    sign(desk, case_id, version)
    view = cases.get_case(desk.ws, desk.actor, case_id)
    review.submit_case(desk.ws, desk.actor, case_id, view.version)
    return case_id


def test_submitting_moves_a_signed_case_into_the_queue(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk)
    page = review.review_queue(desk.ws, supervisor, QueueQuery())
    assert [r.case_id for r in page.rows] == [case_id]
    row = page.rows[0]
    assert row.state is CaseState.SUBMITTED and row.outcome == "suitable"
    assert "*" in row.client_id_masked and row.product_code == SUITABLE
    assert page.total == 1 and not page.capped


def test_only_a_signed_case_can_be_submitted(desk: Desk) -> None:
    case_id, version = disclosed_case(desk, SUITABLE, "50000")
    with pytest.raises(UserError, match="signed"):
        review.submit_case(desk.ws, desk.actor, case_id, version)


def test_a_warn_case_is_flagged_and_needs_the_cosign_before_approval(
    desk: Desk, supervisor: Actor
) -> None:
    case_id = submitted(desk, WARN, "50000", own_initiative=True)
    page = review.review_queue(desk.ws, supervisor, QueueQuery(flag=int(Flag.WARN)))
    assert [r.case_id for r in page.rows] == [case_id]
    assert Flag.WARN in page.rows[0].flags
    with pytest.raises(UserError, match="co-sign"):
        review_decisions.approve(desk.ws, supervisor, case_id)
    with pytest.raises(ValidationFailed) as refused:
        review_decisions.cosign(desk.ws, supervisor, case_id, EMPTY)
    assert refused.value.for_field("cosign_pad")
    review_decisions.cosign(desk.ws, supervisor, case_id, ADVISOR_INK)
    with pytest.raises(UserError, match="already co-signed"):
        review_decisions.cosign(desk.ws, supervisor, case_id, ADVISOR_INK)
    review_decisions.approve(desk.ws, supervisor, case_id, "ok")
    record = review_record.case_record(desk.ws, supervisor, case_id)
    assert record.state is CaseState.APPROVED
    assert [r.kind for r in record.reviews] == [Decision.COSIGN, Decision.APPROVE]
    assert record.reviews[0].strokes is not None
    assert not record.open_decisions
    # Decided cases leave the pending queue and its flag index.
    assert review.review_queue(desk.ws, supervisor, QueueQuery(flag=int(Flag.WARN))).rows == []
    approved = review.review_queue(
        desk.ws, supervisor, QueueQuery(state=CaseState.APPROVED, flag=int(Flag.WARN))
    )
    assert [r.case_id for r in approved.rows] == [case_id]


def test_an_elderly_special_care_case_needs_the_cosign(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk, "PF24004", "50000", own_initiative=True, **elderly("066"))
    record = review_record.case_record(desk.ws, supervisor, case_id)
    assert Flag.ELDERLY_CARE in record.flags
    assert Decision.APPROVE not in record.open_decisions
    assert Decision.COSIGN in record.open_decisions


def test_a_suitable_case_is_approved_without_cosign(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk)
    with pytest.raises(UserError):
        review_decisions.cosign(desk.ws, supervisor, case_id, ADVISOR_INK)
    review_decisions.approve(desk.ws, supervisor, case_id)
    assert cases.get_case(desk.ws, desk.actor, case_id).state is CaseState.APPROVED
    with pytest.raises(UserError, match="not waiting"):
        review_decisions.reject(desk.ws, supervisor, case_id, "late")


def test_returning_needs_a_comment_and_opens_a_new_version(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk)
    with pytest.raises(ValidationFailed) as refused:
        review_decisions.return_case(desk.ws, supervisor, case_id, "  ")
    assert refused.value.for_field("comment")
    new_id = review_decisions.return_case(desk.ws, supervisor, case_id, "请补充双录说明")
    old = cases.get_case(desk.ws, desk.actor, case_id)
    assert old.state is CaseState.RETURNED
    new = cases.get_case(desk.ws, desk.actor, new_id)
    assert new.state is CaseState.DRAFT and new.step is Step.ONBOARDING
    assert new.draft["matching"]["product_id"] == old.product_id
    returned = review_decisions.returned_cases(desk.ws, desk.actor)
    assert [(r.case_id, r.returned_case_id, r.comment) for r in returned] == [
        (new_id, case_id, "请补充双录说明")
    ]
    with desk.ws.db.reading() as session:
        assert session.get(SalesCase, new_id).supersedes_id == case_id  # type: ignore[union-attr]


def test_rejecting_needs_a_reason(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk)
    with pytest.raises(ValidationFailed) as refused:
        review_decisions.reject(desk.ws, supervisor, case_id, "")
    assert refused.value.for_field("reason")
    review_decisions.reject(desk.ws, supervisor, case_id, "客户信息不一致")
    record = review_record.case_record(desk.ws, supervisor, case_id)
    assert record.state is CaseState.REJECTED
    assert record.reviews[-1].comment == "客户信息不一致"
    assert any(t.action == "case.reject" for t in record.trail)


def test_decisions_are_immutable(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk)
    review_decisions.approve(desk.ws, supervisor, case_id, "ok")
    for statement in ("UPDATE case_reviews SET comment = 'x'", "DELETE FROM case_reviews"):
        with (
            pytest.raises(exc.DatabaseError, match="immutable"),
            desk.ws.db.writing() as session,
        ):
            session.execute(text(statement))
    with desk.ws.db.reading() as session:
        assert session.scalars(select(CaseReview.comment)).all() == ["ok"]


def test_advisors_and_service_staff_cannot_review(office: Office, desk: Desk) -> None:
    case_id = submitted(desk)
    office.add_user("wu.svc", Role.SERVICE)
    for actor in (desk.actor, office.actor("wu.svc")):
        with pytest.raises(PermissionDenied):
            review.review_queue(desk.ws, actor, QueueQuery())
        with pytest.raises(PermissionDenied):
            review_decisions.approve(desk.ws, actor, case_id)


def test_a_supervisor_sees_only_their_branch(desk: Desk, supervisor: Actor) -> None:
    case_id = submitted(desk)
    elsewhere = Actor(supervisor.user_id, "x", "x", Role.SUPERVISOR, branch_id="another-branch")
    assert review.review_queue(desk.ws, elsewhere, QueueQuery()).rows == []
    with pytest.raises(NotFound):
        review_decisions.approve(desk.ws, elsewhere, case_id)


def test_queue_filters_search_and_order(desk: Desk, supervisor: Actor) -> None:
    first = submitted(desk, name="张三")
    second = submitted(desk, WARN, "50000", own_initiative=True, name="李四")
    ws = desk.ws
    assert [r.case_id for r in review.review_queue(ws, supervisor, QueueQuery()).rows] == [
        first,
        second,
    ]
    newest = review.review_queue(ws, supervisor, QueueQuery(newest_first=True))
    assert [r.case_id for r in newest.rows] == [second, first]
    assert [
        r.case_id for r in review.review_queue(ws, supervisor, QueueQuery(search="李")).rows
    ] == [second]
    by_code = review.review_queue(ws, supervisor, QueueQuery(search=WARN.lower()))
    assert [r.case_id for r in by_code.rows] == [second]
    by_id = review.review_queue(ws, supervisor, QueueQuery(search=first[:12]))
    assert [r.case_id for r in by_id.rows] == [first]
    flagged = review.review_queue(ws, supervisor, QueueQuery(flag=ANY_FLAG))
    assert [r.case_id for r in flagged.rows] == [second]
    warn_only = review.review_queue(ws, supervisor, QueueQuery(outcome="warn"))
    assert [r.case_id for r in warn_only.rows] == [second]
    mine = review.review_queue(ws, supervisor, QueueQuery(advisor_id=desk.actor.user_id))
    assert mine.total == 2
    paged = review.review_queue(ws, supervisor, QueueQuery(offset=1, limit=1))
    assert [r.case_id for r in paged.rows] == [second] and paged.total == 2
    with ws.db.reading() as session:
        assert session.scalars(select(CaseFlag.case_id)).all() == [second]


def test_a_supervisor_may_not_review_their_own_sale(office: Office, desk: Desk) -> None:
    case_id = submitted(desk)
    # The advisor who sold it is promoted to supervisor before the case is decided.
    users.change_role(office.admin_ws, office.admin, desk.actor.username, Role.SUPERVISOR)
    seller = office.actor(desk.actor.username)
    record = review_record.case_record(desk.ws, seller, case_id)
    assert record.open_decisions == frozenset()
    for decide in (
        lambda: review_decisions.approve(desk.ws, seller, case_id),
        lambda: review_decisions.reject(desk.ws, seller, case_id, "x"),
        lambda: review_decisions.return_case(desk.ws, seller, case_id, "x"),
    ):
        with pytest.raises(UserError, match="your own sale"):
            decide()
    assert cases.get_case(desk.ws, seller, case_id).state is CaseState.SUBMITTED
