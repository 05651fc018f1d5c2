"""Where each card stands in the draft's own order: ``teams[0].objectives[1].key_results[2]``.

The JSON interchange writes teams, objectives, key results, initiatives and notes in exactly this
order, so a path from the checker points at the same card in a ``.okrw`` and in its ``.json``.
"""

from __future__ import annotations

from okrworkshop.model.board import Board


def card_paths(board: Board) -> dict[str, str]:
    """Entity id -> path, for teams, objectives, key results, initiatives and notes."""
    paths: dict[str, str] = {}
    for t, team in enumerate(board.teams()):
        team_path = f"teams[{t}]"
        paths[team.id] = team_path
        for o, objective in enumerate(board.objectives(team.id)):
            objective_path = f"{team_path}.objectives[{o}]"
            paths[objective.id] = objective_path
            for k, key_result in enumerate(board.key_results(objective.id)):
                kr_path = f"{objective_path}.key_results[{k}]"
                paths[key_result.id] = kr_path
                for i, initiative in enumerate(board.initiatives(key_result.id)):
                    paths[initiative.id] = f"{kr_path}.initiatives[{i}]"
    for n, note in enumerate(board.notes()):
        paths[note.id] = f"notes[{n}]"
    return paths
