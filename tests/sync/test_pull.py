"""Pull: head office's catalog and resources arrive; a compacted log is pulled again from 0."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.resources import resource_path
from app.services import catalog
from app.store.field_changes import wire_value
from app.store.models import Client, Product, SyncDeferred, SyncResource, SyncState, User
from app.store.serialize import row_dict
from app.sync.apply import Target
from app.sync.pull import apply_page
from server.publish import product_id
from tests.sync.harness import Desk, HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")


def products(desk: Desk) -> dict[str, Product]:
    with desk.ws.db.reading() as session:
        return {p.code: p for p in session.scalars(select(Product))}


def test_the_catalog_and_resources_arrive_and_a_new_rating_replaces_the_old(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk], tmp_path: Path
) -> None:
    source = json.loads(resource_path("catalog", "demo_catalog.json").read_text("utf-8"))
    published = head_office.publish_catalog()
    head_office.publish_resources()
    desk = new_desk("a")
    desk.enroll(head_office)

    report = desk.sync()

    held = products(desk)
    assert len(held) == published and report.pulled >= published
    first = source["products"][0]
    assert held[first["code"]].id == product_id(first["code"])  # the same id everywhere
    assert held[first["code"]].risk_distributor == first["risk_distributor"]
    listed = catalog.list_products(desk.ws, desk.admin, include_inactive=True)
    assert {p.code for p in listed} == set(held)
    with desk.ws.db.reading() as session:
        paths = set(session.scalars(select(SyncResource.path)))
    assert any(p.startswith("rulepacks/") for p in paths)
    assert any(p.startswith("questionnaires/") for p in paths)

    changed = {**first, "risk_distributor": "R5"}
    source["products"][0] = changed
    source["version"] = "next"
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(source, ensure_ascii=False), "utf-8")
    head_office.publish_catalog(path)
    desk.sync()
    assert products(desk)[first["code"]].risk_distributor == "R5"


def test_a_device_that_imported_the_catalog_matches_products_by_code(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.import_demo_catalog()
    before = {code: p.id for code, p in products(desk).items()}
    head_office.publish_catalog()
    desk.enroll(head_office)
    desk.sync()
    assert {code: p.id for code, p in products(desk).items()} == before


def test_behind_a_compacted_log_the_device_pulls_again_and_keeps_its_outbox(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    head_office.publish_catalog()
    desk.sync()
    with desk.ws.db.reading() as session:
        pulled_to = session.scalars(select(SyncState.cursor)).one()
    assert pulled_to > 0
    head_office.publish_resources()
    head_office.compact()  # the device's cursor now lies behind the horizon: 410
    desk.add_advisor()
    desk.new_client()  # unsent when the pull is refused
    waiting = [row["op_id"] for row in desk.outbox() if row["sent_at"] is None]

    report = desk.sync()

    assert report.unsent == 0 and set(waiting) <= set(head_office.op_ids())
    assert len(desk.outbox()) >= len(waiting)  # nothing dropped from the outbox
    with desk.ws.db.reading() as session:
        assert session.scalars(select(SyncState.cursor)).one() > pulled_to
        assert session.scalar(select(SyncResource.path).limit(1)) is not None
    assert len(products(desk)) > 0


def test_a_colleague_s_record_after_their_placeholder_in_one_page_is_applied(
    new_desk: Callable[[str], Desk],
) -> None:
    """A page holding a client of an advisor this device does not know yet, then that
    advisor's own record: the placeholder made for the first takes the second."""
    office, laptop = new_desk("office"), new_desk("laptop")
    advisor = office.add_advisor("wang.remote")
    client_id = office.new_client()
    with office.ws.db.reading() as session:
        client = wire_value(row_dict(session.get(Client, client_id)))
        user = wire_value(row_dict(session.get(User, advisor.user_id)))
    page = {
        "changes": [
            {
                "entity": "client",
                "entity_id": client_id,
                "op": "upsert",
                "version": 1,
                "payload": client,
            },
            {
                "entity": "user",
                "entity_id": advisor.user_id,
                "op": "upsert",
                "version": 1,
                "payload": user,
            },
        ],
        "cursor": 2,
    }
    target = Target(laptop.ws.device_id, laptop.admin.branch_id, laptop.ws.now())

    apply_page(laptop.ws.db, page, lambda: target, None)

    with laptop.ws.db.reading() as session:
        arrived = session.get(User, advisor.user_id)
        assert arrived is not None and arrived.username == "wang.remote"
        assert session.scalars(select(SyncDeferred)).all() == []
    assert laptop.client_field(client_id, "name") == "张三"
