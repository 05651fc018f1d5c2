"""Reading a CSV written by a person or another tool: every refusal in its exact words, at its line
and column, and what each forgiving rule fills in (defaults, spellings, parents, lanes, numbers).

Each expectation is written from the format's rules (``docs/`` and :mod:`okrworkshop.exports`),
not pasted from the reader's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from okrworkshop.errors import InputError
from okrworkshop.exports.csv_format import read_csv
from okrworkshop.exports.csv_reader import CSV_CELL_LIMIT
from okrworkshop.model import Board, CheckIn, Initiative, KeyResult, Note, Objective, Team
from okrworkshop.model.limits import LONG_TEXT_LIMIT, TEXT_LIMIT
from okrworkshop.palette import team_colour

ROW_TYPES = "workshop, team, objective, key_result, initiative, note"


def read(tmp_path: Path, text: str, name: str = "plan.csv") -> Board:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_csv(path)


def refusal(tmp_path: Path, text: str | bytes) -> str:
    """The one line the reader says about the file, without the file's name in front."""
    path = tmp_path / "bad.csv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_csv(path)
    line = refused.value.line()
    assert line.startswith(f"{path}: ")
    return line[len(f"{path}: ") :]


# ------------------------------------------------------------------------------------ refusals
REFUSALS = [
    # row types and outline numbers
    (
        "type;team;title\nobjective;A;O\nsticky;A;K\n",
        f"line 3, column type: 'sticky' is not a row type ({ROW_TYPES})",
    ),
    (
        "outline;team;title\n1;A;O\n1.1;A;K\n1.1.1;A;I\n1.1.1.1;A;X\n",
        "line 5, column outline: '1.1.1.1' is nested too deep (at most 1.2.3)",
    ),
    (
        "outline;type;team;title\n1;;A;O\n;;A;K\n",
        "line 3, column type: the row has neither a type nor an outline number",
    ),
    ("outline;team;title\n1;A;O\n1;A;P\n", "line 3, column outline: outline '1' is used twice"),
    ("type;id;team;title\nobjective;x1;A;O\nobjective;x1;A;P\n", "line 3, column id: id 'x1' is used twice"),
    # titles: cards and teams need one, unless a card row gives its id
    ("type;team;title\nobjective;A;\n", "line 2, column title: an objective needs a title"),
    ("type;team;title\nobjective;A;O\nkey_result;A; \n", "line 3, column title: a key result needs a title"),
    (
        "type;team;title\nobjective;A;O\nkey_result;A;K\ninitiative;A;\n",
        "line 4, column title: an initiative needs a title",
    ),
    ("type;team;title\nteam;;\n", "line 2, column title: a team needs a title"),
    ("type;id;team;title\nteam;t1;;\n", "line 2, column title: a team needs a title"),
    # teams
    ("type;team;title\nteam;;A\nteam;;A\n", "line 3, column title: two teams are named 'A'"),
    ("type;id;team;title\nteam;t1;;A\nteam;;;A\n", "line 3, column title: two teams are named 'A'"),
    ("type;id;team;title\nteam;;;A\nteam;t2;;A\n", "line 3, column title: two teams are named 'A'"),
    (
        "type;id;team;title\nteam;t1;;A\nteam;t2;;A\nobjective;;A;O\n",
        "line 4, column parent_id: several teams are named 'A'; give the team's id in parent_id",
    ),
    (
        "type;id;team;title;team_parent\nteam;t1;;A;\nteam;t2;;A;\nteam;t3;;B;A\n",
        "line 4, column team_parent: several teams are named 'A'; give its id in parent_id",
    ),
    ("type;team;title;team_parent\nteam;A;A;Z\n", "line 2, column team_parent: no team named 'Z'"),
    ("type;team;title;parent_id\nteam;;A;zz\n", "line 2, column parent_id: no team with id 'zz'"),
    (
        "type;id;team;title;parent_id\nobjective;o1;A;O;\nteam;;;B;o1\n",
        "line 3, column parent_id: no team with id 'o1'",
    ),
    ("type;team;title\nobjective;;O\n", "line 2, column team: an objective needs a team"),
    # parents of key results and initiatives
    (
        "type;team;title\nkey_result;A;K\n",
        "line 2, column parent_id: no objective above this row to belong to",
    ),
    (
        "type;team;title\nobjective;A;O\ninitiative;A;I\n",
        "line 3, column parent_id: no key result above this row to belong to",
    ),
    (
        "type;team;title;parent_id\nobjective;A;O;\nkey_result;A;K;zzz\n",
        "line 3, column parent_id: no objective with id 'zzz'",
    ),
    (
        "type;id;team;title;parent_id\nobjective;o1;A;O;\nkey_result;k1;A;K;o1\ninitiative;;A;I;o1\n",
        "line 4, column parent_id: no key result with id 'o1'",
    ),
    ("outline;team;title\n1;A;O\n1.1.1;A;I\n", "line 3, column outline: no key result numbered '1.1'"),
    ("outline;team;title\n2.1;A;K\n", "line 2, column outline: no objective numbered '2'"),
    # values
    ("type;team;title;language\nworkshop;;T;de\n", "line 2, column language: 'de' is not one of fr, en"),
    (
        "type;team;title;kind\nobjective;A;O;bogus\n",
        "line 2, column kind: 'bogus' is not one of committed, aspirational",
    ),
    (
        "type;team;title;kind\nobjective;A;O;\nkey_result;A;K;Bof\n",
        "line 3, column kind: 'Bof' is not one of metric, milestone",
    ),
    (
        "type;team;title;direction\nobjective;A;O;\nkey_result;A;K;sideways\n",
        "line 3, column direction: 'sideways' is not one of increase, decrease, maintain",
    ),
    (
        "type;team;title;decision\nobjective;A;O;peut-être\n",
        "line 2, column decision: 'peut-être' is not one of keep, adjust, drop",
    ),
    (
        "type;team;title;target\nobjective;A;O;\nkey_result;A;K;beaucoup\n",
        "line 3, column target: 'beaucoup' is not a number",
    ),
    (
        "type;team;title;target\nobjective;A;O;\nkey_result;A;K;1,234,5\n",
        "line 3, column target: '1,234,5' is not a number",
    ),
    (
        "type;team;title;baseline\nobjective;A;O;\nkey_result;A;K;-inf\n",
        "line 3, column baseline: '-inf' is not a finite number",
    ),
    (
        "type;team;title;current\nobjective;A;O;\nkey_result;A;K;nan\n",
        "line 3, column current: 'nan' is not a finite number",
    ),
    (
        "type;team;title;target\nobjective;A;O;\nkey_result;A;K;2e15\n",
        "line 3, column target: 2e+15 is out of range (-1e+15 to 1e+15)",
    ),
    (
        "type;team;title;x\nobjective;A;O;100000001\n",
        "line 2, column x: 1e+08 is out of range (-1e+08 to 1e+08)",
    ),
    (
        "type;team;title;y\nobjective;A;O;-100000001\n",
        "line 2, column y: -1e+08 is out of range (-1e+08 to 1e+08)",
    ),
    ("type;team;title;width\nteam;;A;-1\n", "line 2, column width: -1 is out of range (0 to 1e+08)"),
    ("type;team;title;height\nteam;;A;-0.5\n", "line 2, column height: -0.5 is out of range (0 to 1e+08)"),
    (
        "type;team;title;confidence\nobjective;A;O;\nkey_result;A;K;11\n",
        "line 3, column confidence: '11' is not a whole number from 0 to 10",
    ),
    (
        "type;team;title;confidence\nobjective;A;O;\nkey_result;A;K;-1\n",
        "line 3, column confidence: '-1' is not a whole number from 0 to 10",
    ),
    (
        "type;team;title;confidence\nobjective;A;O;\nkey_result;A;K; 7,5 \n",
        "line 3, column confidence: '7,5' is not a whole number from 0 to 10",
    ),
    (
        "type;team;title;score\nobjective;A;O;\nkey_result;A;K;1.01\n",
        "line 3, column score: '1.01' is not a score from 0 to 1",
    ),
    (
        "type;team;title;score\nobjective;A;O;\nkey_result;A;K;-0.1\n",
        "line 3, column score: '-0.1' is not a score from 0 to 1",
    ),
    # alignment
    (
        "type;team;title;aligned_to\nobjective;A;O;nowhere\n",
        "line 2, column aligned_to: no objective or key result 'nowhere' (give its id or outline)",
    ),
    (
        "type;id;team;title;aligned_to\nteam;t1;;A;\nobjective;;A;O;t1\n",
        "line 3, column aligned_to: no objective or key result 't1' (give its id or outline)",
    ),
    # the header
    ("team;owner\nA;B\n", "line 1: no 'title' column in the header"),
    ("team;title\nA;B\n", "line 1: needs a 'type' or an 'outline' column to tell rows apart"),
    # the file as text and as CSV
    ("\ufeff \n\n", "the file is empty"),
    (b"type;title\nobjective;\x81\x8d\x8f\x90\x9d\n", "not UTF-8 or Windows-1252 text (byte 22)"),
    (
        'type;team;title\nobjective;A;"O\n',
        'line 2: not readable as CSV: a quoted cell is never closed (a " is missing)',
    ),
    (
        'type;team;title\nobjective;A;"O"x\n',
        'line 2: not readable as CSV: a quote inside a quoted cell must be doubled ("")',
    ),
    ('"type;team;title\n', 'line 1: not readable as CSV: a quoted cell is never closed (a " is missing)'),
]


