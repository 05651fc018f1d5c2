"""The ``okrworkshop/v1`` JSON interchange (DESIGN.md §4.2): board <-> dict <-> file.

Teams are written flat, in lane order, each with its objectives, key results and initiatives in
board order: the same order as :func:`okrworkshop.model.card_paths`, so a finding's path points at
the same card in the file. ``parent`` names a team and ``aligned_to`` an objective as
``"TEAM/objective title"`` (or a key result as ``"TEAM/objective title/key result title"``); ids
are written too, so that names that repeat stay unambiguous and nothing is lost in a round trip.
``initiatives`` is a list of texts (the v1 contract); their ids and owners go beside it in
``initiative_details``, which older readers ignore. Reading accepts what other tools add: unknown
fields and positions where cards stack are reported once through ``notify`` and ignored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from okrworkshop.errors import InputError
from okrworkshop.interchange.layout import place_missing
from okrworkshop.interchange.schema import FORMAT
from okrworkshop.interchange.validation import unknown_fields, validate
from okrworkshop.model import (
    AlignmentError,
    Board,
    CheckIn,
    Entity,
    Initiative,
    KeyResult,
    ModelError,
    Note,
    Objective,
    Round,
    Snapshot,
    Team,
    Workshop,
    new_id,
)
from okrworkshop.model.limits import (
    FIELDS,
    JSON_DEPTH_LIMIT,
    field_problem,
    json_depth,
    json_int,
    snapshot_data_problem,
)
from okrworkshop.model.scripted import parse_scripted, write_scripted
from okrworkshop.palette import team_colour


def _number(value: float | None) -> float | int | None:
    """Whole numbers are written without ".0", so a hand-written draft reads back the same."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


# --------------------------------------------------------------------------- writing
def board_to_dict(board: Board) -> dict[str, Any]:
    """The whole board as ``okrworkshop/v1`` data."""
    workshop = board.workshop
    teams = board.teams()
    team_names = [t.name for t in teams]
    out_teams = []
    for team in teams:
        parent = board.find(team.parent_id)
        entry: dict[str, Any] = {
            "id": team.id,
            "name": team.name,
            "parent": parent.name if isinstance(parent, Team) else None,
        }
        if isinstance(parent, Team) and team_names.count(parent.name) > 1:
            entry["parent_id"] = parent.id
        entry.update(
            colour=team.colour,
            x=_number(team.x),
            y=_number(team.y),
            width=_number(team.width),
            height=_number(team.height),
        )
        if team.lessons:
            entry["lessons"] = team.lessons
        entry["objectives"] = [_objective_to_dict(board, o, team_names) for o in board.objectives(team.id)]
        out_teams.append(entry)
    data: dict[str, Any] = {
        "format": FORMAT,
        "workshop": {
            "title": workshop.title,
            "language": workshop.language,
            "period": workshop.period,
            "case": workshop.case_id or None,
            "case_brief": workshop.case_brief,
            "profile": workshop.profile,
            "facilitator": workshop.facilitator,
            "thresholds": dict(sorted(workshop.thresholds.items())),
            "disabled_rules": list(workshop.disabled_rules),
        },
        "teams": out_teams,
        "notes": [_note_to_dict(board, n, team_names) for n in board.notes()],
    }
    if board.rounds():
        data["rounds"] = [_round_to_dict(r) for r in board.rounds()]
    if board.snapshots():
        data["snapshots"] = [
            {"id": s.id, "name": s.name, "data": s.data, "created_at": s.created_at, "round_id": s.round_id}
            for s in board.snapshots()
        ]
    return data


def _objective_to_dict(board: Board, objective: Objective, team_names: list[str]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": objective.id,
        "title": objective.title,
        "description": objective.description,
        "owner": objective.owner,
        "kind": objective.kind,
        "aligned_to": _alignment_name(board, objective.aligned_to),
    }
    if objective.aligned_to is not None:
        entry["aligned_to_id"] = objective.aligned_to
    entry.update(x=_number(objective.x), y=_number(objective.y))
    if objective.decision:
        entry["decision"] = objective.decision
    entry["key_results"] = [_key_result_to_dict(board, kr) for kr in board.key_results(objective.id)]
    return entry


