"""The room inside the app: participants' changes become ordinary undo commands on the board.

The server's thread never touches the board. :class:`QtRoomHost` hands each request to the Qt
thread through a queued signal; there it is planned against the board and pushed on the document's
undo stack (named after the team: "Équipe Atlas : ajouter le résultat clé « … »"), so the
facilitator can undo it and the file has it at once. After every commit the host rebuilds the
pages' snapshot, in the Qt thread, and the server tells the pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from okrworkshop.canvas.commands.base import BoardCommand, Change
from okrworkshop.canvas.document import Document
from okrworkshop.model import Team
from okrworkshop.room.edits import EditRefused, Plan, plan_edit
from okrworkshop.room.host import Listener, park_plan
from okrworkshop.room.view import BoardSnapshot, snapshot_of, timer_now
from okrworkshop.rules import Checker


def tr(text: str) -> str:
    return QCoreApplication.translate("room", text)


def _quoted(text: str) -> str:
    short = text if len(text) <= 40 else text[:39] + "…"
    return tr("“%1”").replace("%1", short)


def undo_text(board: Any, team_id: str, plan: Plan, title: str) -> str:
    """What the Edit menu says of a participant's change: the team, then the change."""
    team = board.find(team_id)
    name = team.name if isinstance(team, Team) else tr("A team")
    verbs = {
        "add_objective": tr("%1: add the objective %2"),
        "add_key_result": tr("%1: add the key result %2"),
        "add_initiative": tr("%1: add the initiative %2"),
        "edit": tr("%1: edit %2"),
        "delete": tr("%1: delete %2"),
        "move": tr("%1: move %2"),
    }
    return verbs.get(plan.verb, tr("%1: change %2")).replace("%1", name).replace("%2", _quoted(title))


class QtRoomHost(QObject):
    """The :class:`~okrworkshop.room.host.RoomHost` of the app (see the module docstring)."""

    _requested = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._checker = Checker(document.board)
        self._checker.refresh()
        self._changed: set[str] = set()
        self._version = 0
        self._snapshot = snapshot_of(document.board, self._checker, 0)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._requested.connect(self._carry_out, Qt.ConnectionType.QueuedConnection)
        document.entity_added.connect(lambda e: self._changed.add(e.id))
        document.entity_removed.connect(lambda e: self._changed.add(e.id))
        document.entity_updated.connect(lambda _before, after, _fields: self._changed.add(after.id))
        document.committed.connect(self._rebuild)
        document.reloaded.connect(lambda: self._rebuild(full=True))
        document.workshop_changed.connect(lambda *_: self._changed.add("workshop"))

    # --------------------------------------------------------------------- Qt thread
    def _rebuild(self, *_args: Any, full: bool = False) -> None:
        self._checker.refresh(None if full or "workshop" in self._changed else self._changed)
        self._changed = set()
        with self._lock:
            self._version += 1
            self._snapshot = snapshot_of(self.document.board, self._checker, self._version)
            version, listeners = self._version, list(self._listeners)
        for listener in listeners:
            listener(version)

    def _carry_out(self, request: tuple[Future[Plan], Callable[[], tuple[Plan, str]]]) -> None:
        future, make = request
        if not future.set_running_or_notify_cancel():
            return
        try:
            plan, text = make()
        except EditRefused as exc:
            future.set_exception(exc)
            return
        if plan.steps:
            changes = [Change(s.action, s.entity_id, s.entity, s.before, s.after) for s in plan.steps]
            refusal: list[str] = []

            def refused(reason: str) -> None:
                refusal.append(reason)

            self.document.refused.connect(refused)
            try:
                pushed = self.document.execute(lambda: BoardCommand(self.document.board, text, changes))
            finally:
                self.document.refused.disconnect(refused)
            if pushed is None and refusal:
                future.set_exception(EditRefused("refused", refusal[0]))
                return
        future.set_result(plan)

    def _edit(self, team_id: str, data: Any) -> tuple[Plan, str]:
        board = self.document.board
        plan = plan_edit(board, team_id, data)
        card = board.find(plan.card_id)
        title = getattr(card, "title", "") if card is not None else ""
        if plan.steps and plan.steps[0].action == "add" and plan.steps[0].entity is not None:
            title = getattr(plan.steps[0].entity, "title", title)
        return plan, undo_text(board, team_id, plan, title)

    def _park(self, keep_ids: list[str], candidate_ids: list[str]) -> tuple[Plan, str]:
        plan = park_plan(self.document.board, keep_ids, candidate_ids)
        text = tr("Vote: keep %1, move the others to the parking lot").replace("%1", str(len(keep_ids)))
        return plan, text

    # ------------------------------------------------------------------ any thread
    def _ask(self, make: Callable[[], tuple[Plan, str]]) -> Future[Plan]:
        future: Future[Plan] = Future()
        self._requested.emit((future, make))
        return future

    def submit(self, who: str, team_id: str, data: Any) -> Future[Plan]:
        return self._ask(lambda: self._edit(team_id, data))

    def park(self, keep_ids: list[str], candidate_ids: list[str]) -> Future[Plan]:
        return self._ask(lambda: self._park(keep_ids, candidate_ids))

    def snapshot(self) -> BoardSnapshot:
        with self._lock:
            return self._snapshot

    def version(self) -> int:
        with self._lock:
            return self._version

    def timer(self) -> dict[str, Any] | None:
        return timer_now(self.snapshot())

    def listen(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)
