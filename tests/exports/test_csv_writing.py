"""Writing a CSV: every cell of every row, as the format says it (not as the reader reads it back,
which forgives a missing column), numbers in the delimiter's convention, and formula escaping as a
property over texts of quotes and formula signs."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from okrworkshop.exports.csv_columns import COLUMNS, FORMULA_STARTS, escape_formula, unescape_formula
from okrworkshop.exports.csv_writer import board_rows, csv_bytes
from okrworkshop.model import Board, CheckIn, Initiative, KeyResult, Note, Objective, Team, Workshop


def small_board() -> Board:
    board = Board(
        Workshop(
            title="Atelier",
            language="en",
            period="2027-T1",
            case_id="cafe",
            case_brief="Le brief",
            profile="strict",
            facilitator="Claire",
        )
    )
    board.add(
        Team("Direction", id="d", colour="#111111", order=0.0, x=0.0, y=0.0, width=1200.0, height=300.0)
    )
    board.add(
        Team("Ventes", id="v", parent_id="d", colour="#222222", order=1.0, x=0.0, y=320.0, width=1200.5,
             height=300.0, lessons="Trop de KR")
    )  # fmt: skip
    board.add(
        Objective("d", "Grandir", id="o1", description="Pourquoi", owner="Léa", kind="committed", order=0.0,
                  x=10.0, y=20.5, decision="keep")
    )  # fmt: skip
    board.add(Objective("v", "Vendre", id="o2", aligned_to=None, order=0.0, x=-5.0, y=330.0))
    board.add(
        KeyResult("o1", "NPS", id="k1", owner="Marc", kind="metric", direction="decrease", baseline=-4.5,
                  target=0.0, current=2.0, unit="pts", confidence=7, order=0.0, score=0.25, decision="adjust")
    )  # fmt: skip
    board.add(KeyResult("o1", "Site", id="k2", kind="milestone", order=1.0))
    board.add(Initiative("k1", "Sondage", id="i1", owner="Zoé", order=0.0))
    board.add(CheckIn("k1", "2027-01-10", value=1.5, confidence=6, comment="départ", id="c1"))
    board.add(Note("Idée", id="n1", team_id="v", colour="#f6e27f", x=3.0, y=4.0))
    board.add(Note("=libre", id="n2", colour="#abcdef", x=0.0, y=-1.0))
    board.update("o2", aligned_to="k1")
    return board


def cells(row: list[str]) -> dict[str, str]:
    """The row's non-empty cells by column (every row has one cell per column)."""
    assert len(row) == len(COLUMNS)
    return {c: v for c, v in zip(COLUMNS, row, strict=True) if v != ""}


def test_every_cell_of_every_row_with_semicolons() -> None:
    header, *rows = board_rows(small_board(), ";")
    assert header == list(COLUMNS)
    check_in = '[{"id": "c1", "date": "2027-01-10", "value": 1.5, "confidence": 6, "comment": "départ"}]'
    assert [cells(r) for r in rows] == [
        {"type": "workshop", "title": "Atelier", "description": "Le brief", "period": "2027-T1",
         "language": "en", "case": "cafe", "profile": "strict", "facilitator": "Claire"},
        {"type": "team", "id": "d", "team": "Direction", "title": "Direction", "colour": "#111111",
         "x": "0", "y": "0", "width": "1200", "height": "300"},
        {"outline": "1", "type": "objective", "id": "o1", "parent_id": "d", "team": "Direction",
         "title": "Grandir", "description": "Pourquoi", "owner": "Léa", "kind": "committed",
         "period": "2027-T1", "x": "10", "y": "20,5", "decision": "keep"},
        {"outline": "1.1", "type": "key_result", "id": "k1", "parent_id": "o1", "team": "Direction",
         "title": "NPS", "owner": "Marc", "kind": "metric", "direction": "decrease", "baseline": "-4,5",
         "target": "0", "current": "2", "unit": "pts", "confidence": "7", "period": "2027-T1",
         "score": "0,25", "decision": "adjust", "check_ins": check_in},
        {"outline": "1.1.1", "type": "initiative", "id": "i1", "parent_id": "k1", "team": "Direction",
         "title": "Sondage", "owner": "Zoé", "period": "2027-T1"},
        {"outline": "1.2", "type": "key_result", "id": "k2", "parent_id": "o1", "team": "Direction",
         "title": "Site", "kind": "milestone", "direction": "increase", "period": "2027-T1"},
        {"type": "team", "id": "v", "parent_id": "d", "team": "Ventes", "team_parent": "Direction",
         "title": "Ventes", "colour": "#222222", "x": "0", "y": "320", "width": "1200,5", "height": "300",
         "lessons": "Trop de KR"},
        {"outline": "2", "type": "objective", "id": "o2", "parent_id": "v", "team": "Ventes",
         "title": "Vendre", "kind": "aspirational", "aligned_to": "k1", "period": "2027-T1", "x": "-5",
         "y": "330"},
        {"type": "note", "id": "n1", "parent_id": "v", "team": "Ventes", "title": "Idée",
         "colour": "#f6e27f", "x": "3", "y": "4"},
        {"type": "note", "id": "n2", "title": "'=libre", "colour": "#abcdef", "x": "0", "y": "-1"},
    ]  # fmt: skip


