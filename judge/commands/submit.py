"""`judge submit`: a solution on every hidden case, with verdicts, times and memory."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
from rich.markup import escape

from judge import jsonout
from judge.cases import submission_cases
from judge.commands.common import open_sandbox, problem_named, sandbox_option
from judge.console import err, out
from judge.grading import grade
from judge.history.recording import record_attempt, report_attempt
from judge.names import PROBLEM
from judge.progress import case_progress
from judge.reference import reference_results
from judge.report import print_report
from judge.solutions import read_solution
from judge.text import inert


@click.command("submit")
@click.argument("slug", type=PROBLEM)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option("-x", "--fail-fast", is_flag=True, help="Stop at the first case that is not accepted.")
@sandbox_option
def submit_command(slug: str, file: Path | None, as_json: bool, fail_fast: bool, sandbox: str | None) -> None:
    """Judge FILE (default solutions/SLUG.py) on the hidden cases of SLUG.

    Shows each case's verdict (AC, WA, TLE, MLE, RE, CE, OLE), CPU time beside
    the reference solution's, peak memory, and the first failing case in full.
    Exit status: 0 accepted, 1 judged and not accepted, 2 usage error.

    Reads FILE and the problem's package; writes one attempt to the history
    (unless --no-history), and the reference's outputs and the generated
    hidden cases to your cache folder (JUDGE_CACHE_DIR), never elsewhere.
    """
    problem = problem_named(slug)
    path, source = read_solution(slug, file)
    box = open_sandbox(sandbox, quiet=as_json, warm=problem.spec.limits)  # the container starts while the cases are read
    cases = submission_cases(problem)
    interactive = err.is_terminal
    with case_progress(f"{slug}: expected outputs", len(cases), enabled=interactive) as advance:
        reference = reference_results(problem, cases, box, on_case=lambda case: advance(case.id))
    started = datetime.now(UTC)
    with case_progress(f"{slug}: judging", len(cases), enabled=interactive) as advance:
        report = grade(
            problem, source, cases, box, reference=reference, fail_fast=fail_fast, on_case=lambda c: advance(c.id), file=str(path)
        )
    record_attempt(report_attempt(report, "submit", source, started, datetime.now(UTC)))
    if as_json:
        click.echo(jsonout.dumps(report.to_json(), indent=2, default=str))
    else:
        shown = escape(inert(str(path), 300, one_line=True))
        out.print(f"[bold]{shown}[/] on [slug]{slug}[/]: {len(cases)} cases, sandbox {box.name}", soft_wrap=True)
        print_report(report)
    raise click.exceptions.Exit(0 if report.accepted else 1)
