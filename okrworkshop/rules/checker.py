"""Running the rules: a full check of a board, and the incremental :class:`Checker` of the canvas.

The checker keeps every finding by the id of the card or team it is about. After an edit,
:meth:`Checker.refresh` re-runs the rules only where the edit can change a verdict (see the
contract in :mod:`okrworkshop.rules.engine`): the edited card, the objective and team that count
it, cards aligned to it, and cards it is (or was) near-identical to. Paths are recomputed only
for the lanes and objectives whose order changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from okrworkshop.collector import collector_paused
from okrworkshop.model import Board, CheckIn, Entity, KeyResult, Objective, Team, Workshop
from okrworkshop.rules import rulebook as cat
from okrworkshop.rules.coach import COACHED, suggest
from okrworkshop.rules.engine import (
    FOLLOWUP,
    Context,
    DuplicateIndex,
    RuleFunction,
    duplicate_key,
    rules_by_kind,
    team_name_key,
)
from okrworkshop.rules.finding import SEVERITIES, WORKSHOP_PATH, Finding, summarize
from okrworkshop.rules.layout import Layout, read_layout
from okrworkshop.rules.layout import sort_key as path_sort_key
from okrworkshop.rules.profiles import Settings, resolve_settings
from okrworkshop.rules.rulebook import RuleInfo
from okrworkshop.rules.text import Analysis

#: Key of workshop-level findings in :meth:`Checker.findings_for` and :meth:`Checker.refresh`.
WORKSHOP_KEY = "workshop"
_CHECKED = (Team, Objective, KeyResult)


class _Seen(NamedTuple):
    """What the checker knew about an entity at its last check (to find what an edit touched)."""

    kind: type
    owner: str | None
    team: str | None
    #: For teams, what rules read of them (name, parent, lane order); geometry is not in it.
    signature: tuple[Any, ...] = ()


def _seen_in(layout: Layout) -> dict[str, _Seen]:
    """What :meth:`Checker._remember` records, for every team and card of a full check at once."""
    new = tuple.__new__  # a _Seen without the cost of its Python-level constructor
    seen: dict[str, _Seen] = {}
    for team in layout.teams:
        seen[team.id] = new(_Seen, (Team, team.parent_id, None, _team_signature(team)))
        for objective in layout.objectives[team.id]:
            seen[objective.id] = new(_Seen, (Objective, team.id, team.id, ()))
            for kr in layout.key_results[objective.id]:
                seen[kr.id] = new(_Seen, (KeyResult, objective.id, team.id, ()))
    return seen


def _owner(entity: Entity) -> str | None:
    if isinstance(entity, Objective):
        return entity.team_id
    if isinstance(entity, KeyResult):
        return entity.objective_id
    if isinstance(entity, Team):
        return entity.parent_id
    return None


def _team_signature(team: Team) -> tuple[Any, ...]:
    return (team.name, team.parent_id, team.order)


class Checker:
    """Findings of one board, kept up to date edit by edit (Qt-free; the canvas drives it).

    ``lang`` forces the language of messages (default: the workshop's); ``profile`` checks with
    that profile instead of the workshop's own settings.
    """

    def __init__(self, board: Board, *, lang: str | None = None, profile: str | None = None) -> None:
        if lang is not None and lang not in cat.LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (known: {', '.join(cat.LANGUAGES)})")
        self._board = board
        self._lang_override = lang
        self._profile_override = profile
        self._findings: dict[str, tuple[Finding, ...]] = {}
        self._paths: dict[str, str] = {}
        self._seen: dict[str, _Seen] = {}
        self._duplicates = DuplicateIndex()
        self._team_names: dict[str, list[str]] = {}
        self._workshop: Workshop | None = None
        self._sorted: list[Finding] | None = None
        self._settings: Settings | None = None
        #: Per kind of target, the enabled rules as (function, catalogue entry) pairs; and the same
        #: without the follow-up rules, for a board without check-ins (where none of them fires).
        self._rules: dict[type, tuple[tuple[RuleFunction, RuleInfo], ...]] = {}
        self._draft_rules: dict[type, tuple[tuple[RuleFunction, RuleInfo], ...]] = {}
        self._lang = "fr"
        #: Severities the profile changes (``kr-no-baseline`` is a warning in ``workshop``).
        self._severities: Mapping[str, str] = {}
        #: Check-in ids at the last check (a removed one re-checks the follow-up rules).
        self._check_ins: set[str] = set()

    # -------------------------------------------------------------------------------- queries
    def findings(self) -> list[Finding]:
        """All findings, in draft order (workshop, then team by team and card by card)."""
        if self._sorted is None:
            order = cat.order()
            rank = {severity: i for i, severity in enumerate(SEVERITIES)}

            def sort_key(f: Finding) -> tuple[Any, ...]:
                return (path_sort_key(f.path), rank[f.severity], order[f.rule])

            every = [f for group in self._findings.values() for f in group]
            every.sort(key=sort_key)
            self._sorted = every
        return list(self._sorted)

    def findings_for(self, entity_id: str | None) -> list[Finding]:
        """Findings about one card or team (``None`` or ``"workshop"``: about the workshop)."""
        return list(self._findings.get(entity_id if entity_id is not None else WORKSHOP_KEY, ()))

    def summary(self) -> dict[str, int]:
        """``{"error": n, "warning": n, "info": n}``."""
        return summarize(f for group in self._findings.values() for f in group)

    # ------------------------------------------------------------------------------- refresh
    def refresh(self, changed_ids: Iterable[str] | None = None) -> set[str]:
        """Re-check after a change; ``None`` re-checks everything.

        ``changed_ids`` are the cards and teams that were added, removed or updated. Workshop
        settings (language, profile, thresholds, disabled rules) are compared on every call and
        trigger a full check when they changed. Returns the ids whose findings changed
        (``"workshop"`` for workshop-level findings).
        """
        if changed_ids is None or self._workshop is None or self._board.workshop != self._workshop:
            with collector_paused():
                return self._full()
        return self._incremental(set(changed_ids))

    # ---------------------------------------------------------------------------- internals
    def _context(self, layout: Layout | None = None) -> Context:
        assert self._settings is not None
        return Context(self._board, self._settings, self._duplicates, self._team_names, layout)

    def _full(self) -> set[str]:
        board = self._board
        workshop = board.workshop
        self._workshop = workshop
        self._settings = resolve_settings(workshop, cat.primary_thresholds(), self._profile_override)
        self._severities = self._settings.profile.severities
        self._rules = {
            kind: tuple((r.function, r.info) for r in rules)
            for kind, rules in rules_by_kind(self._settings.disabled).items()
        }
        self._draft_rules = {
            kind: tuple(pair for pair in rules if pair[1].family != FOLLOWUP)
            for kind, rules in self._rules.items()
        }
        self._lang = self._lang_override or (
            workshop.language if workshop.language in cat.LANGUAGES else "fr"
        )
        layout = read_layout(board)
        self._paths = layout.paths
        self._rebuild_team_names(layout.teams)
        self._duplicates = DuplicateIndex()
        context = self._context(layout)
        cards = layout.cards
        for card in cards:
            self._duplicates.put(card.id, duplicate_key(card, context.text(card)))
        self._seen = _seen_in(layout)
        self._check_ins = {c.id for c in board.all(CheckIn)}
        new: dict[str, tuple[Finding, ...]] = {}
        found = self._evaluate(context, workshop, WORKSHOP_KEY, WORKSHOP_PATH)
        if found:
            new[WORKSHOP_KEY] = found
        paths = self._paths
        for entity in (*layout.teams, *cards):
            found = self._evaluate(context, entity, entity.id, paths[entity.id])
            if found:
                new[entity.id] = found
        changed = {k for k in new.keys() | self._findings.keys() if new.get(k) != self._findings.get(k)}
        self._findings = new
        self._sorted = None
        return changed

    def _incremental(self, changed_ids: set[str]) -> set[str]:
        board = self._board
        # Cards removed in a cascade the caller did not list (a deleted objective's key results)
        # are treated as changed too, so that their objective, team and duplicates are re-checked.
        changed_ids.update(i for i in self._seen if i not in board)
        dirty: set[str] = set()
        path_teams: set[str] = set()
        path_objectives: set[str] = set()
        every_path = teams_changed = followup_changed = False
        duplicate_cards: list[str] = []
        for entity_id in changed_ids:
            before = self._seen.get(entity_id)
            now = board.find(entity_id)
            if isinstance(now, CheckIn) or entity_id in self._check_ins:
                # The board's follow-up day may have moved: every key result's follow-up is re-read.
                followup_changed = True
                if isinstance(now, CheckIn):
                    self._check_ins.add(entity_id)
                else:
                    self._check_ins.discard(entity_id)
                continue
            kind = type(now) if now is not None else (before.kind if before is not None else None)
            if kind is Team:
                if before is None or not isinstance(now, Team) or before.signature != _team_signature(now):
                    teams_changed = every_path = True
                    dirty.add(entity_id)
                continue
            if kind not in (Objective, KeyResult):
                continue  # initiatives, notes, rounds, snapshots: no rule reads them
            dirty.add(entity_id)
            duplicate_cards.append(entity_id)
            owners = {before.owner if before else None, _owner(now) if now is not None else None} - {None}
            dirty.update(owners)  # type: ignore[arg-type]
            if kind is Objective:
                path_teams.update(owners)  # type: ignore[arg-type]
                if now is not None:  # follow-up rules of its key results read whether it is committed
                    dirty.update(kr.id for kr in board.key_results(entity_id))
                # Cards aligned to one of its key results look at this objective's team.
                for kr in board.key_results(entity_id) if now is not None else ():
                    dirty.update(r.id for r in board.referrers(kr.id))
            else:
                path_objectives.update(owners)  # type: ignore[arg-type]
                teams = {before.team if before else None}
                if isinstance(now, KeyResult):
                    objective = board.find(now.objective_id)
                    teams.add(objective.team_id if isinstance(objective, Objective) else None)
                dirty.update(t for t in teams if t)
            if now is not None:
                dirty.update(r.id for r in board.referrers(entity_id))
        if followup_changed:
            dirty.update(kr.id for kr in board.key_results())
        if teams_changed:
            self._rebuild_team_names()
            dirty.update(t.id for t in board.teams())
            dirty.update(o.id for o in board.objectives())
        context = self._context()
        for card_id in duplicate_cards:
            dirty.update(self._duplicates.members(self._duplicates.key(card_id)))
            card = board.find(card_id)
            if isinstance(card, (Objective, KeyResult)):
                self._duplicates.put(card_id, duplicate_key(card, context.text(card)))
            else:
                self._duplicates.drop(card_id)
            dirty.update(self._duplicates.members(self._duplicates.key(card_id)))
        moved = self._update_paths(every_path, path_teams, path_objectives)
        return self._apply(context, dirty, moved)

    def _apply(self, context: Context, dirty: set[str], moved: set[str]) -> set[str]:
        board = self._board
        changed: set[str] = set()
        for entity_id in dirty:
            entity = board.find(entity_id)
            old = self._findings.get(entity_id)
            if not isinstance(entity, _CHECKED):
                self._seen.pop(entity_id, None)
                self._paths.pop(entity_id, None)
                self._duplicates.drop(entity_id)
                new: tuple[Finding, ...] = ()
            else:
                self._remember(entity)
                new = self._evaluate(context, entity, entity_id, self._paths.get(entity_id, ""))
            self._store(entity_id, old, new, changed)
        for entity_id in moved - dirty:
            old = self._findings.get(entity_id)
            if old:
                path = self._paths.get(entity_id, "")
                self._store(entity_id, old, tuple(replace(f, path=path) for f in old), changed)
        return changed

    def _store(
        self, key: str, old: tuple[Finding, ...] | None, new: tuple[Finding, ...], changed: set[str]
    ) -> None:
        if (old or ()) == new:
            return
        if new:
            self._findings[key] = new
        else:
            self._findings.pop(key, None)
        changed.add(key)
        self._sorted = None

    def _update_paths(self, every: bool, teams: set[str], objectives: set[str]) -> set[str]:
        """Recompute paths where order may have changed; returns the ids whose path changed."""
        board = self._board
        moved: set[str] = set()
        if every:
            new_paths = read_layout(board).paths
            moved = {k for k, v in new_paths.items() if self._paths.get(k) != v}
            self._paths = new_paths
            return moved
        for team_id in teams:
            team_path = self._paths.get(team_id)
            if team_path is None or team_id not in board:
                continue
            for o, objective in enumerate(board.objectives(team_id)):
                objectives.discard(objective.id)
                moved |= self._set_path(objective.id, f"{team_path}.objectives[{o}]")
                moved |= self._key_result_paths(objective.id)
        for objective_id in objectives:
            if objective_id in board:
                moved |= self._key_result_paths(objective_id)
        return moved

    def _key_result_paths(self, objective_id: str) -> set[str]:
        base = self._paths.get(objective_id)
        moved: set[str] = set()
        if base is None:
            return moved
        for k, kr in enumerate(self._board.key_results(objective_id)):
            moved |= self._set_path(kr.id, f"{base}.key_results[{k}]")
        return moved

    def _set_path(self, entity_id: str, path: str) -> set[str]:
        if self._paths.get(entity_id) == path:
            return set()
        self._paths[entity_id] = path
        return {entity_id}

    def _rebuild_team_names(self, teams: list[Team] | None = None) -> None:
        names: dict[str, list[str]] = {}
        for team in teams if teams is not None else self._board.teams():
            names.setdefault(team_name_key(team), []).append(team.id)
        self._team_names.clear()
        self._team_names.update(names)

    def _remember(self, entity: Team | Objective | KeyResult) -> None:
        if isinstance(entity, Team):
            self._seen[entity.id] = _Seen(Team, entity.parent_id, None, _team_signature(entity))
        elif isinstance(entity, Objective):
            self._seen[entity.id] = _Seen(Objective, entity.team_id, entity.team_id)
        else:
            objective = self._board.find(entity.objective_id)
            team = objective.team_id if isinstance(objective, Objective) else None
            self._seen[entity.id] = _Seen(KeyResult, entity.objective_id, team)

    def _evaluate(
        self, context: Context, target: Workshop | Team | Objective | KeyResult, key: str, path: str
    ) -> tuple[Finding, ...]:
        found: list[Finding] | None = None
        rules = self._rules if context.has_check_ins else self._draft_rules
        for function, info in rules[type(target)]:
            result = function(context, target)
            if result is None:
                continue  # most rules on most cards: nothing to build
            message, hint = info.render(self._lang, result.params)
            coach = _coached(context, target, info.id) if info.id in COACHED else None
            finding = Finding(
                info.id,
                self._severities.get(info.id, info.severity),
                path,
                message,
                hint,
                info.source,
                None if key == WORKSHOP_KEY else key,
                coach,
            )
            if found is None:
                found = [finding]
            else:
                found.append(finding)
        return tuple(found) if found else ()


class _Coaching:
    """The coach of one flagged card: the rewrite is worked out when first read (and kept with the
    analysed title), so a full check pays nothing for rewrites nobody looks at."""

    __slots__ = ("_analysis", "_key", "_rule", "_target")

    def __init__(self, rule_id: str, analysis: Analysis, target: float | None) -> None:
        self._rule, self._analysis, self._target = rule_id, analysis, target
        self._key = (rule_id, analysis.raw, analysis.lang, target)

    def rewrite(self) -> tuple[str, str | None] | None:
        found = suggest(self._rule, self._analysis, target=self._target)
        return (found.title, found.key_result) if found is not None else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Coaching) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"_Coaching{self._key!r}"


def _coached(
    context: Context, target: Workshop | Team | Objective | KeyResult, rule_id: str
) -> _Coaching | None:
    """The coach of a flagged card (only cards are coached)."""
    if not isinstance(target, (Objective, KeyResult)):
        return None
    goal = target.target if isinstance(target, KeyResult) else None
    return _Coaching(rule_id, context.text(target), goal)


def check_board(board: Board, *, profile: str | None = None, lang: str | None = None) -> list[Finding]:
    """Check a whole board; findings in draft order, messages in ``lang`` (default: the workshop's).

    The profile, thresholds and switched-off rules are the workshop's unless ``profile`` is given
    (see :func:`~okrworkshop.rules.profiles.resolve_settings`).
    """
    checker = Checker(board, lang=lang, profile=profile)
    checker.refresh()
    return checker.findings()
