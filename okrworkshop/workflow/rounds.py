"""Rounds as the room follows them: their state, the names of their snapshots, their clock times.

Qt-free: the rounds panel and its undo commands use these, and so could a headless report.
Snapshot names are workshop content (they print on posters and travel in the file), so they are
written in the workshop's language, not in the language of the interface.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, TypeAlias

from okrworkshop.model import Board, Round, Snapshot

RoundState: TypeAlias = Literal["todo", "running", "done"]

#: "Round 2 — end" in each workshop language (``{n}`` is the round's position, from 1).
_END_NAMES: dict[str, str] = {"fr": "Tour {n} — fin", "en": "Round {n} — end"}
#: A snapshot taken by hand, named after the time it was taken.
_MANUAL_NAMES: dict[str, str] = {"fr": "Instantané {time}", "en": "Snapshot {time}"}


def round_state(round_: Round) -> RoundState:
    """``todo`` until started, ``running`` until ended, then ``done``."""
    if round_.ended_at:
        return "done"
    if round_.started_at:
        return "running"
    return "todo"


def running_round(board: Board) -> Round | None:
    """The round under way (the first one if, oddly, several are)."""
    return next((r for r in board.rounds() if round_state(r) == "running"), None)


def round_number(board: Board, round_id: str) -> int:
    """The round's position among the workshop's rounds, counted from 1."""
    ids = [r.id for r in board.rounds()]
    return ids.index(round_id) + 1


def now_iso() -> str:
    """The current time as an ISO-8601 timestamp with its UTC offset, to the second."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime | None:
    """A timestamp written by :func:`now_iso` (or any ISO-8601 one); None if empty or unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    # A timestamp without an offset is taken as local time, as a person would read it.
    return moment if moment.tzinfo is not None else moment.astimezone()


def clock_time(text: str) -> str:
    """``HH:MM`` in local time for a timestamp, or an empty string when there is none."""
    moment = parse_iso(text)
    return moment.astimezone().strftime("%H:%M") if moment is not None else ""


def end_snapshot_name(board: Board, round_id: str) -> str:
    """The name of the snapshot kept when a round ends: ``Tour 2 — fin`` / ``Round 2 — end``."""
    template = _END_NAMES.get(board.workshop.language, _END_NAMES["en"])
    return template.format(n=round_number(board, round_id))


def manual_snapshot_name(board: Board, taken_at_iso: str) -> str:
    """The name of a snapshot taken by hand: ``Instantané 14:32`` / ``Snapshot 14:32``."""
    template = _MANUAL_NAMES.get(board.workshop.language, _MANUAL_NAMES["en"])
    return template.format(time=clock_time(taken_at_iso) or taken_at_iso)


def remaining_seconds(round_: Round, now: datetime | None = None) -> float:
    """Seconds left in a running round by the wall clock (to resume its timer after reopening)."""
    started = parse_iso(round_.started_at)
    if started is None:
        return float(round_.duration_s)
    now = now or datetime.now(UTC)
    # A start "in the future" means the clocks of two laptops disagree: count from now.
    elapsed = max(0.0, (now - started).total_seconds())
    return round_.duration_s - elapsed


def snapshots_of_round(board: Board, round_id: str) -> list[Snapshot]:
    return [s for s in board.snapshots() if s.round_id == round_id]
