"""Pull: who receives what, never one's own changes, complete pages, re-fetch when behind."""

from __future__ import annotations

from typing import Any

from app.store.ids import new_id
from server import changelog
from server.publish import publish, resource_items
from tests.server.harness import DeviceClient, Server, make_op, update_op

ADVISOR_1, ADVISOR_2 = new_id(), new_id()


def seen(device: DeviceClient) -> set[tuple[str, str]]:
    return {(c["entity"], c["entity_id"]) for c in device.pull_all()}


def case_payload(
    case_id: str, client_id: str, advisor: str, state: str = "submitted"
) -> dict[str, Any]:
    return {"id": case_id, "client_id": client_id, "advisor_user_id": advisor, "state": state}


def test_each_device_receives_exactly_its_audience_and_never_its_own_changes(
    server: Server,
) -> None:
    advisor = server.enroll("BJ001", "advisor")
    advisor_laptop = server.enroll("BJ001", "advisor")
    colleague = server.enroll("BJ001", "advisor")
    supervisor = server.enroll("BJ001", "supervisor")
    far_supervisor = server.enroll("SH001", "supervisor")

    # The laptop is where advisor 1 also works (their user row came from it).
    advisor_laptop.push(make_op("user", ADVISOR_1, {"id": ADVISOR_1, "role": "advisor"}))
    colleague.push(make_op("user", ADVISOR_2, {"id": ADVISOR_2, "role": "advisor"}))
    client_id, case_id, signature_id = new_id(), new_id(), new_id()
    advisor.push(
        make_op("client", client_id, {"id": client_id, "owner_user_id": ADVISOR_1}),
        make_op("case", case_id, case_payload(case_id, client_id, ADVISOR_1)),
        make_op("signature", signature_id, {"id": signature_id, "case_id": case_id}),
    )
    review_id = new_id()
    supervisor.push(
        make_op("case_review", review_id, {"id": review_id, "case_id": case_id, "kind": "approve"}),
        update_op("case", case_id, {"state": ("submitted", "approved")}),
    )
    publish(server.db, resource_items(), server.clock())
    resources = {("resource", path) for _e, path, _p in resource_items()}
    assert ("resource", "questionnaires/securities-20.json") in resources

    decisions = {("case_review", review_id), ("case", case_id)}
    users = {("user", ADVISOR_1), ("user", ADVISOR_2)}
    assert seen(advisor) == resources | decisions
    assert seen(advisor_laptop) == resources | decisions | {("client", client_id)}
    assert seen(colleague) == resources
    assert seen(supervisor) == resources | users | {
        ("client", client_id),
        ("case", case_id),
        ("signature", signature_id),
    }
    assert seen(far_supervisor) == resources
    # The advisor's copy of the case comes back in the state the supervisor decided.
    (case_change,) = [c for c in advisor.pull_all() if c["entity"] == "case"]
    assert case_change["payload"]["state"] == "approved" and case_change["version"] == 2


def test_calendar_days_and_products_reach_every_device(server: Server) -> None:
    admin_desk = server.enroll("BJ001", "supervisor")
    far_advisor = server.enroll("SH001", "advisor")
    admin_desk.push(make_op("calendar_day", "2026-10-01", {"id": "2026-10-01", "kind": "holiday"}))
    assert seen(far_advisor) == {("calendar_day", "2026-10-01")}
    assert seen(admin_desk) == set()


def test_pages_are_complete_and_cursors_only_grow(server: Server) -> None:
    writer = server.enroll("BJ001", "advisor")
    reader = server.enroll("BJ001", "supervisor")
    ids = [new_id() for _ in range(25)]
    for chunk in (ids[:10], ids[10:]):
        writer.push(*(make_op("client", i, {"id": i, "owner_user_id": ADVISOR_1}) for i in chunk))
    cursor, pulled, pages = 0, [], 0
    while True:
        page = reader.pull(cursor, limit=4)
        pages += 1
        cursors = [c["cursor"] for c in page["changes"]]
        assert cursors == sorted(cursors) and all(c > cursor for c in cursors)
        assert page["cursor"] >= cursor
        pulled += [c["entity_id"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pulled == ids and pages == 7
    assert reader.pull(cursor) == {"changes": [], "cursor": cursor, "more": False}


def test_the_cursor_moves_past_rows_meant_for_others(server: Server) -> None:
    writer = server.enroll("BJ001", "advisor")
    bystander = server.enroll("SH001", "advisor")
    for _ in range(3):
        i = new_id()
        writer.push(make_op("client", i, {"id": i, "owner_user_id": ADVISOR_1}))
    page = bystander.pull(0)
    assert page == {"changes": [], "cursor": 3, "more": False}


def test_a_device_too_far_behind_is_told_to_refetch(server: Server) -> None:
    writer = server.enroll("BJ001", "advisor")
    reader = server.enroll("BJ001", "supervisor")
    client_id = new_id()
    writer.push(make_op("client", client_id, {"id": client_id, "phone": "0", "owner_user_id": "a"}))
    other_id = new_id()
    writer.push(make_op("client", other_id, {"id": other_id, "owner_user_id": "a"}))
    for n in range(1, 4):
        writer.push(update_op("client", client_id, {"phone": (str(n - 1), str(n))}))
    assert [c["cursor"] for c in reader.pull_all()] == [1, 2, 3, 4, 5]
    with server.db.write() as session:
        assert changelog.compact(session, through=4) == 3  # client v1..v3 are superseded
    behind = server.http.get("/sync/pull", params={"cursor": 1}, headers=reader.headers())
    assert (behind.status_code, behind.json()["error"]) == (410, "refetch")
    # From scratch the device gets every record's latest state.
    latest = reader.pull_all(0)
    assert [(c["entity_id"], c["version"]) for c in latest] == [(other_id, 1), (client_id, 4)]
    assert latest[-1]["payload"]["phone"] == "3"
    assert reader.pull(4)["cursor"] == 5  # at the horizon or later is fine


def test_push_answers_the_cursor_after_its_batch(server: Server) -> None:
    writer = server.enroll("BJ001", "advisor")
    a, b = new_id(), new_id()
    assert writer.push(make_op("client", a, {"id": a}))["cursor"] == 1
    assert (
        writer.push(make_op("client", b, {"id": b}), make_op("client", a, {"id": a}))["cursor"] == 2
    )
    status = server.http.get("/sync/status", headers=writer.headers()).json()
    assert status["cursor"] == 2


def test_bad_cursor_or_limit_is_a_400(server: Server) -> None:
    device = server.enroll()
    response = server.http.get("/sync/pull", params={"cursor": -1}, headers=device.headers())
    assert (response.status_code, response.json()["error"]) == (400, "bad_request")
    assert "cursor" in response.json()["message"]
