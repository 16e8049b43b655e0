"""The audit chain: one event per service call, tamper-evident, immutable, free of personal data.

Also the transactional outbox: a change and its outbox row commit together or not at all.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NoReturn, TypeVar
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import exc, text
from sqlalchemy.orm import Session

from app.domain.roles import Role
from app.errors import ValidationFailed
from app.services import auth, clients, context, users
from app.services.context import Actor, Workspace
from app.store.audit import GENESIS_HASH, ChainReport, verify_chain
from app.store.engine import raw_connect
from tests.conftest import Office, audit_rows, client_input, mainland_id

pytestmark = pytest.mark.usefixtures("fast_kdf")
T = TypeVar("T")

CANARY_NAME = "欧阳审计测试"
CANARY_ID = mainland_id(region="310104", birth="19850412", seq="457")
CANARY = {"name": CANARY_NAME, "id_number": CANARY_ID, "birth_date": "1985-04-12"}


def scalar(ws: Workspace, sql: str, **params: object) -> object:
    with ws.db.reading() as session:
        return session.execute(text(sql), params).scalar()


def outbox_rows(ws: Workspace) -> list[tuple[str, str, str, str, str]]:
    with ws.db.reading() as session:
        rows = session.execute(
            text("SELECT entity, entity_id, op, payload, created_at FROM outbox ORDER BY seq")
        ).all()
    return [tuple(row) for row in rows]


def busy_day(ws: Workspace, actor: Actor) -> str:
    """A few service calls of every kind; returns the client created."""
    client_id = clients.create_client(ws, actor, client_input(**CANARY))
    version = clients.get_client(ws, actor, client_id).version
    clients.update_client(
        ws,
        actor,
        client_id,
        version,
        client_input(**CANARY, financial_assets="900000", consent_sharing=True),
    )
    clients.reveal_id_number(ws, actor, client_id)
    return client_id


def raw_sql(office: Office, *statements: str) -> None:
    """Write behind the application's back, as someone with the key and a SQL shell could."""
    conn = raw_connect(office.home.database, office.admin_ws.data_key())
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def chain(ws: Workspace) -> ChainReport:
    with ws.db.reading() as session:
        return verify_chain(session)


# -- the chain verifies --------------------------------------------------------------------


def test_chain_verifies_from_genesis_after_service_calls(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    busy_day(ws, actor)
    rows = audit_rows(ws)
    report = chain(ws)
    assert report.ok, report
    assert report.events == len(rows) >= 6  # setup, user.create, login, create, update, reveal
    assert rows[0].prev_hash == GENESIS_HASH
    assert rows[0].action == "setup.initialize"
    assert report.head == rows[-1].hash
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))
    assert all(later.prev_hash == earlier.hash for earlier, later in itertools.pairwise(rows))


def test_chain_verifies_whatever_time_zone_the_clock_reports(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    """Events hash the instant, not the clock's offset (stored times are UTC)."""
    ws, actor = advisor
    ws.clock = lambda: datetime.now(ZoneInfo("Asia/Shanghai"))
    busy_day(ws, actor)
    report = chain(ws)
    assert report.ok, report


# -- immutability ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET action = 'client.view' WHERE seq = 2",
        "UPDATE audit_events SET actor_id = NULL",
        "DELETE FROM audit_events WHERE seq = 2",
        "DELETE FROM audit_events",
    ],
)
def test_the_database_refuses_to_change_audit_events(
    office: Office,
    statement: str,
) -> None:
    ws = office.admin_ws
    office.add_user("li.advisor", Role.ADVISOR)
    before = audit_rows(ws)
    with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as session:
        session.execute(text(statement))
    assert audit_rows(ws) == before
    assert chain(ws).ok


# -- tampering is detected ---------------------------------------------------------------


