"""Checking the audit chain (supervisors and admins)."""

from __future__ import annotations

from threading import Lock

from app.domain.roles import Permission
from app.services.context import Actor, Workspace, audited, require
from app.store.audit import ChainPoint, ChainReport, verify_chain

# What this process has verified already, per database file: the case detail checks the
# chain on every opening and only needs to walk the events added since.
_verified: dict[str, ChainPoint] = {}
_lock = Lock()


def verify(ws: Workspace, actor: Actor) -> ChainReport:
    """Verify the chain from genesis; the check itself is recorded afterwards."""
    require(actor, Permission.AUDIT_VERIFY)
    with ws.db.reading() as session:
        report = verify_chain(session)
    _remember(ws, report)
    with ws.db.writing() as session:
        audited(
            session,
            ws,
            actor,
            "audit.verify",
            "audit",
            None,
            {"ok": report.ok, "events": report.events, "broken": report.first_broken_seq},
        )
    return report


def chain_status(ws: Workspace, actor: Actor) -> ChainReport:
    """The chain's state for a screen that shows it: the events added since this process
    last verified it are checked (the first call checks from genesis). Not recorded as an
    audit event — a full check is :func:`verify`."""
    require(actor, Permission.AUDIT_VERIFY)
    key = str(ws.db.path)
    with _lock:
        since = _verified.get(key)
    with ws.db.reading() as session:
        report = verify_chain(session, since=since)
    _remember(ws, report)
    return report


def _remember(ws: Workspace, report: ChainReport) -> None:
    with _lock:
        if report.ok:
            _verified[str(ws.db.path)] = ChainPoint(report.last_seq, report.events, report.head)
        else:
            _verified.pop(str(ws.db.path), None)
