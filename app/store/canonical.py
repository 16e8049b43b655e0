"""Canonical JSON: what audit payload hashes, outbox rows and head office's hashes are over."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"not serialisable: {type(value).__name__}")


def canonical_json(data: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, Decimal and dates as strings."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    )
