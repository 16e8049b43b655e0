"""Alembic environment for the client database.

Configured from code (``app.store.migrate``): the caller passes an open connection in
``config.attributes["connection"]`` so migrations run on the encrypted database, from a
source checkout or a frozen bundle alike.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.store.models import Base

config = context.config


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.store.migrate, which supplies the connection")
run_migrations(connection)
