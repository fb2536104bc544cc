"""`judge list`: the catalogue with the user's standing on each problem."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from judge.catalog import Problem
from judge.commands.common import catalog
from judge.console import err, out, warn
from judge.errors import JudgeError
from judge.history.records import Attempt, Reveal
from judge.history.standing import problem_status
from judge.history.store import read_attempts, read_reveals
from judge.solutions import solutions_dir

_DIFFICULTY_STYLE = {"easy": "green", "medium": "yellow", "hard": "red"}
_DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="Only problems with this tag (repeatable).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Only problems of this difficulty.")
def list_command(as_json: bool, tags: tuple[str, ...], difficulty: str | None) -> None:
    """List the problems: slug, title, difficulty, tags and your status."""
    problems, errors = catalog().load_all()
    problems = [p for p in problems if (not difficulty or p.spec.difficulty == difficulty) and all(t in p.spec.tags for t in tags)]
    problems.sort(key=lambda p: (_DIFFICULTY_ORDER[p.spec.difficulty], p.slug))
    attempts, reveals = _history()
    due = _due(attempts, problems, datetime.now(UTC), reveals)
    by_slug: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        by_slug.setdefault(attempt.slug, []).append(attempt)
    folder = solutions_dir()
    rows: list[dict[str, Any]] = [
        {
            "slug": p.slug,
            "title": p.spec.title,
            "difficulty": p.spec.difficulty,
            "tags": list(p.spec.tags),
            "status": problem_status(by_slug.get(p.slug, []), (folder / f"{p.slug}.py").is_file(), p.slug in due),
        }
        for p in problems
    ]
    for error in errors:
        err.print(f"[bad]skipped a broken problem:[/] {escape(str(error))}", soft_wrap=True)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        out.print(f"No problems found in {catalog().root}.")
        return
    table = Table(title=f"{len(rows)} problems", title_justify="left")
    table.add_column("slug", no_wrap=True)  # people copy it into the next command
    for column in ("title", "difficulty", "tags", "status"):
        table.add_column(column)
    for row in rows:
        style = _DIFFICULTY_STYLE[row["difficulty"]]
        mark = "[ok]" if row["status"] == "solved" else ""
        table.add_row(
            f"[slug]{row['slug']}[/]", row["title"], f"[{style}]{row['difficulty']}[/]", ", ".join(row["tags"]), f"{mark}{row['status']}"
        )
    out.print(table)


def _history() -> tuple[list[Attempt], list[Reveal]]:
    # The list is about the catalogue: a history it cannot read costs the statuses, not the list.
    try:
        return read_attempts(), read_reveals()
    except JudgeError as error:
        warn(f"statuses left out: {error}")
        return [], []


def _due(attempts: Sequence[Attempt], problems: Sequence[Problem], now: datetime, reveals: Sequence[Reveal] = ()) -> set[str]:
    """The hook for review scheduling: the slugs judge.history.schedule says are due,
    or none while that module is absent."""
    try:
        from judge.history.schedule import due_slugs
    except ImportError:
        return set()
    return due_slugs(attempts, now, {p.slug: p.spec.difficulty for p in problems}, reveals=reveals)
