"""`judge run`: a solution on the visible examples, with a diff on failure."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from judge.cases import custom_case, example_cases
from judge.commands.common import open_sandbox, problem_named, sandbox_option
from judge.console import out
from judge.errors import JudgeError, SpecError
from judge.grading import grade
from judge.names import PROBLEM
from judge.progress import case_progress
from judge.reference import reference_results
from judge.report import failure_panel, print_report
from judge.solutions import read_solution
from judge.text import inert


@click.command("run")
@click.argument("slug", type=PROBLEM)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-i",
    "--input",
    "inputs",
    multiple=True,
    metavar="JSON",
    help='Your own case instead of the examples, as JSON arguments by name, e.g. \'{"nums": [1, 2], "target": 3}\'. '
    "Repeatable. The expected answer comes from the reference solution.",
)
@sandbox_option
def run_command(slug: str, file: Path | None, inputs: tuple[str, ...], sandbox: str | None) -> None:
    """Run FILE (default solutions/SLUG.py) on the visible examples of SLUG.

    Every failing example is shown with its input, the expected and actual
    answers, a diff for long lists and what the solution printed. With
    --input, your own cases run instead, judged against the reference
    solution's answers. Exit status 0 when all pass, 1 otherwise.

    Reads FILE and the problem's package; writes nothing (not even the
    history). Your -i cases' expected answers are not cached.
    """
    problem = problem_named(slug)
    path, source = read_solution(slug, file)
    box = open_sandbox(sandbox, warm=problem.spec.limits)  # the container starts while the cases are read
    cases = [custom_case(problem, text, n) for n, text in enumerate(inputs, 1)] or example_cases(problem)
    reference = None
    if inputs:
        try:
            reference = reference_results(problem, cases, box, use_cache=False)
        except SpecError as error:
            raise JudgeError(f"the reference solution cannot run your input ({error}); is it within the constraints?") from None
    label = "your cases" if inputs else "examples"
    with case_progress(f"{slug}: {label}", len(cases)) as advance:
        report = grade(problem, source, cases, box, reference=reference, on_case=lambda case: advance(case.id), file=str(path))
    if report.tests:
        failures = [t for t in report.tests if t.verdict.value != "AC"]
        what = f"your {len(cases)} case{'s' if len(cases) > 1 else ''}" if inputs else f"{len(cases)} examples"
        out.print(f"[bold]{escape(inert(str(path), 300, one_line=True))}[/] on {what} of [slug]{slug}[/]", soft_wrap=True)
        print_report(report, show_table=True)
        for extra in failures[1:]:
            out.print(failure_panel(extra))
    else:
        print_report(report)
    if report.accepted and not inputs:
        out.print(f"[muted]Examples pass. Judge the hidden cases with: judge submit {slug}[/]")
    raise click.exceptions.Exit(0 if report.accepted else 1)
