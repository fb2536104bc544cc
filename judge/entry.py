"""The `judge` console script's first instant: signals are handled before the
command line's heavy imports, so Ctrl-C or SIGTERM at any moment ends the
judge with its usual status and message, never a traceback.

And its last instant: once the command's own threads and exit handlers are
done and its output is flushed, the process ends without the interpreter's
teardown, which would spend about 40 ms freeing the modules of pydantic, rich
and numpy one object at a time for nobody (half the time a run of two-sum takes
beyond a bare `docker run`).
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
import time


def _terminate(signum: int, frame: object) -> None:
    # Unwinding (not dying on the spot) lets every sandbox clean up after itself.
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        # The container of a run or submit is requested before click and the
        # command's modules load (judge/early_sandbox.py).
        from judge.early_sandbox import start_from_argv

        start_from_argv(sys.argv[1:])
        from judge.cli import main as cli_main

        cli_main()
        status: object = 0
    except KeyboardInterrupt:
        # Before the command line's own handler is in place, or after it is gone.
        sys.stderr.write("interrupted\n")
        status = 130
    except SystemExit as exit_:
        status = exit_.code
    finally:
        # Shutting down: the threads that remove containers are joined below, and
        # a late signal must not cut that short (or print a traceback from an
        # exit handler).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _exit(status)


def _exit(status: object) -> None:
    """What the interpreter's own exit does that matters (join the threads
    that are not daemons, run the exit handlers, flush), then end."""
    if status is None:
        code = 0
    elif isinstance(status, int):
        code = status
    else:  # sys.exit("message"): the message goes to stderr, status 1
        sys.stderr.write(f"{status}\n")
        code = 1
    leftovers = sys.modules.get("judge.sandbox.leftovers")
    if code >= 128 and leftovers is not None:  # stopped by a signal: nothing may outlive the judge
        leftovers.settle_released()
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon:
            _join(thread)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that went away (`judge list | head`) wanted no more
    os._exit(code & 0xFF)


def _join(thread: threading.Thread) -> None:
    """Join, also a thread whose start() a signal cut short: it is listed, and
    most likely running a moment later, but join() refuses it until then (and
    one that never got going is given up after a second)."""
    deadline = time.monotonic() + 1.0
    while True:
        try:
            thread.join()
            return
        except RuntimeError:  # not started yet
            if time.monotonic() > deadline:
                return
            time.sleep(0.001)
