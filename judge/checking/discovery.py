"""Which solution files `judge check` judges, and the problem each one is for."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from judge.catalog import Catalog, Problem
from judge.errors import JudgeError, SpecError


@dataclass(frozen=True)
class Found:
    """One solution file; ``problem`` is None when it cannot be judged, and ``error`` says why."""

    path: Path
    slug: str
    problem: Problem | None = None
    error: str | None = None
    # A broken problem package is the judge's fault, not the solution's: it exits 3, not 1.
    judge_fault: bool = False


def _ignored(path: Path) -> bool:
    # Private helpers and editor droppings (_scratch.py, .#two-sum.py) are not solutions.
    return path.name.startswith(("_", "."))


def solution_files(paths: list[Path]) -> list[Path]:
    """Every ``<slug>.py`` (or ``.cpp``, or ``.java``) in the folders given and every file given, in a stable order.

    A path that does not exist, or a named file that is not Python, is a usage
    error: a CI job pointed at the wrong place must not pass by judging nothing.
    """
    from judge.languages import solution_suffixes

    suffixes = solution_suffixes()
    files: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            for file in sorted(file for suffix in suffixes for file in path.glob(f"*{suffix}")):
                if file.is_file() and not _ignored(file):
                    files.setdefault(file.resolve(), file)
        elif path.is_file():
            if path.suffix not in suffixes:
                named = " or ".join(f"<slug>{suffix}" for suffix in suffixes)
                raise JudgeError(f"{path} is not a solution file the judge can run: solutions are named {named}")
            files.setdefault(path.resolve(), path)
        elif path.exists():
            raise JudgeError(f"{path} is neither a file nor a folder")
        else:
            raise JudgeError(f"no such file or folder: {path}")
    return sorted(files.values(), key=lambda file: (file.stem, str(file)))


def match_problems(files: list[Path], catalog: Catalog) -> list[Found]:
    """Pair each file with the problem its name names; a name that matches none
    is kept with an error (and a guess at the intended slug), never skipped."""
    slugs = catalog.slugs()
    found = []
    for file in files:
        slug = file.stem
        if slug not in slugs:
            close = difflib.get_close_matches(slug, slugs, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}.py?" if close else "; solution files are named after a problem (judge list)"
            found.append(Found(file, slug, error=f"no problem called {slug!r}{hint}"))
            continue
        try:
            found.append(Found(file, slug, catalog.get(slug)))
        except SpecError as error:
            found.append(Found(file, slug, error=f"the problem package is broken: {error}", judge_fault=True))
    return found
