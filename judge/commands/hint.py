"""`judge hint` and `judge solution`: help when stuck, one hint at a time, and the reference
with its editorial once solved (or, asked for with --spoil, before)."""

from __future__ import annotations

from datetime import UTC, datetime

import click
from rich.markdown import Markdown
from rich.syntax import Syntax
from rich.text import Text

from judge.catalog import Problem
from judge.commands.common import problem_named
from judge.console import out, warn
from judge.errors import JudgeError
from judge.hints import has_language, hint_text, hints_seen
from judge.history.location import history_enabled
from judge.history.recording import record_reveal
from judge.history.records import solved
from judge.history.store import read_attempts
from judge.names import PROBLEM

LANG_HELP = "Language: en, or zh where the problem has a Chinese statement."


def hint_block(problem: Problem, number: int, language: str) -> list[Text | Markdown]:
    total = len(problem.spec.hints)
    return [Text(f"Hint {number} of {total}", style="bold"), Markdown(hint_text(problem, number, language))]


def _language(problem: Problem, language: str) -> str:
    if language != "en" and not has_language(problem, language):
        warn(f"{problem.slug} has no hints in {language!r}; showing the English ones")
        return "en"
    return language


@click.command("hint")
@click.argument("slug", type=PROBLEM)
@click.option("--all", "show_all", is_flag=True, help="Show again every hint seen since your last solve, and no new one.")
@click.option("--lang", default="en", show_default=True, metavar="LANG", help=LANG_HELP)
def hint_command(slug: str, show_all: bool, lang: str) -> None:
    """Show the next hint for SLUG, one at a time.

    Hints go from a nudge to nearly the idea, never the code. Each one shown
    is recorded in the history: a solve after hints is rated Hard by `judge
    next` (it comes back sooner) and counted apart by `judge stats`. The count
    starts again after each accepted submission.

    Reads the problem package and your history; writes the hint shown to the
    history.

    \b
      judge hint two-sum            the next hint
      judge hint two-sum --all      the hints seen so far, again
    """
    problem = problem_named(slug)
    hints = problem.spec.hints
    if not hints:
        raise JudgeError(f"{slug} has no hints")
    language = _language(problem, lang)
    seen = min(hints_seen(slug), len(hints))
    if show_all:
        if not seen:
            out.print(Text(f"No hint seen yet for {slug} since your last solve; `judge hint {slug}` shows the first."))
        for number in range(1, seen + 1):
            out.print(*hint_block(problem, number, language))
        return
    if seen >= len(hints):
        out.print(
            Text(
                f"You have seen all {len(hints)} hints for {slug}: `judge hint {slug} --all` shows them again. "
                f"The reference and its editorial: `judge solution {slug}` once solved (before that, with --spoil)."
            )
        )
        return
    number = seen + 1
    record_reveal(slug, "hint", datetime.now(UTC), number)
    out.print(*hint_block(problem, number, language))
    left = len(hints) - number
    more = f"{left} more: `judge hint {slug}`" if left else "that was the last one"
    out.print(Text(more, style="dim"))
    if not history_enabled():
        warn("not recorded: the history is off (--no-history or JUDGE_NO_HISTORY), so the next `judge hint` shows this one again")


@click.command("solution")
@click.argument("slug", type=PROBLEM)
@click.option("--spoil", is_flag=True, help="Show it before you have solved SLUG (recorded: the problem comes back for review soon).")
@click.option("--lang", default="en", show_default=True, metavar="LANG", help="Editorial language: en, or one the problem has.")
def solution_command(slug: str, spoil: bool, lang: str) -> None:
    """Show the reference solution of SLUG and its editorial.

    The editorial gives the idea, the time and space complexity, and the
    classic mistakes. It is yours once you have an accepted submission or
    practice session for SLUG. Before that, --spoil shows it anyway and
    records the spoil: `judge next` counts it as a failed review (FSRS
    Again), so the problem comes back soon.

    Reads the problem package and your history; writes a spoil to the history
    when SLUG is not solved yet, nothing otherwise.
    """
    problem = problem_named(slug)
    earned = any(solved(attempt) for attempt in read_attempts(slug=slug))
    if not earned and not spoil:
        raise JudgeError(
            f"no accepted submission of {slug} yet, and the reference would spoil it: `judge hint {slug}` gives a nudge instead; "
            f"`judge solution {slug} --spoil` shows it anyway and counts as a failed review (it comes back for review soon)"
        )
    if not earned:
        record_reveal(slug, "spoil", datetime.now(UTC))
    editorial = problem.editorial(lang) if lang != "en" else problem.editorial()
    if editorial is None and lang != "en":
        warn(f"{slug} has no editorial in {lang!r}; showing the English one")
        editorial = problem.editorial()
    if editorial is None:
        warn(f"{slug} has no editorial.md")
    else:
        out.print(Markdown(editorial))
    out.print(Text(f"Reference solution ({problem.reference_path.name})", style="bold"))
    out.print(Syntax(problem.reference_source, "python", theme="ansi_dark", background_color="default"))
    if not earned:
        recorded = "Recorded as a spoil" if history_enabled() else "Not recorded (the history is off)"
        out.print(Text(f"{recorded}: solve {slug} again from a blank file soon; `judge next` will bring it back.", style="dim"))
