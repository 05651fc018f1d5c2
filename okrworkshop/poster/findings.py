"""The findings panel: what the checker found, card by card, in a few words the room can read.

A badge on a card says *that* something is wrong and how serious it is; the panel says *what*:
one line per finding, the badge's shape, the card's short name as printed on it (team, then
"O1 KR2") and the rule's title from the catalogue in the workshop's language ("Pas de valeur de
départ"). It is printed above the footer, in columns, only when the sheet's cards have findings;
a long list is cut at a fifth of the sheet and says how many more there are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from okrworkshop.model import Board, Team
from okrworkshop.model.value import Value
from okrworkshop.poster.fonts import REGULAR, face, printable
from okrworkshop.poster.labels import label
from okrworkshop.poster.marks import INK, severity_mark
from okrworkshop.poster.quality import Quality
from okrworkshop.poster.shapes import Shape, Text
from okrworkshop.poster.text import LEADING, fit

#: Type sizes on A0 (scaled with the sheet): the entries print at the details' floor.
ENTRY_SIZE = 18.0
HEADING_SIZE = 22.0
#: A column holds about this many em of text; the panel never takes more than this share of the
#: sheet's height.
COLUMN_EMS = 40.0
MAX_SHARE = 0.2


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Entry(Value):
    """One line of the panel: a finding's severity, the card's short name and the rule's title."""

    severity: str
    reference: str
    title: str

    def text(self) -> str:
        return f"{self.reference} — {self.title}"


@dataclass(slots=True)
class Panel:
    """The panel laid out relative to its own top edge (placed once the page knows its height)."""

    height: float
    items: list[Shape]
    entries: list[Entry]

    def shapes(self, top: float) -> list[Shape]:
        from okrworkshop.poster.frame import shift

        return [shift(s, top) for s in self.items]


EMPTY = Panel(0.0, [], [])


def rule_title(rule_id: str, language: str) -> str:
    """The rule's short title from the catalogue, in ``language`` (English, then the id, if missing)."""
    from okrworkshop.rules.rulebook import info

    try:
        titles = info(rule_id).title
    except KeyError:
        return rule_id
    title = titles.get(language) or titles.get("en") or rule_id
    return title.replace("'", "’") if language == "fr" else title


def card_references(board: Board, numbers: dict[str, str], language: str) -> dict[str, str]:
    """Entity id -> how the panel names it: "Direction · O1 KR2", a team by its name."""
    references: dict[str, str] = {}
    for team in board.teams():
        references[team.id] = team.name
        for objective in board.objectives(team.id):
            o = numbers.get(objective.id, "?")
            references[objective.id] = f"{team.name} · {o}"
            for kr in board.key_results(objective.id):
                k = numbers.get(kr.id, "?")
                references[kr.id] = f"{team.name} · {o} {k}"
                for initiative in board.initiatives(kr.id):
                    references[initiative.id] = f"{team.name} · {o} {k} {numbers.get(initiative.id, '?')}"
    for note in board.notes():
        holder = board.find(note.team_id) if note.team_id else None
        where = holder.name if isinstance(holder, Team) else label(language, "free_notes")
        references[note.id] = f"{where} · {numbers.get(note.id, '?')}"
    return references


def entries(
    board: Board, quality: Quality, numbers: dict[str, str], language: str, shown: set[str] | None = None
) -> list[Entry]:
    """The panel's lines in draft order (team, its objectives, their key results …, then notes);
    only the cards and teams in ``shown`` when given (the cards of one sheet)."""
    if not quality.rules:
        return []
    references = card_references(board, numbers, language)
    found: list[Entry] = []
    for entity_id, reference in references.items():
        if shown is not None and entity_id not in shown:
            continue
        for severity, rule_id in quality.rules.get(entity_id, ()):
            found.append(Entry(severity, reference, rule_title(rule_id, language)))
    return found


def panel(
    found: list[Entry], language: str, left: float, width: float, page_height: float, k: float
) -> Panel:
    """The panel for ``found``, from ``left`` over ``width`` points (empty when there is nothing to say)."""
    if not found:
        return EMPTY
    regular = face(REGULAR)
    size, heading_size = ENTRY_SIZE * k, HEADING_SIZE * k
    items: list[Shape] = []
    heading = label(language, "findings_title")
    items.append(Text(left, 0.0, (heading,), heading_size, heading_size * LEADING, INK, bold=True))
    top = heading_size * LEADING + 6.0 * k
    columns = max(1, math.floor(width / (size * COLUMN_EMS)))
    gutter = 1.5 * size
    column_width = (width - (columns - 1) * gutter) / columns
    mark = size * 1.3  # room for the severity's shape before the text
    budget = MAX_SHARE * page_height - top
    laid = []
    for entry in found:
        cleaned, _missing = printable(entry.text(), (regular,))
        text = fit(cleaned, regular, column_width - mark, math.inf, size, size)
        laid.append((entry, text))
    # fill the columns in turn, each to the panel's height: try the shortest panel that holds all
    rows_needed = _columns_height([t.height for _e, t in laid], columns, 4.0 * k)
    cut = len(laid)
    while rows_needed > budget and cut > 1:
        cut -= 1
        more = fit(
            label(language, "findings_more", len(laid) - cut), regular, column_width, math.inf, size, size
        )
        rows_needed = _columns_height([t.height for _e, t in laid[:cut]] + [more.height], columns, 4.0 * k)
    shown = laid[:cut]
    heights = [t.height for _e, t in shown]
    if cut < len(laid):
        heights.append(
            fit(
                label(language, "findings_more", len(laid) - cut), regular, column_width, math.inf, size, size
            ).height
        )
    column_height = _columns_height(heights, columns, 4.0 * k)
    x, y = left, top
    for index in range(len(heights)):
        height = heights[index]
        if y > top and y + height > top + column_height + 0.01:
            x, y = x + column_width + gutter, top
        if index < len(shown):
            entry, text = shown[index]
            items.extend(severity_mark(entry.severity, x + mark * 0.4, y + size * 0.6, size * 0.42))
            items.append(Text(x + mark, y, text.lines, text.size, text.leading, INK))
        else:
            more_text = label(language, "findings_more", len(laid) - cut)
            items.append(Text(x, y, (more_text,), size, size * LEADING, INK))
        y += height + 4.0 * k
    return Panel(top + column_height, items, [e for e, _t in shown])


def _columns_height(heights: list[float], columns: int, gap: float) -> float:
    """The smallest column height that holds ``heights`` in order in ``columns`` columns."""
    if not heights:
        return 0.0
    low, high = max(heights), sum(heights) + gap * len(heights)
    for _ in range(40):
        middle = (low + high) / 2
        if _columns_for(heights, middle, gap) <= columns:
            high = middle
        else:
            low = middle
    return high


def _columns_for(heights: list[float], column_height: float, gap: float) -> int:
    used, y = 1, 0.0
    for height in heights:
        if y > 0 and y + height > column_height + 0.01:
            used, y = used + 1, 0.0
        y += height + gap
    return used
