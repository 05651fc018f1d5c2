"""Reading a trainer's ``case.toml`` into a :class:`~okrworkshop.cases.study.CaseStudy`.

The file is data only (TOML through the standard library's :mod:`tomllib`; nothing in it is ever
executed) and is checked completely on load. Every problem is one :class:`InputError` naming the
file and the field, e.g. ``cases/x/case.toml: rounds[2].minutes: must be a whole number of
minutes``. Lists are numbered from 0, as in the checker's card paths. The format is described in
``assets/cases/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

from okrworkshop.cases.fields import (
    ID_PATTERN,
    FieldReader,
    display_path,
    join,
    kind_of,
    plain_number,
    unknown,
)
from okrworkshop.cases.study import (
    LEVELS,
    CaseFigure,
    CasePerson,
    CaseStudy,
    CaseTeam,
    CheckInSpec,
    FollowUpSpec,
    KeyResultSpec,
    NoteSpec,
    ObjectiveSpec,
    RoundSpec,
)
from okrworkshop.cases.text import Text, as_of_kind
from okrworkshop.errors import InputError
from okrworkshop.model import DIRECTIONS, KEY_RESULT_KINDS, LANGUAGES, OBJECTIVE_KINDS

__all__ = ["CASE_FILE", "FORMAT", "ID_PATTERN", "display_path", "read_case"]

FORMAT = "okrworkshop-case/1"
CASE_FILE = "case.toml"
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_FILE_BYTES = 1_000_000
MAX_MINUTES = 600
#: The checker profiles a round may name, by every name they are known by (``learning`` is the
#: default ``workshop`` profile's other name). Kept here rather than read from
#: ``okrworkshop.rules`` so that reading a case does not load the checker; a test holds the two
#: to each other.
ROUND_PROFILES = {"workshop": "workshop", "learning": "workshop", "classic": "classic", "focus": "focus"}

_ROOT_KEYS = {
    "format": True,
    "languages": True,
    "level": True,
    "title": True,
    "summary": True,
    "period": True,
    "context": True,
    "strategy": True,
    "figures": True,
    "people": False,
    "teams": True,
    "rounds": True,
    "facilitator_notes": True,
    "objectives": False,
    "follow_up": False,
}
#: Weeks a follow-up quarter can have.
MAX_WEEKS = 26


class _CaseReader(FieldReader):
    """Checks one ``case.toml`` section by section and builds the case."""

    def case(self, data: dict[str, Any], case_id: str, source: str) -> CaseStudy:
        self.keys(data, "", _ROOT_KEYS)
        if data["format"] != FORMAT:
            raise self.fail("format", f'must be "{FORMAT}" (the case format this version reads)')
        self.languages = self.language_list(data)
        self.follow_up = self.follow_up_spec(data)
        level = self.choice(data, "level", "", tuple(LEVELS), "")
        figures = [
            self.figure(t, f"figures[{i}]") for i, t in enumerate(self.tables(data, "figures", "", minimum=1))
        ]
        self.unique(figures, lambda f: f.id or None, "figures", "id")
        teams = [self.team(t, f"teams[{i}]") for i, t in enumerate(self.tables(data, "teams", "", minimum=1))]
        self.unique(teams, lambda t: t.id, "teams", "id")
        self.check_team_parents(teams)
        people = [self.person(t, f"people[{i}]") for i, t in enumerate(self.tables(data, "people", ""))]
        self.unique(people, lambda p: p.name, "people", "name")
        team_ids = [t.id for t in teams]
        for index, person in enumerate(people):
            if person.team is not None and person.team not in team_ids:
                raise self.fail(f"people[{index}].team", unknown("team", person.team, team_ids))
        rounds = [
            self.round(t, f"rounds[{i}]") for i, t in enumerate(self.tables(data, "rounds", "", minimum=1))
        ]
        notes = [
            self.note(t, f"facilitator_notes[{i}]")
            for i, t in enumerate(self.tables(data, "facilitator_notes", "", minimum=1))
        ]
        objective_tables = self.tables(data, "objectives", "")
        figure_by_id = {f.id: f for f in figures if f.id}
        objectives = [
            self.objective(t, f"objectives[{i}]", team_ids, figure_by_id)
            for i, t in enumerate(objective_tables)
        ]
        self.check_references(objectives, people)
        self.check_follow_up(data, rounds, objectives)
        return CaseStudy(
            id=case_id,
            level=level,
            languages=self.languages,
            path=self.path,
            source=source,
            title_text=self.text(data, "title", ""),
            summary_text=self.text(data, "summary", ""),
            period_text=self.text(data, "period", ""),
            context=self.text(data, "context", ""),
            strategy=self.text(data, "strategy", ""),
            figure_specs=tuple(figures),
            people=tuple(people),
            teams=tuple(teams),
            round_specs=tuple(rounds),
            note_specs=tuple(notes),
            objectives=tuple(objectives),
            follow_up=self.follow_up,
        )

    # -------------------------------------------------------------- follow-up
    def follow_up_spec(self, data: dict[str, Any]) -> FollowUpSpec | None:
        if "follow_up" not in data:
            return None
        where = "follow_up"
        table = self.table(data["follow_up"], where)
        self.keys(table, where, {"quarter_start": True, "start_week": True, "weeks": False})
        start = table["quarter_start"]
        if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
            raise self.fail(join(where, "quarter_start"), "must be a date without quotes: 2027-01-04")
        weeks = self.whole(table, "weeks", where, "weeks", 4, MAX_WEEKS) or 13
        start_week = self.whole(table, "start_week", where, "weeks", 1, weeks) or 1
        return FollowUpSpec(quarter_start=start.isoformat(), start_week=start_week, weeks=weeks)

    def check_in_list(self, table: dict[str, Any], where: str) -> tuple[CheckInSpec, ...]:
        if "check_ins" not in table:
            return ()
        here = join(where, "check_ins")
        if self.follow_up is None:
            raise self.fail(here, "check-ins belong to a follow-up case: add a [follow_up] table")
        value = table["check_ins"]
        if not isinstance(value, list):
            raise self.fail(here, f"must be a list of check-ins, not {kind_of(value)}")
        found: list[CheckInSpec] = []
        for index, item in enumerate(value):
            at = f"{here}[{index}]"
            entry = self.table(item, at)
            self.keys(entry, at, {"week": True, "value": True, "confidence": False, "comment": False})
            week = self.whole(entry, "week", at, "weeks", 1, self.follow_up.weeks) or 1
            if any(c.week == week for c in found):
                raise self.fail(join(at, "week"), f"week {week} is checked in twice")
            found.append(
                CheckInSpec(
                    week=week,
                    value=self.number(entry, "value", at) or 0.0,
                    confidence=self.whole(entry, "confidence", at, "points", 0, 10),
                    comment=self.optional_text(entry, "comment", at),
                )
            )
        return tuple(sorted(found, key=lambda c: c.week))

    def check_follow_up(
        self, data: dict[str, Any], rounds: list[RoundSpec], objectives: list[ObjectiveSpec]
    ) -> None:
        """Each week of data after the start arrives with exactly one round."""
        spec = self.follow_up
        if spec is None:
            return
        if not objectives:
            raise self.fail("objectives", "a follow-up case starts from its objectives: write them")
        brought: dict[int, int] = {}
        for index, round_ in enumerate(rounds):
            for week in round_.check_in_weeks:
                if week < spec.start_week:
                    raise self.fail(
                        f"rounds[{index}].check_in_weeks",
                        f"week {week} is before the start (week {spec.start_week}): it is on the board already",
                    )
                if week in brought:
                    raise self.fail(
                        f"rounds[{index}].check_in_weeks",
                        f"week {week} already arrives with rounds[{brought[week]}]",
                    )
                brought[week] = index
        for o, objective in enumerate(objectives):
            for k, kr in enumerate(objective.key_results):
                for c, check_in in enumerate(kr.check_ins):
                    if check_in.week >= spec.start_week and check_in.week not in brought:
                        raise self.fail(
                            f"objectives[{o}].key_results[{k}].check_ins[{c}].week",
                            f"week {check_in.week} arrives with no round (add it to a round's check_in_weeks)",
                        )

    def language_list(self, data: dict[str, Any]) -> tuple[str, ...]:
        value = data["languages"]
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail("languages", 'must be a list of language codes, e.g. ["fr", "en"]')
        for index, lang in enumerate(value):
            if lang not in LANGUAGES:
                raise self.fail(
                    f"languages[{index}]",
                    f"unknown language {lang!r} (use {', '.join(repr(c) for c in LANGUAGES)})",
                )
        if len(set(value)) != len(value):
            raise self.fail("languages", "lists a language twice")
        return tuple(value)

    def figure(self, table: dict[str, Any], where: str) -> CaseFigure:
        self.keys(
            table,
            where,
            {
                "id": False,
                "label": True,
                "value": True,
                "unit": False,
                "as_of": True,
                "decimals": False,
                "note": False,
            },
        )
        return CaseFigure(
            id=self.ident(table, "id", where, required=False) or "",
            label=self.text(table, "label", where),
            value=self.number(table, "value", where) or 0.0,
            unit=self.optional_text(table, "unit", where) or Text.neutral(""),
            as_of=self.as_of(table, where),
            decimals=self.whole(table, "decimals", where, "decimals", 0, 4),
            note=self.optional_text(table, "note", where),
        )

    def as_of(self, table: dict[str, Any], where: str) -> str:
        value = table["as_of"]
        here = join(where, "as_of")
        if isinstance(value, dt.datetime):
            raise self.fail(here, "give a date without a time (2026-12-31)")
        if isinstance(value, dt.date):
            return value.isoformat()
        if not isinstance(value, str) or as_of_kind(value.strip()) is None:
            raise self.fail(here, 'must be a date: 2026-12-31, "2026-12", "2026-Q4" or "2026"')
        return value.strip()

    def team(self, table: dict[str, Any], where: str) -> CaseTeam:
        self.keys(
            table,
            where,
            {"id": True, "name": True, "parent": False, "mission": False, "colour": False, "lessons": False},
        )
        colour = self.string(table, "colour", where, required=False)
        if colour is not None and not COLOUR_PATTERN.match(colour):
            raise self.fail(join(where, "colour"), f'must be a colour like "#4e79a7", not {colour!r}')
        return CaseTeam(
            id=self.ident(table, "id", where) or "",
            names=self.text(table, "name", where),
            parent=self.ident(table, "parent", where, required=False),
            mission=self.optional_text(table, "mission", where),
            colour=colour,
            lessons=self.optional_text(table, "lessons", where),
        )

    def check_team_parents(self, teams: list[CaseTeam]) -> None:
        by_id = {t.id: t for t in teams}
        for index, team in enumerate(teams):
            if team.parent is None:
                continue
            if team.parent not in by_id:
                raise self.fail(f"teams[{index}].parent", unknown("team", team.parent, list(by_id)))
            seen: set[str] = {team.id}
            current: str | None = team.parent
            while current is not None:
                if current in seen:
                    raise self.fail(
                        f"teams[{index}].parent", "teams cannot be nested inside each other in a loop"
                    )
                seen.add(current)
                current = by_id[current].parent

    def person(self, table: dict[str, Any], where: str) -> CasePerson:
        self.keys(table, where, {"name": True, "role": True, "team": False})
        return CasePerson(
            name=self.string(table, "name", where) or "",
            role=self.text(table, "role", where),
            team=self.ident(table, "team", where, required=False),
        )

    def round(self, table: dict[str, Any], where: str) -> RoundSpec:
        self.keys(
            table,
            where,
            {"title": True, "minutes": True, "instructions": True, "profile": False, "check_in_weeks": False},
        )
        minutes = self.whole(table, "minutes", where, "minutes", 1, MAX_MINUTES)
        profile = self.choice(table, "profile", where, tuple(ROUND_PROFILES), "")
        weeks: tuple[int, ...] = ()
        if "check_in_weeks" in table:
            here = join(where, "check_in_weeks")
            if self.follow_up is None:
                raise self.fail(here, "check-ins belong to a follow-up case: add a [follow_up] table")
            value = table["check_in_weeks"]
            if not isinstance(value, list) or not all(
                isinstance(w, int) and not isinstance(w, bool) and 1 <= w <= self.follow_up.weeks
                for w in value
            ):
                raise self.fail(
                    here, f"must be a list of week numbers from 1 to {self.follow_up.weeks}: [7, 8, 9]"
                )
            weeks = tuple(sorted(set(value)))
        return RoundSpec(
            title=self.text(table, "title", where),
            minutes=minutes or 0,
            instructions=self.text(table, "instructions", where),
            profile=ROUND_PROFILES[profile] if profile else None,
            check_in_weeks=weeks,
        )

    def note(self, table: dict[str, Any], where: str) -> NoteSpec:
        self.keys(table, where, {"topic": True, "text": True})
        return NoteSpec(topic=self.text(table, "topic", where), text=self.text(table, "text", where))

    def objective(
        self, table: dict[str, Any], where: str, team_ids: list[str], figures: dict[str, CaseFigure]
    ) -> ObjectiveSpec:
        self.keys(
            table,
            where,
            {
                "id": False,
                "team": True,
                "title": True,
                "owner": True,
                "kind": False,
                "aligned_to": False,
                "description": False,
                "key_results": True,
                "decision": False,
            },
        )
        team = self.ident(table, "team", where) or ""
        if team not in team_ids:
            raise self.fail(join(where, "team"), unknown("team", team, team_ids))
        krs = self.tables(table, "key_results", where, minimum=1)
        return ObjectiveSpec(
            id=self.ident(table, "id", where, required=False),
            team=team,
            title=self.text(table, "title", where),
            owner=self.string(table, "owner", where) or "",
            kind=self.choice(table, "kind", where, OBJECTIVE_KINDS, "aspirational"),
            aligned_to=self.ident(table, "aligned_to", where, required=False),
            description=self.optional_text(table, "description", where),
            key_results=tuple(
                self.key_result(t, f"{where}.key_results[{i}]", figures) for i, t in enumerate(krs)
            ),
            decision=self.decision(table, where),
        )

    def decision(self, table: dict[str, Any], where: str) -> str:
        """A reference keep / adjust / drop (a follow-up case's retrospective)."""
        return self.choice(table, "decision", where, ("keep", "adjust", "drop"), "")

    def key_result(self, table: dict[str, Any], where: str, figures: dict[str, CaseFigure]) -> KeyResultSpec:
        self.keys(
            table,
            where,
            {
                "id": False,
                "title": True,
                "owner": True,
                "figure": False,
                "baseline": False,
                "target": False,
                "unit": False,
                "kind": False,
                "direction": False,
                "confidence": False,
                "initiatives": False,
                "check_ins": False,
                "decision": False,
                "score": False,
            },
        )
        kind = self.choice(table, "kind", where, KEY_RESULT_KINDS, "metric")
        figure_id = self.ident(table, "figure", where, required=False)
        figure = None
        if figure_id is not None:
            if figure_id not in figures:
                raise self.fail(join(where, "figure"), unknown("figure", figure_id, list(figures)))
            figure = figures[figure_id]
        baseline = self.number(table, "baseline", where, required=False)
        if figure is not None:
            if baseline is not None and baseline != figure.value:
                raise self.fail(
                    join(where, "baseline"),
                    f"{plain_number(baseline)} differs from the value of figure {figure_id!r} ({plain_number(figure.value)}); "
                    "leave baseline out to take the figure's value",
                )
            baseline = figure.value
        target = self.number(table, "target", where, required=False)
        if kind == "metric" and (baseline is None or target is None):
            missing = "baseline (or a figure)" if baseline is None else "target"
            raise self.fail(join(where, missing.split()[0]), f"a metric key result needs a {missing}")
        direction = self.direction(table, where, baseline, target)
        unit = self.optional_text(table, "unit", where)
        if unit is None:
            unit = figure.unit if figure is not None else Text.neutral("")
        initiatives = table.get("initiatives", [])
        if not isinstance(initiatives, list):
            raise self.fail(
                join(where, "initiatives"), f"must be a list of texts, not {kind_of(initiatives)}"
            )
        return KeyResultSpec(
            id=self.ident(table, "id", where, required=False),
            title=self.text(table, "title", where),
            owner=self.string(table, "owner", where) or "",
            kind=kind,
            direction=direction,
            baseline=baseline,
            target=target,
            unit=unit,
            confidence=self.whole(table, "confidence", where, "points", 0, 10),
            figure=figure_id,
            initiatives=tuple(
                self.text_value(item, f"{where}.initiatives[{i}]") for i, item in enumerate(initiatives)
            ),
            check_ins=self.check_in_list(table, where),
            decision=self.decision(table, where),
            score=self.score(table, where),
        )

    def score(self, table: dict[str, Any], where: str) -> float | None:
        found = self.number(table, "score", where, required=False)
        if found is not None and not 0.0 <= found <= 1.0:
            raise self.fail(join(where, "score"), f"a score runs from 0 to 1, not {plain_number(found)}")
        return found

    def direction(
        self, table: dict[str, Any], where: str, baseline: float | None, target: float | None
    ) -> str:
        """The written direction, checked against baseline and target; else inferred from them."""
        written = self.string(table, "direction", where, required=False)
        if written is not None and written not in DIRECTIONS:
            raise self.fail(
                join(where, "direction"), f"must be one of {', '.join(DIRECTIONS)}, not {written!r}"
            )
        if baseline is None or target is None:
            return written or "increase"
        implied = "increase" if target > baseline else "decrease" if target < baseline else "maintain"
        if written is not None and written != implied:
            raise self.fail(
                join(where, "direction"),
                f"says {written!r} but the target {plain_number(target)} against the baseline {plain_number(baseline)} "
                f"is to {implied}",
            )
        return implied

    def check_references(self, objectives: list[ObjectiveSpec], people: list[CasePerson]) -> None:
        """Ids unique across objectives and key results; alignments resolve, without loops; owners known."""
        ids: dict[str, str] = {}
        owner_of_kr: dict[str, str] = {}
        for o, objective in enumerate(objectives):
            entries = [(objective.id, f"objectives[{o}]")]
            entries += [
                (kr.id, f"objectives[{o}].key_results[{k}]") for k, kr in enumerate(objective.key_results)
            ]
            for ident, where in entries:
                if ident is None:
                    continue
                if ident in ids:
                    raise self.fail(f"{where}.id", f"{ident!r} is already used by {ids[ident]}")
                ids[ident] = where
            for kr in objective.key_results:
                if kr.id is not None and objective.id is not None:
                    owner_of_kr[kr.id] = objective.id
        parent: dict[str, str | None] = {}
        for o, objective in enumerate(objectives):
            if objective.aligned_to is None:
                continue
            if objective.aligned_to not in ids:
                raise self.fail(
                    f"objectives[{o}].aligned_to",
                    unknown("objective or key result id", objective.aligned_to, list(ids)),
                )
            if objective.id is not None:
                parent[objective.id] = owner_of_kr.get(objective.aligned_to, objective.aligned_to)
            target_where = ids[objective.aligned_to]
            if target_where == f"objectives[{o}]" or target_where.startswith(f"objectives[{o}]."):
                raise self.fail(f"objectives[{o}].aligned_to", "an objective cannot align to itself")
        for o, objective in enumerate(objectives):
            seen, current = set(), objective.id
            while current is not None and current in parent:
                if current in seen:
                    raise self.fail(f"objectives[{o}].aligned_to", "these alignments go round in a loop")
                seen.add(current)
                current = parent[current]
        if not people:
            return
        names = [p.name for p in people]
        for o, objective in enumerate(objectives):
            owners = [(objective.owner, f"objectives[{o}].owner")]
            owners += [
                (kr.owner, f"objectives[{o}].key_results[{k}].owner")
                for k, kr in enumerate(objective.key_results)
            ]
            for owner, where in owners:
                if owner not in names:
                    raise self.fail(where, unknown("person", owner, names, listed_in="people"))


def read_case(path: str | Path, *, source: str = "user") -> CaseStudy:
    """Read and check one case: a case folder or its ``case.toml``; the folder's name is the id."""
    path = Path(path)
    if path.is_dir():
        path = path / CASE_FILE
    shown = display_path(path)
    case_id = path.parent.name
    if not ID_PATTERN.match(case_id):
        raise InputError(
            display_path(path.parent),
            "a case folder's name is its id: use lowercase letters, digits, '-' and '_' (e.g. 'my-case')",
        )
    if not path.is_file():
        raise InputError(shown, f"missing: each case folder holds a {CASE_FILE}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(shown, f"too large for a case file (more than {MAX_FILE_BYTES // 1_000_000} MB)")
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(shown, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None
    except OSError as exc:
        raise InputError(shown, f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(shown, f"not valid TOML: {exc}") from None
    return _CaseReader(path).case(data, case_id, source)
