"""Risk assessments: what an advisor, a client and a compliance officer would notice.

RULES.md §4: at most 2 assessments a calendar day (Asia/Shanghai) and 8 in any 12 months;
valid 12 calendar months; a level change needs the client's confirmation; inconsistency
warnings need a recorded note; a submitted assessment never changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import exc, text

from app.domain.roles import Role
from app.errors import NotFound, PermissionDenied, ValidationFailed
from app.rulebook import questionnaire
from app.services import assessments, clients
from app.services.assessments import AssessmentRefused
from app.services.context import Actor, Workspace
from tests.conftest import Office, audit_rows, client_input, mainland_id

pytestmark = pytest.mark.usefixtures("fast_kdf")

SHANGHAI = ZoneInfo("Asia/Shanghai")

# A 36-year-old salaried client (born 1990): 51 points → C3, no particular horizon,
# intends fixed income and equity, no inconsistency warning.
C3_SHEET: dict[str, Any] = {
    "1": "A",
    "2": "D",
    "3": "B",
    "4": "A",
    "5": "B",
    "6": "A",
    "7": "C",
    "8": "A",
    "9": ["B"],
    "10": "A",
    "11": "C",
    "12": ["A", "B"],
    "13": "A",
    "14": "A",
    "15": "B",
    "16": "D",
    "17": "B",
    "18": "A",
    "19": "C",
    "20": "A",
}
# Q13 "all in B" instead of "all in A": 51 + 6 = 57 → C4.
C4_SHEET = {**C3_SHEET, "13": "E"}
# "Limited" experience (Q6 A) yet two years in futures (Q9 D): 50 points, C3, one warning.
WARNING_SHEET = {**C3_SHEET, "9": ["B", "D"], "16": "E", "19": "B"}
# 16 points → C1, and "cannot bear any loss" (Q15 A).
C1_SHEET = {
    **C3_SHEET,
    "1": "E",
    "2": "A",
    "3": "D",
    "8": "A",
    "9": ["A"],
    "10": "E",
    "12": ["A"],
    "15": "A",
    "16": "E",
    "17": "E",
    "18": "C",
    "19": "A",
    "20": "E",
}


def shanghai(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """A wall-clock time in Shanghai, as the aware UTC instant the workspace clock returns."""
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI).astimezone(UTC)


class Clock:
    """A settable clock for ``Workspace.clock``."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at


def frozen(ws: Workspace, start: datetime) -> Clock:
    clock = Clock(start)
    ws.clock = clock
    return clock


def new_client(ws: Workspace, actor: Actor, **overrides: object) -> str:
    return clients.create_client(ws, actor, client_input(**overrides))


def submit(
    ws: Workspace,
    actor: Actor,
    client_id: str,
    sheet: dict[str, Any] | None = None,
    **kwargs: Any,
) -> assessments.AssessmentView:
    return assessments.submit_assessment(ws, actor, client_id, sheet or C3_SHEET, **kwargs)


def stored_rows(ws: Workspace, client_id: str) -> list[Any]:
    with ws.db.reading() as session:
        return list(
            session.execute(
                text("SELECT * FROM assessments WHERE client_id = :c ORDER BY assessed_at"),
                {"c": client_id},
            ).all()
        )


def refused(call: Callable[[], object]) -> AssessmentRefused:
    with pytest.raises(AssessmentRefused) as caught:
        call()
    return caught.value


# -- submitting -----------------------------------------------------------------------


