"""`judge show`: a problem's statement and visible examples (never a hidden case)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from judge.commands.common import catalog, problem_named
from judge.names import PROBLEM
from judge.pager import page

if TYPE_CHECKING:
    from judge.spec import FollowUp, Limits


def limits_text(limits: Limits) -> str:
    """The limits as `judge show` states them, output cap included."""
    from judge.spec import size_text

    return (
        f"Limits: {limits.time_ms} ms CPU per case, {limits.memory_mb} MB, "
        f"output {size_text(limits.output_kb)} each for stdout and stderr (print-debugging fits; OLE is for floods)"
    )


@click.command("show")
@click.argument("slug", type=PROBLEM)
@click.option("--lang", default="en", show_default=True, metavar="LANG", help="Statement language: en, or zh where the problem has one.")
@click.option(
    "--interview",
    is_flag=True,
    help="As an interviewer states it: without the spoilers (how answers are judged, the hidden cases) or follow-ups.",
)
@click.option("--no-pager", is_flag=True, help="Print straight to the terminal, however long the statement.")
def show_command(slug: str, lang: str, interview: bool, no_pager: bool) -> None:
    """Show the statement, examples, constraints and limits of a problem.

    SLUG is the problem's slug, a unique prefix or word of it (`judge show
    median`), or its LeetCode number (`judge show 4`). On a terminal, a
    statement longer than the screen goes through your pager ($PAGER, or
    `less -R -F -X`; JUDGE_PAGER overrides, `cat` turns it off).

    Reads the problem's package (statement, problem.yaml); writes only the
    rendered statement in the cache folder (JUDGE_CACHE_DIR).
    Hidden test cases are never shown.
    """
    from judge import showcache

    key = showcache.cache_key(catalog().root / slug, lang, interview=interview)
    text = showcache.load(key)  # rendered before: no spec, no Markdown to load
    if text is None:
        from judge.console import out

        with out.capture() as capture:
            _show(slug, lang, interview)
        text = capture.get()
        showcache.store(key, text)
    page(text, enabled=not no_pager)


def _show(slug: str, lang: str, interview: bool) -> None:
    from rich.markdown import Markdown
    from rich.text import Text

    from judge.console import out, warn
    from judge.examples import example_panels
    from judge.spec import FunctionEntry
    from judge.statement import split

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
            out.print(Text.assemble(f"  • {item.text}", ("  " + follow_up_mark(item), "dim")), soft_wrap=True)
    entry = spec.entry
    signature = f"{entry.name}({', '.join(p.name for p in entry.params)})" if isinstance(entry, FunctionEntry) else f"class {entry.name}"
    limits = spec.limits
    out.print(
        Text(
            f"\nEntry point: {signature}   {limits_text(limits)}",
            style="dim",
        )
    )
    from judge.languages import CPP, JAVA
    from judge.languages.runner import CPP_TIME_FACTOR, JAVA_TIME_FACTOR, limits_for
    from judge.languages.support import languages_for

    languages = languages_for(spec)
    if CPP in languages:
        out.print(
            Text(
                f"In C++ (solutions/{slug}.cpp): {limits_for(spec, CPP).time_ms} ms CPU per case, {CPP_TIME_FACTOR:g} of the "
                "Python limit (C++ runs the references over 10x faster; the quadratic solutions stay TLE)",
                style="dim",
            ),
            soft_wrap=True,
        )
    if JAVA in languages:
        out.print(
            Text(
                f"In Java (solutions/{slug}.java): {limits_for(spec, JAVA).time_ms} ms CPU per case, {JAVA_TIME_FACTOR:g} of the "
                "Python limit (set from the Java references' slowest cases, JIT warm-up included: at least 6.9x "
                "their time; the quadratic solutions stay TLE); the heap is the memory limit",
                style="dim",
            ),
            soft_wrap=True,
        )
    elif CPP in languages:
        from judge.languages import java as java_language

        out.print(Text(f"Not in Java: {java_language.unsupported(spec)}", style="dim"), soft_wrap=True)
    if CPP not in languages:
        from judge.languages import cpp as cpp_language

        out.print(Text(f"Python only: {cpp_language.unsupported(spec)}", style="dim"))
    if isinstance(entry, FunctionEntry):
        for alias in entry.aliases:
            note = f" ({alias.note})" if alias.note else ""
            out.print(Text(f"Also accepted: {alias.name}({', '.join(alias.params)}){note}", style="dim"), soft_wrap=True)
    out.print(Text(f"Start with: judge new {slug}", style="dim"))


def follow_up_mark(item: FollowUp) -> str:
    """Whether `judge submit` measures this follow-up, and what, or why not."""
    if item.checked:
        return f"[checked: {item.label}, measured on every accepted submission]"
    return f"[not checked: {item.note}]" if item.note else "[not checked]"
