"""Writing a board as CSV (the format is described in :mod:`.csv_format`)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from okrworkshop.exports.csv_columns import COLUMNS, DELIMITERS, NUMERIC_COLUMNS, escape_formula
from okrworkshop.model import (
    Board,
    Team,
)


# ----------------------------------------------------------------------- writing
def _number(value: float | None, delimiter: str) -> str:
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    return text.replace(".", ",") if delimiter == ";" else text


def board_rows(board: Board, delimiter: str = ";") -> list[list[str]]:
    """The header and every row of the CSV for ``board``."""

    def num(value: float | None) -> str:
        return _number(value, delimiter)

    workshop = board.workshop
    period = workshop.period
    rows: list[dict[str, str]] = [
        {
            "type": "workshop",
            "title": workshop.title,
            "description": workshop.case_brief,
            "period": period,
            "language": workshop.language,
            "case": workshop.case_id,
            "profile": workshop.profile,
            "facilitator": workshop.facilitator,
        }
    ]
    outline = 0
    for team in board.teams():
        parent = board.find(team.parent_id)
        rows.append(
            {
                "type": "team",
                "id": team.id,
                "parent_id": team.parent_id or "",
                "team": team.name,
                "team_parent": parent.name if isinstance(parent, Team) else "",
                "title": team.name,
                "colour": team.colour,
                "x": num(team.x),
                "y": num(team.y),
                "width": num(team.width),
                "height": num(team.height),
                "lessons": team.lessons,
            }
        )
        for objective in board.objectives(team.id):
            outline += 1
            rows.append(
                {
                    "outline": str(outline),
                    "type": "objective",
                    "id": objective.id,
                    "parent_id": team.id,
                    "team": team.name,
                    "title": objective.title,
                    "description": objective.description,
                    "owner": objective.owner,
                    "kind": objective.kind,
                    "aligned_to": objective.aligned_to or "",
                    "period": period,
                    "x": num(objective.x),
                    "y": num(objective.y),
                    "decision": objective.decision,
                }
            )
            for k, kr in enumerate(board.key_results(objective.id), start=1):
                rows.append(
                    {
                        "outline": f"{outline}.{k}",
                        "type": "key_result",
                        "id": kr.id,
                        "parent_id": objective.id,
                        "team": team.name,
                        "title": kr.title,
                        "owner": kr.owner,
                        "kind": kr.kind,
                        "direction": kr.direction,
                        "baseline": num(kr.baseline),
                        "target": num(kr.target),
                        "current": num(kr.current),
                        "unit": kr.unit,
                        "confidence": "" if kr.confidence is None else str(kr.confidence),
                        "period": period,
                        "score": num(kr.score),
                        "decision": kr.decision,
                        "check_ins": check_ins_cell(board, kr.id),
                    }
                )
                for i, initiative in enumerate(board.initiatives(kr.id), start=1):
                    rows.append(
                        {
                            "outline": f"{outline}.{k}.{i}",
                            "type": "initiative",
                            "id": initiative.id,
                            "parent_id": kr.id,
                            "team": team.name,
                            "title": initiative.title,
                            "owner": initiative.owner,
                            "period": period,
                        }
                    )
    for note in board.notes():
        note_team = board.find(note.team_id)
        rows.append(
            {
                "type": "note",
                "id": note.id,
                "parent_id": note.team_id or "",
                "team": note_team.name if isinstance(note_team, Team) else "",
                "title": note.text,
                "colour": note.colour,
                "x": num(note.x),
                "y": num(note.y),
            }
        )
    return [list(COLUMNS)] + [_safe_cells(row) for row in rows]


def _safe_cells(row: dict[str, str]) -> list[str]:
    """A row's cells in column order, text escaped so that no spreadsheet runs it as a formula.

    Numeric columns hold real numbers (``-5``, ``-4,5``), which spreadsheets read as numbers, not
    formulas: a quote there would only turn them into text in the sheet.
    """
    return [row.get(c, "") if c in NUMERIC_COLUMNS else escape_formula(row.get(c, "")) for c in COLUMNS]


def check_ins_cell(board: Board, key_result_id: str) -> str:
    """A key result's check-ins as one JSON array (empty when there are none).

    JSON keeps the history in one cell that spreadsheets and older readers leave alone, with
    numbers written the same whatever the delimiter.
    """
    found = board.check_ins(key_result_id)
    if not found:
        return ""
    items = [
        {"id": c.id, "date": c.date, "value": c.value, "confidence": c.confidence, "comment": c.comment}
        for c in found
    ]
    return json.dumps(items, ensure_ascii=False, allow_nan=False)


def csv_bytes(board: Board, delimiter: str = ";") -> bytes:
    """The CSV file's bytes (UTF-8 with BOM, CRLF rows) for ``board``."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"delimiter must be one of {DELIMITERS!r}, not {delimiter!r}")
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(board_rows(board, delimiter))
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(board: Board, path: str | Path, delimiter: str = ";") -> Path:
    """Write ``board`` as CSV (UTF-8 with BOM); ``delimiter`` ``;`` (decimal commas) or ``,``."""
    data = csv_bytes(board, delimiter)
    target = Path(path)
    target.write_bytes(data)
    return target


# ----------------------------------------------------------------------- reading
