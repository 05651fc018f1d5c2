"""Cards as they print, measured in board units (points at 100 % zoom).

An objective prints as one block holding its key results stacked in order, each key result
holding its initiatives; a note prints alone. Every card has a nominal size (what most cards
need); its text is fitted into that size, shrunk down to a minimum size if it is long, and the
card grows once the minimum is reached, so nothing is ever cut. Text is made printable first:
characters the font lacks become □ and are reported with the card's path.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from okrworkshop.model import Board, Initiative, KeyResult, Note, Objective
from okrworkshop.model.progress import confidence_band, progress, score_text, shown_objective_score
from okrworkshop.model.value import Value
from okrworkshop.palette import CARD_COLOURS
from okrworkshop.poster.fonts import BOLD, REGULAR, Face, face, printable
from okrworkshop.poster.labels import label, number
from okrworkshop.poster.quality import Quality
from okrworkshop.poster.text import Fitted, fit

#: Widths match the canvas's default card (see okrworkshop.interchange.layout.CARD_WIDTH).
OBJECTIVE_WIDTH = 260.0
NOTE_WIDTH = 150.0
NOTE_MIN_HEIGHT = 110.0
PAD = 9.0
INSET = 9.0  # key results sit this far inside their objective
INITIATIVE_INDENT = 16.0
GAP = 6.0
#: Finding badges: radius, and distance between the centres of two badges on one card.
BADGE_RADIUS = 7.5
BADGE_STEP = 18.0
#: Height a key result's progress bar adds under its text (bar, confidence dot, spacing).
PROGRESS_ROW = 12.0
PROGRESS_BAR = 4.0
PROGRESS_DOT = 9.0


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class TextStyle(Value):
    """How a card's title prints: its size, the smallest it may shrink to, and the lines it fills."""

    size: float
    min_size: float
    nominal_lines: int
    bold: bool = False


TITLE_STYLES: dict[str, TextStyle] = {
    "objective": TextStyle(12.5, 9.0, 3, bold=True),
    "key_result": TextStyle(11.0, 8.0, 2),
    "initiative": TextStyle(9.5, 7.5, 2),
    "note": TextStyle(10.5, 8.0, 7),
}
DETAIL_STYLE = TextStyle(8.5, 7.0, 1)


@dataclass(slots=True)
class Card:
    """One card: its box relative to the block it belongs to, and its fitted text."""

    entity_id: str
    kind: str  # "objective" | "key_result" | "initiative" | "note"
    x: float
    y: float
    width: float
    height: float
    title: Fitted
    bold: bool
    details: Fitted | None
    fill: str
    #: A key result's share of the way from baseline to target (a bar under its text), and the
    #: red/amber/green band of its confidence (a dot at the bar's end, printed with or without a bar
    #: beside the confidence figure in the details, as on screen).
    progress: float | None = None
    band: str | None = None
    #: The quarter-end score shown on the card (a key result once scored, an objective once one
    #: of its key results is), and the kind of objective whose colours it takes.
    score: float | None = None
    score_kind: str = "aspirational"
    #: The score as printed (``0,7``), and for an objective the height of its own header (the
    #: score row's bottom), above its first key result.
    score_label: str = ""
    own_height: float = 0.0


@dataclass(slots=True)
class Block:
    """What moves together on the board: an objective with all it holds, or a note."""

    entity_id: str
    team_id: str | None
    x: float
    y: float
    width: float
    height: float
    cards: list[Card] = field(default_factory=list)


