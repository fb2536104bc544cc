"""`judge practice`: one problem against an interview clock.

JUDGE_PRACTICE_SECONDS (a number of seconds) replaces the clock's length. It
exists for the test suite, which cannot wait out a real minute, and is not
part of the documented interface.
"""

from __future__ import annotations

import math
import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.markdown import Markdown
from rich.markup import escape
from rich.text import Text

from judge.catalog import Problem
from judge.commands.common import catalog, open_sandbox, problem_named, sandbox_option
from judge.console import out
from judge.errors import JudgeError
from judge.hints import HintDeck, has_language
from judge.history.location import history_enabled
from judge.history.recording import record_attempt
from judge.history.records import Attempt
from judge.history.schedule import CLOCK_MINUTES, plan
from judge.history.store import read_attempts, read_reveals
from judge.languages import cpp as cpp_language
from judge.languages import java as java_language
from judge.languages import language_named
from judge.names import PROBLEM, difficulty_option, no_match_message, tag_option
from judge.practice.clock import Countdown, format_seconds
from judge.practice.keys import keys_from
from judge.practice.runners import examples_runner, submission_runner
from judge.practice.screen import PracticeScreen, statement
from judge.practice.session import HELP, HELP_HINTS, Outcome, PracticeSession, SessionResult
from judge.practice.watcher import SolutionWatcher
from judge.report import print_report
from judge.solutions import solution_path
from judge.statement import split
from judge.template import render

SECONDS_ENV = "JUDGE_PRACTICE_SECONDS"


