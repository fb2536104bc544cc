"""The `judge` console script's first instant: signals are handled before the
command line's heavy imports, so Ctrl-C or SIGTERM at any moment ends the
judge with its usual status and message, never a traceback."""

from __future__ import annotations

import signal
import sys


def _terminate(signum: int, frame: object) -> None:
    # Unwinding (not dying on the spot) lets every sandbox clean up after itself.
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        from judge.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:
        # Before the command line's own handler is in place, or after it is gone.
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    finally:
        # Shutting down: the interpreter now joins the threads that remove
        # containers, and a late signal must not cut that short (or print a
        # traceback from an exit handler).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
