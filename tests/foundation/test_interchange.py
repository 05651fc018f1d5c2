"""okrworkshop/v1 JSON: lossless round trips, and errors that name the JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from okrworkshop.errors import InputError
from okrworkshop.files import read_board, write_board
from okrworkshop.interchange import board_from_dict, board_to_dict, read_json
from okrworkshop.model import Board, KeyResult


def test_okrw_json_okrw_loses_nothing(tmp_path: Path, rich_board: Board) -> None:
    first = write_board(rich_board, tmp_path / "a.okrw")
    middle = write_board(read_board(first), tmp_path / "a.json")
    last = write_board(read_board(middle), tmp_path / "b.okrw")
    assert board_to_dict(read_board(last)) == board_to_dict(rich_board)


def test_json_okrw_json_is_identical_text(tmp_path: Path, rich_board: Board) -> None:
    first = write_board(rich_board, tmp_path / "a.json")
    write_board(read_board(first), tmp_path / "b.okrw")
    second = write_board(read_board(tmp_path / "b.okrw"), tmp_path / "b.json")
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    text = first.read_text(encoding="utf-8")
    assert "« Café Lumière »" in text and "🙂" in text  # UTF-8, not \\u escapes


def test_minimal_draft_gets_defaults_and_a_tidy_layout() -> None:
    board = board_from_dict(
        {
            "format": "okrworkshop/v1",
            "teams": [
                {
                    "name": "Direction",
                    "objectives": [{"title": "A", "key_results": [{"title": "k"}]}, {"title": "B"}],
                },
                {
                    "name": "Ventes",
                    "parent": "Direction",
                    "objectives": [{"title": "C", "aligned_to": "Direction/A/k"}],
                },
            ],
        }
    )
    a, b, c = board.objectives()
    assert board.workshop.language == "fr" and board.workshop.profile == "workshop"
    assert (a.x, a.y) != (b.x, b.y)
    ventes = board.teams()[1]
    assert ventes.y >= board.teams()[0].y + board.teams()[0].height
    assert ventes.y <= c.y <= ventes.y + ventes.height
    assert isinstance(board.get(c.aligned_to), KeyResult)
    kr = board.key_results()[0]
    assert (kr.kind, kr.direction, kr.baseline, kr.confidence) == ("metric", "increase", None, None)


def test_names_of_the_same_title_in_two_teams_align_each_to_its_own_team() -> None:
    # Both teams hold an objective "Grandir" with a key result "NPS": "Nord/Grandir" and
    # "Sud/Grandir/NPS" each name one card (the team is part of the name), never both.
    board = board_from_dict(
        {
            "format": "okrworkshop/v1",
            "teams": [
                {"name": "Nord", "objectives": [{"title": "Grandir", "key_results": [{"title": "NPS"}]}]},
                {"name": "Sud", "objectives": [{"title": "Grandir", "key_results": [{"title": "NPS"}]}]},
                {
                    "name": "Est",
                    "objectives": [
                        {"title": "Suivre le nord", "aligned_to": "Nord/Grandir"},
                        {"title": "Suivre le sud", "aligned_to": "Sud/Grandir/NPS"},
                    ],
                },
            ],
        }
    )
    nord, sud, est = board.teams()
    follows_north, follows_south = board.objectives(est.id)
    assert follows_north.aligned_to == board.objectives(nord.id)[0].id
    (south_objective,) = board.objectives(sud.id)
    assert follows_south.aligned_to == board.key_results(south_objective.id)[0].id


def test_given_positions_are_kept() -> None:
    board = board_from_dict(
        {
            "format": "okrworkshop/v1",
            "teams": [{"name": "T", "objectives": [{"title": "A", "x": 12.5, "y": -40}]}],
        }
    )
    objective = board.objectives()[0]
    assert (objective.x, objective.y) == (12.5, -40)


def test_ambiguous_names_round_trip_through_ids(rich_board: Board) -> None:
    team = rich_board.teams()[0]
    rich_board.update(rich_board.teams()[1].id, name=team.name)
    data = board_to_dict(rich_board)
    assert data["teams"][1]["parent_id"] == team.id
    assert board_to_dict(board_from_dict(json.loads(json.dumps(data)))) == data


BASE = {
    "format": "okrworkshop/v1",
    "teams": [{"name": "T", "objectives": [{"title": "O", "key_results": [{"title": "K"}]}]}],
}


def _with(path: list, value) -> dict:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(BASE))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "where", "problem"),
    [
        ({"teams": []}, "format", "missing required field 'format'"),
        ({"format": "okrworkshop/v2"}, "format", "unsupported format"),
        ([], None, "top level is not an object"),
        (
            _with(["teams", 0, "objectives", 0, "key_results", 0, "confidence"], 12),
            "teams[0].objectives[0].key_results[0].confidence",
            "out of range",
        ),
        (
            _with(["teams", 0, "objectives", 0, "key_results", 0, "baseline"], "32"),
            "teams[0].objectives[0].key_results[0].baseline",
            "must be number",
        ),
        (
            _with(["teams", 0, "objectives", 0, "kind"], "stretch"),
            "teams[0].objectives[0].kind",
            "must be one of",
        ),
        (
            _with(["teams", 0, "objectives", 0], {"titel": "O"}),
            "teams[0].objectives[0]",
            "missing required field 'title'",
        ),
        (
            _with(["teams", 0, "objectives", 0, "aligned_to"], "T/Nope"),
            "teams[0].objectives[0].aligned_to",
            "no objective",
        ),
        (
            _with(["teams", 0, "objectives", 0, "aligned_to"], "T/O"),
            "teams[0].objectives[0].aligned_to",
            "loop",
        ),
        (_with(["teams", 0, "parent"], "Ghost"), "teams[0].parent", "no team named 'Ghost'"),
        (_with(["teams", 0, "colour"], "red"), "teams[0].colour", "colour like"),
        (
            _with(["teams", 0, "objectives", 0, "key_results", 0], {"owner": "x"}),
            "teams[0].objectives[0].key_results[0]",
            "missing required field 'title'",
        ),
        (_with(["notes"], [{"text": "a", "id": "n"}, {"text": "b", "id": "n"}]), "notes[1].id", "used twice"),
    ],
)
def test_invalid_drafts_name_the_json_path(data, where: str | None, problem: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        board_from_dict(data, "draft.json")
    error = caught.value
    assert error.path == "draft.json"
    assert error.where == where
    assert problem in error.problem


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"format": ', "invalid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (
            b'{"format": "okrworkshop/v1", "teams": [{"name": "T", "objectives": [{"title": "O", "x": NaN}]}]}',
            "NaN",
        ),
    ],
)
def test_unreadable_json_files(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_json(path)
    assert path.read_bytes() == content


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(BASE).encode())
    assert read_json(path).objectives()[0].title == "O"


def test_the_demo_workshop_is_valid() -> None:
    from okrworkshop.demo import demo_board

    board = demo_board()
    assert len(board.teams()) == 3 and board.workshop.language == "fr"
    assert any(o.aligned_to for o in board.objectives())
