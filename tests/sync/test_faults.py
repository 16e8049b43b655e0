"""When head office says no (revoked, too old, unknown token) or cannot be reached, the sync
stops, says why, and keeps every unsent change."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.services import sync
from app.store.field_changes import wire_value
from app.store.models import Client, SyncState
from app.store.serialize import row_dict
from app.sync.apply import Change, Target, apply_change
from tests.sync.harness import Desk, HeadOfficeServer, enrolled_with_unsent

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_a_revoked_device_stops_and_keeps_its_unsent_data(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    unsent = desk.unsent()
    head_office.revoke(desk.ws.device_id)

    with pytest.raises(sync.SyncFailed) as stopped:
        desk.sync()

    assert stopped.value.code == "revoked" and "revoked" in stopped.value.message
    status = sync.sync_status(desk.ws, desk.admin)
    assert (status.revoked, status.online, status.unsent) == (True, True, unsent)
    assert desk.unsent() == unsent


def test_an_old_schema_is_told_to_update_the_app(
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    unsent = desk.unsent()
    monkeypatch.setattr(sync, "head_revision", lambda: "0003")

    with pytest.raises(sync.SyncFailed) as stopped:
        desk.sync()

    assert stopped.value.code == "update_required"
    assert stopped.value.message.startswith("Update the app")
    status = sync.sync_status(desk.ws, desk.admin)
    assert status.update_required and status.last_error_code == "update_required"
    assert desk.unsent() == unsent
    monkeypatch.undo()
    assert desk.sync().unsent == 0
    assert not sync.sync_status(desk.ws, desk.admin).update_required


def test_an_unknown_token_asks_to_enroll_again(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    with desk.ws.db.writing() as session:
        session.scalars(select(SyncState)).one().device_token = "not-a-token"
    with pytest.raises(sync.SyncFailed) as stopped:
        desk.sync()
    assert stopped.value.code == "unauthorized" and "enroll it again" in stopped.value.message
    desk.enroll(head_office)  # a new code replaces the token
    assert desk.sync().unsent == 0


def test_an_unreachable_head_office_is_offline(
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = enrolled_with_unsent(head_office, new_desk("a"))
    unsent = desk.unsent()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setattr(sync.protocol.Retry, "first_pause_s", 0.0)
    with pytest.raises(sync.SyncFailed) as stopped:
        sync.sync_once(desk.ws, desk.admin, server_url=closed)
    assert stopped.value.code == "offline"
    status = sync.sync_status(desk.ws, desk.admin)
    assert (status.online, status.unsent, status.server_url) == (False, unsent, closed)
    assert status.last_success_at is not None  # from before


def test_a_second_sync_meanwhile_is_refused(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    lock = sync._lock(desk.ws)
    with lock, pytest.raises(sync.SyncFailed) as busy:
        desk.sync()
    assert busy.value.code == "busy"


def test_an_older_copy_never_replaces_a_newer_one(new_desk: Callable[[str], Desk]) -> None:
    desk = new_desk("a")
    desk.add_advisor()
    client_id = desk.new_client()
    with desk.ws.db.reading() as session:
        wire = wire_value(row_dict(session.get(Client, client_id)))
    with desk.ws.db.writing() as session:
        target = Target(desk.ws.device_id, "", desk.ws.now())
        newer = Change("client", client_id, "upsert", 5, {**wire, "occupation": "教师"})
        older = Change("client", client_id, "upsert", 4, {**wire, "occupation": "工程师"})
        assert apply_change(session, newer, target) == "applied"
        assert apply_change(session, older, target) == "held"
    assert desk.client_field(client_id, "occupation") == "教师"
