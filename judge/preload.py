"""Importing, in the background, what a command needs only after its cases are judged.

While the cases run, the command's main thread mostly waits on the sandbox
(the interpreter's lock is free then), so the report's and the history's
modules load in that wait instead of before the first case. Importing them
again in the main thread later takes the finished module (or waits for it,
under the import system's own per-module lock).
"""

from __future__ import annotations

import importlib
import threading


def preload(*modules: str) -> threading.Thread:
    def load() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the main thread's own import reports it
                return

    thread = threading.Thread(target=load, name="preload", daemon=False)
    thread.start()
    return thread
