"""Text from a solution reaches the user's terminal, CI logs and reports only as inert,
bounded text: raw escapes never, rich markup never, 40 MB never.

The hostile solution prints, raises and returns terminal escapes (clear screen, an
OSC 52 clipboard write, a window title, an OSC 8 link, a C1 CSI, a bidi override,
a carriage return over the line); each command's output must hold none of them
raw, and must show them as visible escapes (so the text was shown, not dropped).
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import judge.checking.parallel as parallel
from judge.cli import cli
from judge.console import err, out
from judge.grading import CaseReport, SubmissionReport
from judge.report import print_report
from judge.text import inert
from judge.verdicts import Verdict

PAYLOAD = (
    "\x1b[2J\x1b]52;c;cHduZWQ=\x07\x1b]0;PWNED\x07\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\"
    "\x9b31m\u202eevil\rOVERWRITE"
)
# None of these may reach any output raw.
RAW = ["\x1b[2J", "\x1b]52", "\x1b]0;", "\x1b]8;;http", "\x07", "\x9b", "\u202e", "\rOVERWRITE"]
VISIBLE = "\\x1b]52;c;cHduZWQ="

CRASHES = f"""
import sys
P = {PAYLOAD!r}
class Solution:
    def twoSum(self, nums, target):
        print(P)
        print(P, file=sys.stderr)
        raise ValueError(P)
"""
RETURNS = f"""
class Solution:
    def twoSum(self, nums, target):
        return [0, {PAYLOAD!r}]
"""


def assert_inert(text: str, visible: bool = True) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} reached the output raw"
    if visible:
        assert VISIBLE in text or "\\u001b]52;c;cHduZWQ=" in text, "the payload was not shown at all"


@pytest.fixture(params=["terminal", "pipe"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Output as to a terminal (rich's styles, live progress) or as to a pipe (log lines)."""
    if request.param == "terminal":
        monkeypatch.setattr(out, "_force_terminal", True)
        monkeypatch.setattr(err, "_force_terminal", True)
    yield request.param


