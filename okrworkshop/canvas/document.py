"""The open workshop as the canvas and the window see it: board, file, undo stack, Qt signals.

The :class:`Document` owns the :class:`~okrworkshop.model.Board`, the open
:class:`~okrworkshop.storage.WorkshopFile` that writes every board change to disk by itself (opened
by the app as a :class:`~okrworkshop.storage.lazy_file.LazyWorkshopFile`: read without the ORM, which
loads after the first paint or on the first change), and
the ``QUndoStack`` of the user's gestures. It re-emits the board's events as Qt signals, so the
scene and the docks follow the model without knowing about its observer API.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from okrworkshop.canvas.commands import BoardCommand
from okrworkshop.model import (
    Added,
    Board,
    Committed,
    Event,
    ModelError,
    Reloaded,
    Removed,
    Updated,
    WorkshopChanged,
)
from okrworkshop.storage.lazy_file import LazyWorkshopFile

if TYPE_CHECKING:
    from okrworkshop.storage import WorkshopFile

#: The open file of a document: opened by the app (light, the ORM loaded late) or made by it.
StoredFile: TypeAlias = "WorkshopFile | LazyWorkshopFile"


class Document(QObject):
    """One open workshop: its board, its file (if any) and its undo history."""

    #: An entity was added (the entity).
    entity_added = Signal(object)
    #: An entity was removed (the entity as it was).
    entity_removed = Signal(object)
    #: An entity changed (before, after, frozenset of field names).
    entity_updated = Signal(object, object, object)
    #: The workshop settings changed (before, after, fields).
    workshop_changed = Signal(object, object, object)
    #: The whole board was replaced.
    reloaded = Signal()
    #: A unit of change is complete (one gesture); the file has been written.
    committed = Signal(int)
    #: A gesture the model refused, with the reason (for the status bar).
    refused = Signal(str)

    def __init__(
        self, board: Board, workshop_file: StoredFile | None = None, parent: QObject | None = None
    ) -> None:
        """Wrap ``board``; with ``workshop_file`` (whose board it is) every change is saved.

        Without a file the document lives in memory only (benchmarks and tests of the scene).
        """
        super().__init__(parent)
        if workshop_file is not None and workshop_file.board is not board:
            raise ValueError("the workshop file belongs to another board")
        self.board = board
        self.file = workshop_file
        self.undo_stack = QUndoStack(self)
        #: Builds the command that must follow a card change in the same step (the scene sets
        #: it: lanes growing to hold their cards, measured on the items), or None.
        self.follow_up: Callable[[], BoardCommand | None] | None = None
        board.subscribe(self._on_event)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Open a ``.okrw`` file (:class:`~okrworkshop.errors.InputError` if it can't be used)."""
        return cls(*_opened(path), parent=parent)

    def load_writer(self) -> None:
        """Load what writing the file needs (the ORM) now, if it is not loaded yet: the app calls
        this right after the first paint, so the first change does not wait for it."""
        if isinstance(self.file, LazyWorkshopFile):
            self.file.load_writer()

    @property
    def path(self) -> Path | None:
        return self.file.path if self.file is not None else None

    def _on_event(self, event: Event) -> None:
        if isinstance(event, Added):
            self.entity_added.emit(event.entity)
        elif isinstance(event, Removed):
            self.entity_removed.emit(event.entity)
        elif isinstance(event, Updated):
            self.entity_updated.emit(event.before, event.after, event.fields)
        elif isinstance(event, WorkshopChanged):
            self.workshop_changed.emit(event.before, event.after, event.fields)
        elif isinstance(event, Reloaded):
            self.reloaded.emit()
        elif isinstance(event, Committed):
            self.committed.emit(event.changes)

    def execute(self, make: Callable[[], BoardCommand]) -> BoardCommand | None:
        """Build a command and push it; a change the model refuses is reported, not raised.

        Returns the pushed command, or None when it was refused or changed nothing.
        """
        try:
            command = make()
            if command.is_empty:
                return None
            command.apply_first()
        except ModelError as exc:
            self.refused.emit(str(exc))
            return None
        self._follow(command, command)
        self.undo_stack.push(command)
        return command

    def fold(self, into: BoardCommand, make: Callable[[], BoardCommand]) -> bool:
        """Apply the command ``make`` builds as part of ``into``, the last step on the stack
        (typing the title of a card just created: the card and its title are one step).

        Falls back to :meth:`execute` when ``into`` is no longer the last step. True if applied.
        """
        stack = self.undo_stack
        if stack.index() == 0 or stack.command(stack.index() - 1) is not into or stack.canRedo():
            return self.execute(make) is not None
        try:
            command = make()
            if command.is_empty:
                return False
            command.apply_first()
        except ModelError as exc:
            self.refused.emit(str(exc))
            return False
        self._follow(command, into)
        into.fold(command)
        return True

    def discard(self, command: BoardCommand) -> bool:
        """Undo ``command``, the last step on the stack, and take it off the stack (no redo)."""
        stack = self.undo_stack
        if stack.index() == 0 or stack.command(stack.index() - 1) is not command:
            return False
        command.discard_on_undo = True
        stack.undo()
        return True

    def _follow(self, command: BoardCommand, step: BoardCommand) -> None:
        """After ``command`` (part of ``step``): what must change with it (lanes grow)."""
        if self.follow_up is None or not command.grows_lanes:
            return
        try:
            extra = self.follow_up()
            if extra is None or extra.is_empty:
                return
            extra.apply_first()
        except ModelError as exc:
            self.refused.emit(str(exc))
            return
        step.add_follow_up(extra.changes)

    def push(self, command: BoardCommand) -> bool:
        """Push an already built command (see :meth:`execute`); True if it was applied."""
        return self.execute(lambda: command) is not None

    def close(self) -> None:
        """Stop following the board and release the file (everything is already saved)."""
        self.undo_stack.clear()
        self.board.unsubscribe(self._on_event)
        if self.file is not None:
            self.file.close()
            self.file = None


def _opened(path: str | Path) -> tuple[Board, LazyWorkshopFile]:
    workshop_file = LazyWorkshopFile.open(path)
    return workshop_file.board, workshop_file
