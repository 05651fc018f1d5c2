"""The wall layout: lanes packed to fill the sheet at the largest type, on several sheets if need be.

The board's own arrangement is made for a screen one scrolls; a poster is read standing, from a
distance, all at once. So this layout ignores positions and packs the teams like an organisation
chart: each team's lane holds its objectives (then its notes) in reading order, left to right in
rows; the sub-teams stand side by side under their parent, which spans them; every lane is as
wide as its content. The packing tries every useful width and keeps the one that gives the
largest scale on the sheet's free area.

A **type floor** decides how much one sheet may hold: key-result titles never print smaller than
:data:`KR_FLOOR_AT_A0` points on A0 (scaled with the paper for A1–A3). When the whole board does
not fit one sheet at the floor, it is split: a team whose subtree does not fit gets its own lane
apart and its sub-teams are split in turn, then consecutive pieces (in team order) are merged back
onto a sheet as long as they still fit at the floor.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from okrworkshop.model import Board, Team
from okrworkshop.poster.arrange import BLOCK_GAP, LANE_HEADER, LANE_PAD, Arrangement, Lane
from okrworkshop.poster.cards import OBJECTIVE_WIDTH, TITLE_STYLES, Block

#: Key-result titles on A0 never print smaller than this (points); the goal is :data:`KR_GOAL_AT_A0`.
KR_FLOOR_AT_A0 = 24.0
KR_GOAL_AT_A0 = 28.0
#: Gap between a parent's lane and its sub-teams' lanes, and between lanes side by side.
TREE_GAP = 22.0
#: Narrowest lane (room for its name).
MIN_LANE_WIDTH = OBJECTIVE_WIDTH + 2 * LANE_PAD
#: How many widths the packer tries between the narrowest and the widest arrangement.
WIDTH_STEPS = 40


@dataclass(slots=True)
class Node:
    """A team with its own cards and the sub-teams shown under it (``team`` None: loose notes)."""

    team: Team | None
    blocks: list[Block]
    children: list[Node] = field(default_factory=list)
    depth: int = 0


@dataclass(slots=True)
class Packed:
    """Lanes and blocks of a packed forest, relative to its top-left corner."""

    width: float
    height: float
    lanes: list[Lane] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class WallSheet:
    """One sheet of the wall layout: what it holds and the scale it prints at."""

    arrangement: Arrangement
    scale: float
    #: The teams above this sheet's lanes and the lanes it shows ("Direction › Ventes").
    path: tuple[str, ...] = ()


def forest(board: Board, blocks: list[Block]) -> list[Node]:
    """Every team as a tree node (children in team order) with its blocks in reading order."""
    by_id = {b.entity_id: b for b in blocks}

    def node(team: Team, depth: int) -> Node:
        own = [by_id[o.id] for o in board.objectives(team.id) if o.id in by_id]
        own += [by_id[n.id] for n in board.notes(team.id) if n.id in by_id]
        return Node(team, own, [node(child, depth + 1) for child in board.subteams(team.id)], depth)

    roots = [node(team, 0) for team in board.top_teams()]
    loose = [by_id[n.id] for n in board.notes() if n.team_id is None and n.id in by_id]
    if loose:
        roots.append(Node(None, loose))
    return roots


# ------------------------------------------------------------------------ packing
def _flow(blocks: list[Block], budget: float) -> tuple[float, float, list[tuple[float, float]]]:
    """Blocks left to right in rows no wider than ``budget``: (width, height, positions)."""
    positions: list[tuple[float, float]] = []
    x = y = row_height = width = 0.0
    for block in blocks:
        if x > 0 and x + block.width > budget:
            y += row_height + BLOCK_GAP
            x = row_height = 0.0
        positions.append((x, y))
        x += block.width + BLOCK_GAP
        width = max(width, x - BLOCK_GAP)
        row_height = max(row_height, block.height)
    return width, (y + row_height if blocks else 0.0), positions


def _pack_node(node: Node, budget: float) -> Packed:
    own_w, own_h, positions = _flow(node.blocks, budget - 2 * LANE_PAD)
    kids = _pack_forest(node.children, budget)
    width = max(own_w + 2 * LANE_PAD, kids.width, MIN_LANE_WIDTH)
    lane_height = LANE_HEADER + own_h + LANE_PAD if node.blocks else LANE_HEADER
    packed = Packed(width, lane_height)
    packed.lanes.append(Lane(node.team, 0.0, 0.0, width, lane_height, node.depth))
    for block, (x, y) in zip(node.blocks, positions, strict=True):
        packed.blocks.append(
            Block(
                block.entity_id,
                block.team_id,
                LANE_PAD + x,
                LANE_HEADER + y,
                block.width,
                block.height,
                block.cards,
            )
        )
    if node.children:
        _place(packed, kids, 0.0, lane_height + TREE_GAP)
        packed.height = lane_height + TREE_GAP + kids.height
    return packed


def _pack_forest(nodes: list[Node], budget: float) -> Packed:
    """Trees side by side, wrapping to a new row when the next one would pass ``budget``."""
    result = Packed(0.0, 0.0)
    x = y = row_height = 0.0
    for node in nodes:
        natural = _pack_node(node, math.inf)
        packed = natural if natural.width <= budget else _pack_node(node, budget)
        if x > 0 and x + packed.width > budget:
            y += row_height + TREE_GAP
            x = row_height = 0.0
        _place(result, packed, x, y)
        x += packed.width + TREE_GAP
        result.width = max(result.width, x - TREE_GAP)
        row_height = max(row_height, packed.height)
        result.height = y + row_height
    return result


def _place(into: Packed, part: Packed, dx: float, dy: float) -> None:
    for lane in part.lanes:
        into.lanes.append(Lane(lane.team, lane.x + dx, lane.y + dy, lane.width, lane.height, lane.depth))
    for b in part.blocks:
        into.blocks.append(Block(b.entity_id, b.team_id, b.x + dx, b.y + dy, b.width, b.height, b.cards))


def _flow_size(blocks: list[Block], budget: float) -> tuple[float, float]:
    """:func:`_flow`'s width and height, without the positions."""
    x = y = row_height = width = 0.0
    for block in blocks:
        if x > 0 and x + block.width > budget:
            y += row_height + BLOCK_GAP
            x = row_height = 0.0
        x += block.width + BLOCK_GAP
        width = max(width, x - BLOCK_GAP)
        row_height = max(row_height, block.height)
    return width, (y + row_height if blocks else 0.0)


