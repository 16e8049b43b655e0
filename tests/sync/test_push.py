"""Push: exactly once through lost answers, signed cases with their PDF, refused operations."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

import pytest

from app.demo import disclose_and_sign, run_case
from app.services import cases, signing, sync
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import CaseDocument
from tests.conftest import client_input, mainland_id
from tests.sync.harness import (
    Desk,
    HeadOfficeServer,
    LoseAnswers,
    connect_through,
    queue_unknown_change,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_a_lost_answer_is_resent_and_applied_once(
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    desk.add_advisor()
    client_id = desk.new_client()
    desk.edit_client(client_id, phone="13900139000")
    transport = LoseAnswers("POST", "/sync/push")
    connect_through(monkeypatch, transport)

    report = desk.sync()

    assert transport.sent.count("POST /sync/push") == 2  # sent, answer lost, sent again
    local = desk.outbox()
    assert report.pushed == len(local) and report.duplicates == len(local)
    assert report.unsent == 0 and desk.unsent() == 0
    on_server = head_office.op_ids()
    assert sorted(on_server) == sorted(row["op_id"] for row in local)  # rows = distinct op_ids
    assert head_office.record("client", client_id)["phone"] == "+8613900139000"  # type: ignore[index]

    again = desk.sync()  # nothing left: nothing sent twice
    assert (again.pushed, again.unsent) == (0, 0)
    assert len(head_office.op_ids()) == len(on_server)


def test_an_unanswered_push_leaves_every_row_unsent(
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    desk.add_advisor()
    desk.new_client()
    unsent = desk.unsent()
    connect_through(monkeypatch, LoseAnswers("POST", "/sync/push", count=99))

    with pytest.raises(sync.SyncFailed) as stopped:
        desk.sync()

    assert stopped.value.code == "offline"
    assert desk.unsent() == unsent  # applied on the server, but not known here: kept
    status = sync.sync_status(desk.ws, desk.admin)
    assert (status.online, status.unsent, status.last_error_code) == (False, unsent, "offline")
    monkeypatch.undo()
    report = desk.sync()
    assert (report.duplicates, report.unsent) == (unsent, 0)
    assert sync.sync_status(desk.ws, desk.admin).online


def test_a_signed_case_reaches_head_office_with_its_pdf(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    desk.import_demo_catalog()
    advisor = desk.add_advisor()
    assert desk.advisor_ws is not None
    client_id = desk.new_client()
    case_id, match = run_case(desk.advisor_ws, advisor, client_id, client_input(), 1)
    assert match is not None
    signed = disclose_and_sign(desk.advisor_ws, advisor, case_id, seed=10)

    report = desk.sync()

    assert (report.rejected, report.unsent) == (0, 0)
    _name, pdf = signing.case_pack(desk.advisor_ws, advisor, case_id)
    assert hashlib.sha256(pdf).hexdigest() == signed.sha256
    assert head_office.blob_complete(signed.sha256)
    document = head_office.record("case_document", signed.document_id)
    assert document is not None and document["sha256"] == signed.sha256
    case = head_office.record("case", case_id)
    assert case is not None and case["state"] == "signed"
    signatures = [row for row in desk.outbox() if row["entity"] == "signature"]
    assert len(signatures) == 2
    for row in signatures:  # strokes travel inside the signature record
        stored = head_office.record("signature", row["entity_id"])
        assert stored is not None and stored["strokes"] == row["payload"]["strokes"]


def test_a_pdf_upload_resumes_where_head_office_stopped(
    head_office: HeadOfficeServer,
    new_desk: Callable[[str], Desk],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    desk.add_advisor()
    client_id = desk.new_client()
    assert desk.advisor_ws is not None and desk.advisor is not None
    case_id = cases.start_case(desk.advisor_ws, desk.advisor, client_id).case_id
    content = bytes(range(256)) * 10_000  # 2.5 MB: three chunks
    digest = hashlib.sha256(content).hexdigest()
    now = desk.ws.now()
    with desk.ws.db.writing() as session:
        row = CaseDocument(
            id=new_id(),
            case_id=case_id,
            kind="pack",
            file_name="x.pdf",
            sha256=digest,
            size=len(content),
            content=content,
            sealed_by="",
            created_at=now,
            updated_at=now,
            origin_device_id=desk.ws.device_id,
        )
        session.add(row)
        meta = {"id": row.id, "case_id": case_id, "sha256": digest, "size": len(content)}
        enqueue(
            session, entity="case_document", entity_id=row.id, op="upsert", payload=meta, at=now
        )
    transport = LoseAnswers("PATCH", f"/sync/blobs/{digest}", count=2)
    connect_through(monkeypatch, transport)

    report = desk.sync()

    assert (report.rejected, report.unsent) == (0, 0)
    assert head_office.blob_complete(digest)
    patches = [s for s in transport.sent if s.startswith("PATCH")]
    assert len(patches) == 5  # 3 chunks, 2 of them sent twice after their answer was lost


def test_a_refused_operation_needs_attention_and_is_not_resent(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    queue_unknown_change(desk)

    report = desk.sync()

    assert (report.rejected, report.unsent) == (1, 0)
    [refused] = sync.needs_attention(desk.ws, desk.admin)
    assert (refused.entity, refused.entity_id) == ("gadget", "g-1")
    assert "unknown entity" in refused.reason
    assert sync.sync_status(desk.ws, desk.admin).needs_attention == 1
    assert desk.sync().rejected == 0  # not sent again


def test_a_sync_in_the_background_while_the_desk_keeps_working(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk]
) -> None:
    desk = new_desk("a")
    desk.enroll(head_office)
    advisor = desk.add_advisor()
    assert desk.advisor_ws is not None
    for number in range(15):
        desk.new_client(id_number=mainland_id(seq=f"{number:03d}"))
    failures: list[BaseException] = []

    def background() -> None:
        try:
            assert desk.advisor_ws is not None
            sync.sync_once(desk.advisor_ws, advisor)  # the same workspace the user works in
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=background)
    worker.start()
    for number in range(15, 30):  # meanwhile the user goes on
        desk.new_client(id_number=mainland_id(seq=f"{number:03d}"))
    worker.join(timeout=120)

    assert not worker.is_alive() and failures == []
    assert sync.sync_once(desk.advisor_ws, advisor).unsent == 0
    assert sorted(head_office.op_ids()) == sorted(row["op_id"] for row in desk.outbox())
