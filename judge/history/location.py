"""Where the history lives, and whether this run records into it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HISTORY_FILE = "history.sqlite3"
_FALSE = {"", "0", "false", "no", "off"}


def history_enabled() -> bool:
    """False when JUDGE_NO_HISTORY is set to a true value (the global --no-history sets it)."""
    return os.environ.get("JUDGE_NO_HISTORY", "").strip().lower() in _FALSE


def history_path() -> Path:
    """$JUDGE_HISTORY (the global --history sets it), else history.sqlite3 in $JUDGE_STATE_DIR,
    else in the platform's user data folder (~/.local/share/interview-judge on Linux)."""
    override = os.environ.get("JUDGE_HISTORY")
    if override:
        return Path(override).expanduser()
    state = os.environ.get("JUDGE_STATE_DIR")
    base = Path(state) if state else Path(platformdirs.user_data_dir("interview-judge"))
    return base / HISTORY_FILE
