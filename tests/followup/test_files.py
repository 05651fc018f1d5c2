"""Check-ins, scores, decisions and lessons survive every file: .okrw (and its migrations), JSON, CSV.

Each round trip is compared field by field with the entities the test built, never with what the
writer wrote.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from okrworkshop.errors import InputError
from okrworkshop.exports.csv_format import read_csv, write_csv
from okrworkshop.interchange import read_json, write_json
from okrworkshop.model import Board, CheckIn, KeyResult, Objective, Team
from okrworkshop.storage import WorkshopFile, read_okrw, write_okrw
from okrworkshop.storage.schema import SCHEMA_VERSION
from tests.followup.conftest import followup_board

FOLLOW_UP_FIELDS = {
    CheckIn: ("key_result_id", "date", "value", "confidence", "comment", "id"),
    KeyResult: ("current", "confidence", "score", "decision"),
    Objective: ("decision",),
    Team: ("lessons",),
}


def _assert_same_follow_up(original: Board, read: Board) -> None:
    for kind, names in FOLLOW_UP_FIELDS.items():
        expected = original.all(kind)  # type: ignore[type-abstract]
        assert expected, kind
        for entity in expected:
            other = read.get(entity.id)
            assert type(other) is kind
            for name in names:
                assert getattr(other, name) == getattr(entity, name), (kind.__name__, name)
    for kr in original.key_results():
        assert [c.id for c in read.check_ins(kr.id)] == [c.id for c in original.check_ins(kr.id)]


def test_okrw_keeps_the_follow_up(tmp_path: Path) -> None:
    board = followup_board()
    path = write_okrw(board, tmp_path / "suivi.okrw")
    _assert_same_follow_up(board, read_okrw(path))


def test_a_check_in_made_in_an_open_file_is_on_disk_at_once(tmp_path: Path) -> None:
    board = followup_board()
    path = write_okrw(board, tmp_path / "suivi.okrw")
    with WorkshopFile.open(path) as opened:
        kr = opened.board.key_results()[1]
        opened.board.add(CheckIn(kr.id, "2027-02-15", 9, 6, "Retour du fournisseur", id="c9"))
        assert read_okrw(path).get("c9") == CheckIn(
            kr.id, "2027-02-15", 9.0, 6, "Retour du fournisseur", id="c9"
        )
        opened.board.remove("c9")
    assert "c9" not in read_okrw(path)


def test_json_carries_the_history_as_extension_fields(tmp_path: Path) -> None:
    board = followup_board()
    path = write_json(board, tmp_path / "suivi.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    kr = data["teams"][0]["objectives"][0]["key_results"][0]
    assert kr["check_ins"][1] == {
        "id": "c2",
        "date": "2027-02-15",
        "value": 88,
        "confidence": 8,
        "comment": "Deux retards « client absent »; rien de grave",
    }
    assert kr["score"] == 0.6 and kr["decision"] == "adjust"
    # Nothing is written for a key result with nothing to say (older readers see the same draft).
    quiet = data["teams"][0]["objectives"][1]["key_results"][0]
    assert not {"check_ins", "score", "decision"} & set(quiet)
    _assert_same_follow_up(board, read_json(path))


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_carries_the_history_in_extension_columns(tmp_path: Path, delimiter: str) -> None:
    board = followup_board()
    path = write_csv(board, tmp_path / "suivi.csv", delimiter)
    _assert_same_follow_up(board, read_csv(path))


def test_a_spreadsheet_without_the_extension_columns_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(
        "type;team;title;baseline;target\nobjective;A;Servir vite;;\nkey_result;A;NPS de 3 à 5;3;5\n"
    )
    board = read_csv(path)
    assert board.key_results()[0].score is None and board.all(CheckIn) == []


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("pas du json", "not a JSON list"),
        ('{"date": "2027-01-01"}', "not a JSON list"),
        ('[{"value": 3}]', "needs a 'date'"),
        ('[{"date": "2027-01-01", "confidence": 11}]', "not a whole number from 0 to 10"),
        ('[{"date": "2027-01-01", "value": "beaucoup"}]', "is not a number"),
    ],
)
def test_a_bad_check_in_cell_is_reported_with_its_line_and_column(
    tmp_path: Path, cell: str, problem: str
) -> None:
    path = tmp_path / "bad.csv"
    quoted = '"' + cell.replace('"', '""') + '"'
    path.write_text(
        f"type;team;title;check_ins\nobjective;A;Servir vite;\nkey_result;A;NPS de 3 à 5;{quoted}\n"
    )
    before = path.read_bytes()
    with pytest.raises(InputError, match=problem) as caught:
        read_csv(path)
    assert "line 3, column check_ins" in str(caught.value)
    assert path.read_bytes() == before


def test_a_bad_check_in_in_json_names_its_path(tmp_path: Path) -> None:
    data = {
        "format": "okrworkshop/v1",
        "teams": [
            {
                "name": "A",
                "objectives": [
                    {
                        "title": "O",
                        "key_results": [
                            {"title": "K", "check_ins": [{"date": "2027-01-01", "confidence": 12}]}
                        ],
                    }
                ],
            }
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError, match=r"check_ins\[0\]\.confidence"):
        read_json(path)


# ------------------------------------------------------------------------------------ migrations
def _tables(path: Path) -> dict[str, list[tuple[str, str, bool]]]:
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        found = {
            n: sorted((r[1], r[2], bool(r[3])) for r in db.execute(f"PRAGMA table_info('{n}')"))
            for n in names
        }
        indexes = sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'"))
    db.close()
    return {**found, "(indexes)": [(i, "", False) for i in indexes]}


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_are_backed_up_then_gain_the_follow_up(
    tmp_path: Path, data_dir: Path, version: int
) -> None:
    path = tmp_path / "ancien.okrw"
    shutil.copy(data_dir / f"workshop-v{version}.okrw", path)
    original = path.read_bytes()
    with WorkshopFile.open(path) as opened:
        board = opened.board
        kr = board.key_results()[0]
        assert (kr.score, kr.decision, board.check_ins(kr.id)) == (None, "", [])
        assert all(t.lessons == "" for t in board.teams())
        assert all(o.decision == "" for o in board.objectives())
        board.add(CheckIn(kr.id, "2027-02-01", 40, 7, "premier point", id="first"))
        board.update(kr.id, score=0.7, decision="keep")
    backup = tmp_path / f"ancien.v{version}.okrw.bak"
    assert backup.read_bytes() == original
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    db.close()
    again = read_okrw(path)
    assert again.get("first") == CheckIn(kr.id, "2027-02-01", 40.0, 7, "premier point", id="first")
    assert dataclasses.replace(again.typed(kr.id, KeyResult)).score == 0.7
    # The migrated file has exactly the tables, columns and indexes of a new one.
    assert _tables(path) == _tables(write_okrw(followup_board(), tmp_path / "neuf.okrw"))
