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
from judge.preload import preload
from judge.progress import case_progress
from judge.reference import reference_results
from judge.solutions import read_solution, sandbox_limits
from judge.text import inert


@click.command("run")
@click.argument("slug", type=PROBLEM)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-i",
    "--input",
    "inputs",
    multiple=True,
    metavar="CASE",
    help="Your own case instead of the examples, written as `judge show` writes an example "
    "('nums = [2,7,11,15], target = 9', 'head = [3,2,0,-4], pos = 1') or as JSON arguments by name "
    '(\'{"nums": [1, 2], "target": 3}\'). Repeatable. The expected answer comes from the reference solution.',
)
@sandbox_option
def run_command(slug: str, file: Path | None, inputs: tuple[str, ...], sandbox: str | None) -> None:
    """Run FILE (default solutions/SLUG.py) on the visible examples of SLUG.

    Every example is shown, passing or not, as the statement writes it: the
    input, your output, the expected output and what your code printed (its
    first 2 KB); a failing one also gets the judge's message, a diff for long
    lists and the traceback. With
    --input, your own cases run instead, judged against the reference
    solution's answers. Exit status 0 when all pass, 1 otherwise.

    Reads FILE and the problem's package; writes nothing (not even the
    history). Your -i cases' expected answers are not cached.
    """
    problem = problem_named(slug)
    path, source = read_solution(slug, file)
    box = open_sandbox(sandbox, warm=sandbox_limits(problem, path))  # the container starts while the cases are read
    cases = [custom_case(problem, text, n) for n, text in enumerate(inputs, 1)] or example_cases(problem)
    reference = None
    if inputs:
        try:
            reference = reference_results(problem, cases, box, use_cache=False)
        except SpecError as error:
            raise JudgeError(f"the reference solution cannot run your input ({error}); is it within the constraints?") from None
    label = "your cases" if inputs else "examples"
    preload("judge.report")  # loaded while the cases run
    with case_progress(f"{slug}: {label}", len(cases)) as advance:
        report = grade(problem, source, cases, box, reference=reference, on_case=lambda case: advance(case.id), file=str(path))
    from judge.report import case_panel, print_report, summary_line

    if report.tests:
        plural = "s" if len(cases) > 1 else ""
        what = f"your {len(cases)} case{plural}" if inputs else f"{len(cases)} example{plural}"
        out.print(f"[bold]{escape(inert(str(path), 300, one_line=True))}[/] on {what} of [slug]{slug}[/]", soft_wrap=True)
        # Every case, passing or not: input, your output, the expected output, your stdout.
        for test in report.tests:
            out.print(case_panel(test, problem.spec.entry))
        out.print(summary_line(report))
    else:
        print_report(report)
    if report.accepted and not inputs:
        out.print(f"[muted]Examples pass. Judge the hidden cases with: judge submit {slug}[/]")
    raise click.exceptions.Exit(0 if report.accepted else 1)
