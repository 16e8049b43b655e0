"""The clients service: what an advisor, a supervisor and a compliance officer would notice."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import exc, text

from app.domain.identity import mask_id
from app.domain.roles import Role
from app.errors import ConcurrentEdit, NotFound, PermissionDenied, ValidationFailed
from app.resources import resources_root
from app.services import clients
from app.services.context import Actor, Workspace
from app.store.engine import Database
from tests.conftest import Office, audit_rows, client_input, mainland_id

pytestmark = pytest.mark.usefixtures("fast_kdf")

ID_ENDING_X = mainland_id(seq="101")  # 11010519900307101X
assert ID_ENDING_X.endswith("X")


def notice_version() -> str:
    """Straight from the shipped notice file, not through the code under test."""
    path = resources_root() / "notices" / "privacy_notice.json"
    return str(json.loads(path.read_text("utf-8"))["version"])


def consent_rows(ws: Workspace, client_id: str) -> list[tuple[object, ...]]:
    with ws.db.reading() as session:
        rows = session.execute(
            text(
                "SELECT id, kind, granted, notice_version, recorded_at, recorded_by, version "
                "FROM consents WHERE client_id = :c ORDER BY recorded_at, id"
            ),
            {"c": client_id},
        ).all()
    return [tuple(row) for row in rows]


def stored(ws: Workspace, client_id: str, column: str) -> object:
    with ws.db.reading() as session:
        return session.execute(
            text(f"SELECT {column} FROM clients WHERE id = :c"),
            {"c": client_id},
        ).scalar_one()


def names(rows: list[clients.ClientRow]) -> list[str]:
    return sorted(row.name for row in rows)


# -- create / get / update ---------------------------------------------------------------


def test_create_then_get_shows_what_was_typed_with_the_id_masked(
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(
        ws, actor, client_input(name="  张  三 ", phone="138 0013 8000", annual_income="200,000.5")
    )
    detail = clients.get_client(ws, actor, client_id)
    assert detail.client_id == client_id
    assert detail.version == 1
    assert detail.form.name == "张 三"
    assert detail.form.phone == "+8613800138000"
    assert detail.form.annual_income == "200000.50"
    assert detail.form.financial_assets == "800000.00"
    assert detail.form.birth_date == "1990-03-07"
    assert detail.form.investment_experience_years == "3"
    assert detail.form.consent_sensitive is True
    assert detail.form.consent_sharing is False
    # The full ID number never leaves the service in a detail view.
    assert detail.form.id_number == ""
    assert detail.id_masked == "110***********" + mainland_id()[-4:]
    assert mainland_id() not in repr(detail)
    # Money is exact, in fen.
    assert stored(ws, client_id, "annual_income") == 20_000_050


def test_update_saves_changes_and_bumps_the_version(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    created = clients.get_client(ws, actor, client_id)
    new_version = clients.update_client(
        ws,
        actor,
        client_id,
        created.version,
        client_input(financial_assets="1234567.89", occupation="教师"),
    )
    assert new_version == created.version + 1
    detail = clients.get_client(ws, actor, client_id)
    assert detail.version == new_version
    assert detail.form.financial_assets == "1234567.89"
    assert detail.form.occupation == "教师"
    assert detail.updated_at >= created.updated_at
    assert stored(ws, client_id, "financial_assets") == 123_456_789


def test_update_with_an_empty_id_number_keeps_the_stored_one(
    advisor: tuple[Workspace, Actor],
) -> None:
    """The form never holds the full number; saving it must not lose or change it."""
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    form = clients.get_client(ws, actor, client_id).form
    assert form.id_number == ""
    clients.update_client(ws, actor, client_id, 1, replace(form, occupation="医生"))
    assert clients.reveal_id_number(ws, actor, client_id) == mainland_id()


def test_concurrent_edit_overwrites_nothing(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    # A second window on the same data folder (its own connections).
    other = Workspace(
        ws.home, ws.vault, Database(ws.home.database, ws.data_key()), ws.device_id, ws.data_key()
    )
    try:
        mine = clients.get_client(ws, actor, client_id)
        theirs = clients.get_client(other, actor, client_id)
        assert mine.version == theirs.version == 1

        clients.update_client(
            other, actor, client_id, theirs.version, client_input(financial_assets="1000000")
        )
        events = len(audit_rows(ws))
        with pytest.raises(ConcurrentEdit):
            clients.update_client(
                ws,
                actor,
                client_id,
                mine.version,
                client_input(financial_assets="5", occupation="覆盖"),
            )
    finally:
        other.close()
    detail = clients.get_client(ws, actor, client_id)
    assert (detail.version, detail.form.financial_assets) == (2, "1000000.00")
    assert detail.form.occupation == ""
    assert len(audit_rows(ws)) == events
    # Reloading and reapplying works.
    assert (
        clients.update_client(
            ws, actor, client_id, detail.version, client_input(financial_assets="5")
        )
        == 3
    )


def test_validation_lists_every_bad_field_at_once(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    good = mainland_id()
    bad_check = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(ValidationFailed) as caught:
        clients.create_client(
            ws,
            actor,
            client_input(name="   ", id_number=bad_check, phone="12345", financial_assets="八十万"),
        )
    rules = {(error.field, error.rule) for error in caught.value.errors}
    assert rules == {
        ("name", "NAME_REQUIRED"),
        ("id_number", "ID_CHECKSUM"),
        ("phone", "PHONE_INVALID"),
        ("financial_assets", "MONEY_FORMAT"),
    }
    assert all(error.message for error in caught.value.errors)
    assert clients.count_clients(ws, actor, "") == 0


def test_the_same_id_number_cannot_be_registered_twice(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    first = clients.create_client(ws, actor, client_input(id_number=ID_ENDING_X))
    for typed in (ID_ENDING_X, ID_ENDING_X.lower(), f" {ID_ENDING_X[:6]} {ID_ENDING_X[6:]} "):
        with pytest.raises(ValidationFailed) as caught:
            clients.create_client(ws, actor, client_input(name="李四", id_number=typed))
        assert caught.value.for_field("id_number").rule == "CLIENT_DUPLICATE_ID"  # type: ignore[union-attr]
    # Not by another advisor either, even though they cannot see the first client.
    office.add_user("wang.advisor", Role.ADVISOR)
    with pytest.raises(ValidationFailed):
        clients.create_client(
            ws, office.actor("wang.advisor"), client_input(name="李四", id_number=ID_ENDING_X)
        )
    # Nor by editing another client's number into it.
    second = clients.create_client(ws, actor, client_input(name="李四"))
    with pytest.raises(ValidationFailed):
        clients.update_client(ws, actor, second, 1, client_input(id_number=ID_ENDING_X))
    assert clients.reveal_id_number(ws, actor, first) == ID_ENDING_X
    # Saving a client with its own number is not a duplicate.
    assert clients.update_client(ws, actor, first, 1, client_input(id_number=ID_ENDING_X)) == 2


# -- search -----------------------------------------------------------------------------------


@pytest.fixture
def directory(advisor: tuple[Workspace, Actor]) -> tuple[Workspace, Actor]:
    ws, actor = advisor
    people = [
        ("张三", mainland_id(seq="123"), "13800138000"),
        ("张三丰", mainland_id(seq="234"), "13912345678"),
        ("李四", ID_ENDING_X, "15011112222"),
        ("王_五", mainland_id(seq="345"), "15022223333"),
        ("王某五", mainland_id(seq="456"), "15033334444"),
        ("赵%钱", mainland_id(seq="567"), "15044445555"),
        ("赵孙钱", mainland_id(seq="678"), "15055556666"),
        ("Anna Müller", mainland_id(seq="789"), "15066667777"),
    ]
    for name, id_number, phone in people:
        clients.create_client(ws, actor, client_input(name=name, id_number=id_number, phone=phone))
    return ws, actor


def search(ws: Workspace, actor: Actor, query: str) -> list[str]:
    found = clients.search_clients(ws, actor, query, offset=0, limit=100)
    assert clients.count_clients(ws, actor, query) == len(found)
    return names(found)


def test_search_by_name_substring(directory: tuple[Workspace, Actor]) -> None:
    ws, actor = directory
    assert search(ws, actor, "张三") == ["张三", "张三丰"]
    assert search(ws, actor, "三丰") == ["张三丰"]
    assert search(ws, actor, " 李 ") == ["李四"]
    assert search(ws, actor, "müller") == ["Anna Müller"]
    assert search(ws, actor, "") == names(
        clients.search_clients(ws, actor, "", offset=0, limit=100)
    )
    assert len(search(ws, actor, "")) == 8
    assert search(ws, actor, "周") == []


def test_search_by_phone_digits(directory: tuple[Workspace, Actor]) -> None:
    ws, actor = directory
    assert search(ws, actor, "912345") == ["张三丰"]
    assert search(ws, actor, "139 1234") == ["张三丰"]
    assert search(ws, actor, "13800138000") == ["张三"]


def test_search_by_last_four_of_the_id(directory: tuple[Workspace, Actor]) -> None:
    ws, actor = directory
    assert search(ws, actor, "101X") == ["李四"]
    assert search(ws, actor, "101x") == ["李四"]
    last4 = mainland_id(seq="567")[-4:]
    assert "赵%钱" in search(ws, actor, last4)


def test_like_wildcards_in_the_query_are_literal(directory: tuple[Workspace, Actor]) -> None:
    ws, actor = directory
    assert search(ws, actor, "%") == ["赵%钱"]
    assert search(ws, actor, "赵%钱") == ["赵%钱"]
    assert search(ws, actor, "_") == ["王_五"]
    assert search(ws, actor, "王_五") == ["王_五"]
    assert search(ws, actor, "\\") == []


def test_search_pages_in_a_stable_order(directory: tuple[Workspace, Actor]) -> None:
    ws, actor = directory
    everyone = clients.search_clients(ws, actor, "", offset=0, limit=100)
    pages = [
        clients.search_clients(ws, actor, "", offset=start, limit=3) for start in range(0, 9, 3)
    ]
    assert [row.client_id for page in pages for row in page] == [r.client_id for r in everyone]


def test_list_rows_never_contain_the_full_id_number(directory: tuple[Workspace, Actor]) -> None:
    ws, actor = directory
    rows = clients.search_clients(ws, actor, "", offset=0, limit=100)
    full_numbers = {clients.reveal_id_number(ws, actor, row.client_id) for row in rows}
    for row in rows:
        text_of_row = repr(row)
        assert not any(number in text_of_row for number in full_numbers)
        assert row.id_masked.count("*") == 11
        assert mask_id(clients.reveal_id_number(ws, actor, row.client_id)) == row.id_masked
        assert "****" in row.phone_masked


# -- who sees what ------------------------------------------------------------------------------


def test_advisors_see_only_their_own_clients_and_supervisors_the_branch(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, li = advisor
    office.add_user("wang.advisor", Role.ADVISOR)
    office.add_user("zhao.sup", Role.SUPERVISOR)
    wang, supervisor = office.actor("wang.advisor"), office.actor("zhao.sup")
    mine = clients.create_client(ws, li, client_input(name="李的客户"))
    theirs = clients.create_client(
        ws, wang, client_input(name="王的客户", id_number=mainland_id(seq="222"))
    )

    assert search(ws, li, "") == ["李的客户"]
    assert search(ws, wang, "客户") == ["王的客户"]
    for call in (
        lambda: clients.get_client(ws, li, theirs),
        lambda: clients.reveal_id_number(ws, li, theirs),
        lambda: clients.update_client(ws, li, theirs, 1, client_input(name="改名")),
    ):
        with pytest.raises(NotFound):
            call()
    assert clients.get_client(ws, wang, theirs).form.name == "王的客户"

    assert search(ws, supervisor, "") == ["李的客户", "王的客户"]
    assert clients.get_client(ws, supervisor, mine).form.name == "李的客户"
    assert clients.reveal_id_number(ws, supervisor, theirs) == mainland_id(seq="222")

    elsewhere = replace(supervisor, branch_id="another-branch")
    assert search(ws, elsewhere, "") == []
    with pytest.raises(NotFound):
        clients.get_client(ws, elsewhere, mine)


def test_reveal_returns_the_full_number_and_is_audited(
    office: Office,
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input(id_number=ID_ENDING_X))
    assert clients.reveal_id_number(ws, actor, client_id) == ID_ENDING_X
    event = audit_rows(ws)[-1]
    assert (event.action, event.actor_id, event.entity, event.entity_id) == (
        "client.reveal_id",
        actor.user_id,
        "client",
        client_id,
    )

    office.add_user("qian.service", Role.SERVICE)
    service = office.actor("qian.service")
    before = audit_rows(ws)
    assert clients.get_client(ws, service, client_id).id_masked == mask_id(ID_ENDING_X)
    with pytest.raises(PermissionDenied):
        clients.reveal_id_number(ws, service, client_id)
    assert audit_rows(ws) == before


# -- consents ----------------------------------------------------------------------------------


def test_granting_consent_records_the_current_notice_version(
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input(consent_sharing=True))
    rows = consent_rows(ws, client_id)
    assert sorted((kind, granted, version, by) for _, kind, granted, version, _, by, _ in rows) == [
        (clients.CONSENT_SENSITIVE, 1, notice_version(), actor.user_id),
        (clients.CONSENT_SHARING, 1, notice_version(), actor.user_id),
    ]
    state = clients.get_client(ws, actor, client_id).consents
    assert state[clients.CONSENT_SENSITIVE].granted
    assert state[clients.CONSENT_SHARING].notice_version == notice_version()


def test_withdrawing_consent_adds_a_row_and_keeps_the_grant(
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input(consent_sharing=True))
    granted = consent_rows(ws, client_id)
    clients.update_client(ws, actor, client_id, 1, client_input(consent_sharing=False))
    after = consent_rows(ws, client_id)
    assert after[: len(granted)] == granted  # the grant is untouched, byte for byte
    (withdrawal,) = after[len(granted) :]
    assert withdrawal[1:4] == (clients.CONSENT_SHARING, 0, notice_version())
    detail = clients.get_client(ws, actor, client_id)
    assert detail.form.consent_sharing is False
    assert detail.consents[clients.CONSENT_SHARING].granted is False
    # Saving again without a change in decision records nothing new.
    clients.update_client(ws, actor, client_id, 2, client_input(occupation="律师"))
    assert consent_rows(ws, client_id) == after


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE consents SET granted = 0",
        "UPDATE consents SET notice_version = 'PIPL-1999.1'",
        "DELETE FROM consents",
    ],
)
def test_consent_rows_cannot_be_changed(advisor: tuple[Workspace, Actor], statement: str) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input(consent_sharing=True))
    before = consent_rows(ws, client_id)
    with pytest.raises(exc.DatabaseError, match="immutable"), ws.db.writing() as session:
        session.execute(text(statement))
    assert consent_rows(ws, client_id) == before


def test_money_is_stored_exactly(advisor: tuple[Workspace, Actor]) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input(financial_assets="0.1"))
    value = clients.get_client(ws, actor, client_id).form.financial_assets
    assert Decimal(value) == Decimal("0.10")
    assert stored(ws, client_id, "financial_assets") == 10


def test_a_new_client_needs_consent_but_an_existing_one_may_withdraw_it(
    advisor: tuple[Workspace, Actor],
) -> None:
    ws, actor = advisor
    with pytest.raises(ValidationFailed) as refused:
        clients.create_client(ws, actor, client_input(consent_sensitive=False))
    assert refused.value.for_field("consent_sensitive") is not None
    client_id = clients.create_client(ws, actor, client_input())
    clients.update_client(ws, actor, client_id, 1, client_input(consent_sensitive=False))
    detail = clients.get_client(ws, actor, client_id)
    assert detail.consents[clients.CONSENT_SENSITIVE].granted is False
    assert detail.form.consent_sensitive is False
