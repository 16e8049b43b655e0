"""Checking the audit chain (supervisors and admins)."""

from __future__ import annotations

from app.domain.roles import Permission
from app.services.context import Actor, Workspace, audited, require
from app.store.audit import ChainReport, verify_chain


def verify(ws: Workspace, actor: Actor) -> ChainReport:
    """Verify the chain from genesis; the check itself is recorded afterwards."""
    require(actor, Permission.AUDIT_VERIFY)
    with ws.db.reading() as session:
        report = verify_chain(session)
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