def _key_result_to_dict(board: Board, kr: KeyResult) -> dict[str, Any]:
    initiatives = board.initiatives(kr.id)
    entry: dict[str, Any] = {
        "id": kr.id,
        "title": kr.title,
        "owner": kr.owner,
        "kind": kr.kind,
        "direction": kr.direction,
        "baseline": _number(kr.baseline),
        "target": _number(kr.target),
        "current": _number(kr.current),
        "unit": kr.unit,
        "confidence": kr.confidence,
        "initiatives": [i.title for i in initiatives],
    }
    if initiatives:
        entry["initiative_details"] = [{"id": i.id, "title": i.title, "owner": i.owner} for i in initiatives]
    # Follow-up extensions: written only when there is something to say.
    if kr.score is not None:
        entry["score"] = _number(kr.score)
    if kr.decision:
        entry["decision"] = kr.decision
    check_ins = board.check_ins(kr.id)
    if check_ins:
        entry["check_ins"] = [
            {
                "id": c.id,
                "date": c.date,
                "value": _number(c.value),
                "confidence": c.confidence,
                "comment": c.comment,
            }
            for c in check_ins
        ]
    return entry


def _alignment_name(board: Board, target_id: str | None) -> str | None:
    target = board.find(target_id)
    if isinstance(target, KeyResult):
        parent = board.typed(target.objective_id, Objective)
        team = board.typed(parent.team_id, Team)
        return f"{team.name}/{parent.title}/{target.title}"
    if isinstance(target, Objective):
        return f"{board.typed(target.team_id, Team).name}/{target.title}"
    return None


def _round_to_dict(round_: Round) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": round_.id,
        "title": round_.title,
        "instructions": round_.instructions,
        "duration_s": round_.duration_s,
        "started_at": round_.started_at,
        "ended_at": round_.ended_at,
    }
    if round_.scripted_check_ins:  # extension: what arrives when the round starts
        entry["scripted_check_ins"] = json.loads(round_.scripted_check_ins)
    return entry


def _note_to_dict(board: Board, note: Note, team_names: list[str]) -> dict[str, Any]:
    team = board.find(note.team_id)
    entry: dict[str, Any] = {
        "id": note.id,
        "text": note.text,
        "team": team.name if isinstance(team, Team) else None,
    }
    if isinstance(team, Team) and team_names.count(team.name) > 1:
        entry["team_id"] = team.id
    entry.update(colour=note.colour, x=_number(note.x), y=_number(note.y))
    return entry


def write_json(board: Board, path: str | Path) -> Path:
    """Write the board as pretty, UTF-8 ``okrworkshop/v1`` JSON."""
    path = Path(path)
    text = json.dumps(board_to_dict(board), ensure_ascii=False, indent=2, allow_nan=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- reading
Notify = Callable[[str], None]


def read_json(path: str | Path, notify: Notify | None = None) -> Board:
    """Read and validate an ``okrworkshop/v1`` file; :class:`InputError` with the JSON path if bad.

    ``notify`` gets one line per kind of thing the reader ignored (unknown fields, positions of
    cards that stack): warnings, never errors.
    """
    from okrworkshop.files import read_input

    path = Path(path)
    raw = read_input(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start})") from None
    if json_depth(text) > JSON_DEPTH_LIMIT:
        raise InputError(
            path, f"nested too deeply (more than {JSON_DEPTH_LIMIT} levels of arrays and objects)"
        )
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_int=json_int)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:
        raise InputError(path, f"invalid JSON: {exc}") from None
    return board_from_dict(data, str(path), notify)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def board_from_dict(data: Any, source: str = "<json>", notify: Notify | None = None) -> Board:
    """Build a board from ``okrworkshop/v1`` data (validated first); ``notify`` as for :func:`read_json`."""
    validate(data, source)
    builder = _Builder(data, source)
    board = builder.build()
    if notify is not None:
        for line in _notices(source, unknown_fields(data), builder.stacked_positions):
            notify(line)
    return board


