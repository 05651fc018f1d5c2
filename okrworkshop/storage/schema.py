"""The tables of a ``.okrw`` file, as SQLAlchemy 2 typed ORM classes.

Each row class carries the same attribute names as its model entity (``order`` is stored in a
``sort_order`` column), so converting is a plain field copy. Nothing here is SQLite-specific:
the same models are meant to run on PostgreSQL for multi-laptop workshops.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from okrworkshop.model import CheckIn, Initiative, KeyResult, Note, Objective, Round, Snapshot, Team

#: Schema version of the files this code writes (mirrored in ``PRAGMA user_version``).
SCHEMA_VERSION = 4
#: The Alembic revision matching :data:`SCHEMA_VERSION`.
HEAD_REVISION = "0004"


class Base(DeclarativeBase):
    pass


class WorkshopRow(Base):
    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    period: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[str] = mapped_column(Text, default="")
    case_brief: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[str] = mapped_column(Text, default="workshop")
    #: JSON object: rule or threshold name -> number.
    thresholds: Mapped[str] = mapped_column(Text, default="{}")
    #: JSON list of rule ids switched off.
    disabled_rules: Mapped[str] = mapped_column(Text, default="[]")
    facilitator: Mapped[str] = mapped_column(Text, default="")


class TeamRow(Base):
    __tablename__ = "team"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), nullable=True)
    colour: Mapped[str] = mapped_column(String(16))
    order: Mapped[float] = mapped_column("sort_order", Float)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    lessons: Mapped[str] = mapped_column(Text, default="")


class ObjectiveRow(Base):
    __tablename__ = "objective"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    owner: Mapped[str] = mapped_column(Text)
    #: An objective or key result id (two possible tables, so no foreign key).
    aligned_to: Mapped[str | None] = mapped_column(String(64), nullable=True)
    order: Mapped[float] = mapped_column("sort_order", Float)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    decision: Mapped[str] = mapped_column(String(16), default="")


class KeyResultRow(Base):
    __tablename__ = "key_result"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    objective_id: Mapped[str] = mapped_column(ForeignKey("objective.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(16))
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    current: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(Text)
    confidence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    order: Mapped[float] = mapped_column("sort_order", Float)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    decision: Mapped[str] = mapped_column(String(16), default="")


class CheckInRow(Base):
    __tablename__ = "check_in"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_result_id: Mapped[str] = mapped_column(ForeignKey("key_result.id"), index=True)
    #: ISO date (YYYY-MM-DD).
    date: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    confidence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment: Mapped[str] = mapped_column(Text)


class InitiativeRow(Base):
    __tablename__ = "initiative"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_result_id: Mapped[str] = mapped_column(ForeignKey("key_result.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text)
    order: Mapped[float] = mapped_column("sort_order", Float)


class NoteRow(Base):
    __tablename__ = "note"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), nullable=True)
    colour: Mapped[str] = mapped_column(String(16))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)


class RoundRow(Base):
    __tablename__ = "round"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    order: Mapped[float] = mapped_column("sort_order", Float)
    instructions: Mapped[str] = mapped_column(Text)
    duration_s: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[str] = mapped_column(String(40))
    ended_at: Mapped[str] = mapped_column(String(40))
    scripted_check_ins: Mapped[str] = mapped_column(Text, default="")


class SnapshotRow(Base):
    __tablename__ = "snapshot"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    round_id: Mapped[str | None] = mapped_column(ForeignKey("round.id"), nullable=True)


#: Entity class -> row class, parents before children (the order rows are inserted in).
ROW_CLASSES: dict[type, type[Base]] = {
    Team: TeamRow,
    Objective: ObjectiveRow,
    KeyResult: KeyResultRow,
    Initiative: InitiativeRow,
    Note: NoteRow,
    Round: RoundRow,
    Snapshot: SnapshotRow,
    CheckIn: CheckInRow,
}
