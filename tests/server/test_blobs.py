"""Blobs: content-addressed, resumable, verified; records that need one wait for it."""

from __future__ import annotations

import hashlib
import os

import httpx2

from app.store.ids import new_id
from tests.server.harness import REVISION, DeviceClient, Server, make_op

PDF = b"%PDF-1.7\n" + os.urandom(300_000)
SHA = hashlib.sha256(PDF).hexdigest()


def patch(
    device: DeviceClient, sha: str, offset: int, chunk: bytes, length: int | None = None
) -> httpx2.Response:
    headers = device.headers() | {"Upload-Offset": str(offset)}
    if length is not None:
        headers["Upload-Length"] = str(length)
    return device.http.patch(f"/sync/blobs/{sha}", content=chunk, headers=headers)


def head(device: DeviceClient, sha: str) -> httpx2.Response:
    return device.http.head(f"/sync/blobs/{sha}", headers=device.headers())


def test_an_upload_resumes_where_the_server_stopped(server: Server) -> None:
    device = server.enroll()
    assert head(device, SHA).status_code == 404
    half = len(PDF) // 2
    first = patch(device, SHA, 0, PDF[:half], length=len(PDF))
    assert first.status_code == 204 and first.headers["Upload-Offset"] == str(half)
    # The connection broke here; the device asks where to go on from.
    state = head(device, SHA)
    assert state.status_code == 200
    assert (state.headers["Upload-Offset"], state.headers["Upload-Complete"]) == (str(half), "0")
    wrong = patch(device, SHA, 10, PDF[10:])
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == str(half)
    rest = patch(device, SHA, half, PDF[half:])
    assert rest.status_code == 204 and rest.headers["Upload-Offset"] == str(len(PDF))
    done = head(device, SHA)
    assert (done.headers["Upload-Offset"], done.headers["Upload-Complete"]) == (str(len(PDF)), "1")


def test_content_that_does_not_match_its_hash_is_discarded(server: Server) -> None:
    device = server.enroll()
    tampered = PDF[:-1] + b"X"
    half = len(PDF) // 2
    assert patch(device, SHA, 0, tampered[:half], length=len(PDF)).status_code == 204
    refused = patch(device, SHA, half, tampered[half:])
    assert refused.status_code == 422 and refused.json()["error"] == "hash_mismatch"
    assert head(device, SHA).status_code == 404
    # Starting over with the right bytes works.
    assert patch(device, SHA, 0, PDF, length=len(PDF)).status_code == 204
    assert head(device, SHA).headers["Upload-Complete"] == "1"


def test_uploads_are_bounded_and_need_a_length_to_start(server: Server) -> None:
    device = server.enroll()
    no_length = patch(device, SHA, 0, PDF[:10])
    assert no_length.status_code == 400 and "Upload-Length" in no_length.json()["message"]
    not_at_start = patch(device, SHA, 5, PDF[5:10], length=len(PDF))
    assert not_at_start.status_code == 409 and not_at_start.headers["Upload-Offset"] == "0"
    big = b"x" * (4 * 1024 * 1024 + 1)
    too_big = patch(device, hashlib.sha256(big).hexdigest(), 0, big, length=len(big))
    assert too_big.status_code == 413
    assert patch(device, "not-a-hash", 0, b"x", length=1).status_code == 400
    anonymous = server.http.head(f"/sync/blobs/{SHA}", headers={"X-Schema-Revision": REVISION})
    assert anonymous.status_code == 401


def test_a_record_waits_for_its_blob_and_the_same_op_id_applies_later(server: Server) -> None:
    device = server.enroll()
    document = {"id": new_id(), "case_id": new_id(), "kind": "pack", "pdf_sha256": SHA}
    op = make_op("case_document", document["id"], document, blobs=[SHA])
    early = device.push(dict(op))["results"][0]
    assert early["status"] == "rejected"
    assert (early["reason"], early["missing"]) == ("missing_blob", [SHA])
    assert patch(device, SHA, 0, PDF, length=len(PDF)).status_code == 204
    later = device.push(dict(op))["results"][0]
    assert later["status"] == "applied"
