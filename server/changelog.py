"""The change log devices pull: a cursor that never skips a row committed later.

Appends are serialised: on PostgreSQL every transaction takes a transaction-scoped advisory
lock right before it draws cursors and holds it until it commits; on SQLite there is only
one writer (``BEGIN IMMEDIATE``). Either way cursor order is commit order, so the committed
rows always form a prefix of the cursor sequence (gaps are rolled-back cursors, never rows
still to come). Pull reads the highest committed cursor first and then only rows up to it,
which is why it may safely move a device's cursor past rows meant for others.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Text, and_, cast, delete, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from server import bulk
from server.errors import ApiError
from server.models import ChangeLog, DeviceAdvisor, ServerState
from server.routing import ALL, BRANCH, OWNER

CHANGE_LOG_LOCK = 0x41445332  # "ADS2"
HORIZON_STATE = "change_log_horizon"


@dataclass(frozen=True)
class Change:
    entity: str
    entity_id: str
    op: str
    payload: dict[str, Any]
    version: int
    audience: str
    branch_id: int | None
    origin_device_id: str | None
    owner_device_id: str | None
    advisor_id: str | None


@dataclass(frozen=True)
class Reader:
    """The pulling device, as routing needs it."""

    device_id: str
    branch_id: int
    role: str


@dataclass(frozen=True)
class Page:
    changes: list[str]  # each change as JSON text
    cursor: int
    more: bool

    def body(self) -> bytes:
        """The answer to ``GET /sync/pull``."""
        more = "true" if self.more else "false"
        changes = ",".join(self.changes)
        return f'{{"changes":[{changes}],"cursor":{self.cursor},"more":{more}}}'.encode()


def serialise_appends(session: Session) -> None:
    """Hold the change-log lock until this transaction ends (PostgreSQL; SQLite needs none)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOG_LOCK})


def current_cursor(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(ChangeLog.cursor), 0))) or 0


def append_changes(session: Session, changes: Sequence[Change], now: datetime) -> int:
    """Append rows and return the cursor after them.

    Call it last in the transaction: the lock is held from here until commit.
    """
    if changes:
        serialise_appends(session)
        rows = [{**change.__dict__, "created_at": now} for change in changes]
        bulk.insert_rows(session, ChangeLog, rows)
    return current_cursor(session)


def _horizon(session: Session) -> int:
    value = session.get(ServerState, HORIZON_STATE)
    return int(value.value) if value else 0


def _visible_to(reader: Reader) -> Any:
    own_advisors = select(DeviceAdvisor.advisor_id).where(
        DeviceAdvisor.device_id == reader.device_id
    )
    owner = and_(
        ChangeLog.audience == OWNER,
        or_(
            ChangeLog.owner_device_id == reader.device_id,
            ChangeLog.advisor_id.in_(own_advisors),
        ),
    )
    audience = or_(ChangeLog.audience == ALL, owner)
    if reader.role == "supervisor":
        branch = and_(
            ChangeLog.audience.in_((OWNER, BRANCH)), ChangeLog.branch_id == reader.branch_id
        )
        audience = or_(audience, branch)
    not_own = or_(
        ChangeLog.origin_device_id.is_(None), ChangeLog.origin_device_id != reader.device_id
    )
    return and_(audience, not_own)


# A change as the device receives it; the payload as the database's JSON text, passed on as is.
_PULLED = (
    ChangeLog.cursor,
    ChangeLog.entity,
    ChangeLog.entity_id,
    ChangeLog.op,
    ChangeLog.version,
    cast(ChangeLog.payload, Text),
)


_json = json.JSONEncoder(ensure_ascii=False).encode


def _change_json(
    cursor: int, entity: str, entity_id: str, op: str, version: int, payload: str
) -> str:
    return (
        f'{{"cursor":{cursor},"entity":{_json(entity)},"entity_id":{_json(entity_id)},'
        f'"op":{_json(op)},"version":{version},"payload":{payload}}}'
    )


def pull(session: Session, reader: Reader, cursor: int, limit: int) -> Page:
    """Rows after ``cursor`` for this device; 410 if the cursor is behind the horizon.

    The rows are read window by window of cursors (the first as large as the page, each next
    one twice the last) until the page is full or ``high`` is reached. One query over
    ``(cursor, high]`` would be planned as a scan of every row up to ``high`` (the device's
    filter is estimated to match almost nothing), sorted, for every page: quadratic in the
    length of the log. Same rows either way.
    """
    if 0 < cursor < _horizon(session):
        raise ApiError(410, "refetch", "The server no longer keeps changes that old.")
    high = current_cursor(session)
    wanted = limit + 1
    rows: list[Any] = []
    start, window = cursor, wanted
    while start < high and len(rows) < wanted:
        stop = min(high, start + window)
        rows += session.execute(
            select(*_PULLED)
            .where(ChangeLog.cursor > start, ChangeLog.cursor <= stop, _visible_to(reader))
            .order_by(ChangeLog.cursor)
            .limit(wanted - len(rows))
        ).all()
        start, window = stop, window * 2
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [_change_json(*row) for row in rows]
    next_cursor = rows[-1].cursor if more else max(high, cursor)
    return Page(changes, next_cursor, more)


def compact(session: Session, through: int) -> int:
    """Drop rows up to ``through`` that a later row for the same record supersedes.

    Devices whose cursor is below the new horizon are told to re-fetch (410): what they
    missed can no longer be replayed in order, while a pull from 0 still gets every record's
    latest row.
    """
    newer = aliased(ChangeLog)
    superseded = exists().where(
        newer.entity == ChangeLog.entity,
        newer.entity_id == ChangeLog.entity_id,
        newer.cursor > ChangeLog.cursor,
    )
    result = session.execute(
        delete(ChangeLog).where(ChangeLog.cursor <= through, superseded),
        execution_options={"synchronize_session": False},
    )
    state = session.get(ServerState, HORIZON_STATE)
    if state is None:
        session.add(ServerState(key=HORIZON_STATE, value=str(through)))
    elif int(state.value) < through:
        state.value = str(through)
    return int(getattr(result, "rowcount", 0) or 0)


def visible_to(reader: Reader) -> Any:
    """The filter of change-log rows ``reader`` receives (as pull applies it)."""
    return _visible_to(reader)