@pytest.mark.parametrize(("text", "line"), REFUSALS)
def test_a_bad_file_is_refused_in_one_line_naming_the_place(
    tmp_path: Path, text: str | bytes, line: str
) -> None:
    assert refusal(tmp_path, text) == line


def test_too_long_cells_are_refused_with_their_length(tmp_path: Path) -> None:
    long_title = "x" * (TEXT_LIMIT + 1)
    assert refusal(tmp_path, f"type;team;title\nobjective;A;{long_title}\n") == (
        "line 2, column title: is too long (100,001 characters, at most 100,000)"
    )
    # A description may be ten times longer than any other text: at the limit it is read.
    board = read(tmp_path, f"type;team;title;description\nobjective;A;O;{'d' * LONG_TEXT_LIMIT}\n")
    assert len(board.objectives()[0].description) == LONG_TEXT_LIMIT
    assert refusal(
        tmp_path, f"type;team;title;description\nobjective;A;O;{'d' * (LONG_TEXT_LIMIT + 1)}\n"
    ) == ("line 2, column description: is too long (1,000,001 characters, at most 1,000,000)")
    huge = "z" * (CSV_CELL_LIMIT + 1)
    assert refusal(tmp_path, f"type;team;title\nobjective;A;O\nobjective;A;{huge}\n") == (
        f"line 3: a cell is too long (more than {CSV_CELL_LIMIT:,} characters)"
    )


