"""Push: exactly once, signed records never change, mutable records merge field by field."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.store.ids import new_id
from server import push
from server.models import Op
from tests.server.harness import DeviceClient, Server, make_op, update_op

CLIENT = {"id": "", "name": "张三", "phone": "13800138000", "email": "", "address": "北京"}


@pytest.fixture(autouse=True, params=["batch", "op_by_op"])
def apply_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs on the batch path and on the savepoint-per-op path it falls back to."""
    if request.param == "op_by_op":

        def refuse(*_args: object) -> object:
            raise IntegrityError("forced", None, Exception("forced"))

        monkeypatch.setattr(push, "_batch", refuse)
    return str(request.param)


def client_payload(**changes: Any) -> dict[str, Any]:
    return CLIENT | {"id": changes.pop("id")} | changes


def only(result: dict[str, Any]) -> dict[str, Any]:
    assert len(result["results"]) == 1
    answer: dict[str, Any] = result["results"][0]
    return answer


def ops_stored(server: Server) -> int:
    with server.db.read() as session:
        return session.scalar(select(func.count()).select_from(Op)) or 0


def test_a_replayed_op_is_a_duplicate_with_the_stored_result(server: Server) -> None:
    device = server.enroll()
    client_id = new_id()
    op = make_op("client", client_id, client_payload(id=client_id))
    first = only(device.push(dict(op)))
    assert first["status"] == "applied" and first["version"] == 1
    replay = only(device.push(dict(op)))
    assert replay["status"] == "duplicate"
    assert replay["original_status"] == "applied"
    assert replay["record"] == first["record"] and replay["version"] == 1
    assert ops_stored(server) == 1
    # Applied once: one change in the log, one record version.
    other = server.enroll(role="supervisor")
    assert [c["entity_id"] for c in other.pull_all()] == [client_id]


def test_an_op_id_reused_with_different_content_is_rejected(server: Server) -> None:
    device = server.enroll()
    client_id = new_id()
    op = make_op("client", client_id, client_payload(id=client_id))
    assert only(device.push(dict(op)))["status"] == "applied"
    changed = make_op("client", client_id, client_payload(id=client_id, name="李四"))
    changed["op_id"] = op["op_id"]
    answer = only(device.push(changed))
    assert answer == {
        "op_id": op["op_id"],
        "status": "rejected",
        "reason": "op_id reused with different content",
    }


def test_a_payload_that_does_not_match_its_hash_is_rejected(server: Server) -> None:
    device = server.enroll()
    op = make_op("client", "c1", {"id": "c1", "name": "张三"})
    op["payload"]["name"] = "王五"
    answer = only(device.push(op))
    assert answer["status"] == "rejected" and "payload_sha256" in answer["reason"]
    assert ops_stored(server) == 0


def test_signed_records_are_stored_once_and_never_change(server: Server) -> None:
    device = server.enroll()
    signature = {"id": new_id(), "case_id": new_id(), "role": "client", "strokes": "[[1,2]]"}
    first = only(device.push(make_op("signature", signature["id"], signature)))
    assert first["status"] == "applied"
    same = only(device.push(make_op("signature", signature["id"], dict(signature))))
    assert (same["status"], same["reason"]) == ("duplicate", "already stored")
    forged = signature | {"strokes": "[[9,9]]"}
    changed = only(device.push(make_op("signature", signature["id"], forged)))
    assert (changed["status"], changed["reason"]) == ("rejected", "signed record changed")
    deleted = only(device.push(make_op("signature", signature["id"], {}, op="delete")))
    assert deleted["status"] == "rejected"
    edit = update_op("signature", signature["id"], {"strokes": ("[[1,2]]", "[[0,0]]")})
    assert only(device.push(edit))["status"] == "rejected"
    supervisor = server.enroll(role="supervisor")
    (change,) = supervisor.pull_all()
    assert change["payload"] == signature


def test_one_batch_answers_every_op_in_order_and_a_rejection_spoils_no_other(
    server: Server,
) -> None:
    device = server.enroll()
    good_a, good_b = new_id(), new_id()
    batch = [
        make_op("client", good_a, client_payload(id=good_a)),
        make_op("no_such_thing", "x", {"id": "x"}),
        make_op("resource", "questionnaires/x.json", {"path": "x"}),
        make_op("client", good_b, client_payload(id=good_b)),
    ]
    answer = device.push(*batch)
    assert [r["op_id"] for r in answer["results"]] == [op["op_id"] for op in batch]
    assert [r["status"] for r in answer["results"]] == [
        "applied",
        "rejected",
        "rejected",
        "applied",
    ]
    assert answer["cursor"] == 2


def two_devices_on_one_client(server: Server) -> tuple[DeviceClient, DeviceClient, str]:
    advisor = server.enroll(role="advisor")
    supervisor = server.enroll(role="supervisor")
    client_id = new_id()
    assert only(advisor.push(make_op("client", client_id, client_payload(id=client_id))))[
        "status"
    ] == ("applied")
    (seen,) = supervisor.pull_all()
    assert seen["payload"]["phone"] == "13800138000"
    return advisor, supervisor, client_id


