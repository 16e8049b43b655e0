"""Satisfaction surveys after signing: 1–5 or declined, once per sale, never in cooling-off.

A survey is contact with the client, so during a private product's cooling-off period it
is refused (the message says until when); from the deadline on it is allowed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import exc, text

from app.domain.case_flow import CaseState
from app.domain.roles import Role
from app.errors import UserError, ValidationFailed
from app.services import cases, surveys
from app.services.context import LOCAL_ZONE, Actor, Workspace
from app.services.surveys import AFTER_SIGNING
from tests.conftest import Office, audit_rows, mainland_id
from tests.unit.test_cancellation_service import cancel, signed_private
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import SUITABLE, rows
from tests.unit.test_signing_service import disclosed_case, sign

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


def freeze(ws: Workspace, moment: datetime) -> None:
    ws.clock = lambda: moment


def signed_suitable(desk: Desk, **kw: Any) -> str:
    case_id, version = disclosed_case(desk, SUITABLE, "50000", **kw)
    sign(desk, case_id, version)
    return case_id


def record(desk: Desk, case_id: str, score: int | None, comment: str = "") -> surveys.SurveyView:
    return surveys.record_survey(desk.ws, desk.actor, AFTER_SIGNING, case_id, score, comment)


@pytest.mark.parametrize("score", [1, 3, 5])
def test_a_score_from_1_to_5_is_recorded_with_the_comment(desk: Desk, score: int) -> None:
    case_id = signed_suitable(desk)
    assert surveys.survey_of(desk.ws, desk.actor, case_id) is None
    view = record(desk, case_id, score, "  讲解清楚，服务耐心  ")
    assert (view.kind, view.score, view.comment) == (AFTER_SIGNING, score, "讲解清楚，服务耐心")
    assert surveys.survey_of(desk.ws, desk.actor, case_id) == view
    (row,) = rows(desk.ws, "surveys", case_id)
    assert (row.score, row.recorded_by) == (score, desk.actor.user_id)
    assert audit_rows(desk.ws)[-1].action == "survey.record"


@pytest.mark.parametrize("score", [0, 6, -1, 10])
def test_a_score_outside_1_to_5_is_refused_on_its_field(desk: Desk, score: int) -> None:
    case_id = signed_suitable(desk)
    with pytest.raises(ValidationFailed) as refused:
        record(desk, case_id, score)
    assert [(e.field, e.rule) for e in refused.value.errors] == [("score", "OUT_OF_RANGE")]
    assert "1 to 5" in refused.value.errors[0].message
    assert rows(desk.ws, "surveys", case_id) == []


def test_a_client_who_declines_is_recorded_without_a_score(desk: Desk) -> None:
    case_id = signed_suitable(desk)
    view = record(desk, case_id, None, "客户表示不需要回访调查")
    assert view.score is None
    (row,) = rows(desk.ws, "surveys", case_id)
    assert row.score is None and row.comment == "客户表示不需要回访调查"


def test_a_sale_is_surveyed_only_once(desk: Desk) -> None:
    case_id = signed_suitable(desk)
    record(desk, case_id, None)
    with pytest.raises(UserError, match="already been taken"):
        record(desk, case_id, 5)
    assert len(rows(desk.ws, "surveys", case_id)) == 1


def test_a_survey_is_immutable(desk: Desk) -> None:
    case_id = signed_suitable(desk)
    record(desk, case_id, 4)
    for statement in ("UPDATE surveys SET score = 5", "DELETE FROM surveys"):
        with pytest.raises(exc.DatabaseError, match="immutable"), desk.ws.db.writing() as s:
            s.execute(text(statement))
    assert rows(desk.ws, "surveys", case_id)[0].score == 4


def test_no_survey_during_cooling_off_but_from_its_end_on(desk: Desk) -> None:
    signed = signed_private(desk)
    until = signed.cooling_off_until
    assert until is not None
    local = until.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")
    freeze(desk.ws, until - timedelta(seconds=1))
    with pytest.raises(UserError, match="cooling-off") as refused:
        record(desk, signed.case_id, 5)
    assert local in refused.value.message
    assert rows(desk.ws, "surveys", signed.case_id) == []
    assert surveys.contact_blocked_until(until, desk.ws.now()) == until

    freeze(desk.ws, until)
    assert surveys.contact_blocked_until(until, desk.ws.now()) is None
    view = record(desk, signed.case_id, 5, "满意")
    assert view.score == 5 and view.recorded_at == until


def test_a_service_user_of_the_branch_may_take_the_survey(desk: Desk, office: Office) -> None:
    office.add_user("wang.service", Role.SERVICE)
    service = office.actor("wang.service")
    case_id = signed_suitable(desk)
    view = surveys.record_survey(desk.ws, service, AFTER_SIGNING, case_id, 4)
    assert surveys.survey_of(desk.ws, desk.actor, case_id) == view


def test_only_a_sale_in_force_is_surveyed(desk: Desk) -> None:
    case_id, _version = disclosed_case(desk, SUITABLE, "50000")
    with pytest.raises(UserError, match="signed sale"):
        record(desk, case_id, 5)
    signed = signed_private(desk, id_number=mainland_id(seq="124"))
    cancel(desk, signed.case_id)
    assert cases.get_case(desk.ws, desk.actor, signed.case_id).state is CaseState.CANCELLED
    with pytest.raises(UserError, match="signed sale"):
        record(desk, signed.case_id, 5)
