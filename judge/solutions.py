"""A person's solution files: where they live and how one is read."""

from __future__ import annotations

import io
import os
import tokenize
from pathlib import Path
from typing import Any

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


def solution_path(slug: str, file: Path | None, suffix: str | None = None) -> Path:
    """``file``, else solutions/SLUG with ``suffix``; without one, SLUG.py, or the
    solution in another language when that is the only one there (SLUG.cpp)."""
    if file is not None:
        return file
    folder = solutions_dir()
    if suffix is not None:
        return folder / f"{slug}{suffix}"
    default = folder / f"{slug}.py"
    if not default.exists():
        from judge.languages import solution_suffixes

        others = [folder / f"{slug}{other}" for other in solution_suffixes() if other != ".py"]
        existing = [path for path in others if path.is_file()]
        if len(existing) == 1:
            return existing[0]
    return default


def read_solution(slug: str, file: Path | None) -> tuple[Path, str]:
    path = solution_path(slug, file)
    if not path.exists():
        hint = f" Start one with: judge new {slug}" if file is None else ""
        raise JudgeError(f"no solution file at {path}.{hint}")
    if path.is_dir():
        raise JudgeError(f"{path} is a directory, not a solution file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise JudgeError(f"cannot read {path}: {error.strerror}") from None
    if path.suffix == ".py":
        source = decode_source(path, data)
    else:
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise JudgeError(f"{path} is not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    if not source.strip():
        raise JudgeError(f"{path} is empty: write your solution first")
    return path, source


def decode_source(path: Path, data: bytes) -> str:
    """A Python file's text as Python reads it: a UTF-8 byte-order mark is
    dropped, and a PEP 263 ``# -*- coding: NAME -*-`` line names the encoding."""
    advice = "save it as UTF-8 or declare its encoding (PEP 263: # -*- coding: latin-1 -*-)"
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        if error.msg.startswith("invalid or missing encoding declaration"):  # no cookie, and not UTF-8
            raise JudgeError(f"{path} is not UTF-8 text; {advice}") from None
        if error.msg.startswith("encoding problem"):
            raise JudgeError(f"{path}: encoding problem: a UTF-8 byte-order mark, and a coding line for another encoding") from None
        raise JudgeError(f"{path}: {error.msg}") from None  # unknown encoding: NAME
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding in ("utf-8", "utf-8-sig") else encoding
        raise JudgeError(f"{path} is not {name} text (byte {error.start}); {advice}") from None


def display_path(path: Path | str) -> str:
    """``path`` as the user would type it: relative to the working directory
    when it is inside it (solutions/two-sum.py), else whole."""
    try:
        here = Path.cwd().resolve()
        whole = Path(path).resolve()
        return str(whole.relative_to(here)) if here != Path(here.anchor) else str(whole)
    except (ValueError, OSError):
        return str(path)


def sandbox_limits(problem: Any, path: Path) -> Any:
    """The limits to start a sandbox early with for ``path`` (its language's: C++
    needs room for the compiler), so the warm container is the one used."""
    from judge.languages import language_of
    from judge.languages.runner import container_limits

    try:
        return container_limits(problem.spec, language_of(path))
    except JudgeError:
        return problem.spec.limits  # the language's own error comes when it is judged
