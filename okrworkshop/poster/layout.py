"""The poster page: header, the arranged board scaled into the sheet, footer — as shapes.

:func:`layout_poster` is pure geometry from the model (never from the canvas scene), so it
runs headless; the PDF and PNG renderers draw its shapes. Typographic sizes of the header and
footer scale with the sheet (A0 is the reference); card text scales with the board, and card
text on A0 stays large enough to read from two metres on a board of workshop size.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from okrworkshop import __version__
from okrworkshop.model import Board, KeyResult, Objective, card_paths
from okrworkshop.palette import CARD_COLOURS, SEVERITY_COLOURS
from okrworkshop.poster.arrange import LAYOUTS, Arrangement, Lane, arrange
from okrworkshop.poster.cards import BADGE_RADIUS, BADGE_STEP, PAD, TITLE_STYLES, Block, Card, CardMaker
from okrworkshop.poster.fonts import BOLD, REGULAR, face, printable
from okrworkshop.poster.labels import counted, label, long_date
from okrworkshop.poster.paper import POSTER_PAPERS, Sheet, sheet
from okrworkshop.poster.quality import SEVERITIES, Quality
from okrworkshop.poster.shapes import Circle, Line, Point, Polygon, Rect, Shape, Text
from okrworkshop.poster.text import LEADING, fit

A0_SHORT_SIDE = sheet("A0").short_side
#: Card text on A0 should be at least this big to be read from two metres.
READABLE_AT_A0 = 14.0
#: Cards never print larger than this many times their board size on A0 (a tiny board would
#: otherwise fill the sheet with giant letters).
MAX_SCALE_AT_A0 = 3.2
INK = "#222222"
MUTED = "#5a5a5a"
ARROW = "#2c3e50"
#: Board coordinates -> page coordinates.
Transform = Callable[[float, float], Point]
BORDERS = {"objective": None, "key_result": "#9bb3cc", "initiative": "#b5b5b5", "note": "#b8a655"}


@dataclass(frozen=True, slots=True)
class PosterOptions:
    """What to print and how (the CLI flags and the export dialog's fields)."""

    paper: str = "A0"
    landscape: bool = False
    layout: str = "auto"
    #: Language of the printed labels; None: the workshop's.
    language: str | None = None
    #: Shown in the header when set (the round or snapshot being printed).
    round_name: str = ""
    snapshot_name: str = ""
    #: ISO date printed in the header; empty: today.
    date: str = ""
    #: A line of the trainer's own under the footer.
    note: str = ""

    def __post_init__(self) -> None:
        if self.paper.upper() not in POSTER_PAPERS:
            raise ValueError(f"paper must be one of {', '.join(POSTER_PAPERS)}, not {self.paper!r}")
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {self.layout!r}")


@dataclass(slots=True)
class PosterLayout:
    """One laid-out poster page."""

    sheet: Sheet
    shapes: list[Shape]
    #: One line each: characters the font lacks, text too small to read from afar.
    warnings: list[str]
    #: Page rectangle (x, y, width, height) of every card, by entity id.
    card_boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    #: Smallest card text size on the page, in points.
    smallest_text: float = 0.0
    #: Board units -> page points.
    scale: float = 1.0
    layout: str = "board"
    language: str = "en"


def layout_poster(board: Board, options: PosterOptions, quality: Quality) -> PosterLayout:
    """Lay the board out on one sheet as ``options`` ask, with ``quality``'s badges and summary."""
    language = options.language or board.workshop.language
    page = sheet(options.paper, options.landscape)
    k = page.short_side / A0_SHORT_SIDE  # typographic scale of the sheet
    margin = 40.0 * k
    maker = CardMaker(board, language, card_paths(board), quality)
    blocks = [maker.objective_block(o) for o in board.objectives()]
    blocks += [maker.note_block(n) for n in board.notes()]

    shapes: list[Shape] = []
    header_bottom = _header(board, options, language, page, k, margin, shapes, maker)
    footer = _footer(options, language, page, k, margin, quality)
    footer_top = page.height - margin - footer.height
    area = (margin, header_bottom + 24.0 * k, page.width - 2 * margin, footer_top - 24.0 * k)
    area_width, area_height = area[2], area[3] - area[1]

    arrangement = arrange(board, blocks, options.layout, aspect=area_width / max(area_height, 1.0))
    left, top, right, bottom = arrangement.bounds()
    scale = min(area_width / (right - left), area_height / (bottom - top), MAX_SCALE_AT_A0 * k)
    offset_x = area[0] + (area_width - (right - left) * scale) / 2 - left * scale
    offset_y = area[1] - top * scale  # top-aligned under the header

    def at(x: float, y: float) -> Point:
        return (offset_x + x * scale, offset_y + y * scale)

    result = PosterLayout(page, shapes, list(maker.warnings), scale=scale, language=language)
    result.layout = arrangement.layout
    for lane in arrangement.lanes:
        _lane(lane, at, scale, language, quality, shapes, maker)
    smallest = math.inf
    for block in arrangement.blocks:
        for card in block.cards:
            smallest = min(smallest, _card(block, card, at, scale, quality, shapes, board))
            x, y = at(block.x + card.x, block.y + card.y)
            result.card_boxes[card.entity_id] = (x, y, card.width * scale, card.height * scale)
    # arrows on top, see-through: a link that crosses a card stays visible and followable
    boxes = _card_boxes(arrangement)
    for objective in board.objectives():
        _arrow(board, objective, boxes, at, scale, shapes)
    shapes.extend(footer.shapes(footer_top))
    result.smallest_text = 0.0 if smallest is math.inf else smallest
    # Readability is judged on ordinary key-result text (a long card shrunk to fit is the
    # exception), at the size it would have on A0.
    body = TITLE_STYLES["key_result"].size * scale / k
    if arrangement.blocks and body < READABLE_AT_A0:
        result.warnings.append(
            f"card text is {body:.1f} pt at A0 scale (about {READABLE_AT_A0:.0f} pt reads from two "
            "metres): try the tidy layout, the other orientation, or fewer cards per poster"
        )
    return result


# ------------------------------------------------------------------------ header
def _header(
    board: Board,
    options: PosterOptions,
    language: str,
    page: Sheet,
    k: float,
    margin: float,
    shapes: list[Shape],
    maker: CardMaker,
) -> float:
    """Draw the header; returns its bottom edge."""
    workshop = board.workshop
    width = page.width - 2 * margin
    title_text = maker_clean(maker, "workshop.title", workshop.title.strip() or "okrworkshop")
    title = fit(title_text, face(BOLD), width, 2 * 56.0 * k * LEADING, 56.0 * k, 30.0 * k)
    shapes.append(Text(margin, margin, title.lines, title.size, title.leading, INK, bold=True))
    y = margin + title.height + 6.0 * k
    parts = []
    if workshop.case_id:
        parts.append(label(language, "case", workshop.case_id))
    if options.round_name:
        parts.append(label(language, "round", options.round_name))
    if options.snapshot_name:
        parts.append(label(language, "snapshot", options.snapshot_name))
    parts.append(
        label(language, "date", long_date(options.date or datetime.date.today().isoformat(), language))
    )
    if workshop.period:
        parts.append(label(language, "period", workshop.period))
    if workshop.facilitator:
        parts.append(label(language, "facilitator", workshop.facilitator))
    meta_text = maker_clean(maker, "workshop", "   ·   ".join(parts))
    meta = fit(meta_text, face(REGULAR), width, 22.0 * k * LEADING * 3, 22.0 * k, 14.0 * k)
    shapes.append(Text(margin, y, meta.lines, meta.size, meta.leading, MUTED))
    y += meta.height + 12.0 * k
    shapes.append(Line(((margin, y), (page.width - margin, y)), "#9a9a9a", 1.5 * k))
    return y


def maker_clean(maker: CardMaker, where: str, text: str) -> str:
    """Printable header/footer text (missing glyphs reported like a card's)."""
    cleaned, missing = printable(text, (maker.regular, maker.bold))
    if missing:
        names = ", ".join(dict.fromkeys(m.describe() for m in missing))
        maker.warnings.append(f"{where}: {names} not in the font {maker.regular.name}; printed as □")
    return cleaned


# ------------------------------------------------------------------------ footer
@dataclass(slots=True)
class _Footer:
    """The footer, laid out relative to its own top edge (placed once its height is known)."""

    height: float
    items: list[Shape]

    def shapes(self, top: float) -> list[Shape]:
        return [_shift(s, top) for s in self.items]


def _shift(shape: Shape, dy: float) -> Shape:
    if isinstance(shape, Text):
        return Text(
            shape.x,
            shape.y + dy,
            shape.lines,
            shape.size,
            shape.leading,
            shape.colour,
            shape.bold,
            shape.centred,
        )
    if isinstance(shape, Rect):
        return Rect(
            shape.x,
            shape.y + dy,
            shape.width,
            shape.height,
            shape.fill,
            shape.stroke,
            shape.line_width,
            shape.radius,
        )
    if isinstance(shape, Circle):
        return Circle(shape.cx, shape.cy + dy, shape.r, shape.fill)
    if isinstance(shape, Polygon):
        return Polygon(tuple((x, y + dy) for x, y in shape.points), shape.fill, shape.alpha)
    return Line(
        tuple((x, y + dy) for x, y in shape.points), shape.colour, shape.width, shape.dash, shape.alpha
    )


def _footer(
    options: PosterOptions, language: str, page: Sheet, k: float, margin: float, quality: Quality
) -> _Footer:
    items: list[Shape] = []
    width = page.width - 2 * margin
    regular, bold = face(REGULAR), face(BOLD)
    items.append(Line(((margin, 0.0), (page.width - margin, 0.0)), "#9a9a9a", 1.5 * k))
    y = 12.0 * k
    if quality.summary is None:
        summary = label(language, "summary_missing")
    elif not any(quality.summary.values()):
        summary = label(language, "summary_clean")
    else:
        summary = label(
            language, "summary", **{s: counted(language, s, quality.summary[s]) for s in SEVERITIES}
        )
    line = fit(summary, bold, width, 22.0 * k * LEADING, 22.0 * k, 14.0 * k)
    items.append(Text(margin, y, line.lines, line.size, line.leading, INK, bold=True))
    y += line.height + 8.0 * k

    # legend: badge shapes, card kinds, alignment arrow — one row, wrapping on small sheets
    size = 16.0 * k
    x, row_height = margin, size * LEADING
    entries: list[tuple[str, str]] = [(f"badge:{s}", label(language, f"legend_{s}")) for s in SEVERITIES]
    entries += [(f"card:{c}", label(language, c)) for c in ("objective", "key_result", "initiative", "note")]
    entries.append(("arrow", label(language, "legend_arrow")))
    for kind, text in entries:
        mark = size * 1.6
        needed = mark + 0.4 * size + regular.width(text, size) + 1.4 * size
        if x + needed > margin + width and x > margin:
            x, y = margin, y + row_height + 6.0 * k
        cy = y + row_height / 2
        if kind.startswith("badge:"):
            items.extend(badge(kind[6:], 1, x + mark / 2, cy, size * 0.55))
        elif kind.startswith("card:"):
            card_kind = kind[5:]
            border = BORDERS[card_kind] or "#4e79a7"
            items.append(
                Rect(x, cy - size * 0.5, mark, size, CARD_COLOURS[card_kind], border, 1.2 * k, 3.0 * k)
            )
        else:
            items.extend(arrow_shapes(((x, cy), (x + mark, cy)), 2.0 * k, size * 0.45))
        items.append(Text(x + mark + 0.4 * size, y, (text,), size, size * LEADING, INK))
        x += needed
    y += row_height + 8.0 * k
    note = label(
        language,
        "made_with",
        version=__version__,
        date=options.date or datetime.date.today().isoformat(),
        paper=options.paper.upper(),
        orientation=label(language, "landscape" if options.landscape else "portrait"),
    )
    if options.note.strip():
        note = f"{note} · {options.note.strip()}"
    cleaned, _missing = printable(note, (regular,))
    small = fit(cleaned, regular, width, 13.0 * k * LEADING * 2, 13.0 * k, 10.0 * k)
    items.append(Text(margin, y, small.lines, small.size, small.leading, MUTED))
    y += small.height
    return _Footer(y, items)


# ------------------------------------------------------------------------- board
def _tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white (``amount`` 0: white, 1: the colour)."""
    try:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        r, g, b = (0x9A, 0x9A, 0x9A)
    mix = [round(255 - (255 - c) * amount) for c in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def _colour(value: str, default: str = "#4e79a7") -> str:
    ok = len(value) == 7 and value.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in value[1:])
    return value.lower() if ok else default


def _lane(
    lane: Lane,
    at: Transform,
    scale: float,
    language: str,
    quality: Quality,
    shapes: list[Shape],
    maker: CardMaker,
) -> None:
    x, y = at(lane.x, lane.y)
    colour = _colour(lane.team.colour) if lane.team else "#9a9a9a"
    shapes.append(
        Rect(
            x,
            y,
            lane.width * scale,
            lane.height * scale,
            _tint(colour, 0.12),
            colour,
            1.5 * scale,
            8.0 * scale,
        )
    )
    name = lane.team.name if lane.team else label(language, "free_notes")
    where = f"team {lane.team.name!r}" if lane.team else "notes"
    badges = quality.badges(lane.team.id) if lane.team else []
    room = lane.width - 28.0 - len(badges) * BADGE_STEP
    title = fit(maker_clean(maker, where, name), face(BOLD), max(room, 40.0), 15.0 * LEADING, 15.0, 10.0)
    shapes.append(
        Text(
            x + 14.0 * scale,
            y + 10.0 * scale,
            title.lines,
            title.size * scale,
            title.leading * scale,
            _shade(colour),
            bold=True,
        )
    )
    right = lane.x + lane.width - 14.0
    for index, (severity, count) in enumerate(badges):
        cx, cy = at(right - BADGE_RADIUS - index * BADGE_STEP, lane.y + 10.0 + BADGE_RADIUS)
        shapes.extend(badge(severity, count, cx, cy, BADGE_RADIUS * scale))


def _shade(colour: str) -> str:
    """A darker version of a team colour, for its lane label (readable on the lane tint)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 0.55) for c in (r, g, b)))


