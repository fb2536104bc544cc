"""A practice session as a state machine, with no terminal in it.

start -> watching -> (a save: the examples run) -> (s: the hidden cases run)
      -> accepted | time-up | quit | interrupted

Everything from outside comes in as an argument: the countdown (and so the
clock), the file watcher, the key source, the two runners and the wall clock,
so tests drive a whole session with scripted keys and real file writes.

Judging runs on the calling thread, between polls: a run is never cut short
by the clock (a submission made before time is up is judged to the end, as an
interviewer lets a candidate finish), the display refreshes from its own
thread, and Ctrl-C unwinds through the sandbox's clean-up like `judge submit`.
A ``q`` pressed while cases run stops the run at the next case; any other
key waits for the run to end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, Protocol

from judge.errors import JudgeError, SandboxError
from judge.grading import CaseReport, SubmissionReport
from judge.history.recording import case_figures, source_sha256
from judge.history.records import Attempt
from judge.practice.clock import Countdown
from judge.practice.keys import KeySource
from judge.practice.watcher import SolutionWatcher
from judge.solutions import decode_source

# A case finished: its label, and how many of how many are done.
Progress = Callable[[str, int, int], None]
# source, progress -> report. The examples runner and the submission runner.
Runner = Callable[[str, Progress], SubmissionReport]

TICK_S = 0.25
HELP = "s submit  r re-run the examples  f open the failing case  q quit  (Ctrl-C quits too)"
HELP_HINTS = "s submit  r re-run the examples  f open the failing case  h hint  q quit  (Ctrl-C quits too)"
HELP_FOLLOW_UP = "s submit  r re-run the examples  q done  (Ctrl-C quits too)"


class HintSource(Protocol):
    def next_hint(self) -> str | None:
        """The next hint, recorded as seen ("Hint 2 of 3: ..."); None when there is none left."""

    def seen(self) -> list[str]:
        """The hints already seen, in order."""


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    TIME_UP = "time-up"
    QUIT = "quit"
    INTERRUPTED = "interrupted"


Phase = Literal["watching", "examples", "judging", "ended"]


@dataclass(frozen=True)
class View:
    """What the screen shows; a new one after every change, never mutated, so the
    display thread can read it while the session goes on."""

    phase: Phase = "watching"
    # While cases run: "3/14" and the last case's id.
    progress: str = ""
    examples: SubmissionReport | None = None
    # Why the examples last ran, e.g. "after your save".
    examples_trigger: str = ""
    submission: SubmissionReport | None = None
    submissions: int = 0
    notice: str = ""
    outcome: Outcome | None = None
    # The keys line.
    help: str = HELP
    # Hints seen so far (since the last solve), as shown.
    hints: tuple[str, ...] = ()
    # Interview mode: the submissions' reports are told as an interviewer would (no named
    # mistake, no hidden case); after the cases pass, the follow-up questions asked.
    interview: bool = False
    follow_ups: tuple[str, ...] = ()
    # The case `f` opened in full, and how many times one was: the screen prints it once per press.
    opened: CaseReport | None = None
    opened_count: int = 0


@dataclass(frozen=True)
class SessionResult:
    outcome: Outcome
    started_at: datetime
    finished_at: datetime
    elapsed_seconds: float
    allowed_seconds: float
    submission: SubmissionReport | None
    submitted_sha256: str
    submissions: int
    # Clock time from the start to the accepted submission (when it was made).
    solve_seconds: float | None
    # 130 for Ctrl-C; the status a SIGTERM asked for; None otherwise.
    interrupt_status: int | None = None
    interview: bool = False
    # Interview mode: the last submission made after the accepted one (for a follow-up), if any.
    follow_up_submission: SubmissionReport | None = None

    @property
    def verdict(self) -> str:
        return str(self.submission.verdict) if self.submission is not None else ""

    def attempt(self, slug: str, sandbox: str, minutes: int) -> Attempt:
        report = self.submission
        return Attempt(
            slug=slug,
            kind="practice",
            verdict=self.verdict,
            started_at=self.started_at,
            finished_at=self.finished_at,
            solve_seconds=self.solve_seconds,
            passed=report.passed if report is not None else 0,
            total=report.total_cases if report is not None else 0,
            cases=case_figures(report) if report is not None else [],
            source_sha256=self.submitted_sha256,
            sandbox=sandbox,
            minutes=minutes,
            outcome=str(self.outcome),
            interview=self.interview,
        )


class _Stop(Exception):
    """``q`` pressed while cases were running."""


def utc_now() -> datetime:
    return datetime.now(UTC)


class PracticeSession:
    def __init__(
        self,
        *,
        path: Path,
        countdown: Countdown,
        watcher: SolutionWatcher,
        keys: KeySource,
        run_examples: Runner,
        submit: Runner,
        on_view: Callable[[View], None] = lambda view: None,
        wall: Callable[[], datetime] = utc_now,
        tick: float = TICK_S,
        examples_at_start: bool = False,
        hints: HintSource | None = None,
        interview: bool = False,
        follow_ups: tuple[str, ...] = (),
    ) -> None:
        self.path = path
        self.countdown = countdown
        self.watcher = watcher
        self.keys = keys
        self._run_examples = run_examples
        self._submit = submit
        self._on_view = on_view
        self._wall = wall
        self._tick = tick
        self._examples_at_start = examples_at_start
        self._hints = None if interview else hints
        self._interview = interview
        # Asked after the cases pass, in interview mode only (otherwise the statement lists them).
        self._follow_ups = follow_ups if interview else ()
        self._follow_up_submission: SubmissionReport | None = None
        self.view = View(
            help=HELP_HINTS if self._hints is not None else HELP,
            hints=tuple(self._hints.seen()) if self._hints is not None else (),
            interview=interview,
        )
        self._submission: SubmissionReport | None = None
        self._submitted_sha256 = ""
        self._solve_seconds: float | None = None
        self._pending: list[str] = []

    def run(self) -> SessionResult:
        started_at = self._wall()
        self.countdown.start()
        self.watcher.baseline()
        interrupt_status: int | None = None
        try:
            outcome = self._loop()
        except KeyboardInterrupt:
            outcome, interrupt_status = Outcome.INTERRUPTED, 130
        except SystemExit as stop:  # SIGTERM, turned into SystemExit by the CLI
            outcome = Outcome.INTERRUPTED
            interrupt_status = stop.code if isinstance(stop.code, int) else 1
        if self._solve_seconds is not None:
            outcome = Outcome.ACCEPTED  # solved, then answered (or left) the follow-ups
        elapsed = self.countdown.elapsed
        self._show(phase="ended", progress="", outcome=outcome)
        return SessionResult(
            outcome=outcome,
            started_at=started_at,
            finished_at=self._wall(),
            elapsed_seconds=elapsed,
            allowed_seconds=self.countdown.seconds,
            submission=self._submission,
            submitted_sha256=self._submitted_sha256,
            submissions=self.view.submissions,
            solve_seconds=self._solve_seconds,
            interrupt_status=interrupt_status,
            interview=self._interview,
            follow_up_submission=self._follow_up_submission,
        )

    def _loop(self) -> Outcome:
        try:
            return self._watch()
        except _Stop:
            return Outcome.QUIT

    def _watch(self) -> Outcome:
        if self._examples_at_start:
            source = self._read()
            if source is not None:
                self._examples(source, "your file at the start")
        while True:
            if self.countdown.expired:
                return Outcome.TIME_UP
            key = self._pending.pop(0) if self._pending else self.keys.read(min(self._tick, self.countdown.remaining))
            ended = self._key(key) if key else None
            if ended is not None:
                return ended
            save = self.watcher.poll()
            if save is not None:
                self._examples(save.source, "after your save")

    def _key(self, key: str) -> Outcome | None:
        if key == "q":
            return Outcome.QUIT
        if key == "r":
            source = self._read()
            if source is not None:
                self._examples(source, "re-run")
            return None
        if key == "s":
            return self._judge()
        if key == "h":
            self._hint()
            return None
        if key == "f":
            self._open_failure()
            return None
        self._show(notice=f"unknown key {key!r}. {self.view.help}")
        return None

    def _hint(self) -> None:
        if self._interview:
            self._show(notice="no hints in interview mode: talk it through, as you would with an interviewer")
        elif self._hints is None:
            self._show(notice="no hints for this problem")
        else:
            hint = self._hints.next_hint()
            if hint is None:
                self._show(notice="no more hints: you have seen them all")
            else:
                self._show(hints=(*self.view.hints, hint), notice="")

    def _open_failure(self) -> None:
        """The first failing example in full (or else the last submission's first failing case;
        in interview mode only an example: the hidden cases wait for the end)."""
        reports = (self.view.examples,) if self._interview else (self.view.examples, self.view.submission)
        case = next((r.first_failure for r in reports if r is not None and r.first_failure is not None), None)
        if case is None:
            self._show(notice="no failing case to open: the examples pass and no submission failed")
            return
        self._show(opened=case, opened_count=self.view.opened_count + 1, notice="")

    def _examples(self, source: str, why: str) -> None:
        report = self._running("examples", self._run_examples, source)
        if report is not None:
            self._show(examples=report, examples_trigger=why, notice="")

    def _judge(self) -> Outcome | None:
        source = self._read()
        if source is None:
            return None
        submitted_at = self.countdown.elapsed
        report = self._running("judging", self._submit, source)
        if report is None:
            return None
        if self._solve_seconds is not None:  # a follow-up's submission: the solve stands
            self._follow_up_submission = report
            self._show(submission=report, submissions=self.view.submissions + 1, notice="")
            return None
        self._submission = report
        self._submitted_sha256 = source_sha256(source)
        self._show(submission=report, submissions=self.view.submissions + 1, notice="")
        if report.accepted:
            self._solve_seconds = submitted_at
            if self._follow_ups:
                self._show(follow_ups=self._follow_ups, help=HELP_FOLLOW_UP)
                return None
            return Outcome.ACCEPTED
        return None

    def _running(self, phase: Phase, runner: Runner, source: str) -> SubmissionReport | None:
        """The runner's report; None when it failed (said on screen) or was stopped."""
        self._show(phase=phase, progress="")

        def progress(label: str, done: int, total: int) -> None:
            # In interview mode the cases are not named, hidden ones included.
            self._show(progress=f"{done}/{total}" if self._interview else f"{done}/{total} {label}")
            key = self.keys.read(0)
            if key == "q":
                raise _Stop
            if key:  # kept for when the run is over: an `s` typed right after saving still submits
                self._pending.append(key)

        try:
            return runner(source, progress)
        except (JudgeError, SandboxError) as error:
            self._show(notice=f"error: {error}")
            return None
        finally:
            self._show(phase="watching", progress="")

    def _read(self) -> str | None:
        try:
            source = decode_source(self.path, self.path.read_bytes())
        except FileNotFoundError:
            self._show(notice=f"{self.path} is gone; save it again")
            return None
        except OSError as error:
            self._show(notice=f"cannot read {self.path}: {error}")
            return None
        except JudgeError as error:
            self._show(notice=str(error))
            return None
        if not source.strip():
            self._show(notice=f"{self.path} is empty: write your solution first")
            return None
        return source

    def _show(self, **changes: Any) -> None:
        self.view = replace(self.view, **changes)
        self._on_view(self.view)
