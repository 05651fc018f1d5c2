"""The participants' brief of a case as Markdown-ish plain text.

It is copied into ``Workshop.case_brief`` so a workshop file carries its brief even on a laptop
where the case is not installed: context, strategy, key figures, teams and who is who. Rounds,
facilitator notes and reference OKRs stay out of it (they are the facilitator's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from okrworkshop.cases.text import NBSP, Text, format_as_of

if TYPE_CHECKING:
    from okrworkshop.cases.study import CaseStudy, CaseTeam

HEADINGS: dict[str, Text] = {
    "context": Text.of(fr="Contexte", en="Context"),
    "strategy": Text.of(fr="Stratégie", en="Strategy"),
    "figures": Text.of(fr="Chiffres clés", en="Key figures"),
    "teams": Text.of(fr="Équipes", en="Teams"),
    "people": Text.of(fr="Qui est qui", en="Who is who"),
    "period": Text.of(fr="Période des OKR", en="OKR period"),
    "start": Text.of(fr="Où en est le trimestre", en="Where the quarter stands"),
}
#: A follow-up case's starting point: "week 6 of 13 (the quarter began on 4 Jan 2027)".
START_LINE = Text.of(
    fr="semaine {week} sur {weeks} (le trimestre a commencé le {date})\u202f; les OKR sont au tableau, avec leurs points d’étape",
    en="week {week} of {weeks} (the quarter began on {date}); the OKRs are on the board, with their check-ins",
)
#: French puts a (no-break) space before a colon; English does not.
COLON: dict[str, str] = {"fr": f"{NBSP}:", "en": ":"}


def render_brief(case: CaseStudy, lang: str) -> str:
    """The brief in ``lang`` (headings with ``##``, lists with ``-``)."""
    first = case.languages[0]
    colon = COLON.get(lang, ":")
    heading = {key: text.get(lang) for key, text in HEADINGS.items()}
    lines = [f"# {case.title(lang)}", "", case.summary(lang), ""]
    lines += [f"**{heading['period']}{colon}** {case.period(lang)}", ""]
    if case.follow_up is not None:
        start = START_LINE.get(lang).format(
            week=case.follow_up.start_week,
            weeks=case.follow_up.weeks,
            date=format_as_of(case.follow_up.quarter_start, lang),
        )
        lines += [f"**{heading['start']}{colon}** {start}", ""]
    lines += [f"## {heading['context']}", "", case.context.get(lang, first), ""]
    lines += [f"## {heading['strategy']}", "", case.strategy.get(lang, first), ""]
    lines += [f"## {heading['figures']}", ""]
    for row in case.figures(lang):
        note = f" — {row.note}" if row.note else ""
        lines.append(f"- {row.label}{colon} **{row.value_text}** ({row.as_of}){note}")
    lines += ["", f"## {heading['teams']}", ""]
    lines += _team_lines(case, lang, None, 0)
    if case.people:
        lines += ["", f"## {heading['people']}", ""]
        for person in case.people:
            team = f" ({case.team(person.team).name(lang)})" if person.team else ""
            lines.append(f"- {person.name} — {person.role.get(lang, first)}{team}")
    return "\n".join(lines).rstrip() + "\n"


def _team_lines(case: CaseStudy, lang: str, parent: str | None, depth: int) -> list[str]:
    lines: list[str] = []
    children: list[CaseTeam] = [t for t in case.teams if t.parent == parent]
    for team in children:
        mission = f" — {team.mission.get(lang, case.languages[0])}" if team.mission else ""
        lines.append(f"{'  ' * depth}- **{team.name(lang)}**{mission}")
        lines += _team_lines(case, lang, team.id, depth + 1)
    return lines
