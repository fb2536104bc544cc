"""The practice clock, the file watcher and the session, driven by an injected clock,
scripted keys and real writes to a real solution file."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from judge.catalog import Catalog
from judge.errors import JudgeError
from judge.grading import CaseReport, SubmissionReport
from judge.practice.clock import Countdown, format_seconds
from judge.practice.keys import TerminalKeys
from judge.practice.runners import examples_runner, submission_runner
from judge.practice.screen import case_line
from judge.practice.session import Outcome, PracticeSession, Progress, View
from judge.practice.watcher import RACY_NS, SolutionWatcher
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict

from .conftest import PROBLEMS

CORRECT = (PROBLEMS / "two-sum" / "reference.py").read_text()
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


Step = str | Callable[[], None] | None


class ScriptedKeys:
    """A key source playing a script: a key, an action run between polls (a file
    write), or None for a quiet tick. A quiet tick, and every read once the
    script is over, lets ``timeout`` pass on the clock, as a real wait would.
    A look without waiting (between cases) sees only a key that is next."""

    def __init__(self, clock: FakeClock, steps: list[Step]) -> None:
        self.clock = clock
        self.steps = list(steps)
        self.reads = 0

    def read(self, timeout: float) -> str | None:
        self.reads += 1
        if timeout == 0 and not (self.steps and isinstance(self.steps[0], str)):
            return None  # a look between cases: only a key pressed by then is seen
        step = self.steps.pop(0) if self.steps else None
        if isinstance(step, str):
            return step
        if step is not None:
            step()
        self.clock.advance(timeout)
        return None


def report(verdict: Verdict, passed: int = 3, total: int = 3) -> SubmissionReport:
    tests = [CaseReport(f"case-{n}", "", "manual", Verdict.AC if n <= passed else verdict) for n in range(1, total + 1)]
    return SubmissionReport("two-sum", verdict, "fake", tests=tests, total_cases=total, message="" if passed == total else "case-3: wrong")


class FakeRunner:
    """Records the sources it is given and answers with the next report; ``during``
    runs as if between the cases (advancing the clock, pressing keys...)."""

    def __init__(self, *reports: SubmissionReport, during: Callable[[Progress], None] | None = None) -> None:
        self.reports = list(reports)
        self.sources: list[str] = []
        self.during = during

    def __call__(self, source: str, progress: Progress) -> SubmissionReport:
        self.sources.append(source)
        if self.during:
            self.during(progress)
        return self.reports.pop(0) if len(self.reports) > 1 else self.reports[0]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def solution(tmp_path: Path) -> Path:
    path = tmp_path / "two-sum.py"
    path.write_text("# start\n")
    return path


def session(
    path: Path,
    clock: FakeClock,
    steps: list[Step],
    *,
    run_examples: Callable[[str, Progress], SubmissionReport] | None = None,
    submit: Callable[[str, Progress], SubmissionReport] | None = None,
    seconds: float = 60,
    views: list[View] | None = None,
    **options: Any,
) -> PracticeSession:
    wall = iter(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n) for n in range(1000))
    return PracticeSession(
        path=path,
        countdown=Countdown(seconds, clock),
        watcher=SolutionWatcher(path, clock=clock),
        keys=ScriptedKeys(clock, steps),
        run_examples=run_examples or FakeRunner(report(Verdict.AC)),
        submit=submit or FakeRunner(report(Verdict.AC)),
        on_view=views.append if views is not None else lambda view: None,
        wall=lambda: next(wall),
        **options,
    )


def writer(path: Path, text: str) -> Callable[[], None]:
    return lambda: path.write_text(text)


# The clock.


def test_countdown_counts_down_on_the_injected_clock(clock: FakeClock) -> None:
    countdown = Countdown(20 * 60, clock)
    clock.advance(500)  # before start() nothing is counted
    assert (countdown.elapsed, countdown.remaining, countdown.expired) == (0.0, 1200.0, False)
    assert countdown.formatted() == "20:00"
    countdown.start()
    clock.advance(61.2)
    assert countdown.elapsed == pytest.approx(61.2)
    assert countdown.remaining == pytest.approx(1138.8)
    assert countdown.formatted() == "18:59"  # rounded up: 18:58.8 left
    clock.advance(1138.3)
    assert countdown.formatted() == "00:01" and not countdown.expired  # half a second left is not 00:00
    clock.advance(0.5)
    assert countdown.expired and countdown.remaining == 0.0 and countdown.formatted() == "00:00"
    clock.advance(100)
    assert countdown.remaining == 0.0 and countdown.elapsed == pytest.approx(1300)


def test_format_seconds() -> None:
    assert format_seconds(0) == "00:00"
    assert format_seconds(59.9) == "00:59"
    assert format_seconds(59.1, round_up=True) == "01:00"
    assert format_seconds(3600) == "60:00"  # an hour-long clock reads 60:00, not 00:00


def test_countdown_rejects_no_time(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        Countdown(0, clock)


# The watcher: real files, an injected clock for its polling interval.


def test_watcher_reports_each_change_of_content_once(solution: Path, clock: FakeClock) -> None:
    watcher = SolutionWatcher(solution, clock=clock)
    assert watcher.baseline() is not None
    assert watcher.poll() is None  # the content at the start is not a save
    solution.write_text(WRONG)
    clock.advance(1)
    save = watcher.poll()
    assert save is not None and save.source == WRONG and save.sha256 == hashlib.sha256(WRONG.encode()).hexdigest()
    clock.advance(1)
    assert watcher.poll() is None


def test_watcher_ignores_a_resave_of_the_same_text(solution: Path, clock: FakeClock) -> None:
    watcher = SolutionWatcher(solution, clock=clock)
    watcher.baseline()
    before = solution.stat()
    solution.write_text("# start\n")
    os.utime(solution, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))
    clock.advance(1)
    assert watcher.poll() is None


def test_watcher_sees_an_atomic_replace(solution: Path, clock: FakeClock) -> None:
    watcher = SolutionWatcher(solution, clock=clock)
    watcher.baseline()
    before = solution.stat()
    swap = solution.with_name(".two-sum.py.swp")
    swap.write_text("# START\n")  # same size, as an editor writes it: a new file renamed over the old
    os.utime(swap, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(swap, solution)
    assert solution.stat().st_ino != before.st_ino and solution.stat().st_mtime_ns == before.st_mtime_ns
    clock.advance(1)
    save = watcher.poll()
    assert save is not None and save.source == "# START\n"


def test_watcher_sees_a_save_that_kept_the_old_mtime(solution: Path, clock: FakeClock) -> None:
    # Timestamps far in the past: the watcher trusts stat, so only ctime can reveal this save.
    watcher = SolutionWatcher(solution, clock=clock, wall_ns=lambda: time.time_ns() + 100 * RACY_NS)
    watcher.baseline()
    before = solution.stat()
    solution.write_text("# other\n"[: before.st_size])
    os.utime(solution, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = solution.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    clock.advance(1)
    save = watcher.poll()
    assert save is not None and save.source == "# other\n"


def test_watcher_rehashes_while_timestamps_are_too_recent_to_trust(solution: Path, clock: FakeClock) -> None:
    """A file system with coarse timestamps: two same-size writes within one tick look
    the same to stat. Simulated by a stat that keeps answering the first result."""
    first = solution.stat()

    def coarse_stat(path: Path) -> os.stat_result:
        return first

    recent = SolutionWatcher(solution, clock=clock, stat=coarse_stat, wall_ns=lambda: first.st_ctime_ns + 1)
    recent.baseline()
    solution.write_text("# again\n"[: first.st_size])
    clock.advance(1)
    save = recent.poll()
    assert save is not None and save.source == "# again\n"

    # The same invisible write, on timestamps old enough to trust: stat is the gate and the file is not read.
    old = SolutionWatcher(solution, clock=clock, stat=coarse_stat, wall_ns=lambda: first.st_ctime_ns + 10 * RACY_NS)
    old.baseline()
    solution.write_text("# later\n"[: first.st_size])
    clock.advance(1)
    assert old.poll() is None


def test_watcher_looks_at_most_once_per_interval(solution: Path, clock: FakeClock) -> None:
    watcher = SolutionWatcher(solution, clock=clock, interval=0.5)
    watcher.baseline()
    assert watcher.poll() is None  # the first look
    solution.write_text(WRONG)
    clock.advance(0.2)
    assert watcher.poll() is None  # too soon to look again
    clock.advance(0.3)
    assert watcher.poll() is not None


def test_watcher_waits_out_an_empty_or_missing_file(solution: Path, clock: FakeClock) -> None:
    watcher = SolutionWatcher(solution, clock=clock)
    watcher.baseline()
    solution.write_text("")  # truncated, the new text not written yet
    clock.advance(1)
    assert watcher.poll() is None
    solution.unlink()
    clock.advance(1)
    assert watcher.poll() is None
    solution.write_text(WRONG)
    clock.advance(1)
    save = watcher.poll()
    assert save is not None and save.source == WRONG


# Keys from a pipe.


def test_line_commands_from_a_pipe() -> None:
    read_end, write_end = os.pipe()
    try:
        keys = TerminalKeys(read_end, single_keys=False)
        assert keys.read(0) is None
        os.write(write_end, b"s\n\n  Quit \nr")
        assert [keys.read(0), keys.read(0), keys.read(0)] == ["s", "q", None]  # "r" has no Enter yet
        os.close(write_end)
        write_end = -1
        assert keys.read(0) == "r"  # the last line counts at the end of input
        started = time.monotonic()
        assert keys.read(0.05) is None
        # At the end of input it waits out the timeout instead of spinning on a readable descriptor.
        assert time.monotonic() - started >= 0.05
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def test_single_keys_skip_what_is_not_a_letter() -> None:
    read_end, write_end = os.pipe()
    try:
        keys = TerminalKeys(read_end, single_keys=True)
        os.write(write_end, b"\x1b[AS r")
        assert [keys.read(0), keys.read(0), keys.read(0), keys.read(0), keys.read(0)] == ["[", "a", "s", "r", None]
    finally:
        os.close(read_end)
        os.close(write_end)


# The session.


def test_a_whole_session_with_the_real_judge(solution: Path, clock: FakeClock, catalog: Catalog, sandbox: LocalSandbox) -> None:
    """Save a wrong solution, then the right one, then submit: real grading of real file content."""
    problem = catalog.get("two-sum")
    views: list[View] = []

    def think(seconds: float) -> Callable[[], None]:
        return lambda: clock.advance(seconds)

    steps: list[Step] = [writer(solution, WRONG), None, think(300), writer(solution, CORRECT), None, think(100), "s"]
    practice = session(
        solution,
        clock,
        steps,
        run_examples=examples_runner(problem, sandbox),
        submit=submission_runner(problem, sandbox),
        views=views,
        seconds=1200,
    )
    result = practice.run()
    examples = [v.examples for v in views if v.examples is not None]
    first, last = examples[0], examples[-1]
    assert (first.verdict, first.passed, len(first.tests)) == (Verdict.WA, 0, 3)
    assert last.accepted and last.passed == 3
    assert len({id(report) for report in examples}) == 2  # each save ran the examples once
    assert any(v.phase == "judging" and v.progress.startswith("14/14") for v in views)
    assert result.outcome is Outcome.ACCEPTED
    assert result.solve_seconds == pytest.approx(401.5)  # six quiet ticks of 0.25 s and 400 s of thought
    assert result.submission is not None and result.submission.accepted
    attempt = result.attempt("two-sum", "local", 1)
    assert attempt.kind == "practice" and attempt.verdict == "AC" and attempt.outcome == "accepted"
    assert (attempt.passed, attempt.total, len(attempt.cases)) == (14, 14, 14)
    assert set(attempt.cases[0]) == {"id", "verdict", "cpu_ms", "memory_kb"}
    assert (attempt.cases[0]["id"], attempt.cases[0]["verdict"]) == ("example-1", "AC") and attempt.cases[0]["cpu_ms"] > 0
    assert attempt.source_sha256 == hashlib.sha256(CORRECT.encode()).hexdigest()
    assert attempt.solve_seconds == result.solve_seconds and attempt.minutes == 1 and attempt.sandbox == "local"
    assert attempt.started_at < attempt.finished_at and attempt.started_at.tzinfo is not None


def test_an_unchanged_resave_runs_nothing(solution: Path, clock: FakeClock) -> None:
    examples = FakeRunner(report(Verdict.AC))
    steps: list[Step] = [writer(solution, WRONG), None, writer(solution, WRONG), None, writer(solution, CORRECT), None, "q"]
    result = session(solution, clock, steps, run_examples=examples).run()
    assert examples.sources == [WRONG, CORRECT]
    assert result.outcome is Outcome.QUIT and result.submission is None and result.verdict == ""


def test_r_reruns_the_examples_on_the_file_as_it_is(solution: Path, clock: FakeClock) -> None:
    examples = FakeRunner(report(Verdict.AC))
    session(solution, clock, ["r", "r", "q"], run_examples=examples).run()
    assert examples.sources == ["# start\n", "# start\n"]


def test_time_up_ends_the_session_and_keeps_the_last_verdict(solution: Path, clock: FakeClock) -> None:
    submit = FakeRunner(report(Verdict.WA, passed=2))
    practice = session(solution, clock, [None, "s"], submit=submit, seconds=10)
    result = practice.run()
    assert result.outcome is Outcome.TIME_UP
    assert result.elapsed_seconds == pytest.approx(10)
    assert practice.keys.reads == 41  # type: ignore[attr-defined]  # one read per 0.25 s tick, no more
    assert result.verdict == "WA" and result.solve_seconds is None and result.submissions == 1
    attempt = result.attempt("two-sum", "docker", 1)
    assert (attempt.outcome, attempt.verdict, attempt.passed, attempt.total) == ("time-up", "WA", 2, 3)


def test_a_submission_made_in_time_is_judged_to_the_end(solution: Path, clock: FakeClock) -> None:
    # Judging takes the clock past the deadline; the submission was made in time and is accepted.
    submit = FakeRunner(report(Verdict.AC), during=lambda progress: clock.advance(30))
    result = session(solution, clock, [None, "s"], submit=submit, seconds=10).run()
    assert result.outcome is Outcome.ACCEPTED
    assert result.solve_seconds == pytest.approx(0.25)
    assert result.elapsed_seconds > 10


def test_a_failed_submission_does_not_end_the_session(solution: Path, clock: FakeClock) -> None:
    submit = FakeRunner(report(Verdict.TLE, passed=1), report(Verdict.AC))
    result = session(solution, clock, ["s", writer(solution, CORRECT), "s"], submit=submit).run()
    assert result.outcome is Outcome.ACCEPTED and result.submissions == 2
    assert submit.sources == ["# start\n", CORRECT]


def test_q_while_cases_run_stops_the_run(solution: Path, clock: FakeClock) -> None:
    judged: list[str] = []

    def cases(progress: Progress) -> None:
        for n in range(1, 4):
            judged.append(f"case-{n}")
            progress(f"case-{n}", n, 3)

    submit = FakeRunner(report(Verdict.AC), during=cases)
    result = session(solution, clock, ["s", "q"], submit=submit).run()
    assert judged == ["case-1"]  # the key was read after the first case, and nothing more ran
    assert result.outcome is Outcome.QUIT and result.submission is None


def test_a_key_pressed_while_the_examples_run_is_handled_after_them(solution: Path, clock: FakeClock) -> None:
    finished: list[int] = []

    def cases(progress: Progress) -> None:
        for n in range(1, 4):
            progress(f"example-{n}", n, 3)
        finished.append(3)

    examples = FakeRunner(report(Verdict.AC), during=cases)
    submit = FakeRunner(report(Verdict.AC))
    result = session(solution, clock, [writer(solution, CORRECT), "s"], run_examples=examples, submit=submit).run()
    assert finished == [3] and examples.sources == [CORRECT]
    assert submit.sources == [CORRECT] and result.outcome is Outcome.ACCEPTED


def test_ctrl_c_while_judging_ends_as_interrupted(solution: Path, clock: FakeClock) -> None:
    def interrupt(progress: Progress) -> None:
        raise KeyboardInterrupt

    views: list[View] = []
    result = session(solution, clock, [None, "s"], submit=FakeRunner(report(Verdict.AC), during=interrupt), views=views).run()
    assert result.outcome is Outcome.INTERRUPTED and result.interrupt_status == 130
    assert views[-1].outcome is Outcome.INTERRUPTED and views[-1].phase == "ended"
    assert result.attempt("two-sum", "local", 20).outcome == "interrupted"


def test_an_error_while_judging_is_shown_and_the_session_goes_on(solution: Path, clock: FakeClock) -> None:
    def broken(progress: Progress) -> None:
        raise JudgeError("the reference solution fails manual-01")

    views: list[View] = []
    result = session(solution, clock, ["s", "q"], submit=FakeRunner(report(Verdict.AC), during=broken), views=views).run()
    assert any("error: the reference solution fails manual-01" in v.notice for v in views)
    assert result.outcome is Outcome.QUIT and result.submission is None


def test_an_empty_file_is_not_submitted(solution: Path, clock: FakeClock) -> None:
    submit = FakeRunner(report(Verdict.AC))
    views: list[View] = []
    result = session(solution, clock, [writer(solution, "  \n"), "s", "q"], submit=submit, views=views).run()
    assert submit.sources == []
    assert any("is empty" in v.notice for v in views) and result.outcome is Outcome.QUIT


def test_a_failing_example_line_says_what_differs() -> None:
    case = CaseReport("example-2", "", "example", Verdict.WA, "wrong pair", expected=[1, 2], got=[0, 0])
    assert case_line(case).plain == "  example-2   WA  wrong pair"  # the judge's own message, not raw values
    crashed = CaseReport("example-1", "", "example", Verdict.RE, "NotImplementedError: write your solution here (line 9)")
    assert case_line(crashed).plain.endswith("RE  NotImplementedError: write your solution here (line 9)")


# Hints and interview mode.


class FakeHints:
    def __init__(self, seen: int = 0, total: int = 2) -> None:
        self.shown, self.total = seen, total

    def seen(self) -> list[str]:
        return [f"Hint {n} of {self.total}" for n in range(1, self.shown + 1)]

    def next_hint(self) -> str | None:
        if self.shown >= self.total:
            return None
        self.shown += 1
        return f"Hint {self.shown} of {self.total}"


def test_h_shows_the_next_hint_until_there_are_none(solution: Path, clock: FakeClock) -> None:
    views: list[View] = []
    result = session(solution, clock, ["h", None, "h", "h", "q"], views=views, hints=FakeHints(seen=0, total=2)).run()
    assert result.outcome is Outcome.QUIT
    assert views[0].help.count(" h hint ") == 1
    assert [v.hints for v in views if v.hints][-1] == ("Hint 1 of 2", "Hint 2 of 2")
    assert any(v.notice == "no more hints: you have seen them all" for v in views)


def test_hints_seen_before_the_session_are_on_the_panel_from_the_start(solution: Path, clock: FakeClock) -> None:
    practice = session(solution, clock, ["q"], hints=FakeHints(seen=1))
    assert practice.view.hints == ("Hint 1 of 2",)


def test_interview_mode_gives_no_hint(solution: Path, clock: FakeClock) -> None:
    views: list[View] = []
    hints = FakeHints()
    result = session(solution, clock, ["h", "q"], views=views, hints=hints, interview=True).run()
    assert hints.shown == 0 and all(not v.hints for v in views) and " h " not in views[-1].help
    assert any(v.notice.startswith("no hints in interview mode") for v in views)
    assert result.interview and result.attempt("two-sum", "local", 20).interview


def test_interview_mode_asks_the_follow_ups_after_the_cases_pass(solution: Path, clock: FakeClock) -> None:
    solution.write_text(CORRECT)
    views: list[View] = []
    follow_up = report(Verdict.WA, passed=2)
    submit = FakeRunner(report(Verdict.AC), follow_up)
    steps: list[Step] = ["s", None, None, "s", None, "q"]
    result = session(solution, clock, steps, views=views, submit=submit, interview=True, follow_ups=("Now in O(1) memory?",)).run()
    assert result.outcome is Outcome.ACCEPTED  # solved; q after the follow-up ends it
    assert result.submission is not None and result.submission.accepted  # the solve is what is recorded
    assert result.follow_up_submission is follow_up and result.submissions == 2
    assert result.solve_seconds is not None and result.solve_seconds < result.elapsed_seconds
    asked = next(v for v in views if v.follow_ups)
    assert asked.follow_ups == ("Now in O(1) memory?",) and "q done" in asked.help and asked.outcome is None


def test_outside_interview_mode_an_acceptance_ends_the_session(solution: Path, clock: FakeClock) -> None:
    solution.write_text(CORRECT)
    views: list[View] = []
    result = session(solution, clock, ["s", "q"], views=views, follow_ups=("Now in O(1) memory?",)).run()
    assert result.outcome is Outcome.ACCEPTED and all(not v.follow_ups for v in views)
