"""Scoring the checker against a labeled set of OKRs (precision and recall, per rule and overall).

A labeled set is JSON Lines, one OKR set per line::

    {"id": "fr-01", "lang": "fr", "workshop_lang": "fr",
     "objective": {"title": "…", "label": "good", "rules": [], "notes": []},
     "key_results": [{"title": "…", "label": "bad", "rules": ["kr-is-task"], "notes": [],
                      "fields": {"baseline": 32, "target": 45}}]}

``label`` says whether a coach would challenge the card; ``rules`` lists the warning- or
error-level rules it breaks and ``notes`` the info-level remarks expected on it. Each set becomes
one board (one team, the objective and its key results, each with an owner), checked with the
default profile. A card counts as *flagged* when a warning or an error lands on its own path,
from a rule other than its expected ``notes``: a remark the labeler expected is not a false alarm
whatever severity the profile gives it (``workshop`` makes ``kr-no-baseline`` a warning). A bad
card is *diagnosed* when one of its warnings names one of its labeled ``rules``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from okrworkshop.model import Board, KeyResult, Objective, Team, Workshop, card_paths
from okrworkshop.rules.checker import check_board
from okrworkshop.rules.finding import ERROR, WARNING

_FIELDS = ("kind", "direction", "baseline", "target", "current", "unit", "confidence", "owner")


@dataclass(frozen=True, slots=True)
class Card:
    """One labeled card and what the checker said about it."""

    set_id: str
    kind: str
    lang: str
    title: str
    label: str
    expected: frozenset[str]
    fired: frozenset[str]
    flagged: bool
    #: The labeled flaws (``rules``) and the rules whose warnings or errors landed on the card.
    flaws: frozenset[str] = frozenset()
    warned: frozenset[str] = frozenset()
    #: (rule, rewrite) for each finding on the card that carries a coach's rewrite.
    rewrites: tuple[tuple[str, str], ...] = ()

    @property
    def diagnosed(self) -> bool:
        """A bad card whose warnings name (one of) its real flaw(s)."""
        return bool(self.flaws & self.warned)


@dataclass(slots=True)
class Score:
    """Flag rates and per-rule counts over a labeled set."""

    cards: list[Card] = field(default_factory=list)

    @property
    def bad(self) -> list[Card]:
        return [c for c in self.cards if c.label == "bad"]

    @property
    def good(self) -> list[Card]:
        return [c for c in self.cards if c.label == "good"]

    @property
    def recall(self) -> float:
        """Share of bad cards flagged (warning or error at their own path)."""
        bad = self.bad
        return sum(c.flagged for c in bad) / len(bad) if bad else 1.0

    @property
    def false_positive_rate(self) -> float:
        """Share of good cards flagged."""
        good = self.good
        return sum(c.flagged for c in good) / len(good) if good else 0.0

    @property
    def precision(self) -> float:
        """Share of flagged cards that are bad."""
        flagged = [c for c in self.cards if c.flagged]
        return sum(c.label == "bad" for c in flagged) / len(flagged) if flagged else 1.0

    @property
    def diagnosis(self) -> float:
        """Share of flagged bad cards whose warnings name one of their real flaws."""
        flagged = [c for c in self.bad if c.flagged]
        return sum(c.diagnosed for c in flagged) / len(flagged) if flagged else 1.0

    def diagnosis_by_rule(self) -> dict[str, tuple[int, int]]:
        """Labeled flaw -> (bad cards with it whose warnings name it, bad cards with it)."""
        named: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for card in self.bad:
            for flaw in card.flaws:
                total[flaw] += 1
                named[flaw] += flaw in card.warned
        return {rule_id: (named[rule_id], total[rule_id]) for rule_id in sorted(total)}

    def per_rule(self) -> dict[str, tuple[int, int, int]]:
        """Rule id -> (true positives, false positives, false negatives) over cards."""
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        for card in self.cards:
            for rule_id in card.fired & card.expected:
                tp[rule_id] += 1
            for rule_id in card.fired - card.expected:
                fp[rule_id] += 1
            for rule_id in card.expected - card.fired:
                fn[rule_id] += 1
        ids = sorted(tp.keys() | fp.keys() | fn.keys())
        return {i: (tp[i], fp[i], fn[i]) for i in ids}


def load_sets(path: Path) -> list[dict[str, Any]]:
    """The OKR sets of a JSON Lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _board(entry: dict[str, Any]) -> tuple[Board, list[tuple[str, dict[str, Any], str]]]:
    board = Board(
        Workshop(title=entry["id"], language=entry.get("workshop_lang", entry["lang"]), period="2027-T1")
    )
    team = board.add(Team("Équipe"))
    cards: list[tuple[str, dict[str, Any], str]] = []
    spec = entry["objective"]
    extra = {k: v for k, v in spec.get("fields", {}).items() if k in ("kind", "owner")}
    objective = board.add(Objective(team.id, spec["title"], **{"owner": "Alex", **extra}))
    cards.append((objective.id, spec, "objective"))
    for order, kr_spec in enumerate(entry["key_results"]):
        fields = {k: v for k, v in kr_spec.get("fields", {}).items() if k in _FIELDS}
        kr = board.add(
            KeyResult(objective.id, kr_spec["title"], order=float(order), **{"owner": "Alex", **fields})
        )
        cards.append((kr.id, kr_spec, "key_result"))
    return board, cards


def evaluate(sets: Iterable[dict[str, Any]]) -> Score:
    """Check every set and compare with its labels."""
    score = Score()
    for entry in sets:
        board, cards = _board(entry)
        paths = card_paths(board)
        by_path: dict[str, list[Any]] = {}
        for finding in check_board(board):
            by_path.setdefault(finding.path, []).append(finding)
        for card_id, spec, kind in cards:
            findings = by_path.get(paths[card_id], [])
            notes = frozenset(spec.get("notes", ()))
            warned = frozenset(f.rule for f in findings if f.severity in (ERROR, WARNING))
            score.cards.append(
                Card(
                    set_id=entry["id"],
                    kind=kind,
                    lang=entry["lang"],
                    title=spec["title"],
                    label=spec["label"],
                    expected=frozenset(spec.get("rules", ())) | frozenset(spec.get("notes", ())),
                    fired=frozenset(f.rule for f in findings),
                    flagged=bool(warned - notes),
                    flaws=frozenset(spec.get("rules", ())),
                    warned=warned,
                    rewrites=tuple((f.rule, f.rewrite) for f in findings if f.rewrite),
                )
            )
    return score
