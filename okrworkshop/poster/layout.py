"""The poster pages: header, the board laid out on the sheet, footer — as shapes.

:func:`layout_sheets` is pure geometry from the model (never from the canvas scene), so it runs
headless; the PDF and PNG renderers draw its shapes. Typographic sizes of the header and footer
scale with the sheet (A0 is the reference); card text scales with the board.

The default **wall** layout (:mod:`okrworkshop.poster.wall`) packs the teams to print as large as
possible, never below a type floor, on as many sheets as that takes; alignment is shown by a tag
on the aligned card ("↑ Direction · O1") rather than by lines across the sheet, so no link crosses
any text and links between sheets read the same. The **board**, **tidy** and **auto** layouts
keep one sheet and draw alignment arrows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from okrworkshop.model import Board, KeyResult, Objective, Team, card_paths
from okrworkshop.poster import findings
from okrworkshop.poster.arrange import Arrangement, Lane, arrange
from okrworkshop.poster.cards import BADGE_RADIUS, BADGE_STEP, PAD, TITLE_STYLES, Block, Card, CardMaker
from okrworkshop.poster.fonts import BOLD, face
from okrworkshop.poster.frame import BORDERS, footer, header, maker_clean
from okrworkshop.poster.labels import label
from okrworkshop.poster.marks import ARROW, INK, MUTED, arrow_shapes, badge
from okrworkshop.poster.options import LAYOUTS, PosterOptions
from okrworkshop.poster.paper import Sheet, sheet
from okrworkshop.poster.progress import objective_score_shapes, progress_shapes
from okrworkshop.poster.quality import Quality
from okrworkshop.poster.shapes import Point, Rect, Shape, Text
from okrworkshop.poster.text import LEADING, fit
from okrworkshop.poster.wall import KR_FLOOR_AT_A0, WallSheet, plan_sheets

__all__ = ["ARROW", "LAYOUTS", "PosterLayout", "PosterOptions", "layout_poster", "layout_sheets"]

A0_SHORT_SIDE = sheet("A0").short_side
#: The board/tidy layouts warn when key-result text prints smaller than this on A0.
READABLE_AT_A0 = 14.0
#: Cards never print larger than this many times their board size on A0 (a tiny board would
#: otherwise fill the sheet with giant letters). The wall layout allows more.
MAX_SCALE_AT_A0 = 3.2
MAX_WALL_SCALE_AT_A0 = 4.0
#: Space between the cards and the findings panel, and between the panel and the footer (A0 points).
PANEL_GAP = 36.0
#: Board coordinates -> page coordinates.
Transform = Callable[[float, float], Point]


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
    #: This page's place among the poster's sheets (1-based) and how many there are.
    number: int = 1
    total: int = 1
    #: Teams above the sheet's lanes, then its lanes (empty on a one-sheet poster).
    path: tuple[str, ...] = ()
    #: The findings panel's lines on this sheet: (severity, card reference, rule title).
    findings: list[tuple[str, str, str]] = field(default_factory=list)


def layout_poster(board: Board, options: PosterOptions, quality: Quality) -> PosterLayout:
    """The poster's first sheet (the only one unless the wall layout needs several)."""
    return layout_sheets(board, options, quality)[0]


