"""Timed rounds, snapshots tied to their round, and the facilitator's name.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "round",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("sort_order", sa.Float, nullable=False),
        sa.Column("instructions", sa.Text, nullable=False),
        sa.Column("duration_s", sa.Integer, nullable=False),
        sa.Column("started_at", sa.String(40), nullable=False),
        sa.Column("ended_at", sa.String(40), nullable=False),
    )
    with op.batch_alter_table("workshop") as batch:
        batch.add_column(sa.Column("facilitator", sa.Text, nullable=False, server_default=""))
    with op.batch_alter_table("snapshot") as batch:
        batch.add_column(sa.Column("round_id", sa.String(64), nullable=True))
        batch.create_foreign_key("fk_snapshot_round", "round", ["round_id"], ["id"])
