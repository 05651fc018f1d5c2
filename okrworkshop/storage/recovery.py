"""Recovering a workshop file left by a crash: a hot rollback journal beside it.

When the app (or the machine) stops in the middle of writing a change, SQLite leaves the
``NAME.okrw-journal`` file holding the pages as they were before that change. The file is not
usable until the journal is rolled back, which needs a writable connection; a read-only one is
refused with ``SQLITE_READONLY_ROLLBACK``. SQLite itself decides whether a journal is hot (no
other process is writing), so a journal that another program is still using is never touched.

Recovery first copies the file and its journal byte for byte (``NAME.recovered-<time>.okrw.bak``
and ``…bak-journal``: opened together, SQLite recovers the copy the same way), then opens the file
writable, which rolls the journal back. The usual checks of the file follow.
"""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from datetime import datetime
from pathlib import Path

from okrworkshop.errors import InputError
from okrworkshop.storage.header import APPLICATION_ID, MAGIC

#: The first bytes of a rollback journal with a live header (https://sqlite.org/fileformat.html).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
#: SQLite's extended result code for "a hot journal needs rolling back but the connection is read-only".
_READONLY_ROLLBACK = 776


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def needs_recovery(path: Path) -> bool:
    """True when ``path`` is one of our files with a hot journal that SQLite would roll back.

    Reads only: a read-only connection answers ``SQLITE_READONLY_ROLLBACK`` exactly when the
    journal is hot, and writes nothing either way.
    """
    journal = journal_path(path)
    try:
        with journal.open("rb") as handle:
            if handle.read(len(JOURNAL_MAGIC)) != JOURNAL_MAGIC:
                return False
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(MAGIC):
        return False
    if struct.unpack(">I", head[68:72])[0] != APPLICATION_ID:
        return False  # another program's database: refused later, untouched
    try:
        with contextlib.closing(sqlite3.connect(f"file:{_uri(path)}?mode=ro", uri=True, timeout=2)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except UnicodeDecodeError:
        return False  # damaged table definitions: refused by the usual checks, untouched
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) == _READONLY_ROLLBACK
    return False


def recover(path: Path) -> Path | None:
    """Roll back a hot journal of ``path`` after copying both aside; returns the copy, or None.

    :class:`InputError` (file and journal untouched, no copy left) if it cannot be done.
    """
    if not needs_recovery(path):
        return None
    import shutil

    journal = journal_path(path)
    backup = _backup_name(path)
    backup_journal = backup.with_name(backup.name + "-journal")
    try:
        shutil.copyfile(journal, backup_journal)
        shutil.copyfile(path, backup)
    except OSError as exc:
        backup.unlink(missing_ok=True)
        backup_journal.unlink(missing_ok=True)
        raise InputError(
            path,
            f"was left unfinished by a crash and could not be copied aside before repair ({exc.strerror})",
        ) from None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{_uri(path)}?mode=rw", uri=True, timeout=5)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except UnicodeDecodeError:
        backup.unlink(missing_ok=True)
        backup_journal.unlink(missing_ok=True)
        raise InputError(
            path, "was left unfinished by a crash and cannot be repaired: its table definitions are damaged"
        ) from None
    except sqlite3.Error:
        backup.unlink(missing_ok=True)
        backup_journal.unlink(missing_ok=True)
        raise InputError(
            path,
            "was left unfinished by a crash and cannot be repaired: the file or its folder is read-only "
            "(make them writable and open it again)",
        ) from None
    return backup


def recovery_notice(path: Path, backup: Path) -> str:
    """The one line telling the user what happened (CLI: stderr)."""
    return (
        f"{path}: was left unfinished by a crash; recovered to its last saved change "
        f"(the file as found is kept in {backup.name})"
    )


def _backup_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.recovered-{stamp}{path.suffix}.bak")
    n = 2
    while target.exists() or target.with_name(target.name + "-journal").exists():
        target = path.with_name(f"{path.stem}.recovered-{stamp}-{n}{path.suffix}.bak")
        n += 1
    return target


def _uri(path: Path) -> str:
    from urllib.parse import quote

    return quote(path.resolve().as_posix())