def _card_boxes(arrangement: Arrangement) -> dict[str, tuple[float, float, float, float]]:
    """Board-unit box (x, y, w, h) of every card, by id."""
    boxes = {}
    for block in arrangement.blocks:
        for card in block.cards:
            boxes[card.entity_id] = (block.x + card.x, block.y + card.y, card.width, card.height)
    return boxes


def _card(
    block: Block, card: Card, at: Transform, scale: float, quality: Quality, shapes: list[Shape], board: Board
) -> float:
    """Draw one card; returns its title's printed size."""
    x, y = at(block.x + card.x, block.y + card.y)
    width, height = card.width * scale, card.height * scale
    if card.kind == "objective":
        team = board.team_of(card.entity_id)
        border, line_width = _colour(team.colour if team else ""), 2.2
    else:
        border, line_width = BORDERS[card.kind] or INK, 1.0
    shapes.append(
        Rect(x, y, width, height, _colour(card.fill, "#ffffff"), border, line_width * scale, 6.0 * scale)
    )
    title = card.title
    text_x, text_y = x + PAD * scale, y + PAD * scale
    shapes.append(
        Text(text_x, text_y, title.lines, title.size * scale, title.leading * scale, INK, bold=card.bold)
    )
    if card.details is not None:
        detail_y = text_y + max(title.height, title.leading) * scale + 3.0 * scale
        details = card.details
        shapes.append(
            Text(text_x, detail_y, details.lines, details.size * scale, details.leading * scale, MUTED)
        )
    right = block.x + card.x + card.width - 4.0
    for index, (severity, count) in enumerate(quality.badges(card.entity_id)):
        cx, cy = at(right - BADGE_RADIUS - index * BADGE_STEP, block.y + card.y + 4.0 + BADGE_RADIUS)
        shapes.extend(badge(severity, count, cx, cy, BADGE_RADIUS * scale))
    return title.size * scale


