"""Quarter-end scores as the board shows them, and the next quarter prepared from the decisions."""

from __future__ import annotations

from datetime import date

import pytest

from okrworkshop.model import Board, CheckIn, KeyResult, Objective, Team
from okrworkshop.model.progress import mean_score, score_text, shown_objective_score
from okrworkshop.workflow.next_quarter import (
    file_stem,
    next_period,
    next_quarter_board,
    next_title,
    restarted_title,
)
from tests.followup.conftest import followup_board


def test_an_objective_shows_a_score_only_once_one_of_its_key_results_is_scored(board: Board) -> None:
    committed = board.objectives()[0]
    krs = board.key_results(committed.id)
    late, other = krs
    assert late.score == 0.6 and other.score is None
    assert shown_objective_score(krs) == 0.6  # the other has no value: left out of the mean
    board.update(other.id, current=6.0)  # 12 -> 4 at 6: computed 0.8
    assert shown_objective_score(board.key_results(committed.id)) == 0.7
    board.update(late.id, score=None)
    assert shown_objective_score(board.key_results(committed.id)) is None  # nobody has scored yet
    assert mean_score(board.key_results(committed.id)) == 0.65  # though progress gives 0.5 and 0.8


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [(0.7, "fr", "0,7"), (0.7, "en", "0.7"), (0.65, "fr", "0,65"), (1.0, "fr", "1,0"), (0.0, "en", "0.0")],
)
def test_scores_are_written_as_trainers_write_them(value: float, language: str, text: str) -> None:
    assert score_text(value, language) == text


@pytest.mark.parametrize(
    ("period", "following"),
    [
        ("T1 2027", "T2 2027"),
        ("T4 2027", "T1 2028"),
        ("2027-T3", "2027-T4"),
        ("2026 Q4", "2027 Q1"),
        ("Q2 2027", "Q3 2027"),
        ("Suivi T3 2027 (atelier)", "Suivi T4 2027 (atelier)"),
    ],
)
def test_the_next_period_is_the_next_quarter_written_the_same_way(period: str, following: str) -> None:
    assert next_period(period) == following


def test_a_period_without_a_quarter_gives_the_quarter_after_today() -> None:
    assert next_period("", today=date(2027, 5, 10)) == "2027-T3"
    assert next_period("printemps", today=date(2027, 11, 30)) == "2028-T1"


def test_titles_and_file_names_follow_the_new_quarter() -> None:
    from okrworkshop.model import Workshop

    assert (
        next_title(Workshop(title="Atelier Lumen T1 2027", period="T1 2027"), "T2 2027")
        == "Atelier Lumen T2 2027"
    )
    assert (
        next_title(Workshop(title="Atelier Lumen", period="T1 2027"), "T2 2027") == "Atelier Lumen — T2 2027"
    )
    assert file_stem("Suivi : Q1/Q2 ?") == "Suivi - Q1-Q2"


@pytest.mark.parametrize(
    ("title", "baseline", "reached", "language", "expected"),
    [
        (
            "Faire passer la part des livraisons à temps de 82 % à 95 %",
            82,
            88,
            "fr",
            "Faire passer la part des livraisons à temps de 88 % à 95 %",
        ),
        ("Passer la note de 4,5 à 4,8", 4.5, 4.62, "fr", "Passer la note de 4,62 à 4,8"),
        ("Grow weekly users from 1,850 to 2,400", 1850, 2010, "en", "Grow weekly users from 2,010 to 2,400"),
        # The old figure twice (or not at all): the title is left for the team to rewrite.
        (
            "Réduire de 12 à 4 les retards (12 en janvier)",
            12,
            9,
            "fr",
            "Réduire de 12 à 4 les retards (12 en janvier)",
        ),
        ("Réduire les retards", 12, 9, "fr", "Réduire les retards"),
    ],
)
def test_a_key_result_carried_over_starts_its_title_from_where_it_got_to(
    title: str, baseline: float, reached: float, language: str, expected: str
) -> None:
    assert restarted_title(title, baseline, reached, language) == expected


def _decided_board() -> Board:
    board = followup_board()
    team = board.teams()[0]
    committed, aspirational = board.objectives(team.id)
    _late, complaints = board.key_results(committed.id)
    [nps] = board.key_results(aspirational.id)
    other = board.add(Team("Boutique", order=1))
    aligned = board.add(Objective(other.id, "Servir le quartier comme personne", aligned_to=committed.id))
    board.add(
        KeyResult(aligned.id, "Passer les clients réguliers de 40 à 60", baseline=40, target=60, current=47)
    )
    board.update(complaints.id, decision="drop")
    board.update(aspirational.id, decision="drop")
    board.add(CheckIn(nps.id, "2027-03-01", 36, 4, "Pas encore"))
    return board


def test_next_quarter_carries_what_is_kept_and_adjusted_from_where_it_got_to() -> None:
    board = _decided_board()
    result, carried = next_quarter_board(board)
    assert result.workshop.period == "2027-T2"
    assert result.workshop.title == "Suivi « T1 » — 2027-T2"
    # Dropped: one key result and one objective with its key result; kept: the rest.
    titles = [o.title for o in result.objectives()]
    assert titles == ["Tenir chaque délai promis aux clients", "Servir le quartier comme personne"]
    [late] = result.key_results(result.objectives()[0].id)
    assert late.title == "Faire passer la part des commandes livrées à temps de 88 % à 95 %"
    assert (late.baseline, late.target, late.current, late.confidence, late.score, late.decision) == (
        88,
        95,
        None,
        None,
        None,
        "",
    )
    assert result.check_ins(late.id) == []
    assert all(o.decision == "" for o in result.objectives())
    assert all(t.lessons == "" for t in result.teams())
    assert (carried.objectives, carried.key_results, carried.to_adjust, carried.dropped) == (2, 2, 1, 3)
    # Fresh ids; the alignment follows its objective into the new board.
    assert not {e.id for e in result.objectives()} & {e.id for e in board.objectives()}
    served = result.objectives()[1]
    assert served.aligned_to == result.objectives()[0].id
    [regulars] = result.key_results(served.id)
    assert (regulars.baseline, regulars.current) == (47, None)
    # The brief names the card to adjust and what the team learnt.
    brief = result.workshop.case_brief
    assert "## À ajuster" in brief and "Faire passer la part des commandes livrées à temps de 82 %" in brief
    assert "Le point du lundi tient en 15 minutes." in brief
    assert result.workshop.case_id == ""


def test_an_alignment_to_a_dropped_card_is_not_carried_over() -> None:
    board = _decided_board()
    committed = board.objectives()[0]
    board.update(committed.id, decision="drop")
    result, _carried = next_quarter_board(board)
    assert [o.title for o in result.objectives()] == ["Servir le quartier comme personne"]
    assert result.objectives()[0].aligned_to is None
