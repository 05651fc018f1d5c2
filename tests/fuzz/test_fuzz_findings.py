"""What the fuzz suite found, each kept as a plain regression test (issue 10, item 4).

Each case failed on the code before its fix; the docstring says what happened.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from okrworkshop.cli import main
from okrworkshop.errors import InputError
from okrworkshop.model import Board, Initiative, Workshop
from okrworkshop.storage import read_okrw, write_okrw


def _draft(tmp_path: Path, **extra: object) -> Path:
    path = tmp_path / "draft.json"
    draft = {"format": "okrworkshop/v1", "teams": [{"name": "A", "objectives": [{"title": "Grow"}]}], **extra}
    path.write_text(json.dumps(draft), encoding="utf-8")
    return path


@pytest.mark.parametrize("data", ["[[1]]", '"text"', "not JSON at all", "42", ""])
def test_snapshot_data_that_is_no_board_is_refused_by_the_json_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str
) -> None:
    """``convert draft.json out.okrw`` wrote ``out.okrw``, then refused to open it ("snapshot row 1,
    data: must be a JSON object") and left it behind; ``check`` accepted the draft."""
    path = _draft(tmp_path, snapshots=[{"name": "end of round 1", "data": data}])
    for args in (["check", str(path)], ["convert", str(path), str(tmp_path / "out.okrw")]):
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert "snapshots[0].data" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.json"]


def test_a_board_the_file_would_refuse_is_never_written(tmp_path: Path) -> None:
    """A board holding a value its own file format refuses is refused before a byte is written
    (it was written, then refused on reopening, and left on disk)."""
    board = Board(Workshop(title="Atelier", thresholds={"max_objectives": math.nan}))
    with pytest.raises(InputError, match="workshop row 1, thresholds"):
        write_okrw(board, tmp_path / "out.okrw")
    assert list(tmp_path.iterdir()) == []


def test_the_settings_of_a_board_without_cards_are_written(tmp_path: Path) -> None:
    """A board with no card is falsy (``len(board) == 0``): ``create(path, board)`` wrote a default
    workshop instead, so ``convert`` of a draft with settings and no teams lost its title."""
    board = Board(Workshop(title="Atelier vide", language="en", period="2027-Q3", profile="focus"))
    again = read_okrw(write_okrw(board, tmp_path / "empty.okrw"))
    assert again.workshop == board.workshop


def test_damaged_table_definitions_are_named_in_the_users_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A flipped byte in ``sqlite_master`` gave SQLite's own text: "damaged workshop file
    (malformed database schema (workshop) - near "D": syntax error)"."""
    path = write_okrw(Board(Workshop(title="Atelier")), tmp_path / "w.okrw")
    data = path.read_bytes()
    assert b"CREATE TABLE workshop (" in data
    path.write_bytes(data.replace(b"CREATE TABLE workshop (", b"CREATE TABLE workshop D", 1))
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"okrworkshop: {path}: damaged workshop file (its table definitions are damaged)\n"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('type;title\nobjective;"never closed\n', 'a quoted cell is never closed (a " is missing)'),
        ('type;title\nobjective;"x"y\n', 'a quote inside a quoted cell must be doubled ("")'),
    ],
)
def test_csv_the_csv_module_refuses_is_named_in_the_users_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, named: str
) -> None:
    """Python's csv module spoke for itself: "not readable as CSV: ';' expected after '"'"."""
    path = tmp_path / "okr.csv"
    path.write_text(text, encoding="utf-8")
    assert main(["convert", str(path), str(tmp_path / "out.json")]) == 2
    assert capsys.readouterr().err == f"okrworkshop: {path}: line 2: not readable as CSV: {named}\n"


