"""A workshop file holds data only: its schema objects must be the ones okrworkshop creates.

SQLite runs what a file's schema says: a trigger fires on the user's edits, a foreign key with
``ON DELETE CASCADE`` deletes rows, a ``CHECK`` blocks writes. So before anything is read, the
objects in ``sqlite_master`` are compared, structurally, with those of a fresh file of the same
version made by this very code (``create_all`` for the current version, the Alembic migrations for
every version, since an older file brought up to date carries the migrations' tables): the same
tables with the same columns, foreign keys and constraints, the same indexes on the same columns,
and nothing else (SQLite's own ``sqlite_stat*`` statistics excepted). A difference is refused with
a line naming the first object found.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from okrworkshop.errors import InputError
from okrworkshop.model.value import Value

#: SQLite's own tables that hold statistics only (``ANALYZE``): data, never run.
_STATISTICS = re.compile(r"sqlite_stat\d")
#: Words in a table's SQL that change what SQLite does on a write.
_ACTIVE_WORDS = ("CHECK", "COLLATE", "GENERATED", "DEFAULT", "ON CONFLICT", "REFERENCES")
_ACTIVE = re.compile(r"\b(" + "|".join(_ACTIVE_WORDS) + r")\b")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\[[^\]]*\]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, eq=False, repr=False)
class Schema(Value):
    """The structure of a file's schema: object -> a comparable description of it."""

    objects: dict[tuple[str, str], tuple[object, ...]]


def schema_of(db: sqlite3.Connection) -> Schema:
    """Describe every object of ``db`` by what SQLite reports about it, never by its SQL text."""
    objects: dict[tuple[str, str], tuple[object, ...]] = {}
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and _STATISTICS.fullmatch(str(name)):
            continue
        if kind == "table":
            columns = tuple(
                (c[1], str(c[2]).upper(), c[3], c[5], c[6])
                for c in db.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))
            )
            keys = tuple(
                sorted(tuple(k[2:8]) for k in db.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,)))
            )
            words = _active_words(str(sql or ""))
            objects[(kind, name)] = (table, columns, keys, words)
        elif kind == "index":
            columns = tuple(tuple(c[2:]) for c in db.execute("SELECT * FROM pragma_index_xinfo(?)", (name,)))
            listed = {i[1]: tuple(i[2:]) for i in db.execute("SELECT * FROM pragma_index_list(?)", (table,))}
            objects[(kind, name)] = (table, columns, listed.get(name))
        else:  # triggers, views: okrworkshop never makes any
            objects[(str(kind), str(name))] = (table,)
    return Schema(objects)


def _active_words(sql: str) -> tuple[str, ...]:
    # Quoted names and strings could hide a word or fake one: drop them before looking.
    bare = _SPACES.sub(" ", _QUOTED.sub(" ", sql).upper())
    return tuple(sorted(set(_ACTIVE.findall(bare))))


def check_objects(db: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise :class:`InputError` naming the first object that a fresh file of ``version`` lacks."""
    from okrworkshop.storage.tables import SCHEMA_VERSION

    found = schema_of(db)
    references = [_fresh_schema()] if version == SCHEMA_VERSION else []
    if found in references:
        return
    references.append(_migrated_schema(version))  # Alembic loads only for older or migrated files
    if found in references:
        return
    for key in sorted(found.objects):
        if all(key not in r.objects for r in references):
            kind, name = key
            raise InputError(
                path,
                f"contains a {kind} okrworkshop never makes ({kind} {name!r}); refused so that nothing "
                "in it runs",
            )
    for key in sorted(references[0].objects, key=lambda k: (k[0] != "table", k[1])):
        kind, name = key
        if key not in found.objects:
            raise InputError(path, f"damaged workshop file (its {kind} {name!r} is missing)")
        if all(found.objects[key] != r.objects.get(key) for r in references):
            raise InputError(
                path,
                f"its {kind} {name!r} is not as okrworkshop makes it; refused so that nothing in it runs",
            )
    raise InputError(path, "its tables are not as okrworkshop makes them; refused so that nothing in it runs")


@functools.cache
def _fresh_schema() -> Schema:
    """What :meth:`WorkshopFile.create` makes today: the SQL of :mod:`.tables`, run in memory (a
    test holds it equal to the file SQLAlchemy's ``create_all`` makes, so no ORM is needed here)."""
    from okrworkshop.storage.tables import create_statements

    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        for statement in create_statements():
            db.execute(statement)
        return schema_of(db)


@functools.cache
def _migrated_schema(version: int) -> Schema:
    """What the migrations make for ``version``, from an empty file (derived by running them)."""
    import tempfile

    from alembic import command

    from okrworkshop.storage.migrate import alembic_config
    from okrworkshop.storage.workshop_file import _engine

    with tempfile.TemporaryDirectory(prefix="okrw-schema-") as folder:
        path = Path(folder) / "migrated.okrw"
        engine = _engine(path, "rwc")
        try:
            with engine.begin() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, f"{version:04d}")
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(path)) as db:
            return schema_of(db)