def test_a_submitted_assessment_keeps_the_questionnaire_the_answers_and_the_result(
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    assert assessments.latest_assessment(ws, actor, client_id) is None
    assert assessments.next_attempt(ws, actor, client_id) is None
    frozen(ws, shanghai(2026, 3, 10, 10, 0))

    view = submit(ws, actor, client_id)

    assert (view.level, view.score, view.lowest_category) == ("C3", 51, False)
    assert view.horizon == "any"
    assert view.varieties == ("fixed_income", "equity")
    assert view.warnings == ()
    assert view.assessed_at == shanghai(2026, 3, 10, 10, 0)
    assert view.expires_at == shanghai(2027, 3, 10, 10, 0)
    assert view.valid and not view.expiring_soon
    assert assessments.latest_assessment(ws, actor, client_id) == view

    (row,) = stored_rows(ws, client_id)
    shipped = questionnaire()
    assert (row.questionnaire_id, row.questionnaire_version, row.questionnaire_hash) == (
        "securities-20",
        shipped.version,
        shipped.content_hash,
    )
    assert json.loads(row.answers) == C3_SHEET
    assert row.assessed_by == actor.user_id
    event = audit_rows(ws)[-1]
    assert (event.action, event.entity_id) == ("assessment.submit", view.assessment_id)


def test_the_newest_assessment_is_the_latest(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    clock = frozen(ws, shanghai(2026, 3, 10, 10, 0))
    first = submit(ws, actor, client_id)
    clock.at = shanghai(2026, 5, 1, 9, 0)
    second = submit(ws, actor, client_id, C4_SHEET, level_change_confirmed=True)
    latest = assessments.latest_assessment(ws, actor, client_id)
    assert latest is not None
    assert latest.assessment_id == second.assessment_id != first.assessment_id
    assert latest.level == "C4"


def test_a_c1_result_asks_for_civil_capacity(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    shown = assessments.preview(ws, actor, client_id, C1_SHEET)
    assert shown.needs_capacity
    assert shown.result.level == "C1"
    assert shown.previous_level is None
    with pytest.raises(ValidationFailed) as caught:
        submit(ws, actor, client_id, C1_SHEET)
    assert caught.value.for_field("civil_capacity") is not None
    assert stored_rows(ws, client_id) == []

    view = submit(ws, actor, client_id, C1_SHEET, civil_capacity="full")
    assert view.level == "C1"
    assert view.lowest_category  # "cannot bear any loss"
    (row,) = stored_rows(ws, client_id)
    assert row.civil_capacity == "full"


def test_a_c1_preview_shows_the_warnings_submitting_will_ask_about(
    advisor: tuple[Workspace, Actor],
) -> None:
    """The age warning follows the client's real age, also before capacity is answered."""
    ws, actor = advisor
    client_id = new_client(
        ws, actor, birth_date="1955-03-07", id_number=mainland_id(birth="19550307")
    )
    frozen(ws, shanghai(2026, 3, 10, 10, 0))  # 71 years old
    # "Substantial growth" (Q14 D) at 71, though Q17 says 51 to 60: still 16 points, C1.
    sheet = {**C1_SHEET, "14": "D", "11": "A", "17": "D", "7": "A"}
    shown = assessments.preview(ws, actor, client_id, sheet)
    assert shown.needs_capacity and shown.result.level == "C1"
    assert [w.code for w in shown.result.warnings] == ["ELDERLY_HIGH_RISK_GOAL"]
    with pytest.raises(ValidationFailed) as caught:
        submit(ws, actor, client_id, sheet, civil_capacity="full")
    assert caught.value.for_field("warnings_note") is not None


def test_incomplete_answers_are_refused_by_question(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    sheet = {k: v for k, v in C3_SHEET.items() if k != "7"}
    with pytest.raises(ValidationFailed) as caught:
        submit(ws, actor, client_id, sheet)
    assert caught.value.for_field("answers.7") is not None
    assert stored_rows(ws, client_id) == []


# -- how often ---------------------------------------------------------------------------


def test_two_a_day_then_refused_until_local_midnight(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    # 07:30 and 09:00 in Shanghai are on two different UTC days but one local day.
    clock = frozen(ws, shanghai(2026, 3, 10, 7, 30))
    submit(ws, actor, client_id)
    clock.at = shanghai(2026, 3, 10, 9, 0)
    submit(ws, actor, client_id)

    clock.at = shanghai(2026, 3, 10, 23, 59, 59)
    midnight = shanghai(2026, 3, 11, 0, 0)
    refusal = refused(lambda: submit(ws, actor, client_id))
    assert refusal.next_possible == midnight
    assert "2026-03-11 00:00" in str(refusal)
    assert assessments.next_attempt(ws, actor, client_id) == midnight
    assert len(stored_rows(ws, client_id)) == 2  # the refused attempt left nothing

    clock.at = midnight
    assert assessments.next_attempt(ws, actor, client_id) is None
    submit(ws, actor, client_id)
    assert len(stored_rows(ws, client_id)) == 3


def test_the_day_is_the_local_day_not_the_utc_day(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    clock = frozen(ws, shanghai(2026, 3, 10, 22, 0))
    submit(ws, actor, client_id)
    clock.at = shanghai(2026, 3, 10, 23, 0)
    submit(ws, actor, client_id)
    # 00:30 on 11 March in Shanghai is still 10 March in UTC: a new day for the client.
    clock.at = shanghai(2026, 3, 11, 0, 30)
    assert clock.at.date().isoformat() == "2026-03-10"
    submit(ws, actor, client_id)
    assert len(stored_rows(ws, client_id)) == 3


def test_eight_in_twelve_months_then_refused_until_the_oldest_leaves(
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    clock = frozen(ws, shanghai(2026, 1, 15, 10, 0))
    for month in range(1, 9):  # 15 January … 15 August 2026
        clock.at = shanghai(2026, month, 15, 10, 0)
        submit(ws, actor, client_id)

    clock.at = shanghai(2026, 9, 15, 10, 0)
    oldest_leaves = shanghai(2027, 1, 15, 10, 0)
    refusal = refused(lambda: submit(ws, actor, client_id))
    assert refusal.next_possible == oldest_leaves
    assert "2027-01-15 10:00" in str(refusal)
    assert assessments.next_attempt(ws, actor, client_id) == oldest_leaves

    clock.at = oldest_leaves - timedelta(seconds=1)
    assert refused(lambda: submit(ws, actor, client_id)).next_possible == oldest_leaves

    clock.at = oldest_leaves
    submit(ws, actor, client_id)
    assert len(stored_rows(ws, client_id)) == 9
    # Eight in the window again (February 2026 … January 2027): next when February leaves.
    assert assessments.next_attempt(ws, actor, client_id) == shanghai(2027, 2, 15, 10, 0)


# -- confirmations ---------------------------------------------------------------------


def test_a_level_change_needs_the_clients_confirmation(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    first = submit(ws, actor, client_id)
    assert first.level == "C3"
    shown = assessments.preview(ws, actor, client_id, C4_SHEET)
    assert (shown.previous_level, shown.result.level) == ("C3", "C4")

    with pytest.raises(ValidationFailed) as caught:
        submit(ws, actor, client_id, C4_SHEET)
    error = caught.value.for_field("level_change_confirmed")
    assert error is not None
    assert error.rule == "LEVEL_CHANGE_UNCONFIRMED"
    assert "C3" in error.message and "C4" in error.message
    assert len(stored_rows(ws, client_id)) == 1

    second = submit(ws, actor, client_id, C4_SHEET, level_change_confirmed=True)
    assert second.level == "C4"
    row = stored_rows(ws, client_id)[-1]
    assert (row.previous_level, row.level_change_confirmed) == ("C3", 1)


def test_the_same_level_again_needs_no_confirmation(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    submit(ws, actor, client_id)
    again = submit(ws, actor, client_id)
    assert again.level == "C3"


def test_inconsistent_answers_need_a_note(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    shown = assessments.preview(ws, actor, client_id, WARNING_SHEET)
    assert [w.code for w in shown.result.warnings] == ["LIMITED_EXPERIENCE_COMPLEX_VARIETIES"]

    for note in ("", "   "):
        with pytest.raises(ValidationFailed) as caught:
            submit(ws, actor, client_id, WARNING_SHEET, warnings_note=note)
        error = caught.value.for_field("warnings_note")
        assert error is not None
        assert error.rule == "WARNINGS_UNCONFIRMED"
        assert "LIMITED_EXPERIENCE_COMPLEX_VARIETIES" in error.message
    assert stored_rows(ws, client_id) == []

    view = submit(ws, actor, client_id, WARNING_SHEET, warnings_note="  客户当面确认：曾做过期货  ")
    assert view.warnings == ("LIMITED_EXPERIENCE_COMPLEX_VARIETIES",)
    (row,) = stored_rows(ws, client_id)
    assert row.warnings_note == "客户当面确认：曾做过期货"


# -- immutability --------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE assessments SET level = 'C5'",
        "UPDATE assessments SET answers = '{}'",
        "UPDATE assessments SET assessed_at = '2030-01-01T00:00:00.000000Z'",
        "DELETE FROM assessments",
    ],
)
def test_submitted_assessments_cannot_be_changed(
    advisor: tuple[Workspace, Actor], statement: str
) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    submit(ws, actor, client_id)
    before = stored_rows(ws, client_id)
    with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as session:
        session.execute(text(statement))
    assert stored_rows(ws, client_id) == before


# -- validity ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("assessed", "expires"),
    [
        ((2026, 3, 10, 10, 0), (2027, 3, 10, 10, 0)),
        # 07:00 in Shanghai on 29 February is 28 February in UTC; the months count locally.
        ((2028, 2, 29, 7, 0), (2029, 2, 28, 7, 0)),
    ],
)
def test_valid_for_exactly_twelve_calendar_months(
    advisor: tuple[Workspace, Actor],
    assessed: tuple[int, ...],
    expires: tuple[int, ...],
) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    clock = frozen(ws, shanghai(*assessed))
    view = submit(ws, actor, client_id)
    end = shanghai(*expires)
    assert view.expires_at == end

    clock.at = end - timedelta(seconds=1)
    latest = assessments.latest_assessment(ws, actor, client_id)
    assert latest is not None and latest.valid

    clock.at = end
    latest = assessments.latest_assessment(ws, actor, client_id)
    assert latest is not None and not latest.valid
    assert latest.assessment_id == view.assessment_id  # still shown, just no longer valid


def test_expiring_soon_means_within_30_days(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    clock = frozen(ws, shanghai(2026, 3, 10, 10, 0))
    submit(ws, actor, client_id)
    end = shanghai(2027, 3, 10, 10, 0)

    def state_at(at: datetime) -> tuple[bool, bool]:
        clock.at = at
        latest = assessments.latest_assessment(ws, actor, client_id)
        assert latest is not None
        return latest.valid, latest.expiring_soon

    assert state_at(end - timedelta(days=30, seconds=1)) == (True, False)
    assert state_at(end - timedelta(days=30)) == (True, True)
    assert state_at(end - timedelta(seconds=1)) == (True, True)
    assert state_at(end) == (False, False)


# -- who may ---------------------------------------------------------------------------


def test_only_the_clients_advisor_may_assess(
    office: Office, advisor: tuple[Workspace, Actor]
) -> None:
    ws, actor = advisor
    client_id = new_client(ws, actor)
    office.add_user("wang.advisor", Role.ADVISOR)
    office.add_user("qian.service", Role.SERVICE)
    wang, service = office.actor("wang.advisor"), office.actor("qian.service")
    with pytest.raises(NotFound):
        submit(ws, wang, client_id)
    with pytest.raises(NotFound):
        assessments.latest_assessment(ws, wang, client_id)
    with pytest.raises(PermissionDenied):
        submit(ws, service, client_id)
    assert stored_rows(ws, client_id) == []
