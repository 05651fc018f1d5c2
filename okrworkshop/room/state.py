"""The room's own state: who joined, what is locked, what the pages show, and the dot vote.

One :class:`Room` per opening of the room: a fresh join code and signing secret each time. Its
methods are called from the server's thread (participants) and from the app's (the facilitator),
so every one of them holds the room's lock; none of them touches the board.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

#: Join codes use letters and digits nobody confuses when read from a projector (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MAX_NAME = 40
#: Changes a participant may send: a burst of ``RATE_BURST``, then ``RATE_PER_SECOND`` a second.
RATE_BURST = 20
RATE_PER_SECOND = 5.0
MAX_PARTICIPANTS = 200


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass
class Participant:
    id: str
    name: str
    team_id: str | None = None
    joined_at: float = field(default_factory=time.monotonic)
    tokens: float = RATE_BURST
    last_refill: float = field(default_factory=time.monotonic)


@dataclass
class Vote:
    """A dot vote on some cards: each participant spreads ``dots`` dots over them."""

    card_ids: tuple[str, ...]
    dots: int
    ballots: dict[str, dict[str, int]] = field(default_factory=dict)
    open: bool = True

    def tally(self) -> list[tuple[str, int]]:
        """(card id, dots) from most to fewest; ties keep the order the cards were offered in."""
        counts = dict.fromkeys(self.card_ids, 0)
        for ballot in self.ballots.values():
            for card_id, n in ballot.items():
                counts[card_id] += n
        rank = {card_id: i for i, card_id in enumerate(self.card_ids)}
        return sorted(counts.items(), key=lambda item: (-item[1], rank[item[0]]))

    def left(self, participant_id: str) -> int:
        return self.dots - sum(self.ballots.get(participant_id, {}).values())


class RoomError(ValueError):
    """A request the room refuses; ``key`` names the participant's message, ``status`` the HTTP code."""

    def __init__(self, key: str, status: int = 400) -> None:
        super().__init__(key)
        self.key = key
        self.status = status


