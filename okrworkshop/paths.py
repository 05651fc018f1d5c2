"""Where things live: bundled assets (also when frozen) and the user's data folder."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path


def assets_dir() -> Path:
    """The ``assets/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user folder for untitled workshops and settings (created on demand).

    ``OKRWORKSHOP_DATA_DIR`` overrides it (tests, portable installs).
    """
    override = os.environ.get("OKRWORKSHOP_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "okrworkshop"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "okrworkshop"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "okrworkshop"
    base.mkdir(parents=True, exist_ok=True)
    return base


def user_cache_dir() -> Path:
    """The per-user folder for what okrworkshop can rebuild (parsed fonts), not created here.

    Beside the data under ``OKRWORKSHOP_DATA_DIR`` when that is set (tests, portable installs).
    """
    override = os.environ.get("OKRWORKSHOP_DATA_DIR")
    if override:
        return Path(override) / "cache"
    if sys.platform == "win32":
        return (
            Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "okrworkshop" / "Cache"
        )
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "okrworkshop"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "okrworkshop"


#: Names Windows keeps for devices, whatever the extension ("CON.okrw" cannot be created there).
_RESERVED_STEMS = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}
#: Longest file name made from a title (characters, before the extension).
MAX_STEM = 80


def safe_file_stem(title: str, fallback: str = "workshop") -> str:
    """A file name (without extension) made from a workshop's title, usable on every system.

    Folder separators and the characters Windows refuses become ``-``; line breaks and runs of
    spaces become one space; leading and trailing dots, dashes and spaces go; a device name of
    Windows gets a ``_``; the name is cut at :data:`MAX_STEM` characters (on a word if it can).
    ``fallback`` stands in when nothing is left.
    """
    stem = re.sub(
        r'[\\/:*?"<>|\x00-\x1f\x7f]+', lambda m: " " if m.group() in {"\n", "\r", "\t"} else "-", title
    )
    stem = re.sub(r"\s+", " ", stem).strip(" .-")
    if len(stem) > MAX_STEM:
        cut = stem[:MAX_STEM]
        stem = (cut.rsplit(" ", 1)[0] if " " in cut[MAX_STEM // 2 :] else cut).strip(" .-")
    if stem.split(".")[0].upper() in _RESERVED_STEMS:
        stem += "_"
    return stem or fallback
