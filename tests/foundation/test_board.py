"""The model's one mutation API: checks, announcements, transactions and cascades."""

from __future__ import annotations

import pytest

from okrworkshop.model import (
    Added,
    Board,
    Committed,
    Initiative,
    KeyResult,
    ModelError,
    Note,
    Objective,
    Removed,
    Round,
    Snapshot,
    Team,
    Updated,
    Workshop,
    WorkshopChanged,
    card_paths,
    removal_plan,
)


def _snapshot(board: Board) -> tuple:
    return (
        board.workshop,
        sorted(
            (e.id, repr(e))
            for kind in (Team, Objective, KeyResult, Initiative, Note)
            for e in board.all(kind)
        ),
    )


@pytest.fixture
def events(rich_board: Board) -> list:
    seen: list = []
    rich_board.subscribe(seen.append)
    return seen


def test_add_update_remove_are_announced_once_each(rich_board: Board, events: list) -> None:
    team = rich_board.teams()[0]
    objective = rich_board.add(Objective(team.id, "Nouvel objectif"))
    rich_board.update(objective.id, title="Objectif renommé")
    rich_board.remove(objective.id)
    kinds = [type(e) for e in events]
    assert kinds == [Added, Committed, Updated, Committed, Removed, Committed]
    updated = events[2]
    assert updated.fields == {"title"}
    assert updated.before.title == "Nouvel objectif" and updated.after.title == "Objectif renommé"


def test_update_that_changes_nothing_is_silent(rich_board: Board, events: list) -> None:
    kr = rich_board.key_results()[0]
    assert rich_board.update(kr.id, target=kr.target, title=kr.title) is kr
    rich_board.set_workshop(title=rich_board.workshop.title)
    assert events == []


def test_transaction_commits_once(rich_board: Board, events: list) -> None:
    krs = rich_board.key_results()
    with rich_board.transaction():
        for kr in krs:
            rich_board.update(kr.id, owner="Quelqu'un")
        rich_board.set_workshop(period="2027-T2")
    assert [type(e) for e in events].count(Committed) == 1
    assert events[-1] == Committed(len(krs) + 1)
    assert isinstance(events[-2], WorkshopChanged)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda b: Objective("nope", "x"), "unknown team"),
        (lambda b: KeyResult(b.key_results()[0].id, "x"), "unknown objective"),
        (lambda b: KeyResult(b.objectives()[0].id, "x", confidence=11), "confidence"),
        (lambda b: KeyResult(b.objectives()[0].id, "x", direction="up"), "direction"),
        (lambda b: Team("  "), "needs a name"),
        (lambda b: Objective(b.teams()[0].id, "x", aligned_to=b.teams()[0].id), "aligns to"),
    ],
)
def test_invalid_entities_are_refused(rich_board: Board, make, message: str) -> None:
    before = _snapshot(rich_board)
    with pytest.raises(ModelError, match=message):
        rich_board.add(make(rich_board))
    assert _snapshot(rich_board) == before


def test_loops_are_refused(rich_board: Board) -> None:
    top, _child, grandchild = rich_board.teams()
    with pytest.raises(ModelError, match="inside itself"):
        rich_board.update(top.id, parent_id=grandchild.id)
    o_top = rich_board.objectives(top.id)[0]
    o_leaf = rich_board.objectives(grandchild.id)[0]
    with pytest.raises(ModelError, match="loop"):
        rich_board.update(o_top.id, aligned_to=o_leaf.id)
    with pytest.raises(ModelError, match="id cannot change"):
        rich_board.update(o_top.id, id="other")


def test_remove_is_strict(rich_board: Board) -> None:
    objective = rich_board.objectives()[0]
    with pytest.raises(ModelError, match="still has cards"):
        rich_board.remove(objective.id)
    kr = rich_board.key_results(objective.id)[0]
    with pytest.raises(ModelError):
        rich_board.remove(kr.id)  # an objective of another team is aligned to it


