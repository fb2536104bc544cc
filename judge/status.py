"""The user's standing per problem: solved, attempted, or only started.

A small JSON file written atomically; the SQLite history planned for
practice runs will take this role over.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import platformdirs

from judge.jsonfile import exclusive, write_atomic
from judge.verdicts import Verdict


def state_path() -> Path:
    override = os.environ.get("JUDGE_STATE_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir("interview-judge"))
    return base / "status.json"


def load() -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def record(slug: str, verdict: Verdict) -> None:
    """Remember a submission's verdict; an accepted problem stays solved."""
    path = state_path()
    try:
        # Locked, so two terminals submitting at once both keep their update.
        with exclusive(path):
            data = load()
            entry = data.get(slug, {})
            entry["last_verdict"] = str(verdict)
            entry["last_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
            entry["attempts"] = int(entry.get("attempts", 0)) + 1
            entry["solved"] = bool(entry.get("solved")) or verdict is Verdict.AC
            data[slug] = entry
            write_atomic(path, data)
    except OSError:
        pass  # losing a status line must not fail a submission


def describe(slug: str, solution_exists: bool, data: dict[str, dict[str, Any]]) -> str:
    entry = data.get(slug)
    if entry and entry.get("solved"):
        return "solved"
    if entry:
        return f"attempted ({entry.get('last_verdict', '?')})"
    return "started" if solution_exists else ""
