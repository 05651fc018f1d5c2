"""The round countdown as plain arithmetic on a clock, so it can be tested without waiting."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Countdown:
    """A countdown that can be paused, resumed and extended; the clock is injectable."""

    duration_s: float
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    _started: float | None = field(default=None, init=False)
    _elapsed_before: float = field(default=0.0, init=False)

    @classmethod
    def resumed(
        cls, duration_s: float, elapsed_s: float, clock: Callable[[], float] = time.monotonic
    ) -> Countdown:
        """A running countdown that has already used ``elapsed_s`` (a round resumed after reopening)."""
        countdown = cls(duration_s, clock)
        countdown._elapsed_before = max(0.0, elapsed_s)
        countdown.start()
        return countdown

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        """Start (or resume) counting down."""
        if self._started is None:
            self._started = self.clock()

    def pause(self) -> None:
        if self._started is not None:
            self._elapsed_before += self.clock() - self._started
            self._started = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def extend(self, seconds: float) -> None:
        """Give the room more time (a negative value takes some away, never below zero left)."""
        self.duration_s = max(self.elapsed(), self.duration_s + seconds)

    def elapsed(self) -> float:
        running = self.clock() - self._started if self._started is not None else 0.0
        return self._elapsed_before + running

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.duration_s - self.elapsed())

    @property
    def finished(self) -> bool:
        return self.remaining() <= 0.0

    def overtime(self) -> float:
        """Seconds past the end (the room often needs a minute more)."""
        return max(0.0, self.elapsed() - self.duration_s)


def format_clock(seconds: float) -> str:
    """``754`` -> ``"12:34"``; an hour or more -> ``"1:02:34"``; rounds up so 0:00 means done."""
    total = int(-(-seconds // 1))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
