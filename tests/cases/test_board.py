"""Workshops started from a case: lanes, rounds, reference cards, and the .okrw round trip."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from okrworkshop.cases import load_case, read_case
from okrworkshop.errors import InputError
from okrworkshop.interchange.layout import CARD_WIDTH, estimated_height
from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Round, Snapshot, Team
from okrworkshop.storage import read_okrw, write_okrw

from .conftest import readme_example, write_case

BUNDLED = ("rayon-vert", "mijote", "valbrune", "calora")

Rect = tuple[float, float, float, float]


def overlap(a: Rect, b: Rect) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def inside(inner: Rect, outer: Rect) -> bool:
    ix, iy, iw, ih = inner
    ox, oy, ow, oh = outer
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh


def lane(team: Team) -> Rect:
    return (team.x, team.y, team.width, team.height)


def card(board: Board, objective: Objective) -> Rect:
    return (objective.x, objective.y, CARD_WIDTH, estimated_height(board, objective.id))


@pytest.mark.parametrize("case_id", BUNDLED)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_board_holds_the_case_without_answers(case_id: str, lang: str) -> None:
    case = load_case(case_id)
    board = case.new_board(lang)
    workshop = board.workshop
    assert workshop.title == case.title(lang)
    assert workshop.language == lang
    assert workshop.period == case.period(lang)
    assert workshop.case_id == case_id
    assert workshop.case_brief == case.brief(lang)
    assert not board.objectives()
    assert not board.notes()
    teams = {team.name: team for team in board.teams()}
    assert set(teams) == {team.name(lang) for team in case.teams}
    for spec in case.teams:
        parent = teams[spec.name(lang)].parent_id
        if spec.parent is None:
            assert parent is None
        else:
            assert board.typed(parent or "", Team).name == case.team(spec.parent).name(lang)
    rounds = board.rounds()
    assert [(r.title, r.instructions, r.duration_s) for r in rounds] == [
        (r.title, r.instructions, r.minutes * 60) for r in case.rounds(lang)
    ]


@pytest.mark.parametrize("case_id", BUNDLED)
@pytest.mark.parametrize("reference", [False, True])
def test_lanes_do_not_overlap_and_sub_teams_sit_below_their_parents(case_id: str, reference: bool) -> None:
    board = load_case(case_id).new_board("fr", reference=reference)
    teams = board.teams()
    for a, b in combinations(teams, 2):
        assert not overlap(lane(a), lane(b)), f"lanes {a.name!r} and {b.name!r} overlap"
    for team in teams:
        assert team.width >= 1000
        assert team.height >= 300
        if team.parent_id:
            parent = board.typed(team.parent_id, Team)
            assert team.y >= parent.y + parent.height, f"{team.name!r} is not below {parent.name!r}"
            assert team.x > parent.x  # indented under its parent


@pytest.mark.parametrize("case_id", BUNDLED)
def test_reference_cards_sit_in_their_lanes_without_overlapping(case_id: str) -> None:
    board = load_case(case_id).reference_board("en")
    objectives = board.objectives()
    assert objectives
    for objective in objectives:
        team = board.typed(objective.team_id, Team)
        assert inside(card(board, objective), lane(team)), f"{objective.title!r} sticks out of {team.name!r}"
    for a, b in combinations(objectives, 2):
        assert not overlap(card(board, a), card(board, b)), f"{a.title!r} and {b.title!r} overlap"


def _content(board: Board) -> tuple[object, set[object]]:
    kinds = (Team, Objective, KeyResult, Initiative, Note, Round, Snapshot)
    return board.workshop, {entity for kind in kinds for entity in board.all(kind)}


@pytest.mark.parametrize("case_id", BUNDLED)
def test_reference_board_round_trips_through_okrw(case_id: str, tmp_path: Path) -> None:
    board = load_case(case_id).new_board("fr", reference=True)
    path = write_okrw(board, tmp_path / f"{case_id}.okrw")
    reopened = read_okrw(path)
    assert _content(reopened) == _content(board)
    assert len(reopened.key_results()) == len(board.key_results()) > 0
    assert any(o.aligned_to for o in reopened.objectives()) == load_case(case_id).multi_level


def test_each_board_is_a_new_workshop() -> None:
    case = load_case("rayon-vert")
    first, second = case.reference_board("fr"), case.reference_board("fr")
    assert {o.title for o in first.objectives()} == {o.title for o in second.objectives()}
    assert not {o.id for o in first.objectives()} & {o.id for o in second.objectives()}


def test_reference_title_and_initiatives(tmp_path: Path) -> None:
    case = load_case("rayon-vert")
    board = case.reference_board("fr")
    assert board.workshop.title == "Atelier Rayon Vert — OKR de référence"
    assert case.reference_board("en").workshop.title == "Rayon Vert bike workshop — reference OKRs"
    initiatives = board.initiatives()
    assert initiatives
    for initiative in initiatives:
        assert initiative.owner == board.typed(initiative.key_result_id, KeyResult).owner


def test_a_case_in_one_language_refuses_another(tmp_path: Path) -> None:
    text = readme_example().replace('languages = ["fr", "en"]', 'languages = ["fr"]')
    path = write_case(tmp_path, "fromagerie-lucas", text)
    case = read_case(path.parent)
    assert case.title("en") == "Fromagerie Lucas"  # display falls back to the case's language
    assert case.new_board("fr").workshop.language == "fr"
    with pytest.raises(InputError) as caught:
        case.new_board("en")
    assert "written in French only" in caught.value.line()
    assert "case.toml" in caught.value.line()


def test_the_readme_example_is_a_valid_case(tmp_path: Path) -> None:
    case = read_case(write_case(tmp_path, "fromagerie-lucas", readme_example()).parent)
    board = case.reference_board("fr")
    kr = board.key_results()[1]
    assert (kr.title, kr.baseline, kr.target, kr.unit, kr.direction) == (
        "Faire passer le panier moyen de 18,50 € à 21 €",
        18.5,
        21.0,
        "€",
        "increase",
    )
    assert board.key_results()[0].direction == "decrease"
    assert "Panier moyen\u00a0: **18,50\u00a0€** (déc. 2026)" in case.brief("fr")
    assert "Average basket: **18.50\u00a0€** (Dec 2026)" in case.brief("en")
    assert "(19 Dec 2026)" in case.brief("en")
