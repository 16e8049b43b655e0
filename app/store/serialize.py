"""Rows as plain dictionaries (for outbox payloads and audit payload hashes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect


def row_dict(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {column.key: getattr(obj, column.key) for column in mapper.column_attrs}
