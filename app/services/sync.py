"""Head-office sync: enroll the device, push and pull, what needs attention, conflicts.

Safe from a background thread while the GUI works: network calls run outside any
transaction, and each batch is one short write transaction. One sync at a time per
database (a second call meanwhile gets :class:`SyncFailed` ``busy``). Nothing here logs
personal data.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, select

from app.domain.roles import Permission
from app.errors import FieldError, NotFound, UserError, ValidationFailed
from app.i18n import translate
from app.services import published_rules, sync_conflicts
from app.services.catalog import rerate_holders
from app.services.context import Actor, Workspace, audited, require
from app.services.device_keys import install_issued_credentials
from app.services.review_flags import index_flags
from app.services.sync_conflicts import ConflictView
from app.store.migrate import head_revision
from app.store.models import Device, SyncDeferred, SyncRejection, SyncState, SyncVersion
from app.sync import protocol
from app.sync.apply import Target
from app.sync.enroll import BadCertificate, issued_credentials, key_and_request
from app.sync.pull import STATE_ID, pull_changes
from app.sync.push import push_outbox, unsent_count

HEAD_OFFICE_ISSUER = "head_office"
_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


class SyncFailed(UserError):
    """The sync stopped; ``code``: offline, revoked, unauthorized, update_required,
    not_enrolled, busy, or head office's own error code. Unsent data is kept."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class EnrollResult:
    server_url: str
    branch_code: str
    branch_name: str
    role: str
    certificate_fingerprint: str
    certificate_expires: datetime


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    duplicates: int
    conflicts: int
    rejected: int
    unsent: int

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    branch_code: str
    branch_name: str
    role: str
    online: bool  # at the last attempt
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error_code: str
    last_error_message: str
    unsent: int
    needs_attention: int
    open_conflicts: int
    revoked: bool
    update_required: bool
    # Why head office's published questionnaires and rule packs are not in use ("" if fine).
    rules_problem: str = ""


@dataclass(frozen=True)
class RejectedOp:
    op_id: str
    entity: str
    entity_id: str
    op: str
    reason: str
    rejected_at: datetime
    title: str = ""  # what the record is, for people (a client's name); may be empty


def connect(server_url: str, token: str | None) -> protocol.HeadOffice:
    """The connection to head office (tests replace it to put faults on the wire)."""
    return protocol.HeadOffice(server_url, schema_revision=head_revision(), token=token)


def _message(exc: protocol.SyncError) -> str:
    messages = {
        "offline": translate(
            "Sync",
            "Head office cannot be reached; your data stays on this device and is sent later.",
        ),
        "server_error": translate(
            "Sync", "Head office had a problem; your data stays on this device and is sent later."
        ),
        "revoked": translate(
            "Sync",
            "Head office revoked this device. Nothing more is sent; unsent data stays here.",
        ),
        "unauthorized": translate(
            "Sync", "Head office no longer accepts this device's token: enroll it again."
        ),
        "update_required": translate(
            "Sync", "Update the app: head office no longer accepts this version."
        ),
        "bad_code": translate("Sync", "The enrollment code is wrong, already used or expired."),
    }
    return messages.get(
        exc.code, translate("Sync", "Head office refused: {reason}").format(reason=exc.message)
    )


def _check_url(server_url: str) -> str:
    url = server_url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        message = translate("Sync", "Enter the head-office address, like https://sync.example.com.")
        raise ValidationFailed([FieldError("server_url", "URL_INVALID", message)])
    return url


def enroll(ws: Workspace, actor: Actor, server_url: str, code: str) -> EnrollResult:
    """Enroll this device with a one-time code: store the token, head office's CA and the
    certificate it issued, which seals from now on."""
    require(actor, Permission.SETTINGS_MANAGE)
    url = _check_url(server_url)
    if not code.strip():
        message = translate("Sync", "Enter the enrollment code from head office.")
        raise ValidationFailed([FieldError("code", "REQUIRED", message)])
    lock = _lock(ws)
    if not lock.acquire(blocking=False):
        raise SyncFailed(
            "busy", translate("Sync", "A sync is running; enroll when it has finished.")
        )
    try:
        return _enroll(ws, actor, url, code.strip())
    finally:
        lock.release()


