"""Noticing that the solution file was saved, by polling: no inotify, nothing to install.

A save is a change of the file's *content*. ``stat`` is the cheap gate: the
file's identity and timestamps (device, inode, size, mtime_ns, ctime_ns) are
compared on every poll and the file is read and hashed only when they moved.
The inode catches an editor's atomic save (write a temporary file, rename it
over the old one); ctime catches a save that put the old mtime back (ctime
cannot be set by a program). The hash then decides: a re-save of the same
text is not a change, so nothing re-runs.

One gap is left by timestamps alone: two writes within one tick of the file
system's clock, of the same size, look identical to ``stat``. As git does for
its index ("racily clean" entries), a file whose timestamps are that recent is
hashed again on the next poll, until they are old enough to be trusted.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge.practice.clock import Clock

# Coarser than any local file system's timestamp granularity (ext4 and tmpfs
# use the kernel's coarse clock, a few ms; FAT has 2 s).
RACY_NS = 2_000_000_000
DEFAULT_INTERVAL_S = 0.1

_Signature = tuple[int, int, int, int, int]


@dataclass(frozen=True)
class Save:
    """The file's new content."""

    source: str
    sha256: str


class SolutionWatcher:
    """``poll()`` returns a ``Save`` once per change of the file's content.

    It looks at the file at most once per ``interval`` of ``clock``: callers may
    poll as often as they like (the session polls after every key) without
    turning it into a busy loop. ``wall_ns`` is the clock file timestamps are
    written with, for the racy-timestamp check.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Clock = time.monotonic,
        interval: float = DEFAULT_INTERVAL_S,
        wall_ns: Callable[[], int] = time.time_ns,
        stat: Callable[[Path], os.stat_result] = os.stat,
    ) -> None:
        self.path = path
        self.interval = interval
        self._clock = clock
        self._wall_ns = wall_ns
        self._stat = stat
        self._next_poll = float("-inf")
        self._signature: _Signature | None = None
        self._racy = False
        self._sha256: str | None = None

    def baseline(self) -> Save | None:
        """Take the file as it is now as already seen (no ``Save`` for it), and return it."""
        seen = self._look()
        if seen is not None:
            self._sha256 = seen.sha256
        return seen

    def poll(self) -> Save | None:
        now = self._clock()
        if now < self._next_poll:
            return None
        self._next_poll = now + self.interval
        seen = self._look()
        if seen is None or seen.sha256 == self._sha256:
            return None
        self._sha256 = seen.sha256
        return seen

    def _look(self) -> Save | None:
        """The file's content if its stat moved (or may have moved unseen), else None."""
        try:
            info = self._stat(self.path)
        except OSError:
            return None  # not there (mid-rename, deleted): wait for it to come back
        signature = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        if signature == self._signature and not self._racy:
            return None
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        self._signature = signature
        self._racy = self._wall_ns() - max(info.st_mtime_ns, info.st_ctime_ns) < RACY_NS
        if not data.strip():
            # An editor that truncates and then writes can be caught in between;
            # an empty file is never a save worth running.
            self._signature = None
            return None
        return Save(data.decode("utf-8", errors="replace"), hashlib.sha256(data).hexdigest())