def test_sqlite_complaining_in_bytes_that_are_not_text_is_a_clean_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A damaged byte that is not UTF-8 inside a table definition: SQLite quotes it in its error,
    Python cannot decode that error and raised UnicodeDecodeError (a traceback) instead."""
    path = write_okrw(Board(Workshop(title="Atelier")), tmp_path / "w.okrw")
    data = path.read_bytes()
    path.write_bytes(data.replace(b"CREATE TABLE workshop (", b"CREATE TABLE workshop \x99", 1))
    before = path.read_bytes()
    for verb in (["check", str(path)], ["poster", str(path), "-o", str(tmp_path / "p.pdf")]):
        assert main(verb) == 2
        err = capsys.readouterr().err
        assert err == f"okrworkshop: {path}: damaged workshop file (its table definitions are damaged)\n"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.okrw"]


@pytest.mark.parametrize("title", [":¹", "Atteindre ² clients", "+¾ de marge", "x ٣ y"])
def test_superscripts_and_other_number_signs_are_no_crash_of_the_checker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    """``'¹'.isdigit()`` is true but the token pattern's ``\\d`` does not match it: the checker
    stopped on ``assert found is not None  # the token pattern guarantees digits``."""
    path = tmp_path / "draft.json"
    draft = {"format": "okrworkshop/v1", "teams": [{"name": "A", "objectives": [{"title": title}]}]}
    path.write_text(json.dumps(draft), encoding="utf-8")
    assert main(["check", str(path)]) in (0, 1)
    assert capsys.readouterr().err == ""


def test_teams_of_the_same_name_survive_a_csv_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two teams may share a name (the checker says so, the board allows it): the CSV was written,
    then refused on reading ("two teams are named 'Ventes'") although each row names its team's id."""
    from okrworkshop.files import read_board

    path = tmp_path / "draft.json"
    draft = {
        "format": "okrworkshop/v1",
        "teams": [
            {"name": "Ventes", "objectives": [{"title": "Vendre plus"}]},
            {"name": "Direction"},
            {"name": "Ventes", "parent": None, "objectives": [{"title": "Vendre mieux"}]},
        ],
        "notes": [{"text": "idée", "team_id": None}],
    }
    path.write_text(json.dumps(draft), encoding="utf-8")
    assert main(["convert", str(path), str(tmp_path / "out.csv")]) == 0
    capsys.readouterr()
    source, again = read_board(path), read_board(tmp_path / "out.csv")
    lanes = [(t.name, [o.title for o in again.objectives(t.id)]) for t in again.teams()]
    assert lanes == [(t.name, [o.title for o in source.objectives(t.id)]) for t in source.teams()]
    assert lanes == [("Ventes", ["Vendre plus"]), ("Direction", []), ("Ventes", ["Vendre mieux"])]
    # A spreadsheet without ids cannot tell them apart: that is refused, naming the team.
    plain = tmp_path / "plain.csv"
    plain.write_text(
        "type;team;title\nteam;Ventes;Ventes\nteam;Ventes;Ventes\nobjective;Ventes;x\n", encoding="utf-8"
    )
    assert main(["convert", str(plain), str(tmp_path / "plain.json")]) == 2
    assert "two teams are named 'Ventes'" in capsys.readouterr().err


def test_cards_without_a_title_survive_a_csv_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A card with no title yet (the app makes them so, JSON allows it) was written to CSV, then
    refused on reading: "a objective needs a title"."""
    from okrworkshop.files import read_board

    path = tmp_path / "draft.json"
    draft = {
        "format": "okrworkshop/v1",
        "teams": [
            {"name": "A", "objectives": [{"title": "", "key_results": [{"title": "", "initiatives": [""]}]}]}
        ],
    }
    path.write_text(json.dumps(draft), encoding="utf-8")
    assert main(["convert", str(path), str(tmp_path / "out.csv")]) == 0
    again = read_board(tmp_path / "out.csv")
    assert [o.title for o in again.objectives()] == [""]
    assert [k.title for k in again.key_results()] == [""]
    assert [i.title for i in again.all(Initiative)] == [""]
    # a spreadsheet row without an id or a title is still refused, in good English
    plain = tmp_path / "plain.csv"
    plain.write_text("type;team;title\nobjective;A;\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["convert", str(plain), str(tmp_path / "plain.json")]) == 2
    assert "an objective needs a title" in capsys.readouterr().err
