"""Ctrl-C and SIGTERM held back while the judge does something it must finish
(creating a container whose id must reach us, removing a harness's folder)."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is over, then take effect.

    Blocking the signals (pthread_sigmask) is not enough: the interpreter runs
    a Python handler at the first instruction after the signal arrived, so a
    signal that came just before the block would still raise inside it (seen:
    a KeyboardInterrupt in the middle of a create request, whose container the
    judge then never knew of). The handlers themselves are swapped for ones that
    only note the signal; ``signal.signal`` runs any handler already due before
    it swaps, so such a signal raises before the block, where nothing is begun.
    Only the main thread receives them, so only there is there anything to hold.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        noted.append(signum)

    previous: dict[signal.Signals, signal._HANDLER] = {}
    try:
        for signum in _HELD:
            previous[signum] = signal.signal(signum, note)
        yield
    finally:
        # Blocked while the handlers go back: one arriving between two of the
        # restorations would run a restored handler and leave the other noting.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
        try:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if noted:
            # Delivered again now that the block is over: the judge's own handler
            # (or the default action) takes it from here.
            signal.raise_signal(noted[0])