def test_a_title_at_the_limit_is_read(tmp_path: Path) -> None:
    board = read(tmp_path, f"type;team;title\nobjective;A;{'t' * TEXT_LIMIT}\n")
    assert len(board.objectives()[0].title) == TEXT_LIMIT


# ------------------------------------------------------------------------- boundaries accepted
def test_numbers_at_their_bounds_are_read(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;team;title;x;y;baseline;target;confidence;score\n"
        "objective;A;O;100000000;-100000000;;;;\n"
        "key_result;A;K;;;-1e15;1e15;10;1\n"
        "key_result;A;L;;;0;0;0;0\n",
    )
    (objective,) = board.objectives()
    assert (objective.x, objective.y) == (1e8, -1e8)
    k, low = board.key_results(objective.id)
    assert (k.baseline, k.target, k.confidence, k.score) == (-1e15, 1e15, 10, 1.0)
    assert (low.baseline, low.target, low.confidence, low.score) == (0.0, 0.0, 0, 0.0)
    assert isinstance(k.confidence, int)


def test_values_a_workshop_file_would_refuse_are_refused_at_their_cell(tmp_path: Path) -> None:
    # Read, these once became a board whose saved file could not be opened again ("team row 1,
    # colour: must be a colour..."): every field is held to the limits a workshop file holds.
    cases = {
        "type;team;title;colour\nteam;;A;rouge\n": "line 2, column colour: must be a colour like '#4e79a7', not 'rouge'",
        "type;team;title;colour\nnote;;N;#12345\n": "line 2, column colour: must be a colour like '#4e79a7', not '#12345'",
        "type;team;title;x;y;width\nteam;;A;0;0;0\n": "line 2, column width: 0.0 is out of range (more than 0)",
        "type;team;title;height\nteam;;A;0\n": "line 2, column height: 0.0 is out of range (more than 0)",
        f"type;id;team;title\nobjective;{'x' * 65};A;O\n": "line 2, column id: is too long (65 characters, at most 64)",
        f"type;id;team;title\nobjective;o;A;O\nkey_result;{'k' * 65};A;K\n": "line 3, column id: is too long (65 characters, at most 64)",
        f"type;id;team;title\nobjective;o;A;O\nkey_result;k;A;K\ninitiative;{'i' * 65};A;I\n": "line 4, column id: is too long (65 characters, at most 64)",
        f"type;id;team;title\nnote;{'n' * 65};;N\n": "line 2, column id: is too long (65 characters, at most 64)",
        f"type;id;team;title\nteam;{'t' * 65};;A\n": "line 2, column id: is too long (65 characters, at most 64)",
    }  # fmt: skip
    for text, line in cases.items():
        assert refusal(tmp_path, text) == line
    # At the limits they are read: an id of 64 characters, the smallest size above 0.
    board = read(tmp_path, f"type;id;team;title;colour;x;y;width\nteam;{'t' * 64};;A;#A0b1C2;0;0;0.001\n")
    (team,) = board.teams()
    assert (len(team.id), team.colour, team.width) == (64, "#A0b1C2", 0.001)


def test_a_check_in_a_workshop_file_would_refuse_is_refused_in_the_history_cell(tmp_path: Path) -> None:
    for item, problem in (
        ('{"date": "3 mars"}', "check-in 1: date must be a date written YYYY-MM-DD (2027-02-12), not '3 mars'"),
        ('{"date": "2027-02-30"}', "check-in 1: date must be a date written YYYY-MM-DD (2027-02-12), not '2027-02-30'"),
        (f'{{"date": "2027-02-01", "id": "{"c" * 65}"}}', "check-in 1: id is too long (65 characters, at most 64)"),
    ):  # fmt: skip
        cell = f"[{item}]".replace('"', '""')
        text = f'type;team;title;check_ins\nobjective;A;O;\nkey_result;A;K;"{cell}"\n'
        assert refusal(tmp_path, text) == f"line 3, column check_ins: {problem}"


