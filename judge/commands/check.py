"""`judge check`: every solution in a folder on its hidden cases, in parallel, for CI."""

from __future__ import annotations

import os
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import click

from judge import jsonout
from judge.checking.annotations import annotation, in_github_actions
from judge.checking.discovery import match_problems, solution_files
from judge.checking.display import check_progress, failure_lines, follow_up_lines, summary_line, summary_table
from judge.checking.junit import write_junit
from judge.checking.parallel import Outcome, check_all
from judge.commands.common import catalog, open_sandbox, sandbox_option
from judge.console import err, out, warn
from judge.errors import JudgeError
from judge.grading import SubmissionReport
from judge.history.recording import record_attempt, report_attempt
from judge.solutions import solutions_dir
from judge.verdicts import Verdict


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    """`submit --json`'s object; a file that could not be judged keeps its keys, with a null verdict."""
    if outcome.report is not None:
        return outcome.report.to_json()
    # The keys come from the one place that defines them; only the values say "not judged".
    data = SubmissionReport(outcome.found.slug, Verdict.CE, "", file=str(outcome.found.path)).to_json()
    data.update(verdict=None, sandbox=None, message=outcome.error, error=outcome.error)
    return data


def _record(outcome: Outcome) -> None:
    """Into the history; a failure there costs the record, never the run's report."""
    assert outcome.report is not None and outcome.started_at and outcome.finished_at
    try:
        record_attempt(report_attempt(outcome.report, "check", outcome.source, outcome.started_at, outcome.finished_at))
    except Exception as error:
        warn(f"{outcome.found.path}: not recorded in the history ({type(error).__name__}: {error})")


def exit_status(outcomes: list[Outcome], strict: bool = False) -> int:
    if any(o.judge_fault for o in outcomes):
        return 3
    if strict and any(o.follow_up_unmet for o in outcomes):
        return 1
    return 0 if all(o.accepted for o in outcomes) else 1


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[DIR | FILE]...")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Solutions judged at once (default: the number of CPU cores)."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one `submit --json` object per solution.")
@click.option(
    "--junit",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    metavar="FILE",
    help="Also write JUnit XML to FILE: a testsuite per solution, a testcase per case.",
)
@click.option(
    "--all", "run_all", is_flag=True, help="Run every case of each solution, even after a TLE (by default each stops at its first)."
)
@click.option(
    "--shard",
    metavar="K/N",
    default=None,
    help="Judge only the K-th of N parts of the solutions (a CI matrix of N jobs: each file in exactly one part, "
    "parts balanced by each problem's number of cases, the same split on every machine).",
)
@click.option("--strict", is_flag=True, help="Also fail (exit 1) when an accepted solution does not meet a checked follow-up.")
@sandbox_option
def check_command(
    paths: tuple[Path, ...],
    jobs: int | None,
    as_json: bool,
    junit: Path | None,
    run_all: bool,
    shard: str | None,
    strict: bool,
    sandbox: str | None,
) -> None:
    """Judge every solution in DIR (default solutions/) on its hidden cases.

    A solution is a file named after its problem, <slug>.py; files given by
    name are judged too, so a pre-commit hook can pass only the changed ones.
    A .py file whose name matches no problem is reported, never skipped
    (names starting with _ or . are ignored).

    As `judge submit` does, a solution's judging stops at its first TLE and
    the cases after it are reported as not run (skipped in the JUnit file);
    --all runs every case.

    An accepted solution's checked follow-ups (complexity, see `judge
    submit --help`) are measured too: each not met or not measured is a line
    below the table, a testcase of its own in the JUnit file, and with
    --strict a not-met one fails the run.

    Solutions are judged in parallel, each in its own sandbox, with live
    progress on stderr and a summary table at the end. On GitHub Actions
    (GITHUB_ACTIONS=true) each failing solution is also printed as an error
    annotation on its file.

    Reads the solution files and the problem packages; writes one `check`
    attempt per solution to the history (unless --no-history), the JUnit
    file given with --junit, and the reference's outputs and generated
    cases to your cache folder (JUDGE_CACHE_DIR).

    \b
    Exit status:
      0  every solution found was accepted
      1  some solution was not accepted, or a file matches no problem
         (with --strict: or a checked follow-up was not met)
      2  usage error (no such folder, no solution found)
      3  the judge could not give a verdict (sandbox failure, broken problem package)
    """
    targets = list(paths) or [solutions_dir()]
    files = solution_files(targets)
    if not files:
        where = ", ".join(str(t) for t in targets)
        raise JudgeError(f"no solutions found in {where}: a solution is a file named <slug>.py (judge list shows the slugs)")
    found = match_problems(files, catalog())
    if shard is not None:
        from judge.checking.shards import parse_shard
        from judge.checking.shards import shard as shard_of

        k, n = parse_shard(shard)
        total = len(found)
        found = shard_of(found, k, n)
        err.print(f"[muted]shard {k}/{n}: {len(found)} of {total} solutions[/]")
        if not found:
            if junit is not None:
                write_junit(junit, [])
            if as_json:
                click.echo("[]")
            raise click.exceptions.Exit(0)
    box = open_sandbox(sandbox, quiet=as_json)
    workers = min(jobs or default_jobs(), len(found))

    outcomes: list[Outcome] = []
    started = time.monotonic()
    with (
        check_progress(len(found), live=err.is_terminal) as progress,
        closing(check_all(found, box, workers, progress, run_all=run_all)) as results,
    ):
        for outcome in results:
            outcomes.append(outcome)
            progress.finished(outcome, len(outcomes))
            if outcome.report is not None and outcome.started_at and outcome.finished_at:
                _record(outcome)
    wall = time.monotonic() - started
    outcomes.sort(key=lambda o: (o.found.slug, str(o.found.path)))

    if junit is not None:
        try:
            write_junit(junit, outcomes, strict)
        except OSError as error:
            raise JudgeError(f"cannot write the JUnit report to {junit}: {error.strerror}") from None
    if as_json:
        click.echo(jsonout.dumps([outcome_json(o) for o in outcomes], indent=2, default=str))
    else:
        out.print(summary_table(outcomes))
        for line in failure_lines(outcomes) + follow_up_lines(outcomes):
            out.print(line, soft_wrap=True)
        out.print(summary_line(outcomes, wall, workers))
    if in_github_actions():
        # The runner reads workflow commands from both streams; with --json stdout is the JSON's alone.
        for outcome in outcomes:
            if not outcome.accepted:
                click.echo(annotation(outcome), err=as_json)
    raise click.exceptions.Exit(exit_status(outcomes, strict))
