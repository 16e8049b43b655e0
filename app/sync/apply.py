"""Applying records from head office to the local tables, in the caller's transaction.

A record arrives either in a pull (another device's change, or head office's catalog,
calendar and resources) or in a push result (the merged record after this device's edit).
Rules:

- **Versions.** An editable record is applied only if its head-office ``version`` is newer
  than the one held (:class:`SyncVersion`): a slow pull never undoes a newer push result.
- **Signed records** are inserted once and never touched again.
- **Local edits win until they are sent.** Fields this device changed and has not pushed
  yet, and fields in an unresolved conflict, keep the local value; a record created here
  and not yet pushed is not touched at all.
- **References.** Everything a device receives belongs to its branch, so an unknown
  ``branch_id`` becomes this device's branch. An unknown user (a colleague on another
  device) gets a disabled placeholder that cannot sign in. A record whose client, case or
  product has not arrived yet waits in :class:`SyncDeferred` and is retried after each batch.
- Products match by ``code``, calendar days by ``day``. Peers never change a local user's
  role, name or status (a device could otherwise grant itself rights elsewhere): a known user
  only takes the new display name.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import KeyedColumnElement

from app.domain.identity import id_last4
from app.store.entities import ENTITY_MODELS, is_mutable, local_only_fields
from app.store.models import (
    Base,
    Branch,
    CalendarDay,
    Client,
    OutboxOp,
    Product,
    SalesCase,
    SyncConflict,
    SyncDeferred,
    SyncResource,
    SyncVersion,
    User,
)
from app.sync.wire import BadValue, column_value

log = logging.getLogger(__name__)

HEAD_OFFICE_ORIGIN = "head-office"
# Never applied from a pull: head office keeps them.
NOT_PULLED = frozenset({"branch", "device", "audit_event"})
# Records whose bytes travel apart (fetched before their page is applied, by SHA-256).
DOCUMENT = "case_document"
EVERY_FIELD = "*"


@dataclass(frozen=True)
class Change:
    entity: str
    entity_id: str
    op: str  # upsert | delete
    version: int
    payload: dict[str, Any]


def _noop_case(session: Session, case: SalesCase) -> None:
    return None


def _set_rating(
    session: Session, product: Product, risk_issuer: str, risk_distributor: str
) -> None:
    product.risk_issuer, product.risk_distributor = risk_issuer, risk_distributor


@dataclass
class Target:
    """This device, as arriving records need it, plus what services add to an arrival."""

    device_id: str
    branch_id: str
    now: datetime
    case_changed: Callable[[Session, SalesCase], None] = _noop_case
    # Sets a product's new rating (services re-match its holders and list clients to tell).
    rerate: Callable[[Session, Product, str, str], None] = _set_rating
    # Per transaction: fields with local edits not pushed yet, and fields in conflict.
    held_fields: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # Sealed PDFs fetched for the page being applied, by SHA-256 (verified).
    documents: dict[str, bytes] = field(default_factory=dict)
    # Per page: the versions held of its records (read in one go; 0: none held; a key not in
    # it is asked for), and whether any record waits for its parent (if not, nothing to
    # clear after each arrival).
    versions: dict[tuple[str, str], int] = field(default_factory=dict)
    deferred_waiting: bool = True
    # Per page: the page's records that were not here when it began (only these skip the
    # lookup; anything else — a deferred record retried, a placeholder made meanwhile — is
    # looked up), and the users and branches known to exist (filled as they are seen).
    absent: set[tuple[str, str]] = field(default_factory=set)
    known_refs: set[tuple[str, str]] = field(default_factory=set)


def load_held_fields(session: Session, target: Target) -> None:
    """Note every field whose local value must survive arrivals in this transaction."""
    held: dict[tuple[str, str], set[str]] = {}
    for entity, entity_id, op, payload in session.execute(
        select(OutboxOp.entity, OutboxOp.entity_id, OutboxOp.op, OutboxOp.payload).where(
            OutboxOp.sent_at.is_(None)
        )
    ):
        names = held.setdefault((entity, entity_id), set())
        if op == "update_fields":
            names.update(json.loads(payload).get("fields", {}))
        else:
            names.add(EVERY_FIELD)
    for entity, entity_id, name in session.execute(
        select(SyncConflict.entity, SyncConflict.entity_id, SyncConflict.field).where(
            SyncConflict.resolved_at.is_(None)
        )
    ):
        held.setdefault((entity, entity_id), set()).add(name)
    target.held_fields = held


def held_version(session: Session, entity: str, entity_id: str) -> int:
    row = session.get(SyncVersion, (entity, entity_id))
    return row.version if row is not None else 0


def hold_version(session: Session, entity: str, entity_id: str, version: int) -> None:
    row = session.get(SyncVersion, (entity, entity_id))
    if row is None:
        session.add(SyncVersion(entity=entity, entity_id=entity_id, version=version))
    elif version > row.version:
        row.version = version


def held_versions(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The versions held of ``keys`` (0: none held)."""
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    found: dict[tuple[str, str], int] = dict.fromkeys(keys, 0)
    for entity, ids in by_entity.items():
        for entity_id, version in session.execute(
            select(SyncVersion.entity_id, SyncVersion.version).where(
                SyncVersion.entity == entity, SyncVersion.entity_id.in_(ids)
            )
        ):
            found[(entity, entity_id)] = version
    return found


