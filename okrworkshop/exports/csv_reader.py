"""Reading a board from CSV, forgiving about layout and strict about values (see :mod:`.csv_format`)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from okrworkshop.errors import InputError
from okrworkshop.exports.csv_columns import (
    _TYPE_ALIASES,
    _VALUE_ALIASES,
    COLUMNS,
    DELIMITERS,
    ROW_TYPES,
    unescape_formula,
)
from okrworkshop.model import (
    DECISIONS,
    DIRECTIONS,
    KEY_RESULT_KINDS,
    LANGUAGES,
    OBJECTIVE_KINDS,
    AlignmentError,
    Board,
    CheckIn,
    Entity,
    Initiative,
    KeyResult,
    ModelError,
    Note,
    Objective,
    Team,
    Workshop,
    new_id,
)
from okrworkshop.model.limits import LONG_TEXT_LIMIT, NUMBER_LIMIT, POSITION_LIMIT, TEXT_LIMIT, values_problem
from okrworkshop.palette import team_colour

E = TypeVar("E", bound=Entity)

#: Longest cell the csv module reads (longer than any field, so the field can be named).
CSV_CELL_LIMIT = 16 * LONG_TEXT_LIMIT
#: Columns whose numbers have other bounds than a key result's values.
_RANGES = {
    "x": (-POSITION_LIMIT, POSITION_LIMIT),
    "y": (-POSITION_LIMIT, POSITION_LIMIT),
    "width": (0.0, POSITION_LIMIT),
    "height": (0.0, POSITION_LIMIT),
    "confidence": (-NUMBER_LIMIT, NUMBER_LIMIT),  # its own check says 0 to 10
}


def _fold(text: str) -> str:
    """Lower case, accents and punctuation removed: ``Résultat clé`` -> ``resultatcle``."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Excel's "CSV (separator: semicolon)" on French Windows writes Windows-1252.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 or Windows-1252 text (byte {exc.start + 1})") from None


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


@dataclass(slots=True)
class _Row:
    """One data line of the CSV file, and what it turned out to hold."""

    line: int
    values: dict[str, str]
    kind: str = ""
    entity_id: str = ""
    outline: str = ""
    #: Where a team row's lane goes (its name; its id for a second team of the same name).
    order_key: str = ""


@dataclass(slots=True)
class _Reader:
    """Reading one CSV file: its rows, and errors that name the line and column."""

    path: Path
    delimiter: str
    rows: list[_Row] = field(default_factory=list)

    def fail(self, row: _Row, column: str, problem: str) -> InputError:
        return InputError(self.path, problem, f"line {row.line}, column {column}")

    def checked(self, row: _Row, entity: E, prefix: str = "") -> E:
        """``entity`` if every field is within the limits a workshop file holds (what is read is
        saved, and what is saved opens again), else the row's error for the first field that is not.

        The fields that can fail here (colours, positions, sizes, ids, a check-in's date) are read
        from the columns of their own names; texts were measured cell by cell already."""
        values = {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity)}
        found = values_problem(type(entity).__name__, values)
        if found is None:
            return entity
        name, problem = found
        if prefix:  # a check-in in the history cell: "check-in 2: date must be..."
            raise self.fail(row, "check_ins", f"{prefix}: {name} {problem}")
        raise self.fail(row, name, problem)

    def number(self, row: _Row, column: str) -> float | None:
        text = row.values.get(column, "").strip()
        if not text:
            return None
        cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("\u2212", "-")
        if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
            cleaned = cleaned.replace(",", ".")
        try:
            value = float(cleaned)
        except ValueError:
            raise self.fail(row, column, f"{text[:40]!r} is not a number") from None
        if not math.isfinite(value):
            raise self.fail(row, column, f"{text[:40]!r} is not a finite number")
        low, high = _RANGES.get(column, (-NUMBER_LIMIT, NUMBER_LIMIT))
        if not low <= value <= high:
            raise self.fail(row, column, f"{value:.6g} is out of range ({low:g} to {high:g})")
        return value

    def decision(self, row: _Row) -> str:
        text = row.values.get("decision", "").strip()
        value = _VALUE_ALIASES.get(_fold(text), _fold(text))
        if value not in DECISIONS:
            raise self.fail(row, "decision", f"{text!r} is not one of keep, adjust, drop")
        return value

    def check_ins(self, row: _Row, key_result_id: str) -> list[CheckIn]:
        """The history in a key result's ``check_ins`` cell (a JSON array)."""
        text = row.values.get("check_ins", "").strip()
        if not text:
            return []
        try:
            items = json.loads(text, parse_constant=_no_constant)
        except ValueError as exc:
            raise self.fail(row, "check_ins", f"not a JSON list of check-ins ({exc})") from None
        if not isinstance(items, list):
            raise self.fail(row, "check_ins", "not a JSON list of check-ins")
        found: list[CheckIn] = []
        for n, item in enumerate(items):
            where = f"check-in {n + 1}"
            if not isinstance(item, dict) or not isinstance(item.get("date"), str):
                raise self.fail(row, "check_ins", f"{where} needs a 'date'")
            value, confidence = item.get("value"), item.get("confidence")
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
            ):
                raise self.fail(row, "check_ins", f"{where}: {value!r} is not a number")
            if confidence is not None and (
                isinstance(confidence, bool) or not isinstance(confidence, int) or not 0 <= confidence <= 10
            ):
                raise self.fail(
                    row, "check_ins", f"{where}: {confidence!r} is not a whole number from 0 to 10"
                )
            comment, check_in_id = item.get("comment", ""), item.get("id") or new_id()
            if not isinstance(comment, str) or not isinstance(check_in_id, str):
                raise self.fail(row, "check_ins", f"{where}: the comment and id are texts")
            check_in = CheckIn(
                key_result_id=key_result_id,
                date=item["date"],
                value=None if value is None else float(value),
                confidence=confidence,
                comment=comment,
                id=check_in_id,
            )
            found.append(self.checked(row, check_in, where))
        return found

    def choice(self, row: _Row, column: str, allowed: tuple[str, ...], default: str) -> str:
        text = row.values.get(column, "").strip()
        if not text:
            return default
        value = _VALUE_ALIASES.get(_fold(text), _fold(text))
        if value not in allowed:
            raise self.fail(row, column, f"{text!r} is not one of {', '.join(allowed)}")
        return value