def _notices(source: str, unknown: list[tuple[str, str]], stacked: list[str]) -> list[str]:
    lines = []
    if unknown:
        first: dict[str, str] = {}
        for name, where in unknown:
            first.setdefault(name, where)
        shown = [f"{name!r} ({where})" for name, where in list(first.items())[:3]]
        more = len(unknown) - len(shown)
        lines.append(
            f"{source}: warning: ignored {len(unknown)} field{'s' if len(unknown) > 1 else ''} this version "
            f"does not know: {', '.join(shown)}{f' and {more} more' if more else ''}"
        )
    if stacked:
        more = len(stacked) - 1
        lines.append(
            f"{source}: note: positions of key results and initiatives are ignored, they stack in "
            f"their card: {stacked[0]}{f' and {more} more' if more else ''}"
        )
    return lines


class _Builder:
    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data = data
        self.source = source
        self.entities: list[Entity] = []
        self.ids: set[str] = set()
        self.explicit_positions: set[str] = set()
        #: JSON paths of key results and initiatives that gave a position (they stack: ignored).
        self.stacked_positions: list[str] = []

    def fail(self, where: str, problem: str) -> InputError:
        return InputError(self.source, problem, where)

    def _scripted(self, item: dict[str, Any], where: str) -> str:
        """A round's scripted check-ins (an extension list) as the model keeps them."""
        found = item.get("scripted_check_ins")
        if not found:
            return ""
        text = json.dumps(found, ensure_ascii=False)
        try:
            return write_scripted(parse_scripted(text))
        except ValueError as exc:
            raise self.fail(
                f"{where}.scripted_check_ins", str(exc).removeprefix("scripted check-ins: ")
            ) from None

    def take_id(self, item: dict[str, Any], where: str) -> str:
        entity_id = item.get("id") or new_id()
        if entity_id in self.ids:
            raise self.fail(f"{where}.id", f"id {entity_id!r} is used twice")
        self.ids.add(entity_id)
        return str(entity_id)

    def build(self) -> Board:
        w = self.data.get("workshop") or {}
        workshop = Workshop(
            title=w.get("title", ""),
            language=w.get("language", "fr"),
            period=w.get("period", ""),
            case_id=w.get("case") or "",
            case_brief=w.get("case_brief", ""),
            profile=w.get("profile", "workshop"),
            thresholds={k: float(v) for k, v in (w.get("thresholds") or {}).items()},
            disabled_rules=tuple(w.get("disabled_rules") or ()),
            facilitator=w.get("facilitator", ""),
        )
        teams_data: list[dict[str, Any]] = self.data.get("teams") or []
        team_ids = [self.take_id(t, f"teams[{i}]") for i, t in enumerate(teams_data)]
        by_name: dict[str, list[str]] = {}
        for team_id, t in zip(team_ids, teams_data, strict=True):
            by_name.setdefault(t["name"], []).append(team_id)
        teams: list[Team] = []
        for i, (team_id, t) in enumerate(zip(team_ids, teams_data, strict=True)):
            where = f"teams[{i}]"
            parent_id = self._resolve_team(
                t.get("parent_id"), t.get("parent"), by_name, team_ids, f"{where}.parent"
            )
            team = Team(
                name=t["name"],
                id=team_id,
                parent_id=parent_id,
                colour=t.get("colour", team_colour(i)),
                order=float(i),
                x=float(t.get("x", 0.0)),
                y=float(t.get("y", 0.0)),
                width=float(t.get("width", 1200.0)),
                height=float(t.get("height", 420.0)),
                lessons=t.get("lessons", ""),
            )
            if "x" in t or "y" in t:
                self.explicit_positions.add(team_id)
            teams.append(team)
        self.entities.extend(teams)

        pending_alignments: list[tuple[str, dict[str, Any], str]] = []
        for i, (team, t) in enumerate(zip(teams, teams_data, strict=True)):
            for j, o in enumerate(t.get("objectives") or []):
                where = f"teams[{i}].objectives[{j}]"
                objective_id = self.take_id(o, where)
                self.entities.append(
                    Objective(
                        team_id=team.id,
                        title=o["title"],
                        id=objective_id,
                        description=o.get("description", ""),
                        kind=o.get("kind", "aspirational"),
                        owner=o.get("owner", ""),
                        order=float(j),
                        x=float(o.get("x", 0.0)),
                        y=float(o.get("y", 0.0)),
                        decision=o.get("decision", ""),
                    )
                )
                if "x" in o or "y" in o:
                    self.explicit_positions.add(objective_id)
                if o.get("aligned_to_id") or o.get("aligned_to"):
                    pending_alignments.append((objective_id, o, where))
                self._key_results(objective_id, o.get("key_results") or [], where)

        for k, n in enumerate(self.data.get("notes") or []):
            where = f"notes[{k}]"
            note_id = self.take_id(n, where)
            note_team = self._resolve_team(
                n.get("team_id"), n.get("team"), by_name, team_ids, f"{where}.team"
            )
            self.entities.append(
                Note(
                    text=n["text"],
                    id=note_id,
                    team_id=note_team,
                    colour=n.get("colour", "#f6e27f"),
                    x=float(n.get("x", 0.0)),
                    y=float(n.get("y", 0.0)),
                )
            )
            if "x" in n or "y" in n:
                self.explicit_positions.add(note_id)
        self._rounds_and_snapshots()

        board = Board(workshop)
        try:
            board.load(workshop, self.entities)
        except ModelError as exc:
            raise self.fail("", str(exc)) from None
        self._align(board, pending_alignments, teams)
        place_missing(board, self.explicit_positions)
        return board

    def _key_results(self, objective_id: str, items: list[dict[str, Any]], where: str) -> None:
        for k, kr in enumerate(items):
            kr_where = f"{where}.key_results[{k}]"
            kr_id = self.take_id(kr, kr_where)
            if "x" in kr or "y" in kr:
                self.stacked_positions.append(kr_where)
            self.entities.append(
                KeyResult(
                    objective_id=objective_id,
                    title=kr["title"],
                    id=kr_id,
                    owner=kr.get("owner", ""),
                    kind=kr.get("kind", "metric"),
                    direction=kr.get("direction", "increase"),
                    baseline=_float(kr.get("baseline")),
                    target=_float(kr.get("target")),
                    current=_float(kr.get("current")),
                    unit=kr.get("unit", ""),
                    confidence=kr.get("confidence"),
                    order=float(k),
                    score=_float(kr.get("score")),
                    decision=kr.get("decision", ""),
                )
            )
            for n, item in enumerate(kr.get("check_ins") or []):
                self.entities.append(
                    CheckIn(
                        key_result_id=kr_id,
                        date=item["date"],
                        value=_float(item.get("value")),
                        confidence=item.get("confidence"),
                        comment=item.get("comment", ""),
                        id=self.take_id(item, f"{kr_where}.check_ins[{n}]"),
                    )
                )
            self._initiatives(kr_id, kr, kr_where)

    def _initiatives(self, kr_id: str, kr: dict[str, Any], where: str) -> None:
        """Texts (v1), their ids and owners taken from ``initiative_details`` when its title agrees."""
        details: list[dict[str, Any]] = kr.get("initiative_details") or []
        for n, item in enumerate(kr.get("initiatives") or []):
            item_where = f"{where}.initiatives[{n}]"
            if isinstance(item, str):
                detail = details[n] if n < len(details) else {}
                if detail and detail.get("title", item) == item:
                    item, item_where = {**detail, "title": item}, f"{where}.initiative_details[{n}]"
                else:
                    item = {"title": item}
            elif "x" in item or "y" in item:  # the object form written by 0.x versions
                self.stacked_positions.append(item_where)
            self.entities.append(
                Initiative(
                    key_result_id=kr_id,
                    title=item["title"],
                    id=self.take_id(item, item_where),
                    owner=item.get("owner", ""),
                    order=float(n),
                )
            )

    def check(self, kind: str, item: dict[str, Any], where: str, names: tuple[str, ...]) -> None:
        """What the schema cannot say (dates, the nesting inside snapshot data), with the path."""
        for name in names:
            if name in item:
                problem = field_problem(FIELDS[kind][name], item[name])
                if problem is not None:
                    raise self.fail(f"{where}.{name}", problem)

    def _rounds_and_snapshots(self) -> None:
        for i, r in enumerate(self.data.get("rounds") or []):
            self.check("Round", r, f"rounds[{i}]", ("started_at", "ended_at"))
            self.entities.append(
                Round(
                    title=r["title"],
                    id=self.take_id(r, f"rounds[{i}]"),
                    order=float(i),
                    instructions=r.get("instructions", ""),
                    duration_s=r.get("duration_s", 0),
                    started_at=r.get("started_at", ""),
                    ended_at=r.get("ended_at", ""),
                    scripted_check_ins=self._scripted(r, f"rounds[{i}]"),
                )
            )
        round_ids = {e.id for e in self.entities if isinstance(e, Round)}
        for i, s in enumerate(self.data.get("snapshots") or []):
            where = f"snapshots[{i}]"
            self.check("Snapshot", s, where, ("created_at", "data"))
            problem = snapshot_data_problem(s["data"])
            if problem is not None:
                raise self.fail(f"{where}.data", problem)
            if s.get("round_id") is not None and s["round_id"] not in round_ids:
                raise self.fail(f"{where}.round_id", f"no round with id {s['round_id']!r}")
            self.entities.append(
                Snapshot(
                    name=s["name"],
                    data=s["data"],
                    id=self.take_id(s, where),
                    created_at=s.get("created_at", ""),
                    round_id=s.get("round_id"),
                )
            )

    def _resolve_team(
        self,
        team_id: str | None,
        name: str | None,
        by_name: dict[str, list[str]],
        team_ids: list[str],
        where: str,
    ) -> str | None:
        if team_id:
            if team_id not in team_ids:
                raise self.fail(f"{where}_id", f"no team with id {team_id!r}")
            return team_id
        if not name:
            return None
        found = by_name.get(name, [])
        if not found:
            raise self.fail(where, f"no team named {name!r}")
        if len(found) > 1:
            raise self.fail(where, f"several teams are named {name!r}; give '{where.rsplit('.', 1)[-1]}_id'")
        return found[0]

    def _align(self, board: Board, pending: list[tuple[str, dict[str, Any], str]], teams: list[Team]) -> None:
        names = (
            alignment_names(board, teams) if any(not o.get("aligned_to_id") for _, o, _ in pending) else {}
        )
        # All links go in at once (one check for loops over the whole chain), in the draft's
        # order, so the first alignment refused is the one checking them one by one found.
        resolved: list[tuple[str, str]] = []
        where_of: dict[str, str] = {}
        for objective_id, o, where in pending:
            target_id = o.get("aligned_to_id")
            problem: tuple[str, str] | None = None
            if target_id:
                if target_id not in board:
                    problem = (f"{where}.aligned_to_id", f"no objective or key result with id {target_id!r}")
            else:
                target_id = names.get(o["aligned_to"])
                if target_id is None:
                    problem = (
                        f"{where}.aligned_to",
                        f"no objective {o['aligned_to']!r} (write it as 'TEAM/objective title')",
                    )
            if problem is not None:
                self._align_all(board, resolved, where_of)
                raise self.fail(*problem)
            assert target_id is not None
            resolved.append((objective_id, target_id))
            where_of[objective_id] = where
        self._align_all(board, resolved, where_of)

    def _align_all(self, board: Board, resolved: list[tuple[str, str]], where_of: dict[str, str]) -> None:
        try:
            board.align_many(resolved)
        except AlignmentError as exc:
            raise self.fail(f"{where_of[exc.objective_id]}.aligned_to", str(exc)) from None


def alignment_names(board: Board, teams: list[Team]) -> dict[str, str | None]:
    """Every ``TEAM/objective`` and ``TEAM/objective/key result`` name -> its id (None if several
    cards share that name), built in one pass over the cards: how ``aligned_to`` is resolved
    (names may contain '/')."""
    names: dict[str, str | None] = {}

    def put(name: str, entity_id: str) -> None:
        names[name] = entity_id if name not in names else None

    for team in teams:
        for objective in board.objectives(team.id):
            put(f"{team.name}/{objective.title}", objective.id)
            for kr in board.key_results(objective.id):
                put(f"{team.name}/{objective.title}/{kr.title}", kr.id)
    return names


def _float(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("numbers must be finite")
    return number
