"""Preparing the next quarter from a retrospective: the kept and adjusted cards in a new workshop.

Qt-free. :func:`next_quarter_board` builds the new workshop's board from the one whose quarter
ends: every objective and key result the teams keep or adjust comes along (a card without a
decision counts as kept; a dropped one is left out, and a dropped objective takes its key results
with it), with its values reset for a new quarter — the baseline is the value the key result
reached (its last check-in), no current value, no confidence, no score, no decision, no check-in.
Initiatives are the plan of the quarter that ends and stay with it, as do notes, rounds and
snapshots. Teams keep their lanes. Alignments follow when both ends come along. The new workshop's
brief says where it comes from, which cards to rewrite (those to adjust) and what each team learnt.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date

from okrworkshop.cases.text import format_number
from okrworkshop.interchange import place_missing
from okrworkshop.model import Board, Entity, KeyResult, Objective, Team, Workshop, new_id

#: ``T1 2027``, ``Q4 2026`` (T for trimestre, Q for quarter) and ``2027-T1``, ``2026 Q4``.
_QUARTER_FIRST = re.compile(r"\b([TQ])([1-4])(\s*[-/ ]?\s*)(\d{4})\b")
_YEAR_FIRST = re.compile(r"\b(\d{4})(\s*[-/ ]?\s*)([TQ])([1-4])\b")

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "from": "Trimestre préparé à partir de la rétrospective de «\u202f{title}\u202f»{period}.",
        "adjust": "À ajuster",
        "adjust_intro": "Ces cartes reviennent pour être réécrites avant de démarrer\u202f:",
        "lessons": "Ce que les équipes ont appris",
        "colon": "\u202f:",
        "quarter": " ({period})",
    },
    "en": {
        "from": "Quarter prepared from the retrospective of “{title}”{period}.",
        "adjust": "To adjust",
        "adjust_intro": "These cards come back to be rewritten before the quarter starts:",
        "lessons": "What the teams learnt",
        "colon": ":",
        "quarter": " ({period})",
    },
}


def next_period(period: str, today: date | None = None) -> str:
    """The quarter after ``period``, written the same way (``T4 2027`` -> ``T1 2028``).

    A period that names no quarter gives the quarter after today's, as ``2027-T2`` (``Q`` in
    English is the caller's choice: see :func:`quarter_label`).
    """
    found = _QUARTER_FIRST.search(period)
    if found is not None:
        letter, quarter, sep, year = found.group(1), int(found.group(2)), found.group(3), int(found.group(4))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
        return period[: found.start()] + f"{letter}{quarter}{sep}{year}" + period[found.end() :]
    found = _YEAR_FIRST.search(period)
    if found is not None:
        year, sep, letter, quarter = int(found.group(1)), found.group(2), found.group(3), int(found.group(4))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
        return period[: found.start()] + f"{year}{sep}{letter}{quarter}" + period[found.end() :]
    today = today or date.today()
    quarter = (today.month - 1) // 3 + 1
    year, quarter = (today.year + 1, 1) if quarter == 4 else (today.year, quarter + 1)
    return f"{year}-T{quarter}"


def quarter_label(period: str, language: str) -> str:
    """``2027-T2`` in French, ``2027-Q2`` in English, for a period :func:`next_period` made up."""
    return (
        period.replace("-T", "-Q") if language == "en" and re.fullmatch(r"\d{4}-T[1-4]", period) else period
    )


@dataclass(frozen=True, slots=True)
class Carried:
    """What the preparation carried over and left out (to tell the trainer)."""

    objectives: int
    key_results: int
    to_adjust: int
    dropped: int
    undecided: int


def next_title(workshop: Workshop, period: str) -> str:
    """The new workshop's title: the old period replaced by the new one, or the new one added."""
    title = workshop.title.strip()
    if workshop.period and workshop.period in title:
        return title.replace(workshop.period, period)
    return f"{title} — {period}" if title else period