def _arrow(
    board: Board,
    objective: Objective,
    boxes: dict[str, tuple[float, float, float, float]],
    at: Transform,
    scale: float,
    shapes: list[Shape],
) -> None:
    target = board.find(objective.aligned_to)
    if not isinstance(target, (Objective, KeyResult)) or objective.id not in boxes or target.id not in boxes:
        return
    source_points = _mids(boxes[objective.id])
    if isinstance(target, KeyResult) and target.objective_id in boxes:
        # A key result sits inside its objective's block: point at the block's side, level with
        # the key result, so the head is not hidden under the cards around it.
        bx, _by, bw, _bh = boxes[target.objective_id]
        _kx, ky, _kw, kh = boxes[target.id]
        target_points = [(bx, ky + kh / 2), (bx + bw, ky + kh / 2)]
    else:
        target_points = _mids(boxes[target.id])
    start, end = min(
        ((a, b) for a in source_points for b in target_points),
        key=lambda p: (p[0][0] - p[1][0]) ** 2 + (p[0][1] - p[1][1]) ** 2,
    )
    shapes.extend(arrow_shapes((at(*start), at(*end)), 2.5 * scale, 7.0 * scale, role="link"))


def _mids(box: tuple[float, float, float, float]) -> list[Point]:
    """Midpoints of a box's four edges."""
    x, y, w, h = box
    return [(x + w / 2, y), (x + w / 2, y + h), (x, y + h / 2), (x + w, y + h / 2)]


