"""Where lanes and blocks go on the poster, in board units, before scaling to the sheet.

Two arrangements:

* **board** — the room's own: lanes and cards where the board has them. Printed cards can be
  taller than on screen (long text grows a card), so overlaps are resolved by pushing later
  blocks down, and a lane that no longer holds its cards grows, pushing what lies below it down.
* **tidy** — by team: lanes stacked in team order (sub-teams under their parent, indented),
  objectives in a grid inside each lane, the lane's notes after them, free notes in a last
  "parking lot" lane. The number of columns is chosen to fill the sheet best.

``auto`` takes the board arrangement unless the board has none worth keeping (cards piled on
one spot, or objectives outside their team's lane).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from okrworkshop.interchange.layout import lane_order
from okrworkshop.model import Board, Team
from okrworkshop.poster.cards import OBJECTIVE_WIDTH, Block

LAYOUTS: tuple[str, ...] = ("auto", "board", "tidy")
LANE_HEADER = 44.0
LANE_PAD = 18.0
BLOCK_GAP = 14.0
LANE_GAP = 28.0
INDENT = 32.0


@dataclass(slots=True)
class Lane:
    """A team lane (``team`` None: the lane of notes that belong to no team)."""

    team: Team | None
    x: float
    y: float
    width: float
    height: float
    depth: int = 0


@dataclass(slots=True)
class Arrangement:
    """Where every lane and card goes on the poster, and the layout that placed them."""

    lanes: list[Lane]
    blocks: list[Block]
    layout: str

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of everything."""
        boxes = [(ln.x, ln.y, ln.x + ln.width, ln.y + ln.height) for ln in self.lanes]
        boxes += [(b.x, b.y, b.x + b.width, b.y + b.height) for b in self.blocks]
        if not boxes:
            return (0.0, 0.0, OBJECTIVE_WIDTH, OBJECTIVE_WIDTH)
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


def board_is_arranged(board: Board) -> bool:
    """Whether the board's own positions make a readable poster (see module docstring)."""
    spots = [(o.x, o.y) for o in board.objectives()]
    if len(set(spots)) < len(spots):
        return False
    for objective in board.objectives():
        team = board.find(objective.team_id)
        if not isinstance(team, Team):
            continue
        inside_x = team.x - 1 <= objective.x <= team.x + team.width
        inside_y = team.y - 1 <= objective.y <= team.y + team.height
        if not (inside_x and inside_y):
            return False
    return True


# ------------------------------------------------------------------------- board
def arrange_board(board: Board, blocks: list[Block]) -> Arrangement:
    """The room's arrangement, with overlaps pushed down and lanes grown to hold their cards."""
    lanes = [Lane(t, t.x, t.y, t.width, t.height, depth) for t, depth in lane_order(board)]
    by_team: dict[str | None, list[Block]] = {}
    for block in blocks:
        by_team.setdefault(block.team_id, []).append(block)
    # Cards of one lane first make room among themselves, then lanes grow to hold them (pushing
    # what lies below down); a last pass settles cards that still meet across lanes. Each pass
    # only moves things down, so a few rounds reach a stable arrangement.
    for group in by_team.values():
        _settle_all(group)
    for _round in range(6):
        for lane in sorted(lanes, key=lambda ln: ln.y):
            _fit_lane(lane, lanes, by_team)
        if not _settle_all(blocks):
            break
    return Arrangement(lanes, sorted(blocks, key=lambda b: (b.y, b.x)), "board")


def _settle_all(blocks: list[Block]) -> bool:
    """Push blocks down until none overlaps one above it; returns whether anything moved."""
    moved = False
    placed: list[Block] = []
    for block in sorted(blocks, key=lambda b: (b.y, b.x)):
        before = block.y
        _settle(block, placed)
        moved = moved or block.y != before
        placed.append(block)
    return moved


def _fit_lane(lane: Lane, lanes: list[Lane], by_team: dict[str | None, list[Block]]) -> None:
    """Grow ``lane`` to hold its cards and inner lanes, pushing everything below it down."""
    assert lane.team is not None
    inner = [ln for ln in lanes if ln is not lane and _inside(ln, lane)]
    own = list(by_team.get(lane.team.id, []))
    for inner_lane in inner:
        if inner_lane.team is not None:
            own += by_team.get(inner_lane.team.id, [])
    needed_bottom = max(
        [b.y + b.height + LANE_PAD for b in by_team.get(lane.team.id, [])]
        + [ln.y + ln.height + LANE_PAD for ln in inner]
        + [lane.y + lane.height]
    )
    needed_right = max(
        [b.x + b.width + LANE_PAD for b in by_team.get(lane.team.id, [])] + [lane.x + lane.width]
    )
    lane.width = needed_right - lane.x
    grow = needed_bottom - (lane.y + lane.height)
    if grow <= 0.5:
        return
    old_bottom = lane.y + lane.height
    lane.height += grow
    held = {id(b) for b in own} | {id(ln) for ln in inner}
    for other in lanes:
        if other is lane or id(other) in held:
            continue
        if other.y >= old_bottom - 0.5:
            other.y += grow
        elif other.y < lane.y and other.y + other.height >= old_bottom - 0.5:
            other.height += grow  # a lane enclosing the grown one grows with it
    for blocks in by_team.values():
        for block in blocks:
            if id(block) not in held and block.y >= old_bottom - 0.5:
                block.y += grow