def hold_versions(session: Session, versions: dict[tuple[str, str], int]) -> None:
    """:func:`hold_version` for many records at once (one query per kind of record)."""
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in versions:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        held = {
            row.entity_id: row
            for row in session.scalars(
                select(SyncVersion).where(
                    SyncVersion.entity == entity, SyncVersion.entity_id.in_(ids)
                )
            )
        }
        for entity_id in ids:
            version = versions[(entity, entity_id)]
            row = held.get(entity_id)
            if row is None:
                session.add(SyncVersion(entity=entity, entity_id=entity_id, version=version))
            elif version > row.version:
                row.version = version


def apply_change(session: Session, change: Change, target: Target) -> str:
    """Apply one record; returns ``applied``, ``held`` (older, or kept local), ``deferred``,
    ``ignored`` or ``bad``."""
    if change.entity == "resource":
        return _resource(session, change, target)
    model = ENTITY_MODELS.get(change.entity)
    if model is None or change.entity in NOT_PULLED:
        return "ignored"
    if change.entity == DOCUMENT and change.op == "upsert":
        if session.get(model, change.entity_id) is not None:
            return "held"  # sealed: stored once
        if document_sha256(change) not in target.documents:
            # Its PDF did not come (yet): it waits, and the next pull asks for it again.
            _defer(session, change, target)
            return "deferred"
    mutable = is_mutable(change.entity)
    key = (change.entity, change.entity_id)
    if mutable:
        held = (
            target.versions[key]
            if key in target.versions
            else held_version(session, change.entity, change.entity_id)
        )
        if held >= change.version:
            return "held"
    try:
        with session.begin_nested():
            outcome = _write(session, model, change, target)
            session.flush()
    except IntegrityError:
        target.known_refs.clear()  # the savepoint took back what it made (a placeholder user)
        _defer(session, change, target)
        return "deferred"
    except BadValue as exc:
        target.known_refs.clear()
        log.warning("pulled %s %s not applied: %s", change.entity, change.entity_id, exc)
        return "bad"
    if mutable and outcome != "held":
        if target.versions.get(key) == 0:  # none held when the page began, none added since
            session.add(SyncVersion(entity=key[0], entity_id=key[1], version=change.version))
        else:
            hold_version(session, change.entity, change.entity_id, change.version)
        if key in target.versions:
            target.versions[key] = max(target.versions[key], change.version)
    if target.deferred_waiting:
        session.execute(
            delete(SyncDeferred).where(
                SyncDeferred.entity == change.entity, SyncDeferred.entity_id == change.entity_id
            )
        )
    return outcome


def document_sha256(change: Change) -> str:
    digest = change.payload.get("sha256")
    return digest.lower() if isinstance(digest, str) else ""


def retry_deferred(session: Session, target: Target) -> int:
    """Apply waiting records whose parents have arrived; returns how many applied."""
    applied = 0
    progress = True
    while progress:
        progress = False
        for row in session.scalars(select(SyncDeferred).order_by(SyncDeferred.deferred_at)).all():
            change = Change(row.entity, row.entity_id, row.op, row.version, json.loads(row.payload))
            session.delete(row)
            session.flush()
            if apply_change(session, change, target) == "applied":
                applied += 1
                progress = True
    return applied


def _defer(session: Session, change: Change, target: Target) -> None:
    target.deferred_waiting = True
    row = session.get(SyncDeferred, (change.entity, change.entity_id))
    if row is not None and row.version > change.version:
        return
    if row is None:
        row = SyncDeferred(entity=change.entity, entity_id=change.entity_id)
        session.add(row)
    row.op, row.version, row.deferred_at = change.op, change.version, target.now
    row.payload = json.dumps(change.payload, ensure_ascii=False, sort_keys=True)
    session.flush()


def _resource(session: Session, change: Change, target: Target) -> str:
    row = session.get(SyncResource, change.entity_id)
    if row is not None and row.version >= change.version:
        return "held"
    content, digest = change.payload.get("content"), change.payload.get("sha256")
    if not isinstance(content, str) or not isinstance(digest, str):
        return "bad"
    if row is None:
        row = SyncResource(path=change.entity_id)
        session.add(row)
    row.sha256, row.content, row.version, row.received_at = (
        digest,
        content,
        change.version,
        target.now,
    )
    return "applied"


def _find(session: Session, model: type[Base], change: Change, target: Target) -> Any:
    key = (change.entity, change.entity_id)
    row = None
    if key not in target.absent:
        row = session.get(model, change.entity_id)
    if row is not None:
        return row
    if model is Product and isinstance(change.payload.get("code"), str):
        return session.scalars(
            select(Product).where(Product.code == change.payload["code"])
        ).first()
    if model is CalendarDay and change.payload.get("day"):
        day = column_value(CalendarDay.__table__.c.day, change.payload["day"])
        return session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
    return None


