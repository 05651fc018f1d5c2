"""The rule registry and what a rule sees while it runs (:class:`Context`).

A rule is one small function registered with :func:`rule` in its family module
(``structure``, ``objective``, ``key_result``). It receives the context and one target (the
workshop, a team, an objective or a key result) and returns :func:`hit` (with the parameters its
message names) or None. Severity, texts, source and thresholds come from the catalogue.

What a rule may read, so that :class:`~okrworkshop.rules.checker.Checker` knows what to re-check
after an edit: its target; for a team, the team's objectives and their key results; for an
objective, its key results, its team and the team's ancestors, and the card it aligns to; for a
key result, its objective and its check-ins, and the board's follow-up day (the first and latest
check-in dates of the whole board); the duplicate indexes; the workshop settings. Nothing else.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from okrworkshop.model import Board, CheckIn, KeyResult, Objective, Team, Workshop
from okrworkshop.model.value import Value
from okrworkshop.rules import rulebook as cat
from okrworkshop.rules.layout import Layout
from okrworkshop.rules.layout import clear_cache as layout_cache
from okrworkshop.rules.profiles import Settings
from okrworkshop.rules.text import Analysis, analyze, fold
from okrworkshop.rules.text import clear_caches as text_caches
from okrworkshop.rules.text.analysis import stem

Target: TypeAlias = Workshop | Team | Objective | KeyResult
_KINDS: dict[str, tuple[type, ...]] = {
    "workshop": (Workshop,),
    "team": (Team,),
    "objective": (Objective,),
    "key_result": (KeyResult,),
    "card": (Objective, KeyResult),
}
#: The family of the rules that read check-ins: on a board without any, none of them fires.
FOLLOWUP = "followup"
FAMILY_MODULES = (
    "okrworkshop.rules.structure",
    "okrworkshop.rules.objective",
    "okrworkshop.rules.key_result",
    "okrworkshop.rules.followup",
)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Hit(Value):
    """A rule fired; ``params`` fill the {fields} of its message and hint."""

    params: Mapping[str, Any]


def hit(**params: Any) -> Hit:
    """The value a rule returns when it fires."""
    return Hit(params)


RuleFunction: TypeAlias = Callable[["Context", Any], Hit | None]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class RegisteredRule(Value):
    """A catalogue entry and the function that checks it."""

    info: cat.RuleInfo
    function: RuleFunction
    kinds: tuple[type, ...]


_REGISTRY: dict[str, RegisteredRule] = {}


def rule(rule_id: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a catalogue id (its target kind comes from the catalogue)."""

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in _REGISTRY:
            raise ValueError(f"rule {rule_id!r} is registered twice")
        entry = cat.info(rule_id)
        _REGISTRY[rule_id] = RegisteredRule(entry, function, _KINDS[entry.target])
        return function

    return register


def registered() -> list[RegisteredRule]:
    """Every registered rule, in catalogue order (imports the family modules on first use)."""
    for module in FAMILY_MODULES:
        importlib.import_module(module)
    order = cat.order()
    return sorted(_REGISTRY.values(), key=lambda r: order[r.info.id])


def rules_by_kind(disabled: Iterable[str] = ()) -> dict[type, list[RegisteredRule]]:
    """Enabled rules grouped by the kind of target they check."""
    off = set(disabled)
    grouped: dict[type, list[RegisteredRule]] = {Workshop: [], Team: [], Objective: [], KeyResult: []}
    for entry in registered():
        if entry.info.id in off:
            continue
        for kind in entry.kinds:
            grouped[kind].append(entry)
    return grouped


# ---------------------------------------------------------------------------- duplicate indexes
def duplicate_key(card: Objective | KeyResult, analysis: Analysis) -> tuple[str, frozenset[str]] | None:
    """Cards with the same key are near-identical: same kind, same content words (accents, case,
    stop words and plurals ignored). Titles of fewer than two content words are not compared."""
    stems = analysis.content_stems()
    if len(stems) < 2:
        return None
    return (type(card).__name__, stems)


class DuplicateIndex:
    """Cards grouped by :func:`duplicate_key`, kept up to date card by card."""

    def __init__(self) -> None:
        self._key_of: dict[str, tuple[str, frozenset[str]]] = {}
        self._groups: dict[tuple[str, frozenset[str]], set[str]] = {}
        #: Card id -> the group it is in (the same set object as in ``_groups``).
        self._group_of: dict[str, set[str]] = {}
        #: Key -> its group's ids, sorted once until the group changes (a group of thousands of
        #: identical cards was sorted again for each of its cards: quadratic).
        self._sorted: dict[tuple[str, frozenset[str]], list[str]] = {}

    def key(self, entity_id: str) -> tuple[str, frozenset[str]] | None:
        return self._key_of.get(entity_id)

    def members(self, key: tuple[str, frozenset[str]] | None) -> set[str]:
        return set(self._groups.get(key, ())) if key is not None else set()

    def put(self, entity_id: str, key: tuple[str, frozenset[str]] | None) -> None:
        """Place a card under ``key`` (None: not comparable), leaving its previous group."""
        if entity_id in self._key_of:
            self.drop(entity_id)
        if key is not None:
            self._key_of[entity_id] = key
            self._sorted.pop(key, None)
            group = self._groups.get(key)
            if group is None:
                group = self._groups[key] = set()
            group.add(entity_id)
            self._group_of[entity_id] = group

    def drop(self, entity_id: str) -> None:
        old = self._key_of.pop(entity_id, None)
        if old is not None:
            self._sorted.pop(old, None)
            group = self._group_of.pop(entity_id)
            group.discard(entity_id)
            if not group:
                del self._groups[old]

    def others(self, entity_id: str) -> list[str]:
        """The other cards near-identical to this one (sorted for stable messages)."""
        return [other for other in self._ordered(entity_id) if other != entity_id]

    def first_other(self, entity_id: str) -> str | None:
        """The first of :meth:`others` (what a finding names), found without copying the group."""
        group = self._group_of.get(entity_id)
        if group is None or len(group) < 2:
            return None  # most cards: no near-identical other (nothing to sort)
        ordered = self._ordered(entity_id)
        if len(ordered) < 2:
            return None
        return ordered[1] if ordered[0] == entity_id else ordered[0]

    def _ordered(self, entity_id: str) -> list[str]:
        key = self._key_of.get(entity_id)
        if key is None:
            return []
        ordered = self._sorted.get(key)
        if ordered is None:
            ordered = self._sorted[key] = sorted(self._groups[key])
        return ordered


