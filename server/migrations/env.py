"""Alembic environment for the head-office database.

Configured from code (``server.migrate``): the caller passes an open connection in
``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from server.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "run server migrations through server.migrate, which supplies the connection"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
