"""Initial schema: workshop, teams, objectives, key results, initiatives, notes, snapshots.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("case_id", sa.Text, nullable=False),
        sa.Column("case_brief", sa.Text, nullable=False),
        sa.Column("profile", sa.Text, nullable=False),
        sa.Column("thresholds", sa.Text, nullable=False),
        sa.Column("disabled_rules", sa.Text, nullable=False),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("parent_id", sa.String(64), sa.ForeignKey("team.id"), nullable=True),
        sa.Column("colour", sa.String(16), nullable=False),
        sa.Column("sort_order", sa.Float, nullable=False),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
        sa.Column("width", sa.Float, nullable=False),
        sa.Column("height", sa.Float, nullable=False),
    )
    op.create_table(
        "objective",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("team_id", sa.String(64), sa.ForeignKey("team.id"), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("owner", sa.Text, nullable=False),
        sa.Column("aligned_to", sa.String(64), nullable=True),
        sa.Column("sort_order", sa.Float, nullable=False),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
    )
    op.create_table(
        "key_result",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("objective_id", sa.String(64), sa.ForeignKey("objective.id"), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("owner", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("baseline", sa.Float, nullable=True),
        sa.Column("target", sa.Float, nullable=True),
        sa.Column("current", sa.Float, nullable=True),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("confidence", sa.Integer, nullable=True),
        sa.Column("sort_order", sa.Float, nullable=False),
    )
    op.create_table(
        "initiative",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("key_result_id", sa.String(64), sa.ForeignKey("key_result.id"), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("owner", sa.Text, nullable=False),
        sa.Column("sort_order", sa.Float, nullable=False),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("team_id", sa.String(64), sa.ForeignKey("team.id"), nullable=True),
        sa.Column("colour", sa.String(16), nullable=False),
        sa.Column("x", sa.Float, nullable=False),
        sa.Column("y", sa.Float, nullable=False),
    )
    op.create_table(
        "snapshot",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