def _overlap(a: Block, b: Block, gap: float) -> bool:
    return (
        a.x < b.x + b.width + gap
        and b.x < a.x + a.width + gap
        and a.y < b.y + b.height + gap
        and b.y < a.y + a.height + gap
    )


def _settle(block: Block, placed: list[Block]) -> None:
    """Move ``block`` down until it overlaps none of the blocks placed before it."""
    moved = True
    while moved:
        moved = False
        for other in placed:
            if _overlap(block, other, 0.0):
                block.y = other.y + other.height + BLOCK_GAP
                moved = True


def _inside(inner: Lane, outer: Lane) -> bool:
    return (
        outer.x <= inner.x
        and inner.x + inner.width <= outer.x + outer.width + 0.5
        and outer.y < inner.y
        and inner.y + inner.height <= outer.y + outer.height + 0.5
    )


# -------------------------------------------------------------------------- tidy
@dataclass(slots=True)
class _LaneContent:
    """A team's lane in the tidy layout: its depth in the organisation and its cards."""

    team: Team | None
    depth: int
    objectives: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)


def arrange_tidy(board: Board, blocks: list[Block], aspect: float) -> Arrangement:
    """Lanes by team with objectives in a grid; ``aspect`` (width/height) of the space to fill."""
    by_id = {b.entity_id: b for b in blocks}
    contents: list[_LaneContent] = []
    for team, depth in lane_order(board):
        content = _LaneContent(team, depth)
        content.objectives = [by_id[o.id] for o in board.objectives(team.id) if o.id in by_id]
        content.notes = [by_id[n.id] for n in board.notes(team.id) if n.id in by_id]
        contents.append(content)
    loose = [by_id[n.id] for n in board.notes() if n.team_id is None and n.id in by_id]
    if loose:
        contents.append(_LaneContent(None, 0, [], loose))
    most = max((len(c.objectives) + len(c.notes) for c in contents), default=1)

    def score(columns: int) -> float:
        arrangement = _grid(contents, columns)
        left, top, right, bottom = arrangement.bounds()
        width, height = right - left, bottom - top
        return min(aspect / width, 1.0 / height) if width and height else 0.0

    best = max(range(1, max(1, most) + 1), key=score)
    return _grid(contents, best)


def _grid(contents: list[_LaneContent], columns: int) -> Arrangement:
    lanes: list[Lane] = []
    blocks: list[Block] = []
    y = 0.0
    widest = 0.0
    for content in contents:
        left = content.depth * INDENT
        top = y + LANE_HEADER
        items = content.objectives + content.notes
        row_top, row_height, right = top, 0.0, left + LANE_PAD
        for index, block in enumerate(items):
            column = index % columns
            if column == 0 and index:
                row_top += row_height + BLOCK_GAP
                row_height = 0.0
            x = left + LANE_PAD + column * (OBJECTIVE_WIDTH + BLOCK_GAP)
            placed = Block(block.entity_id, block.team_id, x, row_top, block.width, block.height, block.cards)
            blocks.append(placed)
            row_height = max(row_height, block.height)
            right = max(right, x + block.width)
        height = (row_top + row_height - y) + LANE_PAD if items else LANE_HEADER + LANE_PAD
        lane = Lane(content.team, left, y, 0.0, height, content.depth)
        lanes.append(lane)
        widest = max(widest, right + LANE_PAD)
        y += height + LANE_GAP
    for lane in lanes:
        lane.width = max(widest - lane.x, 2 * OBJECTIVE_WIDTH)
    return Arrangement(lanes, blocks, "tidy")


def arrange(board: Board, blocks: list[Block], layout: str, aspect: float) -> Arrangement:
    """Arrange ``blocks`` as ``layout`` asks (``auto``, ``board`` or ``tidy``)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; use one of {', '.join(LAYOUTS)}")
    if layout == "tidy" or (layout == "auto" and not board_is_arranged(board)):
        return arrange_tidy(board, blocks, aspect)
    if not board.teams() and blocks:
        return arrange_tidy(board, blocks, aspect)
    return arrange_board(board, blocks)
