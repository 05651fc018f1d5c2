"""CSV export and import: French Excel conventions, round trips, other tools' files, bad rows."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from okrworkshop.errors import InputError
from okrworkshop.exports.csv_format import COLUMNS, read_csv, write_csv
from okrworkshop.files import read_board, write_board
from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective, Team

REPO = Path(__file__).resolve().parents[2]
CARDS = (Team, Objective, KeyResult, Initiative, Note)


def content(board: Board) -> tuple[object, ...]:
    """What the CSV carries: the workshop (less rule settings) and every team and card, by id."""
    w = board.workshop
    workshop = (w.title, w.language, w.period, w.case_id, w.case_brief, w.profile, w.facilitator)
    entities = sorted(
        ((type(e).__name__, e.id, e) for kind in CARDS for e in board.all(kind)), key=lambda t: t[:2]
    )
    return workshop, tuple(entities)


@pytest.mark.parametrize("delimiter", [";", ","])
def test_round_trip_keeps_every_card_field(rich_board: Board, tmp_path: Path, delimiter: str) -> None:
    path = write_csv(rich_board, tmp_path / "okr.csv", delimiter=delimiter)
    again = read_csv(path)
    assert content(again) == content(rich_board)
    # and once more, to be sure the written file is stable
    write_csv(again, tmp_path / "again.csv", delimiter=delimiter)
    assert (tmp_path / "again.csv").read_bytes() == path.read_bytes()


def test_french_excel_conventions(rich_board: Board, tmp_path: Path) -> None:
    path = write_csv(rich_board, tmp_path / "okr.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads the accents right
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))
    assert rows[0] == list(COLUMNS)
    by_title = {row[COLUMNS.index("title")]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    nps = by_title["NPS de 30 à 50"]
    assert (nps["outline"], nps["type"], nps["current"], nps["baseline"], nps["confidence"]) == (
        "1.1",
        "key_result",
        "35,5",
        "30",
        "7",
    )
    assert nps["period"] == "2027-T1"
    initiative = by_title["Deuxième machine <à> café & « R&D »"]
    assert (initiative["outline"], initiative["type"]) == ("1.2.1", "initiative")
    assert initiative["parent_id"] == by_title["Attente moyenne de 9 à 4 minutes"]["id"]
    objective = next(v for k, v in by_title.items() if k.startswith("Offrir une expérience"))
    assert (objective["outline"], objective["team"], objective["owner"]) == ("1", "Direction & Co", "Léa 🙂")
    assert by_title["Servir vite, même au rush"]["outline"] == "2"
    assert by_title["Servir vite, même au rush"]["aligned_to"] == nps["id"]


def test_comma_delimiter_uses_decimal_points(rich_board: Board, tmp_path: Path) -> None:
    path = write_csv(rich_board, tmp_path / "okr.csv", delimiter=",")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    current = {row[COLUMNS.index("title")]: row[COLUMNS.index("current")] for row in rows}
    assert current["NPS de 30 à 50"] == "35.5"
    with pytest.raises(ValueError, match="delimiter"):
        write_csv(rich_board, tmp_path / "x.csv", delimiter="|")


def test_line_breaks_quotes_and_separators_inside_text_survive(rich_board: Board, tmp_path: Path) -> None:
    team = rich_board.teams()[0]
    tricky = 'Ligne 1 ; "citée"\nLigne 2, avec virgule\r\nLigne 3'
    rich_board.add(Objective(team.id, tricky, order=5, x=900, y=56, description="a;b\n\nc"))
    for delimiter in (";", ","):
        again = read_csv(write_csv(rich_board, tmp_path / f"okr{delimiter == ','}.csv", delimiter=delimiter))
        [objective] = [o for o in again.objectives() if o.title.startswith("Ligne 1")]
        assert objective.title == tricky.replace("\r\n", "\n")
        assert objective.description == "a;b\n\nc"
        [note] = [n for n in again.notes() if n.text.startswith("Terrasse")]
        assert note.text == "Terrasse en été ?\nÀ voir avec la mairie."


def test_a_spreadsheet_with_outline_numbers_only(tmp_path: Path) -> None:
    path = tmp_path / "tableur.csv"
    path.write_text(
        "Outline;Team;Title;Baseline;Target;Unit;Owner;Comment\n"
        "1;Ventes;Conquérir le marché lyonnais;;;;Ana;ignored column\n"
        "1.1;Ventes;Passer de 4,5 à 9 clients par jour;4,5;9;clients/jour;;\n"
        "1.2;Ventes;Réduire le délai de devis;48;24;h;;\n"
        "1.2.1;Ventes;Modèle de devis en ligne;;;;Bob;\n"
        "2;Support;Des clients autonomes;;;;;\n",
        encoding="utf-8",
    )
    board = read_csv(path)
    assert [t.name for t in board.teams()] == ["Ventes", "Support"]
    first, second = board.objectives()
    assert (first.title, first.owner) == ("Conquérir le marché lyonnais", "Ana")
    krs = board.key_results(first.id)
    assert [(k.baseline, k.target, k.unit) for k in krs] == [(4.5, 9.0, "clients/jour"), (48.0, 24.0, "h")]
    assert [i.title for i in board.initiatives(krs[1].id)] == ["Modèle de devis en ligne"]
    assert board.team_of(second.id).name == "Support"  # type: ignore[union-attr]
    assert board.workshop.title == "tableur"
    # cards without positions get the tidy default arrangement
    assert first.x != second.x or first.y != second.y


def test_types_in_french_and_parents_from_the_row_above(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "type\tteam\ttitle\tkind\tdirection\tconfidence\n"
        "Objectif\tRH\tÊtre un employeur recherché\tengagé\t\t\n"
        "Résultat clé\tRH\tTurnover de 20 % à 12 %\tmétrique\tbaisse\t6\n"
        "KR\tRH\tSignature du nouvel accord\tjalon\t\t\n"
        "Initiative\tRH\tEntretiens de départ\t\t\t\n"
        "Équipe\tIT\tIT\t\t\t\n",
        encoding="utf-8",
    )
    board = read_csv(path)
    [objective] = board.objectives()
    assert objective.kind == "committed"
    first, second = board.key_results(objective.id)
    assert (first.direction, first.kind, first.confidence) == ("decrease", "metric", 6)
    assert second.kind == "milestone"
    assert [i.title for i in board.initiatives(second.id)] == ["Entretiens de départ"]
    assert [t.name for t in board.teams()] == ["RH", "IT"]  # lanes in the file's order


def test_windows_1252_from_french_excel(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("type;team;title\r\nobjective;Équipe;Créer un café « zéro déchet »\r\n".encode("cp1252"))
    [objective] = read_csv(path).objectives()
    assert objective.title == "Créer un café « zéro déchet »"


BAD_ROWS = [
    (
        "type;team;title;target\nobjective;A;O\nkey_result;A;K;beaucoup\n",
        "line 3, column target",
        "'beaucoup' is not a number",
    ),
    (
        'type;team;title;target\nobjective;A;"sur\ndeux lignes"\nkey_result;A;K;1\nkey_result;A;K2;x\n',
        "line 5, column target",
        "not a number",
    ),
    (
        'type;team;title;target\nobjective;A;"sur\ndeux lignes"\nkey_result;A;"K\nsuite";x\n',
        "line 4, column target",  # the line where the bad record starts
        "not a number",
    ),
    ("type;team;title\nobjective;A;O\nsticky;A;K\n", "line 3, column type", "'sticky' is not a row type"),
    ("type;team;title\nkey_result;A;K\n", "line 2, column parent_id", "no objective above this row"),
    (
        "type;team;title;confidence\nobjective;A;O;\nkey_result;A;K;11\n",
        "line 3, column confidence",
        "0 to 10",
    ),
    ("type;team;title;kind\nobjective;A;O;bogus\n", "line 2, column kind", "committed, aspirational"),
    ("type;id;team;title\nobjective;x1;A;O\nobjective;x1;A;P\n", "line 3, column id", "used twice"),
    ("type;team;title;aligned_to\nobjective;A;O;nowhere\n", "line 2, column aligned_to", "'nowhere'"),
    ("type;team;title\nobjective;;O\n", "line 2, column team", "needs a team"),
    ("type;team;title\nobjective;A;\n", "line 2, column title", "needs a title"),
    ("outline;team;title\n1;A;O\n1.1.1;A;I\n", "line 3, column outline", "no key result numbered '1.1'"),
    (
        "type;team;title;parent_id\nobjective;A;O\nkey_result;A;K;zzz\n",
        "line 3, column parent_id",
        "no objective with id",
    ),
    ("type;team;title;baseline\nobjective;A;O\nkey_result;A;K;inf\n", "line 3, column baseline", "finite"),
    ("type;team;title\nworkshop;;T\n", None, None),  # a workshop row alone is fine: no error
    ("team;owner\nA;B\n", "line 1", "no 'title' column"),
    ("team;title\nA;B\n", "line 1", "'type' or an 'outline' column"),
    ("type;team;title;language\nworkshop;;T;de\n", "line 2, column language", "fr, en"),
    ("type;team;title;team_parent\nteam;A;A;Z\n", "line 2, column team_parent", "no team named 'Z'"),
]


@pytest.mark.parametrize(("text", "where", "problem"), BAD_ROWS)
def test_bad_rows_name_their_line_and_column(
    tmp_path: Path, text: str, where: str | None, problem: str | None
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    if where is None:
        assert read_csv(path).workshop.title == "T"
        return
    with pytest.raises(InputError) as caught:
        read_csv(path)
    error = caught.value
    assert error.where == where
    assert problem is not None and problem in error.problem
    assert error.line().startswith(f"{path}: {where}: ")


def test_unreadable_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf  \n")
    with pytest.raises(InputError, match="empty"):
        read_csv(empty)
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"type;title\n\x81\x8d\x8f\x90\x9d\n")
    with pytest.raises(InputError, match="not UTF-8 or Windows-1252"):
        read_csv(garbage)
    with pytest.raises(InputError, match="no such file"):
        read_csv(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="folder"):
        read_csv(tmp_path)


def test_files_module_and_convert_command_handle_csv(rich_board: Board, tmp_path: Path) -> None:
    csv_path = write_board(rich_board, tmp_path / "okr.csv")
    assert content(read_board(csv_path)) == content(rich_board)
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONWARNINGS": "error::DeprecationWarning"}

    def convert(source: Path, target: Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "okrworkshop", "convert", str(source), str(target)]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)

    assert convert(csv_path, tmp_path / "w.okrw").returncode == 0
    assert convert(tmp_path / "w.okrw", tmp_path / "back.csv").returncode == 0
    assert content(read_board(tmp_path / "back.csv")) == content(rich_board)
    bad = tmp_path / "bad.csv"
    bad.write_text("type;team;title;target\nobjective;A;O\nkey_result;A;K;x\n", encoding="utf-8")
    result = convert(bad, tmp_path / "bad.okrw")
    assert result.returncode == 2
    assert result.stderr.strip() == f"okrworkshop: {bad}: line 3, column target: 'x' is not a number"
    assert not (tmp_path / "bad.okrw").exists()
