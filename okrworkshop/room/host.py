"""What the room needs from whoever holds the board: the headless host, or the app's adapter.

The server never touches the board. It asks its host to carry out a participant's change (the
host answers with a future, resolved in the board's own thread), reads the host's latest
:class:`~okrworkshop.room.view.BoardSnapshot`, and is told when a new one is there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

from okrworkshop.model import Board, Committed, Event, Objective, Team
from okrworkshop.room.edits import EditRefused, Plan, Step, apply_steps, plan_edit
from okrworkshop.room.view import BoardSnapshot, snapshot_of, timer_now
from okrworkshop.rules import Checker

Listener = Callable[[int], None]
PARKING = {"fr": "Parking", "en": "Parking lot"}


class RoomHost(Protocol):
    def snapshot(self) -> BoardSnapshot:
        """The latest view of the board (safe from any thread)."""
        ...

    def version(self) -> int:
        """The number of the board's latest change (cheap: no snapshot is built)."""
        ...

    def submit(self, who: str, team_id: str, data: Any) -> Future[Plan]:
        """Carry out one participant's change; the future fails with EditRefused if it can't be."""
        ...

    def park(self, keep_ids: list[str], candidate_ids: list[str]) -> Future[Plan]:
        """Move the candidate objectives not kept to a parking-lot lane (one step)."""
        ...

    def timer(self) -> dict[str, Any] | None:
        """The running round's title, seconds left and whether it is paused, or None."""
        ...

    def listen(self, listener: Listener) -> None:
        """Call ``listener(version)`` (from any thread) whenever a new snapshot is there."""
        ...


def park_plan(board: Board, keep_ids: list[str], candidate_ids: list[str]) -> Plan:
    """Steps that move the candidates not kept into the parking-lot lane (made if missing)."""
    language = board.workshop.language if board.workshop.language in PARKING else "fr"
    name = PARKING[language]
    steps: list[Step] = []
    lane = next((t for t in board.teams() if t.name == name and t.parent_id is None), None)
    if lane is None:
        bottom = max((t.y + t.height for t in board.teams()), default=0.0)
        order = max((t.order for t in board.top_teams()), default=-1.0) + 1.0
        lane = Team(name, colour="#9aa5b1", order=order, x=0.0, y=bottom + 40.0)
        steps.append(Step("add", lane.id, entity=lane))
    moved = [i for i in candidate_ids if i not in set(keep_ids)]
    base = len(board.objectives(lane.id)) if board.find(lane.id) is not None else 0
    for n, objective_id in enumerate(moved):
        objective = board.find(objective_id)
        if not isinstance(objective, Objective) or objective.team_id == lane.id:
            continue
        after = {
            "team_id": lane.id,
            "order": float(base + n),
            "x": 24.0 + 300.0 * (base + n),
            "y": lane.y + 56.0,
        }
        before = tuple((k, getattr(objective, k)) for k in after)
        steps.append(Step("update", objective.id, before=before, after=tuple(after.items())))
    return Plan(tuple(steps), "park", lane.id)


class BoardHost:
    """A host that owns the board in the calling thread: the headless room (``okrworkshop room``).

    Changes are carried out at once under a lock, each one committed to the workshop file by the
    file's own observer of the board; the checker follows each change incrementally, and the
    pages' snapshot is built when one is asked for, once per change at most. The board is touched
    only under the lock, so the snapshot never sees a change half-way.
    """

    def __init__(self, board: Board, on_close: Callable[[], None] | None = None) -> None:
        self.board = board
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._changed: set[str] = set()
        self._version = 0
        self._checker = Checker(board)
        self._checker.refresh()
        self._snapshot: BoardSnapshot | None = None
        self._on_close = on_close
        board.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        entity = getattr(event, "entity", None) or getattr(event, "after", None)
        if entity is not None and hasattr(entity, "id"):
            self._changed.add(entity.id)
        if isinstance(event, Committed):
            self._rebuild()

    def _rebuild(self) -> None:
        with self._lock:
            self._checker.refresh(self._changed or None)
            self._changed = set()
            self._version += 1
            self._snapshot = None  # built when a page next asks (once per change at most)
            version, listeners = self._version, list(self._listeners)
        for listener in listeners:
            listener(version)

    def snapshot(self) -> BoardSnapshot:
        with self._lock:
            if self._snapshot is None:
                self._snapshot = snapshot_of(self.board, self._checker, self._version)
            return self._snapshot

    def version(self) -> int:
        return self._version

    def _run(self, make: Callable[[], Plan]) -> Future[Plan]:
        future: Future[Plan] = Future()
        with self._lock:
            try:
                plan = make()
                if plan.steps:
                    apply_steps(self.board, plan.steps)
            except EditRefused as exc:
                future.set_exception(exc)
                return future
            except ValueError as exc:  # the model refused it (ModelError)
                future.set_exception(EditRefused("refused", str(exc)))
                return future
        future.set_result(plan)
        return future

    def submit(self, who: str, team_id: str, data: Any) -> Future[Plan]:
        return self._run(lambda: plan_edit(self.board, team_id, data))

    def park(self, keep_ids: list[str], candidate_ids: list[str]) -> Future[Plan]:
        return self._run(lambda: park_plan(self.board, keep_ids, candidate_ids))

    def timer(self) -> dict[str, Any] | None:
        return timer_now(self.snapshot())

    def listen(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def close(self) -> None:
        self.board.unsubscribe(self._on_event)
        if self._on_close is not None:
            self._on_close()


def open_file_host(path: str | Path, notify: Callable[[str], None] | None = None) -> BoardHost:
    """The headless host of a workshop file: every change is committed to it at once.

    ``notify`` hears, in one line, that the file was recovered after a crash.
    """
    from okrworkshop.storage import WorkshopFile

    workshop_file = WorkshopFile.open(path)
    if workshop_file.recovered_from is not None and notify is not None:
        from okrworkshop.storage.recovery import recovery_notice

        notify(recovery_notice(workshop_file.path, workshop_file.recovered_from))
    return BoardHost(workshop_file.board, on_close=workshop_file.close)
