"""Reading a ``.okrw`` file without the ORM: the standard library's ``sqlite3`` and nothing else.

The read-only verbs (``check``, ``convert``, ``poster``) and the app's first paint read a workshop
here, so they start without loading SQLAlchemy. Nothing is skipped: these are the checks of every
open, shared with :class:`~okrworkshop.storage.WorkshopFile` (the ORM path calls the same functions):

1. a hot journal left by a crash is rolled back after copying file and journal aside
   (:mod:`.recovery`);
2. the header is read before any connection: another application's database, a newer or an
   invalid format version are refused untouched (:func:`check_header`);
3. on a read-only connection, ``PRAGMA quick_check`` and the schema's objects against those
   okrworkshop makes (:mod:`.objects`: no trigger, view or foreign object ever runs);
4. every row is checked as plain values before an entity is built (:mod:`.rows`), and the board
   checks the links between them.

The columns read are those of :mod:`.tables`, the mapping the ORM is built from too. Reading
writes nothing: the connection is read-only and the checks and rows are read in one transaction,
so the file is left byte-identical and the board is one consistent state of it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from okrworkshop.errors import InputError
from okrworkshop.model import Board, Entity, ModelError
from okrworkshop.storage.header import APPLICATION_ID, Header, read_header
from okrworkshop.storage.objects import check_objects
from okrworkshop.storage.recovery import recover, recovery_notice
from okrworkshop.storage.rows import TABLES, check_row, columns, entity_from_row, workshop_from_row
from okrworkshop.storage.tables import SCHEMA_VERSION, WORKSHOP_TABLE

#: ``rows(table, columns)``: the rows of a table as column -> value, in rowid order.
RowSource = Callable[[str, list[str]], list[dict[str, Any]]]


def check_header(path: Path) -> Header:
    """The header of one of our files, of a version this code reads; :class:`InputError` otherwise."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise InputError(path, "an SQLite database from another application, not an okrworkshop workshop")
    if header.user_version > SCHEMA_VERSION:
        raise InputError(
            path,
            f"made by a newer okrworkshop (file format {header.user_version}, this version "
            f"reads up to {SCHEMA_VERSION}): update okrworkshop to open it",
        )
    if header.user_version < 1:
        raise InputError(path, f"damaged workshop file (invalid format version {header.user_version})")
    return header


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing (no journal mode change, no side files left)."""
    db = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    db.isolation_level = None  # transactions are ours: BEGIN ... ROLLBACK
    return db


def check_integrity(db: sqlite3.Connection, path: Path, version: int) -> None:
    """``PRAGMA quick_check`` and the schema's objects (:class:`InputError` naming the problem)."""
    try:
        result = db.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise InputError(path, "damaged workshop file (SQLite's integrity check fails)")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "workshop" not in tables:
            raise InputError(path, "damaged workshop file (its tables are missing)")
        check_objects(db, path, version)
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"damaged workshop file ({sqlite_problem(exc)})") from None
    except UnicodeDecodeError:
        # SQLite quoted bytes of a damaged table definition that are not text in its complaint.
        raise InputError(path, "damaged workshop file (its table definitions are damaged)") from None


def check_file(path: Path, version: int) -> None:
    """:func:`check_integrity` on a connection of its own (the ORM path, before its engine)."""
    try:
        with contextlib.closing(connect_read_only(path)) as db:
            check_integrity(db, path, version)
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"damaged workshop file ({sqlite_problem(exc)})") from None


#: SQLite's primary result codes (``sqlite_errorcode & 0xff``) in the user's words.
_SQLITE_CODES = {
    5: "another program is using it",  # SQLITE_BUSY
    6: "another program is using it",  # SQLITE_LOCKED
    8: "it cannot be read without writing to it",  # SQLITE_READONLY
    10: "it cannot be read from the disk",  # SQLITE_IOERR
    11: "its pages are damaged",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "it cannot be opened",  # SQLITE_CANTOPEN
    26: "not a database",  # SQLITE_NOTADB
}


