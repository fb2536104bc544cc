"""`judge submit`: a solution on every hidden case, with verdicts, times and memory."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.markup import escape
from rich.text import Text

from judge.cases import submission_cases
from judge.commands.common import open_sandbox, problem_named, sandbox_option
from judge.console import err, out
from judge.errors import JudgeError
from judge.grading import grade
from judge.names import PROBLEM
from judge.preload import preload
from judge.progress import case_progress
from judge.reference import reference_results
from judge.solutions import read_solution, sandbox_limits
from judge.text import inert

if TYPE_CHECKING:
    from judge.grading import SubmissionReport
    from judge.spec import FollowUp

# Needed once the cases are judged: loaded while they run (judge/preload.py).
_AFTER_JUDGING = ("judge.history.recording", "judge.report", "judge.interview", "judge.jsonout")


@click.command("submit")
@click.argument("slug", type=PROBLEM)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option("-x", "--fail-fast", is_flag=True, help="Stop at the first case that is not accepted.")
@click.option(
    "--interview",
    is_flag=True,
    help="Told as an interviewer would: which example fails and what it returned, never the named mistake or a hidden case; "
    "the follow-up questions once every case passes.",
)
@click.option("--all", "run_all", is_flag=True, help="Run every case, even after a TLE (by default judging stops at the first TLE).")
@click.option("--strict", is_flag=True, help="Exit 1 when a checked follow-up is not met, even though every case passed.")
@sandbox_option
def submit_command(
    slug: str, file: Path | None, as_json: bool, fail_fast: bool, interview: bool, run_all: bool, strict: bool, sandbox: str | None
) -> None:
    """Judge FILE (default solutions/SLUG.py) on the hidden cases of SLUG.

    Shows each case's verdict (AC, WA, TLE, MLE, RE, CE, OLE), CPU time beside
    the reference solution's, peak memory, and the first failing case in full.
    As on LeetCode, judging stops at the first TLE and says how many cases
    were not run; --all runs every case.

    Once every case passes, the problem's checked follow-ups (`judge show`
    marks them) are measured in the same sandbox, about 2 s at most: the CPU
    time of your function on inputs of growing size, or the extra memory it
    takes, and one line each says met, not met, or not measured
    (inconclusive). The verdict stays Accepted either way.

    Exit status: 0 accepted, 1 judged and not accepted (or, with --strict,
    accepted with a follow-up not met), 2 usage error.

    Reads FILE and the problem's package; writes one attempt to the history
    (unless --no-history), and the reference's outputs and the generated
    hidden cases to your cache folder (JUDGE_CACHE_DIR), never elsewhere.
    """
    if interview and as_json:
        raise JudgeError("--interview tells the result as an interviewer would; --json tells all of it: choose one")
    problem = problem_named(slug)
    path, source = read_solution(slug, file)
    box = open_sandbox(sandbox, quiet=as_json, warm=sandbox_limits(problem, path))  # the container starts while the cases are read
    cases = submission_cases(problem)
    interactive = err.is_terminal
    with case_progress(f"{slug}: expected outputs", len(cases), enabled=interactive) as advance:
        reference = reference_results(problem, cases, box, on_case=lambda case: advance(case.id))
    started = datetime.now(UTC)
    preload(*_AFTER_JUDGING)
    with case_progress(f"{slug}: judging", len(cases), enabled=interactive) as advance:
        report = grade(
            problem,
            source,
            cases,
            box,
            reference=reference,
            fail_fast=fail_fast,
            stop_after_tle=not run_all,
            on_case=lambda c: advance(c.id),
            file=str(path),
            follow_ups=True,
        )
    from judge import jsonout
    from judge.history.recording import record_attempt, report_attempt
    from judge.report import print_report

    record_attempt(report_attempt(report, "submit", source, started, datetime.now(UTC), interview=interview))
    if interview:
        shown_path = inert(str(path), 300, one_line=True)
        out.print(Text.assemble((shown_path, "bold"), " on ", (slug, "slug"), f": {len(cases)} cases, sandbox {box.name}, interview mode"))
        print_interview(report, problem.spec.follow_up, slug)
    elif as_json:
        click.echo(jsonout.dumps(report.to_json(), indent=2, default=str))
    else:
        shown = escape(inert(str(path), 300, one_line=True))
        out.print(f"[bold]{shown}[/] on [slug]{slug}[/]: {len(cases)} cases, sandbox {box.name}", soft_wrap=True)
        print_report(report, entry=problem.spec.entry)
    raise click.exceptions.Exit(0 if report.accepted and not (strict and report.follow_up_unmet) else 1)


def print_interview(report: SubmissionReport, follow_ups: list[FollowUp], slug: str) -> None:
    from judge.interview import interview_panel, interview_summary

    panel = interview_panel(report)
    if panel is not None:
        out.print(panel)
    out.print(interview_summary(report))
    if report.accepted and follow_ups:
        out.print(Text("The interviewer asks:", style="bold"))
        for item in follow_ups:
            out.print(Text(f"  - {item.text}"))
    elif not report.accepted:
        out.print(Text(f"The full report, after the interview: judge submit {slug}", style="dim"))
