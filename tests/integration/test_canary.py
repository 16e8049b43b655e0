"""Canary: a client's name, ID number and phone never reach the disk in the clear.

A client with unmistakable values is written, edited, revealed and backed up; then every
byte of every file in the data folder (database, -wal, -shm, key slots, backups, logs) is
searched for those values in the encodings a leak would use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import ValidationFailed
from app.services import clients
from app.services.context import Actor, Workspace
from app.store.backup import timestamped_backup
from app.store.engine import raw_connect
from tests.conftest import Office, client_input, mainland_id

pytestmark = pytest.mark.usefixtures("fast_kdf")

CANARY_NAME = "金丝雀测试姓名QX"
CANARY_ID = mainland_id(region="440305", birth="19770815", seq="246")
CANARY_PHONE = "13977771234"
CANARY_FORM = {
    "name": CANARY_NAME,
    "id_number": CANARY_ID,
    "birth_date": "1977-08-15",
    "phone": CANARY_PHONE,
    "address": f"{CANARY_NAME}的家",
}


def needles() -> dict[str, bytes]:
    found = {}
    for label, value in (("name", CANARY_NAME), ("id", CANARY_ID), ("phone", CANARY_PHONE)):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            found[f"{label}/{encoding}"] = value.encode(encoding)
    return found


def leaks(root: Path) -> tuple[list[str], dict[str, list[str]]]:
    """Every file under ``root`` (relative names) and, per file, the canaries found in it."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    found = {}
    for path in files:
        data = path.read_bytes()
        hits = [label for label, needle in needles().items() if needle in data]
        if hits:
            found[str(path.relative_to(root))] = hits
    return [str(p.relative_to(root)) for p in files], found


@pytest.fixture
def log_to_data_folder(office: Office) -> Iterator[Path]:
    """Log everything (DEBUG, unscrubbed) into the data folder's logs, as a leak would."""
    office.home.logs.mkdir(parents=True, exist_ok=True)
    path = office.home.logs / "advisor-desk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


def test_the_search_would_find_plaintext(tmp_path: Path) -> None:
    """Control: the same byte search does find the canaries in an unencrypted database."""
    plain = tmp_path / "plain" / "plain.db"
    plain.parent.mkdir()
    conn = sqlcipher3.dbapi2.connect(str(plain))
    conn.execute("CREATE TABLE t (name TEXT, id TEXT, phone TEXT)")
    conn.execute("INSERT INTO t VALUES (?, ?, ?)", (CANARY_NAME, CANARY_ID, CANARY_PHONE))
    conn.commit()
    conn.close()
    _, found = leaks(plain.parent)
    assert {"name/utf-8", "id/utf-8", "phone/utf-8"} <= set(found["plain.db"])


def test_no_canary_in_any_file_of_the_data_folder(
    office: Office,
    advisor: tuple[Workspace, Actor],
    log_to_data_folder: Path,
) -> None:
    ws, actor = advisor
    key = ws.data_key()
    client_id = clients.create_client(ws, actor, client_input(**CANARY_FORM, consent_sharing=True))
    clients.update_client(ws, actor, client_id, 1, client_input(**CANARY_FORM, occupation="工程师"))
    assert clients.reveal_id_number(ws, actor, client_id) == CANARY_ID
    assert [
        r.client_id for r in clients.search_clients(ws, actor, CANARY_NAME[:5], offset=0, limit=10)
    ] == [client_id]
    with pytest.raises(ValidationFailed):  # an error path, logged or not
        clients.create_client(ws, actor, client_input(**CANARY_FORM))
    timestamped_backup(office.home.database, key, office.home.backups, "canary")
    logging.getLogger("app.canary").info("canary test: all written")

    # While the app runs (what a crash or a copied disk would leave): the WAL holds the data.
    names, found = leaks(office.home.root)
    assert "advisor-desk.db-wal" in names
    assert found == {}

    ws.close()
    office.admin_ws.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    names, found = leaks(office.home.root)
    assert "advisor-desk.db" in names
    assert "keyslots.json" in names
    assert any(name.startswith("backups/") and name.endswith("-canary.db") for name in names)
    assert "logs/advisor-desk.log" in names
    assert log_to_data_folder.read_text("utf-8")  # the log really was written
    assert found == {}

    # Control: the data is there for whoever holds the key.
    conn = raw_connect(office.home.database, key)
    try:
        row = conn.execute(
            "SELECT name, id_number FROM clients WHERE id = ?", (client_id,)
        ).fetchone()
    finally:
        conn.close()
    assert row == (CANARY_NAME, CANARY_ID)
