"""Rounds that bring check-ins with them (a follow-up case's data arriving week by week).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("round") as batch:
        batch.add_column(sa.Column("scripted_check_ins", sa.Text, nullable=False, server_default=""))
