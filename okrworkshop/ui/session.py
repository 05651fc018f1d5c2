"""What the app remembers from one run to the next, in ``QSettings``.

- the last workshop, which a bare ``okrworkshop`` reopens (the demo only on a first start, or when
  that file is gone);
- the recent workshops (*File → Recent workshops*), each with the zoom and the point of the board
  the window showed when the trainer left it;
- the window's size and place, and where its docks are;
- the folder the Open and Save dialogs last used (the user's Documents folder at first, created
  if it is missing).

Nothing here opens a window or a dialog: the main window and the launcher ask and apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QMainWindow

from okrworkshop.model.value import Value

#: How many workshops *File → Recent workshops* lists.
MAX_RECENT = 8
LAST_KEY = "session/last_workshop"
RECENT_ARRAY = "recent_workshops"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
#: Bumped when the docks change so much that an old layout would not fit (Qt then ignores it).
STATE_VERSION = 1
FOLDER_KEY = "folders/workshops"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class RecentWorkshop(Value):
    """A workshop opened before, and how the window showed it when it was left."""

    path: Path
    zoom: float | None = None
    centre: tuple[float, float] | None = None

    def exists(self) -> bool:
        return self.path.is_file()


def _key(path: str | Path) -> Path:
    """One spelling per file, however it was named (relative, with ``..``, through a link)."""
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(path).absolute()


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two names lead to the same file."""
    return _key(a) == _key(b)


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) < 1e9 else None  # no NaN, no absurd values


# ================================================================ recent workshops
def recent_workshops(settings: QSettings | None = None) -> list[RecentWorkshop]:
    """The recent workshops, the last one opened first (files since gone included: see ``exists``)."""
    settings = QSettings() if settings is None else settings
    entries: list[RecentWorkshop] = []
    count = settings.beginReadArray(RECENT_ARRAY)
    for index in range(count):
        settings.setArrayIndex(index)
        text = str(settings.value("path", "") or "")
        if not text:
            continue
        zoom = _number(settings.value("zoom"))
        x, y = _number(settings.value("centre_x")), _number(settings.value("centre_y"))
        centre = (x, y) if x is not None and y is not None else None
        entry = RecentWorkshop(Path(text), zoom if zoom and zoom > 0 else None, centre)
        if all(e.path != entry.path for e in entries):
            entries.append(entry)
    settings.endArray()
    return entries[:MAX_RECENT]


def _write_recent(entries: list[RecentWorkshop], settings: QSettings) -> None:
    settings.remove(RECENT_ARRAY)
    settings.beginWriteArray(RECENT_ARRAY, len(entries))
    for index, entry in enumerate(entries):
        settings.setArrayIndex(index)
        settings.setValue("path", str(entry.path))
        if entry.zoom is not None:
            settings.setValue("zoom", entry.zoom)
        if entry.centre is not None:
            settings.setValue("centre_x", entry.centre[0])
            settings.setValue("centre_y", entry.centre[1])
    settings.endArray()


def remember_workshop(
    path: str | Path, zoom: float | None = None, centre: tuple[float, float] | None = None
) -> None:
    """Put ``path`` first in the recent workshops and make it the one the next start reopens.

    Without ``zoom`` and ``centre``, what was remembered of its view is kept.
    """
    # One QSettings, written only when something changed: each write of the settings file is a
    # synced save, 8-30 ms on these machines, and this runs before the window's first paint.
    settings = QSettings()
    key = _key(path)
    entries = recent_workshops(settings)
    before = next((e for e in entries if e.path == key), None)
    if before is not None and zoom is None:
        zoom, centre = before.zoom, before.centre
    entry = RecentWorkshop(key, zoom, centre)
    wanted = [entry, *(e for e in entries if e.path != key)][:MAX_RECENT]
    if wanted != entries:
        _write_recent(wanted, settings)
    if str(settings.value(LAST_KEY, "") or "") != str(key):
        settings.setValue(LAST_KEY, str(key))


def recent_view(path: str | Path) -> RecentWorkshop | None:
    """What was remembered of ``path`` (its zoom and centre), if it is among the recent ones."""
    key = _key(path)
    return next((e for e in recent_workshops() if e.path == key), None)


def clear_recent() -> None:
    """Empty *File → Recent workshops* (the next start still reopens the last workshop)."""
    QSettings().remove(RECENT_ARRAY)


def last_workshop() -> Path | None:
    """The workshop open when the app was last left, if any was (the file may be gone since)."""
    text = str(QSettings().value(LAST_KEY, "") or "")
    return Path(text) if text else None


# ======================================================================== folders
def documents_folder() -> Path:
    """The user's Documents folder, created if it is missing (the home folder if it cannot be)."""
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(located) if located else Path.home() / "Documents"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder if folder.is_dir() else Path.home()


def workshop_folder(default: Path | None = None) -> Path:
    """Where the Open and Save dialogs start: the folder last used there, else ``default`` (if it
    is a folder), else Documents."""
    text = str(QSettings().value(FOLDER_KEY, "") or "")
    if text and Path(text).is_dir():
        return Path(text)
    if default is not None and default.is_dir():
        return default
    return documents_folder()


def remember_workshop_folder(path: str | Path) -> None:
    """Note the folder of a file the trainer just chose in the Open or Save dialog."""
    folder = Path(path).parent
    if str(folder):
        QSettings().setValue(FOLDER_KEY, str(folder))


# ========================================================================= window
def save_window(window: QMainWindow) -> None:
    """Keep the window's size and place, and where its toolbar and docks are."""
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState(STATE_VERSION))


def restore_window(window: QMainWindow) -> bool:
    """Give ``window`` the size, place and docks it had when last closed; False if none is known."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    state = settings.value(STATE_KEY)
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        restored = window.restoreState(state, STATE_VERSION) or restored
    return restored