def test_removal_plan_cascades_and_reverts_exactly(rich_board: Board, events: list) -> None:
    before = _snapshot(rich_board)
    top = rich_board.teams()[0]
    plan = removal_plan(rich_board, [top.id])
    plan.apply(rich_board)
    assert rich_board.teams() == []
    assert [n.text for n in rich_board.notes()] == ["Parking lot"]
    assert [type(e) for e in events].count(Committed) == 1
    plan.revert(rich_board)
    assert _snapshot(rich_board) == before


def test_removal_plan_clears_alignments_from_cards_that_stay(rich_board: Board) -> None:
    top = rich_board.teams()[0]
    o_top = rich_board.objectives(top.id)[0]
    aligned = [o for o in rich_board.objectives() if o.aligned_to == rich_board.key_results(o_top.id)[0].id]
    before = _snapshot(rich_board)
    plan = removal_plan(rich_board, [o_top.id])
    plan.apply(rich_board)
    assert rich_board.get(aligned[0].id).aligned_to is None
    plan.revert(rich_board)
    assert _snapshot(rich_board) == before


def test_queries_follow_order_and_ownership(rich_board: Board) -> None:
    objective = rich_board.objectives()[0]
    titles = [kr.title for kr in rich_board.key_results(objective.id)]
    assert titles == ["NPS de 30 à 50", "Attente moyenne de 9 à 4 minutes"]
    initiative = rich_board.initiatives()[0]
    assert rich_board.team_of(initiative.id) == rich_board.teams()[0]
    leaf = rich_board.objectives(rich_board.teams()[2].id)[0]
    assert rich_board.alignment_target_objective(leaf) == rich_board.objectives(rich_board.teams()[1].id)[0]
    paths = card_paths(rich_board)
    assert paths[initiative.id] == "teams[0].objectives[0].key_results[1].initiatives[0]"
    assert paths[rich_board.notes()[1].id] == "notes[1]"


def test_moving_a_key_result_cannot_close_an_alignment_loop(rich_board: Board) -> None:
    top, child, _leaf = rich_board.teams()
    kr = rich_board.key_results(rich_board.objectives(top.id)[0].id)[0]
    servir = rich_board.objectives(child.id)[0]
    assert servir.aligned_to == kr.id
    with pytest.raises(ModelError, match="alignment loop"):
        rich_board.update(kr.id, objective_id=servir.id)
    leaf_objective = rich_board.objectives(rich_board.teams()[2].id)[0]
    with pytest.raises(ModelError, match="alignment loop"):
        rich_board.update(kr.id, objective_id=leaf_objective.id)
    assert rich_board.get(kr.id).objective_id == rich_board.objectives(top.id)[0].id


def test_every_card_has_the_path_of_its_place_in_the_draft() -> None:
    # Oracle written from the order of the JSON draft: teams, then each team's objectives, their
    # key results and their initiatives, each list by the cards' order (the lanes here are not in
    # alphabetical order), then the board's notes in the order they were added.
    board = Board(Workshop(title="Paths"))
    first = board.add(Team("Ventes", order=0.0))
    second = board.add(Team("Produit", order=1.0))
    o1 = board.add(Objective(first.id, "Fidéliser les clients", order=0.0))
    o2 = board.add(Objective(second.id, "Rendre l'appli fiable", order=0.0))
    o3 = board.add(Objective(second.id, "Simplifier l'inscription", order=1.0))
    k1 = board.add(KeyResult(o1.id, "NPS de 30 à 50", order=0.0))
    k2 = board.add(KeyResult(o3.id, "Abandons de 40 % à 20 %", order=0.0))
    k3 = board.add(KeyResult(o3.id, "Inscriptions de 100 à 300 par semaine", order=1.0))
    i1 = board.add(Initiative(k3.id, "Formulaire en une page"))
    n1, n2 = board.add(Note("Hypothèse")), board.add(Note("Question"))
    assert card_paths(board) == {
        first.id: "teams[0]",
        second.id: "teams[1]",
        o1.id: "teams[0].objectives[0]",
        o2.id: "teams[1].objectives[0]",
        o3.id: "teams[1].objectives[1]",
        k1.id: "teams[0].objectives[0].key_results[0]",
        k2.id: "teams[1].objectives[1].key_results[0]",
        k3.id: "teams[1].objectives[1].key_results[1]",
        i1.id: "teams[1].objectives[1].key_results[1].initiatives[0]",
        n1.id: "notes[0]",
        n2.id: "notes[1]",
    }


