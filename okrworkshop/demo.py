"""The bundled demo workshop: what a bare ``okrworkshop`` opens on a fresh install."""

from __future__ import annotations

from typing import TYPE_CHECKING

from okrworkshop.errors import InputError
from okrworkshop.model import Board
from okrworkshop.paths import asset, user_data_dir

if TYPE_CHECKING:
    from okrworkshop.storage.lazy_file import LazyWorkshopFile

DEMO_JSON = ("demo", "demo-workshop.json")
DEMO_FILE_NAME = "Demo workshop.okrw"


def demo_board() -> Board:
    """A fresh board with the demo workshop (from ``assets/demo/demo-workshop.json``)."""
    from okrworkshop.interchange import read_json

    return read_json(asset(*DEMO_JSON))


def open_demo() -> LazyWorkshopFile:
    """The user's own copy of the demo, open (read once: every check of an open, without the ORM);
    created on first use.

    Edits to the demo are kept like any workshop's. A copy that can no longer be opened is moved
    aside (never deleted) and a fresh one is made.
    """
    from okrworkshop.storage.lazy_file import LazyWorkshopFile

    path = user_data_dir() / DEMO_FILE_NAME
    if path.exists():
        try:
            return LazyWorkshopFile.open(path)
        except InputError:
            aside = path.with_name(f"{path.stem} (damaged){path.suffix}")
            n = 2
            while aside.exists():
                aside = path.with_name(f"{path.stem} (damaged {n}){path.suffix}")
                n += 1
            path.rename(aside)
    from okrworkshop.storage import write_okrw

    write_okrw(demo_board(), path)
    return LazyWorkshopFile.open(path)
