"""The checker, run live: after each committed gesture, debounced, on what that gesture touched.

Rules never run inside an undo command: they run from a single-shot timer after the document's
``committed`` signal, so a burst of commits (live typing in the inspector) costs one check.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from okrworkshop.canvas.document import Document
from okrworkshop.collector import collector_paused
from okrworkshop.model import Board, Entity

#: Owner fields whose old and new values are re-checked with a card (counts, duplicates).
_OWNERS = ("team_id", "objective_id", "key_result_id", "parent_id", "aligned_to")


class CheckerLike(Protocol):
    """What the canvas needs from :class:`okrworkshop.rules.Checker`."""

    def refresh(self, changed_ids: Iterable[str] | None = None) -> set[str]: ...
    def findings(self) -> list[Any]: ...
    def findings_for(self, entity_id: str) -> list[Any]: ...
    def summary(self) -> dict[str, int]: ...


def default_checker(board: Board) -> CheckerLike:
    """The real rule engine on ``board``, loaded on its first run (see :class:`DeferredChecker`)."""
    return DeferredChecker(board)


class DeferredChecker:
    """The rule engine on a board, loaded when it first runs: a window opening on a workshop paints
    its board before the rules are imported, and the badges appear when that first check ends.
    Until then it has no findings. :class:`ImportError` at once if the rules are not installed."""

    def __init__(self, board: Board) -> None:
        if importlib.util.find_spec("okrworkshop.rules") is None:
            raise ImportError("No module named 'okrworkshop.rules'")
        self._board = board
        self._checker: Any = None

    @property
    def loaded(self) -> bool:
        return self._checker is not None

    def _load(self) -> Any:
        if self._checker is None:
            from okrworkshop.rules import Checker

            self._checker = Checker(self._board)
        return self._checker

    def refresh(self, changed_ids: Iterable[str] | None = None) -> set[str]:
        return self._load().refresh(changed_ids)  # type: ignore[no-any-return]

    def findings(self) -> list[Any]:
        return self._checker.findings() if self._checker is not None else []  # type: ignore[no-any-return]

    def findings_for(self, entity_id: str) -> list[Any]:
        if self._checker is None:
            return []
        return self._checker.findings_for(entity_id)  # type: ignore[no-any-return]

    def summary(self) -> dict[str, int]:
        if self._checker is None:
            return {"error": 0, "warning": 0, "info": 0}
        return self._checker.summary()  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._load(), name)


class LiveChecker(QObject):
    """Keeps a checker's findings up to date with the document, ``delay_ms`` after each commit."""

    #: Ids whose findings changed, and whether everything was re-checked (then look at all cards).
    findings_changed = Signal(object, bool)

    def __init__(
        self,
        document: Document,
        make_checker: Callable[[Board], CheckerLike] = default_checker,
        delay_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.checker = make_checker(document.board)
        self._changed: set[str] = set()
        self._full = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run)
        document.entity_added.connect(self._on_entity)
        document.entity_removed.connect(self._on_entity)
        document.entity_updated.connect(self._on_updated)
        document.workshop_changed.connect(self._on_everything)
        document.reloaded.connect(self._on_everything)
        document.committed.connect(self._on_committed)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _note(self, entity: Entity) -> None:
        self._changed.add(entity.id)
        for name in _OWNERS:
            value = getattr(entity, name, None)
            if value is not None:
                self._changed.add(value)

    def _on_entity(self, entity: Entity) -> None:
        self._note(entity)

    def _on_updated(self, before: Entity, after: Entity, _fields: frozenset[str]) -> None:
        self._note(before)
        self._note(after)

    def _on_everything(self, *_args: object) -> None:
        self._full = True
        self._timer.start()

    def _on_committed(self, _count: int) -> None:
        self._timer.start()

    def stop(self) -> None:
        """Forget pending work (the document is closing)."""
        self._timer.stop()

    def schedule_full(self) -> None:
        """Check everything soon (after opening)."""
        self._on_everything()

    def run(self) -> set[str]:
        """Check now what changed since the last run; emits and returns the ids whose findings changed."""
        self._timer.stop()
        board = self.document.board
        if self._full:
            # Every card's findings, then every view of them (badges, the findings list, their
            # rewrites): long-lived objects by the thousand (see okrworkshop.collector).
            with collector_paused():
                changed = self.checker.refresh(None)
                self._full = False
                self._changed.clear()
                self.findings_changed.emit(set(changed), True)
            return set(changed)
        ids = {i for i in self._changed if i in board}
        gone = self._changed - ids
        self._changed.clear()
        changed = set(self.checker.refresh(ids | gone)) | gone
        self.findings_changed.emit(changed, False)
        return changed
