"""`judge practice` end to end in a pseudo-terminal: what a person at the keyboard sees.

Each test starts the real command with pexpect, writes the solution file as an
editor would, presses keys, and reads the screen (escape codes removed).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import termios
from pathlib import Path

import pexpect
import pytest

from judge.catalog import Catalog
from judge.history.store import read_attempts, read_reveals

from .conftest import PROBLEMS

CORRECT = (PROBLEMS / "two-sum" / "reference.py").read_text()
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"
SLEEPY = "import time\n\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(60)\n"
ROWS, COLUMNS = 40, 100
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]")


class Terminal:
    """A judge running in a pseudo-terminal, and everything it has shown so far."""

    def __init__(self, tmp_path: Path, *args: str, seconds: float | None = None, solution: str | None = None) -> None:
        self.solution = tmp_path / "solutions" / "two-sum.py"
        self.history = tmp_path / "history.sqlite3"
        if solution is not None:
            self.solution.parent.mkdir(parents=True)
            self.solution.write_text(solution)
        env = {
            **os.environ,
            "JUDGE_SOLUTIONS_DIR": str(self.solution.parent),
            "JUDGE_HISTORY": str(self.history),
            "JUDGE_CACHE_DIR": str(tmp_path / "cache"),
            "JUDGE_STATE_DIR": str(tmp_path / "state"),
            "JUDGE_NO_HISTORY": "0",
            "TMPDIR": str(tmp_path),
            "TERM": "xterm",
            "COLUMNS": str(COLUMNS),
            "LINES": str(ROWS),
        }
        env.pop("JUDGE_SANDBOX", None)
        env.pop("JUDGE_PRACTICE_SECONDS", None)
        if seconds is not None:
            env["JUDGE_PRACTICE_SECONDS"] = str(seconds)
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "judge", "practice", *args],
            env=env,
            dimensions=(ROWS, COLUMNS),
            encoding="utf-8",
            codec_errors="replace",
            timeout=60,
        )
        self.seen = ""

    def expect(self, pattern: str, since: int = 0) -> str:
        """Wait until ``pattern`` (a regex) is on screen (after the first ``since`` characters
        shown); returns everything shown up to it."""
        while not re.search(pattern, _ESCAPES.sub("", self.seen)[since:]):
            try:
                self.seen += self.child.read_nonblocking(65536, timeout=60)
            except pexpect.EOF:
                raise AssertionError(f"the judge ended before showing {pattern!r}; it showed:\n{self.plain()}") from None
        return self.plain()

    def plain(self) -> str:
        return _ESCAPES.sub("", self.seen)

    def finish(self) -> int:
        """Wait for the end; returns the exit status."""
        try:
            while True:
                self.seen += self.child.read_nonblocking(65536, timeout=60)
        except pexpect.EOF:
            pass
        self.child.wait()
        status = self.child.exitstatus
        assert status is not None, f"killed by signal {self.child.signalstatus}"
        return status

    def line_mode(self) -> bool:
        """Whether the terminal is in its normal, line-by-line mode with echo."""
        flags = termios.tcgetattr(self.child.child_fd)[3]
        return bool(flags & termios.ICANON) and bool(flags & termios.ECHO)

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)
        self.child.close()


@pytest.fixture
def terminals():  # type: ignore[no-untyped-def]
    started: list[Terminal] = []
    yield started
    for terminal in started:
        terminal.close()


def start(terminals: list[Terminal], *args: object, **options: object) -> Terminal:
    terminal = Terminal(*args, **options)  # type: ignore[arg-type]
    terminals.append(terminal)
    return terminal


def test_practice_from_a_wrong_save_to_accepted(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--minutes", "1", "--sandbox", "local")
    screen = judge.expect(r"s submit .* q quit")  # the panel's last line
    assert "Given an array of integers nums" in screen and "Example 1" in screen  # the statement
    assert re.search(r"Two Sum\s+easy\s+practice", screen)
    assert re.search(r"(00:59|01:00) left of 01:00", screen)
    assert not judge.line_mode()  # keys act at once, without Enter and without echo
    assert judge.solution.read_text().startswith("# Two Sum")  # the template, written because it was missing
    judge.expect(r"00:5\d left of 01:00")  # the clock moves on its own

    judge.solution.write_text(WRONG)
    screen = judge.expect(r"Examples: 0/3 passed")
    judge.expect(r"example-2\s+WA\s+")

    judge.solution.write_text(CORRECT)
    judge.expect(r"Examples: 3/3 passed")
    judge.child.send("s")
    screen = judge.expect(r"Accepted at \d\d:\d\d of 01:00")
    assert re.search(r"Submission 1: AC Accepted\s+14/14 cases passed", screen)
    assert judge.finish() == 0
    assert judge.line_mode()  # the terminal is given back as it was
    assert "Traceback" not in judge.plain()

    [attempt] = read_attempts(judge.history)
    assert (attempt.slug, attempt.kind, attempt.outcome, attempt.verdict) == ("two-sum", "practice", "accepted", "AC")
    assert (attempt.passed, attempt.total, attempt.minutes, attempt.sandbox) == (14, 14, 1, "local")
    assert attempt.solve_seconds is not None and 1 <= attempt.solve_seconds < 60


def test_ctrl_c_while_the_examples_run_ends_cleanly_and_is_recorded(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--sandbox", "local")
    judge.expect(r"left of 20:00")  # easy: 20 minutes
    judge.solution.write_text(SLEEPY)
    screen = judge.expect(r"running the examples")
    shown = re.findall(r"(\d\d:\d\d) left of 20:00", screen)[-1]
    # The example sleeps for a minute; the countdown must go on meanwhile.
    later = judge.expect(rf"(?!{shown})\d\d:\d\d left of 20:00", since=len(screen))
    assert "running the examples" in later[len(screen) :] and "Examples:" not in later[len(screen) :].replace("Examples: not run yet", "")
    judge.child.sendintr()  # Ctrl-C, through the terminal's line discipline
    screen = judge.expect(r"Interrupted after \d\d:\d\d of 20:00")
    assert judge.finish() == 130
    assert "Traceback" not in judge.plain()
    assert "Interrupted" in screen
    assert judge.line_mode()
    [attempt] = read_attempts(judge.history)
    assert (attempt.kind, attempt.outcome, attempt.verdict, attempt.solve_seconds) == ("practice", "interrupted", "", None)
    # The running example's harness and its working directory went with it.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("interview-judge-")] == []


def test_time_running_out_ends_the_session(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--sandbox", "local", "--keep", seconds=2, solution=WRONG)
    screen = judge.expect(r"Time is up: 00:02 of 00:02 used")
    assert "Examples: 0/3 passed  (your file at the start)" in screen  # an existing file's examples run at once
    assert judge.finish() == 1
    assert judge.line_mode()
    [attempt] = read_attempts(judge.history)
    assert (attempt.outcome, attempt.verdict, attempt.minutes) == ("time-up", "", 1)
    assert judge.solution.read_text() == WRONG  # --keep: the existing solution is continued


def test_q_quits_and_the_last_failed_submission_is_shown(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--sandbox", "local", "--keep", solution=WRONG)
    judge.expect(r"Examples: 0/3 passed")
    judge.child.send("s")
    judge.expect(r"Submission 1: WA Wrong Answer\s+0/14 cases passed")
    judge.child.send("q")
    screen = judge.expect(r"Quit after \d\d:\d\d of 20:00; last verdict WA Wrong Answer, 0/14 cases passed \(1 submission\)")
    assert "first failing case: example-1" in screen  # the failure in full, as `judge submit` shows it
    assert judge.finish() == 1
    [attempt] = read_attempts(judge.history)
    assert (attempt.outcome, attempt.verdict, attempt.passed, attempt.total) == ("quit", "WA", 0, 14)


def test_without_a_terminal_commands_are_lines(tmp_path: Path) -> None:
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    (solutions / "two-sum.py").write_text(CORRECT)
    env = {
        **os.environ,
        "JUDGE_SOLUTIONS_DIR": str(solutions),
        "JUDGE_HISTORY": str(tmp_path / "history.sqlite3"),
        "JUDGE_CACHE_DIR": str(tmp_path / "cache"),
        "JUDGE_NO_HISTORY": "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "judge", "practice", "two-sum", "--sandbox", "local", "--keep"],
        input="s\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Submission 1: AC Accepted  14/14 cases passed" in done.stdout
    assert re.search(r"Accepted at \d\d:\d\d of 20:00", done.stdout)
    assert "\x1b[" not in done.stdout  # plain lines, no redrawing
    assert [a.outcome for a in read_attempts(tmp_path / "history.sqlite3")] == ["accepted"]


def test_a_history_that_cannot_be_written_only_warns(tmp_path: Path) -> None:
    (tmp_path / "history").mkdir()
    env = {**os.environ, "JUDGE_HISTORY": str(tmp_path / "history"), "JUDGE_NO_HISTORY": "0", "JUDGE_PRACTICE_SECONDS": "0.5"}
    done = subprocess.run(
        [sys.executable, "-m", "judge", "practice", "two-sum", "--sandbox", "local"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Time is up" in done.stdout
    assert "warning: not recorded in the history" in done.stderr and "is a directory" in done.stderr
    assert "Traceback" not in done.stderr


def test_no_history_records_nothing(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    env = {**os.environ, "JUDGE_HISTORY": str(history), "JUDGE_PRACTICE_SECONDS": "0.5"}
    done = subprocess.run(
        [sys.executable, "-m", "judge", "--no-history", "practice", "two-sum", "--sandbox", "local"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1 and "Not recorded: the history is off" in done.stdout
    assert not history.exists()


def test_without_a_slug_the_scheduled_or_a_random_problem(tmp_path: Path) -> None:
    env = {**os.environ, "JUDGE_HISTORY": str(tmp_path / "history.sqlite3"), "JUDGE_NO_HISTORY": "0"}

    def practice(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "judge", "practice", *args, "--sandbox", "local"]
        return subprocess.run(command, input="q\n", capture_output=True, text=True, env=env, timeout=120)

    recommended = subprocess.run([sys.executable, "-m", "judge", "next"], capture_output=True, text=True, env=env, timeout=60)
    slug = re.search(r"Practise (\S+)", recommended.stdout)
    assert slug is not None, recommended.stdout
    scheduled = practice()
    assert scheduled.returncode == 1 and f"Picked {slug.group(1)}: " in scheduled.stdout

    picked = practice("--random", "--tag", "linked-list", "--difficulty", "easy")
    found = re.search(r"Picked (\S+): at random among (\d+) problems", picked.stdout)
    assert found is not None, picked.stdout
    problems, _ = Catalog(PROBLEMS).load_all()
    eligible = {p.slug for p in problems if "linked-list" in p.spec.tags and p.spec.difficulty == "easy"}
    assert found.group(1) in eligible and int(found.group(2)) == len(eligible)
    slugs = [a.slug for a in read_attempts(tmp_path / "history.sqlite3")]
    assert slugs == [slug.group(1), found.group(1)]

    both = practice("two-sum", "--random")
    assert both.returncode == 2 and "not both" in both.stderr


# Hints and interview mode.

_SEEN = "        seen: dict[int, int] = {}"
HIDDEN_WRONG = CORRECT.replace(_SEEN, "        if len(nums) > 10:\n            return [0, 1]\n" + _SEEN)


def test_h_shows_the_next_hint_on_the_panel_and_records_it(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--sandbox", "local", "--keep", solution=WRONG)
    judge.expect(r"s submit .* h hint .* q quit")
    judge.child.send("h")
    screen = judge.expect(r"Hint 1 of 3: For each number x")
    assert "Hint 2 of 3" not in screen
    judge.child.send("h")
    judge.expect(r"Hint 2 of 3: Checking every pair")
    judge.child.send("q")
    assert judge.finish() == 1
    assert [(r.kind, r.number) for r in read_reveals(judge.history)] == [("hint", 1), ("hint", 2)]
    [attempt] = read_attempts(judge.history)
    assert (attempt.hints, attempt.interview) == (2, False)


def test_an_interview_tells_only_the_failing_example_then_asks_the_follow_up(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--interview", "--sandbox", "local", "--keep", solution=WRONG)
    screen = judge.expect(r"s submit .* q quit")
    assert " h hint " not in screen and "Follow-up" not in screen
    judge.child.send("h")
    judge.expect(r"no hints in interview mode")
    judge.child.send("s")
    screen = judge.expect(r"Submission 1: WA Wrong Answer\s+0/14 cases passed\s+example-1 fails: it returned \[0,0\]")
    judge.solution.write_text(HIDDEN_WRONG)
    judge.expect(r"Examples: 3/3 passed")
    judge.child.send("s")
    screen = judge.expect(r"Submission 2: WA Wrong Answer\s+\d+/14 cases passed\s+Wrong Answer on a case of ours", since=len(screen))
    assert "generated-" not in screen and "manual-" not in screen
    judge.solution.write_text(CORRECT)
    judge.expect(r"Examples: 3/3 passed", since=len(screen))
    judge.child.send("s")
    screen = judge.expect(r"The interviewer asks:")
    judge.expect(r"less than O\(n\^2\) time")
    judge.expect(r"q done")
    judge.child.send("q")
    judge.expect(r"Accepted at \d\d:\d\d of 20:00")
    assert judge.finish() == 0
    [attempt] = read_attempts(judge.history)
    assert (attempt.outcome, attempt.verdict, attempt.interview, attempt.hints) == ("accepted", "AC", True, 0)


def test_an_interview_shows_the_full_report_when_it_ends(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--interview", "--sandbox", "local", "--keep", solution=HIDDEN_WRONG)
    judge.expect(r"Examples: 3/3 passed")
    judge.child.send("s")
    screen = judge.expect(r"Submission 1: WA")
    assert "first failing case" not in screen
    judge.child.send("q")
    screen = judge.expect(r"Quit after \d\d:\d\d of 20:00")
    assert re.search(r"first failing case: (generated|manual)-\d+", screen)  # now in full, as `judge submit` shows it
    assert judge.finish() == 1


def test_the_panel_names_the_mistake_and_f_opens_the_failing_example(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--sandbox", "local", "--keep", solution=WRONG)
    screen = judge.expect(r"f opens the first failing example in full")
    assert "example-1   WA  used the same element twice" in screen  # the checker's message, not a raw array
    shown = len(judge.plain())
    judge.child.send("f")
    screen = judge.expect(r"Stdout\s+\(nothing printed\)", since=shown)[shown:]
    flat = " ".join(screen.replace("│", " ").split())
    assert "example-1 WA" in flat and "Input nums = [2,7,11,15], target = 9 Output [0,0] Expected [0,1]" in flat
    judge.child.send("q")
    assert judge.finish() == 1


def test_practice_starts_afresh_and_moves_the_old_file_to_attempts(tmp_path: Path, terminals: list[Terminal]) -> None:
    judge = start(terminals, tmp_path, "two-sum", "--sandbox", "local", solution=WRONG)
    screen = judge.expect(r"s submit .* q quit")
    assert "Your earlier file is now" in screen and ".attempts" in screen
    judge.child.send("q")
    assert judge.finish() == 1
    [moved] = (judge.solution.parent / ".attempts").iterdir()
    assert re.fullmatch(r"two-sum-\d{8}-\d{6}\.py", moved.name) and moved.read_text() == WRONG
    assert "NotImplementedError" in judge.solution.read_text() or "def twoSum" in judge.solution.read_text()
    assert judge.solution.read_text() != WRONG
    # Starting again on the untouched template moves nothing.
    again = start(terminals, tmp_path, "two-sum", "--sandbox", "local")
    again.expect(r"s submit .* q quit")
    again.child.send("q")
    assert again.finish() == 1
    assert len(list((judge.solution.parent / ".attempts").iterdir())) == 1