def team_name_key(team: Team) -> str:
    """Team names compared without accents, case, spacing or plural."""
    return " ".join(stem(w) for w in fold(team.name).split())


# ------------------------------------------------------------------------------ analysed texts
class TextCache:
    """Analysed titles by (title, workshop language), shared by every check in the process.

    Titles rarely change, and the same board is checked by the canvas, the poster and the
    findings panel: each title is analysed once. Bounded; the oldest entries go first.
    """

    def __init__(self, limit: int = 8192) -> None:
        self._limit = limit
        self._entries: dict[tuple[str, str], Analysis] = {}

    def get(self, title: str, lang: str) -> Analysis:
        key = (title, lang)
        found = self._entries.get(key)
        if found is None:
            if len(self._entries) >= self._limit:
                # Drop the oldest quarter at once (dicts keep insertion order).
                for old in list(itertools.islice(self._entries, self._limit // 4)):
                    del self._entries[old]
            found = self._entries[key] = analyze(title, lang)
        return found

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


TEXTS = TextCache()


def clear_caches() -> None:
    """Empty every process-wide cache of the checker: analysed titles, word-level memos, sort keys.

    Only benchmarks need this (to time a check from nothing); the caches are bounded and never
    stale, since each holds a pure function of its key.
    """
    TEXTS.clear()
    text_caches()
    layout_cache()


# ------------------------------------------------------------------------------------ context
class Context:
    """What a rule can read: the board, the thresholds, analysed texts and duplicate indexes."""

    def __init__(
        self,
        board: Board,
        settings: Settings,
        duplicates: DuplicateIndex,
        team_names: Mapping[str, list[str]],
        layout: Layout | None = None,
    ) -> None:
        self.board = board
        self.settings = settings
        self.duplicates = duplicates
        self._team_names = team_names
        self._lang = board.workshop.language if board.workshop.language in cat.LANGUAGES else "fr"
        self._last_card: object = None
        self._last_text: Analysis | None = None
        # A full check reads the children of every team and objective once, with the paths.
        self._objectives: dict[str, list[Objective]] = dict(layout.objectives) if layout else {}
        self._key_results: dict[str, list[KeyResult]] = dict(layout.key_results) if layout else {}
        self._followup: tuple[date, date] | None = None
        self._followup_read = False
        #: Most boards are drafts without any check-in: the follow-up rules then read nothing (and
        #: the checker does not run them).
        self.has_check_ins = board.count(CheckIn) > 0

    def threshold(self, name: str) -> float:
        """The effective value of a threshold (profile, overridden by the workshop)."""
        return self.settings.thresholds[name]

    def objectives(self, team_id: str) -> list[Objective]:
        """A team's objectives in order (read once per check: the board does not change during one)."""
        found = self._objectives.get(team_id)
        if found is None:
            found = self._objectives[team_id] = self.board.objectives(team_id)
        return found

    def key_results(self, objective_id: str) -> list[KeyResult]:
        """An objective's key results in order (read once per check)."""
        found = self._key_results.get(objective_id)
        if found is None:
            found = self._key_results[objective_id] = self.board.key_results(objective_id)
        return found

    def check_ins(self, key_result_id: str) -> list[CheckIn]:
        """A key result's check-ins, oldest first."""
        if not self.has_check_ins:
            return []
        return self.board.check_ins(key_result_id)

    def _followup_span(self) -> tuple[date, date] | None:
        if not self._followup_read:
            dates = [c.date for c in self.board.all(CheckIn)]
            self._followup = (
                (date.fromisoformat(min(dates)), date.fromisoformat(max(dates))) if dates else None
            )
            self._followup_read = True
        return self._followup

    def followup_day(self) -> date | None:
        """The date of the latest check-in on the board: the day the follow-up has reached."""
        span = self._followup_span()
        return span[1] if span else None

    def followup_start(self) -> date | None:
        """The date of the first check-in on the board: when the follow-up started."""
        span = self._followup_span()
        return span[0] if span else None

    def text(self, card: Objective | KeyResult) -> Analysis:
        """The analysed title of a card (cached by text)."""
        if card is self._last_card:
            # The rules of one card run one after the other: most calls ask for the same card.
            return self._last_text  # type: ignore[return-value]
        found = TEXTS.get(card.title, self._lang)
        self._last_card, self._last_text = card, found
        return found

    def same_name_teams(self, team: Team) -> list[str]:
        """Ids of the other teams with the same name."""
        return [i for i in self._team_names.get(team_name_key(team), ()) if i != team.id]