class _Sizes:
    """What :func:`_pack_node` and :func:`_pack_forest` measure, without placing a block.

    The packer tries some forty widths; placing every block at each of them (and laying every
    tree out at its natural width again for each) made a poster of 20,000 notes take minutes.
    The arithmetic is :func:`_pack_node`'s, step for step, so the sizes are the same.
    """

    def __init__(self) -> None:
        self._natural: dict[int, tuple[float, float]] = {}

    def node(self, node: Node, budget: float) -> tuple[float, float]:
        if budget == math.inf:
            found = self._natural.get(id(node))
            if found is not None:
                return found
        own_w, own_h = _flow_size(node.blocks, budget - 2 * LANE_PAD)
        kids_w, kids_h = self.forest(node.children, budget)
        width = max(own_w + 2 * LANE_PAD, kids_w, MIN_LANE_WIDTH)
        lane_height = LANE_HEADER + own_h + LANE_PAD if node.blocks else LANE_HEADER
        size = (width, lane_height + TREE_GAP + kids_h if node.children else lane_height)
        if budget == math.inf:
            self._natural[id(node)] = size
        return size

    def forest(self, nodes: list[Node], budget: float) -> tuple[float, float]:
        total_w = total_h = 0.0
        x = y = row_height = 0.0
        for node in nodes:
            natural = self.node(node, math.inf)
            width, height = natural if natural[0] <= budget else self.node(node, budget)
            if x > 0 and x + width > budget:
                y += row_height + TREE_GAP
                x = row_height = 0.0
            x += width + TREE_GAP
            total_w = max(total_w, x - TREE_GAP)
            row_height = max(row_height, height)
            total_h = y + row_height
        return total_w, total_h