def _enroll(ws: Workspace, actor: Actor, url: str, code: str) -> EnrollResult:
    with ws.db.reading() as session:
        device = session.get(Device, ws.device_id)
        device_name = device.name if device else ws.device_id
    request = key_and_request(device_name)
    body = {
        "code": code,
        "device_id": ws.device_id,
        "device_name": device_name,
        "csr_pem": request.csr_pem,
        "schema_revision": head_revision(),
    }
    try:
        with connect(url, None) as office:
            answer = office.enroll(body)
        creds = issued_credentials(
            request.key_pem, answer["certificate_pem"], answer["ca_certificate_pem"]
        )
        branch, role, token = answer["branch"], str(answer["role"]), str(answer["device_token"])
    except protocol.SyncError as exc:
        raise SyncFailed(exc.code, _message(exc)) from None
    except (KeyError, TypeError, BadCertificate):
        raise SyncFailed(
            "bad_answer", translate("Sync", "Head office sent an unusable certificate; try again.")
        ) from None
    with ws.db.writing() as session:
        install_issued_credentials(session, ws, creds, HEAD_OFFICE_ISSUER)
        state = session.get(SyncState, STATE_ID)
        if state is None or state.server_url != url:
            # Another head office: its cursor and record versions mean nothing here.
            session.execute(delete(SyncVersion))
            session.execute(delete(SyncDeferred))
            state = state or SyncState(id=STATE_ID)
            state.cursor = 0
            session.add(state)
        state.server_url, state.device_token = url, token
        state.ca_cert_pem = str(answer["ca_certificate_pem"])
        state.branch_code, state.branch_name = str(branch["code"]), str(branch["name"])
        state.role, state.enrolled_at = role, ws.now()
        state.revoked = state.update_required = state.online = False
        state.last_error_code = state.last_error_message = ""
        audited(
            session,
            ws,
            actor,
            "sync.enroll",
            "device",
            ws.device_id,
            {
                "server": url,
                "branch": state.branch_code,
                "role": role,
                "fingerprint": creds.fingerprint_sha256,
            },
        )
    return EnrollResult(
        url,
        state.branch_code,
        state.branch_name,
        role,
        creds.fingerprint_sha256,
        creds.certificate.not_valid_after_utc,
    )


def _lock(ws: Workspace) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(ws.db.path.resolve(), threading.Lock())


def _target(ws: Workspace, actor: Actor, branch_id: str) -> Target:
    return Target(
        device_id=ws.device_id,
        branch_id=branch_id,
        now=ws.now(),
        case_changed=index_flags,
        rerate=lambda session, product, issuer, distributor: rerate_holders(
            session, ws, actor, product, issuer, distributor
        ),
    )


def _finish(ws: Workspace, *, error: protocol.SyncError | None) -> None:
    with ws.db.writing() as session:
        state = session.get(SyncState, STATE_ID)
        if state is None:
            return
        now = ws.now()
        state.last_attempt_at = now
        state.online = error is None or error.code not in ("offline", "server_error")
        state.revoked = error is not None and error.code == "revoked"
        state.update_required = error is not None and error.code == "update_required"
        state.last_error_code = error.code if error else ""
        state.last_error_message = _message(error)[:500] if error else ""
        if error is None:
            state.last_success_at = now


def sync_once(ws: Workspace, actor: Actor, *, server_url: str | None = None) -> SyncReport:
    """Push every unsent change, then pull head office's changes; raises :class:`SyncFailed`
    (having recorded why) if it stops. ``server_url`` moves an enrolled device to another
    address of the same head office (administrators)."""
    require(actor, Permission.SYNC)
    lock = _lock(ws)
    if not lock.acquire(blocking=False):
        raise SyncFailed("busy", translate("Sync", "A sync is already running."))
    try:
        with ws.db.writing() as session:
            state = session.get(SyncState, STATE_ID)
            if state is None:
                raise SyncFailed(
                    "not_enrolled",
                    translate("Sync", "This device is not enrolled with head office yet."),
                )
            if server_url is not None and _check_url(server_url) != state.server_url:
                require(actor, Permission.SETTINGS_MANAGE)
                state.server_url = _check_url(server_url)
            url, token = state.server_url, state.device_token
            branch_id = session.scalar(select(Device.branch_id).where(Device.id == ws.device_id))
        target = partial(_target, ws, actor, branch_id or "")
        try:
            with connect(url, token) as office:
                pushed = push_outbox(ws.db, office, ws.device_id, target, actor.user_id)
                pulled = pull_changes(ws.db, office, target, actor.user_id)
        except protocol.SyncError as exc:
            _finish(ws, error=exc)
            raise SyncFailed(exc.code, _message(exc)) from None
        _finish(ws, error=None)
        if pulled.pulled:
            with ws.db.writing() as session:
                published_rules.adopt(
                    session, device_id=ws.device_id, actor_id=actor.user_id, now=ws.now()
                )
        with ws.db.reading() as session:
            unsent = unsent_count(session)
        return SyncReport(
            pushed.pushed,
            pulled.pulled,
            pushed.duplicates,
            pushed.conflicts,
            pushed.rejected,
            unsent,
        )
    finally:
        lock.release()


