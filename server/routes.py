"""The ``/sync`` endpoints of ``server/PROTOCOL.md``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from server import blobs, changelog, documents
from server.auth import (
    DeviceIdentity,
    check_schema_revision,
    current_device,
    database,
    settings,
)
from server.enrollment import EnrollRequest, enroll
from server.errors import ApiError
from server.push import PushOp, push
from server.records import Author
from server.schemas import EnrollBody, PushBody

router = APIRouter(prefix="/sync", dependencies=[Depends(check_schema_revision)])
Device = Annotated[DeviceIdentity, Depends(current_device)]


@router.post("/enroll", status_code=201)
def enroll_device(request: Request, body: EnrollBody) -> JSONResponse:
    now = settings(request).clock()
    enrolled = enroll(
        database(request),
        settings(request),
        EnrollRequest(body.code, body.device_id.lower(), body.device_name, body.csr_pem),
    )
    return JSONResponse(
        {
            "device_token": enrolled.device_token,
            "certificate_pem": enrolled.certificate_pem,
            "ca_certificate_pem": enrolled.ca_certificate_pem,
            "branch": {"code": enrolled.branch_code, "name": enrolled.branch_name},
            "role": enrolled.role,
            "server_time": now.isoformat(),
        },
        status_code=201,
    )


@router.post("/push")
def push_batch(request: Request, body: PushBody, device: Device) -> JSONResponse:
    if body.device_id.lower() != device.id:
        raise ApiError(403, "wrong_device", "device_id is not the device of this token.")
    limit = settings(request).max_batch
    if len(body.batch) > limit:
        raise ApiError(413, "batch_too_large", f"At most {limit} operations per batch.")
    ops = [
        PushOp(
            op_id=op.op_id.lower(),
            seq=op.seq,
            entity=op.entity,
            entity_id=op.entity_id,
            op=op.op,
            payload=op.payload,
            payload_sha256=op.payload_sha256.lower(),
            blobs=tuple(sha.lower() for sha in op.blobs),
        )
        for op in body.batch
    ]
    author = Author(device.id, device.branch_id, device.role)
    answer = push(database(request), author, ops, settings(request).clock())
    return JSONResponse(answer)


@router.head("/blobs/{sha256}")
def blob_state(request: Request, sha256: str, device: Device) -> Response:
    found = blobs.state(database(request), sha256)
    if found is None:
        return Response(status_code=404)
    headers = {"Upload-Offset": str(found.received), "Upload-Complete": str(int(found.complete))}
    return Response(status_code=200, headers=headers)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "chunk_too_large", f"At most {limit} bytes per PATCH.")
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > limit:
            raise ApiError(413, "chunk_too_large", f"At most {limit} bytes per PATCH.")
    return bytes(body)


@router.patch("/blobs/{sha256}", status_code=204)
async def blob_upload(
    request: Request,
    sha256: str,
    device: Device,
    upload_offset: Annotated[int, Header(ge=0)],
    upload_length: Annotated[int | None, Header(ge=1)] = None,
) -> Response:
    config = settings(request)
    blobs.check_sha256(sha256)
    chunk = await _read_body(request, config.max_chunk)
    received = await run_in_threadpool(
        blobs.append,
        database(request),
        sha256,
        upload_offset,
        upload_length,
        chunk,
        max_chunk=config.max_chunk,
        max_blob=config.max_blob,
        now=config.clock(),
    )
    return Response(status_code=204, headers={"Upload-Offset": str(received)})


@router.get("/pull")
def pull_changes(
    request: Request,
    device: Device,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1)] = 1000,
) -> Response:
    reader = changelog.Reader(device.id, device.branch_id, device.role)
    with database(request).read() as session:
        page = changelog.pull(session, reader, cursor, min(limit, settings(request).max_pull))
    return Response(page.body(), media_type="application/json")


@router.get("/status")
def status(request: Request, device: Device) -> JSONResponse:
    with database(request).read() as session:
        cursor = changelog.current_cursor(session)
    return JSONResponse(
        {
            "server_time": settings(request).clock().isoformat(),
            "device": {
                "id": device.id,
                "branch": {"code": device.branch_code, "name": device.branch_name},
                "role": device.role,
                "revoked": False,
            },
            "cursor": cursor,
        }
    )


@router.get("/documents/{record_id}")
def document(request: Request, record_id: str, device: Device) -> Response:
    """A case document's sealed PDF, for the devices its record is routed to."""
    reader = changelog.Reader(device.id, device.branch_id, device.role)
    content = documents.document_for(database(request), reader, record_id)
    if content is None:
        raise ApiError(404, "not_found", "No such document for this device.")
    return Response(content, media_type="application/pdf")
