"""Every verdict, produced by a real program judged under each sandbox backend."""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import pytest

from judge.cases import submission_cases
from judge.catalog import Problem
from judge.grading import SubmissionReport, grade
from judge.reference import reference_results
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict

from .conftest import ROOMY_TIME_MS, copy_problem

CORRECT = """
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def judge(problem: Problem, sandbox: Sandbox, source: str, fail_fast: bool = False) -> SubmissionReport:
    cases = submission_cases(problem)
    reference = reference_results(problem, cases, sandbox)
    return grade(problem, textwrap.dedent(source), cases, sandbox, reference=reference, fail_fast=fail_fast)


def body(code: str) -> str:
    """A twoSum whose body runs ``code`` before answering correctly."""
    return "import os, sys, time\n" + CORRECT.replace(
        "        seen = {}", textwrap.indent(textwrap.dedent(code), " " * 8) + "\n        seen = {}"
    )


def test_correct_solution_is_accepted_on_every_case(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    report = judge(tight_two_sum, any_sandbox, CORRECT)
    assert report.verdict is Verdict.AC
    assert report.passed == report.total_cases == len(submission_cases(tight_two_sum))
    assert all(t.cpu_ms is not None and t.cpu_ms > 0 and t.memory_kb for t in report.tests)
    assert all(t.reference_cpu_ms is not None for t in report.tests)


def test_plain_function_is_accepted_like_class_solution(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    source = """
    def twoSum(nums, target):
        where = {}
        for i, x in enumerate(nums):
            if target - x in where:
                return (where[target - x], i)
            where[x] = i
    """
    assert judge(tight_two_sum, any_sandbox, source).verdict is Verdict.AC


def test_wrong_answer_names_the_case_and_the_mistake(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    report = judge(tight_two_sum, any_sandbox, "def twoSum(nums, target):\n    return [0, 0]\n")
    assert report.verdict is Verdict.WA
    failure = report.first_failure
    assert failure is not None and failure.id == "example-1"
    assert "same element twice" in failure.message
    assert failure.got == [0, 0]


def test_busy_loop_is_tle_on_cpu(tle_two_sum: Problem, any_sandbox: Sandbox) -> None:
    report = judge(tle_two_sum, any_sandbox, body("while True:\n    pass"), fail_fast=True)
    assert report.verdict is Verdict.TLE
    assert "CPU time" in report.message
    # Killed close to the 300 ms limit, not at RLIMIT_CPU's whole seconds.
    assert report.tests[-1].cpu_ms is not None and report.tests[-1].cpu_ms < 1000


def test_sleeping_is_tle_on_wall_clock(tle_two_sum: Problem, any_sandbox: Sandbox) -> None:
    # 60 s of sleep against a 1.9 s wall limit, and ~2 ms of CPU against 300 ms.
    report = judge(tle_two_sum, any_sandbox, body("time.sleep(60)"), fail_fast=True)
    assert report.verdict is Verdict.TLE
    assert "wall-clock" in report.message


@pytest.mark.parametrize(
    "code",
    ["x = [0] * (10 ** 10)", "grow = []\nwhile True:\n    grow.append(bytearray(10 ** 6))"],
    ids=["huge-allocation", "memory-growth"],
)
def test_memory_over_the_limit_is_mle(tight_two_sum: Problem, any_sandbox: Sandbox, code: str) -> None:
    report = judge(tight_two_sum, any_sandbox, body(code), fail_fast=True)
    assert report.verdict is Verdict.MLE, report.message


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_flooding_output_is_ole(tight_two_sum: Problem, any_sandbox: Sandbox, stream: str) -> None:
    report = judge(tight_two_sum, any_sandbox, body(f"while True:\n    print('x' * 1000, file=sys.{stream})"), fail_fast=True)
    assert report.verdict is Verdict.OLE
    assert stream in report.message


def test_one_huge_line_is_ole(tmp_path: Path, any_sandbox: Sandbox) -> None:
    roomy = copy_problem("two-sum", tmp_path, time_ms=ROOMY_TIME_MS, memory_mb=512, output_kb=64)
    report = judge(roomy, any_sandbox, body("print('y' * 50_000_000)"), fail_fast=True)
    assert report.verdict is Verdict.OLE


@pytest.mark.parametrize(
    ("code", "needle"),
    [
        ("raise ValueError('boom')", "ValueError: boom"),
        ("1 / 0", "ZeroDivisionError"),
        ("def f(n):\n    return f(n + 1)\nf(0)", "RecursionError"),
        ("import ctypes\nctypes.string_at(0)", "SIGSEGV"),
        ("os._exit(3)", "without returning a result"),
    ],
    ids=["exception", "zero-division", "recursion", "segfault", "os-exit"],
)
def test_crashes_are_runtime_errors(tight_two_sum: Problem, any_sandbox: Sandbox, code: str, needle: str) -> None:
    report = judge(tight_two_sum, any_sandbox, body(code), fail_fast=True)
    assert report.verdict is Verdict.RE
    assert needle in report.message


def test_sys_exit_after_a_correct_answer_is_not_accepted(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    source = CORRECT.replace("return [seen[target - x], i]", "print([seen[target - x], i]); sys.exit(0)")
    report = judge(tight_two_sum, any_sandbox, "import sys\n" + source, fail_fast=True)
    assert report.verdict is Verdict.RE
    assert "sys.exit" in report.message


def test_exception_reports_the_line_in_the_solution(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    source = "def twoSum(nums, target):\n    x = 1\n    return nums[10 ** 6]\n"
    report = judge(tight_two_sum, any_sandbox, source, fail_fast=True)
    assert report.verdict is Verdict.RE
    assert "IndexError" in report.message and "line 3" in report.message
    assert report.first_failure is not None and "solution.py" in report.first_failure.traceback


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ("def twoSum(nums, target)\n    return []\n", "line 1"),
        ("def two_sum(nums, target):\n    return []\n", "neither a function twoSum()"),
        ("import no_such_module_here\n", "ModuleNotFoundError"),
        ("class Solution:\n    def threeSum(self, nums):\n        return []\n", "twoSum"),
    ],
    ids=["syntax-error", "missing-entry", "import-error", "wrong-method"],
)
def test_unloadable_solutions_are_compile_errors(tight_two_sum: Problem, any_sandbox: Sandbox, source: str, needle: str) -> None:
    report = judge(tight_two_sum, any_sandbox, source)
    assert report.verdict is Verdict.CE
    assert needle in report.message
    assert report.tests == []


def test_prints_are_captured_and_never_mistaken_for_the_answer(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    noisy = body("print('debug', nums[:3])\nos.write(1, b'\\x00\\x00\\x00\\x02{}')")
    report = judge(tight_two_sum, any_sandbox, noisy)
    assert report.verdict is Verdict.AC
    assert "debug [2, 7, 11]\n" in report.tests[0].stdout
    assert "\x02{}" in report.tests[0].stdout  # the forged frame landed in the capture, not the channel


def test_prints_of_a_failing_case_are_shown(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    report = judge(tight_two_sum, any_sandbox, "def twoSum(nums, target):\n    print('trying', target)\n    return [1, 1]\n")
    assert report.first_failure is not None
    assert report.first_failure.stdout == "trying 9\n"


def test_killing_the_harness_fails_that_case_and_the_rest_still_run(tight_two_sum: Problem, sandbox: LocalSandbox) -> None:
    source = body("if nums == [3, 2, 4]:\n    os.kill(os.getppid(), 9)\n    time.sleep(5)")
    report = judge(tight_two_sum, sandbox, source)
    verdicts = {t.id: t.verdict for t in report.tests}
    assert verdicts["example-2"] is Verdict.RE
    assert report.verdict is Verdict.RE
    assert all(v is Verdict.AC for case, v in verdicts.items() if case != "example-2")
    assert len(report.tests) == report.total_cases


def test_state_does_not_leak_between_cases(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    # A module-level counter and a file in the working directory: each case
    # must start from a fresh module and an empty directory.
    source = """
    import os
    calls = []

    def twoSum(nums, target):
        calls.append(1)
        if len(calls) > 1 or os.path.exists("seen.txt"):
            return [-1, -1]
        open("seen.txt", "w").write("x")
        where = {}
        for i, x in enumerate(nums):
            if target - x in where:
                return [where[target - x], i]
            where[x] = i
    """
    assert judge(tight_two_sum, any_sandbox, source).verdict is Verdict.AC


def test_orphaned_grandchild_is_killed(tight_two_sum: Problem, sandbox: LocalSandbox, tmp_path: Path) -> None:
    marker = tmp_path / "orphan.pid"
    code = f"""