def test_a_row_shorter_than_its_header_reads_its_missing_cells_as_empty(tmp_path: Path) -> None:
    # Hand-written files and some tools leave out a row's trailing empty cells.
    header = "type;id;team;title;owner;description;period;colour;lessons;case;profile;facilitator"
    board = read(
        tmp_path,
        f"{header}\nworkshop\nteam;t;Ventes\nobjective;o;Ventes;O\nkey_result;k;Ventes;K\n"
        "initiative;i;Ventes;I\nnote;n\n",
        name="Court.csv",
    )
    w = board.workshop
    assert (w.title, w.period, w.case_id, w.case_brief, w.profile, w.facilitator) == (
        "",
        "",
        "",
        "",
        "workshop",
        "",
    )
    team = board.get("t")
    assert (team.name, team.colour, team.lessons) == ("Ventes", team_colour(0), "")
    objective, kr, initiative, note = (board.get(i) for i in "okin")
    assert (objective.title, objective.owner, objective.description) == ("O", "", "")
    assert (kr.title, kr.owner, kr.unit) == ("K", "", "")
    assert (initiative.title, initiative.owner, initiative.key_result_id) == ("I", "", "k")
    assert (note.text, note.team_id, note.colour) == ("", None, "#f6e27f")


def test_a_header_without_the_optional_columns_reads_them_as_empty(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;id;title;parent_id\nworkshop;;Atelier;\nteam;t;Ventes;\nobjective;o;O;t\nkey_result;k;K;o\n"
        "initiative;i;I;k\nnote;n;N;\n",
    )
    w = board.workshop
    assert (w.title, w.period, w.case_id, w.case_brief, w.profile) == ("Atelier", "", "", "", "workshop")
    assert (board.get("o").description, board.get("o").owner, board.get("o").team_id) == ("", "", "t")
    assert (board.get("k").owner, board.get("i").owner, board.get("t").lessons) == ("", "", "")
    assert (board.get("n").team_id, board.get("t").colour) == (None, team_colour(0))


def test_a_workshop_row_naming_a_team_makes_no_lane_of_it(tmp_path: Path) -> None:
    board = read(tmp_path, "type;team;title\nworkshop;Fantôme;Atelier\nobjective;Ventes;O\n")
    assert [(t.name, t.order, t.colour) for t in board.teams()] == [("Ventes", 0.0, team_colour(0))]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("1 234,5", 1234.5),  # French digit groups and decimal comma
        ("1\u00a0234", 1234.0),  # no-break space
        ("1\u202f234", 1234.0),  # narrow no-break space (French Excel)
        ("\u22125", -5.0),  # the minus sign of word processors
        ("0,25", 0.25),
        ("1,234.5", None),  # a comma with a point: the comma is not a decimal mark, and not read
        ("'-5", -5.0),  # a quote put before a formula-like cell is not part of it
        ("  42  ", 42.0),
    ],
)
def test_numbers_as_spreadsheets_write_them(tmp_path: Path, cell: str, value: float | None) -> None:
    text = f"type;team;title;target\nobjective;A;O;\nkey_result;A;K;{cell}\n"
    if value is None:
        assert refusal(tmp_path, text) == f"line 3, column target: {cell!r} is not a number"
    else:
        assert board_target(read(tmp_path, text)) == value


def board_target(board: Board) -> float | None:
    (kr,) = board.key_results()
    return kr.target


def test_outline_three_deep_is_an_initiative(tmp_path: Path) -> None:
    board = read(tmp_path, "outline;team;title\n1;A;O\n1.1;A;K\n1.1.1;A;I\n")
    (kr,) = board.key_results()
    (initiative,) = board.all(Initiative)
    assert initiative.key_result_id == kr.id and initiative.title == "I"


# -------------------------------------------------------------------------------- what is filled in
def test_untitled_cards_with_an_id_are_read_as_the_app_writes_them(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;id;team;title\nobjective;o1;A;\nkey_result;k1;A;\ninitiative;i1;A;\nnote;n1;;\nworkshop;;;\n",
    )
    assert [(type(e).__name__, e.id) for e in board.all(Objective) + board.all(KeyResult)] == [
        ("Objective", "o1"),
        ("KeyResult", "k1"),
    ]
    assert board.get("o1").title == board.get("k1").title == board.get("i1").title == ""
    note = board.get("n1")
    assert isinstance(note, Note) and note.text == "" and note.team_id is None


def test_a_team_row_may_name_its_team_in_the_team_column(tmp_path: Path) -> None:
    board = read(tmp_path, "type;team;title;lessons\nteam;Ventes;;Trop de KR\nobjective;Ventes;O;\n")
    (team,) = board.teams()
    assert (team.name, team.lessons) == ("Ventes", "Trop de KR")
    assert board.objectives()[0].team_id == team.id


def test_a_workshop_row_does_not_take_an_id_from_the_cards(tmp_path: Path) -> None:
    board = read(tmp_path, "type;id;team;title\nworkshop;x;;Atelier\nobjective;x;A;O\n")
    assert board.workshop.title == "Atelier" and board.objectives()[0].id == "x"


def test_the_workshop_row_fills_the_workshop(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;team;title;language;period;case;description;profile;facilitator\n"
        "workshop;;Atelier OKR; EN ; T1 2027 ; cafe ;Le brief;; Claire \n",
    )
    w = board.workshop
    assert (w.title, w.language, w.period, w.case_id, w.case_brief, w.profile, w.facilitator) == (
        "Atelier OKR",
        "en",
        "T1 2027",
        "cafe",
        "Le brief",
        "workshop",
        "Claire",
    )


