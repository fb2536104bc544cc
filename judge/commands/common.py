"""What several commands share: the catalog, the solution file, the sandbox option."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from judge.catalog import PROJECT_ROOT, Catalog, Problem
from judge.console import warn
from judge.errors import JudgeError
from judge.sandbox import BACKENDS, Sandbox, choose_sandbox

F = TypeVar("F", bound=Callable[..., Any])


def catalog() -> Catalog:
    ctx = click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, Catalog):
        root.obj = Catalog()
    return root.obj


def problem_named(slug: str) -> Problem:
    return catalog().get(slug)


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


def sandbox_option(function: F) -> F:
    return click.option(
        "--sandbox",
        type=click.Choice(sorted(BACKENDS)),
        envvar="JUDGE_SANDBOX",
        default=None,
        help=(
            "Where solutions run (env JUDGE_SANDBOX). Default: docker when its engine answers and "
            "`judge image build` has run, else local (not isolated). `judge doctor` says which and why."
        ),
    )(function)


def open_sandbox(name: str | None, quiet: bool = False) -> Sandbox:
    choice = choose_sandbox(name)
    if choice.warning and not quiet:
        warn(choice.warning)
    return choice.sandbox
