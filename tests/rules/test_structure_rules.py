"""Every structure rule: a board that triggers it, a near miss that does not."""

from __future__ import annotations

import pytest

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop
from okrworkshop.rules import check_board
from tests.rules.boards import QUIET_KEY_RESULTS, QUIET_OBJECTIVE, findings_at, rules_at

OBJECTIVES = [
    "Devenir la boulangerie préférée des familles du quartier",
    "Offrir un accueil qui donne envie de revenir",
    "Faire de notre pain une fierté locale",
    "Rendre la commande en ligne simple pour tous",
    "Gagner la confiance des restaurateurs voisins",
    "Réussir notre ouverture à Nantes",
]
KEY_RESULTS = [
    "Passer le NPS de 30 à 45",
    "Réduire le délai de livraison de 5 à 2 jours",
    "Porter la part de clients fidèles de 20 % à 35 %",
    "Ramener les invendus de 12 % à 5 %",
    "Faire passer le panier moyen de 38 € à 45 €",
    "Réduire les réclamations de 40 à 15 par mois",
    "Porter la note Google de 4,2 à 4,7",
]


CITIES = ["Lyon", "Nantes", "Lille", "Brest"]
OBJECTIVE_TAGS = ["familles", "accueil", "pain", "web", "restaurateurs", "Nantes"]


def board(teams: int = 1, objectives: int = 1, key_results: int = 2, **workshop: object) -> Board:
    """Teams with distinct, quiet objectives and key results."""
    result = Board(Workshop(**{"title": "t", "language": "fr", "period": "2027-T1", **workshop}))  # type: ignore[arg-type]
    for t in range(teams):
        team = result.add(Team(f"Équipe {t}", order=float(t)))
        for o in range(objectives):
            suffix = f"à {CITIES[t]}"
            objective = result.add(
                Objective(team.id, f"{OBJECTIVES[o]} {suffix}", owner="Léa", order=float(o))
            )
            for k in range(key_results):
                title = f"{KEY_RESULTS[k]} ({OBJECTIVE_TAGS[o]}, {CITIES[t]})"
                result.add(KeyResult(objective.id, title, owner="Léa", order=float(k)))
    return result


def test_a_quiet_board_has_no_findings() -> None:
    b = board(teams=2, objectives=3, key_results=3)
    assert [f.rule for f in findings_at_all(b)] == []


def findings_at_all(b: Board) -> list:  # type: ignore[type-arg]
    from okrworkshop.rules import check_board

    return check_board(b)


def test_too_many_objectives() -> None:
    b = board(objectives=4)
    team = b.teams()[0].id
    found = [f for f in findings_at(b, team) if f.rule == "too-many-objectives"]
    assert [f.severity for f in found] == ["error"]
    assert "4" in found[0].message and "3" in found[0].message
    b = board(objectives=3)
    assert "too-many-objectives" not in rules_at(b, b.teams()[0].id)


def test_objective_without_key_results_is_a_warning_like_too_few() -> None:
    b = board(key_results=0)
    objective = b.objectives()[0].id
    assert {(f.rule, f.severity) for f in findings_at(b, objective)} == {
        ("objective-without-key-results", "warning")
    }
    b = board(key_results=1)
    assert "objective-without-key-results" not in rules_at(b, b.objectives()[0].id)


@pytest.mark.parametrize("profile", ["workshop", "classic", "focus"])
def test_no_key_result_is_at_least_as_severe_as_too_few(profile: str) -> None:
    # Severity rank: error 0, warning 1, info 2 (lower is more severe).
    rank = {"error": 0, "warning": 1, "info": 2}

    def severity(key_results: int, rule_id: str) -> int:
        b = board(key_results=key_results)
        found = [f for f in check_board(b, profile=profile) if f.entity_id == b.objectives()[0].id]
        return next(rank[f.severity] for f in found if f.rule == rule_id)

    assert severity(0, "objective-without-key-results") <= severity(1, "too-few-key-results")


def test_too_few_key_results() -> None:
    b = board(key_results=1)
    assert "too-few-key-results" in rules_at(b, b.objectives()[0].id)
    b = board(key_results=2)
    assert "too-few-key-results" not in rules_at(b, b.objectives()[0].id)


def test_too_many_key_results() -> None:
    b = board(key_results=5)
    found = [f for f in findings_at(b, b.objectives()[0].id) if f.rule == "too-many-key-results"]
    assert [f.severity for f in found] == ["error"]
    b = board(key_results=4)
    assert "too-many-key-results" not in rules_at(b, b.objectives()[0].id)


def test_too_many_key_results_for_the_team() -> None:
    b = board(objectives=3, key_results=4)
    assert "too-many-team-key-results" in rules_at(b, b.teams()[0].id)
    b = board(objectives=3, key_results=3)
    assert "too-many-team-key-results" not in rules_at(b, b.teams()[0].id)


def test_missing_owner_is_a_warning_on_objectives_and_key_results() -> None:
    """No owner at all is no better than "Tous" as owner: both are warnings."""
    b = board()
    objective, kr = b.objectives()[0], b.key_results()[0]
    b.update(objective.id, owner="")
    b.update(kr.id, owner="  ")
    assert ("missing-owner", "warning") in {(f.rule, f.severity) for f in findings_at(b, objective.id)}
    b.update(objective.id, owner="Tous")
    assert ("owner-is-committee", "warning") in {(f.rule, f.severity) for f in findings_at(b, objective.id)}
    assert "missing-owner" in rules_at(b, kr.id)
    assert "missing-owner" not in rules_at(b, b.key_results()[1].id)