def test_without_a_workshop_row_the_file_name_titles_it_and_the_first_period_dates_it(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;team;title;period;profile\nobjective;A;O;;\nobjective;A;P; 2027-T2 ;\nkey_result;A;K;2027-T3;\n",
        name="Plan Ventes.csv",
    )
    w = board.workshop
    assert (w.title, w.language, w.period, w.profile) == ("Plan Ventes", "fr", "2027-T2", "workshop")


def test_a_workshop_rows_period_wins_over_the_cards(tmp_path: Path) -> None:
    board = read(tmp_path, "type;team;title;period;profile\nworkshop;;T;2028;strict\nobjective;A;O;2027;\n")
    assert (board.workshop.period, board.workshop.profile) == ("2028", "strict")


def test_defaults_of_objectives_key_results_initiatives_and_notes(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;team;title;owner\nobjective;A; O ; Léa \nkey_result;A; K ; Marc \ninitiative;A; I ; Zoé \nnote;; Idée ;\n",
    )
    (objective,) = board.objectives()
    assert (objective.title, objective.owner, objective.kind, objective.decision) == (
        "O",
        "Léa",
        "aspirational",
        "",
    )
    (kr,) = board.key_results()
    assert (kr.title, kr.owner, kr.kind, kr.direction, kr.decision) == ("K", "Marc", "metric", "increase", "")
    assert (kr.baseline, kr.target, kr.current, kr.unit, kr.confidence, kr.score) == (
        None,
        None,
        None,
        "",
        None,
        None,
    )
    (initiative,) = board.all(Initiative)
    assert (initiative.title, initiative.owner) == ("I", "Zoé")
    (note,) = board.all(Note)
    assert (note.text, note.colour, note.team_id) == (" Idée ", "#f6e27f", None)


@pytest.mark.parametrize(
    ("column", "cell", "field", "value"),
    [
        ("kind", "Engagé", "kind", "committed"),
        ("kind", "AMBITIEUX", "kind", "aspirational"),
        ("kind", "aspirationnel", "kind", "aspirational"),
        ("decision", "Garder", "decision", "keep"),
        ("decision", "conserver", "decision", "keep"),
        ("decision", "Ajuster", "decision", "adjust"),
        ("decision", "abandonner", "decision", "drop"),
        ("decision", "DROP", "decision", "drop"),
    ],
)
def test_french_and_spreadsheet_spellings_of_objective_values(
    tmp_path: Path, column: str, cell: str, field: str, value: str
) -> None:
    board = read(tmp_path, f"type;team;title;{column}\nobjective;A;O;{cell}\n")
    assert getattr(board.objectives()[0], field) == value


@pytest.mark.parametrize(
    ("column", "cell", "value"),
    [
        ("kind", "Jalon", "milestone"),
        ("kind", "indicateur", "metric"),
        ("kind", "Métrique", "metric"),
        ("direction", "Hausse", "increase"),
        ("direction", "augmenter", "increase"),
        ("direction", "baisse", "decrease"),
        ("direction", "Réduire", "decrease"),
        ("direction", "diminuer", "decrease"),
        ("direction", "maintien", "maintain"),
        ("direction", "Maintenir", "maintain"),
    ],
)
def test_french_spellings_of_key_result_values(tmp_path: Path, column: str, cell: str, value: str) -> None:
    board = read(tmp_path, f"type;team;title;{column}\nobjective;A;O;\nkey_result;A;K;{cell}\n")
    assert getattr(board.key_results()[0], column) == value


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Atelier", "workshop"),
        ("Équipe", "team"),
        ("Objectif", "objective"),
        ("O", "objective"),
        ("Key result", "key_result"),
        ("KR", "key_result"),
        ("Résultat clé", "key_result"),
        ("rc", "key_result"),
        ("key_result", "key_result"),
        ("Initiative", "initiative"),
        ("NOTE", "note"),
    ],
)
def test_row_types_in_french_english_and_short(tmp_path: Path, cell: str, kind: str) -> None:
    text = f"type;id;team;title\nobjective;o;A;O\nkey_result;k;A;K\n{cell};x;A;X\n"
    board = read(tmp_path, text)
    kinds = {
        "team": Team,
        "objective": Objective,
        "key_result": KeyResult,
        "initiative": Initiative,
        "note": Note,
    }
    if kind == "workshop":
        assert board.workshop.title == "X"
    else:
        assert isinstance(board.get("x") if kind != "team" else board.teams()[-1], kinds[kind])


def test_orders_follow_the_file_per_parent(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;team;title\n"
        "objective;A;O1\nkey_result;A;K1\nkey_result;A;K2\ninitiative;A;I1\ninitiative;A;I2\n"
        "objective;B;P1\nobjective;A;O2\nkey_result;A;K3\ninitiative;A;I3\n",
    )
    a, b = board.teams()
    assert [(o.title, o.order) for o in board.objectives(a.id)] == [("O1", 0.0), ("O2", 1.0)]
    assert [(o.title, o.order) for o in board.objectives(b.id)] == [("P1", 0.0)]
    o1, o2 = board.objectives(a.id)
    assert [(k.title, k.order) for k in board.key_results(o1.id)] == [("K1", 0.0), ("K2", 1.0)]
    assert [(k.title, k.order) for k in board.key_results(o2.id)] == [("K3", 0.0)]
    k2 = board.key_results(o1.id)[1]
    assert [(i.title, i.order) for i in board.initiatives(k2.id)] == [("I1", 0.0), ("I2", 1.0)]
    k3 = board.key_results(o2.id)[0]
    assert [(i.title, i.order) for i in board.initiatives(k3.id)] == [("I3", 0.0)]  # counted per key result


