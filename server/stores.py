"""Where pushed operations find the records they touch.

:class:`LiveStore` asks the database on every lookup (one operation in its own savepoint);
:class:`BatchStore` reads and locks every record a batch may touch in one query up front.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from server.models import DeviceAdvisor, Record

# A record's case or client, by the payload field naming it: records follow their parent.
PARENTS = (("case", "case_id"), ("client", "client_id"))


def locked_record(session: Session, entity: str, entity_id: str) -> Record | None:
    return session.scalars(
        select(Record)
        .where(Record.entity == entity, Record.entity_id == entity_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()


class Store(Protocol):
    """Where :func:`apply_op` finds and keeps records (it never touches the session)."""

    def record(self, entity: str, entity_id: str) -> Record | None:
        """The record, locked for this transaction, or ``None``."""

    def parent(self, entity: str, entity_id: str) -> Record | None: ...

    def add(self, record: Record) -> None: ...

    def link(self, device_id: str, advisor_id: str) -> None:
        """Remember that an advisor works on a device (idempotent)."""


class LiveStore:
    """One query per lookup: for a single operation in its own savepoint."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, entity: str, entity_id: str) -> Record | None:
        return locked_record(self.session, entity, entity_id)

    def parent(self, entity: str, entity_id: str) -> Record | None:
        return self.session.get(Record, (entity, entity_id))

    def add(self, record: Record) -> None:
        self.session.add(record)
        self.session.flush()

    def link(self, device_id: str, advisor_id: str) -> None:
        if self.session.get(DeviceAdvisor, (device_id, advisor_id)) is None:
            self.session.add(DeviceAdvisor(device_id=device_id, advisor_id=advisor_id))


class BatchStore:
    """Every record a batch may touch, read (and locked) in one query up front."""

    def __init__(self, session: Session, keys: Iterable[tuple[str, str]], device_id: str) -> None:
        self.session = session
        wanted = sorted(set(keys))
        self.records: dict[tuple[str, str], Record] = {}
        if wanted:
            rows = session.scalars(
                select(Record)
                .where(tuple_(Record.entity, Record.entity_id).in_(wanted))
                .order_by(Record.entity, Record.entity_id)  # lock in one order: fewer deadlocks
                .with_for_update()
                .execution_options(populate_existing=True)
            )
            self.records = {(r.entity, r.entity_id): r for r in rows}
        self.links = set(
            session.scalars(
                select(DeviceAdvisor.advisor_id).where(DeviceAdvisor.device_id == device_id)
            )
        )

    def record(self, entity: str, entity_id: str) -> Record | None:
        return self.records.get((entity, entity_id))

    parent = record

    def add(self, record: Record) -> None:
        self.session.add(record)
        self.records[(record.entity, record.entity_id)] = record

    def link(self, device_id: str, advisor_id: str) -> None:
        if advisor_id not in self.links:
            self.links.add(advisor_id)
            self.session.add(DeviceAdvisor(device_id=device_id, advisor_id=advisor_id))


def keys_of(entity: str, entity_id: str, payload: dict[str, Any]) -> list[tuple[str, str]]:
    """The records applying this operation may read: its own and its case's or client's."""
    keys = [(entity, entity_id)]
    for parent_entity, key in PARENTS:
        parent_id = payload.get(key)
        if entity != parent_entity and isinstance(parent_id, str):
            keys.append((parent_entity, parent_id))
    return keys