def file_stem(title: str) -> str:
    """A file name from a title: characters files cannot hold replaced, spaces kept."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", title).strip(" .-")
    return cleaned[:120] or "workshop"


def next_quarter_board(board: Board, today: date | None = None) -> tuple[Board, Carried]:
    """The next quarter's board (see the module docstring) and what was carried over."""
    old = board.workshop
    period = quarter_label(next_period(old.period, today), old.language)
    texts = _TEXTS.get(old.language, _TEXTS["en"])
    entities: list[Entity] = []
    ids: dict[str, str] = {}
    for team in board.teams():
        ids[team.id] = new_id()
    for team in board.teams():
        entities.append(
            dataclasses.replace(
                team,
                id=ids[team.id],
                parent_id=ids.get(team.parent_id) if team.parent_id else None,
                lessons="",
            )
        )
    kept_objectives: list[Objective] = []
    adjust: list[tuple[Team | None, str]] = []
    dropped = undecided = key_results = 0
    for objective in board.objectives():
        if objective.decision == "drop":
            dropped += 1 + len(board.key_results(objective.id))
            continue
        undecided += objective.decision == ""
        ids[objective.id] = new_id()
        kept_objectives.append(objective)
        if objective.decision == "adjust":
            adjust.append((board.team_of(objective.id), objective.title))
        entities.append(
            dataclasses.replace(
                objective,
                id=ids[objective.id],
                team_id=ids[objective.team_id],
                aligned_to=None,
                decision="",
                x=0.0,
                y=0.0,
            )
        )
        order = 0
        for kr in board.key_results(objective.id):
            if kr.decision == "drop":
                dropped += 1
                continue
            undecided += kr.decision == ""
            ids[kr.id] = new_id()
            if kr.decision == "adjust":
                adjust.append((board.team_of(kr.id), kr.title))
            key_results += 1
            entities.append(_reset(kr, ids[kr.id], ids[objective.id], float(order), old.language))
            order += 1
    aligned: list[tuple[str, str]] = []
    for objective in kept_objectives:
        if objective.aligned_to is not None and objective.aligned_to in ids:
            aligned.append((ids[objective.id], ids[objective.aligned_to]))
    workshop = dataclasses.replace(
        old,
        title=next_title(old, period),
        period=period,
        case_id="",
        case_brief=_brief(board, period, adjust, texts),
    )
    result = Board(workshop)
    result.load(workshop, entities)
    for objective_id, target in aligned:
        result.update(objective_id, aligned_to=target)
    place_missing(result, set())
    return result, Carried(len(kept_objectives), key_results, len(adjust), dropped, undecided)


def _reset(kr: KeyResult, kr_id: str, objective_id: str, order: float, language: str) -> KeyResult:
    """The key result for a new quarter: it starts where it got to, with nothing checked in yet."""
    reached = kr.current if kr.current is not None else kr.baseline
    return dataclasses.replace(
        kr,
        title=restarted_title(kr.title, kr.baseline, reached, language),
        id=kr_id,
        objective_id=objective_id,
        baseline=reached,
        current=None,
        confidence=None,
        score=None,
        decision="",
        order=order,
    )


_NUMBER = re.compile(
    r"(?<![\w,.])\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:[.,]\d+)?(?![\w])|(?<![\w,.])\d+(?:[.,]\d+)?(?![\w])"
)


def _value(text: str, language: str) -> float | None:
    plain = re.sub(r"[ \u202f\u00a0]", "", text)
    plain = plain.replace(",", ".") if language == "fr" else plain.replace(",", "")
    try:
        return float(plain)
    except ValueError:
        return None


def restarted_title(title: str, baseline: float | None, reached: float | None, language: str) -> str:
    """The title with its starting figure changed to where the key result got to.

    Only when the old baseline appears exactly once in the title ("de 82 % à 95 %" -> "de 88 % à
    95 %"); otherwise the title is left as written (the team rewrites it).
    """
    if baseline is None or reached is None or baseline == reached:
        return title
    found = [m for m in _NUMBER.finditer(title) if _value(m.group(), language) == baseline]
    if len(found) != 1:
        return title
    match = found[0]
    return title[: match.start()] + format_number(reached, language) + title[match.end() :]


def _brief(board: Board, period: str, adjust: list[tuple[Team | None, str]], texts: dict[str, str]) -> str:
    old = board.workshop
    shown_period = texts["quarter"].format(period=old.period) if old.period else ""
    lines = [
        f"# {next_title(old, period)}",
        "",
        texts["from"].format(title=old.title, period=shown_period),
        "",
    ]
    if adjust:
        lines += [f"## {texts['adjust']}", "", texts["adjust_intro"], ""]
        for team, title in adjust:
            lines.append(f"- **{team.name if team else ''}**{texts['colon']} {title}")
        lines.append("")
    learnt = [t for t in board.teams() if t.lessons.strip()]
    if learnt:
        lines += [f"## {texts['lessons']}", ""]
        for team in learnt:
            lines += [f"**{team.name}**", "", team.lessons.strip(), ""]
    return "\n".join(lines).rstrip() + "\n"
