"""`judge show`: a problem's statement and visible examples (never a hidden case)."""

from __future__ import annotations

import click
from rich.markdown import Markdown
from rich.text import Text

from judge.commands.common import problem_named
from judge.console import out, warn
from judge.examples import example_panels
from judge.spec import FunctionEntry, Limits, size_text
from judge.statement import split


def limits_text(limits: Limits) -> str:
    """The limits as `judge show` states them, output cap included."""
    return (
        f"Limits: {limits.time_ms} ms CPU per case, {limits.memory_mb} MB, "
        f"output {size_text(limits.output_kb)} each for stdout and stderr (print-debugging fits; OLE is for floods)"
    )


@click.command("show")
@click.argument("slug")
@click.option("--lang", default="en", show_default=True, metavar="LANG", help="Statement language: en, or zh where the problem has one.")
@click.option(
    "--interview",
    is_flag=True,
    help="As an interviewer states it: without the spoilers (how answers are judged, the hidden cases) or follow-ups.",
)
def show_command(slug: str, lang: str, interview: bool) -> None:
    """Show the statement, examples, constraints and limits of SLUG.

    Hidden test cases are never shown.
    """
    problem = problem_named(slug)
    statement = problem.statement
    if lang != "en":
        translated = problem.translated_statement(lang)
        if translated is None:
            warn(f"{slug} has no statement in {lang!r}; showing the English one")
        else:
            statement = translated
    spec = problem.spec
    header = Text.assemble((spec.title, "bold"), "  ", (spec.difficulty, "muted"), "  ", (", ".join(spec.tags), "cyan"))
    out.print(header)
    out.print(
        Text(f"Asked in: {spec.source.interview}" + (f"  (LeetCode {spec.source.leetcode})" if spec.source.leetcode else ""), style="dim")
    )
    out.print()
    out.print(Markdown(split(statement).shown(interview=interview)))
    for panel in example_panels(problem):
        out.print(panel)
    if spec.constraints:
        out.print(Text("Constraints", style="bold"))
        for line in spec.constraints:
            out.print(f"  • {line}", highlight=False, markup=False)
    if spec.follow_up and not interview:
        out.print(Text("Follow-up", style="bold"))
        for item in spec.follow_up:
            out.print(f"  • {item.text}", markup=False)
    entry = spec.entry
    signature = f"{entry.name}({', '.join(p.name for p in entry.params)})" if isinstance(entry, FunctionEntry) else f"class {entry.name}"
    limits = spec.limits
    out.print(
        Text(
            f"\nEntry point: {signature}   {limits_text(limits)}",
            style="dim",
        )
    )
    if isinstance(entry, FunctionEntry):
        for alias in entry.aliases:
            note = f" ({alias.note})" if alias.note else ""
            out.print(Text(f"Also accepted: {alias.name}({', '.join(alias.params)}){note}", style="dim"), soft_wrap=True)
    out.print(Text(f"Start with: judge new {slug}", style="dim"))