def test_edited_event_is_detected_at_its_seq(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    busy_day(ws, actor)
    rows = audit_rows(ws)
    target = next(row for row in rows if row.action == "client.reveal_id")
    raw_sql(
        office,
        "DROP TRIGGER trg_audit_events_no_update",
        f"UPDATE audit_events SET action = 'client.view' WHERE seq = {target.seq}",
    )
    report = chain(ws)
    assert not report.ok
    assert report.first_broken_seq == target.seq
    assert report.events == target.seq - 1  # everything before it still checks out


def test_edited_event_with_recomputed_hash_breaks_the_next_link(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    """Someone who also recomputes the edited event's hash breaks the following event."""
    from app.store.audit import event_hash
    from app.store.models import AuditEvent

    ws, actor = advisor
    busy_day(ws, actor)
    rows = audit_rows(ws)
    target = rows[-2]
    with ws.db.reading() as session:
        event = session.get(AuditEvent, target.seq)
        assert event is not None
        session.expunge(event)
    event.action = "client.view"
    forged = event_hash(event)
    raw_sql(
        office,
        "DROP TRIGGER trg_audit_events_no_update",
        f"UPDATE audit_events SET action = 'client.view', hash = '{forged}' "
        f"WHERE seq = {target.seq}",
    )
    report = chain(ws)
    assert not report.ok
    assert report.first_broken_seq == rows[-1].seq
    assert report.problem == "prev_hash"


def test_deleted_middle_event_is_detected(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    busy_day(ws, actor)
    rows = audit_rows(ws)
    middle = rows[len(rows) // 2]
    raw_sql(
        office,
        "DROP TRIGGER trg_audit_events_no_delete",
        f"DELETE FROM audit_events WHERE seq = {middle.seq}",
    )
    report = chain(ws)
    assert not report.ok
    assert report.first_broken_seq == middle.seq + 1
    assert report.problem == "prev_hash"
    assert report.events == middle.seq - 1


def test_deleted_last_event_is_invisible_to_the_chain_alone(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    """Documents a limit: truncating the tail leaves a valid (shorter) chain.

    The head hash must be kept elsewhere (sync to head office) to notice; the head moves.
    """
    ws, actor = advisor
    busy_day(ws, actor)
    head_before = chain(ws).head
    last = audit_rows(ws)[-1]
    raw_sql(
        office,
        "DROP TRIGGER trg_audit_events_no_delete",
        f"DELETE FROM audit_events WHERE seq = {last.seq}",
    )
    report = chain(ws)
    assert report.ok
    assert report.head != head_before


# -- no personal data ------------------------------------------------------------------------


def test_audit_table_holds_no_client_names_or_id_numbers(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    busy_day(ws, actor)
    dump = "\n".join("|".join(str(value) for value in row) for row in audit_rows(ws))
    assert CANARY_NAME not in dump
    assert CANARY_ID not in dump
    assert CANARY_ID[-8:] not in dump
    assert "13800138000" not in dump
    # ...while the client row itself has them (the test would notice a wrong table).
    stored = scalar(ws, "SELECT id_number FROM clients WHERE name = :n", n=CANARY_NAME)
    assert stored == CANARY_ID


# -- one event per call -------------------------------------------------------------------------


def test_every_service_call_writes_exactly_one_audit_event(office: Office) -> None:
    ws = office.admin_ws

    def one_event(action: str, call: Callable[[], T]) -> tuple[T, Any]:
        before = audit_rows(ws)
        result = call()
        after = audit_rows(ws)
        assert len(after) == len(before) + 1, action
        assert after[:-1] == before
        assert after[-1].action == action
        return result, after[-1]

    _, event = one_event(
        "user.create",
        lambda: users.create_user(
            ws,
            office.admin,
            username="li.advisor",
            display_name="李顾问",
            role=Role.ADVISOR,
            temporary_password="Lantern-9-river",
        ),
    )
    assert event.actor_id == office.admin.user_id

    login, event = one_event("auth.login", lambda: office.login("li.advisor"))
    advisor_ws, advisor = login.workspace, login.actor
    try:
        assert event.actor_id == advisor.user_id
        client_id, event = one_event(
            "client.create", lambda: clients.create_client(advisor_ws, advisor, client_input())
        )
        assert (event.entity, event.entity_id) == ("client", client_id)
        _, event = one_event(
            "client.update",
            lambda: clients.update_client(
                advisor_ws, advisor, client_id, 1, client_input(financial_assets="1")
            ),
        )
        assert event.entity_id == client_id
        revealed, event = one_event(
            "client.reveal_id", lambda: clients.reveal_id_number(advisor_ws, advisor, client_id)
        )
        assert revealed == mainland_id()
        assert (event.actor_id, event.entity_id) == (advisor.user_id, client_id)
    finally:
        advisor_ws.close()
    assert chain(ws).ok


# -- transactional outbox --------------------------------------------------------------------


def test_create_and_update_client_write_an_outbox_row(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    before = outbox_rows(ws)
    client_id = clients.create_client(ws, actor, client_input())
    created = outbox_rows(ws)[len(before) :]
    assert len(created) == 1
    entity, entity_id, op, payload, at = created[0]
    assert (entity, entity_id, op) == ("client", client_id, "upsert")
    assert json.loads(payload)["version"] == 1
    event = audit_rows(ws)[-1]
    assert at == event.at  # written with the audit event, at the same instant

    clients.update_client(ws, actor, client_id, 1, client_input(financial_assets="5"))
    updated = outbox_rows(ws)[len(before) + 1 :]
    assert len(updated) == 1
    # An edit travels as the changed fields with the values they replaced, so head office
    # can merge two devices' edits field by field.
    assert (updated[0][1], updated[0][2]) == (client_id, "update_fields")
    body = json.loads(updated[0][3])
    assert body == {
        "fields": {"financial_assets": {"base": "800000.00", "new": "5.00"}},
        "version": 2,
    }


def counts(ws: Workspace) -> tuple[object, ...]:
    return tuple(
        scalar(ws, f"SELECT count(*) FROM {table}")
        for table in ("clients", "consents", "audit_events", "outbox")
    )


def test_outbox_row_and_change_commit_together_or_not_at_all(
    office: Office,
    advisor: tuple[Workspace, Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws, actor = advisor
    before = counts(ws)
    real_enqueue = context.enqueue

    def enqueue_then_crash(session: Session, **kwargs: Any) -> NoReturn:
        real_enqueue(session, **kwargs)
        session.flush()  # the outbox row really reached the database...
        raise RuntimeError("power cut before commit")  # ...but the transaction never ends

    monkeypatch.setattr(context, "enqueue", enqueue_then_crash)
    with pytest.raises(RuntimeError, match="power cut"):
        clients.create_client(ws, actor, client_input())
    assert counts(ws) == before


@pytest.mark.parametrize(
    "bad",
    [
        {"name": ""},
        {"phone": "12345"},
    ],
)
def test_a_refused_call_writes_no_audit_event_and_no_outbox_row(
    office: Office,
    advisor: tuple[Workspace, Actor],
    bad: dict[str, object],
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    before = counts(ws)
    with pytest.raises(ValidationFailed):
        clients.create_client(ws, actor, client_input(id_number=mainland_id(seq="777"), **bad))
    with pytest.raises(ValidationFailed):
        clients.update_client(ws, actor, client_id, 1, client_input(**bad))
    with pytest.raises(ValidationFailed):  # same ID number as the existing client
        clients.create_client(ws, actor, client_input(name="李四"))
    assert counts(ws) == before
    assert clients.get_client(ws, actor, client_id).version == 1


def test_failed_login_writes_nothing(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    before = counts(office.admin_ws)
    with pytest.raises(auth.LoginRefused):
        office.login("li.advisor", "Wrong-password-1")
    assert counts(office.admin_ws) == before


def test_utc_storage_of_event_time(office: Office) -> None:
    """Event times are stored as UTC text and read back as aware UTC datetimes."""
    from app.store.models import AuditEvent

    ws = office.admin_ws
    with ws.db.reading() as session:
        event = session.get(AuditEvent, 1)
        assert event is not None
        assert event.at.tzinfo == UTC
    assert str(audit_rows(ws)[0].at).endswith("Z")


def test_the_screens_chain_status_checks_what_was_added_since(office: Office) -> None:
    from app.services import audit_trail

    ws, admin = office.admin_ws, office.admin
    first = audit_trail.chain_status(ws, admin)
    assert first.ok and first.events == len(audit_rows(ws))
    office.add_user("li.advisor", Role.ADVISOR)
    with ws.db.writing() as session:
        session.execute(text("DROP TRIGGER trg_audit_events_no_update"))
        session.execute(
            text(
                "UPDATE audit_events SET action = 'x' "
                "WHERE seq = (SELECT max(seq) FROM audit_events)"
            )
        )
    later = audit_trail.chain_status(ws, admin)
    assert not later.ok and later.problem == "hash"
    # An event edited before the last check is the full check's to find.
    assert not audit_trail.verify(ws, admin).ok