def test_lanes_follow_the_order_names_first_appear_in_with_their_colours(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;team;title;colour\nobjective;Sud;O;\nteam;;Nord;#123456\nobjective;Nord;P;\nteam;;Sud;\nnote;Est;N;\n",
    )
    # "Sud" first (named by a card), then "Nord" (a team row, its colour given), then "Est",
    # named by a note only: a lane of its own all the same.
    assert [(t.name, t.order, t.colour) for t in board.teams()] == [
        ("Sud", 0.0, team_colour(0)),
        ("Nord", 1.0, "#123456"),
        ("Est", 2.0, team_colour(2)),
    ]
    assert board.all(Note)[0].team_id == board.teams()[2].id


def test_a_team_named_only_by_cards_gets_a_lane_and_its_colour(tmp_path: Path) -> None:
    board = read(tmp_path, "type;team;title\nobjective;Nord;O\nobjective;Sud;P\nobjective;Nord;Q\n")
    assert [(t.name, t.order, t.colour) for t in board.teams()] == [
        ("Nord", 0.0, team_colour(0)),
        ("Sud", 1.0, team_colour(1)),
    ]
    nord = board.teams()[0]
    assert [o.title for o in board.objectives(nord.id)] == ["O", "Q"]


def test_two_teams_of_one_name_with_their_ids_keep_two_lanes_and_their_cards(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;id;team;title;parent_id;team_parent\n"
        "team;t1;;Ventes;;\nteam;t2;;Ventes;;\nteam;t3;;Direction;;\n"
        "objective;o1;Ventes;O;t2;\nobjective;o2;;P;t1;\nteam;t4;;Sous;t2;\nteam;t5;;Ventes;;\n",
    )
    assert [(t.id, t.name, t.order) for t in board.teams()] == [
        ("t1", "Ventes", 0.0),
        ("t2", "Ventes", 1.0),
        ("t3", "Direction", 2.0),
        ("t4", "Sous", 3.0),
        ("t5", "Ventes", 4.0),  # a third of the name: a lane of its own too
    ]
    assert board.get("o1").team_id == "t2" and board.get("o2").team_id == "t1"
    assert board.get("t4").parent_id == "t2"


def test_a_team_nested_by_name_and_by_id(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;id;team;title;team_parent;parent_id\n"
        "team;d;;Direction;;\nteam;v;;Ventes;Direction;\nteam;e;;Export;;v\nobjective;o;Export;O;;\n",
    )
    assert board.get("v").parent_id == "d" and board.get("e").parent_id == "v"
    assert board.get("o").team_id == "e"


def test_a_team_nested_by_name_then_named_by_cards_keeps_its_parent(tmp_path: Path) -> None:
    board = read(tmp_path, "type;id;team;title;team_parent\nteam;d;;D;\nteam;v;;V;D\nobjective;o;V;O;\n")
    (v,) = [t for t in board.teams() if t.name == "V"]
    assert v.id == "v" and v.parent_id == "d" and board.get("o").team_id == "v"


def test_parents_by_id_by_outline_and_by_the_row_above(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "outline;type;id;team;title;parent_id\n"
        "1;;o1;A;O1;\n2;;o2;A;O2;\n1.1;;k1;A;K1;\n;key_result;k2;A;K2;o1\n;key_result;k3;A;K3;\n"
        ";initiative;i1;A;I1;k1\n2.1;;k4;A;K4;\n;initiative;i2;A;I2;\n",
    )
    # k3 gives neither: it belongs to the nearest objective row above it, o2.
    assert [board.get(k).objective_id for k in ("k1", "k2", "k3", "k4")] == ["o1", "o1", "o2", "o2"]
    assert board.get("i1").key_result_id == "k1"
    assert board.get("i2").key_result_id == "k4"


def test_an_objective_may_name_its_team_by_the_teams_id(tmp_path: Path) -> None:
    board = read(tmp_path, "type;id;team;title;parent_id\nteam;t;;Ventes;\nobjective;o;;O;t\n")
    assert board.get("o").team_id == "t"


def test_geometry_given_is_kept_and_marks_the_card_placed(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "type;id;team;title;x;y;width;height\n"
        "team;t;;A;10;20;900;400\nobjective;o;A;O;30;;;\nobjective;p;A;P;;;;\nnote;n;A;N;;-5;;\n",
    )
    team = board.get("t")
    assert (team.x, team.y, team.width, team.height) == (10.0, 20.0, 900.0, 400.0)
    o, n = board.get("o"), board.get("n")
    assert o.x == 30.0 and n.y == -5.0 and n.team_id == "t"
    # A card given no position is placed in its lane by the layout, not left at the origin.
    p = board.get("p")
    assert (p.x, p.y) != (0.0, 0.0)
    assert team.x <= p.x and team.y <= p.y


