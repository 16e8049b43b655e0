"""Request bodies (pydantic); answers are plain JSON built by the handlers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

UUID_TEXT = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
SHA256_TEXT = r"^[0-9a-fA-F]{64}$"


class EnrollBody(BaseModel):
    code: str = Field(min_length=1, max_length=100)
    device_id: str = Field(pattern=UUID_TEXT)
    device_name: str = Field(min_length=1, max_length=100)
    csr_pem: str = Field(min_length=1, max_length=20_000)
    schema_revision: str | None = Field(default=None, max_length=64)


class OpBody(BaseModel):
    op_id: str = Field(pattern=UUID_TEXT)
    seq: int = Field(ge=0)
    entity: str = Field(min_length=1, max_length=64)
    entity_id: str = Field(min_length=1, max_length=200)
    op: str = Field(min_length=1, max_length=16)
    payload: dict[str, Any]
    payload_sha256: str = Field(pattern=SHA256_TEXT)
    blobs: list[str] = Field(default_factory=list, max_length=100)


class PushBody(BaseModel):
    device_id: str = Field(pattern=UUID_TEXT)
    batch: list[OpBody]
