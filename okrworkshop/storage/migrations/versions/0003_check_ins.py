"""Weekly check-ins of key results, quarter-end scores, keep / adjust / drop, and what teams learnt.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "check_in",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("key_result_id", sa.String(64), sa.ForeignKey("key_result.id"), nullable=False, index=True),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("value", sa.Float, nullable=True),
        sa.Column("confidence", sa.Integer, nullable=True),
        sa.Column("comment", sa.Text, nullable=False),
    )
    with op.batch_alter_table("key_result") as batch:
        batch.add_column(sa.Column("score", sa.Float, nullable=True))
        batch.add_column(sa.Column("decision", sa.String(16), nullable=False, server_default=""))
    with op.batch_alter_table("objective") as batch:
        batch.add_column(sa.Column("decision", sa.String(16), nullable=False, server_default=""))
    with op.batch_alter_table("team") as batch:
        batch.add_column(sa.Column("lessons", sa.Text, nullable=False, server_default=""))