def test_check_ins_in_a_cell_are_read_field_by_field(tmp_path: Path) -> None:
    history = [
        {"date": "2027-01-10", "value": 12, "confidence": 7, "comment": "départ", "id": "c1"},
        {"date": "2027-02-10", "value": 15.5},
        {"date": "2027-03-10", "confidence": 0},
        {"date": "2027-04-10", "value": None, "confidence": 10},
    ]
    cell = json.dumps(history).replace('"', '""')
    board = read(tmp_path, f'type;id;team;title;check_ins\nobjective;o;A;O;\nkey_result;k;A;K;"{cell}"\n')
    check_ins = sorted(board.all(CheckIn), key=lambda c: c.date)
    assert [(c.key_result_id, c.date, c.value, c.confidence, c.comment) for c in check_ins] == [
        ("k", "2027-01-10", 12.0, 7, "départ"),
        ("k", "2027-02-10", 15.5, None, ""),
        ("k", "2027-03-10", None, 0, ""),
        ("k", "2027-04-10", None, 10, ""),
    ]
    assert check_ins[0].id == "c1"
    assert isinstance(check_ins[0].value, float)
    assert len({c.id for c in check_ins}) == 4 and all(c.id for c in check_ins)


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("pas du json", "not a JSON list of check-ins (Expecting value: line 1 column 1 (char 0))"),
        ('{"date": "2027-01-01"}', "not a JSON list of check-ins"),
        ('[{"date": "2027-01-01", "value": NaN}]', "not a JSON list of check-ins (NaN is not a number)"),
        ('[{"value": 3}]', "check-in 1 needs a 'date'"),
        ('[{"date": "2027-01-01"}, "x"]', "check-in 2 needs a 'date'"),
        ('[{"date": 20270101}]', "check-in 1 needs a 'date'"),
        ('[{"date": "2027-01-01", "value": "12"}]', "check-in 1: '12' is not a number"),
        ('[{"date": "2027-01-01", "value": true}]', "check-in 1: True is not a number"),
        ('[{"date": "2027-01-01", "value": 1e999}]', "check-in 1: inf is not a number"),
        ('[{"date": "2027-01-01", "confidence": 11}]', "check-in 1: 11 is not a whole number from 0 to 10"),
        ('[{"date": "2027-01-01", "confidence": -1}]', "check-in 1: -1 is not a whole number from 0 to 10"),
        ('[{"date": "2027-01-01", "confidence": 5.0}]', "check-in 1: 5.0 is not a whole number from 0 to 10"),
        (
            '[{"date": "2027-01-01", "confidence": false}]',
            "check-in 1: False is not a whole number from 0 to 10",
        ),
        ('[{"date": "2027-01-01", "comment": 5}]', "check-in 1: the comment and id are texts"),
        ('[{"date": "2027-01-01", "id": 5}]', "check-in 1: the comment and id are texts"),
    ],
)
def test_a_bad_check_in_history_is_refused_in_words(tmp_path: Path, cell: str, problem: str) -> None:
    quoted = cell.replace('"', '""')
    text = f'type;team;title;check_ins\nobjective;A;O;\nkey_result;A;K;"{quoted}"\n'
    assert refusal(tmp_path, text) == f"line 3, column check_ins: {problem}"


def test_an_empty_history_cell_is_no_check_in(tmp_path: Path) -> None:
    board = read(tmp_path, "type;team;title;check_ins\nobjective;A;O;\nkey_result;A;K;  \n")
    assert board.all(CheckIn) == []


def test_alignment_by_id_and_by_outline_in_the_files_order(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "outline;id;team;title;aligned_to\n1;o1;A;O;\n1.1;k1;A;K;\n2;o2;B;P; 1.1 \n3;o3;C;Q;o1\n",
    )
    assert board.get("o2").aligned_to == "k1" and board.get("o3").aligned_to == "o1"


LOOP = (
    "type;id;team;title;aligned_to\nobjective;a;A;O;kb\nkey_result;ka;A;K;\n"
    "objective;b;B;P;ka\nkey_result;kb;B;L;\n"
)


def test_an_alignment_loop_is_refused_at_the_row_that_closes_it(tmp_path: Path) -> None:
    # "a" aligns to b's key result and "b" to a's: the second alignment closes the loop.
    assert refusal(tmp_path, LOOP) == "line 4, column aligned_to: aligning 'P' there would make a loop"


def test_a_loop_before_an_unknown_reference_is_the_one_reported(tmp_path: Path) -> None:
    # References are resolved in the file's order; at the unknown one, those before it are
    # aligned first, so a loop among them is what the reader says.
    assert refusal(tmp_path, LOOP + "objective;c;C;Q;nowhere\n") == (
        "line 4, column aligned_to: aligning 'P' there would make a loop"
    )
    assert refusal(tmp_path, LOOP.replace(";kb\n", ";nowhere\n", 1)) == (
        "line 2, column aligned_to: no objective or key result 'nowhere' (give its id or outline)"
    )


