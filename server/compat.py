"""Which client schema revisions this server speaks with: the client's head and the one before.

Read from the client's Alembic scripts (``migrations/versions``) shipped beside the server,
so adding a client migration moves the window without editing this file.
"""

from __future__ import annotations

from functools import cache

from alembic.script import ScriptDirectory

from app.resources import migrations_root


@cache
def accepted_client_revisions() -> frozenset[str]:
    script = ScriptDirectory(str(migrations_root()))
    head = script.get_current_head()
    assert head is not None
    accepted = {head}
    previous = script.get_revision(head).down_revision
    if isinstance(previous, str):
        accepted.add(previous)
    return frozenset(accepted)
