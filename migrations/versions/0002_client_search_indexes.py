"""Covering indexes for client search by owner and by branch.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEARCH_COLUMNS = ["name_search", "id", "phone", "id_last4", "deleted_at"]


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_owner_user_id_name_search")
        batch_op.create_index("ix_clients_search_by_owner", ["owner_user_id", *SEARCH_COLUMNS])
        batch_op.create_index("ix_clients_search_by_branch", ["branch_id", *SEARCH_COLUMNS])


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_search_by_branch")
        batch_op.drop_index("ix_clients_search_by_owner")
        batch_op.create_index(
            "ix_clients_owner_user_id_name_search", ["owner_user_id", "name_search"]
        )
