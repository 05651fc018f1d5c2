"""The columns of the CSV format and the spellings its reader accepts (see :mod:`.csv_format`)."""

from __future__ import annotations

COLUMNS: tuple[str, ...] = (
    "outline",
    "type",
    "id",
    "parent_id",
    "team",
    "team_parent",
    "title",
    "description",
    "owner",
    "kind",
    "direction",
    "baseline",
    "target",
    "current",
    "unit",
    "confidence",
    "aligned_to",
    "period",
    "colour",
    "x",
    "y",
    "width",
    "height",
    "language",
    "case",
    "profile",
    "facilitator",
    "score",
    "decision",
    "lessons",
    "check_ins",
)
DELIMITERS = (";", ",", "\t")
ROW_TYPES = ("workshop", "team", "objective", "key_result", "initiative", "note")

#: Accepted spellings of row types (compared without accents, case or punctuation).
_TYPE_ALIASES: dict[str, str] = {
    "workshop": "workshop",
    "atelier": "workshop",
    "team": "team",
    "equipe": "team",
    "objective": "objective",
    "objectif": "objective",
    "o": "objective",
    "keyresult": "key_result",
    "kr": "key_result",
    "resultatcle": "key_result",
    "rc": "key_result",
    "initiative": "initiative",
    "note": "note",
}

#: French (and spreadsheet-friendly) spellings of kinds and directions, folded like row types.
_VALUE_ALIASES: dict[str, str] = {
    "engage": "committed",
    "ambitieux": "aspirational",
    "aspirationnel": "aspirational",
    "metrique": "metric",
    "indicateur": "metric",
    "jalon": "milestone",
    "hausse": "increase",
    "augmenter": "increase",
    "baisse": "decrease",
    "diminuer": "decrease",
    "reduire": "decrease",
    "maintien": "maintain",
    "maintenir": "maintain",
    "garder": "keep",
    "conserver": "keep",
    "ajuster": "adjust",
    "abandonner": "drop",
}

#: Columns that hold numbers written by :func:`okrworkshop.exports.csv_writer.board_rows`: a
#: spreadsheet reads ``-5`` there as the number it is, so they are never escaped.
NUMERIC_COLUMNS = frozenset(
    ("baseline", "target", "current", "confidence", "score", "x", "y", "width", "height")
)
#: A cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(cell: str, quotes: int) -> bool:
    """``cell`` is ``quotes`` or more ``'`` followed by a character that starts a formula."""
    rest = cell.lstrip("'")
    return len(cell) - len(rest) >= quotes and rest.startswith(FORMULA_STARTS)


def escape_formula(cell: str) -> str:
    """``cell`` as a spreadsheet shows it without running it: a ``'`` before a formula (OWASP).

    A text that already starts with quotes before a formula character gets one more, so that
    :func:`unescape_formula` gives every text back exactly; other cells are left alone.
    """
    if not cell or (cell[0] != "'" and cell[0] not in FORMULA_STARTS):
        return cell  # the common case, decided by the first character
    return "'" + cell if _formula_like(cell, 0) else cell


def unescape_formula(cell: str) -> str:
    """The text :func:`escape_formula` was given (one ``'`` off a quoted formula, nothing else)."""
    return cell[1:] if cell[:1] == "'" and _formula_like(cell, 1) else cell