def test_owner_is_a_committee() -> None:
    for owner in ("Comité de direction", "Tous", "Léa et Tom", "Léa/Tom", "l'équipe", "Marketing team"):
        b = board()
        objective = b.objectives()[0]
        b.update(objective.id, owner=owner)
        assert "owner-is-committee" in rules_at(b, objective.id), owner
    for owner in ("Marie-Claire Dupont", "Étienne", "Sam O'Neil"):
        b = board()
        objective = b.objectives()[0]
        b.update(objective.id, owner=owner)
        assert "owner-is-committee" not in rules_at(b, objective.id), owner


def test_missing_period_is_about_the_workshop() -> None:
    b = board(period="")
    found = findings_at(b, None)
    assert [(f.rule, f.path, f.entity_id) for f in found] == [("missing-period", "workshop", None)]
    assert findings_at(board(period="2027-T1"), None) == []


def test_near_duplicate_cards_across_the_workshop() -> None:
    b = board(teams=2)
    first, second = b.objectives()
    b.update(first.id, title="Augmenter la satisfaction des clients")
    b.update(second.id, title="augmenter  SATISFACTION client")
    found = [f for f in findings_at(b, first.id) if f.rule == "duplicate-card"]
    assert len(found) == 1 and "augmenter  SATISFACTION client" in found[0].message
    assert "duplicate-card" in rules_at(b, second.id)
    b.update(second.id, title="Fidéliser les clients")
    assert "duplicate-card" not in rules_at(b, first.id)


def test_key_results_repeated_in_two_teams_are_duplicates() -> None:
    b = board(teams=2)
    first = b.key_results()[0]
    other = b.key_results(b.objectives()[1].id)[0]
    b.update(other.id, title=first.title)
    assert "duplicate-card" in rules_at(b, first.id)
    assert "duplicate-card" in rules_at(b, other.id)


def test_duplicate_team_names() -> None:
    b = board(teams=2)
    first, second = b.teams()
    b.update(first.id, name="Ventes")
    b.update(second.id, name=" ventes ")
    assert "duplicate-team-name" in rules_at(b, first.id)
    b.update(second.id, name="Ventes export")
    assert "duplicate-team-name" not in rules_at(b, first.id)


def _two_levels() -> tuple[Board, Objective, Objective, Objective]:
    b = Board(Workshop(title="t", language="fr", period="2027-T1"))
    top = b.add(Team("Direction"))
    sales = b.add(Team("Ventes", parent_id=top.id, order=1.0))
    marketing = b.add(Team("Marketing", parent_id=top.id, order=2.0))
    objectives = []
    for i, team in enumerate((top, sales, marketing)):
        o = b.add(Objective(team.id, QUIET_OBJECTIVE["fr"] + f" {i}", owner="Léa"))
        for k, title in enumerate(QUIET_KEY_RESULTS["fr"]):
            b.add(KeyResult(o.id, f"{title} ({i})", owner="Léa", order=float(k)))
        objectives.append(o)
    return b, objectives[0], objectives[1], objectives[2]


def test_unaligned_objective_of_a_sub_team() -> None:
    b, top, sales, _ = _two_levels()
    assert "objective-unaligned" in rules_at(b, sales.id)
    assert "objective-unaligned" not in rules_at(b, top.id)  # a top team has nothing above it
    b.update(sales.id, aligned_to=b.key_results(top.id)[0].id)
    assert "objective-unaligned" not in rules_at(b, sales.id)


def test_alignment_must_go_up_to_a_parent_team() -> None:
    b, top, sales, marketing = _two_levels()
    b.update(sales.id, aligned_to=marketing.id)
    assert "alignment-not-to-parent" in rules_at(b, sales.id)
    b.update(sales.id, aligned_to=top.id)
    assert "alignment-not-to-parent" not in rules_at(b, sales.id)


def test_alignment_to_a_grand_parent_is_fine() -> None:
    b, top, sales, _ = _two_levels()
    squad = b.add(Team("Ventes grands comptes", parent_id=sales.team_id, order=3.0))
    o = b.add(Objective(squad.id, "Gagner la confiance des grands comptes", owner="Léa", aligned_to=top.id))
    assert "alignment-not-to-parent" not in rules_at(b, o.id)


def test_sandbagging_on_an_aspirational_objective() -> None:
    b = board(key_results=3)
    objective = b.objectives()[0]
    for kr, confidence in zip(b.key_results(), (9, 9, 10), strict=True):
        b.update(kr.id, confidence=confidence)
    assert "confidence-sandbagging" in rules_at(b, objective.id)
    b.update(objective.id, kind="committed")
    assert "confidence-sandbagging" not in rules_at(b, objective.id)
    b.update(objective.id, kind="aspirational")
    for kr in b.key_results():
        b.update(kr.id, confidence=5)
    assert "confidence-sandbagging" not in rules_at(b, objective.id)


def test_very_low_confidence_is_an_info() -> None:
    b = board(key_results=2)
    objective = b.objectives()[0]
    for kr, confidence in zip(b.key_results(), (1, 2), strict=True):
        b.update(kr.id, confidence=confidence)
    assert ("confidence-too-low", "info") in {(f.rule, f.severity) for f in findings_at(b, objective.id)}
    for kr in b.key_results():
        b.update(kr.id, confidence=5)
    assert "confidence-too-low" not in rules_at(b, objective.id)


def test_empty_title() -> None:
    b = board()
    kr = b.key_results()[0]
    b.update(kr.id, title="   ")
    assert rules_at(b, kr.id) == {"empty-title"}
