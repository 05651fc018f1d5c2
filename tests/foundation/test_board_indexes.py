"""The board's indexed queries equal a full scan, after random changes and their undoing.

The oracle is a plain list of the entities in the order they entered the board (a replaced
entity keeps its place, a removed one leaves, one put back comes last), filtered and sorted
here without the board's indexes.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

from okrworkshop.interchange import board_from_dict, board_to_dict
from okrworkshop.interchange.json_format import alignment_names
from okrworkshop.model import (
    Board,
    Entity,
    Initiative,
    KeyResult,
    ModelError,
    Note,
    Objective,
    Team,
    Workshop,
)


class Mirror:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def of(self, kind: type) -> list[Any]:
        found = [e for e in self.entities.values() if type(e) is kind]
        if hasattr(kind, "order"):
            found.sort(key=lambda e: (e.order, e.id))
        return found


def _agree(board: Board, mirror: Mirror) -> None:
    teams = mirror.of(Team)
    assert board.teams() == teams
    assert board.top_teams() == [t for t in teams if t.parent_id is None]
    objectives, key_results = mirror.of(Objective), mirror.of(KeyResult)
    for team in teams:
        assert board.objectives(team.id) == [o for o in objectives if o.team_id == team.id]
        assert board.notes(team.id) == [n for n in mirror.of(Note) if n.team_id == team.id]
        assert board.subteams(team.id) == [t for t in teams if t.parent_id == team.id]
    assert board.objectives() == [o for t in teams for o in objectives if o.team_id == t.id]
    for objective in objectives:
        assert board.key_results(objective.id) == [k for k in key_results if k.objective_id == objective.id]
    for kr in key_results:
        assert board.initiatives(kr.id) == [i for i in mirror.of(Initiative) if i.key_result_id == kr.id]
    assert board.notes() == mirror.of(Note)
    assert len(board) == len(mirror.entities)


def _random_change(board: Board, rng: random.Random, n: int) -> Entity | None:
    teams, objectives, krs = board.teams(), board.objectives(), board.key_results()
    choice = rng.randrange(5)
    if choice == 0 or not teams:
        parent = rng.choice([None, *teams]) if teams else None
        return Team(f"T{n}", parent_id=parent.id if parent else None, order=rng.choice((0.0, 1.0, n)))
    if choice == 1:
        return Objective(rng.choice(teams).id, f"O{n}", order=rng.choice((0.0, 2.0, n)))
    if choice == 2 and objectives:
        return KeyResult(rng.choice(objectives).id, f"K{n}", order=rng.choice((0.0, 1.0)))
    if choice == 3 and krs:
        return Initiative(rng.choice(krs).id, f"I{n}", order=float(rng.randrange(3)))
    return Note(f"N{n}", team_id=rng.choice([None, *(t.id for t in teams)]))


def _update(board: Board, entity: Entity, rng: random.Random) -> dict[str, Any]:
    """Changes for ``entity``: a move to another owner, a new order, a new text."""
    teams, objectives = board.teams(), board.objectives()
    if isinstance(entity, Note):
        return {"team_id": rng.choice([None, *(t.id for t in teams)]), "text": entity.text + "'"}
    if isinstance(entity, Objective):
        return {"team_id": rng.choice(teams).id, "order": float(rng.randrange(4))}
    if isinstance(entity, KeyResult):
        return {"objective_id": rng.choice(objectives).id, "order": float(rng.randrange(4))}
    if isinstance(entity, Team):
        return {"order": float(rng.randrange(6)), "name": entity.name + "'"}
    return {"title": getattr(entity, "title", "") + "'", "order": float(rng.randrange(3))}


def test_indexed_queries_equal_a_full_scan_after_random_changes_and_undo() -> None:
    for seed in range(12):
        rng = random.Random(seed)
        board, mirror = Board(Workshop()), Mirror()
        undo: list[tuple[str, Entity, Entity | None]] = []  # (what was done, before, after)
        for n in range(160):
            roll = rng.random()
            if roll < 0.25 and undo:  # undo the last change, as an undo command does
                done, before, after = undo.pop()
                if done == "add":
                    board.remove(before.id)
                    del mirror.entities[before.id]
                elif done == "remove":
                    board.add(before)
                    mirror.entities[before.id] = before
                else:
                    fields = {f.name: getattr(before, f.name) for f in dataclasses.fields(before)}
                    del fields["id"]
                    board.update(before.id, **fields)
                    mirror.entities[before.id] = before
            elif roll < 0.65:
                entity = _random_change(board, rng, n)
                if entity is not None:
                    board.add(entity)
                    mirror.entities[entity.id] = entity
                    undo.append(("add", entity, None))
            elif roll < 0.85 and len(board):
                entity = rng.choice(list(mirror.entities.values()))
                try:
                    after = board.update(entity.id, **_update(board, entity, rng))
                except (ModelError, IndexError):
                    continue
                if after is not entity:
                    mirror.entities[entity.id] = after
                    undo.append(("update", entity, after))
            elif len(board):
                entity = rng.choice(list(mirror.entities.values()))
                try:
                    board.remove(entity.id)
                except ModelError:
                    continue  # still has children or referrers
                del mirror.entities[entity.id]
                undo.append(("remove", entity, None))
            _agree(board, mirror)
        loaded = Board()
        loaded.load(board.workshop, list(mirror.entities.values()))
        _agree(loaded, mirror)


def test_alignment_names_resolve_like_a_scan_including_slashes_and_repeats() -> None:
    data = {
        "format": "okrworkshop/v1",
        "teams": [
            {"name": "A", "objectives": [{"title": "B/C", "key_results": [{"title": "D"}]}, {"title": "B"}]},
            {"name": "A/B", "objectives": [{"title": "C", "key_results": [{"title": "D"}]}]},
            {"name": "Z", "objectives": [{"title": "Twice"}, {"title": "Twice"}, {"title": "x"}]},
        ],
    }
    board = board_from_dict(data)
    names = alignment_names(board, board.teams())
    # "A/B/C/D": the key result D of A's "B/C", and D of team "A/B"'s "C": ambiguous.
    assert names["A/B/C/D"] is None
    b = next(o for o in board.objectives() if o.title == "B")
    assert names["A/B"] == b.id
    assert names["Z/Twice"] is None and names["Z/x"] is not None
    data["teams"][2]["objectives"][2]["aligned_to"] = "A/B"
    aligned = board_from_dict(data)
    (x,) = [o for o in aligned.objectives() if o.title == "x"]
    assert board_to_dict(aligned)["teams"][2]["objectives"][2]["aligned_to"] == "A/B"
    assert aligned.get(x.aligned_to).title == "B"  # type: ignore[arg-type]