@click.command("practice")
@click.argument("slug", required=False, type=PROBLEM)
@click.option(
    "--minutes",
    type=click.IntRange(min=1),
    default=None,
    help="Minutes on the clock. Default: 20 for easy, 40 for medium, 60 for hard problems.",
)
@click.option(
    "--random", "pick_random", is_flag=True, help="Without SLUG: a problem at random (among the filters) instead of the scheduled one."
)
@difficulty_option("Without SLUG: only problems")
@tag_option("Without SLUG: only problems")
@click.option(
    "--interview",
    is_flag=True,
    help="Rehearse the real thing: no hints, no named mistakes or hidden cases until the end, follow-ups once the cases pass.",
)
@click.option("--lang", default="en", show_default=True, metavar="LANG", help="Hints in this language: en, or zh where there are.")
@click.option(
    "--keep", is_flag=True, help="Continue your existing solutions/SLUG.py instead of starting from a fresh template."
)
@click.option(
    "--language",
    "language_key",
    type=click.Choice(["python", "cpp", "java"]),
    default=None,
    help="Solve in this language: solutions/SLUG.py, .cpp or .java (default: the one you have, else python).",
)
@sandbox_option
def practice_command(
    slug: str | None,
    minutes: int | None,
    pick_random: bool,
    difficulty: str | None,
    tags: tuple[str, ...],
    interview: bool,
    lang: str,
    keep: bool,
    language_key: str | None,
    sandbox: str | None,
) -> None:
    """Practise SLUG against an interview clock.

    Without SLUG, the problem `judge next` recommends (or, with --random, any
    problem matching the filters). Writes solutions/SLUG.py from the template
    if it is missing, shows the statement, and starts a live countdown. Edit the
    file in your editor: every time you save it, the examples run again.

    \b
    Keys:  s  submit: judge the file on the hidden cases
           r  run the examples again
           h  the next hint (recorded: a solve after hints is rated Hard)
           f  open the first failing example in full
           q  quit (so does Ctrl-C)
    When stdin is not a terminal, type the letter and Enter.

    With --interview: no hints; the statement's spoilers (how answers are
    judged, what the hidden cases hold) are not shown; a failing submission
    is told as an interviewer would (which example fails and what it
    returned, never the named mistake or a hidden case); once the cases
    pass, the problem's follow-up questions are asked and the clock runs on
    until you press q. The full report comes when the session ends.

    The session ends when a submission is accepted, when the time is up, or
    when you quit. It is recorded in the history as ONE practice attempt
    (outcome, time used, the last submission's verdict and cases); the
    submissions made during it are not recorded as separate submit attempts.

    Reads the problem's package, your history (to pick a problem) and
    solutions/SLUG.py; writes solutions/SLUG.py when it is missing and one
    practice attempt to the history (unless --no-history).

    Exit status: 0 accepted, 1 time up or quit without an accepted submission,
    130 Ctrl-C.
    """
    if slug is not None and (pick_random or difficulty or tags):
        raise JudgeError("give either a SLUG or the filters (--random, --difficulty, --tag), not both")
    problem, reason = (problem_named(slug), None) if slug is not None else _pick(pick_random, difficulty, tags)
    allowed_minutes = minutes or CLOCK_MINUTES.get(problem.spec.difficulty, 40)
    seconds = _seconds_override() or allowed_minutes * 60.0
    suffix = language_named(language_key).suffix if language_key else None
    path = solution_path(problem.slug, None, suffix)
    if path.suffix == ".cpp" and cpp_language.unsupported(problem.spec):
        raise JudgeError(f"{problem.slug} is Python-only ({cpp_language.unsupported(problem.spec)}); practise it in Python")
    if path.suffix == ".java" and java_language.unsupported(problem.spec):
        raise JudgeError(f"{problem.slug} cannot be practised in Java ({java_language.unsupported(problem.spec)}); use Python or C++")
    existed = path.exists() and keep
    moved = None if keep or not path.exists() else _set_aside(problem, path)
    if not existed:
        _write_template(problem, path)
    box = open_sandbox(sandbox, warm=problem.spec.limits, keep_warm=True)  # every save judged by a harness already running
    run_examples, submit = examples_runner(problem, box, path), submission_runner(problem, box, path)

    out.print(statement(problem, interview=interview))
    if reason:
        out.print(f"[muted]Picked [slug]{problem.slug}[/]: {escape(reason)}[/]", soft_wrap=True)
    wrote = "Wrote" if not existed else "Your file:"
    if moved is not None:
        out.print(f"Your earlier file is now [bold]{escape(str(moved))}[/] (--keep continues it instead).", soft_wrap=True)
    out.print(f"{wrote} [bold]{escape(str(path))}[/]. Edit it in your editor; the examples run each time you save.", soft_wrap=True)

    countdown = Countdown(seconds)
    hints = None if interview or not problem.spec.hints else HintDeck(problem, lang if has_language(problem, lang) else "en")
    screen = PracticeScreen(problem, countdown, out, HELP_HINTS if hints is not None else HELP)
    with keys_from(sys.stdin) as keys, screen.live():
        result = PracticeSession(
            path=path,
            countdown=countdown,
            watcher=SolutionWatcher(path),
            keys=keys,
            run_examples=run_examples,
            submit=submit,
            on_view=screen.update,
            examples_at_start=existed,
            hints=hints,
            interview=interview,
            follow_ups=tuple(item.text for item in problem.spec.follow_up),
            tick=0.1,  # a save is seen within 0.1 s (the watcher looks as often)
        ).run()

    _summarise(result, problem)
    if interview:
        _debrief(problem, result)
    _record(result.attempt(problem.slug, box.name, math.ceil(seconds / 60)))
    if result.interrupt_status is not None:
        raise click.exceptions.Exit(result.interrupt_status)
    raise click.exceptions.Exit(0 if result.outcome is Outcome.ACCEPTED else 1)


def _pick(pick_random: bool, difficulty: str | None, tags: tuple[str, ...]) -> tuple[Problem, str]:
    problems, _errors = catalog().load_all()
    chosen = [p for p in problems if (not difficulty or p.spec.difficulty == difficulty.lower()) and all(t in p.spec.tags for t in tags)]
    if not chosen:
        raise JudgeError(no_match_message(tags, difficulty, {t for p in problems for t in p.spec.tags}))
    if pick_random:
        return random.choice(chosen), f"at random among {len(chosen)} problem{'s' if len(chosen) > 1 else ''}"
    top = plan(read_attempts(), [(p.slug, p.spec.difficulty, p.spec.tags) for p in chosen], datetime.now(UTC), read_reveals())[0]
    return next(p for p in chosen if p.slug == top.slug), top.reason