def test_alignments_before_an_unknown_reference_do_not_hide_it(tmp_path: Path) -> None:
    text = (
        "type;id;team;title;aligned_to\nobjective;a;A;O;\nkey_result;ka;A;K;\n"
        "objective;b;B;P;ka\nobjective;d;C;R;nowhere\n"
    )
    assert refusal(tmp_path, text) == (
        "line 5, column aligned_to: no objective or key result 'nowhere' (give its id or outline)"
    )


def test_blank_lines_and_rows_of_empty_cells_are_skipped(tmp_path: Path) -> None:
    board = read(tmp_path, "type;team;title\n\nobjective;A;O\n;;\n  ; ;\nkey_result;A;K\n")
    assert [kr.title for kr in board.key_results()] == ["K"]
    assert refusal(tmp_path, "type;team;title\n\n;;\nkey_result;A;K\n") == (
        "line 4, column parent_id: no objective above this row to belong to"
    )


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("type;team;title\nobjective;A;O,1\n", ["O,1"]),
        ("type,team,title\nobjective,A,O;1\n", ["O;1"]),
        ("type\tteam\ttitle\nobjective\tA\tO;1,2\n", ["O;1,2"]),
        # The separator the header holds most of: a name with another sign in it is one column.
        ("type;team;title;a,b\nobjective;A;O,1;x\n", ["O,1"]),
        ("type,team,title,a;b\nobjective,A,O;1,x\n", ["O;1"]),
        # Only the header is counted: the cards' commas do not outvote its semicolons.
        ("type;team;title\nobjective;A;O,1,2,3,4,5\nobjective;A;P,6,7,8,9\n", ["O,1,2,3,4,5", "P,6,7,8,9"]),
        # A header of one column has no separator to count: still read as CSV, refused for what it lacks.
        ("title\n", None),
    ],
)
def test_the_separator_is_the_one_the_header_uses_most(
    tmp_path: Path, text: str, titles: list[str] | None
) -> None:
    if titles is None:
        assert refusal(tmp_path, text) == "line 1: needs a 'type' or an 'outline' column to tell rows apart"
        return
    assert [o.title for o in read(tmp_path, text).objectives()] == titles


def test_header_names_are_read_without_case_accents_spaces_or_underscores(tmp_path: Path) -> None:
    board = read(
        tmp_path,
        "TYPE;Id;Team;Title;Parent ID;Aligned-To;Check_ins;Colonne inconnue\n"
        "objective;o;A;O;;;;x\nkey_result;k;A;K;o;;;x\nobjective;p;B;P;;k;;x\n",
    )
    assert board.get("k").objective_id == "o" and board.get("p").aligned_to == "k"


def test_a_file_with_a_byte_order_mark_reads_its_first_column(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("type;team;title\nobjective;A;Équipe\n".encode("utf-8-sig"))
    assert read_csv(path).objectives()[0].title == "Équipe"


def test_a_value_that_is_not_a_number_is_quoted_up_to_40_characters(tmp_path: Path) -> None:
    cell = "environ quarante-deux ou peut-être un peu plus"  # 46 characters
    text = f"type;team;title;target\nobjective;A;O;\nkey_result;A;K;{cell}\n"
    assert refusal(tmp_path, text) == f"line 3, column target: {cell[:40]!r} is not a number"
    text = f"type;team;title;target\nobjective;A;O;\nkey_result;A;K;{'9' * 400}\n"
    assert refusal(tmp_path, text) == f"line 3, column target: {'9' * 40!r} is not a finite number"


@pytest.mark.parametrize("kind", ["objective", "key_result", "initiative"])
def test_a_card_row_that_stops_before_its_title(tmp_path: Path, kind: str) -> None:
    above = "objective;o;A;O\nkey_result;k;A;K\n"
    # With its id it is a card without a title yet; without one it is refused as a slip.
    board = read(tmp_path, f"type;id;team;title\n{above}{kind};x;A\n")
    assert board.get("x").title == ""
    what = kind.replace("_", " ")
    article = "an" if what[0] in "aeiou" else "a"
    assert refusal(tmp_path, f"type;id;team;title\n{above}{kind};;A\n") == (
        f"line 4, column title: {article} {what} needs a title"
    )


def test_lanes_follow_first_mentions_when_cards_come_before_their_team_rows(tmp_path: Path) -> None:
    # The team "Ventes" is first named by its own row's title (the row stops there), then the
    # team without a team column by its id: the cards above name them first, so they go first.
    board = read(tmp_path, "type;id;team;title\nobjective;o;Nord;O\nteam;s;Sud\nteam;n;;Nord\n")
    assert [(t.name, t.order) for t in board.teams()] == [("Nord", 0.0), ("Sud", 1.0)]
    board = read(tmp_path, "type;id;title;parent_id\nobjective;o;O;t\nteam;t;Ventes;\nteam;u;Achats;\n")
    assert [(t.name, t.order) for t in board.teams()] == [("Ventes", 0.0), ("Achats", 1.0)]
    assert board.get("o").team_id == "t"
