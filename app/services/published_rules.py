"""Head office's published questionnaires and rule packs, put to use on this device.

Sync stores what head office publishes (``sync_resources``); after each pull and when the
database opens, the whole set is checked (each file against its SHA-256, then every pack,
overlay and questionnaire validated together) and, if sound, used for matching and scoring
from then on — and kept as the last good set. A faulty set is refused as a whole: the last
good set (or the shipped packs, if none came yet) stays in use, also after a restart, and
the problem is shown with the sync status. Matches keep recording the pack's name and hash.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.rulepack import RulePackError
from app.rulebook import use_published
from app.store.audit import append_event
from app.store.models import Setting, SyncResource

log = logging.getLogger(__name__)
LAST_GOOD = "published_rules_in_use"  # settings row: the last set that validated
_problem: list[str] = [""]  # the last refused set's fault, until a sound set arrives


def problem() -> str:
    """Why head office's last published set is not in use ("" if it is, or none came)."""
    return _problem[0]


def _received(session: Session) -> dict[str, str]:
    """The stored set; raises :class:`RulePackError` if a file is not what was sent."""
    published: dict[str, str] = {}
    for row in session.scalars(select(SyncResource)):
        if hashlib.sha256(row.content.encode("utf-8")).hexdigest() != row.sha256:
            raise RulePackError(row.path, "(file)", "content does not match its SHA-256")
        published[row.path] = row.content
    return published


def _last_good(session: Session) -> dict[str, str]:
    row = session.get(Setting, LAST_GOOD)
    return dict(json.loads(row.value)) if row is not None else {}


def _keep_last_good(session: Session, published: dict[str, str], now: datetime) -> None:
    row = session.get(Setting, LAST_GOOD)
    if row is None:
        row = Setting(key=LAST_GOOD, value="", updated_at=now)
        session.add(row)
    value = json.dumps(published, ensure_ascii=False, sort_keys=True)
    if row.value != value:
        row.value, row.updated_at = value, now


def adopt(session: Session, *, device_id: str, actor_id: str | None, now: datetime) -> bool:
    """Use the stored published set if it is sound, else the last good one; True if the
    rules in use changed (audited with each pack's name and hash)."""
    try:
        published = _received(session)
        if not published:
            return False
        book = use_published(published)
    except RulePackError as exc:
        _problem[0] = str(exc)
        log.warning("published resources refused: %s", exc)
        try:
            book = use_published(_last_good(session))
        except RulePackError:  # the shipped packs stay
            return False
        published = {}
    else:
        _problem[0] = ""
        _keep_last_good(session, published, now)
    if book is None:
        return False
    append_event(
        session,
        at=now,
        actor_id=actor_id,
        action="rules.adopt",
        entity="rulebook",
        entity_id=None,
        device_id=device_id,
        payload={
            "packs": {name: pack.content_hash for name, pack in book.packs.items()},
            "files": sorted(published),
            "fallback": bool(_problem[0]),
        },
    )
    log.info("rule packs in use changed (%d published files)", len(published))
    return True
