"""Undo command for the workshop's own settings: title, period, language, checker profile…"""

from __future__ import annotations

from typing import Any

from okrworkshop.canvas.commands.base import BoardCommand, tr
from okrworkshop.model import Board, ModelError, Workshop


class ChangeWorkshop(BoardCommand):
    """Set some of the workshop's fields (absolute old and new values, one undo step)."""

    def __init__(self, board: Board, text: str | None = None, **changes: Any) -> None:
        current = board.workshop
        unknown = sorted(set(changes) - set(Workshop.__dataclass_fields__))
        if unknown:
            raise ModelError(f"unknown workshop setting {unknown[0]!r}")
        self.after = {k: v for k, v in changes.items() if getattr(current, k) != v}
        self.before = {k: getattr(current, k) for k in self.after}
        super().__init__(board, text or tr("Change workshop settings"), [])

    @property
    def is_empty(self) -> bool:
        return not self.after

    def touched_ids(self) -> set[str]:
        return set()

    def _run(self, *, forward: bool) -> None:
        self.board.set_workshop(**(self.after if forward else self.before))
