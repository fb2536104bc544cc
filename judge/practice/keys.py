"""Commands from the person at the keyboard: single keys on a terminal, lines in a pipe.

On a terminal, stdin goes into cbreak mode (no line buffering, no echo) for
the session, so ``s`` submits at once; ISIG stays on, so Ctrl-C still raises
KeyboardInterrupt. The terminal's settings are put back on every way out.
When stdin is not a terminal, a command is a line (``s`` then Enter), so the
session can be driven from a pipe or a script.
"""

from __future__ import annotations

import os
import select
import sys
import termios
import time
import tty
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TextIO


class KeySource(Protocol):
    def read(self, timeout: float) -> str | None:
        """The next command key (lower case), waiting at most ``timeout`` seconds; None if none came."""


class TerminalKeys:
    """Keys from a file descriptor: each byte a key when ``single_keys``, else the first letter of each line."""

    def __init__(self, fd: int, *, single_keys: bool) -> None:
        self._fd = fd
        self._single_keys = single_keys
        self._pending = bytearray()
        self._eof = False

    def read(self, timeout: float) -> str | None:
        while True:
            key = self._take()
            if key is not None:
                return key
            if self._eof:
                # Nothing more will ever come: wait out the timeout rather than
                # spin on a descriptor that is always "readable" at its end.
                time.sleep(max(0.0, timeout))
                return None
            ready, _, _ = select.select([self._fd], [], [], max(0.0, timeout))
            if not ready:
                return None
            chunk = os.read(self._fd, 1024)
            if not chunk:
                self._eof = True
            self._pending += chunk
            timeout = 0.0  # what is buffered is taken now; no second wait

    def _take(self) -> str | None:
        if self._single_keys:
            while self._pending:
                byte = self._pending.pop(0)
                if 32 < byte < 127:
                    return chr(byte).lower()
            return None
        while b"\n" in self._pending or (self._eof and self._pending):
            line, _, rest = bytes(self._pending).partition(b"\n")
            self._pending = bytearray(rest)
            word = line.decode("utf-8", errors="replace").strip().lower()
            if word:
                return word[0]
        return None


@contextmanager
def keys_from(stream: TextIO = sys.stdin) -> Iterator[KeySource]:
    """A key source for ``stream``: single keys in cbreak mode on a terminal, lines otherwise."""
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, OSError):
        yield _NoKeys()
        return
    if not os.isatty(fd):
        yield TerminalKeys(fd, single_keys=False)
        return
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd, termios.TCSANOW)
        yield TerminalKeys(fd, single_keys=True)
    finally:
        # TCSAFLUSH: keys typed but not read are dropped, not handed to the shell.
        termios.tcsetattr(fd, termios.TCSAFLUSH, saved)


class _NoKeys:
    """No stdin at all: the session still runs on file saves and the clock."""

    def read(self, timeout: float) -> str | None:
        time.sleep(max(0.0, timeout))
        return None
