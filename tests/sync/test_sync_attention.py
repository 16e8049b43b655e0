"""What sync leaves for a person is theirs alone: refused changes and conflicts are shown
to, and settled by, whoever may edit and see the record; ID numbers stay masked; only the
client form's fields take a typed value."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.errors import NotFound, ValidationFailed
from app.services import sync
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import SyncConflict
from tests.sync.harness import Desk, HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_a_refused_change_is_its_advisor_s_to_see_and_dismiss(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    owner = desk.add_advisor("li.advisor")
    client_id = desk.new_client()
    other, other_ws = desk.add_user("wang.advisor", owner.role)
    with desk.ws.db.writing() as session:  # a change head office cannot take
        enqueue(
            session,
            entity="client",
            entity_id=client_id,
            op="update_fields",
            payload={"fields": {"id": {"base": client_id, "new": "x"}}, "version": 1},
            at=desk.ws.now(),
        )
    assert desk.sync().rejected == 1
    assert desk.advisor_ws is not None

    [refused] = sync.needs_attention(desk.advisor_ws, owner)
    assert (refused.entity, refused.title) == ("client", "张三")
    assert sync.sync_status(desk.advisor_ws, owner).needs_attention == 1
    assert sync.needs_attention(other_ws, other) == []
    assert sync.sync_status(other_ws, other).needs_attention == 0
    with pytest.raises(NotFound):
        sync.dismiss_rejection(other_ws, other, refused.op_id)

    sync.dismiss_rejection(desk.advisor_ws, owner, refused.op_id)
    assert sync.needs_attention(desk.advisor_ws, owner) == []


def conflict_row(
    desk: Desk, entity: str, entity_id: str, field: str, mine: str, theirs: str
) -> str:
    """A conflict as a pull records it (values as JSON text)."""
    row_id = new_id()
    with desk.ws.db.writing() as session:
        session.add(
            SyncConflict(
                id=row_id,
                op_id=new_id(),
                entity=entity,
                entity_id=entity_id,
                field=field,
                mine=mine,
                theirs=theirs,
                base='""',
                created_at=desk.ws.now(),
            )
        )
    return row_id


def test_an_id_number_conflict_is_masked_and_takes_one_of_the_two_values(
    new_desk: Callable[[str], Desk],
) -> None:
    desk = new_desk("a")
    advisor = desk.add_advisor()
    client_id = desk.new_client()
    row_id = conflict_row(
        desk, "client", client_id, "id_number", '"110105199003071239"', '"110105199003074560"'
    )
    assert desk.advisor_ws is not None
    [view] = sync.conflicts(desk.advisor_ws, advisor)
    assert (view.mine, view.theirs, view.editable) == (
        "110***********1239",
        "110***********4560",
        False,
    )
    with pytest.raises(ValidationFailed) as refused:
        sync.resolve_conflict(desk.advisor_ws, advisor, row_id, "edit", "110105199003071239")
    assert [e.field for e in refused.value.errors] == ["choice"]
    sync.resolve_conflict(desk.advisor_ws, advisor, row_id, "theirs")
    assert desk.client_field(client_id, "id_number") == "110105199003074560"


def test_a_typed_value_is_refused_where_no_form_checks_it(new_desk: Callable[[str], Desk]) -> None:
    desk = new_desk("a")
    advisor = desk.add_advisor()
    row_id = conflict_row(desk, "user", advisor.user_id, "role", '"advisor"', '"supervisor"')
    with pytest.raises(ValidationFailed) as refused:
        sync.resolve_conflict(desk.ws, desk.admin, row_id, "edit", "boss")
    assert [e.field for e in refused.value.errors] == ["choice"]
    [view] = sync.conflicts(desk.ws, desk.admin)
    assert not view.editable
