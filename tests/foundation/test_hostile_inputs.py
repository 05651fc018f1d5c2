"""No traceback on any input: hostile rows, numbers, nesting and text get one clear line, exit 2.

Every case runs through the verbs users run (``check``, ``convert``, ``poster``) in-process, so an
uncaught exception fails the test; the line must name the file and the place (table, row and field
of a workshop file; the JSON path of a draft; the line and column of a CSV), in words a user reads,
never Python's or SQLite's.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from okrworkshop.cli import main
from okrworkshop.files import write_board
from okrworkshop.model import Board
from okrworkshop.storage import write_okrw

PYTHON_WORDS = (
    "Traceback",
    "NoneType",
    "object has no attribute",
    "Could not decode",
    "malformed",
    "4294967295",
    "RecursionError",
    "Exceeds the limit",
    "OverflowError",
    "codec",
    "surrogates not allowed",
)
DEEP = 100_000


def _verbs(path: Path, out: Path) -> list[list[str]]:
    verbs = [["convert", str(path), str(out) + ".json"], ["poster", str(path), "-o", str(out) + ".pdf"]]
    if path.suffix != ".csv":
        verbs.insert(0, ["check", str(path)])
    return verbs


def _assert_refused(path: Path, capsys: pytest.CaptureFixture[str], *named: str) -> None:
    before = path.read_bytes()
    for args in _verbs(path, path.parent / "out"):
        assert main(args) == 2, args
        err = capsys.readouterr().err
        lines = err.splitlines()
        assert len(lines) == 1, (args, err)
        assert str(path) in lines[0], err
        for word in named:
            assert word in lines[0], (args, err)
        for word in PYTHON_WORDS:
            assert word not in err, (args, err)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


# ------------------------------------------------------------------ workshop files
def _okrw(tmp_path: Path, board: Board, *statements: str, params: tuple[Any, ...] = ()) -> Path:
    path = write_okrw(board, tmp_path / "hostile.okrw")
    db = sqlite3.connect(path)
    with db:
        for statement in statements:
            db.execute(statement, params) if "?" in statement else db.execute(statement)
    db.close()
    return path


OKRW_CASES = [
    pytest.param("UPDATE objective SET title = x'00ff'", ("objective", "title", "text"), id="blob-title"),
    pytest.param(
        "UPDATE objective SET title = CAST(x'eda080' AS TEXT)",
        ("objective", "title", "text"),
        id="lone-surrogate",
    ),
    pytest.param("UPDATE note SET x = 'abc'", ("note", "x", "number"), id="text-in-real"),
    pytest.param("UPDATE note SET y = 1e999", ("note", "y", "finite"), id="infinity"),
    pytest.param("UPDATE note SET x = -1e999", ("note", "x", "finite"), id="minus-infinity"),
    pytest.param("UPDATE objective SET x = 1e308", ("objective", "x", "range"), id="huge-position"),
    pytest.param("UPDATE team SET width = 0", ("team", "width", "range"), id="zero-width"),
    pytest.param(
        "UPDATE key_result SET baseline = 'lots'", ("key_result", "baseline", "number"), id="text-baseline"
    ),
    pytest.param("UPDATE key_result SET target = 1e300", ("key_result", "target", "range"), id="huge-target"),
    pytest.param(
        "UPDATE key_result SET confidence = 11", ("key_result", "confidence", "range"), id="confidence"
    ),
    pytest.param(
        "UPDATE key_result SET confidence = 2.5", ("key_result", "confidence", "whole"), id="confidence-real"
    ),
    pytest.param("UPDATE key_result SET kind = 'bogus'", ("key_result", "kind", "metric"), id="kind"),
    pytest.param("UPDATE round SET duration_s = 1e30", ("round", "duration_s", "whole"), id="duration-real"),
    pytest.param(
        "UPDATE round SET duration_s = 99999999999999999999",
        ("round", "duration_s"),
        id="duration-beyond-integer",
    ),
    pytest.param(
        "UPDATE round SET duration_s = -5", ("round", "duration_s", "range"), id="duration-negative"
    ),
    pytest.param(
        "UPDATE round SET started_at = 'yesterday'", ("round", "started_at", "date"), id="timestamp"
    ),
    pytest.param("UPDATE team SET colour = 'red'", ("team", "colour", "colour"), id="colour"),
    pytest.param("UPDATE team SET name = '   '", ("team", "name"), id="blank-team-name"),
    pytest.param("UPDATE workshop SET language = 'de'", ("workshop", "language"), id="language"),
    pytest.param(
        "UPDATE workshop SET thresholds = '[1, 2]'", ("workshop", "thresholds"), id="thresholds-list"
    ),
    pytest.param(
        "UPDATE workshop SET thresholds = '{\"max_objectives\": 1e999}'",
        ("workshop", "thresholds"),
        id="thr-inf",
    ),
    pytest.param(
        f"UPDATE workshop SET thresholds = '{{\"a\": 1{'0' * 400}}}'",
        ("workshop", "thresholds"),
        id="thr-10**400",
    ),
    pytest.param(
        f"UPDATE workshop SET thresholds = '{'[' * DEEP}{']' * DEEP}'",
        ("workshop", "thresholds", "nested"),
        id="thresholds-deep",
    ),
    pytest.param(
        "UPDATE workshop SET disabled_rules = '\"kr-is-task\"'", ("workshop", "disabled_rules"), id="rules"
    ),
    pytest.param(
        f"UPDATE snapshot SET data = '{'[' * DEEP}{']' * DEEP}'",
        ("snapshot", "data", "nested"),
        id="snapshot-deep",
    ),
    pytest.param("UPDATE snapshot SET data = 'not json'", ("snapshot", "data"), id="snapshot-not-json"),
    pytest.param("UPDATE objective SET id = '' WHERE rowid = 1", ("objective", "id"), id="empty-id"),
    pytest.param("UPDATE key_result SET score = 2", ("key_result", "score", "range"), id="score"),
    pytest.param("UPDATE objective SET decision = 'burn'", ("objective", "decision"), id="decision"),
    pytest.param(
        "INSERT INTO check_in SELECT 'c1', id, '2027-13-45', NULL, NULL, '' FROM key_result LIMIT 1",
        ("check_in", "date"),
        id="check-in-date",
    ),
    pytest.param(
        "INSERT INTO check_in SELECT 'c1', id, '2027-02-12', 'lots', NULL, '' FROM key_result LIMIT 1",
        ("check_in", "value", "number"),
        id="check-in-value",
    ),
    pytest.param(f"UPDATE note SET text = '{'x' * 1_100_000}'", ("note", "text", "long"), id="text-too-long"),
]


@pytest.mark.parametrize(("statement", "named"), OKRW_CASES)
def test_hostile_rows_are_refused_in_one_line(
    tmp_path: Path,
    rich_board: Board,
    statement: str,
    named: tuple[str, ...],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _okrw(tmp_path, rich_board, statement)
    _assert_refused(path, capsys, *named, "row")


def test_a_negative_format_version_is_not_a_huge_one(
    tmp_path: Path, rich_board: Board, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _okrw(tmp_path, rich_board, "PRAGMA user_version = -1")
    _assert_refused(path, capsys, "format version")


@pytest.mark.parametrize(("statement", "named"), OKRW_CASES[:6])
def test_the_app_reports_hostile_rows_instead_of_crashing(
    tmp_path: Path,
    rich_board: Board,
    statement: str,
    named: tuple[str, ...],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from okrworkshop.canvas.document import Document
    from okrworkshop.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(Document.open(write_okrw(rich_board, tmp_path / "fine.okrw")))
    qtbot.addWidget(window)
    hostile = tmp_path / "sub"
    hostile.mkdir()
    path = _okrw(hostile, rich_board, statement)
    assert not window.open_path(path)
    assert len(shown) == 1 and all(word in shown[0] for word in named), shown
    window.close()


# ------------------------------------------------------------------ JSON drafts
def _draft(**kr: Any) -> dict[str, Any]:
    return {
        "format": "okrworkshop/v1",
        "teams": [{"name": "T", "objectives": [{"title": "O", "key_results": [{"title": "K", **kr}]}]}],
    }


def _json(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path


KR = "teams[0].objectives[0].key_results[0]"
JSON_CASES = [
    pytest.param(
        json.dumps(_draft(baseline=1)).replace(": 1}", ": 1" + "0" * 400 + "}"),
        (f"{KR}.baseline",),
        id="10**400",
    ),
    pytest.param(json.dumps(_draft(target=1)).replace(": 1}", ": 1e999}"), (f"{KR}.target",), id="1e999"),
    pytest.param(
        json.dumps(_draft(current=1)).replace(": 1}", ": 1" + "0" * 5000 + "}"),
        (f"{KR}.current",),
        id="5000-digits",
    ),
    pytest.param(json.dumps(_draft(target=1e300)), (f"{KR}.target", "range"), id="1e300"),
    pytest.param(json.dumps(_draft(title="\ud800")), (f"{KR}.title", "text"), id="lone-surrogate"),
    pytest.param(json.dumps(_draft(owner="x" * 1_100_000)), (f"{KR}.owner", "long"), id="too-long"),
    pytest.param("[" * DEEP + "]" * DEEP, ("nested",), id="deep-top"),
    pytest.param(
        json.dumps({"format": "okrworkshop/v1", "workshop": {"thresholds": {"a": 1}}}).replace(
            ": 1}", ": " + "[" * DEEP + "]" * DEEP + "}"
        ),
        ("nested",),
        id="deep-thresholds",
    ),
    pytest.param(
        json.dumps({"format": "okrworkshop/v1", "workshop": {"thresholds": {"a": 1}}}).replace(
            ": 1}", ": 1e999}"
        ),
        ("workshop.thresholds.a",),
        id="thresholds-inf",
    ),
    pytest.param(
        json.dumps({"format": "okrworkshop/v1", "teams": [{"name": "T", "x": 1}]}).replace(
            ": 1}", ": 1e308}"
        ),
        ("teams[0].x", "range"),
        id="1e308-position",
    ),
    pytest.param(
        json.dumps({"format": "okrworkshop/v1", "rounds": [{"title": "R", "duration_s": 10**30}]}),
        ("rounds[0].duration_s", "range"),
        id="duration-beyond-integer",
    ),
    pytest.param(
        json.dumps(
            {"format": "okrworkshop/v1", "snapshots": [{"name": "S", "data": "[" * DEEP + "]" * DEEP}]}
        ),
        ("snapshots[0].data", "nested"),
        id="deep-snapshot",
    ),
    pytest.param(
        json.dumps({"format": "okrworkshop/v1", "rounds": [{"title": "R", "started_at": "soon"}]}),
        ("rounds[0].started_at",),
        id="bad-timestamp",
    ),
]


@pytest.mark.parametrize(("text", "named"), JSON_CASES)
def test_hostile_json_is_refused_in_one_line(
    tmp_path: Path, text: str, named: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    _assert_refused(_json(tmp_path, text), capsys, *named)


# ------------------------------------------------------------------ CSV
CSV_HEADER = "type;team;title;baseline;x\n"
CSV_CASES = [
    pytest.param(CSV_HEADER + "team;T;;;\nobjective;T;O;;1e999\n", ("line 3", "x"), id="inf-position"),
    pytest.param(CSV_HEADER + "team;T;;;\nobjective;T;O;;1e308\n", ("line 3", "x"), id="huge-position"),
    pytest.param(
        CSV_HEADER + "team;T;;;\nobjective;T;O;;\nkey_result;T;K;1" + "0" * 5000 + ";\n",
        ("line 4", "baseline"),
        id="5000-digits",
    ),
    pytest.param(
        CSV_HEADER + "team;T;;;\nobjective;T;" + "x" * 1_100_000 + ";;\n", ("line 3", "title"), id="long"
    ),
]


@pytest.mark.parametrize(("text", "named"), CSV_CASES)
def test_hostile_csv_is_refused_in_one_line(
    tmp_path: Path, text: str, named: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text(text, encoding="utf-8")
    _assert_refused(path, capsys, *named)


def test_the_limits_leave_room_for_real_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """At the boundaries (long text, large numbers, far positions), everything is still accepted."""
    from okrworkshop.model import limits

    draft = _draft(
        baseline=-limits.NUMBER_LIMIT,
        target=limits.NUMBER_LIMIT,
        owner="x" * limits.TEXT_LIMIT,
        confidence=10,
    )
    draft["teams"][0]["x"] = limits.POSITION_LIMIT
    draft["teams"][0]["y"] = -limits.POSITION_LIMIT
    draft["rounds"] = [
        {"title": "R", "duration_s": limits.DURATION_LIMIT, "started_at": "2027-01-05T09:00:00"}
    ]
    source = _json(tmp_path, json.dumps(draft))
    assert main(["convert", str(source), str(tmp_path / "w.okrw")]) == 0
    assert main(["convert", str(tmp_path / "w.okrw"), str(tmp_path / "back.json")]) == 0
    assert main(["check", str(tmp_path / "w.okrw")]) in (0, 1)
    assert capsys.readouterr().err == ""
    back = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    assert back["teams"][0]["x"] == limits.POSITION_LIMIT
    assert back["teams"][0]["objectives"][0]["key_results"][0]["target"] == limits.NUMBER_LIMIT
    # One step beyond each boundary is refused.
    beyond = [("target", limits.NUMBER_LIMIT * 1.0001), ("owner", "x" * (limits.TEXT_LIMIT + 1))]
    for n, (name, value) in enumerate(beyond):
        folder = tmp_path / f"beyond-{n}"
        folder.mkdir()
        assert main(["check", str(_json(folder, json.dumps(_draft(**{name: value}))))]) == 2
        assert f"{KR}.{name}" in capsys.readouterr().err


def test_a_board_with_every_limit_written_by_the_app_reopens(tmp_path: Path, rich_board: Board) -> None:
    """What the app writes it reads back (the limits are the same on both sides)."""
    from okrworkshop.files import read_board

    path = write_board(rich_board, tmp_path / "w.okrw")
    assert read_board(path).workshop == rich_board.workshop
