"""The incremental Checker: after any sequence of edits it agrees with a full check."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okrworkshop.model import (
    Added,
    Board,
    Event,
    KeyResult,
    ModelError,
    Objective,
    Removed,
    Team,
    Updated,
    Workshop,
    removal_plan,
)
from okrworkshop.rules import WORKSHOP_KEY, Checker, catalogue, check_board, findings_to_json, summarize

TITLES = [
    "Passer le NPS de 30 à 45",
    "Lancer le nouveau site",
    "Augmenter la satisfaction des clients",
    "augmenter satisfaction client",
    "Organiser 4 ateliers clients",
    "Réduire le churn de 5 % à 3 %",
    "Réduire le churn de 3 % à 5 %",
    "Être les meilleurs",
    "Augmenter le CA de 20 %",
    "Launch the new pricing page",
    "Raise NPS from 30 to 45",
    "Obtenir la certification ISO 9001",
    "",
]
OWNERS = ["", "Léa", "Comité de direction", "Tom et Léa"]


class Recorder:
    """Collects the ids a batch of board changes touched (what the canvas passes to refresh)."""

    def __init__(self, board: Board) -> None:
        self.ids: set[str] = set()
        board.subscribe(self)

    def __call__(self, event: Event) -> None:
        if isinstance(event, (Added, Removed)):
            self.ids.add(event.entity.id)
        elif isinstance(event, Updated):
            self.ids.add(event.after.id)

    def take(self) -> set[str]:
        ids, self.ids = self.ids, set()
        return ids


def seed_board() -> Board:
    board = Board(Workshop(title="t", language="fr", period="2027-T1"))
    top = board.add(Team("Direction"))
    child = board.add(Team("Ventes", parent_id=top.id, order=1.0))
    for t, team in enumerate((top, child)):
        for o in range(2):
            objective = board.add(Objective(team.id, TITLES[(t * 2 + o) % len(TITLES)], owner="Léa", order=o))
            for k in range(2):
                board.add(KeyResult(objective.id, TITLES[(o + k + 5) % len(TITLES)], owner="Léa", order=k))
    return board


def random_edit(board: Board, rng: random.Random) -> None:
    """One edit of the kinds the canvas makes; the model refuses some (alignment loops)."""
    with contextlib.suppress(ModelError):
        _edit(board, rng)


def _edit(board: Board, rng: random.Random) -> None:
    teams, objectives, krs = board.teams(), board.objectives(), board.key_results()
    choice = rng.randrange(14)
    if choice == 0 or not objectives:
        board.add(
            Objective(rng.choice(teams).id, rng.choice(TITLES), owner=rng.choice(OWNERS), order=rng.random())
        )
    elif choice == 1 or not krs:
        board.add(KeyResult(rng.choice(objectives).id, rng.choice(TITLES), order=rng.random()))
    elif choice == 2:
        board.update(rng.choice(objectives + krs).id, title=rng.choice(TITLES))  # type: ignore[operator]
    elif choice == 3:
        board.update(rng.choice(objectives + krs).id, owner=rng.choice(OWNERS))  # type: ignore[operator]
    elif choice == 4:
        kr = rng.choice(krs)
        board.update(kr.id, objective_id=rng.choice(objectives).id)
    elif choice == 5:
        board.update(rng.choice(objectives).id, team_id=rng.choice(teams).id)
    elif choice == 6:
        board.update(rng.choice(objectives + krs).id, order=rng.random() * 5)  # type: ignore[operator]
    elif choice == 7:
        plan = removal_plan(board, [rng.choice(objectives + krs).id])  # type: ignore[operator]
        with board.transaction():
            plan.apply(board)
    elif choice == 8:
        kr = rng.choice(krs)
        baseline = rng.choice([None, 10.0, 20.0])
        board.update(
            kr.id, baseline=baseline, target=rng.choice([None, 10.0, 30.0]), confidence=rng.randint(0, 10)
        )
    elif choice == 9:
        objective = rng.choice(objectives)
        target = rng.choice([*objectives, *krs, None])
        board.update(objective.id, aligned_to=target.id if target else None)
    elif choice == 10:
        team = board.add(Team(rng.choice(["Marketing", "Ventes", "Support"]), order=rng.random() * 3))
        if rng.random() < 0.5:
            board.update(team.id, parent_id=teams[0].id)
    elif choice == 11:
        team = rng.choice(teams)
        board.update(team.id, name=rng.choice(["Direction", "Ventes", "Marketing", "Équipe B"]))
    elif choice == 12:
        team = rng.choice(teams)
        board.update(team.id, x=rng.random() * 100, colour="#123456")
    else:
        board.update(rng.choice(objectives).id, kind=rng.choice(["committed", "aspirational"]))


def run_edits(seed: int, steps: int) -> Iterator[tuple[Checker, Board, set[str]]]:
    rng = random.Random(seed)
    board = seed_board()
    checker = Checker(board)
    checker.refresh()
    recorder = Recorder(board)
    for _ in range(steps):
        random_edit(board, rng)
        changed = checker.refresh(recorder.take())
        yield checker, board, changed


@pytest.mark.parametrize("seed", range(12))
def test_incremental_findings_equal_a_full_check(seed: int) -> None:
    for checker, board, _ in run_edits(seed, 60):
        assert checker.findings() == check_board(board)
        assert checker.summary() == summarize(check_board(board))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=25))
def test_incremental_findings_equal_a_full_check_whatever_the_edits(seed: int, steps: int) -> None:
    *_, (checker, board, _) = run_edits(seed, steps)
    assert checker.findings() == check_board(board)


def test_refresh_reports_exactly_the_ids_whose_findings_changed() -> None:
    board = seed_board()
    checker = Checker(board)
    checker.refresh()
    kr = board.key_results()[0]
    board.update(kr.id, title="Passer le NPS de 30 à 45 d'ici T2")
    before = {e.id: checker.findings_for(e.id) for e in (*board.objectives(), *board.key_results())}
    board.update(kr.id, title="Mettre en place un CRM")
    changed = checker.refresh([kr.id])
    assert kr.id in changed
    assert "kr-is-task" in {f.rule for f in checker.findings_for(kr.id)}
    for entity_id, findings in before.items():
        if entity_id not in changed:
            assert checker.findings_for(entity_id) == findings


def test_moving_a_lane_changes_nothing() -> None:
    board = seed_board()
    checker = Checker(board)
    checker.refresh()
    team = board.teams()[0]
    board.update(team.id, x=500.0, width=2000.0)
    assert checker.refresh([team.id]) == set()


def test_a_new_key_result_moves_the_objective_findings() -> None:
    board = seed_board()
    checker = Checker(board)
    checker.refresh()
    objective = board.objectives()[0]
    kr = board.add(KeyResult(objective.id, "Atteindre 500 abonnés", order=-1.0))
    changed = checker.refresh([kr.id])
    assert kr.id in changed
    # The new card went first: its siblings' paths moved.
    sibling = board.key_results(objective.id)[1]
    assert all(f.path.endswith("key_results[1]") for f in checker.findings_for(sibling.id))
    assert checker.findings() == check_board(board)


def test_cascaded_removals_not_listed_are_dropped() -> None:
    board = seed_board()
    checker = Checker(board)
    checker.refresh()
    objective = board.objectives()[0]
    krs = [kr.id for kr in board.key_results(objective.id)]
    removal_plan(board, [objective.id]).apply(board)
    checker.refresh([objective.id])  # the caller forgot the key results
    assert all(checker.findings_for(i) == [] for i in krs)
    assert checker.findings() == check_board(board)


def test_workshop_settings_changes_recheck_everything() -> None:
    board = seed_board()
    checker = Checker(board)
    checker.refresh()
    assert checker.findings_for(WORKSHOP_KEY) == []
    board.set_workshop(period="")
    changed = checker.refresh([])
    assert WORKSHOP_KEY in changed
    assert [f.rule for f in checker.findings_for(None)] == ["missing-period"]
    board.set_workshop(language="en")
    checker.refresh([])
    assert checker.findings_for(None)[0].message.startswith("No period")
    board.set_workshop(disabled_rules=("missing-period",))
    assert WORKSHOP_KEY in checker.refresh([])
    assert checker.findings_for(WORKSHOP_KEY) == []


def test_language_override_and_bad_language() -> None:
    board = seed_board()
    checker = Checker(board, lang="en")
    checker.refresh()
    english = {r.id: r.message["en"] for r in catalogue()}
    found = [f for f in checker.findings() if f.rule == "kr-not-measurable"]
    assert found and all(f.message == english["kr-not-measurable"] for f in found)
    with pytest.raises(ValueError, match="unknown language"):
        Checker(board, lang="de")


def test_findings_are_in_draft_order() -> None:
    board = seed_board()
    board.set_workshop(period="")
    paths = [f.path for f in check_board(board)]
    assert paths[0] == "workshop"
    assert paths.index("teams[0].objectives[0]") < paths.index("teams[0].objectives[0].key_results[0]")
    assert paths.index("teams[0].objectives[1]") < paths.index("teams[1].objectives[0]")


def test_findings_json_is_the_design_shape() -> None:
    board = seed_board()
    data = findings_to_json(check_board(board))
    assert set(data) == {"findings", "summary"}
    assert set(data["summary"]) == {"error", "warning", "info"}
    assert data["findings"]
    for item in data["findings"]:
        # The design's six fields on every finding; the coach's rewrite only where it has one.
        assert {"rule", "severity", "path", "message", "hint", "source"} <= set(item)
        assert set(item) <= {
            "rule",
            "severity",
            "path",
            "message",
            "hint",
            "source",
            "rewrite",
            "rewrite_key_result",
        }
        assert all(isinstance(item[k], str) for k in item)
    assert sum(data["summary"].values()) == len(data["findings"])