def test_semicolons_and_decimal_commas_are_the_default() -> None:
    assert board_rows(small_board()) == board_rows(small_board(), ";")
    assert csv_bytes(small_board()) == csv_bytes(small_board(), ";")
    assert b"-4,5" in csv_bytes(small_board())


def test_with_commas_numbers_keep_their_points() -> None:
    rows = [cells(r) for r in board_rows(small_board(), ",")[1:]]
    k1 = next(r for r in rows if r.get("id") == "k1")
    assert (k1["baseline"], k1["score"], k1["target"]) == ("-4.5", "0.25", "0")
    ventes = next(r for r in rows if r.get("id") == "v")
    assert ventes["width"] == "1200.5"


@pytest.mark.parametrize(
    ("value", "semicolon", "comma"),
    [
        (999_999_999_999_999.0, "999999999999999", "999999999999999"),  # the largest written whole
        (1e15, "1000000000000000,0", "1000000000000000.0"),  # from 10^15 on: as a float
        (-1e15, "-1000000000000000,0", "-1000000000000000.0"),
        (-999_999_999_999_999.0, "-999999999999999", "-999999999999999"),
        (-0.0, "0", "0"),
        (0.1, "0,1", "0.1"),
        (1e-7, "1e-07", "1e-07"),
    ],
)
def test_numbers_are_written_whole_below_ten_to_the_fifteen(value: float, semicolon: str, comma: str) -> None:
    for delimiter, expected in ((";", semicolon), (",", comma)):
        board = Board(Workshop(title="W"))
        board.add(Team("T", id="t"))
        board.add(Objective("t", "O", id="o"))
        board.add(KeyResult("o", "K", id="k", target=value))
        row = next(cells(r) for r in board_rows(board, delimiter)[1:] if cells(r).get("id") == "k")
        assert row["target"] == expected


def test_the_bytes_are_utf8_with_a_byte_order_mark_and_crlf_rows() -> None:
    data = csv_bytes(small_board(), ";")
    assert data.startswith("\ufeff".encode()) and data.count(b"\r\n") == 11
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(COLUMNS)
    assert list(csv.reader(io.StringIO(text, newline=""), delimiter=";")) == board_rows(small_board(), ";")
    with pytest.raises(ValueError, match=r"delimiter must be one of \(';', ',', '\\t'\), not '\|'"):
        csv_bytes(small_board(), "|")


texts = st.text(alphabet=["'", "X", "=", "+", "-", "@", "\t", "\r", "a", " "], max_size=8)


@given(texts)
@example("'X=1")  # a quote, then a letter: a text, left alone (only quotes are looked past)
@example("X'=1")
@example("''=1")
@example("'")
def test_formula_escaping_gives_every_text_back_and_never_starts_a_formula(text: str) -> None:
    escaped = escape_formula(text)
    assert unescape_formula(escaped) == text
    assert not escaped.startswith(FORMULA_STARTS)
    # Only texts that a spreadsheet would run (after any quotes) are changed, by one quote.
    runs = text.lstrip("'").startswith(FORMULA_STARTS)
    assert escaped == ("'" + text if runs else text)
