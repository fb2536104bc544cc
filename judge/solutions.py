"""A person's solution files: where they live and how one is read."""

from __future__ import annotations

import os
from pathlib import Path

from judge.catalog import PROJECT_ROOT
from judge.errors import JudgeError


def solutions_dir() -> Path:
    """Where solutions live: $JUDGE_SOLUTIONS_DIR, else ./solutions, else the checkout's
    (an installed judge has no checkout: ./solutions then)."""
    override = os.environ.get("JUDGE_SOLUTIONS_DIR")
    if override:
        return Path(override)
    here = Path.cwd() / "solutions"
    checkout = PROJECT_ROOT / "solutions"
    return checkout if not here.is_dir() and checkout.is_dir() else here


def solution_path(slug: str, file: Path | None) -> Path:
    return file if file is not None else solutions_dir() / f"{slug}.py"


def read_solution(slug: str, file: Path | None) -> tuple[Path, str]:
    path = solution_path(slug, file)
    if not path.exists():
        hint = f" Start one with: judge new {slug}" if file is None else ""
        raise JudgeError(f"no solution file at {path}.{hint}")
    if path.is_dir():
        raise JudgeError(f"{path} is a directory, not a solution file")
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise JudgeError(f"{path} is not UTF-8 text") from None
    except OSError as error:
        raise JudgeError(f"cannot read {path}: {error.strerror}") from None
    if not source.strip():
        raise JudgeError(f"{path} is empty: write your solution first")
    return path, source
