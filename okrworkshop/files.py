"""Read and write a board by file extension: ``.okrw``, ``.json``, ``.csv``.

Writers never replace an existing file unless asked, and never write over the file being read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from okrworkshop.errors import InputError
from okrworkshop.model import Board
from okrworkshop.outputs import replace_atomically

FORMATS = {".okrw": "workshop file", ".json": "okrworkshop/v1 JSON", ".csv": "CSV"}


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise InputError(path, f"unknown file type {suffix or '(none)'!r}; use one of {known}")
    return suffix


def read_input(path: Path) -> bytes:
    """The bytes of an input file; :class:`InputError` if it is missing, a folder or unreadable."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None


def read_board(path: str | Path, notify: Callable[[str], None] | None = None) -> Board:
    """Load a board from a workshop file, a JSON draft or a CSV export.

    ``notify`` gets a line for what the user should know but is no error (a workshop file
    recovered after a crash, fields of a JSON draft that this version does not know).
    """
    path = Path(path)
    if path.is_dir():  # before the extension: a folder is named as a folder, whatever its name
        raise InputError(path, "is a folder, not a file")
    kind = _kind(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if kind == ".okrw":
        from okrworkshop.storage import read_okrw

        return read_okrw(path, notify)
    if kind == ".json":
        from okrworkshop.interchange import read_json

        return read_json(path, notify)
    from okrworkshop.exports.csv_format import read_csv

    return read_csv(path)


def write_board(board: Board, path: str | Path, *, replace: bool = False) -> Path:
    """Write a board in the format its extension names; refuses to replace a file unless asked."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    kind = _kind(path)
    if path.exists() and not replace:
        raise InputError(path, "already exists (use --force to replace it)")
    if not path.parent.exists():
        raise InputError(path, f"folder {str(path.parent)!r} does not exist")
    if kind == ".okrw":
        from okrworkshop.storage import write_okrw

        return write_okrw(board, path, replace=replace)
    if kind == ".json":
        from okrworkshop.interchange import write_json

        return replace_atomically(path, lambda target: write_json(board, target))
    from okrworkshop.exports.csv_format import write_csv

    return replace_atomically(path, lambda target: write_csv(board, target))
