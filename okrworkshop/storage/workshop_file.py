"""The ``.okrw`` workshop file: SQLite as an application file format, always saved.

A :class:`WorkshopFile` is opened on a path, loads the board, and from then on writes every change
the board announces, committing once per :class:`~okrworkshop.model.events.Committed` (one undo
step), so a crash loses nothing and closing never asks to save. SQLite-only details (header
checks, PRAGMAs, the backup API) live here; the tables in :mod:`okrworkshop.storage.schema` stay
portable.

Opening is careful: the header is read before any connection is made, a file from another
application or a newer version is refused untouched, integrity is checked on a read-only
connection, and an older file is copied aside before it is migrated. Viewing without editing
leaves the file byte-identical (no writes on open, journal mode left as it is, no side files after
closing). Nothing read from a file is executed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, delete, event, insert, text, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from okrworkshop.errors import InputError
from okrworkshop.model import (
    Added,
    Board,
    Committed,
    Entity,
    Event,
    ModelError,
    Reloaded,
    Removed,
    Team,
    Updated,
    Workshop,
    WorkshopChanged,
)
from okrworkshop.outputs import replace_atomically
from okrworkshop.paths import safe_file_stem, user_data_dir
from okrworkshop.storage.header import APPLICATION_ID
from okrworkshop.storage.reading import board_from_rows, check_file, check_header, read_okrw, sqlite_problem
from okrworkshop.storage.recovery import recover
from okrworkshop.storage.rows import COLUMN_OF_FIELD, TABLES, check_row
from okrworkshop.storage.schema import ROW_CLASSES, Base, WorkshopRow
from okrworkshop.storage.tables import ALEMBIC_TABLE, HEAD_REVISION, SCHEMA_VERSION, SUFFIX

__all__ = ["SUFFIX", "WorkshopFile", "opened", "read_okrw", "write_okrw"]


def _engine(path: Path, mode: str = "rw") -> Engine:
    """An engine on one file (``mode`` ro, rw or rwc), with real transactions.

    pysqlite's own transaction handling is switched off and BEGIN is issued on begin, as
    SQLAlchemy's SQLite notes recommend, so migrations and multi-row changes are atomic.
    """
    uri = f"file:{path.resolve().as_posix()}?mode={mode}"
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _entity_values(entity: Entity) -> dict[str, Any]:
    return {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity)}


def _workshop_values(workshop: Workshop) -> dict[str, Any]:
    values = _entity_values(workshop)  # type: ignore[arg-type]
    values["thresholds"] = json.dumps(workshop.thresholds, sort_keys=True)
    values["disabled_rules"] = json.dumps(list(workshop.disabled_rules))
    return values


def _check_rows(path: Path, board: Board) -> None:
    """Check every row a board would write with the checks rows get when loaded (see :mod:`.rows`)."""
    check_row(path, "workshop", 1, _workshop_values(board.workshop))
    for table, kind in TABLES.items():
        for number, entity in enumerate(board.all(cast(type[Entity], kind)), start=1):
            values = {COLUMN_OF_FIELD.get(k, k): v for k, v in _entity_values(entity).items()}
            check_row(path, table, number, values)


def _write_all(session: Session, board: Board) -> None:
    session.execute(insert(WorkshopRow).values(id=1, **_workshop_values(board.workshop)))
    teams = board.teams()
    placed: set[str] = set()
    while teams:  # parents before sub-teams, for the foreign keys
        ready = [t for t in teams if t.parent_id is None or t.parent_id in placed]
        if not ready:
            raise ModelError("teams nest inside each other in a loop")
        for team in ready:
            session.execute(insert(ROW_CLASSES[type(team)]).values(**_entity_values(team)))
            placed.add(team.id)
        teams = [t for t in teams if t.id not in placed]
    for kind, row_class in ROW_CLASSES.items():
        if kind is Team:
            continue
        rows = [_entity_values(e) for e in board.all(cast(type[Entity], kind))]
        if rows:
            session.execute(insert(row_class), rows)


def _read_board(session: Session, path: Path) -> Board:
    """The board through the ORM's session: the rows checked and built as the light reader does."""
    return board_from_rows(path, lambda table, names: _plain_rows(session, path, table, names))


