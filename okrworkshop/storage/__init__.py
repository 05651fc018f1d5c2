"""Workshop files (``.okrw``): SQLite, written through SQLAlchemy, read with or without it.

Reading (:func:`read_okrw`) needs only the standard library's ``sqlite3`` (see
:mod:`okrworkshop.storage.reading`); :class:`WorkshopFile`, :func:`opened` and :func:`write_okrw`
load the ORM when first used, so a read-only command never imports SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from okrworkshop.storage.reading import read_okrw
from okrworkshop.storage.tables import SCHEMA_VERSION, SUFFIX

if TYPE_CHECKING:
    from okrworkshop.storage.workshop_file import WorkshopFile, opened, write_okrw

__all__ = ["SCHEMA_VERSION", "SUFFIX", "WorkshopFile", "opened", "read_okrw", "write_okrw"]

_WRITING = ("WorkshopFile", "opened", "write_okrw")


def __getattr__(name: str) -> Any:
    if name in _WRITING:
        from okrworkshop.storage import workshop_file

        return getattr(workshop_file, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
