"""The checker's verdict as the poster shows it: badge counts per card and the summary line."""

from __future__ import annotations

from dataclasses import dataclass, field

from okrworkshop.model import Board
from okrworkshop.model.value import Value

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Quality(Value):
    """Finding counts by card (entity id -> severity -> count) and for the whole workshop.

    ``summary`` is None when the poster is made without checking (the footer then says the
    checker was not run, instead of claiming a clean board).
    """

    counts: dict[str, dict[str, int]]
    summary: dict[str, int] | None
    #: The rules behind the counts: entity id -> (severity, rule id) pairs, in the checker's order
    #: (what the poster's findings panel names).
    rules: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def badges(self, entity_id: str) -> list[tuple[str, int]]:
        """(severity, count) pairs to draw on one card, most severe first."""
        found = self.counts.get(entity_id, {})
        return [(s, found[s]) for s in SEVERITIES if found.get(s)]


NO_CHECKER = Quality({}, None)


def assess(board: Board, profile: str | None = None, lang: str | None = None) -> Quality:
    """Run the good-practice checker on ``board`` and count its findings per card."""
    from okrworkshop.rules import check_board, summarize

    findings = check_board(board, profile=profile, lang=lang)
    counts: dict[str, dict[str, int]] = {}
    rules: dict[str, list[tuple[str, str]]] = {}
    for finding in findings:
        if finding.entity_id is None:
            continue
        per_card = counts.setdefault(finding.entity_id, {})
        per_card[finding.severity] = per_card.get(finding.severity, 0) + 1
        rules.setdefault(finding.entity_id, []).append((finding.severity, finding.rule))
    summary = summarize(findings)
    return Quality(
        counts,
        {s: int(summary.get(s, 0)) for s in SEVERITIES},
        {entity_id: tuple(pairs) for entity_id, pairs in rules.items()},
    )
