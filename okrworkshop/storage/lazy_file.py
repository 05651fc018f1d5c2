"""The app's open workshop: read without the ORM, written through it from the first change on.

The window can paint a workshop before SQLAlchemy is loaded: :meth:`LazyWorkshopFile.open` reads
the board through :mod:`okrworkshop.storage.reading` (every check of an open, on plain
``sqlite3``), and the ORM writer (:class:`~okrworkshop.storage.WorkshopFile`) is made when the app
asks for it right after the first paint (:meth:`LazyWorkshopFile.load_writer`), or at the latest
on the first change of the board, which it then writes like any other. Until then nothing is
written: the file stays byte-identical, as viewing always leaves it.

A file from an older version is migrated in place on opening (after a backup), as the ORM path
does; that needs Alembic, so such a file loads the writer at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from okrworkshop.model import Board, Event
from okrworkshop.storage.reading import check_header, read_current
from okrworkshop.storage.recovery import recover
from okrworkshop.storage.tables import SCHEMA_VERSION

if TYPE_CHECKING:
    from okrworkshop.storage.workshop_file import WorkshopFile


class LazyWorkshopFile:
    """An open ``.okrw`` file bound to its board, like :class:`WorkshopFile`, with the ORM loaded late."""

    def __init__(self, path: Path, board: Board, writer: WorkshopFile | None = None) -> None:
        self.path = path
        self.board = board
        #: The copy of the file as a crash left it, when opening had to recover it (else None).
        self.recovered_from: Path | None = None
        self._writer = writer
        board.subscribe(self._on_event)

    @classmethod
    def open(cls, path: str | Path) -> LazyWorkshopFile:
        """Open an existing workshop; :class:`InputError` (file untouched) if it can't be used."""
        path = Path(path)
        recovered_from = recover(path)
        header = check_header(path)
        if header.user_version < SCHEMA_VERSION:
            from okrworkshop.storage.workshop_file import WorkshopFile

            writer = WorkshopFile._open_checked(path)  # migrates in place, after a backup
            writer.board.unsubscribe(writer._on_event)
            opened = cls(path, writer.board, writer)
        else:
            opened = cls(path, read_current(path, header.user_version))
        opened.recovered_from = recovered_from
        return opened

    @property
    def writer_loaded(self) -> bool:
        return self._writer is not None

    def load_writer(self) -> WorkshopFile:
        """The ORM writer, made now if it is not yet (the app calls this after the first paint)."""
        if self._writer is None:
            from okrworkshop.storage.workshop_file import WorkshopFile

            self._writer = WorkshopFile.writer_of(self.path, self.board)
            self._writer.recovered_from = self.recovered_from
        return self._writer

    def _on_event(self, event: Event) -> None:
        self.load_writer()._on_event(event)

    def save_copy(self, target: str | Path, *, replace: bool = False) -> Path:
        """Copy the workshop, as it is now, to ``target`` (see :meth:`WorkshopFile.save_copy`)."""
        return self.load_writer().save_copy(target, replace=replace)

    def close(self) -> None:
        """Stop writing and release the file (nothing is pending: every change is committed)."""
        self.board.unsubscribe(self._on_event)
        if self._writer is not None:
            self._writer.close()

    def __enter__(self) -> LazyWorkshopFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