def arrow_shapes(
    points: tuple[Point, Point], width: float, head: float, alpha: float = 0.75, role: str = ""
) -> list[Shape]:
    """A line from the first point to the second, ending in a filled arrow head."""
    (x0, y0), (x1, y1) = points
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    base = (x1 - ux * head * 1.6, y1 - uy * head * 1.6)
    left = (base[0] - uy * head, base[1] + ux * head)
    right = (base[0] + uy * head, base[1] - ux * head)
    return [
        Line(((x0, y0), base), ARROW, width, alpha=alpha, role=role),
        Polygon(((x1, y1), left, right), ARROW, alpha),
    ]


def badge(severity: str, count: int, cx: float, cy: float, r: float) -> list[Shape]:
    """A finding badge: a circle (error), a triangle (warning) or a square (info), with its count.

    Shapes differ by severity so the badge reads without colour (printed in black and white too).
    """
    colour = SEVERITY_COLOURS[severity]
    shapes: list[Shape]
    text_cy = cy
    if severity == "error":
        shapes = [Circle(cx, cy, r, colour)]
    elif severity == "warning":
        t = r * 1.25
        shapes = [
            Polygon(((cx, cy - t), (cx + t * 1.05, cy + t * 0.8), (cx - t * 1.05, cy + t * 0.8)), colour)
        ]
        text_cy = cy + r * 0.3
    else:
        shapes = [Rect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, colour, None, 0.0, r * 0.25)]
    digits = str(count) if count < 100 else "99+"
    size = r * (1.15 if len(digits) == 1 else 0.85)
    # centre the digits (cap height ≈ 0.73 em) on the shape: first baseline is top + ascent
    top = text_cy - (face(BOLD).ascent / 1000.0 - 0.365) * size
    shapes.append(Text(cx, top, (digits,), size, size * LEADING, "#ffffff", bold=True, centred=True))
    return shapes