def sqlite_problem(exc: BaseException) -> str:
    """SQLite's complaint in the user's words (its own text, even its first line, never reaches them)."""
    exc = getattr(exc, "orig", None) or exc
    text = str(exc)
    if text.startswith("malformed database schema"):
        return "its table definitions are damaged"
    if "unsupported file format" in text:
        return "its format is not one SQLite reads"
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    known = {
        "file is not a database": "not a database",
        "database disk image is malformed": "its pages are damaged",
        "attempt to write a readonly database": "it cannot be read without writing to it",
    }
    return known.get(text, "SQLite cannot read it")


def board_from_rows(path: Path, rows: RowSource) -> Board:
    """Load every row as plain values, check each (see :mod:`.rows`), then build the board.

    Both ways of reading call this with their own ``rows``: the ORM's session, or
    :func:`sqlite_rows` here.
    """
    workshop_rows = rows("workshop", WORKSHOP_TABLE.names)
    if not workshop_rows:
        raise InputError(path, "damaged workshop file (no workshop settings)")
    check_row(path, "workshop", 1, workshop_rows[0])
    workshop = workshop_from_row(workshop_rows[0])
    entities: list[Entity] = []
    for table, kind in TABLES.items():
        for number, values in enumerate(rows(table, columns(kind)), start=1):
            check_row(path, table, number, values)
            entities.append(entity_from_row(table, values))
    board = Board(workshop)
    try:
        board.load(workshop, entities)
    except ModelError as exc:
        raise InputError(path, f"damaged workshop file ({exc})") from None
    return board


def sqlite_rows(db: sqlite3.Connection) -> RowSource:
    """The rows of ``db``'s tables through plain ``sqlite3`` (text that is not UTF-8 kept, to be named)."""

    def rows(table: str, names: list[str]) -> list[dict[str, Any]]:
        statement = f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid"  # names are ours
        try:
            return [dict(zip(names, row, strict=True)) for row in db.execute(statement)]
        except sqlite3.OperationalError:
            # Text that is not UTF-8: read again, keeping the bad bytes, so the row gets named.
            db.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
            try:
                return [dict(zip(names, row, strict=True)) for row in db.execute(statement)]
            finally:
                db.text_factory = str

    return rows


def read_current(path: Path, version: int) -> Board:
    """The board of a checked header's file (current version): integrity, objects and rows read
    in one read transaction on one read-only connection."""
    try:
        with _read_transaction(path) as db:
            check_integrity(db, path, version)
            return board_from_rows(path, sqlite_rows(db))
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"damaged workshop file ({sqlite_problem(exc)})") from None
    except UnicodeDecodeError:
        raise InputError(path, "damaged workshop file (its table definitions are damaged)") from None


@contextlib.contextmanager
def _read_transaction(path: Path) -> Iterator[sqlite3.Connection]:
    with contextlib.closing(connect_read_only(path)) as db:
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.rollback()


def read_okrw(path: str | Path, notify: Callable[[str], None] | None = None) -> Board:
    """Load a workshop file's board without keeping the file open (CLI, conversions).

    Reading never changes the file: a file from an older version is brought up to date in a
    temporary copy (only opening it in the app migrates it in place, after a backup; Alembic and
    the ORM load for that case only). The one exception is a file left by a crash, which is
    recovered in place after a copy, as the app would (SQLite cannot read it otherwise);
    ``notify`` then gets one line saying so.
    """
    path = Path(path)
    recovered_from = recover(path)
    if recovered_from is not None and notify is not None:
        notify(recovery_notice(path, recovered_from))
    header = check_header(path)
    if header.user_version == SCHEMA_VERSION:
        return read_current(path, header.user_version)
    check_file(path, header.user_version)  # refused before any migration runs
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="okrw-read-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        try:
            from okrworkshop.storage.migrate import migrate
            from okrworkshop.storage.workshop_file import _engine

            migrate(copy, header.user_version, _engine)
            return read_current(copy, SCHEMA_VERSION)
        except InputError as exc:
            raise InputError(path, exc.problem, exc.where) from None
