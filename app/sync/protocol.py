"""The head-office protocol over HTTP (``server/PROTOCOL.md``): timeouts, retries, errors.

Every request the client makes is safe to send again: a push is applied exactly once by
``op_id``, a blob PATCH names its offset, a pull names its cursor. So a request whose answer
was lost (timeout, reset connection, a 502/503/504 from a proxy) is resent a few times with
growing pauses before the sync gives up as :class:`Offline` — and since outbox rows are
marked sent only after their answer is read, giving up loses nothing. Enrollment is the
exception: its one-time code is used up by the first request that arrives, so only a
request that never left (a refused connection) is tried again.

No personal data is logged: only entities, counts and status codes.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx2

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx2.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every connection (building one reads the CA bundle: ~0.1 s)."""
    return httpx2.create_ssl_context()


RETRY_STATUSES = frozenset({500, 502, 503, 504})


class SyncError(Exception):
    """Head office could not be used; ``code`` says why (the app translates by code)."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class Offline(SyncError):
    """No answer (network down, timeouts, head office restarting) after the retries."""

    code = "offline"


class Unauthorized(SyncError):
    """401: the device token is missing, unknown or expired (enroll again)."""

    code = "unauthorized"


class Revoked(SyncError):
    """403 revoked: head office revoked this device; its unsent data stays here."""

    code = "revoked"


class UpdateRequired(SyncError):
    """426: this app's database schema is too old for head office."""

    code = "update_required"


class Refetch(SyncError):
    """410: the cursor lies behind head office's compacted change log; pull from 0."""

    code = "refetch"


class Refused(SyncError):
    """Any other answer head office gives to a request it will not carry out."""


@dataclass(frozen=True)
class Retry:
    attempts: int = 4
    first_pause_s: float = 0.5
    max_pause_s: float = 8.0

    def pause(self, attempt: int) -> float:
        return float(min(self.first_pause_s * 2**attempt, self.max_pause_s))


@dataclass(frozen=True)
class BlobState:
    received: int
    complete: bool


def _body(response: httpx2.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _error(response: httpx2.Response) -> SyncError:
    body = _body(response)
    code = str(body.get("error") or f"http_{response.status_code}")
    message = str(body.get("message") or response.reason_phrase or code)
    status = response.status_code
    if status == 401:
        return Unauthorized(message)
    if status == 403 and code == "revoked":
        return Revoked(message)
    if status == 426:
        return UpdateRequired(message)
    if status == 410:
        return Refetch(message)
    if status >= 500:
        return Offline(f"head office answered {status}: {message}", code="server_error")
    return Refused(message, code=code)


class HeadOffice:
    """One connection to the sync service at ``base_url``."""

    def __init__(
        self,
        base_url: str,
        *,
        schema_revision: str,
        token: str | None = None,
        timeout: httpx2.Timeout = DEFAULT_TIMEOUT,
        retry: Retry | None = None,
        transport: httpx2.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        headers = {"X-Schema-Revision": schema_revision}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.retry = retry or Retry()
        self._sleep = sleep
        self._http = httpx2.Client(
            base_url=base_url.rstrip("/"),
            headers=headers,
            timeout=timeout,
            transport=transport,
            verify=_tls(),
        )

    def __enter__(self) -> HeadOffice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _send(
        self,
        method: str,
        path: str,
        *,
        resend: bool = True,
        ok: tuple[int, ...] = (200,),
        **kwargs: Any,
    ) -> httpx2.Response:
        problem = "no attempt"
        for attempt in range(self.retry.attempts):
            if attempt:
                self._sleep(self.retry.pause(attempt - 1))
            try:
                response = self._http.request(method, path, **kwargs)
            except httpx2.TransportError as exc:
                problem = type(exc).__name__
                log.info("%s %s: %s (attempt %d)", method, path, problem, attempt + 1)
                if not resend and not isinstance(exc, httpx2.ConnectError):
                    break  # it may have arrived: sending it again could fail where it worked
                continue
            if response.status_code in ok:
                return response
            if response.status_code in RETRY_STATUSES and resend:
                problem = f"HTTP {response.status_code}"
                log.info("%s %s: %s (attempt %d)", method, path, problem, attempt + 1)
                continue
            raise _error(response)
        raise Offline(f"head office did not answer ({problem})")

    def enroll(self, body: dict[str, Any]) -> dict[str, Any]:
        """``POST /sync/enroll`` (no token); sent again only if it never left."""
        return _body(self._send("POST", "/sync/enroll", json=body, resend=False, ok=(201,)))

    def status(self) -> dict[str, Any]:
        return _body(self._send("GET", "/sync/status"))

    def push(self, device_id: str, batch: list[dict[str, Any]]) -> dict[str, Any]:
        answer = _body(
            self._send("POST", "/sync/push", json={"device_id": device_id, "batch": batch})
        )
        if not isinstance(answer.get("results"), list):
            raise Refused("head office's push answer has no results", code="bad_answer")
        return answer

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        answer = _body(self._send("GET", "/sync/pull", params={"cursor": cursor, "limit": limit}))
        if not isinstance(answer.get("changes"), list) or not isinstance(answer.get("cursor"), int):
            raise Refused("head office's pull answer has no changes", code="bad_answer")
        return answer

    def document(self, record_id: str) -> bytes | None:
        """``GET /sync/documents/{id}``: the sealed PDF of a case document this device may
        see, or ``None`` if head office has no such document for it."""
        response = self._send("GET", f"/sync/documents/{record_id}", ok=(200, 404))
        return None if response.status_code == 404 else response.content

    def blob_state(self, sha256: str) -> BlobState | None:
        """How much of a blob head office holds, or ``None`` if none of it."""
        response = self._send("HEAD", f"/sync/blobs/{sha256}", ok=(200, 404))
        if response.status_code == 404:
            return None
        return BlobState(
            int(response.headers.get("Upload-Offset", "0")),
            response.headers.get("Upload-Complete") == "1",
        )

    def blob_append(self, sha256: str, offset: int, chunk: bytes, length: int) -> int:
        """PATCH one chunk at ``offset``; returns head office's offset afterwards (also when
        it already had more: a resent chunk whose first answer was lost)."""
        response = self._send(
            "PATCH",
            f"/sync/blobs/{sha256}",
            content=chunk,
            headers={
                "Upload-Offset": str(offset),
                "Upload-Length": str(length),
                "Content-Type": "application/offset+octet-stream",
            },
            ok=(204, 409),
        )
        return int(response.headers.get("Upload-Offset", "0"))
