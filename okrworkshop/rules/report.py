"""The findings as a trainer reads them: grouped by team and card, the hint under each finding.

Used by ``okrworkshop check`` (text format). Plain text, in the workshop's language or the one
asked for; only the cards with something to say are listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from okrworkshop.i18n.plural import plural
from okrworkshop.model import Board, KeyResult, Objective, Team
from okrworkshop.rules import rulebook
from okrworkshop.rules.finding import ERROR, INFO, WARNING, Finding, summarize
from okrworkshop.rules.profiles import DEFAULT_PROFILE, PROFILES, profile_id

_WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "heading": "Vérification",
        "untitled": "atelier sans titre",
        "profile": "profil",
        "period": "période",
        "no period": "sans période",
        "workshop": "Atelier",
        "team": "Équipe «\u202f{name}\u202f»",
        "objective": "Objectif {n} «\u202f{title}\u202f»",
        "key_result": "Résultat clé {n} «\u202f{title}\u202f»",
        ERROR: "ERREUR",
        WARNING: "ATTENTION",
        INFO: "INFO",
        "colon": "\u202f: ",
        "summary": "Résumé\u202f: {error}, {warning}, {info}.",
        "counts": {
            ERROR: ("erreur", "erreurs"),
            WARNING: ("avertissement", "avertissements"),
            INFO: ("info", "infos"),
        },
        "nothing": "Rien à signaler\u202f: chaque carte respecte les bonnes pratiques vérifiées.",
        "checked": "{cards} dans {teams}",
        "cards": ("{} carte vérifiée", "{} cartes vérifiées"),
        "teams": ("{} équipe", "{} équipes"),
        "rewrite": "Proposition",
        "rewrite_key_result": "résultat clé à ajouter",
    },
    "en": {
        "heading": "Check",
        "untitled": "untitled workshop",
        "profile": "profile",
        "period": "period",
        "no period": "no period",
        "workshop": "Workshop",
        "team": "Team “{name}”",
        "objective": "Objective {n} “{title}”",
        "key_result": "Key result {n} “{title}”",
        ERROR: "ERROR",
        WARNING: "WARNING",
        INFO: "INFO",
        "colon": ": ",
        "summary": "Summary: {error}, {warning}, {info}.",
        "counts": {ERROR: ("error", "errors"), WARNING: ("warning", "warnings"), INFO: ("info", "infos")},
        "nothing": "Nothing to report: every card follows the practices checked.",
        "checked": "{cards} in {teams}",
        "cards": ("{} card checked", "{} cards checked"),
        "teams": ("{} team", "{} teams"),
        "rewrite": "Suggested",
        "rewrite_key_result": "key result to add",
    },
}
_LABEL_WIDTH = 10
_SHORTEN = 70


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= _SHORTEN else title[: _SHORTEN - 1].rstrip() + "…"


def _count(words: dict[str, Any], severity: str, n: int, lang: str) -> str:
    one, many = words["counts"][severity]
    return plural(n, one, many, lang)


def _finding_lines(finding: Finding, words: dict[str, Any], lang: str, indent: str) -> list[str]:
    label = words[finding.severity].ljust(_LABEL_WIDTH)
    title = rulebook.info(finding.rule).title[lang]
    pad = indent + " " * (_LABEL_WIDTH + 1)
    lines = [
        f"{indent}{label} {title} ({finding.rule})",
        f"{pad}{finding.message}",
        f"{pad}→ {finding.hint}",
    ]
    colon = words["colon"]
    if finding.rewrite:
        lines.append(f"{pad}✎ {words['rewrite']}{colon}{finding.rewrite}")
    if finding.rewrite_key_result:
        lines.append(f"{pad}  + {words['rewrite_key_result']}{colon}{finding.rewrite_key_result}")
    return lines


def format_text(
    board: Board, findings: Iterable[Finding], *, lang: str | None = None, profile: str | None = None
) -> str:
    """The report of ``okrworkshop check`` for a board and its findings."""
    workshop = board.workshop
    lang = lang or (workshop.language if workshop.language in _WORDS else "fr")
    words = _WORDS[lang]
    items = list(findings)
    by_entity: dict[str | None, list[Finding]] = {}
    for finding in items:
        by_entity.setdefault(finding.entity_id, []).append(finding)

    chosen = PROFILES[profile_id(profile or workshop.profile) or DEFAULT_PROFILE]
    period = f"{words['period']} {workshop.period}" if workshop.period.strip() else words["no period"]
    title = workshop.title.strip() or words["untitled"]
    lines = [
        f"{words['heading']}{words['colon']}{title} — {words['profile']} {chosen.title[lang]} — {period}"
    ]
    cards = len(board.objectives()) + len(board.key_results())
    teams = len(board.teams())
    lines.append(
        words["checked"].format(
            cards=plural(cards, words["cards"][0], words["cards"][1], lang),
            teams=plural(teams, words["teams"][0], words["teams"][1], lang),
        )
    )

    if None in by_entity:
        lines += ["", words["workshop"]]
        for finding in by_entity[None]:
            lines += _finding_lines(finding, words, lang, "  ")
    for team in board.teams():
        lines += _team_lines(board, team, by_entity, words, lang)

    counts = summarize(items)
    lines.append("")
    if not items:
        lines.append(words["nothing"])
    lines.append(words["summary"].format(**{s: _count(words, s, counts[s], lang) for s in counts}))
    return "\n".join(lines)


def _team_lines(
    board: Board,
    team: Team,
    by_entity: dict[str | None, list[Finding]],
    words: dict[str, Any],
    lang: str,
) -> list[str]:
    body: list[str] = []
    for finding in by_entity.get(team.id, ()):
        body += _finding_lines(finding, words, lang, "  ")
    for o, objective in enumerate(board.objectives(team.id), start=1):
        body += _card_lines(
            objective,
            words["objective"].format(n=o, title=_short(objective.title)),
            by_entity,
            words,
            lang,
            "  ",
        )
        for k, kr in enumerate(board.key_results(objective.id), start=1):
            label = words["key_result"].format(n=f"{o}.{k}", title=_short(kr.title))
            body += _card_lines(kr, label, by_entity, words, lang, "    ")
    if not body:
        return []
    return ["", words["team"].format(name=team.name), *body]


def _card_lines(
    card: Objective | KeyResult,
    label: str,
    by_entity: dict[str | None, list[Finding]],
    words: dict[str, Any],
    lang: str,
    indent: str,
) -> list[str]:
    found = by_entity.get(card.id)
    if not found:
        return []
    lines = [f"{indent}{label}  [{found[0].path}]"]
    for finding in found:
        lines += _finding_lines(finding, words, lang, indent + "  ")
    return lines
