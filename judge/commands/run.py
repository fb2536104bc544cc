"""`judge run`: a solution on the visible examples, with a diff on failure."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from judge.cases import example_cases
from judge.commands.common import open_sandbox, problem_named, read_solution, sandbox_option
from judge.console import out
from judge.grading import grade
from judge.progress import case_progress
from judge.report import failure_panel, print_report


@click.command("run")
@click.argument("slug")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@sandbox_option
def run_command(slug: str, file: Path | None, sandbox: str | None) -> None:
    """Run FILE (default solutions/SLUG.py) on the visible examples of SLUG.

    Every failing example is shown with its input, the expected and actual
    answers, a diff for long lists and what the solution printed. Exit status
    0 when all examples pass, 1 otherwise.
    """
    problem = problem_named(slug)
    path, source = read_solution(slug, file)
    box = open_sandbox(sandbox)
    cases = example_cases(problem)
    with case_progress(f"{slug}: examples", len(cases)) as advance:
        report = grade(problem, source, cases, box, on_case=lambda case: advance(case.id), file=str(path))
    if report.tests:
        failures = [t for t in report.tests if t.verdict.value != "AC"]
        out.print(f"[bold]{escape(str(path))}[/] on {len(cases)} examples of [slug]{slug}[/]")
        print_report(report, show_table=True)
        for extra in failures[1:]:
            out.print(failure_panel(extra))
    else:
        print_report(report)
    if report.accepted:
        out.print(f"[muted]Examples pass. Judge the hidden cases with: judge submit {slug}[/]")
    raise click.exceptions.Exit(0 if report.accepted else 1)