def _invoke(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(cli, list(args))
    stderr = result.stderr if result.stderr_bytes is not None else ""
    return result.exit_code, result.output + stderr


def test_inert_replaces_controls_and_cuts() -> None:
    assert inert("a\x1b[2Jb\x07\u202e\x9b\rc") == "a\\x1b[2Jb\\x07\\u202e\\x9b\\rc"
    assert inert("line\n\tnext") == "line\n\tnext"
    assert inert("line\n\tnext", one_line=True) == "line\\n\\tnext"
    assert inert("x" * 10 + "é", 5) == "xxxxx… (7 more bytes)"
    assert inert("\ud800") == "\\ud800"


@pytest.mark.parametrize("source", [CRASHES, RETURNS], ids=["crash", "returns"])
@pytest.mark.parametrize("command", ["run", "submit"])
def test_run_and_submit_show_escapes_inert(runner: CliRunner, tmp_path: Path, mode: str, command: str, source: str) -> None:
    path = tmp_path / "two-sum.py"
    path.write_text(source)
    args = [command, "two-sum", str(path), "--sandbox", "local"] + (["-x"] if command == "submit" else [])
    status, output = _invoke(runner, *args)
    assert status == 1, output
    assert_inert(output)


def test_submit_json_carries_escapes_only_escaped(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "two-sum.py"
    path.write_text(CRASHES)
    status, output = _invoke(runner, "submit", "two-sum", str(path), "--sandbox", "local", "-x", "--json")
    assert status == 1
    assert_inert(output, visible=False)
    data = json.loads(output[output.index("{") :])
    assert PAYLOAD in data["first_failure"]["stdout"]  # the JSON keeps the text, escaped by JSON itself


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A folder whose own name is rich markup, holding the crashing solution and a file
    whose name is a terminal escape."""
    folder = tmp_path / "check_markup[/]" / "[bold red]x"
    folder.mkdir(parents=True)
    (folder / "two-sum.py").write_text(CRASHES)
    (folder / "evil\x1b]52;c;eA==\x07.py").write_text("x = 1\n")
    return folder


@pytest.mark.parametrize("github", [False, True], ids=["plain", "github-actions"])
def test_check_shows_escapes_and_paths_inert(
    runner: CliRunner, hostile_folder: Path, tmp_path: Path, mode: str, github: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if github:
        monkeypatch.setenv("GITHUB_ACTIONS", "true")
    junit = tmp_path / "report.xml"
    status, output = _invoke(runner, "check", str(hostile_folder), "--sandbox", "local", "--junit", str(junit))
    assert status == 1, output
    assert_inert(output, visible=False)
    assert "\\x1b[2J" in output  # the exception's message, shown
    assert "check_markup[/]" in output and "[bold red]x" in output  # the folder's name, as text
    if github:
        assert "::error file=" in output
    xml = junit.read_text(encoding="utf-8")
    assert_inert(xml, visible=False)
    ET.fromstring(xml)


def test_check_json_is_escaped(runner: CliRunner, hostile_folder: Path) -> None:
    status, output = _invoke(runner, "check", str(hostile_folder), "--sandbox", "local", "--json")
    assert status == 1
    assert_inert(output, visible=False)


def test_check_isolates_a_file_that_makes_the_host_fail(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever goes wrong while judging one file is that file's row; the others are
    judged, the table and the JUnit file are written, and the exit status is 1."""
    folder = tmp_path / "solutions"
    folder.mkdir()
    (folder / "two-sum.py").write_text((Path(__file__).parents[1] / "problems" / "two-sum" / "reference.py").read_text())
    (folder / "median-of-two-sorted-arrays.py").write_text("def findMedianSortedArrays(a, b):\n    return 0.0\n")
    real_grade = parallel.grade

    def failing_grade(problem: Any, *args: Any, **kwargs: Any) -> SubmissionReport:
        if problem.slug == "median-of-two-sorted-arrays":
            raise RecursionError("maximum recursion depth exceeded while decoding a JSON array")
        return real_grade(problem, *args, **kwargs)

    monkeypatch.setattr(parallel, "grade", failing_grade)
    junit = tmp_path / "report.xml"
    status, output = _invoke(runner, "check", str(folder), "--sandbox", "local", "--junit", str(junit))
    assert status == 1, output
    assert "1 accepted" in output and "1 not judged" in output
    assert "not judged: the judge failed on this file (RecursionError" in output
    suites = {suite.get("name"): suite for suite in ET.parse(junit).getroot()}
    assert suites["two-sum"].get("failures") == "0" and suites["two-sum"].get("errors") == "0"
    assert suites["median-of-two-sorted-arrays"].get("errors") == "1"


def test_a_40_mb_answer_is_reported_in_about_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate's message and the report cut before they format: rendering does not grow with the answer."""
    from judge.catalog import Catalog
    from judge.checkers import Answer, checker_for
    from tests.conftest import PROBLEMS

    got = [0, "x" * 40_000_000]
    args = {"nums": [2, 7, 11, 15], "target": 9}
    started = time.monotonic()
    outcome = checker_for(Catalog(PROBLEMS).get("two-sum"))(Answer(args, [0, 1], got, {}))
    case = CaseReport("example-1", "", "example", Verdict.WA, outcome.message, args=args, expected=[0, 1], got=got, stdout="y" * 8192)
    report = SubmissionReport("two-sum", Verdict.WA, "local", tests=[case], total_cases=1)
    monkeypatch.setattr(out, "_force_terminal", True)
    with out.capture() as captured:
        print_report(report)
    elapsed = time.monotonic() - started
    assert not outcome.ok and outcome.message.startswith('returned a str ("xxxx')
    # About 0.05 s here: a bound 20x that keeps a slow machine green and a quadratic layout red.
    assert elapsed < 1.0, f"{elapsed:.2f} s"
    assert len(captured.get()) < 50_000
    assert "more bytes" in captured.get() or "cut" in captured.get()


def test_the_practice_panel_shows_escapes_inert() -> None:
    """The live panel (rendered as a terminal would get it) and its plain-line form for pipes."""
    import io

    from rich.console import Console

    from judge.catalog import Catalog
    from judge.practice.clock import Countdown
    from judge.practice.screen import PracticeScreen
    from judge.practice.session import View
    from tests.conftest import PROBLEMS

    crash = CaseReport("example-1", "", "example", Verdict.RE, f"ValueError: {PAYLOAD}", traceback=PAYLOAD, stdout=PAYLOAD)
    wrong = CaseReport("example-2", "", "example", Verdict.WA, "wrong", expected=[0, 1], got=[0, PAYLOAD])
    examples = SubmissionReport("two-sum", Verdict.RE, "local", tests=[crash, wrong], total_cases=2)
    message = f"example-1: ValueError: {PAYLOAD}"
    submission = SubmissionReport("two-sum", Verdict.RE, "local", tests=[crash], total_cases=14, message=message)
    view = View(examples=examples, submission=submission, submissions=1, notice=PAYLOAD)
    for terminal in (True, False):
        stream = io.StringIO()
        console = Console(file=stream, force_terminal=terminal, width=100)
        screen = PracticeScreen(Catalog(PROBLEMS).get("two-sum"), Countdown(600), console)
        screen.update(view)
        if terminal:
            console.print(screen.render())
        assert_inert(stream.getvalue(), visible=False)
        assert "\\x1b[2J" in stream.getvalue()
