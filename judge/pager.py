"""Long output through the user's pager on a terminal (`judge show`), as git does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TextIO

# less: keep colours (-R), quit when it fits one screen (-F), leave the text on screen (-X).
DEFAULT_PAGER = "less -R -F -X"


def pager_command() -> str | None:
    """$JUDGE_PAGER, else $PAGER, else less; None when there is none or it is switched off (`cat`, empty)."""
    chosen = os.environ.get("JUDGE_PAGER", os.environ.get("PAGER"))
    if chosen is None:
        return DEFAULT_PAGER if shutil.which("less") else None
    chosen = chosen.strip()
    return None if chosen in ("", "cat") else chosen


def page(text: str, enabled: bool = True, file: TextIO | None = None) -> None:
    """``text`` through the pager when stdout is a terminal and the text is taller
    than the screen; otherwise written as is."""
    file = file or sys.stdout
    command = pager_command() if enabled and file.isatty() else None
    if command is None or text.count("\n") < shutil.get_terminal_size().lines - 1:
        file.write(text)
        file.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "-R")
    try:
        subprocess.run(command, shell=True, input=text.encode("utf-8", errors="replace"), env=env, check=False)
    except OSError:
        file.write(text)
        file.flush()
