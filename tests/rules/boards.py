"""Small boards for rule tests: one card under test, its siblings chosen to stay silent."""

from __future__ import annotations

from typing import Any

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop, card_paths
from okrworkshop.rules import Finding, check_board

#: Cards that no rule flags, by language (they keep counts and neighbours quiet).
QUIET_OBJECTIVE = {
    "fr": "Devenir la boulangerie préférée des familles du quartier",
    "en": "Become the favourite bakery of local families",
}
QUIET_KEY_RESULTS = {
    "fr": ("Passer le NPS de 30 à 45", "Réduire le délai de livraison de 5 à 2 jours"),
    "en": ("Raise NPS from 30 to 45", "Cut delivery time from 5 days to 2 days"),
}


def board_with_objective(title: str, lang: str = "fr", **fields: Any) -> tuple[Board, str]:
    """A one-team board whose objective is ``title`` (with two quiet key results)."""
    board = Board(Workshop(title="test", language=lang, period="2027-T1"))
    team = board.add(Team("Équipe"))
    objective = board.add(Objective(team.id, title, **{"owner": "Claire", **fields}))
    for order, kr in enumerate(QUIET_KEY_RESULTS[lang]):
        board.add(KeyResult(objective.id, kr, owner="Claire", order=float(order)))
    return board, objective.id


def board_with_key_result(title: str, lang: str = "fr", **fields: Any) -> tuple[Board, str]:
    """A one-team board with a quiet objective, a quiet key result and the key result ``title``."""
    board = Board(Workshop(title="test", language=lang, period="2027-T1"))
    team = board.add(Team("Équipe"))
    objective = board.add(Objective(team.id, QUIET_OBJECTIVE[lang], owner="Claire"))
    board.add(KeyResult(objective.id, QUIET_KEY_RESULTS[lang][0], owner="Claire"))
    kr = board.add(KeyResult(objective.id, title, order=1.0, **{"owner": "Claire", **fields}))
    return board, kr.id


def findings_at(board: Board, entity_id: str | None, **options: Any) -> list[Finding]:
    """The findings about one card or team (``None``: the workshop)."""
    path = card_paths(board)[entity_id] if entity_id is not None else "workshop"
    return [f for f in check_board(board, **options) if f.path == path]


def rules_at(board: Board, entity_id: str | None, **options: Any) -> set[str]:
    return {f.rule for f in findings_at(board, entity_id, **options)}
