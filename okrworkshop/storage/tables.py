"""The tables of a ``.okrw`` file, once, as plain data: the one mapping both ways of reading use.

The ORM (:mod:`okrworkshop.storage.schema`, SQLAlchemy, which writes the file) builds its tables
from :data:`WORKSHOP_TABLE` and :data:`ENTITY_TABLES`; the light reader (:mod:`okrworkshop.storage.reading`, the standard library's
``sqlite3``, for the read-only verbs and the app's first paint) selects the same columns and
checks a file's objects against :func:`create_statements`, the SQL ``create_all`` emits for them
(a test holds the two equal, object by object). Nothing here imports SQLAlchemy.

Each entity field is a column of the same name, except ``order``, stored as ``sort_order``
(``ORDER`` is an SQL keyword).
"""

from __future__ import annotations

from dataclasses import dataclass

from okrworkshop.model import CheckIn, Initiative, KeyResult, Note, Objective, Round, Snapshot, Team, Workshop
from okrworkshop.model.value import Value

#: The extension of workshop files.
SUFFIX = ".okrw"
#: Schema version of the files this code writes (mirrored in ``PRAGMA user_version``).
SCHEMA_VERSION = 4
#: The Alembic revision matching :data:`SCHEMA_VERSION`.
HEAD_REVISION = "0004"
#: The table Alembic keeps its revision in (made by :func:`create_statements` too).
ALEMBIC_TABLE = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Column(Value):
    """One column: its SQL name and type (as SQLAlchemy renders them), and its constraints."""

    name: str
    #: ``TEXT``, ``VARCHAR(n)``, ``FLOAT`` or ``INTEGER``.
    type: str
    nullable: bool = False
    primary_key: bool = False
    #: ``table.column`` of a foreign key.
    references: str | None = None
    #: An index on this column alone (named ``ix_<table>_<column>``).
    index: bool = False
    #: The entity field (and ORM attribute) it holds, when not the column's name.
    field: str | None = None

    @property
    def key(self) -> str:
        return self.field or self.name


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Table(Value):
    """One table of a workshop file: its name, the model class of a row, and its columns."""

    name: str
    #: The model class of a row (an entity, or :class:`~okrworkshop.model.Workshop`).
    kind: type
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        """The SQL names of the columns, in the table's order."""
        return [c.name for c in self.columns]


def _id(length: int = 64) -> Column:
    return Column("id", f"VARCHAR({length})", primary_key=True)


def _ref(name: str, table: str, *, nullable: bool = False, index: bool = False) -> Column:
    return Column(name, "VARCHAR(64)", nullable=nullable, references=f"{table}.id", index=index)


def _text(name: str) -> Column:
    return Column(name, "TEXT")


def _real(name: str, *, nullable: bool = False) -> Column:
    return Column(name, "FLOAT", nullable=nullable)


_ORDER = Column("sort_order", "FLOAT", field="order")

#: The workshop's settings: one row, id 1.
WORKSHOP_TABLE = Table(
    "workshop",
    Workshop,
    (
        Column("id", "INTEGER", primary_key=True),
        _text("title"),
        Column("language", "VARCHAR(8)"),
        _text("period"),
        _text("case_id"),
        _text("case_brief"),
        _text("profile"),
        _text("thresholds"),  # JSON object: rule or threshold name -> number
        _text("disabled_rules"),  # JSON list of rule ids switched off
        _text("facilitator"),
    ),
)

#: The entity tables, parents before children (the order rows are written and read in).
ENTITY_TABLES: tuple[Table, ...] = (
    Table(
        "team",
        Team,
        (
            _id(),
            _text("name"),
            _ref("parent_id", "team", nullable=True),
            Column("colour", "VARCHAR(16)"),
            _ORDER,
            _real("x"),
            _real("y"),
            _real("width"),
            _real("height"),
            _text("lessons"),
        ),
    ),
    Table(
        "objective",
        Objective,
        (
            _id(),
            _ref("team_id", "team", index=True),
            _text("title"),
            _text("description"),
            Column("kind", "VARCHAR(16)"),
            _text("owner"),
            # An objective or key result id (two possible tables, so no foreign key).
            Column("aligned_to", "VARCHAR(64)", nullable=True),
            _ORDER,
            _real("x"),
            _real("y"),
            Column("decision", "VARCHAR(16)"),
        ),
    ),
    Table(
        "key_result",
        KeyResult,
        (
            _id(),
            _ref("objective_id", "objective", index=True),
            _text("title"),
            _text("owner"),
            Column("kind", "VARCHAR(16)"),
            Column("direction", "VARCHAR(16)"),
            _real("baseline", nullable=True),
            _real("target", nullable=True),
            _real("current", nullable=True),
            _text("unit"),
            Column("confidence", "INTEGER", nullable=True),
            _ORDER,
            _real("score", nullable=True),
            Column("decision", "VARCHAR(16)"),
        ),
    ),
    Table(
        "initiative",
        Initiative,
        (_id(), _ref("key_result_id", "key_result", index=True), _text("title"), _text("owner"), _ORDER),
    ),
    Table(
        "note",
        Note,
        (
            _id(),
            _text("text"),
            _ref("team_id", "team", nullable=True),
            Column("colour", "VARCHAR(16)"),
            _real("x"),
            _real("y"),
        ),
    ),
    Table(
        "round",
        Round,
        (
            _id(),
            _text("title"),
            _ORDER,
            _text("instructions"),
            Column("duration_s", "INTEGER"),
            Column("started_at", "VARCHAR(40)"),
            Column("ended_at", "VARCHAR(40)"),
            _text("scripted_check_ins"),
        ),
    ),
    Table(
        "snapshot",
        Snapshot,
        (
            _id(),
            _text("name"),
            _text("data"),
            Column("created_at", "VARCHAR(40)"),
            _ref("round_id", "round", nullable=True),
        ),
    ),
    Table(
        "check_in",
        CheckIn,
        (
            _id(),
            _ref("key_result_id", "key_result", index=True),
            Column("date", "VARCHAR(10)"),  # ISO date (YYYY-MM-DD)
            _real("value", nullable=True),
            Column("confidence", "INTEGER", nullable=True),
            _text("comment"),
        ),
    ),
)

#: Table name -> table, the workshop's included.
BY_NAME: dict[str, Table] = {t.name: t for t in (WORKSHOP_TABLE, *ENTITY_TABLES)}
#: Entity class -> its table.
TABLE_OF: dict[type, Table] = {t.kind: t for t in ENTITY_TABLES}


def create_statements() -> list[str]:
    """The SQL that makes a current file's tables and indexes (what ``create_all`` emits for them),
    with Alembic's version table."""
    statements = []
    for table in (WORKSHOP_TABLE, *ENTITY_TABLES):
        lines = [f"{c.name} {c.type}{'' if c.nullable else ' NOT NULL'}" for c in table.columns]
        keys = [c.name for c in table.columns if c.primary_key]
        lines.append(f"PRIMARY KEY ({', '.join(keys)})")
        for column in table.columns:
            if column.references is not None:
                target, target_column = column.references.split(".")
                lines.append(f"FOREIGN KEY({column.name}) REFERENCES {target} ({target_column})")
        statements.append(f"CREATE TABLE {table.name} (\n\t" + ", \n\t".join(lines) + "\n)")
        statements.extend(
            f"CREATE INDEX ix_{table.name}_{c.name} ON {table.name} ({c.name})"
            for c in table.columns
            if c.index
        )
    statements.append(ALEMBIC_TABLE)
    return statements
