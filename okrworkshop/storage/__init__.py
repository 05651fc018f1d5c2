"""Workshop files (``.okrw``): SQLite through SQLAlchemy, always saved."""

from okrworkshop.storage.schema import SCHEMA_VERSION
from okrworkshop.storage.workshop_file import SUFFIX, WorkshopFile, opened, read_okrw, write_okrw

__all__ = ["SCHEMA_VERSION", "SUFFIX", "WorkshopFile", "opened", "read_okrw", "write_okrw"]