def best_packing(nodes: list[Node], area: tuple[float, float], max_scale: float) -> tuple[Packed, float]:
    """The packing of ``nodes`` that prints largest in ``area`` (width, height in points).

    Every candidate width is measured; only the best one is laid out.
    """
    sizes = _Sizes()
    widest_width, _ = sizes.forest(nodes, math.inf)
    narrowest = max((b.width for n in nodes for b in _blocks(n)), default=OBJECTIVE_WIDTH) + 2 * LANE_PAD
    candidates = {widest_width}
    if widest_width > narrowest:
        step = (widest_width - narrowest) / WIDTH_STEPS
        candidates.update(narrowest + i * step for i in range(WIDTH_STEPS))
    best: tuple[float, float] | None = None
    for budget in sorted(candidates):
        width, height = sizes.forest(nodes, budget + 0.01)
        if width <= 0 or height <= 0:
            continue
        scale = min(area[0] / width, area[1] / height, max_scale)
        if best is None or scale > best[1] + 1e-9:
            best = (budget, scale)
    if best is None:
        return _pack_forest(nodes, math.inf), max_scale
    return _pack_forest(nodes, best[0] + 0.01), best[1]


def _blocks(node: Node) -> list[Block]:
    return node.blocks + [b for child in node.children for b in _blocks(child)]


# ------------------------------------------------------------------------ sheets
@dataclass(slots=True)
class _Piece:
    """Part of the organisation tree that goes on one sheet, with or without its children."""

    node: Node
    with_children: bool


def _pieces(node: Node, fits: Callable[[list[Node]], bool]) -> list[_Piece]:
    if not node.children or fits([node]):
        return [_Piece(node, True)]
    pieces = [_Piece(node, False)]
    for child in node.children:
        pieces += _pieces(child, fits)
    return pieces


def _sheet_forest(pieces: list[_Piece]) -> list[Node]:
    """The pieces of one sheet as trees: a piece goes under its parent when the parent is there."""
    roots: list[Node] = []
    shown: dict[str, Node] = {}

    def copy(node: Node, with_children: bool) -> Node:
        made = Node(node.team, node.blocks, [], node.depth)
        if node.team is not None:
            shown[node.team.id] = made
        if with_children:
            made.children = [copy(child, True) for child in node.children]
        return made

    for piece in pieces:
        team = piece.node.team
        parent = shown.get(team.parent_id or "") if team is not None else None
        made = copy(piece.node, piece.with_children)
        (parent.children if parent is not None else roots).append(made)
    return roots


def plan_sheets(
    board: Board,
    blocks: list[Block],
    area: tuple[float, float],
    paper_scale: float,
    max_scale: float,
    split: bool = True,
) -> list[WallSheet]:
    """The wall layout of ``blocks`` on as few sheets as the type floor allows (at least one);
    one sheet whatever the floor unless ``split``."""
    floor = KR_FLOOR_AT_A0 * paper_scale / TITLE_STYLES["key_result"].size
    roots = forest(board, blocks)

    def fits(nodes: list[Node]) -> bool:
        return best_packing(nodes, area, max_scale)[1] >= floor - 1e-9

    if not roots or not split or fits(roots):
        groups = [[_Piece(node, True) for node in roots]]
    else:
        pieces = [piece for node in roots for piece in _pieces(node, fits)]
        groups = [[pieces[0]]]
        for piece in pieces[1:]:
            trial = [*groups[-1], piece]
            if fits(_sheet_forest(trial)):
                groups[-1] = trial
            else:
                groups.append([piece])
    sheets = []
    for group in groups:
        nodes = _sheet_forest(group)
        packed, scale = best_packing(nodes, area, max_scale)
        arrangement = Arrangement(packed.lanes, sorted(packed.blocks, key=lambda b: (b.y, b.x)), "wall")
        sheets.append(WallSheet(arrangement, scale, _path(board, nodes)))
    return sheets


def _path(board: Board, nodes: list[Node]) -> tuple[str, ...]:
    """Names of the teams above the sheet's first lane, then the sheet's top lanes."""
    teams = [n.team for n in nodes if n.team is not None]
    if not teams:
        return ()
    above: list[str] = []
    parent = board.find(teams[0].parent_id) if teams[0].parent_id else None
    while isinstance(parent, Team):
        above.insert(0, parent.name)
        parent = board.find(parent.parent_id) if parent.parent_id else None
    return (*above, " · ".join(t.name for t in teams))
