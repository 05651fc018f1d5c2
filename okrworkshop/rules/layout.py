"""The draft's order as the checker needs it, read from the board in one pass.

A full check needs every card's path (``teams[0].objectives[1].key_results[2]``, as
:func:`okrworkshop.model.card_paths` writes it), each team's objectives and each objective's key
results in order (the count rules read them), the cards in draft order, and a sort key per path
for the findings list. Reading them once, together, avoids asking the board for the same sorted
children three or four times; initiatives and notes carry no findings and are left out.
"""

from __future__ import annotations

from typing import NamedTuple

from okrworkshop.model import Board, KeyResult, Objective, Team
from okrworkshop.rules.finding import path_key

PathKey = tuple[tuple[int, int], ...]


class Layout(NamedTuple):
    """Teams, objectives and key results in draft order, with their paths."""

    teams: list[Team]
    #: Objectives lane by lane, then key results objective by objective (``Board`` order).
    cards: list[Objective | KeyResult]
    #: Team, objective and key-result id -> path.
    paths: dict[str, str]
    #: Team id -> its objectives; objective id -> its key results (both in order).
    objectives: dict[str, list[Objective]]
    key_results: dict[str, list[KeyResult]]


#: Path -> sort key; a pure function of the path, so one table serves every check in the process.
_PATH_KEYS: dict[str, PathKey] = {}
_PATH_KEYS_LIMIT = 100_000


def read_layout(board: Board) -> Layout:
    """The board's teams, objectives and key results, in order, with their paths."""
    teams = board.teams()
    paths: dict[str, str] = {}
    objectives: dict[str, list[Objective]] = {}
    key_results: dict[str, list[KeyResult]] = {}
    ordered_objectives: list[Objective] = []
    ordered_key_results: list[KeyResult] = []
    keys = _PATH_KEYS
    if len(keys) >= _PATH_KEYS_LIMIT:
        keys.clear()
    for t, team in enumerate(teams):
        team_path = f"teams[{t}]"
        paths[team.id] = team_path
        team_key = ((0, t),)
        keys[team_path] = team_key
        lane = objectives[team.id] = board.objectives(team.id)
        ordered_objectives.extend(lane)
        for o, objective in enumerate(lane):
            objective_path = f"{team_path}.objectives[{o}]"
            paths[objective.id] = objective_path
            objective_key = (*team_key, (1, o))
            keys[objective_path] = objective_key
            children = key_results[objective.id] = board.key_results(objective.id)
            ordered_key_results.extend(children)
            for k, kr in enumerate(children):
                kr_path = f"{objective_path}.key_results[{k}]"
                paths[kr.id] = kr_path
                keys[kr_path] = (*objective_key, (2, k))
    return Layout(teams, [*ordered_objectives, *ordered_key_results], paths, objectives, key_results)


def clear_cache() -> None:
    """Forget every path's sort key."""
    _PATH_KEYS.clear()


def sort_key(path: str) -> PathKey:
    """:func:`~okrworkshop.rules.finding.path_key`, remembered (paths recur from check to check)."""
    found = _PATH_KEYS.get(path)
    if found is None:
        if len(_PATH_KEYS) >= _PATH_KEYS_LIMIT:
            _PATH_KEYS.clear()
        found = _PATH_KEYS[path] = path_key(path)
    return found
