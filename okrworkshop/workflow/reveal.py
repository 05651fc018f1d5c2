"""The reveal, Qt-free: drafts beside the case's reference OKRs, and the checker's score per round.

Teams of the draft and of the reference are matched by name (accents, case and spacing ignored),
because a workshop built from a case names its lanes after the case's teams in the workshop's
language; a team the room renamed or added simply shows without a counterpart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from okrworkshop.errors import InputError
from okrworkshop.model import Board, KeyResult, Objective, Team
from okrworkshop.workflow.snapshots import board_of

#: A checker reduced to its summary: ``{"error": n, "warning": n, "info": n}``.
Summarizer = Callable[[Board], dict[str, int]]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class ObjectiveOkrs:
    """One objective and its key results, in board order."""

    objective: Objective
    key_results: tuple[KeyResult, ...]


@dataclass(frozen=True, slots=True)
class TeamOkrs:
    """A team's objectives (and their key results) on one board."""

    team: Team
    objectives: tuple[ObjectiveOkrs, ...]


@dataclass(frozen=True, slots=True)
class TeamPair:
    """A team's draft beside the reference for it; either side may be missing."""

    name: str
    draft: TeamOkrs | None
    reference: TeamOkrs | None


def team_key(name: str) -> str:
    """The form of a team name used to match teams: no accents, case or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def team_okrs(board: Board, team: Team) -> TeamOkrs:
    objectives = tuple(ObjectiveOkrs(o, tuple(board.key_results(o.id))) for o in board.objectives(team.id))
    return TeamOkrs(team, objectives)


def pair_teams(draft: Board, reference: Board) -> list[TeamPair]:
    """Reference teams in the case's order, each with the draft team of the same name (if any),
    then the draft's teams that the reference does not know."""
    drafts: dict[str, Team] = {}
    for team in draft.teams():
        drafts.setdefault(team_key(team.name), team)
    pairs: list[TeamPair] = []
    matched: set[str] = set()
    for team in reference.teams():
        key = team_key(team.name)
        draft_team = drafts.get(key) if key not in matched else None
        matched.add(key)
        pairs.append(
            TeamPair(
                name=draft_team.name if draft_team is not None else team.name,
                draft=team_okrs(draft, draft_team) if draft_team is not None else None,
                reference=team_okrs(reference, team),
            )
        )
    for team in draft.teams():
        if team_key(team.name) not in matched:
            pairs.append(TeamPair(team.name, team_okrs(draft, team), None))
    return pairs


@dataclass(frozen=True, slots=True)
class RoundScore:
    """The checker's findings on the board of one snapshot (or on the board as it is now)."""

    label: str
    snapshot_id: str | None
    counts: dict[str, int] | None  # None when the snapshot could not be read back
    problem: str = ""

    @property
    def is_now(self) -> bool:
        return self.snapshot_id is None

    def count(self, severity: str) -> int:
        return self.counts.get(severity, 0) if self.counts else 0

    @property
    def total(self) -> int:
        return sum(self.count(s) for s in SEVERITIES)


def checker_summary(board: Board) -> dict[str, int]:
    """Error, warning and info counts of the good-practice checker on ``board``."""
    from okrworkshop.rules import check_board, summarize

    summary = summarize(check_board(board))
    return {severity: int(summary.get(severity, 0)) for severity in SEVERITIES}


#: Scores already worked out, by snapshot id and content (a snapshot's cards never change).
ScoreCache = dict[tuple[str, int], dict[str, int]]


def findings_per_round(
    board: Board, summarizer: Summarizer | None = None, cache: ScoreCache | None = None
) -> list[RoundScore]:
    """One score per snapshot, oldest first, then one for the board now (label ``""``).

    A damaged snapshot keeps its place with no counts and the reason, rather than vanishing.
    With ``cache`` (kept by the caller between calls), each snapshot is checked once: a view
    that follows the room's edits then only re-checks the board as it is now.
    """
    summarize = summarizer or checker_summary
    scores: list[RoundScore] = []
    for snapshot in board.snapshots():
        key = (snapshot.id, hash(snapshot.data))
        counts = cache.get(key) if cache is not None else None
        if counts is None:
            try:
                counts = summarize(board_of(snapshot))
            except InputError as exc:
                scores.append(RoundScore(snapshot.name, snapshot.id, None, exc.line()))
                continue
            if cache is not None:
                cache[key] = counts
        scores.append(RoundScore(snapshot.name, snapshot.id, dict(counts)))
    scores.append(RoundScore("", None, summarize(board)))
    return scores
