"""`judge list` and `judge tags`: the catalogue with the user's standing on each problem.

Neither loads a problem through pydantic nor imports rich when its output is
piped: the catalogue index (judge.index) has every field they show.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from judge import jsonout
from judge.commands.common import catalog
from judge.errors import JudgeError
from judge.history.records import Attempt, Reveal
from judge.index import Summary, summaries
from judge.names import difficulty_option, no_match_message, tag_option

_DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}

_READS = """\
\b
Reads the problem packages (JUDGE_PROBLEMS_DIR), your history and solutions/
(JUDGE_SOLUTIONS_DIR) for the status; writes only the catalogue index in
the cache folder (JUDGE_CACHE_DIR)."""


def _loaded() -> list[Summary]:
    found = summaries(catalog())
    broken = [s for s in found if s.error]
    if broken:
        from rich.markup import escape

        from judge.console import err

        for summary in broken:
            err.print(f"[bad]skipped a broken problem:[/] {escape(str(summary.error))}", soft_wrap=True)
    return [s for s in found if not s.error]


def _chosen(tags: tuple[str, ...], difficulty: str | None) -> list[Summary]:
    problems = _loaded()
    chosen = [p for p in problems if (not difficulty or p.difficulty == difficulty.lower()) and all(t in p.tags for t in tags)]
    if not chosen and (tags or difficulty):
        raise JudgeError(no_match_message(tags, difficulty, {t for p in problems for t in p.tags}))
    chosen.sort(key=lambda p: (_DIFFICULTY_ORDER.get(p.difficulty, 3), p.slug))
    return chosen


@click.command("list", epilog=_READS)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@tag_option()
@difficulty_option()
def list_command(as_json: bool, tags: tuple[str, ...], difficulty: str | None) -> None:
    """List the problems: slug, title, difficulty, tags, languages and your status.

    On a terminal, a table; piped or redirected, one plain line per problem,
    tab-separated: slug, difficulty, status, tags (comma-separated), title,
    languages (comma-separated: python, cpp, java), so `judge list | grep linked`
    and `cut -f1` work. Problems that need numpy are Python-only.
    """
    problems = _chosen(tags, difficulty)
    if not problems and not as_json:
        raise JudgeError(f"no problems found in {catalog().root}")
    rows = _rows(problems)
    if as_json:
        click.echo(jsonout.dumps(rows, indent=2))
        return
    if not sys.stdout.isatty():
        for row in rows:
            fields = (row["slug"], row["difficulty"], row["status"] or "-", ",".join(row["tags"]), row["title"], ",".join(row["languages"]))
            click.echo("\t".join(fields))
        return
    click.echo(_table(rows))


# SGR colours, as `judge list` has always shown them (rich is not loaded for a list).
_COLOUR = {"easy": "32", "medium": "33", "hard": "31", "slug": "36", "solved": "1;32", "head": "1"}


def _has_solution(folder: Path, slug: str) -> bool:
    from judge.languages import solution_suffixes

    return any((folder / f"{slug}{suffix}").is_file() for suffix in solution_suffixes())


def _languages(keys: list[str]) -> str:
    """``py, cpp``; a Python-only problem (numpy) says so."""
    return "python only" if keys == ["python"] else ", ".join("py" if key == "python" else key for key in keys)


def _table(rows: list[dict[str, Any]]) -> str:
    """The terminal's table: aligned columns, colours unless NO_COLOR, cut to the terminal's width."""
    import os
    import shutil

    colour = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"

    def paint(text: str, code: str | None) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour and code and text else text

    headers = ("slug", "title", "difficulty", "tags", "languages", "status")
    cells = [(r["slug"], r["title"], r["difficulty"], ", ".join(r["tags"]), _languages(r["languages"]), r["status"]) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    spare = shutil.get_terminal_size().columns - (sum(widths) + 2 * (len(widths) - 1))
    if spare < 0:  # the title gives way first, then the tags; the slug is never cut (people copy it)
        for index in (1, 3):
            cut = min(-spare, widths[index] - 10)
            if cut > 0:
                widths[index] -= cut
                spare += cut

    def line(values: tuple[str, ...], codes: tuple[str | None, ...]) -> str:
        parts = []
        for value, width, code in zip(values, widths, codes):
            shown = value if len(value) <= width else value[: width - 1] + "…"
            parts.append(paint(shown, code) + " " * (width - len(shown)))
        return "  ".join(parts).rstrip()

    lines = [paint(f"{len(rows)} problems", "1"), line(headers, ("1",) * 6)]
    for cell in cells:
        lines.append(line(cell, ("36", None, _COLOUR.get(cell[2]), None, "2", "1;32" if cell[5] == "solved" else None)))
    return "\n".join(lines)


@click.command("tags", epilog=_READS.replace(", your history and solutions/\n(JUDGE_SOLUTIONS_DIR) for the status", ""))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object, tag: count.")
@difficulty_option("Count only problems")
def tags_command(as_json: bool, difficulty: str | None) -> None:
    """List the tags with how many problems have each.

    One line per tag, most used first: the count, a tab, the tag. Use a tag
    with `judge list --tag TAG`, `judge next --tag TAG` or `judge practice --tag TAG`.
    """
    counts = Counter(t for p in _chosen((), difficulty) for t in p.tags)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if as_json:
        click.echo(jsonout.dumps(dict(ordered), indent=2))
        return
    for tag, count in ordered:
        click.echo(f"{count}\t{tag}")


def _rows(problems: list[Summary]) -> list[dict[str, Any]]:
    from judge.history.standing import problem_status
    from judge.solutions import solutions_dir

    attempts, reveals = _history()
    due = _due(attempts, problems, datetime.now(UTC), reveals) if attempts or reveals else set()
    by_slug: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        by_slug.setdefault(attempt.slug, []).append(attempt)
    folder = solutions_dir()
    return [
        {
            "slug": p.slug,
            "title": p.title,
            "difficulty": p.difficulty,
            "tags": list(p.tags),
            "languages": list(p.languages),
            "status": problem_status(by_slug.get(p.slug, []), _has_solution(folder, p.slug), p.slug in due),
        }
        for p in problems
    ]


def _history() -> tuple[list[Attempt], list[Reveal]]:
    # The list is about the catalogue: a history it cannot read costs the statuses, not the list.
    from judge.history.store import read_attempts, read_reveals

    try:
        return read_attempts(), read_reveals()
    except JudgeError as error:
        from judge.console import warn

        warn(f"statuses left out: {error}")
        return [], []


def _due(attempts: Sequence[Attempt], problems: Sequence[Summary], now: datetime, reveals: Sequence[Reveal] = ()) -> set[str]:
    """The slugs judge.history.schedule says are due for review, or none while that module is absent."""
    try:
        from judge.history.schedule import due_slugs
    except ImportError:
        return set()

    return due_slugs(attempts, now, {p.slug: p.difficulty for p in problems}, reveals=reveals)
