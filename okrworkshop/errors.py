"""Errors that reach the user as one clear line (CLI: stderr + exit 2; GUI: a dialog)."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Unusable input: names the file, and where known the place inside it, and the problem."""

    def __init__(self, path: str | Path | None, problem: str, where: str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        self.where = where
        super().__init__(self.line())

    def line(self) -> str:
        """The one line shown to the user: ``FILE: WHERE: PROBLEM``."""
        parts = [p for p in (self.path, self.where, self.problem) if p]
        return ": ".join(parts).replace("\n", " ")
