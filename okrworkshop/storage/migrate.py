"""Bring an older ``.okrw`` file up to the current schema with Alembic.

Loaded only when an older file is opened (Alembic is not needed otherwise). The file is copied
aside first, the whole upgrade runs in one transaction, and the reached version is mirrored into
``PRAGMA user_version`` so any tool can read it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from okrworkshop.errors import InputError
from okrworkshop.storage.schema import HEAD_REVISION, SCHEMA_VERSION

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(path: Path, from_version: int, make_engine: Callable[[Path, str], Engine]) -> Path:
    """Upgrade ``path`` in place; returns the backup copy of the original."""
    from okrworkshop.storage.workshop_file import backup_before_migration

    backup = backup_before_migration(path, from_version)
    engine = make_engine(path, "rw")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, HEAD_REVISION)
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except Exception as exc:
        raise InputError(
            path, f"could not be updated to the current format ({exc}); the original is kept in {backup.name}"
        ) from None
    finally:
        engine.dispose()
    return backup