def sync_status(ws: Workspace, actor: Actor) -> SyncStatus:
    """What the status bar shows: enrolled, online at the last attempt, unsent count…"""
    require(actor, Permission.SYNC)
    with ws.db.reading() as session:
        state = session.get(SyncState, STATE_ID)
        unsent = unsent_count(session)
        rejected = len(sync_conflicts.refusals(session, actor))
        open_conflicts = len(sync_conflicts.visible(session, actor))
    if state is None:
        return SyncStatus(
            False,
            "",
            "",
            "",
            "",
            False,
            None,
            None,
            "",
            "",
            unsent,
            rejected,
            open_conflicts,
            False,
            False,
            published_rules.problem(),
        )
    return SyncStatus(
        True,
        state.server_url,
        state.branch_code,
        state.branch_name,
        state.role,
        state.online,
        state.last_attempt_at,
        state.last_success_at,
        state.last_error_code,
        state.last_error_message,
        unsent,
        rejected,
        open_conflicts,
        state.revoked,
        state.update_required,
        published_rules.problem(),
    )


def needs_attention(ws: Workspace, actor: Actor) -> list[RejectedOp]:
    """Changes head office refused for good, newest first, with its reason."""
    require(actor, Permission.SYNC)
    with ws.db.reading() as session:
        return [
            RejectedOp(
                r.op_id,
                r.entity,
                r.entity_id,
                r.op,
                r.reason,
                r.rejected_at,
                sync_conflicts.record_title(session, r.entity, r.entity_id),
            )
            for r in sync_conflicts.refusals(session, actor)
        ]


def dismiss_rejection(ws: Workspace, actor: Actor, op_id: str) -> None:
    """Take a refused change off the "needs attention" list once someone has dealt with it.

    The audit trail keeps which change it was and head office's reason; the change itself
    stays in the outbox's history.
    """
    require(actor, Permission.SYNC)
    with ws.db.writing() as session:
        row = session.get(SyncRejection, op_id)
        if row is None or not sync_conflicts.may_handle(
            session, actor, row.entity, row.entity_id, ""
        ):
            raise NotFound(translate("Sync", "This refused change is no longer on the list."))
        audited(
            session,
            ws,
            actor,
            "sync.rejection_dismiss",
            row.entity,
            row.entity_id,
            {"op_id": row.op_id, "op": row.op, "reason": row.reason[:200]},
        )
        session.delete(row)


def conflicts(ws: Workspace, actor: Actor) -> list[ConflictView]:
    """Open conflicts this user may resolve, oldest first."""
    require(actor, Permission.SYNC)
    with ws.db.reading() as session:
        return [
            sync_conflicts.view_of(session, row) for row in sync_conflicts.visible(session, actor)
        ]


def resolve_conflict(
    ws: Workspace, actor: Actor, conflict_id: str, choice: str, value: Any = None
) -> None:
    """Resolve one conflict: ``mine`` (send this device's value again, over head office's),
    ``theirs`` (take head office's value here), or ``edit`` (send ``value``, a JSON value as
    the conflict shows them). One audit event."""
    require(actor, Permission.SYNC)
    if choice not in sync_conflicts.CHOICES:
        message = translate("Sync", "Choose mine, theirs or edit.")
        raise ValidationFailed([FieldError("choice", "CHOICE_INVALID", message)])
    with ws.db.writing() as session:
        sync_conflicts.resolve_in(session, ws, actor, conflict_id, choice, value)
