"""The user's own cache folder: reference outputs, generated hidden cases, the catalogue index.

Only this user reads it. Nothing in it is ever shown in a report or handed to a
sandbox: the hidden cases it holds go into a container one at a time, as always.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    override = os.environ.get("JUDGE_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("interview-judge"))
