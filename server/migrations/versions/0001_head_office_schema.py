"""Head-office schema: branches, devices, enrollment codes, ops, records, change log, blobs.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the model types: a migration never imports the models it predates.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "server_state",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_state")),
    )
    op.create_table(
        "branches",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branches")),
        sa.UniqueConstraint("code", name=op.f("uq_branches_code")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("branch_id", BIG_ID, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("token_expires_at", utc(), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("enrolled_at", utc(), nullable=False),
        sa.Column("revoked_at", utc(), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_devices_branch_id_branches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_devices_token_sha256")),
    )
    op.create_index(op.f("ix_devices_branch_id"), "devices", ["branch_id"])
    op.create_table(
        "device_advisors",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("advisor_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_device_advisors_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("device_id", "advisor_id", name=op.f("pk_device_advisors")),
    )
    op.create_index(op.f("ix_device_advisors_advisor_id"), "device_advisors", ["advisor_id"])
    op.create_table(
        "enrollment_codes",
        sa.Column("code_sha256", sa.String(64), nullable=False),
        sa.Column("branch_id", BIG_ID, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", utc(), nullable=False),
        sa.Column("expires_at", utc(), nullable=False),
        sa.Column("used_at", utc(), nullable=True),
        sa.Column("used_by_device_id", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_enrollment_codes_branch_id_branches")
        ),
        sa.PrimaryKeyConstraint("code_sha256", name=op.f("pk_enrollment_codes")),
    )
    op.create_table(
        "ops",
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("result", JSON, nullable=False),
        sa.Column("received_at", utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_ops_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_ops")),
    )
    op.create_index(op.f("ix_ops_device_id_seq"), "ops", ["device_id", "seq"])
    op.create_table(
        "records",
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("immutable", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("branch_id", BIG_ID, nullable=True),
        sa.Column("owner_device_id", sa.String(36), nullable=True),
        sa.Column("advisor_id", sa.String(36), nullable=True),
        sa.Column("last_device_id", sa.String(36), nullable=True),
        sa.Column("created_at", utc(), nullable=False),
        sa.Column("updated_at", utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_records_branch_id_branches")
        ),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_records")),
    )
    op.create_table(
        "change_log",
        sa.Column("cursor", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(8), nullable=False),
        sa.Column("branch_id", sa.BigInteger(), nullable=True),
        sa.Column("origin_device_id", sa.String(36), nullable=True),
        sa.Column("owner_device_id", sa.String(36), nullable=True),
        sa.Column("advisor_id", sa.String(36), nullable=True),
        sa.Column("created_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("cursor", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_change_log_entity_entity_id"), "change_log", ["entity", "entity_id"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", utc(), nullable=False),
        sa.Column("completed_at", utc(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["blobs.sha256"],
            name=op.f("fk_blob_chunks_sha256_blobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "offset", name=op.f("pk_blob_chunks")),
    )


def downgrade() -> None:
    for table in (
        "blob_chunks",
        "blobs",
        "change_log",
        "records",
        "ops",
        "enrollment_codes",
        "device_advisors",
        "devices",
        "branches",
        "server_state",
    ):
        op.drop_table(table)