def _csv_problem(exc: csv.Error) -> str:
    """Python's csv module's complaint in the user's words."""
    text = str(exc)
    if text == "unexpected end of data":
        return 'a quoted cell is never closed (a " is missing)'
    if text.endswith("expected after '\"'"):
        return 'a quote inside a quoted cell must be doubled ("")'
    return "its quotes and separators do not line up"


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def read_csv(path: str | Path) -> Board:
    """Read a board from CSV (as :func:`write_csv` writes it, or from a spreadsheet or OKR tool)."""
    from okrworkshop.files import read_input

    path = Path(path)
    text = _decode(path, read_input(path))
    if not text.strip():
        raise InputError(path, "the file is empty")
    reader = _Reader(path, _delimiter(text))
    # Python's csv refuses cells over 128 KiB in its own words; allow the longest text, then say so.
    csv.field_size_limit(max(csv.field_size_limit(), CSV_CELL_LIMIT))
    records = csv.reader(io.StringIO(text, newline=""), delimiter=reader.delimiter, strict=True)
    try:
        header = [_fold(name) for name in next(records)]  # "Parent ID", "parent_id": parentid
    except csv.Error as exc:
        raise InputError(path, f"not readable as CSV: {_csv_problem(exc)}", "line 1") from None
    known = {_fold(c): c for c in COLUMNS}
    columns = {i: known[name] for i, name in enumerate(header) if name in known}
    if "title" not in columns.values():
        raise InputError(path, "no 'title' column in the header", "line 1")
    if "type" not in columns.values() and "outline" not in columns.values():
        raise InputError(path, "needs a 'type' or an 'outline' column to tell rows apart", "line 1")
    line = 2
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise InputError(
                    path, f"a cell is too long (more than {CSV_CELL_LIMIT:,} characters)", f"line {line}"
                ) from None
            raise InputError(path, f"not readable as CSV: {_csv_problem(exc)}", f"line {line}") from None
        if any(cell.strip() for cell in record):
            # A quote put before a formula by okrworkshop (or another tool) is not part of the text.
            values = {
                columns[i]: unescape_formula(cell).replace("\r\n", "\n")
                for i, cell in enumerate(record)
                if i in columns
            }
            row = _Row(line, values)
            for column, cell in values.items():
                limit = LONG_TEXT_LIMIT if column == "description" else TEXT_LIMIT
                if len(cell) > limit:
                    raise reader.fail(
                        row, column, f"is too long ({len(cell):,} characters, at most {limit:,})"
                    )
            reader.rows.append(row)
        line = records.line_num + 1
    return _Builder(reader).build()


