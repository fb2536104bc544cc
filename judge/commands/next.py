"""`judge next`: which problem to practise now, from spaced repetition over the history."""

from __future__ import annotations

from datetime import UTC, datetime

import click
from rich.markup import escape
from rich.table import Table

from judge import jsonout
from judge.commands.common import catalog
from judge.console import err, out
from judge.errors import JudgeError
from judge.history.schedule import Recommendation, plan
from judge.history.store import read_attempts, read_reveals
from judge.names import difficulty_option, no_match_message, tag_option

_STATE_STYLE = {"due": "bad", "new": "ok", "learning": "warn", "scheduled": "muted"}


@click.command("next")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of the recommendations instead of text.")
@tag_option()
@difficulty_option()
@click.option(
    "-n", "count", type=click.IntRange(min=1), metavar="N", default=1, show_default=True, help="How many recommendations to show."
)
def next_command(as_json: bool, tags: tuple[str, ...], difficulty: str | None, count: int) -> None:
    """Say which problem to practise now, and why.

    Spaced repetition (FSRS) over your history: a problem you solved comes back
    after a few days, sooner if it took failed attempts or longer than its
    practice clock (20/40/60 minutes for easy/medium/hard), later each time you
    solve it cleanly. Problems due for review come first (most overdue first),
    then problems you never attempted (easy first), then the rest by due date.

    \b
      judge next                  the problem to practise now
      judge next -n 5             and the four after it
      judge next --tag graph      only graph problems

    Reads your history and the problem packages; writes nothing.
    """
    problems, errors = catalog().load_all()
    for error in errors:
        err.print(f"[bad]skipped a broken problem:[/] {escape(str(error))}", soft_wrap=True)
    chosen = [p for p in problems if (not difficulty or p.spec.difficulty == difficulty.lower()) and all(t in p.spec.tags for t in tags)]
    if not chosen:
        raise JudgeError(no_match_message(tags, difficulty, {t for p in problems for t in p.spec.tags}))
    ranked = plan(read_attempts(), [(p.slug, p.spec.difficulty, p.spec.tags) for p in chosen], datetime.now(UTC), read_reveals())[:count]
    if as_json:
        click.echo(jsonout.dumps([item.as_dict() for item in ranked], indent=2))
        return
    top = ranked[0]
    out.print(f"Practise [slug]{top.slug}[/] ({top.difficulty}; {escape(', '.join(top.tags))}): {escape(top.reason)}", soft_wrap=True)
    if len(ranked) > 1:
        out.print(_table(ranked))
    out.print(f"Start with: judge practice {top.slug}", soft_wrap=True)


def _table(ranked: list[Recommendation]) -> Table:
    table = Table(title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("slug", no_wrap=True)  # people copy it into the next command
    for column in ("difficulty", "state", "why"):
        table.add_column(column)
    for rank, item in enumerate(ranked, start=1):
        style = _STATE_STYLE[item.state]
        table.add_row(str(rank), f"[slug]{item.slug}[/]", item.difficulty, f"[{style}]{item.state}[/]", escape(item.reason))
    return table
