"""Head office's own records: the product catalog and the shipped questionnaires and rule
packs, put into the change log (audience ``all``) so every device pulls them.

Publishing is idempotent: an unchanged item adds no change-log row.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.catalog import (
    CatalogFileError,
    ProductSpec,
    product_id_for,
    read_catalog_file,
    validate_rows,
)
from app.domain.rulepack import RulePackError
from app.resources import resources_root
from app.rulebook import check_published
from server import changelog
from server.db import Database
from server.models import Record
from server.records import change_of
from server.stores import locked_record
from server.tokens import payload_sha256, sha256_hex

RESOURCE_FOLDERS = ("questionnaires", "rulepacks")


class PublishError(ValueError):
    """Bad input, as one line naming the field (or the file) and the problem."""


def product_id(code: str) -> str:
    """The same id for a product code on every server and in every run."""
    return product_id_for(code)


def product_payload(spec: ProductSpec, catalog_version: str) -> dict[str, Any]:
    payload = asdict(spec)
    payload["min_amount"] = str(spec.min_amount)
    payload["documents"] = list(spec.documents)
    payload["id"] = product_id(spec.code)
    payload["catalog_version"] = catalog_version
    return payload


def catalog_items(path: Path) -> list[tuple[str, str, dict[str, Any]]]:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise PublishError(f"FILE: cannot read {path}: {exc.strerror}") from None
    try:
        version, rows = read_catalog_file(path.name, content)
    except CatalogFileError as exc:
        raise PublishError(f"FILE: {exc}") from None
    specs, errors = validate_rows(rows, first_row=2 if path.suffix.lower() == ".csv" else 1)
    if errors:
        extra = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise PublishError(f"{errors[0]}{extra}")
    if not specs:
        raise PublishError("FILE: the catalog holds no products")
    return [("product", product_id(s.code), product_payload(s, version)) for s in specs]


def resource_items(root: Path | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    base = root or resources_root()
    items = []
    for folder in RESOURCE_FOLDERS:
        for path in sorted((base / folder).rglob("*.json")):
            content = path.read_text("utf-8")
            try:
                json.loads(content)
            except json.JSONDecodeError as exc:
                raise PublishError(f"{path}: not valid JSON (line {exc.lineno})") from None
            relative = path.relative_to(base).as_posix()
            payload = {"path": relative, "sha256": sha256_hex(content), "content": content}
            items.append(("resource", relative, payload))
    if not items:
        raise PublishError(f"{base}: no questionnaires/*.json or rulepacks/*.json")
    # Devices use a published set only if it validates as a whole: check it here first,
    # as the app will (every pack with its overlays, every questionnaire).
    try:
        check_published({path: payload["content"] for _entity, path, payload in items})
    except RulePackError as exc:
        raise PublishError(str(exc)) from None
    return items


def publish(db: Database, items: list[tuple[str, str, dict[str, Any]]], now: datetime) -> int:
    """Store and log every new or changed item; returns how many were published."""
    with db.write() as session:
        changes = []
        for entity, entity_id, payload in items:
            record = locked_record(session, entity, entity_id)
            digest = payload_sha256(payload)
            if record is not None and record.payload_sha256 == digest and not record.deleted:
                continue
            if record is None:
                record = Record(
                    entity=entity,
                    entity_id=entity_id,
                    immutable=False,
                    version=0,
                    created_at=now,
                )
                session.add(record)
            record.payload, record.payload_sha256 = payload, digest
            record.version += 1
            record.deleted = False
            record.updated_at = now
            session.flush()
            changes.append(change_of(record, "upsert", None))
        changelog.append_changes(session, changes, now)
    return len(changes)
