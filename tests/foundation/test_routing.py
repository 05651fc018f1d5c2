"""Orthogonal link routes: around every card, in horizontal and vertical runs, or none at all."""

from __future__ import annotations

import itertools

from okrworkshop.routing import Box, Port, ports, route


def _crosses(a: tuple[float, float], b: tuple[float, float], box: Box) -> bool:
    """Whether an axis-parallel segment passes through the inside of ``box`` (an independent check)."""
    x, y, w, h = box
    if a[1] == b[1]:
        return y < a[1] < y + h and min(a[0], b[0]) < x + w and max(a[0], b[0]) > x
    return x < a[0] < x + w and min(a[1], b[1]) < y + h and max(a[1], b[1]) > y


def test_a_link_goes_around_the_card_in_its_way() -> None:
    source, target, blocker = (0.0, 300.0, 260.0, 100.0), (0.0, 0.0, 260.0, 100.0), (0.0, 150.0, 260.0, 80.0)
    start, end = ports(source, target)
    assert start == Port((130.0, 300.0), "up") and end == Port((130.0, 100.0), "down")
    points = route(start, end, [source, target, blocker])
    assert points is not None
    assert points[0] == start.point and points[-1] == end.point
    for a, b in itertools.pairwise(points):
        assert a[0] == b[0] or a[1] == b[1]  # horizontal or vertical
        assert not _crosses(a, b, blocker)
    # and keeps 8 units from it
    assert all(not (-8 < p[0] < 268 and 142 < p[1] < 238) for p in points)
    # without the blocker, straight up
    assert route(start, end, [source, target]) == [start.point, end.point]


def test_a_boxed_in_port_has_no_route() -> None:
    source, target = (0.0, 300.0, 260.0, 100.0), (0.0, 0.0, 260.0, 100.0)
    lid = (-50.0, 270.0, 360.0, 25.0)  # flat on the source's top edge: nowhere to leave
    assert route(*ports(source, target), [source, target, lid]) is None


def test_a_key_result_is_entered_from_its_objective_side_level_with_it() -> None:
    source, objective, kr = (400.0, 400.0, 260.0, 100.0), (0.0, 0.0, 260.0, 300.0), (9.0, 120.0, 242.0, 40.0)
    start, end = ports(source, kr, objective)
    assert end == Port((260.0, 140.0), "right")
    points = route(start, end, [source, objective])
    assert points is not None and points[-1] == (260.0, 140.0)
    assert points[-2][1] == 140.0 and points[-2][0] > 260.0  # arrives horizontally from the right
