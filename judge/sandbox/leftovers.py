"""Every harness this process starts, until it is closed: the judge's last
exit handler closes whatever a Ctrl-C or SIGTERM left without an owner. And
the harnesses released to end by themselves, which a judge stopped by a
signal waits for (settle_released).

A signal can land between a harness coming into being and the code that
would close it holding it (a constructor returning, an assignment), and no
amount of holding signals covers every such gap. So a connection is tracked
from before its resource exists (the container's name and the folder's path
are chosen first), and whatever is still tracked at exit is closed then.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judge.sandbox.base import HarnessConnection

_open: dict[int, HarnessConnection] = {}
_released: list[Callable[[], None]] = []
_lock = threading.Lock()


def track(connection: HarnessConnection) -> None:
    with _lock:
        _open[id(connection)] = connection


def untrack(connection: HarnessConnection) -> None:
    with _lock:
        _open.pop(id(connection), None)


def note_released(settle: Callable[[], None]) -> None:
    """``settle`` returns once a released harness has ended and left nothing."""
    with _lock:
        _released.append(settle)


def settle_released() -> None:
    """Wait for every released harness to be gone. A normal exit skips this (the
    engine's auto-remove finishes a moment later, and the user has their
    verdict meanwhile); Ctrl-C and SIGTERM promise that nothing is left."""
    with _lock:
        pending, _released[:] = list(_released), []
    threads = [threading.Thread(target=settle, name="settle-released") for settle in pending]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def close_leftovers() -> None:
    """Close every harness still open, and wait for the clean-ups that starts
    (a container's removal runs in a thread)."""
    with _lock:
        left = list(_open.values())
    for connection in left:
        try:
            connection.close()
        except Exception:  # one that cannot be closed must not keep the others open
            pass
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon and thread.ident is not None:
            thread.join()


atexit.register(close_leftovers)