def layout_sheets(board: Board, options: PosterOptions, quality: Quality) -> list[PosterLayout]:
    """Lay the board out as ``options`` ask, with ``quality``'s badges and summary: one layout
    per sheet (the wall layout may need several; the others always make one)."""
    language = options.language or board.workshop.language
    page = sheet(options.paper, options.landscape)
    k = page.short_side / A0_SHORT_SIDE  # typographic scale of the sheet
    margin = 40.0 * k
    wall = options.layout == "wall"
    # cards carry their short names on the wall layout, and whenever the findings panel names them
    numbers = card_numbers(board) if wall or quality.rules else {}
    tags = alignment_tags(board, numbers, language) if wall else {}
    maker = CardMaker(
        board, language, card_paths(board), quality, shrink=not wall, tags=tags, numbers=numbers
    )
    blocks = [maker.objective_block(o) for o in board.objectives()]
    blocks += [maker.note_block(n) for n in board.notes()]

    # the panel of every finding: sheets of a split poster list only their own, which takes less
    all_findings = findings.entries(board, quality, numbers, language)
    full_panel = findings.panel(all_findings, language, margin, page.width - 2 * margin, page.height, k)

    def area_for(sheet_line: str) -> tuple[float, float, float, float]:
        probe: list[Shape] = []
        bottom = header(board, options, language, page, k, margin, probe, maker, sheet_line)
        foot = footer(options, language, page, k, margin, quality, wall)
        top = bottom + 24.0 * k
        below = foot.height + 24.0 * k + (full_panel.height + PANEL_GAP * k if full_panel.entries else 0.0)
        return (margin, top, page.width - 2 * margin, page.height - margin - below - top)

    if wall:
        area = area_for("")
        split = not options.one_sheet
        plans = plan_sheets(board, blocks, area[2:], k, MAX_WALL_SCALE_AT_A0 * k, split)
        if len(plans) > 1:
            area = area_for("1/2 ·")
            plans = plan_sheets(board, blocks, area[2:], k, MAX_WALL_SCALE_AT_A0 * k, split)
    else:
        area = area_for("")
        arranged = arrange(board, blocks, options.layout, aspect=area[2] / max(area[3], 1.0))
        left, top, right, bottom = arranged.bounds()
        scale = min(area[2] / (right - left), area[3] / (bottom - top), MAX_SCALE_AT_A0 * k)
        plans = [WallSheet(arranged, scale)]
    pages = []
    for number, plan in enumerate(plans, start=1):
        sheet_line = _sheet_line(language, number, len(plans), plan.path)
        area = area_for(sheet_line)
        result = _page(board, options, quality, maker, page, k, margin, area, plan, sheet_line, language)
        result.number, result.total, result.path = number, len(plans), plan.path
        pages.append(result)
    warnings = list(dict.fromkeys(maker.warnings))
    floor = (KR_FLOOR_AT_A0 if wall else READABLE_AT_A0) * k
    body = min(TITLE_STYLES["key_result"].size * p.scale for p in pages)
    if blocks and body < floor - 0.05:
        warnings.append(
            f"key-result text prints at {body:.1f} pt on {page.name} (at least {floor:.0f} pt reads "
            "from two metres): try the wall layout, a larger sheet, or fewer cards per poster"
        )
    for result in pages:
        result.warnings = warnings
    return pages


def _sheet_line(language: str, number: int, total: int, path: tuple[str, ...]) -> str:
    if total <= 1:
        return ""
    return f"{label(language, 'sheet', number=number, total=total)} · {' › '.join(path)}"


