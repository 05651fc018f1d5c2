"""Where things live: bundled assets (also when frozen) and the user's data folder."""

from __future__ import annotations

import os
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
