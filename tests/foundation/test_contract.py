"""The ``okrworkshop/v1`` contract (DESIGN.md §4.2) as other tools read and write it.

Initiatives are texts (their ids and owners ride beside them in ``initiative_details``), positions
are accepted on every card kind, and fields another tool adds are reported once, never refused.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.cli import main
from okrworkshop.files import read_board, write_board
from okrworkshop.interchange import board_from_dict, board_to_dict, read_json, write_json
from okrworkshop.model import Board

#: The example of DESIGN.md §4.2, copied as it stands there.
EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "design-v1-example.json"

#: Fields the writer adds to the example's: all optional in v1, or extensions older readers ignore.
EXTENSIONS = {
    "id",
    "description",
    "colour",
    "x",
    "y",
    "width",
    "height",
    "case_brief",
    "facilitator",
    "thresholds",
    "disabled_rules",
    "parent_id",
    "aligned_to_id",
    "team_id",
    "initiative_details",
}


def _project(written: Any, example: Any, extra: set[str]) -> Any:
    """``written`` cut down to the keys of ``example`` (the keys cut are added to ``extra``)."""
    if isinstance(example, dict):
        assert isinstance(written, dict)
        extra.update(set(written) - set(example))
        return {key: _project(written[key], value, extra) for key, value in example.items() if key in written}
    if isinstance(example, list):
        assert isinstance(written, list) and len(written) == len(example)
        return [_project(w, e, extra) for w, e in zip(written, example, strict=True)]
    return written


def test_the_design_example_reads_and_writes_back_exactly(tmp_path: Path) -> None:
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    lines: list[str] = []
    board = read_json(EXAMPLE, lines.append)
    assert lines == []
    written = json.loads(write_json(board, tmp_path / "out.json").read_text(encoding="utf-8"))
    extra: set[str] = set()
    # Compared as JSON text: 32 must come back as 32, not 32.0, and "…" as "…".
    assert json.dumps(_project(written, example, extra), ensure_ascii=False) == json.dumps(
        example, ensure_ascii=False
    )
    assert extra <= EXTENSIONS
    assert written["teams"][0]["objectives"][0]["key_results"][0]["initiatives"] == ["…"]
    assert board_to_dict(board_from_dict(written)) == written


def test_initiatives_are_texts_with_their_ids_and_owners_beside(rich_board: Board) -> None:
    (initiative,) = rich_board.initiatives()
    data = board_to_dict(rich_board)
    entries = [kr for t in data["teams"] for o in t["objectives"] for kr in o["key_results"]]
    (with_one,) = [kr for kr in entries if kr["id"] == initiative.key_result_id]
    assert with_one["initiatives"] == ["Deuxième machine <à> café & « R&D »"]
    assert with_one["initiative_details"] == [
        {"id": initiative.id, "title": "Deuxième machine <à> café & « R&D »", "owner": "Tom"}
    ]
    others = [kr for kr in entries if kr is not with_one]
    assert others and all(kr["initiatives"] == [] and "initiative_details" not in kr for kr in others)


def _entities(board: Board) -> dict[str, Any]:
    kinds = (board.teams(), board.objectives(), board.key_results(), board.initiatives(), board.notes())
    rest = (board.rounds(), board.snapshots())
    return {e.id: (type(e).__name__, dataclasses.asdict(e)) for group in (*kinds, *rest) for e in group}


@pytest.mark.parametrize("route", [[".json"], [".okrw", ".json", ".okrw"], [".json", ".okrw", ".json"]])
def test_round_trips_keep_every_field_of_every_entity(tmp_path: Path, rich_board: Board, route) -> None:  # type: ignore[no-untyped-def]
    original = _entities(rich_board)
    board = rich_board
    for n, suffix in enumerate(route):
        board = read_board(write_board(board, tmp_path / f"step{n}{suffix}"))
    again = _entities(board)
    assert set(again) == set(original)
    for entity_id, (kind, fields) in original.items():
        assert again[entity_id][0] == kind
        for name, value in fields.items():
            assert again[entity_id][1][name] == value, (kind, name)
    assert board.workshop == rich_board.workshop


BASE: dict[str, Any] = {
    "format": "okrworkshop/v1",
    "teams": [
        {
            "name": "T",
            "objectives": [{"title": "O", "key_results": [{"title": "K", "initiatives": ["a", "b"]}]}],
        }
    ],
}


def _draft(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    kr = data["teams"][0]["objectives"][0]["key_results"][0]
    kr.update(changes)
    return data


def test_the_object_form_of_initiatives_is_still_read() -> None:
    board = board_from_dict(_draft(initiatives=[{"id": "i-1", "title": "a", "owner": "Ana"}, "b"]))
    first, second = board.initiatives()
    assert (first.id, first.title, first.owner) == ("i-1", "a", "Ana")
    assert (second.title, second.owner) == ("b", "")


def test_details_are_taken_only_where_their_title_agrees() -> None:
    """Another tool that edits the texts and keeps stale details loses owners, never titles."""
    details = [{"id": "i-1", "title": "a", "owner": "Ana"}, {"id": "i-2", "title": "old", "owner": "Bo"}]
    board = board_from_dict(_draft(initiatives=["a", "b", "c"], initiative_details=details))
    a, b, c = board.initiatives()
    assert (a.id, a.title, a.owner) == ("i-1", "a", "Ana")
    assert (b.title, b.owner) == ("b", "") and b.id != "i-2"
    assert (c.title, c.owner) == ("c", "")


def test_positions_are_accepted_on_every_card_kind() -> None:
    data = _draft(x=5, y=6, initiatives=[{"title": "a", "x": 1, "y": 2}, "b"])
    data["teams"][0].update(x=10, y=20)
    data["teams"][0]["objectives"][0].update(x=30.5, y=40)
    data["notes"] = [{"text": "n", "x": 700, "y": -5}]
    lines: list[str] = []
    board = board_from_dict(data, "draft.json", lines.append)
    assert (board.teams()[0].x, board.teams()[0].y) == (10, 20)
    assert (board.objectives()[0].x, board.objectives()[0].y) == (30.5, 40)
    assert (board.notes()[0].x, board.notes()[0].y) == (700, -5)
    assert [i.title for i in board.initiatives()] == ["a", "b"]
    (line,) = lines
    assert line.startswith("draft.json: note: positions of key results and initiatives are ignored")
    assert line.endswith(": teams[0].objectives[0].key_results[0] and 1 more")


def test_unknown_fields_are_reported_once_and_ignored() -> None:
    data = _draft(progress=0.4, color="red")
    data["teams"][0]["color"] = "#ff0000"
    data["generator"] = {"name": "other-tool"}
    data["teams"][0]["objectives"][0]["ownr"] = "typo"  # a typo is a warning too, not a refusal
    lines: list[str] = []
    board = board_from_dict(data, "draft.json", lines.append)
    plain = board_from_dict(_draft())
    assert _without_ids(board) == _without_ids(plain)
    (line,) = lines
    assert line == (
        "draft.json: warning: ignored 5 fields this version does not know: "
        "'progress' (teams[0].objectives[0].key_results[0]), 'color' (teams[0].objectives[0].key_results[0]), "
        "'ownr' (teams[0].objectives[0]) and 2 more"
    )


def _without_ids(board: Board) -> list[Any]:
    return [
        {k: v for k, v in fields.items() if not k.endswith("id")} for _, fields in _entities(board).values()
    ]


def test_three_unknown_fields_are_all_named() -> None:
    lines: list[str] = []
    board_from_dict(_draft(a=1, b=2, c=3), "d.json", lines.append)
    path = "teams[0].objectives[0].key_results[0]"
    assert lines == [
        f"d.json: warning: ignored 3 fields this version does not know: 'a' ({path}), 'b' ({path}), 'c' ({path})"
    ]


def test_one_unknown_field_is_named_in_the_singular() -> None:
    lines: list[str] = []
    board_from_dict(_draft(a=1), "d.json", lines.append)
    assert lines == [
        "d.json: warning: ignored 1 field this version does not know: 'a' (teams[0].objectives[0].key_results[0])"
    ]


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("verb", ["check", "convert"])
def test_the_commands_warn_on_stderr_and_keep_their_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    plain = _write(tmp_path / "plain.json", _draft())
    extended = _write(tmp_path / "extended.json", _draft(progress=0.5, color="#00ff00"))
    outputs = []
    for source in (plain, extended):
        args = [verb, str(source)] + ([str(tmp_path / f"{source.stem}.okrw")] if verb == "convert" else [])
        code = main(args)
        captured = capsys.readouterr()
        outputs.append((code, captured.out.replace(source.stem, "X"), captured.err))
    (plain_code, plain_out, plain_err), (code, out, err) = outputs
    assert (code, out, plain_err) == (plain_code, plain_out, "")
    assert err.splitlines() == [
        f"okrworkshop: {extended}: warning: ignored 2 fields this version does not know: "
        "'progress' (teams[0].objectives[0].key_results[0]), 'color' (teams[0].objectives[0].key_results[0])"
    ]
    if verb == "convert":
        kept = read_board(tmp_path / "extended.okrw")
        assert _without_ids(kept) == _without_ids(read_board(tmp_path / "plain.okrw"))
