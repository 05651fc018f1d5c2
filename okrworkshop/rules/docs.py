"""The rule catalogue for trainers, as Markdown (``docs/rules.md`` is this module's output).

Regenerate after changing ``catalogue.json`` or a profile::

    python -m okrworkshop.rules.docs > docs/rules.md

A test checks that the committed file is up to date.
"""

from __future__ import annotations

import sys

from okrworkshop.rules.checker import check_board
from okrworkshop.rules.coach import COACHED, suggest
from okrworkshop.rules.examples import example_board
from okrworkshop.rules.profiles import PROFILE_ALIASES, PROFILES, THRESHOLDS
from okrworkshop.rules.rulebook import FAMILIES, LANGUAGES, RuleInfo, catalogue
from okrworkshop.rules.text import analyze

_FAMILY_TITLES = {
    "structure": ("Structure", "Structure"),
    "objective": ("Objectifs", "Objectives"),
    "key_result": ("Résultats clés", "Key results"),
    "followup": ("Suivi", "Follow-up"),
}
_TARGETS = {
    "workshop": ("l’atelier", "the workshop"),
    "team": ("une équipe", "a team"),
    "objective": ("un objectif", "an objective"),
    "key_result": ("un résultat clé", "a key result"),
    "card": ("un objectif ou un résultat clé", "an objective or a key result"),
}
_SEVERITIES = {
    "error": ("erreur", "error"),
    "warning": ("avertissement", "warning"),
    "info": ("info", "info"),
}
_INTRO = """\
# Catalogue des règles — Rule catalogue

Le vérificateur relit chaque carte comme le ferait un coach OKR, en français et en anglais.
Chaque règle a une **sévérité** : *erreur* (la structure ne tient pas : `okrworkshop check` sort
avec le code 1), *avertissement* (une pratique à revoir) ou *info* (une remarque). Les règles de
texte sont des heuristiques : elles avertissent et expliquent, elles ne bloquent jamais, et elles
préfèrent se taire quand une carte peut se lire des deux façons. Les champs structurés comptent :
un résultat clé avec un point de départ et une cible (ou déclaré « jalon ») est mesurable même
si son titre ne contient aucun chiffre.

The checker reads every card the way an OKR coach would, in French and in English. Each rule has
a **severity**: *error* (the structure does not hold: `okrworkshop check` exits with code 1),
*warning* (a practice to rework) or *info* (a remark). Text rules are heuristics: they warn and
explain, never block, and stay silent when a card can be read both ways. Structured fields count:
a key result with a baseline and a target (or marked as a milestone) is measurable even when its
title has no figure.

Un atelier choisit son profil, peut ajuster chaque seuil (par nom de seuil, ou par identifiant de
règle pour le seuil principal de la règle) et désactiver des règles. `okrworkshop check --profile
NOM` montre le brouillon tel qu’un autre profil le voit (sans les seuils ajustés de l’atelier).

A workshop picks its profile, may adjust each threshold (by threshold name, or by rule id for the
rule's main threshold) and switch rules off. `okrworkshop check --profile NAME` shows the draft as
another profile sees it (without the workshop's adjusted thresholds).

Pour les défauts qu’une reformulation corrige (tâche au lieu d’un résultat, résultat clé non
mesurable ou sans point de départ, mesure d’activité, chiffre dans l’objectif), le **coach**
propose une réécriture construite avec les mots de la carte, les blancs `_` à compléter :
`okrworkshop check` l’affiche (`"rewrite"` en JSON), l’info-bulle de la carte et la liste des
constats l’offrent avec **Appliquer**.

For the flaws a rewording fixes (a task instead of an outcome, a key result that is not
measurable or lacks its starting point, an activity metric, a figure in the objective), the
**coach** proposes a rewrite built from the card's own words, with `_` blanks to fill in:
`okrworkshop check` prints it (`"rewrite"` in JSON), and the card's tooltip and the findings list
offer it with **Apply**.

Chaque règle montre son exemple signalé et son exemple correct, et le message tel que le
vérificateur le donne sur l’exemple signalé : les nombres sont ceux de cet exemple, avec le profil
`workshop` (Apprentissage). Un test fait passer chaque exemple dans le vérificateur.

Each rule shows its flagged and passing examples, and the message as the checker gives it on the
flagged example: the numbers are that example's, with the `workshop` (Learning) profile. A test
runs every example through the checker.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ") or "—"


def _profiles() -> list[str]:
    names = list(PROFILES)
    lines = [
        "## Profils — Profiles",
        "",
        "| seuil — threshold | " + " | ".join(f"`{n}`" for n in names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for key, (fr, en) in THRESHOLDS.items():
        values = " | ".join(f"{PROFILES[n].thresholds[key]:g}" for n in names)
        lines.append(f"| `{key}` — {fr} / {en} | {values} |")
    lines.append("")
    for name in names:
        profile = PROFILES[name]
        aliases = "".join(f" (ou / or `{a}`)" for a, n in PROFILE_ALIASES.items() if n == name)
        lines.append(
            f"- **`{name}`**{aliases}, « {profile.title['fr']} » / “{profile.title['en']}” — "
            f"{profile.description['fr']} / {profile.description['en']}".replace("« ", "«\u202f").replace(
                " »", "\u202f»"
            )
        )
        for rule_id, severity in profile.severities.items():
            fr, en = _SEVERITIES[severity]
            lines.append(
                f"  - [`{rule_id}`](#{rule_id}) : **{fr}** dans ce profil / **{en}** in this profile"
            )
    return [*lines, ""]


def _severity(entry: RuleInfo) -> str:
    severity = _SEVERITIES[entry.severity]
    text = f"**{severity[0]} / {severity[1]}**"
    for name, profile in PROFILES.items():
        other = profile.severities.get(entry.id)
        if other is not None:
            fr, en = _SEVERITIES[other]
            text += f" (profil / profile `{name}`: **{fr} / {en}**)"
    return text


def _rewrite_row(entry: RuleInfo) -> list[str]:
    """The coach's rewrite of the rule's flagged example, in each language (coached rules only)."""
    if entry.id not in COACHED:
        return []
    cells = []
    for lang in LANGUAGES:
        found = suggest(entry.id, analyze(entry.example[lang]["bad"], lang))
        if found is None:
            cells.append("—")
            continue
        key_result = found.key_result
        extra = (" + RC / KR : " if lang == "fr" else " + KR: ") + f"`{key_result}`" if key_result else ""
        cells.append(f"`{found.title}`{extra}")
    return [f"| Réécriture proposée / suggested rewrite | {_cell(cells[0])} | {_cell(cells[1])} |"]


def _as_flagged(entry: RuleInfo, lang: str) -> tuple[str, str]:
    """The message and hint the checker gives the rule's flagged example (its numbers filled in)."""
    built = example_board(entry, lang, "bad")
    for finding in check_board(built.board, lang=lang):
        if finding.rule == entry.id and finding.entity_id == built.target:
            return finding.message, finding.hint
    raise ValueError(f"the flagged example of {entry.id!r} ({lang}) is not flagged: fix the catalogue")


