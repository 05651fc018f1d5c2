"""Every threshold of every rule, in every profile, at its exact value, one step under and one over.

The expected outcome of each case comes from what the threshold *means* (written out below, as in
``docs/rules.md`` and ``rules/profiles.THRESHOLDS``), never from running the rule:

- ``max_objectives``, ``max_key_results``, ``max_team_key_results``, ``max_objective_words``: "at
  most N" — N is fine, N + 1 is flagged.
- ``min_key_results``: "at least N" — N is fine, N - 1 (but not zero: that is
  ``objective-without-key-results``) is flagged.
- ``sandbagging_confidence``: the mean confidence "from which" an aspirational objective plays safe —
  a mean equal to it is flagged, the next mean below is not.
- ``low_confidence``: a mean at or under it is very low (the flagged example is 1/10 and 2/10
  with the threshold at 2) — equal is flagged, the next mean above is not.

Confidences are whole numbers out of 10, so "one step" for a mean of n ratings is 1/n.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop, card_paths
from okrworkshop.rules import check_board
from okrworkshop.rules.profiles import PROFILES, THRESHOLDS

KEY_RESULTS = [
    "Passer le NPS de 30 à 45",
    "Réduire le délai de livraison de 5 à 2 jours",
    "Porter la part de clients fidèles de 20 % à 35 %",
    "Ramener les invendus de 12 % à 5 %",
    "Faire passer le panier moyen de 38 € à 45 €",
    "Réduire les réclamations de 40 à 15 par mois",
    "Porter la note Google de 4,2 à 4,7",
]
OBJECTIVES = [
    "Devenir la boulangerie préférée des familles du quartier",
    "Offrir un accueil qui donne envie de revenir",
    "Faire de notre pain une fierté locale",
    "Rendre la commande en ligne simple pour tous",
    "Gagner la confiance des restaurateurs voisins",
    "Réussir notre ouverture à Nantes",
    "Devenir le fournisseur préféré des cantines",
]
#: Thresholds this file covers; a threshold added to the profiles without a case here fails below.
COVERED = {
    "max_objectives",
    "min_key_results",
    "max_key_results",
    "max_team_key_results",
    "max_objective_words",
    "sandbagging_confidence",
    "low_confidence",
}


def team_board(kr_counts: list[int], **objective_fields: object) -> tuple[Board, Team, list[Objective]]:
    """One team whose objectives have ``kr_counts[i]`` key results each (distinct titles)."""
    board = Board(Workshop(title="t", language="fr", period="2027-T1"))
    team = board.add(Team("Équipe"))
    objectives = []
    for o, count in enumerate(kr_counts):
        objective = board.add(
            Objective(team.id, OBJECTIVES[o], owner="Léa", order=float(o), **objective_fields)  # type: ignore[arg-type]
        )
        objectives.append(objective)
        for k in range(count):
            title = f"{KEY_RESULTS[k % len(KEY_RESULTS)]} (lot {o}-{k})"
            board.add(KeyResult(objective.id, title, owner="Léa", order=float(k)))
    return board, team, objectives


def flagged(board: Board, rule: str, entity_id: str, profile: str | None) -> bool:
    path = card_paths(board)[entity_id]
    return any(f.rule == rule and f.path == path for f in check_board(board, profile=profile))


def limit(profile: str, name: str) -> int:
    value = PROFILES[profile].thresholds[name]
    assert value == int(value), f"{profile}.{name} is not a whole number: step cases need one"
    return int(value)


#: Thresholds whose boundary cases live beside their rules' other tests (the file names each).
COVERED_ELSEWHERE = {
    "committed_confidence": "tests/followup/test_rules.py",  # test_a_committed_key_result_under_8_out_of_10
    "confidence_drops": "tests/followup/test_rules.py",
    "stalled_check_ins": "tests/followup/test_rules.py",
    "weeks_without_check_in": "tests/followup/test_rules.py",
}


def test_every_threshold_has_boundary_cases() -> None:
    root = Path(__file__).resolve().parents[2]
    for name, where in COVERED_ELSEWHERE.items():
        text = (root / where).read_text(encoding="utf-8")
        assert name in text or name.split("_")[0] in text, f"{where} has no case for {name}"
    used = {name for profile in PROFILES.values() for name in profile.thresholds}
    assert used | set(THRESHOLDS) <= COVERED | set(COVERED_ELSEWHERE), (
        f"add boundary cases for: {sorted((used | set(THRESHOLDS)) - COVERED - set(COVERED_ELSEWHERE))}"
    )


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_max_objectives_at_the_boundary(profile: str) -> None:
    n = limit(profile, "max_objectives")
    for count, expected in ((n - 1, False), (n, False), (n + 1, True)):
        if count < 1:
            continue
        board, team, _ = team_board([2] * count)
        assert flagged(board, "too-many-objectives", team.id, profile) is expected, (profile, count)


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_min_key_results_at_the_boundary(profile: str) -> None:
    n = limit(profile, "min_key_results")
    for count, expected in ((n - 1, True), (n, False), (n + 1, False)):
        if count < 1:
            continue
        board, _, (objective,) = team_board([count])
        assert flagged(board, "too-few-key-results", objective.id, profile) is expected, (profile, count)


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_max_key_results_at_the_boundary(profile: str) -> None:
    n = limit(profile, "max_key_results")
    for count, expected in ((n - 1, False), (n, False), (n + 1, True)):
        board, _, (objective,) = team_board([count])
        assert flagged(board, "too-many-key-results", objective.id, profile) is expected, (profile, count)


def _spread(total: int, per_objective: int) -> list[int]:
    """``total`` key results over as few objectives as hold ``per_objective`` each."""
    counts = [per_objective] * (total // per_objective)
    if total % per_objective:
        counts.append(total % per_objective)
    return counts


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_max_team_key_results_at_the_boundary(profile: str) -> None:
    n = limit(profile, "max_team_key_results")
    for total, expected in ((n - 1, False), (n, False), (n + 1, True)):
        counts = _spread(total, 4)
        board, team, _ = team_board(counts)
        assert sum(counts) == total
        assert flagged(board, "too-many-team-key-results", team.id, profile) is expected, (profile, total)


WORDS = [
    "notre",
    "boulangerie",
    "devient",
    "enfin",
    "la",
    "préférée",
    "des",
    "familles",
    "du",
    "quartier",
    "grâce",
    "à",
    "un",
    "accueil",
    "chaleureux",
    "et",
    "des",
    "pains",
    "vraiment",
    "uniques",
    "chaque",
    "matin",
    "pour",
    "tous",
    "les",
    "voisins",
]


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_max_objective_words_at_the_boundary(profile: str) -> None:
    n = limit(profile, "max_objective_words")
    assert len(WORDS) > n + 1
    for count, expected in ((n - 1, False), (n, False), (n + 1, True)):
        board = Board(Workshop(title="t", language="fr", period="2027-T1"))
        team = board.add(Team("Équipe"))
        objective = board.add(Objective(team.id, " ".join(WORDS[:count]), owner="Léa"))
        assert flagged(board, "objective-too-long", objective.id, profile) is expected, (profile, count)


def confidence_board(ratings: list[int | None], kind: str) -> tuple[Board, Objective]:
    board, _, (objective,) = team_board([len(ratings)], kind=kind)
    for kr, rating in zip(board.key_results(objective.id), ratings, strict=True):
        board.update(kr.id, confidence=rating)
    return board, objective


# (ratings, mean) one step under, at, and one step over the threshold, for means of 2 and 4 ratings.
SANDBAGGING_CASES = [
    ([8, 8], False),  # 8.0: one step (1/2) under 8.5
    ([8, 9], True),  # 8.5: at
    ([9, 9], True),  # 9.0: over
    ([9, 8, 8, 8], False),  # 8.25: one step (1/4) under
    ([9, 9, 8, 8], True),  # 8.5
    ([9, 9, 9, 8], True),  # 8.75
]


@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize(("ratings", "expected"), SANDBAGGING_CASES)
def test_sandbagging_at_the_boundary(profile: str, ratings: list[int], expected: bool) -> None:
    assert PROFILES[profile].thresholds["sandbagging_confidence"] == 8.5
    board, objective = confidence_board(list(ratings), "aspirational")
    assert flagged(board, "confidence-sandbagging", objective.id, profile) is expected
    committed, objective = confidence_board(list(ratings), "committed")
    assert not flagged(committed, "confidence-sandbagging", objective.id, profile)


LOW_CASES = [
    ([1, 2], True),  # 1.5: under 2
    ([2, 2], True),  # 2.0: at (at or under is very low)
    ([2, 3], False),  # 2.5: one step (1/2) over
    ([2, 2, 2, 1], True),  # 1.75
    ([2, 2, 2, 2], True),  # 2.0
    ([2, 2, 2, 3], False),  # 2.25: one step (1/4) over
]


@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize(("ratings", "expected"), LOW_CASES)
def test_low_confidence_at_the_boundary(profile: str, ratings: list[int], expected: bool) -> None:
    assert PROFILES[profile].thresholds["low_confidence"] == 2.0
    board, objective = confidence_board(list(ratings), "committed")
    assert flagged(board, "confidence-too-low", objective.id, profile) is expected


def test_a_single_rating_is_no_mean() -> None:
    board, objective = confidence_board([1, None], "committed")
    assert not flagged(board, "confidence-too-low", objective.id, None)
    board, objective = confidence_board([10, None], "aspirational")
    assert not flagged(board, "confidence-sandbagging", objective.id, None)


def test_a_workshop_override_moves_the_boundary() -> None:
    """Thresholds set in the workshop's settings (F6) apply exactly, fractional ones included."""
    for count, expected in ((2, False), (3, True)):
        board, team, _ = team_board([2] * count)
        board.set_workshop(thresholds={"max_objectives": 2.0})
        assert flagged(board, "too-many-objectives", team.id, None) is expected
    for ratings, expected in (([3, 3], True), ([3, 4], False)):
        board, objective = confidence_board(ratings, "committed")
        board.set_workshop(thresholds={"low_confidence": 3.0})
        assert flagged(board, "confidence-too-low", objective.id, None) is expected
