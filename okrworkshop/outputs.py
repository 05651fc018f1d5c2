"""Writing output files: built beside the target, then moved in, with the user's permissions.

Every writer (CSV, JSON, PDF, PNG, ``.okrw``) goes through here, so a failure never leaves half a
file and a new file gets the mode any program of the user's would give it (``0666 & ~umask``),
not the private 0600 of a temporary file nor SQLite's fixed 0644. A replaced file keeps its mode.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def new_file_mode(path: Path) -> int:
    """The mode ``path`` has now (replacing it keeps it), else what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # The only portable way to read the umask is to set it; put it straight back.
    umask = os.umask(0o077)
    os.umask(umask)
    return umask


def replace_atomically(path: Path, write: Callable[[Path], object], *, suffix: str | None = None) -> Path:
    """Have ``write`` make the file at a temporary name beside ``path``, then move it into place.

    ``write`` gets a path that does not exist yet (SQLite creates its own files).
    """
    temp = _reserve_beside(path, path.suffix if suffix is None else suffix)
    temp.unlink()
    try:
        mode = new_file_mode(path)
        write(temp)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def _reserve_beside(path: Path, suffix: str) -> Path:
    """A new, unused name beside ``path``, created empty and private (as ``tempfile.mkstemp``
    does; done here because the tempfile module costs the headless verbs a tenth of their start)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.parent / f".okrw-{os.urandom(6).hex()}{suffix}"
        try:
            os.close(os.open(temp, flags, 0o600))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {path}")


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it (never half a file)."""
    return replace_atomically(path, lambda temp: temp.write_bytes(data))
