"""The interview clock: a countdown over a monotonic clock that tests can replace."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class Countdown:
    """``seconds`` of allowed time, counted from ``start()`` on ``clock``.

    Monotonic, so a change of the system time (NTP, a laptop waking up) neither
    steals nor grants time.
    """

    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        if seconds <= 0:
            raise ValueError("a countdown needs a positive number of seconds")
        self.seconds = float(seconds)
        self._clock = clock
        self._started: float | None = None

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        return max(0.0, self._clock() - self._started)

    @property
    def remaining(self) -> float:
        return max(0.0, self.seconds - self.elapsed)

    @property
    def expired(self) -> bool:
        return self.started and self.elapsed >= self.seconds

    def formatted(self) -> str:
        """What is left as mm:ss, rounded up: 00:00 only once the time is really up."""
        return format_seconds(self.remaining, round_up=True)


def format_seconds(seconds: float, *, round_up: bool = False) -> str:
    """mm:ss (minutes may pass 59: an hour is 60:00). Rounding up suits a countdown,
    which must not show 00:00 while time is left; rounding down suits time used."""
    whole = int(seconds) if not round_up or seconds == int(seconds) else int(seconds) + 1
    whole = max(0, whole)
    return f"{whole // 60:02d}:{whole % 60:02d}"
