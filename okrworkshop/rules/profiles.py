"""Rule profiles (how strict the checker is) and the settings a check runs with.

A profile is a set of thresholds: ``workshop`` (the default, for learning, shown as
"Apprentissage" / "Learning" and also accepted as ``learning``: at most 3 objectives per team, 2
to 4 key results each), ``classic`` (Doerr's *Measure What Matters*: up to 5 and 5) and
``focus`` (Wodtke's *Radical Focus*: one objective, three key results). A workshop stores its
profile, its own threshold overrides and the rules it switched off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from okrworkshop.model import Workshop
from okrworkshop.model.value import Value

DEFAULT_PROFILE = "workshop"
#: Other ids a profile is known by: ``learning`` names the default profile after its title
#: ("Apprentissage" / "Learning"); files and scripts keep writing ``workshop``.
PROFILE_ALIASES: Mapping[str, str] = MappingProxyType({"learning": "workshop"})


def profile_id(name: str) -> str | None:
    """The profile id ``name`` stands for (an id or an alias), or None if it names no profile."""
    name = PROFILE_ALIASES.get(name, name)
    return name if name in PROFILES else None


def profile_names() -> tuple[str, ...]:
    """Every name a profile is known by: the ids, then the aliases (for CLI choices and messages)."""
    return (*PROFILES, *PROFILE_ALIASES)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Profile(Value):
    """A named set of thresholds, with a title and a description in French and English."""

    name: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    source: str
    thresholds: Mapping[str, float]
    #: Rule id -> the severity this profile gives it instead of the catalogue's.
    severities: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


#: What each threshold means (French, English): documentation and future settings UI.
THRESHOLDS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "max_objectives": ("objectifs par équipe, au plus", "objectives per team, at most"),
        "min_key_results": ("résultats clés par objectif, au moins", "key results per objective, at least"),
        "max_key_results": ("résultats clés par objectif, au plus", "key results per objective, at most"),
        "max_team_key_results": ("résultats clés par équipe, au plus", "key results per team, at most"),
        "max_objective_words": ("mots dans un objectif, au plus", "words in an objective, at most"),
        "sandbagging_confidence": (
            "confiance moyenne (sur 10) à partir de laquelle un objectif ambitieux est trop prudent",
            "mean confidence (out of 10) from which an aspirational objective plays it too safe",
        ),
        "low_confidence": (
            "confiance moyenne (sur 10) en dessous de laquelle un objectif semble hors de portée",
            "mean confidence (out of 10) below which an objective looks out of reach",
        ),
        "confidence_drops": (
            "baisses de confiance d’affilée, d’un point d’étape à l’autre, qui alertent",
            "drops in confidence in a row, from one check-in to the next, that raise a flag",
        ),
        "weeks_without_check_in": (
            "semaines sans point d’étape à partir desquelles un résultat clé est en retard",
            "weeks without a check-in from which a key result is late",
        ),
        "committed_confidence": (
            "confiance (sur 10) en dessous de laquelle un résultat clé engagé est en danger",
            "confidence (out of 10) below which a committed key result is at risk",
        ),
        "stalled_check_ins": (
            "points d’étape de suite sans progrès vers la cible",
            "check-ins in a row without progress towards the target",
        ),
    }
)

_COMMON = {
    "max_objective_words": 18.0,
    "sandbagging_confidence": 8.5,
    "low_confidence": 2.0,
    "confidence_drops": 2.0,
    "weeks_without_check_in": 2.0,
    "committed_confidence": 8.0,
    "stalled_check_ins": 3.0,
}

PROFILES: Mapping[str, Profile] = MappingProxyType(
    {
        "workshop": Profile(
            "workshop",
            {"fr": "Apprentissage", "en": "Learning"},
            {
                "fr": "Pour apprendre\u202f: 3 objectifs par équipe au plus, 2 à 4 résultats clés chacun.",
                "en": "For learning: at most 3 objectives per team, 2 to 4 key results each.",
            },
            "BOKR2 workshop practice",
            MappingProxyType(
                {
                    **_COMMON,
                    "max_objectives": 3.0,
                    "min_key_results": 2.0,
                    "max_key_results": 4.0,
                    "max_team_key_results": 10.0,
                }
            ),
            # The course insists on "de X à Y": a target without its starting point is a warning.
            MappingProxyType({"kr-no-baseline": "warning"}),
        ),
        "classic": Profile(
            "classic",
            {"fr": "Classique (Doerr)", "en": "Classic (Doerr)"},
            {
                "fr": "Doerr, Measure What Matters\u202f: jusqu’à 5 objectifs et 5 résultats clés chacun.",
                "en": "Doerr, Measure What Matters: up to 5 objectives with up to 5 key results each.",
            },
            "Doerr, Measure What Matters",
            MappingProxyType(
                {
                    **_COMMON,
                    "max_objectives": 5.0,
                    "min_key_results": 2.0,
                    "max_key_results": 5.0,
                    "max_team_key_results": 20.0,
                }
            ),
        ),
        "focus": Profile(
            "focus",
            {"fr": "Focus (Wodtke)", "en": "Focus (Wodtke)"},
            {
                "fr": "Wodtke, Radical Focus\u202f: un seul objectif, trois résultats clés.",
                "en": "Wodtke, Radical Focus: one objective, three key results.",
            },
            "Wodtke, Radical Focus",
            MappingProxyType(
                {
                    **_COMMON,
                    "max_objectives": 1.0,
                    "min_key_results": 3.0,
                    "max_key_results": 3.0,
                    "max_team_key_results": 3.0,
                    "max_objective_words": 15.0,
                }
            ),
        ),
    }
)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Settings(Value):
    """What one check runs with: the profile, the effective thresholds and the rules switched off."""

    profile: Profile
    thresholds: Mapping[str, float]
    disabled: frozenset[str] = field(default_factory=frozenset)


def resolve_settings(
    workshop: Workshop,
    primary_thresholds: Mapping[str, str],
    profile: str | None = None,
) -> Settings:
    """The settings for a workshop, or for an explicitly chosen ``profile``.

    The workshop's own profile comes with its threshold overrides (keyed by threshold name, or by
    rule id for that rule's main threshold, see ``primary_thresholds``); an unknown stored profile
    falls back to the default. An explicit ``profile`` shows the draft as that profile sees it, so
    the workshop's overrides (tuned for its own profile) do not apply. Rules the workshop switched
    off stay off either way: that is the trainer's decision about this room.
    """
    if profile is not None:
        known = profile_id(profile)
        if known is None:
            raise ValueError(f"unknown profile {profile!r} (known: {', '.join(profile_names())})")
        chosen = PROFILES[known]
        return Settings(chosen, chosen.thresholds, frozenset(workshop.disabled_rules))
    chosen = PROFILES[profile_id(workshop.profile) or DEFAULT_PROFILE]
    thresholds = dict(chosen.thresholds)
    for key, value in workshop.thresholds.items():
        name = primary_thresholds.get(key, key)
        if name in thresholds and isinstance(value, (int, float)) and value >= 0:
            thresholds[name] = float(value)
    return Settings(chosen, MappingProxyType(thresholds), frozenset(workshop.disabled_rules))