def _rule(entry: RuleInfo) -> list[str]:
    fr_message, fr_hint = _as_flagged(entry, "fr")
    en_message, en_hint = _as_flagged(entry, "en")
    target = _TARGETS[entry.target]
    thresholds = ", ".join(f"`{t}`" for t in entry.thresholds) or "—"
    return [
        f'<a id="{entry.id}"></a>',
        "",
        f"### `{entry.id}` — {entry.title['fr']} / {entry.title['en']}",
        "",
        f"Sévérité / severity: {_severity(entry)} · porte sur / applies to: "
        f"{target[0]} / {target[1]} · seuils / thresholds: {thresholds} · source: *{entry.source}*",
        "",
        "| | Français | English |",
        "|---|---|---|",
        f"| Ce qu’elle relève / what it catches | {_cell(fr_message)} | {_cell(en_message)} |",
        f"| Exemple signalé / flagged example | {_cell(entry.example['fr']['bad'])} | {_cell(entry.example['en']['bad'])} |",
        *_rewrite_row(entry),
        f"| Exemple correct / passing example | {_cell(entry.example['fr']['good'])} | {_cell(entry.example['en']['good'])} |",
        f"| Conseil / hint | {_cell(fr_hint)} | {_cell(en_hint)} |",
        "",
    ]


def render_markdown() -> str:
    """The whole catalogue page."""
    rules = catalogue()
    lines = [_INTRO, *_profiles()]
    lines.append(f"## Règles — Rules ({len(rules)})")
    lines.append("")
    for family in FAMILIES:
        fr, en = _FAMILY_TITLES[family]
        members = [r for r in rules if r.family == family]
        lines.append(f"### {fr} — {en}")
        lines.append("")
        lines += [f"- [`{r.id}`](#{r.id}) — {r.title['fr']} / {r.title['en']}" for r in members]
        lines.append("")
    for family in FAMILIES:
        fr, en = _FAMILY_TITLES[family]
        lines += [f"## {fr} — {en}", ""]
        for entry in rules:
            if entry.family == family:
                lines += _rule(entry)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render_markdown())
