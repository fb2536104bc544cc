"""`judge new`: start a solution file for a problem."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
from rich.markup import escape

from judge.commands.common import problem_named
from judge.console import out
from judge.errors import JudgeError
from judge.names import PROBLEM
from judge.solutions import solution_path
from judge.template import render


@click.command("new")
@click.argument("slug", type=PROBLEM)
@click.option("-o", "--output", "file", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of solutions/SLUG.py.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def new_command(slug: str, file: Path | None, force: bool) -> None:
    """Write solutions/SLUG.py with the signature, statement and examples.

    An existing file is never overwritten without --force. Reads the
    problem's package; writes solutions/SLUG.py (JUDGE_SOLUTIONS_DIR), or
    FILE with -o, and nothing else.
    """
    problem = problem_named(slug)
    path = solution_path(slug, file)
    if path.exists() and not force:
        raise JudgeError(f"{path} already exists; use --force to overwrite it (your code would be lost)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(problem), encoding="utf-8")
    except OSError as error:
        raise JudgeError(f"cannot write {path}: {error.strerror}") from None
    # The next command names the file when it is not the one `judge run SLUG` reads by default.
    target = f" {shlex.quote(str(path))}" if file is not None and path != solution_path(slug, None) else ""
    command = escape(f"judge run {slug}{target}")
    out.print(f"Wrote [bold]{escape(str(path))}[/]. Next: [bold]{command}[/] to try the examples.", soft_wrap=True)
