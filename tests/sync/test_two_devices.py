"""Two devices of one advisor edit the same client: fields merge; the same field conflicts
once, and resolving it (keep mine, keep theirs, edit) brings both devices to one value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from app.errors import ValidationFailed
from app.services import sync
from tests.sync.harness import Desk, HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")


@dataclass
class Pair:
    office: Desk  # where the client was created
    laptop: Desk  # the same advisor's second device
    client_id: str

    def settle(self) -> None:
        """Both devices sync until each has the other's changes."""
        for desk in (self.office, self.laptop, self.office, self.laptop):
            desk.sync()

    def both(self, name: str) -> tuple[object, object]:
        return self.office.client_field(self.client_id, name), self.laptop.client_field(
            self.client_id, name
        )

    def client_conflicts(self, desk: Desk) -> list[sync.ConflictView]:
        assert desk.advisor_ws is not None and desk.advisor is not None
        found = sync.conflicts(desk.advisor_ws, desk.advisor)
        return [c for c in found if c.entity == "client"]


@pytest.fixture
def pair(head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]) -> Pair:
    office, laptop = new_desk("office"), new_desk("laptop")
    advisor = office.add_advisor()
    client_id = office.new_client()
    # The laptop knows the advisor under the same id; it tells head office first, which
    # links the advisor to it (head office learns an advisor's devices from what they push).
    laptop.add_advisor(user_id=advisor.user_id)
    laptop.enroll(head_office)
    laptop.sync()
    office.enroll(head_office)
    office.sync()
    laptop.sync()
    assert laptop.client_field(client_id, "name") == "张三"  # the laptop has the client now
    return Pair(office, laptop, client_id)


def test_edits_of_different_fields_merge(pair: Pair) -> None:
    pair.office.edit_client(pair.client_id, phone="13900139000")
    pair.laptop.edit_client(pair.client_id, email="zhang@example.com", occupation="教师")

    pair.settle()

    assert pair.both("phone") == ("+8613900139000", "+8613900139000")
    assert pair.both("email") == ("zhang@example.com", "zhang@example.com")
    assert pair.both("occupation") == ("教师", "教师")
    assert pair.client_conflicts(pair.office) == pair.client_conflicts(pair.laptop) == []
    assert pair.office.unsent() == pair.laptop.unsent() == 0


@pytest.mark.parametrize(
    ("choice", "value", "expected"),
    [("mine", None, "教师"), ("theirs", None, "工程师"), ("edit", "律师", "律师")],
)
def test_the_same_field_is_one_conflict_resolved_to_one_value(
    pair: Pair, choice: str, value: str | None, expected: str
) -> None:
    pair.office.edit_client(pair.client_id, occupation="工程师", phone="13900139000")
    pair.office.sync()
    pair.laptop.edit_client(pair.client_id, occupation="教师")

    report = pair.laptop.sync()

    assert report.conflicts == 1
    [conflict] = pair.client_conflicts(pair.laptop)
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.base) == (
        "occupation",
        "教师",
        "工程师",
        "",
    )
    assert conflict.title == "张三"
    # Until someone decides, each device keeps what it has; the other field merged.
    assert pair.both("occupation") == ("工程师", "教师")
    assert pair.both("phone") == ("+8613900139000", "+8613900139000")
    assert pair.client_conflicts(pair.office) == []
    assert pair.laptop.advisor_ws is not None and pair.laptop.advisor is not None
    assert sync.sync_status(pair.laptop.advisor_ws, pair.laptop.advisor).open_conflicts == 1

    sync.resolve_conflict(
        pair.laptop.advisor_ws, pair.laptop.advisor, conflict.conflict_id, choice, value
    )
    pair.settle()

    assert pair.both("occupation") == (expected, expected)
    assert pair.client_conflicts(pair.laptop) == pair.client_conflicts(pair.office) == []
    assert pair.office.unsent() == pair.laptop.unsent() == 0


def test_an_edited_value_passes_the_client_form_s_checks(pair: Pair) -> None:
    pair.office.edit_client(pair.client_id, phone="13900139000", annual_income="300000")
    pair.office.sync()
    pair.laptop.edit_client(pair.client_id, phone="13600136000", annual_income="250000")
    assert pair.laptop.sync().conflicts == 2
    ws, advisor = pair.laptop.advisor_ws, pair.laptop.advisor
    assert ws is not None and advisor is not None
    conflicts = {c.field: c for c in pair.client_conflicts(pair.laptop)}

    for field, bad in (("phone", "123"), ("annual_income", "-5")):
        with pytest.raises(ValidationFailed) as refused:
            sync.resolve_conflict(ws, advisor, conflicts[field].conflict_id, "edit", bad)
        assert [e.field for e in refused.value.errors] == ["value"]
    assert sync.sync_status(ws, advisor).open_conflicts == 2  # nothing was decided

    sync.resolve_conflict(ws, advisor, conflicts["phone"].conflict_id, "edit", "13700137000")
    sync.resolve_conflict(ws, advisor, conflicts["annual_income"].conflict_id, "edit", "260000")
    pair.settle()

    assert pair.both("phone") == ("+8613700137000", "+8613700137000")  # as the form stores it
    assert pair.both("annual_income") == (26000000, 26000000)  # fen


def test_the_advisor_s_second_device_receives_their_clients_whoever_pushed_first(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    laptop, office = new_desk("laptop"), new_desk("office")
    advisor = laptop.add_advisor()
    office.add_advisor(user_id=advisor.user_id)
    laptop.enroll(head_office)
    laptop.sync()  # head office learns the advisor from the laptop
    office.enroll(head_office)
    office.sync()  # the office desk sends the same advisor again: it works for them too

    client_id = laptop.new_client()
    laptop.sync()
    office.sync()

    assert office.client_field(client_id, "name") == "张三"
