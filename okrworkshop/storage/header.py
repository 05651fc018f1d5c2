"""Checks on a file's SQLite header, made before any database connection touches it.

The header (the first 100 bytes, https://sqlite.org/fileformat.html) tells whether the file is
SQLite at all, whose it is (``application_id``), its schema version (``user_version``) and how
long it should be, so most bad files are refused without opening them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from okrworkshop.errors import InputError
from okrworkshop.model.value import Value

MAGIC = b"SQLite format 3\x00"
#: ``PRAGMA application_id`` of okrworkshop files: "OKRW".
APPLICATION_ID = 0x4F4B5257


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Header(Value):
    """What the first 100 bytes of an SQLite file say: page size and count, and our two PRAGMAs."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Read and sanity-check the header; :class:`InputError` for anything that is not SQLite."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if not path.is_file():
        raise InputError(path, "not a file")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    if len(head) < 100 or not head.startswith(MAGIC):
        raise InputError(path, "not an okrworkshop workshop file (not an SQLite database)")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    version_valid_for = struct.unpack(">I", head[92:96])[0]
    # Both are signed 32-bit integers to SQLite (PRAGMA user_version = -1 reads back as -1).
    user_version, application_id = struct.unpack(">i", head[60:64])[0], struct.unpack(">i", head[68:72])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise InputError(path, "damaged file (invalid SQLite header)")
    if head[18] != 1 or head[19] != 1:
        # 2 is SQLite's write-ahead log: reading it would leave -wal and -shm files beside it, and
        # okrworkshop never writes one (a file in that mode was changed by another program).
        raise InputError(
            path, "not a file okrworkshop wrote (SQLite's write-ahead log mode) or a damaged header"
        )
    size = path.stat().st_size
    if change_counter == version_valid_for and page_count and size < page_count * page_size:
        raise InputError(path, f"truncated file ({size} bytes, the database says {page_count * page_size})")
    if size % page_size:
        raise InputError(path, "truncated or damaged file (size is not a whole number of pages)")
    return Header(page_size, page_count, user_version, application_id & 0xFFFFFFFF)
