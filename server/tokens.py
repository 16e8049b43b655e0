"""Canonical JSON, SHA-256, device tokens and one-time enrollment codes."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from typing import Any

CODE_BYTES = 20  # 160 bits = 32 base32 characters = 8 groups of 4
TOKEN_BYTES = 32


# ``json.dumps`` with these arguments, without building an encoder per call.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(data: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 as is: what ``payload_sha256`` is computed over."""
    return _CANONICAL.encode(data)


def sha256_hex(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def payload_sha256(payload: Any) -> str:
    return sha256_hex(canonical_json(payload))


def new_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(TOKEN_BYTES)).rstrip(b"=").decode()


def new_enrollment_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalize_code(code: str) -> str:
    """What a person may type: any case, with or without dashes and spaces."""
    return "".join(ch for ch in code.upper() if ch not in "- ")