def _seconds_override() -> float | None:
    text = os.environ.get(SECONDS_ENV)
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise JudgeError(f"{SECONDS_ENV} must be a number of seconds, got {text!r}") from None
    if not value > 0:
        raise JudgeError(f"{SECONDS_ENV} must be positive, got {text!r}")
    return value


def _set_aside(problem: Problem, path: Path) -> Path | None:
    """Move an earlier solution to solutions/.attempts/SLUG-<time>.py; None when there was
    nothing to keep (the untouched template)."""
    try:
        if path.read_text(encoding="utf-8") == _template(problem, path):
            return None
        attempts = path.parent / ".attempts"
        attempts.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = attempts / f"{problem.slug}-{stamp}{path.suffix}"
        number = 1
        while target.exists():
            number += 1
            target = attempts / f"{problem.slug}-{stamp}-{number}{path.suffix}"
        path.replace(target)
    except (OSError, UnicodeDecodeError) as error:
        raise JudgeError(f"cannot move {path} aside to start afresh ({error}); --keep continues it") from None
    return target


def _write_template(problem: Problem, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_template(problem, path), encoding="utf-8")
    except OSError as error:
        raise JudgeError(f"cannot write {path}: {error.strerror}") from None


def _template(problem: Problem, path: Path) -> str:
    """The starting file for ``path``'s language."""
    if path.suffix == ".cpp":
        return cpp_language.starter(problem.spec, problem.statement)
    if path.suffix == ".java":
        return java_language.starter(problem.spec, problem.statement)
    return render(problem)


def _summarise(result: SessionResult, problem: Problem) -> None:
    used = f"{format_seconds(result.elapsed_seconds)} of {format_seconds(result.allowed_seconds)}"
    report = result.submission
    if result.outcome is Outcome.ACCEPTED:
        assert result.solve_seconds is not None
        headline = f"[ok]Accepted[/] at {format_seconds(result.solve_seconds)} of {format_seconds(result.allowed_seconds)}"
    elif result.outcome is Outcome.TIME_UP:
        headline = f"[bad]Time is up[/]: {used} used"
    elif result.outcome is Outcome.QUIT:
        headline = f"[warn]Quit[/] after {used}"
    else:
        headline = f"[warn]Interrupted[/] after {used}"
    if report is None:
        verdict = "no submission"
    else:
        count = f"{result.submissions} submission{'s' if result.submissions > 1 else ''}"
        verdict = f"last verdict {report.verdict} {report.verdict.label}, {report.passed}/{report.total_cases} cases passed ({count})"
    if report is not None and not report.accepted:
        print_report(report, show_table=False, entry=problem.spec.entry)
    out.print(f"{headline}; {escape(verdict)}.", soft_wrap=True)


def _debrief(problem: Problem, result: SessionResult) -> None:
    """After an interview-mode session: what was held back."""
    late = result.follow_up_submission
    if late is not None and not late.accepted:
        out.print(Text("Your last submission, for the follow-up:", style="bold"))
        print_report(late, show_table=False)
    spoilers = split(problem.statement).spoilers
    if spoilers:
        out.print(Text("What the statement held back:", style="bold"))
        out.print(Markdown(spoilers))


def _record(attempt: Attempt) -> None:
    if not history_enabled():
        out.print("[muted]Not recorded: the history is off (--no-history or JUDGE_NO_HISTORY).[/]")
    elif record_attempt(attempt) is not None:  # None: it warned why
        out.print(f"[muted]Recorded in the history as a practice session ({attempt.outcome}).[/]")
