"""Inserting many new rows at once: ``COPY`` on PostgreSQL, one ``executemany`` on SQLite.

A push writes three rows per operation (``records``, ``ops``, ``change_log``). Through the
ORM's unit of work (or a Core ``executemany``) they cost ~0.5 ms per operation on loopback,
most of it in Python; ``COPY`` of the same rows ~0.15 ms. The rows go into
the session's own transaction (and savepoint), and a refused row fails the whole insert as
SQLAlchemy's :class:`~sqlalchemy.exc.IntegrityError` or :class:`~sqlalchemy.exc.DataError`,
as a flush would, so callers keep their fallbacks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, cast

import psycopg
from psycopg import sql
from sqlalchemy import JSON, Table, insert
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from server.models import Base

_JSON_TEXTS = "server.bulk.json_texts"


def remember_json(session: Session, value: Any, text: str) -> None:
    """Note ``text`` as the JSON of ``value`` (say, the canonical JSON its hash was computed
    over) for this session's bulk inserts, so it is not serialised again. ``value`` must not
    change afterwards."""
    texts: dict[int, tuple[Any, str]] = session.info.setdefault(_JSON_TEXTS, {})
    texts[id(value)] = (value, text)  # holding ``value`` keeps its id from being reused


def _known(texts: dict[int, tuple[Any, str]], value: Any) -> str | None:
    found = texts.get(id(value))
    return found[1] if found is not None and found[0] is value else None


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder


def _json_text(texts: dict[int, tuple[Any, str]], value: Any) -> str | None:
    """``value`` as JSON, its known parts (say, the record in an op's result) as noted."""
    if value is None:
        return None
    known = _known(texts, value)
    if known is not None:
        return known
    if (
        isinstance(value, dict)
        and all(isinstance(key, str) for key in value)
        and any(_known(texts, item) is not None for item in value.values())
    ):
        parts = (
            f"{_dumps(key)}:{_known(texts, item) or _dumps(item)}" for key, item in value.items()
        )
        return "{" + ",".join(parts) + "}"
    return _dumps(value)


def insert_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) into ``model``'s table, in the session's
    transaction."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    if session.get_bind().dialect.name != "postgresql":
        session.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    is_json = [isinstance(table.c[name].type, JSON) for name in columns]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    texts = session.info.get(_JSON_TEXTS, {})
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        # Rows are sent while the next ones are made (psycopg flushes its buffer as it fills).
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(
                    [
                        _json_text(texts, row[name]) if json_column else row[name]
                        for name, json_column in zip(columns, is_json, strict=True)
                    ]
                )
    except psycopg.IntegrityError as exc:
        raise IntegrityError(f"COPY {table.name}", None, exc) from exc
    except (psycopg.DataError, UnicodeEncodeError) as exc:
        raise DataError(f"COPY {table.name}", None, exc) from exc
