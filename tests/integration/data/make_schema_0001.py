"""Build ``schema_0001.db``: an encrypted client database exactly as revision 0001 wrote it.

The file is committed and test_migrations.py upgrades a copy of it with the current code, so
every later migration is tested against real data in the first schema — and the audit chain
written by the first release must still verify. Run once (from the repository root):

    uv run python tests/integration/data/make_schema_0001.py

Re-running replaces the file with an equivalent one (SQLCipher salts differ, content is the
same). Everything here is frozen on purpose: the schema is migrated only to ``0001`` (not
head), rows are inserted with raw SQL naming 0001's columns, and the audit hashes are
computed by the v1 chain format written out below, not by ``app.store.audit`` — so later
changes to the models or the hashing code cannot silently change this fixture.

The data key is a fixed, test-only key (``SCHEMA_0001_KEY_HEX`` in test_migrations.py). The
people in it are made up.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from app.store.engine import create_encrypted_engine, raw_connect, writer  # noqa: E402
from app.store.migrate import current_revision, upgrade_connection  # noqa: E402
from tests.integration.test_migrations import (  # noqa: E402
    SCHEMA_0001,
    SCHEMA_0001_KEY_HEX,
    SCHEMA_0001_ROWS,
)

GENESIS = "0" * 64
BRANCH, DEVICE, ADMIN, ADVISOR, CLIENT = (
    SCHEMA_0001_ROWS[k] for k in ("branch", "device", "admin", "advisor", "client")
)
CLIENT_NAME = str(SCHEMA_0001_ROWS["client_name"])
CLIENT_ID_NUMBER = str(SCHEMA_0001_ROWS["client_id_number"])
T = "2026-01-05T01:02:03.{:06d}Z"  # UTCDateTime's stored form


def chain_v1(event: dict[str, object]) -> str:
    """Audit chain format v1: SHA-256 of the sorted, compact, non-ASCII JSON of the fields.

    ``at`` enters as Python's ``isoformat()`` of the aware UTC instant (``+00:00``; no
    fraction when the microseconds are zero).
    """
    at = datetime.strptime(str(event["at"]), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    body = {
        key: event[key]
        for key in (
            "id",
            "actor_id",
            "action",
            "entity",
            "entity_id",
            "device_id",
            "payload_hash",
            "prev_hash",
        )
    }
    body["at"] = at.isoformat()
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sync(row_id: str, micros: int) -> dict[str, object]:
    return {
        "id": row_id,
        "created_at": T.format(micros),
        "updated_at": T.format(micros),
        "version": 1,
        "origin_device_id": DEVICE,
        "deleted_at": None,
    }


def main() -> None:
    key = bytes.fromhex(SCHEMA_0001_KEY_HEX)
    SCHEMA_0001.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{SCHEMA_0001}{suffix}").unlink(missing_ok=True)
    engine = writer(create_encrypted_engine(SCHEMA_0001, key))
    with engine.connect() as conn:
        upgrade_connection(conn, "0001")
    assert current_revision(engine) == "0001"
    engine.dispose()

    rows: list[tuple[str, dict[str, object]]] = [
        ("branches", {**sync(BRANCH, 0), "code": "BJ001", "name": "北京分行营业部"}),
        (
            "devices",
            {**sync(DEVICE, 0), "name": "柜台一号机", "branch_id": BRANCH, "is_this_device": 1},
        ),
        (
            "users",
            {
                **sync(ADMIN, 0),
                "username": "admin",
                "display_name": "系统管理员",
                "role": "admin",
                "branch_id": BRANCH,
                "disabled": 0,
            },
        ),
        (
            "users",
            {
                **sync(ADVISOR, 1),
                "username": "li.advisor",
                "display_name": "李顾问",
                "role": "advisor",
                "branch_id": BRANCH,
                "disabled": 0,
            },
        ),
        (
            "clients",
            {
                **sync(CLIENT, 2),
                "owner_user_id": ADVISOR,
                "branch_id": BRANCH,
                "kind": "person",
                "name": CLIENT_NAME,
                "name_search": CLIENT_NAME,
                "id_type": "mainland_id",
                "id_number": CLIENT_ID_NUMBER,
                "id_last4": CLIENT_ID_NUMBER[-4:],
                "birth_date": "1990-03-07",
                "gender": "female",
                "nationality": "CHN",
                "phone": "+8613800138000",
                "email": "",
                "address": "北京市朝阳区",
                "occupation": "教师",
                "employer": "",
                "annual_income": 20_000_050,
                "income_3y_avg": None,
                "financial_assets": 80_000_000,
                "family_financial_assets": None,
                "family_financial_net_assets": None,
                "investment_experience_years": 3,
                "civil_capacity": "full",
                "investor_class": "ordinary",
                "guardian_name": "",
                "guardian_consent": 0,
            },
        ),
        (
            "consents",
            {
                **sync(SCHEMA_0001_ROWS["consent"], 2),
                "client_id": CLIENT,
                "kind": "sensitive_pi",
                "granted": 1,
                "notice_version": "PIPL-2026.1",
                "recorded_at": T.format(2),
                "recorded_by": ADVISOR,
            },
        ),
        (
            "outbox",
            {
                "op_id": "019b8c2a-0000-7000-8000-0000000000f1",
                "entity": "client",
                "entity_id": CLIENT,
                "op": "upsert",
                "payload": json.dumps({"id": CLIENT}),
                "created_at": T.format(2),
                "sent_at": None,
            },
        ),
    ]
    events = [
        (0, ADMIN, "setup.initialize", "device", DEVICE),
        (1, ADMIN, "user.create", "user", ADVISOR),
        (2, ADVISOR, "auth.login", "user", ADVISOR),
        (123456, ADVISOR, "client.create", "client", CLIENT),
        (999999, ADVISOR, "client.reveal_id", "client", CLIENT),
    ]
    prev = GENESIS
    for n, (micros, actor, action, entity, entity_id) in enumerate(events, start=1):
        event: dict[str, object] = {
            "id": f"019b8c2a-0000-7000-8000-0000000000e{n}",
            "at": T.format(micros),
            "actor_id": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "device_id": DEVICE,
            "payload_hash": hashlib.sha256(action.encode()).hexdigest(),
            "prev_hash": prev,
        }
        event["hash"] = prev = chain_v1(event)
        rows.append(("audit_events", event))

    conn = raw_connect(SCHEMA_0001, key)
    try:
        conn.execute("BEGIN")
        for table, row in rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
        conn.execute("COMMIT")
        # One self-contained file: no -wal to commit alongside it.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()
    print(f"wrote {SCHEMA_0001} ({SCHEMA_0001.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