def _plain_rows(session: Session, path: Path, table: str, names: list[str]) -> list[dict[str, Any]]:
    """The rows of ``table`` as column -> value, in rowid order (the row numbers users see)."""
    statement = text(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid")  # names are ours
    try:
        return [dict(zip(names, row, strict=True)) for row in session.execute(statement)]
    except OperationalError:
        # Text that is not UTF-8: read again, keeping the bad bytes, so the row gets named.
        raw = cast(Any, session.connection().connection).driver_connection
        raw.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
        try:
            return [dict(zip(names, row, strict=True)) for row in raw.execute(statement.text)]
        finally:
            raw.text_factory = str


class WorkshopFile:
    """An open ``.okrw`` file bound to its board: every board change is written as it happens."""

    def __init__(self, path: Path, engine: Engine, board: Board) -> None:
        self.path = path
        self.board = board
        #: The copy of the file as a crash left it, when opening had to recover it (else None).
        self.recovered_from: Path | None = None
        self._engine = engine
        self._session: Session | None = None
        board.subscribe(self._on_event)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path) -> WorkshopFile:
        """Open an existing workshop; :class:`InputError` (file untouched) if it can't be used.

        A file left by a crash is recovered first (see :mod:`okrworkshop.storage.recovery`);
        :attr:`recovered_from` then names the copy of the file as it was found.
        """
        path = Path(path)
        recovered_from = recover(path)
        opened = cls._open_checked(path)
        opened.recovered_from = recovered_from
        return opened

    @classmethod
    def _open_checked(cls, path: Path) -> WorkshopFile:
        header = check_header(path)
        check_file(path, header.user_version)
        if header.user_version < SCHEMA_VERSION:
            from okrworkshop.storage.migrate import migrate

            migrate(path, header.user_version, _engine)
        engine = _engine(path)
        try:
            with Session(engine) as session:
                board = _read_board(session, path)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise InputError(path, f"damaged workshop file ({_sqlite_problem(exc)})") from None
        except UnicodeDecodeError:
            engine.dispose()
            raise InputError(path, "damaged workshop file (its table definitions are damaged)") from None
        except InputError:
            engine.dispose()
            raise
        return cls(path, engine, board)

    @classmethod
    def writer_of(cls, path: Path, board: Board) -> WorkshopFile:
        """The writer of ``board``, just read from ``path`` and checked by :mod:`.reading` (it is
        not read again). It does not follow the board by itself: its owner (a
        :class:`~okrworkshop.storage.lazy_file.LazyWorkshopFile`) passes it the board's events."""
        writer = cls(path, _engine(path), board)
        board.unsubscribe(writer._on_event)
        return writer

    @classmethod
    def create(cls, path: str | Path, board: Board | None = None, *, replace: bool = False) -> WorkshopFile:
        """Write ``board`` (or an empty one) as a new file at ``path`` and keep it open.

        The file is built beside the target and moved into place, so a failure leaves no half file.
        An existing file is refused unless ``replace``.
        """
        path = Path(path)
        if path.exists() and not replace:
            raise InputError(path, "already exists; choose another name")
        board = Board() if board is None else board  # an empty board is falsy, its settings are not
        _check_rows(path, board)  # what the file would refuse on opening is never written
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, lambda temp: _create_file(temp, board), suffix=".tmp")
        return cls.open(path)

    @classmethod
    def create_untitled(cls, board: Board | None = None) -> WorkshopFile:
        """A new workshop kept in the user's data folder, so it survives a crash before naming.

        The file is named after the workshop's title (``Atelier Rayon Vert.okrw``, then
        ``Atelier Rayon Vert (2).okrw``…), so the trainer recognises it in a list of files.
        """
        board = Board() if board is None else board
        stem = safe_file_stem(board.workshop.title, "Workshop")
        folder = user_data_dir() / "untitled"
        candidate = folder / f"{stem}{SUFFIX}"
        n = 2
        while candidate.exists():
            candidate = folder / f"{stem} ({n}){SUFFIX}"
            n += 1
        return cls.create(candidate, board)

    # ----------------------------------------------------------------- writing
    def _on_event(self, change: Event) -> None:
        session = self._writer()
        if isinstance(change, Added):
            row_class = ROW_CLASSES[type(change.entity)]
            session.execute(insert(row_class).values(**_entity_values(change.entity)))
        elif isinstance(change, Removed):
            row_class = ROW_CLASSES[type(change.entity)]
            session.execute(delete(row_class).where(row_class.id == change.entity.id))  # type: ignore[attr-defined]
        elif isinstance(change, Updated):
            row_class = ROW_CLASSES[type(change.after)]
            values = {name: getattr(change.after, name) for name in change.fields}
            session.execute(update(row_class).where(row_class.id == change.after.id).values(**values))  # type: ignore[attr-defined]
        elif isinstance(change, WorkshopChanged):
            values = _workshop_values(change.after)
            session.execute(
                update(WorkshopRow).where(WorkshopRow.id == 1).values(**{n: values[n] for n in change.fields})
            )
        elif isinstance(change, Reloaded):
            for row_class in reversed(list(ROW_CLASSES.values())):
                session.execute(delete(row_class))
            session.execute(delete(WorkshopRow))
            _write_all(session, self.board)
            session.commit()
        elif isinstance(change, Committed):
            session.commit()

    def _writer(self) -> Session:
        if self._session is None:
            self._session = Session(self._engine)
        return self._session

    def save_copy(self, target: str | Path, *, replace: bool = False) -> Path:
        """Copy the workshop, as it is now, to ``target`` with SQLite's online backup API."""
        target = Path(target)
        if target.exists() and not replace:
            raise InputError(target, "already exists; choose another name")
        if target.resolve() == self.path.resolve():
            raise InputError(target, "is the open workshop itself")

        def backup(temp: Path) -> None:
            with contextlib.closing(self._engine.raw_connection()) as source:
                destination = sqlite3.connect(temp)
                try:
                    source.driver_connection.backup(destination)  # type: ignore[union-attr]
                finally:
                    destination.close()

        return replace_atomically(target, backup, suffix=".tmp")

    def close(self) -> None:
        """Stop writing and release the file (nothing is pending: every change is committed)."""
        self.board.unsubscribe(self._on_event)
        if self._session is not None:
            self._session.commit()
            self._session.close()
            self._session = None
        self._engine.dispose()

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def write_okrw(board: Board, path: str | Path, *, replace: bool = False) -> Path:
    """Write ``board`` as a new workshop file."""
    WorkshopFile.create(path, board, replace=replace).close()
    return Path(path)


def _create_file(path: Path, board: Board) -> None:
    engine = _engine(path, "rwc")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            Base.metadata.create_all(connection)
            connection.exec_driver_sql(ALEMBIC_TABLE)
            connection.exec_driver_sql(f"INSERT INTO alembic_version VALUES ('{HEAD_REVISION}')")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            with Session(bind=connection) as session:
                _write_all(session, board)
                session.flush()
    finally:
        engine.dispose()


#: Kept under their former names (the checks now live in :mod:`.reading`, shared by both paths).
_check_integrity = check_file
_sqlite_problem = sqlite_problem


def backup_before_migration(path: Path, version: int) -> Path:
    """Copy an older file aside before migrating it: ``NAME.okrw`` -> ``NAME.v1.okrw.bak``."""
    target = path.with_name(f"{path.stem}.v{version}{path.suffix}.bak")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.v{version}-{n}{path.suffix}.bak")
        n += 1
    shutil.copy2(path, target)
    return target


@contextlib.contextmanager
def opened(path: str | Path) -> Iterator[WorkshopFile]:
    """``with opened(path) as workshop_file:`` — open, yield, close."""
    workshop_file = WorkshopFile.open(path)
    try:
        yield workshop_file
    finally:
        workshop_file.close()
