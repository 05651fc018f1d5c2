"""What the participants' pages show, computed once per change of the board (in the board's thread).

A :class:`BoardSnapshot` is immutable: the server's thread reads the latest one while the board
keeps changing in its own thread, so no request ever reads a board half-way through a change.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from okrworkshop.interchange import board_to_dict
from okrworkshop.model import Board, Objective
from okrworkshop.rules import Checker, Finding
from okrworkshop.workflow.rounds import remaining_seconds, running_round


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    """The board as the pages see it at one version."""

    version: int
    language: str
    title: str
    brief: str
    teams: tuple[Mapping[str, Any], ...]
    lanes: Mapping[str, Mapping[str, Any]]
    titles: Mapping[str, str]
    board_json: Mapping[str, Any]
    round: Mapping[str, Any] | None


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "message": f.message,
        "hint": f.hint,
        "rewrite": f.rewrite,
    }


def _lane(board: Board, checker: Checker, team_id: str) -> dict[str, Any]:
    def card(entity: Any, **more: Any) -> dict[str, Any]:
        return {
            "id": entity.id,
            "title": entity.title,
            "owner": entity.owner,
            "findings": [_finding(f) for f in checker.findings_for(entity.id)],
            **more,
        }

    objectives = []
    for objective in board.objectives(team_id):
        key_results = [
            card(kr, initiatives=[card(i) for i in board.initiatives(kr.id)])
            for kr in board.key_results(objective.id)
        ]
        objectives.append(card(objective, kind=objective.kind, key_results=key_results))
    return {
        "team_id": team_id,
        "objectives": objectives,
        "findings": [_finding(f) for f in checker.findings_for(team_id)],
    }


def round_info(board: Board) -> dict[str, Any] | None:
    """The running round: its title and the seconds left by the wall clock (at ``at``, monotonic)."""
    current = running_round(board)
    if current is None:
        return None
    return {
        "title": current.title,
        "remaining": remaining_seconds(current),
        "paused": False,
        "at": time.monotonic(),
    }


def timer_now(snapshot: BoardSnapshot) -> dict[str, Any] | None:
    """The snapshot's round timer, counted down to this moment (no board access: any thread)."""
    info = snapshot.round
    if info is None:
        return None
    elapsed = 0.0 if info.get("paused") else time.monotonic() - float(info["at"])
    return {
        "title": info["title"],
        "remaining": float(info["remaining"]) - elapsed,
        "paused": bool(info.get("paused")),
    }


def snapshot_of(board: Board, checker: Checker, version: int) -> BoardSnapshot:
    """The pages' view of ``board`` (``checker`` is already up to date with it)."""
    workshop = board.workshop
    teams = tuple(
        {"id": t.id, "name": t.name, "colour": t.colour, "parent": t.parent_id} for t in board.teams()
    )
    titles = {o.id: o.title for o in board.all(Objective)}
    return BoardSnapshot(
        version=version,
        language=workshop.language if workshop.language in ("fr", "en") else "fr",
        title=workshop.title,
        brief=workshop.case_brief,
        teams=teams,
        lanes={t.id: _lane(board, checker, t.id) for t in board.teams()},
        titles=titles,
        board_json=board_to_dict(board),
        round=round_info(board),
    )
