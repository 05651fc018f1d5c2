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
