"""The rule catalogue (``catalogue.json``): every rule's id, family, severity, target, texts (FR + EN), source, thresholds.

The texts live in ``catalogue.json`` next to this module (data, not code): one entry per rule,
in the order the documentation and the reports list them. Messages may name parameters that the
rule supplies (``{count}``, ``{max}``, ``{other}``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from okrworkshop.model.value import Value
from okrworkshop.rules.finding import SEVERITIES

LANGUAGES = ("fr", "en")
FAMILIES = ("structure", "objective", "key_result", "followup")
#: What a rule looks at; ``card`` means objectives and key results.
TARGETS = ("workshop", "team", "objective", "key_result", "card")
_PATH = Path(__file__).with_name("catalogue.json")


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class RuleInfo(Value):
    """One catalogue entry (what the trainer reads about a rule)."""

    id: str
    family: str
    severity: str
    target: str
    source: str
    thresholds: tuple[str, ...]
    title: Mapping[str, str]
    message: Mapping[str, str]
    hint: Mapping[str, str]
    #: Per language, a ``bad`` and a ``good`` example (card titles for text rules).
    example: Mapping[str, Mapping[str, str]]
    #: The examples as data when they describe a situation rather than a card's title (see
    #: :mod:`okrworkshop.rules.examples`); None for text rules.
    situation: Mapping[str, Any] | None = None

    def render(self, lang: str, params: Mapping[str, Any]) -> tuple[str, str]:
        """Message and hint in ``lang`` with the rule's parameters filled in."""
        if not params:
            return self.message[lang], self.hint[lang]
        values = {k: _display(v, lang) for k, v in params.items()}
        return self.message[lang].format_map(_Missing(values)), self.hint[lang].format_map(_Missing(values))


class _Missing(dict[str, str]):
    """Leave an unknown {field} visible in the message rather than failing a whole check."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _display(value: Any, lang: str) -> str:
    if isinstance(value, Mapping):
        return str(value.get(lang, ""))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") if lang == "fr" else text
    return str(value)


def _entry(raw: dict[str, Any]) -> RuleInfo:
    info = RuleInfo(
        id=raw["id"],
        family=raw["family"],
        severity=raw["severity"],
        target=raw["target"],
        source=raw["source"],
        thresholds=tuple(raw.get("thresholds", ())),
        title=raw["title"],
        message=raw["message"],
        hint=raw["hint"],
        example=raw["example"],
        situation=raw.get("situation"),
    )
    problems = [
        f"family {info.family!r}" * (info.family not in FAMILIES),
        f"severity {info.severity!r}" * (info.severity not in SEVERITIES),
        f"target {info.target!r}" * (info.target not in TARGETS),
    ]
    for name in ("title", "message", "hint", "example"):
        missing = [lang for lang in LANGUAGES if lang not in getattr(info, name)]
        if missing:
            problems.append(f"{name} lacks {', '.join(missing)}")
    problems = [p for p in problems if p]
    if problems:
        raise ValueError(f"rule catalogue entry {info.id!r}: {'; '.join(problems)}")
    return info


@cache
def _load() -> tuple[RuleInfo, ...]:
    with _PATH.open(encoding="utf-8") as handle:
        return tuple(_entry(raw) for raw in json.load(handle))


def catalogue() -> list[RuleInfo]:
    """Every rule of the catalogue, in documentation order."""
    return list(_load())


@cache
def info(rule_id: str) -> RuleInfo:
    """The catalogue entry of one rule (KeyError for an unknown id)."""
    for entry in _load():
        if entry.id == rule_id:
            return entry
    raise KeyError(rule_id)


@cache
def primary_thresholds() -> Mapping[str, str]:
    """Rule id -> its main threshold name, so a workshop can override ``{"too-many-objectives": 4}``."""
    return {entry.id: entry.thresholds[0] for entry in _load() if entry.thresholds}


@cache
def order() -> Mapping[str, int]:
    """Rule id -> position in the catalogue (reports list a card's findings in this order)."""
    return {entry.id: i for i, entry in enumerate(_load())}
