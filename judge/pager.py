"""Long output through the user's pager on a terminal (`judge show`), as git does."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console

# less: keep colours (-R), quit when it fits one screen (-F), leave the text on screen (-X).
DEFAULT_PAGER = "less -R -F -X"


def pager_command() -> str | None:
    """$JUDGE_PAGER, else $PAGER, else less; None when there is none or it is switched off (`cat`, empty)."""
    chosen = os.environ.get("JUDGE_PAGER", os.environ.get("PAGER"))
    if chosen is None:
        return DEFAULT_PAGER if shutil.which("less") else None
    chosen = chosen.strip()
    return None if chosen in ("", "cat") else chosen


@contextmanager
def paged(console: Console, enabled: bool = True) -> Iterator[None]:
    """Everything printed on ``console`` inside goes through the pager when it is a
    terminal and the text is taller than the screen; otherwise it is printed as is."""
    command = pager_command() if enabled and console.is_terminal else None
    if command is None:
        yield
        return
    with console.capture() as capture:
        yield
    text = capture.get()
    if text.count("\n") < console.size.height - 1:
        console.file.write(text)
        console.file.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "-R")
    try:
        subprocess.run(command, shell=True, input=text.encode("utf-8", errors="replace"), env=env, check=False)
    except OSError:
        console.file.write(text)