def _aligned_board() -> tuple[Board, dict[str, str]]:
    """Team "A" holds objective "o-top" with key result "kr"; three objectives align to "kr":
    "a-q" in team A, "p-z" and "p-a" in team B, added in that order (not the order of their ids)."""
    board = Board(Workshop(title="Cascade"))
    a = board.add(Team("A", id="team-a", order=0.0))
    b = board.add(Team("B", id="team-b", order=1.0))
    top = board.add(Objective(a.id, "Fidéliser", id="o-top", order=0.0))
    kr = board.add(KeyResult(top.id, "NPS de 30 à 50", id="kr"))
    board.add(Objective(a.id, "Former", id="a-q", aligned_to=kr.id, order=1.0))
    board.add(Objective(b.id, "Vendre", id="p-z", aligned_to=kr.id, order=0.0))
    board.add(Objective(b.id, "Livrer", id="p-a", aligned_to=kr.id, order=1.0))
    return board, {"a": a.id, "b": b.id}


def test_removing_an_objective_unlinks_what_aligns_to_it_in_id_order() -> None:
    board, _ = _aligned_board()
    plan = removal_plan(board, ["o-top", "kr"])  # the key result named too: planned once
    assert [e.id for e in plan.removals] == ["kr", "o-top"]  # children before their owner
    assert plan.unlinks == (
        ("a-q", "aligned_to", "kr"),
        ("p-a", "aligned_to", "kr"),
        ("p-z", "aligned_to", "kr"),
    )


def test_removing_a_team_unlinks_only_the_objectives_that_stay() -> None:
    board, teams = _aligned_board()
    plan = removal_plan(board, [teams["a"]])
    # "a-q" goes with its team, so it is not unlinked as one that stays; being aligned to a key
    # result that goes too, it drops its link first (the second loop), after those that stay.
    assert sorted(e.id for e in plan.removals) == ["a-q", "kr", "o-top", "team-a"]
    assert plan.unlinks == (
        ("p-a", "aligned_to", "kr"),
        ("p-z", "aligned_to", "kr"),
        ("a-q", "aligned_to", "kr"),
    )
    removed_q = next(e for e in plan.removals if e.id == "a-q")
    assert removed_q.aligned_to is None  # removed as unlinked, so that undo adds it back unlinked first
    before = _snapshot(board)
    plan.apply(board)
    assert [o.id for o in board.objectives()] == ["p-z", "p-a"]
    assert all(o.aligned_to is None for o in board.objectives())
    plan.revert(board)
    assert _snapshot(board) == before


def test_removing_a_round_keeps_its_snapshots_without_it() -> None:
    board = Board(Workshop(title="Rounds"))
    kept = board.add(Round("Tour 1", id="r1"))
    board.add(Round("Tour 2", id="r2"))
    board.add(Snapshot("fin du tour 1", "{}", id="s1", round_id=kept.id))
    board.add(Snapshot("libre", "{}", id="s0"))
    board.add(Snapshot("fin du tour 2", "{}", id="s2", round_id="r2"))
    plan = removal_plan(board, [kept.id])
    assert plan.unlinks == (("s1", "round_id", "r1"),)
    assert [e.id for e in plan.removals] == ["r1"]
    plan.apply(board)
    assert {s.id: s.round_id for s in board.snapshots()} == {"s1": None, "s0": None, "s2": "r2"}


