"""The tables of a ``.okrw`` file as SQLAlchemy 2 ORM classes, built from :mod:`.tables`.

The columns are declared once, in :mod:`okrworkshop.storage.tables` (the light reader uses the
same declaration); here each becomes a ``Table`` whose column keys are the entity's field names
(``order`` is stored in a ``sort_order`` column), so converting is a plain field copy. Nothing here
is SQLite-specific: the same models are meant to run on PostgreSQL for multi-laptop workshops.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Float, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped
from sqlalchemy.types import TypeEngine

from okrworkshop.model import CheckIn, Initiative, KeyResult, Note, Objective, Round, Snapshot, Team
from okrworkshop.storage import tables
from okrworkshop.storage.tables import HEAD_REVISION, SCHEMA_VERSION

__all__ = ["HEAD_REVISION", "ROW_CLASSES", "SCHEMA_VERSION", "Base", "WorkshopRow"]


class Base(DeclarativeBase):
    pass


def _type(name: str) -> TypeEngine[Any]:
    if name.startswith("VARCHAR("):
        return String(int(name[len("VARCHAR(") : -1]))
    return {"TEXT": Text(), "FLOAT": Float(), "INTEGER": Integer()}[name]  # type: ignore[return-value]


def _table(spec: tables.Table) -> Table:
    columns = [
        Column(
            c.name,
            _type(c.type),
            *([ForeignKey(c.references)] if c.references else []),
            key=c.key,
            primary_key=c.primary_key,
            nullable=c.nullable,
            index=c.index or None,
        )
        for c in spec.columns
    ]
    return Table(spec.name, Base.metadata, *columns)


class WorkshopRow(Base):
    __table__ = _table(tables.WORKSHOP_TABLE)
    id: Mapped[int]


class TeamRow(Base):
    __table__ = _table(tables.TABLE_OF[Team])
    id: Mapped[str]


class ObjectiveRow(Base):
    __table__ = _table(tables.TABLE_OF[Objective])
    id: Mapped[str]


class KeyResultRow(Base):
    __table__ = _table(tables.TABLE_OF[KeyResult])
    id: Mapped[str]


class InitiativeRow(Base):
    __table__ = _table(tables.TABLE_OF[Initiative])
    id: Mapped[str]


class NoteRow(Base):
    __table__ = _table(tables.TABLE_OF[Note])
    id: Mapped[str]


class RoundRow(Base):
    __table__ = _table(tables.TABLE_OF[Round])
    id: Mapped[str]


class SnapshotRow(Base):
    __table__ = _table(tables.TABLE_OF[Snapshot])
    id: Mapped[str]


class CheckInRow(Base):
    __table__ = _table(tables.TABLE_OF[CheckIn])
    id: Mapped[str]


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
