"""Head office's published questionnaires and rule packs, put to use on this device.

Sync stores what head office publishes (``sync_resources``); after each pull and when the
database opens, the whole set is checked (each file against its SHA-256, then every pack,
overlay and questionnaire validated together) and, if sound, used for matching and scoring
from then on. A faulty set is refused as a whole: the packs in use stay in use, and the
problem is shown with the sync status. Matches keep recording the pack's name and hash.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.rulepack import RulePackError
from app.rulebook import rulebook, use_published
from app.store.audit import append_event
from app.store.models import SyncResource

log = logging.getLogger(__name__)
_problem: list[str] = [""]  # the last refused set's fault, until a sound set arrives


def problem() -> str:
    """Why head office's last published set is not in use ("" if it is, or none came)."""
    return _problem[0]


def adopt(session: Session, *, device_id: str, actor_id: str | None, now: datetime) -> bool:
    """Use the stored published set if it is sound; True if the rules in use changed (the
    change is audited with each pack's name and hash)."""
    published: dict[str, str] = {}
    for row in session.scalars(select(SyncResource)):
        digest = hashlib.sha256(row.content.encode("utf-8")).hexdigest()
        if digest != row.sha256:
            _problem[0] = f"{row.path}: content does not match its SHA-256"
            log.warning("published resources refused: %s", _problem[0])
            return False
        published[row.path] = row.content
    if not published:
        return False
    try:
        changed = use_published(published)
    except RulePackError as exc:
        _problem[0] = str(exc)
        log.warning("published resources refused: %s", exc)
        return False
    _problem[0] = ""
    if changed:
        packs = {name: pack.content_hash for name, pack in rulebook().packs.items()}
        append_event(
            session,
            at=now,
            actor_id=actor_id,
            action="rules.adopt",
            entity="rulebook",
            entity_id=None,
            device_id=device_id,
            payload={"packs": packs, "files": sorted(published)},
        )
        log.info("head office's rule packs and questionnaires in use (%d files)", len(published))
    return changed
