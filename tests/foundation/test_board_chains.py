"""Alignment chains and nested teams are checked for loops in one pass (issue 10, item 7).

Loading a board walked each objective's whole chain, and readers aligned objectives one update at
a time, each walking the chain again: a 3,000-deep alignment chain took 14 s. The board now
finds loops in one pass on load and as links are added (``Board.align_many``); these tests hold
it to what checking one by one said, on random boards with loops.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrworkshop.model import AlignmentError, Board, Entity, KeyResult, ModelError, Objective, Team, Workshop
from okrworkshop.model.chains import ChainEnds, reaching_a_loop


@st.composite
def linked_boards(draw: st.DrawFn) -> list[Entity]:
    """Teams with random parents and objectives with random alignments, loops included."""
    n_teams = draw(st.integers(1, 5))
    teams = [Team(f"T{t}", id=f"t{t}") for t in range(n_teams)]
    for t in range(n_teams):
        if draw(st.booleans()):
            teams[t] = Team(f"T{t}", id=f"t{t}", parent_id=f"t{draw(st.integers(0, n_teams - 1))}")
    n_objectives = draw(st.integers(1, 8))
    objectives = [
        Objective(f"t{draw(st.integers(0, n_teams - 1))}", f"O{o}", id=f"o{o}") for o in range(n_objectives)
    ]
    krs = [
        KeyResult(f"o{draw(st.integers(0, n_objectives - 1))}", f"K{k}", id=f"k{k}")
        for k in range(draw(st.integers(0, 4)))
    ]
    targets = [o.id for o in objectives] + [k.id for k in krs]
    for o in range(n_objectives):
        if draw(st.booleans()):
            objectives[o] = Objective(
                objectives[o].team_id, f"O{o}", id=f"o{o}", aligned_to=draw(st.sampled_from(targets))
            )
    entities: list[Entity] = [*teams, *objectives, *krs]
    return draw(st.permutations(entities))


def _loop_one_by_one(entities: list[Entity]) -> str | None:
    """The message checking each team and objective by walking its chain gave (the oracle)."""
    by_id = {e.id: e for e in entities}
    for entity in entities:
        seen, current = {entity.id}, None
        if isinstance(entity, Team):
            current = entity.parent_id
            while current is not None:
                if current in seen:
                    return f"team {entity.name!r} cannot be nested inside itself"
                seen.add(current)
                parent = by_id[current]
                current = parent.parent_id if isinstance(parent, Team) else None
        elif isinstance(entity, Objective) and entity.aligned_to is not None:
            node: Entity | None = by_id[entity.aligned_to]
            while node is not None:
                if isinstance(node, KeyResult):
                    node = by_id[node.objective_id]
                    continue
                assert isinstance(node, Objective)
                if node.id in seen:
                    return f"aligning {entity.title!r} there would make a loop"
                seen.add(node.id)
                node = by_id[node.aligned_to] if node.aligned_to else None
    return None


@settings(max_examples=300, deadline=None)
@given(linked_boards())
def test_loading_finds_the_loop_checking_one_by_one_found(entities: list[Entity]) -> None:
    expected = _loop_one_by_one(entities)
    board = Board(Workshop())
    if expected is None:
        board.load(board.workshop, entities)
        assert len(board) == len(entities)
    else:
        with pytest.raises(ModelError) as caught:
            board.load(board.workshop, entities)
        assert str(caught.value) == expected


@settings(max_examples=300, deadline=None)
@given(linked_boards(), st.data())
def test_aligning_many_refuses_what_updating_one_by_one_refused(
    entities: list[Entity], data: st.DataObject
) -> None:
    unaligned = [
        Objective(e.team_id, e.title, id=e.id) if isinstance(e, Objective) else e
        for e in entities
        if not isinstance(e, Team) or e.parent_id is None
    ]
    unaligned = [
        e for e in unaligned if not isinstance(e, Objective) or any(t.id == e.team_id for t in unaligned)
    ]
    unaligned = [
        e for e in unaligned if not isinstance(e, KeyResult) or any(o.id == e.objective_id for o in unaligned)
    ]
    objective_ids = [e.id for e in unaligned if isinstance(e, Objective)]
    if not objective_ids:
        return
    targets = [e.id for e in unaligned if isinstance(e, (Objective, KeyResult))] + ["t0", "nowhere"]
    chosen = data.draw(st.lists(st.sampled_from(objective_ids), unique=True, min_size=1))
    pairs = [(o, data.draw(st.sampled_from(targets))) for o in chosen]

    one_by_one, many = Board(Workshop()), Board(Workshop())
    one_by_one.load(one_by_one.workshop, list(unaligned))
    many.load(many.workshop, list(unaligned))
    refused: tuple[str, str] | None = None
    for objective_id, target_id in pairs:
        try:
            one_by_one.update(objective_id, aligned_to=target_id)
        except ModelError as exc:
            refused = (objective_id, str(exc))
            break
    events: list[object] = []
    many.subscribe(events.append)
    if refused is None:
        many.align_many(pairs)
        assert {o.id: o.aligned_to for o in many.all(Objective)} == {
            o.id: o.aligned_to for o in one_by_one.all(Objective)
        }
        assert [type(e).__name__ for e in events] == ["Updated"] * len(pairs) + ["Committed"]
    else:
        with pytest.raises(AlignmentError) as caught:
            many.align_many(pairs)
        assert (caught.value.objective_id, str(caught.value)) == refused
        assert all(o.aligned_to is None for o in many.all(Objective))  # nothing changed
        assert events == []


def test_a_deep_chain_is_walked_once() -> None:
    """3,000 objectives each aligned to the one before: each link is followed a few times, not
    once per objective below it (that was 4.5 million steps)."""
    n = 3000
    calls = {"up": 0}

    def up(node: str) -> str | None:
        calls["up"] += 1
        index = int(node)
        return str(index - 1) if index else None

    assert reaching_a_loop((str(i) for i in range(n)), up) is None
    assert calls["up"] <= 2 * n
    calls["up"] = 0
    ends = ChainEnds(lambda node: None)
    for i in range(1, n):  # the readers' order: each new link starts at the end of a chain
        assert not ends.closes_a_loop(str(i), str(i - 1))
        ends.link(str(i), str(i - 1))
    assert ends.closes_a_loop("0", str(n - 1))
    assert ends.end(str(n - 1)) == "0"


def test_a_deep_chain_reads_and_its_loop_is_named(tmp_path: object) -> None:
    from okrworkshop.interchange import board_from_dict

    def draft(loop: bool) -> dict[str, object]:
        objectives: list[dict[str, object]] = [
            {"title": f"O{i}", "aligned_to": f"T/O{i - 1}"} for i in range(1, 3000)
        ]
        objectives.insert(0, {"title": "O0", "aligned_to": "T/O2999" if loop else None})
        return {"format": "okrworkshop/v1", "teams": [{"name": "T", "objectives": objectives}]}

    board = board_from_dict(draft(loop=False))
    assert len(board.objectives()) == 3000
    with pytest.raises(
        Exception,
        match=r"teams\[0\]\.objectives\[2999\]\.aligned_to: aligning 'O2999' there would make a loop",
    ):
        board_from_dict(draft(loop=True))


def test_moving_a_card_of_a_deep_chain_walks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """An update that changes no link does not walk the chain (placing each card of a 3,000-deep
    chain walked it 3,000 times); one that changes a link still finds the loop."""
    board = Board(Workshop())
    team = board.add(Team("T", id="t"))
    previous = None
    for i in range(50):
        previous = board.add(
            Objective(team.id, f"O{i}", id=f"o{i}", aligned_to=previous.id if previous else None)
        )
    walked = {"steps": 0}
    original = Board._check_alignment

    def counting(self: Board, objective: Objective, walk: bool = True) -> None:
        walked["steps"] += walk
        original(self, objective, walk)

    monkeypatch.setattr(Board, "_check_alignment", counting)
    board.update("o49", x=100.0, y=20.0, title="moved")
    assert walked["steps"] == 0
    with pytest.raises(ModelError, match="would make a loop"):
        board.update("o0", aligned_to="o49")
    assert walked["steps"] == 1