class Room:
    """Participants, locks, the presented team and the vote of one room opening."""

    def __init__(self, join_code: str | None = None) -> None:
        self.join_code = join_code or new_join_code()
        self.secret = secrets.token_bytes(32)
        self.facilitator_key = secrets.token_urlsafe(24)
        self._lock = threading.RLock()
        self._participants: dict[str, Participant] = {}
        self._removed: set[str] = set()
        self.locked_all = False
        self._locked_teams: set[str] = set()
        #: The team every page follows ("present" mode), or None.
        self.presenting: str | None = None
        self.vote: Vote | None = None
        self.closed = False
        #: Each participant's allowance of changes (a burst, then so many a second).
        self.rate_burst = RATE_BURST
        self.rate_per_second = RATE_PER_SECOND
        #: Bumped on every change of the room state (pages refetch when it moves).
        self.version = 0

    # ----------------------------------------------------------------------------- joining
    def check_code(self, code: str) -> bool:
        given = "".join(code.split()).upper()
        return hmac.compare_digest(given.encode(), self.join_code.encode())

    def join(self, code: str, name: str) -> Participant:
        with self._lock:
            if self.closed:
                raise RoomError("closed", 403)
            if not self.check_code(code):
                raise RoomError("bad-code", 403)
            if len(self._participants) >= MAX_PARTICIPANTS:
                raise RoomError("full", 403)
            clean = " ".join(name.split())[:MAX_NAME]
            participant = Participant(secrets.token_urlsafe(12), clean)
            self._participants[participant.id] = participant
            self.version += 1
            return participant

    def participant(self, participant_id: str) -> Participant:
        """The participant, or RoomError 401 (never joined) / 403 (removed, room closed)."""
        with self._lock:
            if self.closed or participant_id in self._removed:
                raise RoomError("removed" if not self.closed else "closed", 403)
            found = self._participants.get(participant_id)
            if found is None:
                raise RoomError("not-joined", 401)
            return found

    def participants(self) -> list[Participant]:
        with self._lock:
            return sorted(self._participants.values(), key=lambda p: p.joined_at)

    def csrf_token(self, participant_id: str) -> str:
        return hmac.new(self.secret, b"csrf:" + participant_id.encode(), hashlib.sha256).hexdigest()

    def check_csrf(self, participant_id: str, token: str | None) -> None:
        if not token or not hmac.compare_digest(token, self.csrf_token(participant_id)):
            raise RoomError("bad-csrf", 403)

    def choose_team(self, participant_id: str, team_id: str, teams: Iterable[str]) -> None:
        with self._lock:
            if team_id not in set(teams):
                raise RoomError("gone", 404)
            self.participant(participant_id).team_id = team_id
            self.version += 1

    def spend(self, participant_id: str) -> None:
        """Take one change from the participant's allowance (RoomError 429 when it is used up)."""
        with self._lock:
            who = self.participant(participant_id)
            now = time.monotonic()
            who.tokens = min(self.rate_burst, who.tokens + (now - who.last_refill) * self.rate_per_second)
            who.last_refill = now
            if who.tokens < 1:
                raise RoomError("slow-down", 429)
            who.tokens -= 1

    # --------------------------------------------------------------------- facilitator
    def remove(self, participant_id: str) -> None:
        with self._lock:
            if self._participants.pop(participant_id, None) is not None:
                self._removed.add(participant_id)
                if self.vote is not None:
                    self.vote.ballots.pop(participant_id, None)
                self.version += 1

    def lock(self, team_id: str | None = None, locked: bool = True) -> None:
        """Lock (or unlock) writing for one team, or for everyone when ``team_id`` is None."""
        with self._lock:
            if team_id is None:
                self.locked_all = locked
                if not locked:
                    self._locked_teams.clear()
            elif locked:
                self._locked_teams.add(team_id)
            else:
                self._locked_teams.discard(team_id)
            self.version += 1

    def is_locked(self, team_id: str | None) -> bool:
        with self._lock:
            return self.locked_all or (team_id is not None and team_id in self._locked_teams)

    def locked_teams(self) -> set[str]:
        with self._lock:
            return set(self._locked_teams)

    def present(self, team_id: str | None) -> None:
        with self._lock:
            self.presenting = team_id
            self.version += 1

    def close(self) -> None:
        with self._lock:
            self.closed = True
            self.version += 1

    # ------------------------------------------------------------------------------ voting
    def open_vote(self, card_ids: Iterable[str], dots: int) -> Vote:
        ids = tuple(dict.fromkeys(card_ids))
        if not ids:
            raise RoomError("no-cards")
        if not 1 <= dots <= 20:
            raise RoomError("bad-request")
        with self._lock:
            self.vote = Vote(ids, dots)
            self.version += 1
            return self.vote

    def cast(self, participant_id: str, card_id: str, delta: int) -> None:
        """Put one dot on a card (``delta`` 1) or take one back (-1)."""
        with self._lock:
            self.participant(participant_id)
            vote = self.vote
            if vote is None or not vote.open:
                raise RoomError("no-vote", 409)
            if card_id not in vote.card_ids or delta not in (1, -1):
                raise RoomError("bad-request")
            ballot = vote.ballots.setdefault(participant_id, {})
            if delta == 1 and vote.left(participant_id) <= 0:
                raise RoomError("no-dots-left", 409)
            if delta == -1 and ballot.get(card_id, 0) <= 0:
                raise RoomError("bad-request")
            ballot[card_id] = ballot.get(card_id, 0) + delta
            self.version += 1

    def close_vote(self) -> list[tuple[str, int]]:
        """Close the vote; returns the tally (most dots first)."""
        with self._lock:
            if self.vote is None:
                raise RoomError("no-vote", 409)
            self.vote.open = False
            self.version += 1
            return self.vote.tally()

    def end_vote(self) -> None:
        with self._lock:
            self.vote = None
            self.version += 1
