"""What every service call gets: the open workspace and the signed-in actor.

A service function is one transaction and one audit event; :func:`audited` writes that
event (and the outbox row for synced entities) inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.domain.roles import Permission, Role, allows
from app.errors import PermissionDenied
from app.i18n import translate
from app.store.audit import append_event, enqueue
from app.store.engine import Database, DatabaseClosed
from app.store.home import DataHome
from app.store.keyvault import KeyVault

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as services see them."""

    user_id: str
    username: str
    display_name: str
    role: Role
    branch_id: str


@dataclass
class Workspace:
    """An unlocked data folder: the open database plus what is needed to lock and unlock."""

    home: DataHome
    vault: KeyVault
    db: Database
    device_id: str
    key: bytes | None = field(default=None, repr=False)
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """Today's date where the user works (the rules count calendar days there)."""
        return self.clock().astimezone(LOCAL_ZONE).date()

    def data_key(self) -> bytes:
        """The data key, held only while unlocked (new key slots are sealed from it)."""
        if self.key is None:
            raise DatabaseClosed("locked")
        return self.key

    def close(self) -> None:
        """Lock: close the database and forget the key."""
        self.db.close()
        self.key = None


def require(actor: Actor, permission: Permission) -> None:
    """Refuse the call unless the actor's role grants ``permission``."""
    if not allows(actor.role, permission):
        raise PermissionDenied(
            translate("Permissions", "Your role ({role}) may not do this: {permission}.").format(
                role=actor.role.value, permission=permission.value
            )
        )


def audited(
    session: Session,
    ws: Workspace,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: str | None,
    payload: Any,
    *,
    outbox: dict[str, Any] | None = None,
    op: str = "upsert",
) -> None:
    """Append the audit event (and the outbox row if ``outbox`` is given)."""
    now = ws.now()
    append_event(
        session,
        at=now,
        actor_id=actor.user_id if actor else None,
        action=action,
        entity=entity,
        entity_id=entity_id,
        device_id=ws.device_id,
        payload=payload,
    )
    if outbox is not None and entity_id is not None:
        enqueue(session, entity=entity, entity_id=entity_id, op=op, payload=outbox, at=now)