def _page(
    board: Board,
    options: PosterOptions,
    quality: Quality,
    maker: CardMaker,
    page: Sheet,
    k: float,
    margin: float,
    area: tuple[float, float, float, float],
    plan: WallSheet,
    sheet_line: str,
    language: str,
) -> PosterLayout:
    shapes: list[Shape] = []
    header(board, options, language, page, k, margin, shapes, maker, sheet_line)
    wall = options.layout == "wall"
    foot = footer(options, language, page, k, margin, quality, wall)
    footer_top = page.height - margin - foot.height
    arrangement = plan.arrangement
    left, top, right, bottom = arrangement.bounds()
    area_width, area_height = area[2], area[3]
    scale = min(plan.scale, area_width / (right - left), area_height / (bottom - top))
    offset_x = area[0] + (area_width - (right - left) * scale) / 2 - left * scale
    # the wall layout centres its lanes on the free area; the board's own stays under the header
    spare = area_height - (bottom - top) * scale
    offset_y = area[1] + (spare / 2 if wall else 0.0) - top * scale

    def at(x: float, y: float) -> Point:
        return (offset_x + x * scale, offset_y + y * scale)

    result = PosterLayout(page, shapes, [], scale=scale, language=language)
    result.layout = arrangement.layout
    for lane in arrangement.lanes:
        _lane(lane, at, scale, language, quality, shapes, maker)
    smallest = math.inf
    for block in arrangement.blocks:
        for card in block.cards:
            smallest = min(smallest, _card(block, card, at, scale, quality, shapes, board))
            x, y = at(block.x + card.x, block.y + card.y)
            result.card_boxes[card.entity_id] = (x, y, card.width * scale, card.height * scale)
    if not wall:
        # arrows on top, see-through: a link that crosses a card stays visible and followable
        boxes = _card_boxes(arrangement)
        for objective in board.objectives():
            _arrow(board, objective, boxes, at, scale, shapes)
    shown = {card.entity_id for block in arrangement.blocks for card in block.cards}
    shown |= {lane.team.id for lane in arrangement.lanes if lane.team is not None}
    numbers = card_numbers(board) if maker.numbers else {}
    sheet_panel = findings.panel(
        findings.entries(board, quality, numbers, language, shown),
        language,
        margin,
        page.width - 2 * margin,
        page.height,
        k,
    )
    if sheet_panel.entries:
        panel_top = footer_top - PANEL_GAP * k / 2 - sheet_panel.height
        shapes.extend(sheet_panel.shapes(panel_top))
        result.findings = [(e.severity, e.reference, e.title) for e in sheet_panel.entries]
    shapes.extend(foot.shapes(footer_top))
    result.smallest_text = 0.0 if smallest is math.inf else smallest
    return result


# ---------------------------------------------------------------- numbers, tags
def card_numbers(board: Board) -> dict[str, str]:
    """Short names of the cards: "O1" … within each team, "KR1" … within each objective, "I1" …
    within each key result, "N1" … for a team's notes (what alignment tags and the findings panel
    refer to)."""
    numbers: dict[str, str] = {}
    for team in board.teams():
        for o_index, objective in enumerate(board.objectives(team.id), start=1):
            numbers[objective.id] = f"O{o_index}"
            for k_index, kr in enumerate(board.key_results(objective.id), start=1):
                numbers[kr.id] = f"KR{k_index}"
                for i_index, initiative in enumerate(board.initiatives(kr.id), start=1):
                    numbers[initiative.id] = f"I{i_index}"
        for n_index, note in enumerate(board.notes(team.id), start=1):
            numbers[note.id] = f"N{n_index}"
    loose = [n for n in board.notes() if n.team_id is None]
    for n_index, note in enumerate(loose, start=1):
        numbers[note.id] = f"N{n_index}"
    return numbers


def alignment_tags(board: Board, numbers: dict[str, str], language: str) -> dict[str, str]:
    """For each aligned objective, the line naming what it serves: "↑ Direction · O1 KR2"."""
    tags: dict[str, str] = {}
    for objective in board.objectives():
        target = board.find(objective.aligned_to) if objective.aligned_to else None
        if isinstance(target, KeyResult):
            parent = board.find(target.objective_id)
            if not isinstance(parent, Objective):
                continue
            where, name = parent, f"{numbers.get(parent.id, '?')} {numbers.get(target.id, '?')}"
        elif isinstance(target, Objective):
            where, name = target, numbers.get(target.id, "?")
        else:
            continue
        team = board.find(where.team_id)
        team_name = team.name if isinstance(team, Team) else "?"
        tags[objective.id] = label(language, "tag", team=team_name, card=name)
    return tags


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
    if card.kind == "objective" and card.score is not None:
        # The objective's own row sits under its details, above its first key result.
        shapes.extend(objective_score_shapes(card, x, y, width, scale))
    elif card.progress is not None or card.band is not None or card.score is not None:
        shapes.extend(progress_shapes(card, x, y + height, width, scale))
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