class _Builder:
    """Turns rows into entities: types, ids and parents first, then values, then the board."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.entities: list[Entity] = []
        self.placed: set[str] = set()
        self.by_outline: dict[str, _Row] = {}
        self.by_id: dict[str, _Row] = {}
        self.teams_by_name: dict[str, Team] = {}
        #: Team names in order of first appearance (lane order follows the file).
        self.team_order: dict[str, int] = {}
        #: Names given by team rows, and those that several teams share (then told apart by id).
        self.team_rows: set[str] = set()
        self.ambiguous: set[str] = set()
        #: Index of each team in ``entities``.
        self.team_index: dict[str, int] = {}
        self.workshop = Workshop(title=reader.path.stem)
        self.period = ""
        #: Children counted so far per parent id, for their order.
        self.counts: dict[str, int] = {}

    def build(self) -> Board:
        reader = self.reader
        for row in reader.rows:
            self._identify(row)
        last: dict[str, _Row | None] = {"objective": None, "key_result": None}
        team_rows = [r for r in reader.rows if r.kind == "team"]
        for row in team_rows:
            self._team(row)
        for row in team_rows:
            self._team_parent(row)
        for row in reader.rows:
            if row.kind == "workshop":
                self._workshop(row)
            elif row.kind == "objective":
                self._objective(row)
                last["objective"] = row
            elif row.kind == "key_result":
                self._key_result(row, last["objective"])
                last["key_result"] = row
            elif row.kind == "initiative":
                self._initiative(row, last["key_result"])
            elif row.kind == "note":
                self._note(row)
        if not self.workshop.period and self.period:
            self.workshop = dataclasses.replace(self.workshop, period=self.period)
        board = Board(self.workshop)
        try:
            board.load(self.workshop, self.entities)
        except ModelError as exc:
            raise InputError(reader.path, str(exc)) from None
        self._align(
            board,
            [r for r in reader.rows if r.kind == "objective" and r.values.get("aligned_to", "").strip()],
        )
        from okrworkshop.interchange import place_missing

        place_missing(board, self.placed)
        return board

    # -- identification
    def _identify(self, row: _Row) -> None:
        reader = self.reader
        outline = row.values.get("outline", "").strip()
        kind_text = row.values.get("type", "").strip()
        if kind_text:
            kind = _TYPE_ALIASES.get(_fold(kind_text))
            if kind is None:
                raise reader.fail(row, "type", f"{kind_text!r} is not a row type ({', '.join(ROW_TYPES)})")
        elif outline:
            depth = outline.count(".") + 1
            if depth > 3:
                raise reader.fail(row, "outline", f"{outline!r} is nested too deep (at most 1.2.3)")
            kind = ("objective", "key_result", "initiative")[depth - 1]
        else:
            raise reader.fail(row, "type", "the row has neither a type nor an outline number")
        row.kind = kind
        row.outline = outline
        team_name = row.values.get("team", "").strip()
        if kind == "team":
            team_name = row.values.get("title", "").strip() or team_name
        row.entity_id = row.values.get("id", "").strip() or new_id()
        if team_name and kind != "workshop":
            row.order_key = team_name
            if kind == "team":
                if team_name in self.team_rows:
                    row.order_key = "\0" + row.entity_id  # a second team of that name: its own lane
                self.team_rows.add(team_name)
            self.team_order.setdefault(row.order_key, len(self.team_order))
        if row.entity_id in self.by_id:
            raise reader.fail(row, "id", f"id {row.entity_id!r} is used twice")
        if kind != "workshop":
            self.by_id[row.entity_id] = row
        if outline:
            if outline in self.by_outline:
                raise reader.fail(row, "outline", f"outline {outline!r} is used twice")
            self.by_outline[outline] = row
        title = row.values.get("title", "").strip()
        # A card may have no title yet (the app makes them so): a row with its id is one; a
        # spreadsheet row with neither is more likely a slip, and is refused.
        untitled_card = kind in ("objective", "key_result", "initiative") and row.values.get("id", "").strip()
        if (
            kind not in ("workshop", "note")
            and not title
            and not untitled_card
            and not (kind == "team" and row.values.get("team"))
        ):
            what = kind.replace("_", " ")
            raise reader.fail(row, "title", f"{'an' if what[0] in 'aeiou' else 'a'} {what} needs a title")

    # -- rows
    def _workshop(self, row: _Row) -> None:
        v = row.values
        language = v.get("language", "").strip().lower() or "fr"
        if language not in LANGUAGES:
            raise self.reader.fail(row, "language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
        self.workshop = Workshop(
            title=v.get("title", ""),
            language=language,
            period=v.get("period", "").strip(),
            case_id=v.get("case", "").strip(),
            case_brief=v.get("description", ""),
            profile=v.get("profile", "").strip() or "workshop",
            facilitator=v.get("facilitator", "").strip(),
        )

    def _team(self, row: _Row) -> None:
        v = row.values
        name = v.get("title", "").strip() or v.get("team", "").strip()
        if name in self.teams_by_name:
            # Teams may share a name when rows give their ids (okrworkshop writes them).
            first = self.by_id.get(self.teams_by_name[name].id)
            if (
                not row.values.get("id", "").strip()
                or first is None
                or not first.values.get("id", "").strip()
            ):
                raise self.reader.fail(row, "title", f"two teams are named {name!r}")
            self.ambiguous.add(name)
        team = Team(
            name=name,
            id=row.entity_id,
            colour=v.get("colour", "").strip() or team_colour(self.team_order[row.order_key]),
            order=float(self.team_order[row.order_key]),
            lessons=v.get("lessons", ""),
        )
        team = self.reader.checked(
            row, dataclasses.replace(team, **self._geometry(row, ("x", "y", "width", "height")))
        )
        self.teams_by_name.setdefault(name, team)
        self.team_index[team.id] = len(self.entities)
        self.entities.append(team)

    def _team_parent(self, row: _Row) -> None:
        """Nest a team under the team its row names (by ``parent_id``, else ``team_parent``)."""
        parent_id = row.values.get("parent_id", "").strip()
        parent_name = row.values.get("team_parent", "").strip()
        if parent_id:
            parent = self.by_id.get(parent_id)
            if parent is None or parent.kind != "team":
                raise self.reader.fail(row, "parent_id", f"no team with id {parent_id!r}")
            found = parent.entity_id
        elif parent_name:
            if parent_name in self.ambiguous:
                raise self.reader.fail(
                    row, "team_parent", f"several teams are named {parent_name!r}; give its id in parent_id"
                )
            if parent_name not in self.teams_by_name:
                raise self.reader.fail(row, "team_parent", f"no team named {parent_name!r}")
            found = self.teams_by_name[parent_name].id
        else:
            return
        index = self.team_index[row.entity_id]
        team = self.entities[index]
        assert isinstance(team, Team)
        self.entities[index] = dataclasses.replace(team, parent_id=found)

    def _geometry(self, row: _Row, columns: tuple[str, ...] = ("x", "y")) -> dict[str, Any]:
        """Position (and size) values the row gives; a row with x or y counts as placed."""
        out: dict[str, Any] = {}
        for column in columns:
            value = self.reader.number(row, column)
            if value is not None:
                out[column] = value
        if "x" in out or "y" in out:
            self.placed.add(row.entity_id)
        return out

    def _team_of(self, row: _Row, required: bool) -> str | None:
        """The team a card row names (created on the fly when only cards name it)."""
        name = row.values.get("team", "").strip()
        if not name:
            parent = self.by_id.get(row.values.get("parent_id", "").strip())
            if parent is not None and parent.kind == "team":
                return parent.entity_id
            if required:
                raise self.reader.fail(row, "team", "an objective needs a team")
            return None
        if name in self.ambiguous:
            parent = self.by_id.get(row.values.get("parent_id", "").strip())
            if parent is None or parent.kind != "team":
                raise self.reader.fail(
                    row, "parent_id", f"several teams are named {name!r}; give the team's id in parent_id"
                )
            return parent.entity_id
        team = self.teams_by_name.get(name)
        if team is None:
            team = Team(
                name=name, colour=team_colour(self.team_order[name]), order=float(self.team_order[name])
            )
            self.teams_by_name[name] = team
            self.entities.append(team)
        return team.id

    def _parent(self, row: _Row, kind: str, fallback: _Row | None) -> str:
        """The id of the row's parent: ``parent_id``, else the outline's parent, else the row above."""
        what = kind.replace("_", " ")
        parent_id = row.values.get("parent_id", "").strip()
        if parent_id:
            parent = self.by_id.get(parent_id)
            if parent is None or parent.kind != kind:
                raise self.reader.fail(row, "parent_id", f"no {what} with id {parent_id!r}")
            return parent.entity_id
        if "." in row.outline:
            parent = self.by_outline.get(row.outline.rsplit(".", 1)[0])
            if parent is None or parent.kind != kind:
                raise self.reader.fail(
                    row, "outline", f"no {what} numbered {row.outline.rsplit('.', 1)[0]!r}"
                )
            return parent.entity_id
        if fallback is None:
            raise self.reader.fail(row, "parent_id", f"no {what} above this row to belong to")
        return fallback.entity_id

    def _objective(self, row: _Row) -> None:
        v = row.values
        team_id = self._team_of(row, required=True)
        assert team_id is not None
        self._period(row)
        objective = Objective(
            team_id=team_id,
            title=v.get("title", "").strip(),
            id=row.entity_id,
            description=v.get("description", ""),
            kind=self.reader.choice(row, "kind", OBJECTIVE_KINDS, "aspirational"),  # type: ignore[arg-type]
            owner=v.get("owner", "").strip(),
            order=self._next_order(team_id),
            decision=self.reader.decision(row),  # type: ignore[arg-type]
        )
        self.entities.append(self.reader.checked(row, dataclasses.replace(objective, **self._geometry(row))))

    def _key_result(self, row: _Row, last_objective: _Row | None) -> None:
        reader, v = self.reader, row.values
        objective_id = self._parent(row, "objective", last_objective)
        confidence = reader.number(row, "confidence")
        if confidence is not None and not (confidence.is_integer() and 0 <= confidence <= 10):
            raise reader.fail(
                row, "confidence", f"{v['confidence'].strip()!r} is not a whole number from 0 to 10"
            )
        self._period(row)
        key_result = KeyResult(
            objective_id=objective_id,
            title=v.get("title", "").strip(),
            id=row.entity_id,
            owner=v.get("owner", "").strip(),
            kind=reader.choice(row, "kind", KEY_RESULT_KINDS, "metric"),  # type: ignore[arg-type]
            direction=reader.choice(row, "direction", DIRECTIONS, "increase"),  # type: ignore[arg-type]
            baseline=reader.number(row, "baseline"),
            target=reader.number(row, "target"),
            current=reader.number(row, "current"),
            unit=v.get("unit", "").strip(),
            confidence=None if confidence is None else int(confidence),
            order=self._next_order(objective_id),
            score=self._score(row),
            decision=reader.decision(row),  # type: ignore[arg-type]
        )
        self.entities.append(reader.checked(row, key_result))
        self.entities.extend(reader.check_ins(row, row.entity_id))

    def _score(self, row: _Row) -> float | None:
        score = self.reader.number(row, "score")
        if score is not None and not 0.0 <= score <= 1.0:
            raise self.reader.fail(
                row, "score", f"{row.values['score'].strip()!r} is not a score from 0 to 1"
            )
        return score

    def _initiative(self, row: _Row, last_key_result: _Row | None) -> None:
        kr_id = self._parent(row, "key_result", last_key_result)
        self.entities.append(
            self.reader.checked(
                row,
                Initiative(
                    key_result_id=kr_id,
                    title=row.values.get("title", "").strip(),
                    id=row.entity_id,
                    owner=row.values.get("owner", "").strip(),
                    order=self._next_order(kr_id),
                ),
            )
        )

    def _note(self, row: _Row) -> None:
        v = row.values
        note = Note(
            text=v.get("title", ""),
            id=row.entity_id,
            team_id=self._team_of(row, required=False),
            colour=v.get("colour", "").strip() or "#f6e27f",
        )
        self.entities.append(self.reader.checked(row, dataclasses.replace(note, **self._geometry(row))))

    def _period(self, row: _Row) -> None:
        period = row.values.get("period", "").strip()
        if period and not self.period:
            self.period = period

    def _align(self, board: Board, rows: list[_Row]) -> None:
        """Align the rows' objectives all at once (one check for loops), in the file's order."""
        resolved: list[tuple[str, str]] = []
        row_of: dict[str, _Row] = {}
        for row in rows:
            reference = row.values["aligned_to"].strip()
            target = self.by_id.get(reference) or self.by_outline.get(reference)
            if target is None or target.kind not in ("objective", "key_result"):
                self._align_all(board, resolved, row_of)
                raise self.reader.fail(
                    row, "aligned_to", f"no objective or key result {reference!r} (give its id or outline)"
                )
            resolved.append((row.entity_id, target.entity_id))
            row_of[row.entity_id] = row
        self._align_all(board, resolved, row_of)

    def _align_all(self, board: Board, resolved: list[tuple[str, str]], row_of: dict[str, _Row]) -> None:
        try:
            board.align_many(resolved)
        except AlignmentError as exc:
            raise self.reader.fail(row_of[exc.objective_id], "aligned_to", str(exc)) from None

    def _next_order(self, parent_id: str) -> float:
        count = self.counts.get(parent_id, 0)
        self.counts[parent_id] = count + 1
        return float(count)