class CardMaker:
    """Builds blocks for one board, collecting the characters the font could not print."""

    def __init__(
        self,
        board: Board,
        language: str,
        paths: dict[str, str],
        quality: Quality,
        *,
        shrink: bool = True,
        tags: dict[str, str] | None = None,
        numbers: dict[str, str] | None = None,
    ) -> None:
        self.board = board
        #: Whether long text may shrink below its style's size (the wall layout grows cards instead).
        self.shrink = shrink
        #: A line printed on a card (the wall layout's alignment tags: "↑ Direction · O1").
        self.tags = tags or {}
        #: A short name printed first on a card's details ("O1", "KR2"), which tags refer to.
        self.numbers = numbers or {}
        self.quality = quality
        self.language = language
        self.paths = paths
        self.regular = face(REGULAR)
        self.bold = face(BOLD)
        #: One line per card whose text had characters the font lacks.
        self.warnings: list[str] = []

    # ------------------------------------------------------------------ text
    def _clean(self, entity_id: str, text: str, field: str = "") -> str:
        """``text`` made printable; characters the font lacks are reported with the card's path
        and the field they are in (``teams[0].objectives[1] owner 'Léa 🙂': U+1F642 …``)."""
        cleaned, missing = printable(text, (self.regular, self.bold))
        if missing:
            seen = list(dict.fromkeys(m.describe() for m in missing))
            where = " ".join(p for p in (self.paths.get(entity_id, entity_id), field) if p)
            excerpt = " ".join(text.split())
            excerpt = excerpt if len(excerpt) <= 40 else excerpt[:39] + "…"
            self.warnings.append(
                f"{where} ({excerpt!r}): {', '.join(seen)} not in the font "
                f"{self.regular.name}; printed as {missing[0].replacement}"
            )
        return cleaned

    def _fit(self, text: str, style: TextStyle, width: float) -> Fitted:
        used: Face = self.bold if style.bold else self.regular
        nominal_height = style.nominal_lines * style.size * 1.22
        return fit(
            text, used, width, nominal_height, style.size, style.min_size if self.shrink else style.size
        )

    def _card(
        self, entity_id: str, kind: str, x: float, y: float, width: float, title: str, details: str
    ) -> Card:
        style = TITLE_STYLES[kind]
        inner = width - 2 * PAD
        # the title keeps clear of the finding badges in the card's top-right corner
        badges = len(self.quality.badges(entity_id))
        title_width = inner - (badges * BADGE_STEP + 2.0 if badges else 0.0)
        fitted = self._fit(self._clean(entity_id, title), style, title_width)
        # the details' own fields were cleaned (and reported by name) as they were put together
        detail = self._fit(details, DETAIL_STYLE, inner) if details else None
        height = PAD + max(fitted.height, style.size * 1.22) + PAD
        if detail is not None:
            height += 3.0 + detail.height
        return Card(entity_id, kind, x, y, width, height, fitted, style.bold, detail, CARD_COLOURS[kind])

    # --------------------------------------------------------------- details
    def _owner(self, entity_id: str, owner: str) -> str:
        if not owner.strip():
            return ""
        return label(self.language, "owner", self._clean(entity_id, owner.strip(), "owner"))

    def objective_details(self, objective: Objective) -> str:
        parts = [
            self.numbers.get(objective.id, ""),
            label(self.language, objective.kind),
            self._owner(objective.id, objective.owner),
        ]
        line = " · ".join(p for p in parts if p)
        if objective.id in self.tags:
            line = f"{self.tags[objective.id]}\n{line}"
        description = objective.description.strip()
        if description:
            return line + "\n" + self._clean(objective.id, description, "description")
        return line

    def key_result_details(self, kr: KeyResult) -> str:
        lang = self.language
        parts: list[str] = [self.numbers[kr.id]] if kr.id in self.numbers else []
        if kr.kind == "milestone":
            parts.append(label(lang, "milestone"))
        if kr.baseline is not None or kr.target is not None:
            start = number(kr.baseline, lang) if kr.baseline is not None else "?"
            end = number(kr.target, lang) if kr.target is not None else "?"
            arrow = {"increase": "↗", "decrease": "↘"}.get(kr.direction, "→")
            figures = f"{start} {arrow} {end}"
            parts.append(f"{figures} {self._clean(kr.id, kr.unit, 'unit')}".strip())
        elif kr.unit.strip():
            parts.append(self._clean(kr.id, kr.unit.strip(), "unit"))
        if kr.current is not None:
            parts.append(label(lang, "current", number(kr.current, lang)))
        if kr.confidence is not None:
            parts.append(label(lang, "confidence", kr.confidence))
        parts.append(self._owner(kr.id, kr.owner))
        return " · ".join(p for p in parts if p)

    # ---------------------------------------------------------------- blocks
    def objective_block(self, objective: Objective) -> Block:
        """The objective card with its key results and initiatives stacked inside it."""
        board = self.board
        block = Block(objective.id, objective.team_id, objective.x, objective.y, OBJECTIVE_WIDTH, 0.0)
        head = self._card(
            objective.id,
            "objective",
            0.0,
            0.0,
            OBJECTIVE_WIDTH,
            objective.title,
            self.objective_details(objective),
        )
        block.cards.append(head)
        key_results = board.key_results(objective.id)
        head.score, head.score_kind = shown_objective_score(key_results), objective.kind
        if head.score is not None:
            head.height += PROGRESS_ROW
            head.score_label = score_text(head.score, self.language)
        head.own_height = head.height
        y = head.height
        inner_width = OBJECTIVE_WIDTH - 2 * INSET
        for kr in key_results:
            card = self._card(
                kr.id, "key_result", INSET, y, inner_width, kr.title, self.key_result_details(kr)
            )
            card.progress = progress(kr)
            card.band = confidence_band(kr.confidence) if kr.confidence is not None else None
            card.score, card.score_kind = kr.score, objective.kind
            if kr.score is not None:
                card.score_label = score_text(kr.score, self.language)
            if card.progress is not None or card.band is not None or card.score is not None:
                card.height += PROGRESS_ROW
            block.cards.append(card)
            y += card.height + GAP
            for initiative in board.initiatives(kr.id):
                block.cards.append(self.initiative_card(initiative, y))
                y += block.cards[-1].height + GAP
        head.height = y + (INSET - GAP if len(block.cards) > 1 else 0.0)
        block.height = head.height
        return block

    def initiative_card(self, initiative: Initiative, y: float) -> Card:
        width = OBJECTIVE_WIDTH - 2 * INSET - INITIATIVE_INDENT
        return self._card(
            initiative.id,
            "initiative",
            INSET + INITIATIVE_INDENT,
            y,
            width,
            initiative.title,
            " · ".join(
                p
                for p in (self.numbers.get(initiative.id, ""), self._owner(initiative.id, initiative.owner))
                if p
            ),
        )

    def note_block(self, note: Note) -> Block:
        card = self._card(note.id, "note", 0.0, 0.0, NOTE_WIDTH, note.text, self.numbers.get(note.id, ""))
        card.fill = note.colour or CARD_COLOURS["note"]
        card.height = max(card.height, NOTE_MIN_HEIGHT)
        return Block(note.id, note.team_id, note.x, note.y, NOTE_WIDTH, card.height, [card])
