"""Edits of editable records reach the outbox as changed fields with their old values, so
head office can merge two devices' edits field by field; new rows travel whole."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select, text

from app.services import clients
from app.services.context import Actor, Workspace, audited
from app.store.models import Client
from app.store.serialize import row_dict
from tests.conftest import Office, client_input

pytestmark = pytest.mark.usefixtures("fast_kdf")


def outbox(ws: Workspace) -> list[tuple[str, dict[str, Any]]]:
    with ws.db.reading() as session:
        rows = session.execute(text("SELECT op, payload FROM outbox ORDER BY seq")).all()
    return [(op, json.loads(payload)) for op, payload in rows]


def test_an_edit_sends_only_what_changed_with_the_old_values(
    office: Office, advisor: tuple[Workspace, Actor]
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    before = len(outbox(ws))
    with ws.db.writing() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.occupation = "教师"
        session.flush()
        client.name = "张三丰"  # a second flush in the same transaction
        client.name_search = "张三丰"
        client.updated_at = ws.now()
        session.flush()
        audited(session, ws, actor, "test.edit", "client", client_id, {}, outbox=row_dict(client))
        client.occupation = "律师"  # and a second edit after the first was enqueued
        session.flush()
        audited(session, ws, actor, "test.edit", "client", client_id, {}, outbox=row_dict(client))
        audited(session, ws, actor, "test.same", "client", client_id, {}, outbox=row_dict(client))
    added = outbox(ws)[before:]
    assert added == [
        (
            "update_fields",
            {
                "fields": {
                    "name": {"base": "张三", "new": "张三丰"},
                    "occupation": {"base": "", "new": "教师"},
                },
                "version": 3,  # the local version (each flush counts one)
            },
        ),
        (
            "update_fields",
            {"fields": {"occupation": {"base": "教师", "new": "律师"}}, "version": 4},
        ),
    ]  # derived (name_search) and bookkeeping (updated_at, version) fields stay home


def test_a_row_created_and_edited_in_one_transaction_travels_whole(
    office: Office, advisor: tuple[Workspace, Actor]
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    with ws.db.reading() as session:
        template = row_dict(session.scalars(select(Client)).one())
    before = len(outbox(ws))
    with ws.db.writing() as session:
        twin = Client(**{**template, "id": "019b8c2a-0000-7000-8000-0000000000e1", "version": 1})
        twin.id_number, twin.id_last4 = "X" + client_id[:10], "0000"
        session.add(twin)
        session.flush()
        twin.occupation = "教师"
        session.flush()
        audited(session, ws, actor, "test.new", "client", twin.id, {}, outbox=row_dict(twin))
    [(op, payload)] = outbox(ws)[before:]
    assert op == "upsert" and payload["occupation"] == "教师" and payload["id"] == twin.id
