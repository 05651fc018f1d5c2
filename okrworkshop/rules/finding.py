"""What the checker reports: findings, their order, their summary and their JSON (DESIGN.md §4.3)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from okrworkshop.model.value import Value

ERROR, WARNING, INFO = "error", "warning", "info"
#: Severities from the most to the least serious.
SEVERITIES: tuple[str, ...] = (ERROR, WARNING, INFO)
#: The path of findings about the workshop itself rather than one card or team.
WORKSHOP_PATH = "workshop"

_SEGMENT = re.compile(r"(\w+)\[(\d+)\]")
_SEGMENT_RANK = {"teams": 0, "objectives": 1, "key_results": 2, "initiatives": 3, "notes": 4}


class Coach(Protocol):
    """The coach's rewrite of one flagged card, worked out when first read (most findings are
    never shown with their rewrite, and a full check must stay fast). Equal when made for the same
    rule, text, language and target."""

    def rewrite(self) -> tuple[str, str | None] | None:
        """(new title, key result to add or None), or None when the coach has nothing to offer."""
        ...


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Finding(Value):
    """One rule's verdict on one card, team or the workshop."""

    rule: str
    severity: str
    #: Where the card stands in the draft (``teams[0].objectives[1]``), or ``workshop``.
    path: str
    message: str
    hint: str
    source: str
    #: Id of the card or team the finding is about; None for the workshop.
    entity_id: str | None
    #: The coach of a card flagged by a coached rule (see :attr:`rewrite`).
    coach: Coach | None = None

    @property
    def rewrite(self) -> str | None:
        """The coach's suggested new title for the card (``_`` marks what the team fills in), if any."""
        found = self.coach.rewrite() if self.coach is not None else None
        return found[0] if found is not None else None

    @property
    def rewrite_key_result(self) -> str | None:
        """For an objective holding a figure: a key result to add that carries the figure."""
        found = self.coach.rewrite() if self.coach is not None else None
        return found[1] if found is not None else None


def path_key(path: str) -> tuple[tuple[int, int], ...]:
    """Sort key putting paths in draft order (workshop first, then team by team, card by card)."""
    if path == WORKSHOP_PATH:
        return ()
    # "notes[3]" sorts after every team: its first segment ranks 4.
    return tuple((_SEGMENT_RANK.get(name, 9), int(index)) for name, index in _SEGMENT.findall(path))


def summarize(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each severity: ``{"error": n, "warning": n, "info": n}``."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def finding_to_json(f: Finding) -> dict[str, Any]:
    """One finding as ``check --format json`` prints it; ``rewrite`` (and ``rewrite_key_result``)
    only where the coach has one."""
    found: dict[str, Any] = {
        "rule": f.rule,
        "severity": f.severity,
        "path": f.path,
        "message": f.message,
        "hint": f.hint,
        "source": f.source,
    }
    if f.rewrite is not None:
        found["rewrite"] = f.rewrite
    if f.rewrite_key_result is not None:
        found["rewrite_key_result"] = f.rewrite_key_result
    return found


def findings_to_json(findings: Iterable[Finding]) -> dict[str, Any]:
    """Findings as ``check --format json`` prints them (DESIGN.md §4.3, with the coach's ``rewrite``)."""
    items = list(findings)
    return {"findings": [finding_to_json(f) for f in items], "summary": summarize(items)}
