"""What the checker reports: findings, their order, their summary and their JSON (DESIGN.md §4.3)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

ERROR, WARNING, INFO = "error", "warning", "info"
#: Severities from the most to the least serious.
SEVERITIES: tuple[str, ...] = (ERROR, WARNING, INFO)
#: The path of findings about the workshop itself rather than one card or team.
WORKSHOP_PATH = "workshop"

_SEGMENT = re.compile(r"(\w+)\[(\d+)\]")
_SEGMENT_RANK = {"teams": 0, "objectives": 1, "key_results": 2, "initiatives": 3, "notes": 4}


@dataclass(frozen=True, slots=True)
class Finding:
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


def findings_to_json(findings: Iterable[Finding]) -> dict[str, Any]:
    """Findings as ``check --format json`` prints them (DESIGN.md §4.3)."""
    items = list(findings)
    return {
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "path": f.path,
                "message": f.message,
                "hint": f.hint,
                "source": f.source,
            }
            for f in items
        ],
        "summary": summarize(items),
    }
