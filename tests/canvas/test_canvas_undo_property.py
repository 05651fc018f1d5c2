"""Random gesture sequences: undoing all returns the initial board, redoing all the final one.

Gestures go through the same commands the mouse and keyboard produce, on a real workshop file
with a live scene mirroring it; after each sequence the scene must match the model item for item.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from canvas_driver import make_board, reopened, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okrworkshop.canvas.clipboard import copy_cards, paste_cards
from okrworkshop.canvas.commands import (
    AddCard,
    AddTeam,
    ChangeCardFields,
    ConvertNoteToKeyResult,
    DeleteCards,
    EditCardText,
    LinkAlignment,
    MoveCards,
    MoveInitiative,
    MoveObjectiveToTeam,
    NestTeam,
    PasteCards,
    RecolourTeam,
    ReorderKeyResult,
    ReorderTeams,
    ReparentKeyResult,
    ResizeLane,
)
from okrworkshop.canvas.document import Document
from okrworkshop.canvas.items import KeyResultItem, ObjectiveItem
from okrworkshop.canvas.scene import BoardScene
from okrworkshop.model import Initiative, KeyResult, Note, Objective, Team
from okrworkshop.storage import write_okrw

GESTURES = (
    "add_key_result",
    "add_objective",
    "add_note",
    "add_initiative",
    "move",
    "nudge",
    "edit",
    "fields",
    "reparent",
    "reorder",
    "move_initiative",
    "to_team",
    "convert",
    "link",
    "unlink",
    "delete",
    "add_team",
    "reorder_team",
    "nest",
    "resize",
    "recolour",
    "duplicate",
)

coordinate = st.integers(min_value=-20, max_value=180).map(lambda v: v * 10.0)
words = st.text(alphabet="abcdeéàç XYZ<>&%0123456789\n", min_size=0, max_size=30)


def _pick(data: Any, items: list[Any]) -> Any:
    return data.draw(st.sampled_from(items)) if items else None


def _gesture(data: Any, board: Any) -> Any:
    """A command factory for one random gesture on ``board`` as it is now (None: not possible)."""
    name = data.draw(st.sampled_from(GESTURES))
    teams, objectives = board.teams(), board.objectives()
    key_results, notes, initiatives = board.key_results(), board.notes(), board.initiatives()
    cards = [*objectives, *key_results, *initiatives, *notes]
    index = data.draw(st.integers(min_value=0, max_value=4))
    if name == "add_key_result" and objectives:
        o = _pick(data, objectives)
        return lambda: AddCard(board, KeyResult(o.id, data.draw(words)), index)
    if name == "add_objective" and teams:
        t = _pick(data, teams)
        x, y = data.draw(coordinate), data.draw(coordinate)
        return lambda: AddCard(board, Objective(t.id, data.draw(words), x=x, y=y))
    if name == "add_note":
        t = _pick(data, [None, *teams])
        return lambda: AddCard(
            board, Note(data.draw(words), team_id=t.id if t else None, x=data.draw(coordinate))
        )
    if name == "add_initiative" and key_results:
        k = _pick(data, key_results)
        return lambda: AddCard(board, Initiative(k.id, data.draw(words)), index)
    if name in ("move", "nudge") and (objectives or notes):
        chosen = data.draw(
            st.lists(st.sampled_from([*objectives, *notes]), min_size=1, max_size=3, unique_by=lambda c: c.id)
        )
        if name == "nudge":
            dx, dy = data.draw(st.sampled_from([(10.0, 0.0), (-10.0, 0.0), (0.0, 10.0), (0.0, -50.0)]))
            return lambda: MoveCards(
                board, {c.id: (board.get(c.id).x + dx, board.get(c.id).y + dy) for c in chosen}, nudge=True
            )
        return lambda: MoveCards(
            board, {c.id: (data.draw(coordinate), data.draw(coordinate)) for c in chosen}
        )
    if name == "edit" and cards:
        c = _pick(data, cards)
        return lambda: EditCardText(board, c.id, data.draw(words))
    if name == "fields" and key_results:
        k = _pick(data, key_results)
        fields = data.draw(
            st.sampled_from(
                [
                    {"confidence": data.draw(st.none() | st.integers(0, 10))},
                    {"baseline": data.draw(st.none() | st.floats(-1e6, 1e6, allow_nan=False))},
                    {"kind": data.draw(st.sampled_from(["metric", "milestone"]))},
                    {"owner": data.draw(words)},
                ]
            )
        )
        session = data.draw(st.sampled_from([None, "s1"]))
        return lambda: ChangeCardFields(board, k.id, fields, session)
    if name == "reparent" and key_results and objectives:
        k, o = _pick(data, key_results), _pick(data, objectives)
        return lambda: ReparentKeyResult(board, k.id, o.id, index)
    if name == "reorder" and key_results:
        k = _pick(data, key_results)
        return lambda: ReorderKeyResult(board, k.id, index)
    if name == "move_initiative" and initiatives and key_results:
        i, k = _pick(data, initiatives), _pick(data, key_results)
        return lambda: MoveInitiative(board, i.id, k.id, index)
    if name == "to_team" and objectives and teams:
        o, t = _pick(data, objectives), _pick(data, teams)
        return lambda: MoveObjectiveToTeam(board, o.id, t.id, (data.draw(coordinate), data.draw(coordinate)))
    if name == "convert" and notes and objectives:
        n, o = _pick(data, notes), _pick(data, objectives)
        return lambda: ConvertNoteToKeyResult(board, n.id, o.id, index)
    if name == "link" and objectives:
        o, target = _pick(data, objectives), _pick(data, [*objectives, *key_results])
        return lambda: LinkAlignment(board, o.id, target.id)
    if name == "unlink" and objectives:
        o = _pick(data, objectives)
        return lambda: LinkAlignment(board, o.id, None)
    if name == "delete" and (cards or teams):
        chosen = data.draw(
            st.lists(st.sampled_from([*cards, *teams]), min_size=1, max_size=3, unique_by=lambda c: c.id)
        )
        return lambda: DeleteCards(board, [c.id for c in chosen])
    if name == "add_team":
        parent = _pick(data, [None, *teams])
        team = Team(
            data.draw(words) or "T",
            parent_id=parent.id if parent else None,
            height=float(data.draw(st.integers(14, 50)) * 10),
        )
        return lambda: AddTeam(board, team, index)
    if name == "reorder_team" and teams:
        t = _pick(data, teams)
        return lambda: ReorderTeams(board, t.id, t.parent_id, index)
    if name == "nest" and teams:
        t, parent = _pick(data, teams), _pick(data, [None, *teams])
        return lambda: NestTeam(board, t.id, parent.id if parent else None)
    if name == "resize" and teams:
        t = _pick(data, teams)
        return lambda: ResizeLane(board, t.id, data.draw(coordinate) + 400, data.draw(coordinate) + 140)
    if name == "recolour" and teams:
        t = _pick(data, teams)
        return lambda: RecolourTeam(
            board, t.id, data.draw(st.sampled_from(["#4e79a7", "#e15759", "#59a14f"]))
        )
    if name == "duplicate" and cards:
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique_by=lambda c: c.id))
        payload = copy_cards(board, [c.id for c in chosen])
        return lambda: PasteCards(
            board, paste_cards(board, payload, team_id=teams[0].id if teams else None), "Duplicate"
        )
    return None


def _scene_matches(scene: BoardScene, board: Any) -> None:
    card_ids = {e.id for kind in (Objective, KeyResult, Initiative, Note) for e in board.all(kind)}
    assert set(scene.cards) == card_ids
    assert set(scene.lanes) == {t.id for t in board.teams()}
    assert set(scene.arrows) == {o.id for o in board.objectives() if o.aligned_to is not None}
    for objective in board.objectives():
        item = scene.cards[objective.id]
        assert isinstance(item, ObjectiveItem)
        assert (item.pos().x(), item.pos().y()) == (objective.x, objective.y)
        assert [k.entity_id for k in item.key_result_items()] == [
            k.id for k in board.key_results(objective.id)
        ]
        assert item.entity == objective
    for key_result in board.key_results():
        item = scene.cards[key_result.id]
        assert isinstance(item, KeyResultItem) and item.entity == key_result
        assert [i.entity_id for i in item.initiative_items()] == [
            i.id for i in board.initiatives(key_result.id)
        ]
    for team in board.teams():
        lane = scene.lanes[team.id]
        assert (lane.pos().x(), lane.pos().y(), lane.rect.width(), lane.rect.height()) == (
            team.x,
            team.y,
            team.width,
            team.height,
        )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=st.data())
def test_undo_all_and_redo_all(qapp: Any, data: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.okrw"
        write_okrw(make_board(), path)
        document = Document.open(path)
        try:
            scene = BoardScene(document)
            board = document.board
            initial = snapshot(board)
            steps = data.draw(st.integers(min_value=1, max_value=25))
            for _ in range(steps):
                make = _gesture(data, board)
                if make is not None:
                    document.execute(make)  # refused gestures change nothing and push nothing
            final = snapshot(board)
            _scene_matches(scene, board)
            assert reopened(path) == final
            stack = document.undo_stack
            while stack.canUndo():
                stack.undo()
            assert snapshot(board) == initial
            assert reopened(path) == initial
            _scene_matches(scene, board)
            while stack.canRedo():
                stack.redo()
            assert snapshot(board) == final
            assert reopened(path) == final
            _scene_matches(scene, board)
        finally:
            document.close()
