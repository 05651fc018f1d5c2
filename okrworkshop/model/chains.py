"""Loops in chains of links (objective alignments, nested teams), found in time linear in the board.

Each objective aligns to at most one card, and each team has at most one parent: following the
links from any card gives one chain, which either ends or runs into a loop. Checking each card by
walking its chain costs the chain's length per card, so a 3,000-deep alignment chain cost millions
of steps to load; here every card is walked once, remembering what each chain does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_ON_PATH, _ENDS, _LOOPS = 1, 2, 3


def reaching_a_loop(starts: Iterable[str], up: Callable[[str], str | None]) -> str | None:
    """The first of ``starts`` whose chain (``up`` after ``up``) runs into a loop, or None."""
    state: dict[str, int] = {}
    for start in starts:
        if start not in state:
            path: list[str] = []
            node: str | None = start
            while node is not None and node not in state:
                state[node] = _ON_PATH
                path.append(node)
                node = up(node)
            verdict = _ENDS if node is None or state[node] == _ENDS else _LOOPS
            for visited in path:
                state[visited] = verdict
        if state[start] == _LOOPS:
            return start
    return None


class ChainEnds:
    """Where each chain ends, while links are added one at a time from chain ends (union-find).

    ``closes_a_loop(a, b)`` says whether linking ``a`` (the end of its chain) to ``b`` would make
    a loop, in near-constant time, as long as every link added starts at a chain's end: what
    readers do when they align objectives that had no alignment yet.
    """

    def __init__(self, up: Callable[[str], str | None]) -> None:
        self._up = up
        self._pointer: dict[str, str | None] = {}

    def end(self, node: str) -> str:
        path: list[str] = []
        while True:
            if node in self._pointer:
                above = self._pointer[node]
            else:
                above = self._pointer[node] = self._up(node)
            if above is None:
                break
            path.append(node)
            node = above
        for visited in path:
            self._pointer[visited] = node  # path compression: a chain's end only moves up
        return node

    def closes_a_loop(self, start: str, target: str) -> bool:
        return self.end(target) == start

    def link(self, start: str, target: str) -> None:
        self._pointer[start] = target
