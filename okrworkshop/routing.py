"""Orthogonal routes for alignment links, through the gaps between cards (no Qt: canvas and poster).

A link leaves its card through a *port* (a point on the card's edge and the direction it leaves
in), runs in horizontal and vertical segments that keep ``clearance`` away from every obstacle
(the cards, the lanes' names), and enters the other card through its port. The route is the
shortest such path on a sparse grid — the lines ``clearance`` outside every obstacle's edges,
plus the ports' own lines — where each turn costs as much as ``bend`` units of length, so routes
prefer few, clean corners. When no route exists (a port boxed in), :func:`route` returns None
and the caller draws what it drew before.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass

Point = tuple[float, float]
#: x, y, width, height (y downwards, as on screen and on the poster's page).
Box = tuple[float, float, float, float]

#: Unit step of each direction a link can run in.
DIRECTIONS: dict[str, Point] = {
    "up": (0.0, -1.0),
    "down": (0.0, 1.0),
    "left": (-1.0, 0.0),
    "right": (1.0, 0.0),
}
#: Above this many obstacles a route is not searched (a giant board keeps simple curves).
MAX_OBSTACLES = 400


@dataclass(frozen=True, slots=True)
class Port:
    """Where a link meets a card: the point on its edge and the direction pointing away from it."""

    point: Point
    direction: str


def _inflate(box: Box, by: float) -> Box:
    x, y, w, h = box
    return (x - by, y - by, w + 2 * by, h + 2 * by)


def _blocked_horizontal(y: float, x0: float, x1: float, boxes: list[Box]) -> bool:
    lo, hi = min(x0, x1), max(x0, x1)
    return any(b[1] < y < b[1] + b[3] and max(lo, b[0]) < min(hi, b[0] + b[2]) for b in boxes)


def _blocked_vertical(x: float, y0: float, y1: float, boxes: list[Box]) -> bool:
    lo, hi = min(y0, y1), max(y0, y1)
    return any(b[0] < x < b[0] + b[2] and max(lo, b[1]) < min(hi, b[1] + b[3]) for b in boxes)


def _inside(point: Point, boxes: list[Box]) -> bool:
    x, y = point
    return any(b[0] < x < b[0] + b[2] and b[1] < y < b[1] + b[3] for b in boxes)


def route(
    start: Port,
    end: Port,
    obstacles: list[Box],
    clearance: float = 8.0,
    bend: float = 60.0,
    texts: list[Box] | None = None,
) -> list[Point] | None:
    """The polyline from ``start`` to ``end`` (both ports included), or None if there is none.

    ``texts`` are obstacles that may be passed closer (lines of text in the gaps, such as a lane's
    name above its cards): a quarter of the clearance.
    """
    texts = texts or []
    near = clearance / 4
    if len(obstacles) + len(texts) > MAX_OBSTACLES:
        return None
    sx, sy = DIRECTIONS[start.direction]
    ex, ey = DIRECTIONS[end.direction]
    first = (start.point[0] + sx * clearance, start.point[1] + sy * clearance)
    last = (end.point[0] + ex * clearance, end.point[1] + ey * clearance)
    # Obstacles as the route sees them: a hair smaller than the clearance, so the grid lines
    # at exactly ``clearance`` outside a card are free.
    walls = [_inflate(b, clearance - 0.5) for b in obstacles] + [_inflate(b, near - 0.5) for b in texts]
    if _inside(first, walls) or _inside(last, walls):
        return None
    xs = sorted(
        {first[0], last[0], *(v for b in obstacles for v in (b[0] - clearance, b[0] + b[2] + clearance))}
    )
    ys = sorted(
        {first[1], last[1], *(v for b in obstacles for v in (b[1] - clearance, b[1] + b[3] + clearance))}
    )
    # Which walls span each row and column (few per line on a board of lanes).
    rows = {y: [b for b in walls if b[1] < y < b[1] + b[3]] for y in ys}
    cols = {x: [b for b in walls if b[0] < x < b[0] + b[2]] for x in xs}
    goal = (bisect_left(xs, last[0]), bisect_left(ys, last[1]))
    arrive = _opposite(end.direction)
    origin = (bisect_left(xs, first[0]), bisect_left(ys, first[1]))
    best: dict[tuple[int, int, str], float] = {(*origin, start.direction): 0.0}
    came: dict[tuple[int, int, str], tuple[int, int, str] | None] = {(*origin, start.direction): None}
    queue: list[tuple[float, int, int, str]] = [(0.0, origin[0], origin[1], start.direction)]
    found: tuple[int, int, str] | None = None
    while queue:
        cost, i, j, heading = heapq.heappop(queue)
        if cost > best.get((i, j, heading), float("inf")):
            continue
        if (i, j) == goal:
            if heading == arrive or found is None:
                found = (i, j, heading)
            if heading == arrive:
                break
            continue
        for direction, (dx, dy) in DIRECTIONS.items():
            if direction == _opposite(heading):
                continue
            ni, nj = i + int(dx), j + int(dy)
            if not (0 <= ni < len(xs) and 0 <= nj < len(ys)):
                continue
            x0, y0, x1, y1 = xs[i], ys[j], xs[ni], ys[nj]
            if dy == 0 and _blocked_horizontal(y0, x0, x1, rows[y0]):
                continue
            if dx == 0 and _blocked_vertical(x0, y0, y1, cols[x0]):
                continue
            step = abs(x1 - x0) + abs(y1 - y0) + (bend if direction != heading else 0.0)
            if (ni, nj) == goal and direction != arrive:
                step += bend  # arriving sideways costs the turn into the port
            key = (ni, nj, direction)
            if cost + step < best.get(key, float("inf")):
                best[key] = cost + step
                came[key] = (i, j, heading)
                heapq.heappush(queue, (cost + step, ni, nj, direction))
    if found is None:
        return None
    cells: list[Point] = []
    state: tuple[int, int, str] | None = found
    while state is not None:
        cells.append((xs[state[0]], ys[state[1]]))
        state = came[state]
    cells.reverse()
    return simplify([start.point, *cells, end.point])


def _opposite(direction: str) -> str:
    return {"up": "down", "down": "up", "left": "right", "right": "left"}[direction]


def simplify(points: list[Point]) -> list[Point]:
    """``points`` without repeated points and without the middle of three collinear ones."""
    kept: list[Point] = []
    for point in points:
        if kept and abs(kept[-1][0] - point[0]) < 1e-6 and abs(kept[-1][1] - point[1]) < 1e-6:
            continue
        if len(kept) >= 2:
            (ax, ay), (bx, by) = kept[-2], kept[-1]
            if (abs(ax - bx) < 1e-6 and abs(bx - point[0]) < 1e-6) or (
                abs(ay - by) < 1e-6 and abs(by - point[1]) < 1e-6
            ):
                kept[-1] = point
                continue
        kept.append(point)
    return kept


def ports(source: Box, target: Box, container: Box | None = None) -> tuple[Port, Port]:
    """Where a link from ``source`` to ``target`` leaves and enters.

    An objective target is entered through its edge facing the source (bottom when the source is
    below, as aligned objectives usually are); a key result inside its objective (``container``)
    through the objective's side facing the source, level with the key result.
    """
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    if container is not None:
        cx, _cy, cw, _ch = container
        left = sx + sw / 2 < cx + cw / 2
        end = Port((cx if left else cx + cw, ty + th / 2), "left" if left else "right")
        start_dir = (
            "up" if ty + th / 2 < sy else ("down" if ty + th / 2 > sy + sh else ("left" if left else "right"))
        )
    elif ty + th <= sy:
        end = Port((tx + tw / 2, ty + th), "down")
        start_dir = "up"
    elif ty >= sy + sh:
        end = Port((tx + tw / 2, ty), "up")
        start_dir = "down"
    else:
        left = sx + sw / 2 < tx + tw / 2
        end = Port((tx if left else tx + tw, ty + th / 2), "left" if left else "right")
        start_dir = "right" if left else "left"
    start = {
        "up": (sx + sw / 2, sy),
        "down": (sx + sw / 2, sy + sh),
        "left": (sx, sy + sh / 2),
        "right": (sx + sw, sy + sh / 2),
    }[start_dir]
    return Port(start, start_dir), end
