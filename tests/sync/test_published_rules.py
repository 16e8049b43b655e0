"""Questionnaires and rule packs head office publishes govern matching on the devices once
they validate as a whole; a faulty set is refused and the packs in use stay."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import rulebook
from app.domain.questionnaire import content_hash
from app.domain.rulepack import RulePackError
from app.resources import resource_path
from app.services import auth, published_rules, sync
from app.store.models import AuditEvent, SyncResource
from server import publish
from tests.conftest import ADMIN_PASSWORD
from tests.sync.harness import Desk, HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture(autouse=True)
def _shipped_rules_afterwards() -> Iterator[None]:
    yield
    rulebook.use_published({})  # the rules in use are per process


def edited_resources(folder: Path) -> tuple[Path, dict[str, object]]:
    """A copy of the shipped questionnaires and rule packs with NFRA-2025 given a new title."""
    for name in ("questionnaires", "rulepacks"):
        shutil.copytree(resource_path(name), folder / name)
    pack_file = folder / "rulepacks" / "NFRA-2025.json"
    pack = json.loads(pack_file.read_text("utf-8"))
    pack["title"]["en"] += " (head office edition 2026-12)"
    pack_file.write_text(json.dumps(pack, ensure_ascii=False, indent=2), "utf-8")
    return folder, pack


def test_a_published_rule_pack_is_used_after_the_sync_and_after_the_next_login(
    head_office: HeadOfficeServer, new_desk: Callable[[str], Desk], tmp_path: Path
) -> None:
    shipped_hash = rulebook.rulebook().packs["NFRA-2025"].content_hash
    root, pack = edited_resources(tmp_path / "edition")
    publish.publish(head_office.db, publish.resource_items(root), datetime.now(UTC))
    desk = new_desk("a")
    desk.enroll(head_office)

    desk.sync()

    in_use = rulebook.rulebook().packs["NFRA-2025"]
    assert in_use.content_hash == content_hash(pack) != shipped_hash
    with desk.ws.db.reading() as session:
        adopted = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "rules.adopt")
        ).one()
    assert (adopted.entity, adopted.actor_id) == ("rulebook", desk.admin.user_id)
    assert sync.sync_status(desk.ws, desk.admin).rules_problem == ""

    rulebook.use_published({})  # as a new process starts: the shipped packs
    assert rulebook.rulebook().packs["NFRA-2025"].content_hash == shipped_hash
    login = auth.login(desk.home, "admin", ADMIN_PASSWORD)
    desk.open.append(login.workspace)
    assert rulebook.rulebook().packs["NFRA-2025"].content_hash == content_hash(pack)


def test_a_faulty_published_set_is_refused_and_the_rules_in_use_stay(
    new_desk: Callable[[str], Desk],
) -> None:
    desk = new_desk("a")
    before = rulebook.rulebook()
    broken = json.loads(resource_path("rulepacks", "CSRC-2016.json").read_text("utf-8"))
    broken["mismatch_outcome"] = "maybe"
    content = json.dumps(broken)
    with desk.ws.db.writing() as session:
        session.add(
            SyncResource(
                path="rulepacks/CSRC-2016.json",
                sha256=hashlib.sha256(content.encode()).hexdigest(),
                content=content,
                version=1,
                received_at=desk.ws.now(),
            )
        )
        changed = published_rules.adopt(
            session, device_id=desk.ws.device_id, actor_id=None, now=desk.ws.now()
        )

    assert not changed and rulebook.rulebook() == before
    problem = sync.sync_status(desk.ws, desk.admin).rules_problem
    assert "rulepacks/CSRC-2016.json" in problem and "mismatch_outcome" in problem

    with desk.ws.db.writing() as session:  # a stored copy that is not what was sent
        row = session.get(SyncResource, "rulepacks/CSRC-2016.json")
        assert row is not None
        row.content = resource_path("rulepacks", "CSRC-2016.json").read_text("utf-8")
        assert not published_rules.adopt(
            session, device_id=desk.ws.device_id, actor_id=None, now=desk.ws.now()
        )
    assert "SHA-256" in published_rules.problem() and rulebook.rulebook() == before


def store_set(desk: Desk, files: dict[str, str], version: int) -> bool:
    with desk.ws.db.writing() as session:
        for path, content in files.items():
            row = session.get(SyncResource, path) or SyncResource(path=path)
            row.sha256 = hashlib.sha256(content.encode()).hexdigest()
            row.content, row.version, row.received_at = content, version, desk.ws.now()
            session.add(row)
        return published_rules.adopt(
            session, device_id=desk.ws.device_id, actor_id=None, now=desk.ws.now()
        )


def test_a_faulty_set_after_a_good_one_keeps_the_good_one_also_after_a_restart(
    new_desk: Callable[[str], Desk], tmp_path: Path
) -> None:
    desk = new_desk("a")
    _root, pack = edited_resources(tmp_path / "edition")
    good = json.dumps(pack, ensure_ascii=False)
    assert store_set(desk, {"rulepacks/NFRA-2025.json": good}, 1)
    good_hash = rulebook.rulebook().packs["NFRA-2025"].content_hash
    assert good_hash == content_hash(pack)

    pack["mismatch_outcome"] = "maybe"
    assert not store_set(desk, {"rulepacks/NFRA-2025.json": json.dumps(pack)}, 2)
    assert rulebook.rulebook().packs["NFRA-2025"].content_hash == good_hash
    assert "mismatch_outcome" in published_rules.problem()

    rulebook.use_published({})  # a new process: the shipped packs until the database opens
    login = auth.login(desk.home, "admin", ADMIN_PASSWORD)
    desk.open.append(login.workspace)
    assert rulebook.rulebook().packs["NFRA-2025"].content_hash == good_hash


@pytest.mark.parametrize(
    "path",
    ["questionnaires/risk.v2.json", "questionnaires/old/securities-20.json", "rulepacks/a/b.json"],
)
def test_a_file_outside_the_known_places_is_refused_by_name(path: str) -> None:
    content = resource_path("questionnaires", "securities-20.json").read_text("utf-8")
    with pytest.raises(RulePackError) as refused:
        rulebook.check_published({path: content})
    assert path in str(refused.value)