def _values(session: Session, model: type[Base], change: Change, target: Target) -> dict[str, Any]:
    skip = local_only_fields(change.entity)
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.key in skip or column.key not in change.payload:
            continue
        values[column.key] = _reference(
            session, column, column_value(column, change.payload[column.key]), target
        )
    return values


def _reference(
    session: Session, column: KeyedColumnElement[Any], value: Any, target: Target
) -> Any:
    if value is None:
        return None
    for key in column.foreign_keys:
        table = key.column.table.name
        if table not in ("branches", "users") or (table, value) in target.known_refs:
            continue
        if table == "branches" and session.get(Branch, value) is None:
            return target.branch_id
        if table == "users":
            _ensure_user(session, str(value), target)
        target.known_refs.add((table, value))
    return value


def _stamps(change: Change, target: Target) -> dict[str, Any]:
    created = change.payload.get("created_at")
    updated = change.payload.get("updated_at")
    origin = change.payload.get("origin_device_id")
    return {
        "id": change.entity_id,
        "version": 1,
        "created_at": column_value(Client.__table__.c.created_at, created) or target.now,
        "updated_at": column_value(Client.__table__.c.updated_at, updated) or target.now,
        "origin_device_id": origin if isinstance(origin, str) else HEAD_OFFICE_ORIGIN,
    }


def _ensure_user(session: Session, user_id: str, target: Target) -> None:
    """A colleague from another device: a disabled placeholder until their record arrives."""
    target.absent.discard(("user", user_id))  # from now on it is here
    if session.get(User, user_id) is not None:
        return
    session.add(
        User(
            id=user_id,
            username=_free_username(session, f"remote-{user_id}", user_id),
            display_name="",
            role="advisor",
            branch_id=target.branch_id,
            disabled=True,
            version=1,
            created_at=target.now,
            updated_at=target.now,
            origin_device_id=HEAD_OFFICE_ORIGIN,
        )
    )
    session.flush()


def _free_username(session: Session, wanted: str, user_id: str) -> str:
    taken = session.scalars(select(User.id).where(User.username == wanted)).first()
    if taken is None or taken == user_id:
        return wanted[:64]
    return f"{wanted[:55]}@{user_id[:8]}"


def derive_fields(entity: str, row: Any) -> None:
    """Recompute what a record derives from its other fields (a client's search name…)."""
    if entity == "client":
        row.name_search = row.name.casefold()
        row.id_last4 = id_last4(row.id_number)


def _write(session: Session, model: type[Base], change: Change, target: Target) -> str:
    row = _find(session, model, change, target)
    entity = change.entity
    if change.op == "delete":
        if row is not None and is_mutable(entity) and row.deleted_at is None:
            row.deleted_at = target.now
            return "applied"
        return "held"
    if row is not None and not is_mutable(entity):
        return "held"  # signed: stored once
    values = _values(session, model, change, target)
    if row is None:
        return _insert(session, model, change, target, values)
    if entity == "user":
        values = _user_update(session, row, values)
    held = target.held_fields.get((entity, row.id), set())
    if EVERY_FIELD in held:
        return "held"
    if entity == "product":
        _rerate(session, row, values, target)
    changed = False
    for name, value in values.items():
        if name not in held and getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if not changed:
        return "applied"
    derive_fields(entity, row)
    row.updated_at = target.now
    if isinstance(row, SalesCase):
        session.flush()
        target.case_changed(session, row)
    return "applied"


def _user_update(session: Session, user: User, values: dict[str, Any]) -> dict[str, Any]:
    """A placeholder takes the colleague's record (still disabled); a real local user only
    the display name."""
    if user.origin_device_id == HEAD_OFFICE_ORIGIN and user.disabled:
        wanted = str(values.get("username") or user.username)
        values["username"] = _free_username(session, wanted, user.id)
        values["disabled"] = True
        values.pop("branch_id", None)
        return values
    return {"display_name": values["display_name"]} if "display_name" in values else {}


def _rerate(session: Session, product: Product, values: dict[str, Any], target: Target) -> None:
    issuer = values.pop("risk_issuer", product.risk_issuer)
    distributor = values.pop("risk_distributor", product.risk_distributor)
    if (issuer, distributor) != (product.risk_issuer, product.risk_distributor):
        target.rerate(session, product, issuer, distributor)


def _insert(
    session: Session, model: type[Base], change: Change, target: Target, values: dict[str, Any]
) -> str:
    if change.entity == DOCUMENT:
        values["content"] = target.documents[document_sha256(change)]
    if change.entity == "user":
        values["username"] = _free_username(
            session, str(values.get("username") or "remote"), change.entity_id
        )
        values["disabled"] = True  # signs in only on the devices that hold their key slot
    row = model(**{**values, **_stamps(change, target)})
    derive_fields(change.entity, row)
    session.add(row)
    session.flush()
    target.absent.discard((change.entity, change.entity_id))
    if isinstance(row, SalesCase):
        target.case_changed(session, row)
    return "applied"