def test_two_devices_changing_different_fields_merge(server: Server) -> None:
    advisor, supervisor, client_id = two_devices_on_one_client(server)
    mine = only(advisor.push(update_op("client", client_id, {"phone": ("13800138000", "139")})))
    assert mine["status"] == "applied" and mine["version"] == 2
    theirs = only(supervisor.push(update_op("client", client_id, {"email": ("", "z@example.cn")})))
    assert theirs["status"] == "applied" and "conflicts" not in theirs
    assert theirs["version"] == 3
    assert theirs["record"]["phone"] == "139" and theirs["record"]["email"] == "z@example.cn"
    latest = advisor.pull_all()[-1]
    assert latest["version"] == 3
    assert latest["payload"] == client_payload(id=client_id, phone="139", email="z@example.cn")


def test_the_same_field_changed_on_both_is_one_conflict_with_the_server_value(
    server: Server,
) -> None:
    advisor, supervisor, client_id = two_devices_on_one_client(server)
    only(advisor.push(update_op("client", client_id, {"phone": ("13800138000", "13900000001")})))
    answer = only(
        supervisor.push(
            update_op(
                "client",
                client_id,
                {"phone": ("13800138000", "13700000002"), "address": ("北京", "上海")},
            )
        )
    )
    assert answer["status"] == "conflict"
    assert answer["conflicts"] == [
        {
            "field": "phone",
            "server_value": "13900000001",
            "base_value": "13800138000",
            "mine": "13700000002",
        }
    ]
    # The other field applied; the conflicting one kept the server's value.
    assert answer["record"]["address"] == "上海"
    assert answer["record"]["phone"] == "13900000001"
    # A person chose "keep mine": the device sends it again on the server's value.
    kept = only(
        supervisor.push(update_op("client", client_id, {"phone": ("13900000001", "13700000002")}))
    )
    assert kept["status"] == "applied" and kept["record"]["phone"] == "13700000002"


def test_a_field_already_holding_the_new_value_is_no_conflict(server: Server) -> None:
    advisor, supervisor, client_id = two_devices_on_one_client(server)
    only(advisor.push(update_op("client", client_id, {"phone": ("13800138000", "139")})))
    same = only(supervisor.push(update_op("client", client_id, {"phone": ("13800138000", "139")})))
    assert same["status"] == "applied" and same["version"] == 2


def test_a_whole_row_upsert_applies_only_over_the_devices_own_last_write(server: Server) -> None:
    advisor, supervisor, client_id = two_devices_on_one_client(server)
    own = only(advisor.push(make_op("client", client_id, client_payload(id=client_id, phone="1"))))
    assert own["status"] == "applied" and own["version"] == 2
    stale = only(
        supervisor.push(make_op("client", client_id, client_payload(id=client_id, email="e")))
    )
    assert stale["status"] == "conflict"
    assert {c["field"] for c in stale["conflicts"]} == {"phone", "email"}
    assert stale["record"]["phone"] == "1" and stale["record"]["email"] == ""


def test_deletes_are_tombstones_and_later_edits_are_refused(server: Server) -> None:
    advisor, supervisor, client_id = two_devices_on_one_client(server)
    gone = only(advisor.push(make_op("client", client_id, {"id": client_id}, op="delete")))
    assert gone["status"] == "applied" and gone["deleted"] is True
    edit = only(supervisor.push(update_op("client", client_id, {"phone": ("13800138000", "1")})))
    assert (edit["status"], edit["reason"]) == ("rejected", "record deleted")
    change = supervisor.pull_all()[-1]
    assert (change["op"], change["payload"]) == ("delete", {"id": client_id})


def test_update_fields_on_an_unknown_record_or_touching_id_is_rejected(server: Server) -> None:
    advisor, _supervisor, client_id = two_devices_on_one_client(server)
    unknown = only(advisor.push(update_op("client", new_id(), {"phone": ("1", "2")})))
    assert unknown["status"] == "rejected"
    touch_id = only(advisor.push(update_op("client", client_id, {"id": (client_id, "x")})))
    assert touch_id["status"] == "rejected" and "id" in touch_id["reason"]


def test_a_push_for_another_device_or_too_big_a_batch_is_refused(server: Server) -> None:
    device = server.enroll()
    other = server.enroll()
    response = server.http.post(
        "/sync/push",
        json={"device_id": other.device_id, "batch": []},
        headers=device.headers(),
    )
    assert (response.status_code, response.json()["error"]) == (403, "wrong_device")
    ops = [make_op("client", str(i), {"id": str(i)}) for i in range(501)]
    too_many = device.push_raw(ops)
    assert (too_many.status_code, too_many.json()["error"]) == (413, "batch_too_large")
    malformed = device.push_raw([{"op_id": "not-a-uuid"}])
    assert malformed.status_code == 400
    assert malformed.json()["error"] == "bad_request"
    assert "op_id" in malformed.json()["message"]


def test_a_payload_the_database_cannot_hold_is_rejected_alone(server: Server) -> None:
    device = server.enroll()
    odd, fine = new_id(), new_id()
    answer = device.push(
        make_op("client", odd, {"id": odd, "name": "nul\u0000byte"}),
        make_op("client", fine, {"id": fine, "name": "张三"}),
    )
    statuses = [r["status"] for r in answer["results"]]
    # SQLite stores the character; PostgreSQL's jsonb refuses it, and only that op fails.
    assert statuses == (
        ["rejected", "applied"] if server.backend == "postgresql" else ["applied"] * 2
    )