if os.fork() == 0:
    if os.fork() == 0:
        os.setsid()
        open({str(marker)!r}, "w").write(str(os.getpid()))
        time.sleep(60)
    os._exit(0)
time.sleep(0.05)
"""
    report = judge(tight_two_sum, sandbox, body(code), fail_fast=True)
    assert report.verdict is Verdict.AC
    pid = int(marker.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.05)
    assert not _alive(pid), "the double-forked orphan survived the case"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_input_larger_than_a_pipe_buffer(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    # The generated cases reach n = 10^5: megabytes through the channel both ways.
    source = body("") + "\n    def echo(self, nums):\n        return nums\n"
    report = judge(tight_two_sum, any_sandbox, source)
    assert report.verdict is Verdict.AC
    assert max(len(c.args["nums"]) for c in submission_cases(tight_two_sum)) == 10**5


def test_no_temporary_directories_are_left(
    tight_two_sum: Problem, sandbox: LocalSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    judge(tight_two_sum, sandbox, body("open('junk', 'w').write('x')"))
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(("interview-judge-", "judge-", "case-"))]
    assert leftovers == []
    assert os.path.isdir(tmp_path)


def test_threads_fit_in_a_small_memory_limit(tight_two_sum: Problem, any_sandbox: Sandbox) -> None:
    # Threads would default to the 64 MB stack the main thread gets for deep
    # recursion, and one would not fit in a 64 MB address-space allowance.
    code = "import threading\nt = threading.Thread(target=lambda: None)\nt.start()\nt.join()"
    assert judge(tight_two_sum, any_sandbox, body(code), fail_fast=True).verdict is Verdict.AC