def test_what_cannot_be_removed_is_named_in_the_refusal() -> None:
    board, teams = _aligned_board()
    with pytest.raises(ModelError) as refused:
        board.remove("o-top")
    assert str(refused.value) == "Objective 'Fidéliser' still has cards or teams inside it"
    with pytest.raises(ModelError) as refused:
        board.remove(teams["a"])
    assert str(refused.value) == "Team 'A' still has cards or teams inside it"
    with pytest.raises(ModelError) as refused:
        board.remove("kr")
    assert str(refused.value) == "KeyResult 'NPS de 30 à 50' is still referred to (alignment or snapshot)"
    board.add(Round("Tour 1", id="r1"))
    board.add(Snapshot("fin du tour", "{}", round_id="r1"))
    with pytest.raises(ModelError) as refused:
        board.remove("r1")
    assert str(refused.value) == "Round 'Tour 1' is still referred to (alignment or snapshot)"
    untitled = board.add(Objective(teams["b"], "", order=5.0))  # a card not written yet
    board.add(KeyResult(untitled.id, "NPS de 30 à 50"))
    with pytest.raises(ModelError) as refused:
        board.remove(untitled.id)
    assert str(refused.value) == "Objective '' still has cards or teams inside it"


def test_ids_and_languages_are_refused_in_words() -> None:
    board, _ = _aligned_board()
    with pytest.raises(ModelError) as refused:
        board.update("o-top", id="other")
    assert str(refused.value) == "an id cannot change"
    with pytest.raises(ModelError) as refused:
        board.update("o-top", colour="red")
    assert str(refused.value).startswith("Objective: ") and "colour" in str(refused.value)
    with pytest.raises(ModelError) as refused:
        board.set_workshop(language="de")
    assert str(refused.value) == "language must be one of fr, en, not 'de'"
    with pytest.raises(ModelError) as refused:
        board.set_workshop(colour="red")
    assert str(refused.value).startswith("Workshop: ") and "colour" in str(refused.value)


def test_a_workshop_change_announces_before_and_after() -> None:
    board, _ = _aligned_board()
    heard: list[object] = []
    board.subscribe(heard.append)
    before = board.workshop
    after = board.set_workshop(title="Cascade, tour 2")
    assert heard == [WorkshopChanged(before, after, frozenset({"title"})), Committed(1)]
    assert board.set_workshop(title="Cascade, tour 2") is after and len(heard) == 2  # no change: silent


def test_a_new_card_goes_after_its_siblings() -> None:
    board, _ = _aligned_board()
    assert board.next_order([]) == 0.0
    assert (
        board.next_order(
            [Objective("t", "a", order=0.0), Objective("t", "b", order=3.5), Objective("t", "c", order=2.0)]
        )
        == 4.5
    )


def test_the_objective_an_objective_contributes_to() -> None:
    board, teams = _aligned_board()
    assert board.alignment_target_objective(board.get("p-z")) == board.get("o-top")  # through its key result
    direct = board.add(Objective(teams["b"], "Direct", aligned_to="o-top"))
    assert board.alignment_target_objective(direct) == board.get("o-top")
    assert board.alignment_target_objective(board.get("o-top")) is None  # aligned to nothing


def test_a_key_result_moves_freely_unless_the_move_closes_a_loop_through_other_levels() -> None:
    board, teams = _aligned_board()
    # "p-z" aligns to "kr". A chain back to "p-z" through another key result: c -> m (of e) -> e -> p-z.
    e = board.add(Objective(teams["b"], "E", id="e", aligned_to="p-z", order=2.0))
    m = board.add(KeyResult(e.id, "M", id="m"))
    c = board.add(Objective(teams["b"], "C", id="c", aligned_to=m.id, order=3.0))
    free = board.add(Objective(teams["b"], "Libre", id="free", order=4.0))
    board.update("kr", objective_id=free.id)  # nothing above "free": no loop
    assert board.get("kr").objective_id == "free"
    with pytest.raises(ModelError, match="alignment loop"):
        board.update("kr", objective_id=c.id)  # kr -> c -> m -> e -> p-z -> kr
    assert board.get("kr").objective_id == "free"
