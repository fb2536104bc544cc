"""Judging a submission: run every case, check every answer, collect a report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from judge.cases import Case
from judge.catalog import Problem
from judge.checkers import Answer, checker_for
from judge.complexity.measure import FollowUpResult, measure_follow_ups
from judge.execution import HarnessRun, case_verdict
from judge.languages import PYTHON, language_of
from judge.reference import ReferenceResult
from judge.sandbox.base import Sandbox
from judge.solutions import display_path
from judge.spec import ClassEntry, Limits
from judge.values import bounded, decode
from judge.verdicts import Verdict


@dataclass
class CaseReport:
    id: str
    name: str
    origin: str
    verdict: Verdict
    message: str = ""
    cpu_ms: float | None = None
    wall_ms: float | None = None
    memory_kb: int | None = None
    reference_cpu_ms: float | None = None
    args: dict[str, Any] = field(default_factory=dict, repr=False)
    expected: Any = None
    got: Any = None
    stdout: str = ""
    stderr: str = ""
    traceback: str = ""
    line: int | None = None  # where in the solution an exception was raised

    @property
    def visible(self) -> bool:
        return self.origin in ("example", "custom")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "verdict": str(self.verdict),
            "message": self.message,
            "cpu_ms": self.cpu_ms,
            "wall_ms": self.wall_ms,
            "memory_kb": self.memory_kb,
            "reference_cpu_ms": self.reference_cpu_ms,
        }
        if self.visible:
            data.update(input=self.args, expected=self.expected, got=bounded(self.got))
        return data


@dataclass
class SubmissionReport:
    problem: str
    verdict: Verdict
    sandbox: str
    tests: list[CaseReport] = field(default_factory=list)
    message: str = ""
    details: str = ""
    file: str | None = None
    total_cases: int = 0
    line: int | None = None  # where in the solution it failed to load
    # Why judging stopped before the last case ("the first TLE"), when it did.
    stopped_early: str = ""
    not_run_ids: list[str] = field(default_factory=list)
    # The checked follow-ups, measured once every case was accepted (empty otherwise).
    follow_ups: list[FollowUpResult] = field(default_factory=list)

    @property
    def follow_ups_met(self) -> bool:
        """Accepted, and every checked follow-up measured as met."""
        return self.accepted and all(f.met is True for f in self.follow_ups)

    @property
    def follow_up_unmet(self) -> bool:
        """Accepted, with a checked follow-up measured as not met (what --strict fails)."""
        return self.accepted and any(f.met is False for f in self.follow_ups)

    @property
    def not_run(self) -> int:
        """Cases never run because judging stopped early."""
        return len(self.not_run_ids)

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.AC

    @property
    def passed(self) -> int:
        return sum(1 for t in self.tests if t.verdict is Verdict.AC)

    @property
    def first_failure(self) -> CaseReport | None:
        return next((t for t in self.tests if t.verdict is not Verdict.AC), None)

    def cpu_ms(self) -> float:
        return sum(t.cpu_ms or 0.0 for t in self.tests)

    def reference_cpu_ms(self) -> float | None:
        times = [t.reference_cpu_ms for t in self.tests if t.reference_cpu_ms is not None]
        return sum(times) if times and len(times) == len(self.tests) else None

    def peak_memory_kb(self) -> int:
        return max((t.memory_kb or 0 for t in self.tests), default=0)

    def to_json(self) -> dict[str, Any]:
        failure = self.first_failure
        data: dict[str, Any] = {
            "problem": self.problem,
            "verdict": str(self.verdict),
            "file": self.file,
            "sandbox": self.sandbox,
            "message": self.message,
            "passed": self.passed,
            "total": self.total_cases,
            "cpu_ms": round(self.cpu_ms(), 3),
            "reference_cpu_ms": self.reference_cpu_ms(),
            "peak_memory_kb": self.peak_memory_kb(),
            "tests": [t.to_json() for t in self.tests],
            "first_failure": None,
            "follow_ups": [f.to_json() for f in self.follow_ups],
        }
        if self.not_run:
            data["not_run"] = self.not_run
            data["stopped_early"] = self.stopped_early
        if self.details:
            data["details"] = self.details
        if failure is not None:
            data["first_failure"] = {
                "id": failure.id,
                "verdict": str(failure.verdict),
                "message": failure.message,
                "input": failure.args,
                "expected": failure.expected,
                "got": bounded(failure.got),
                "stdout": failure.stdout,
                "stderr": failure.stderr,
            }
        return data


CaseCallback = Callable[[CaseReport], None]

# Figures the harness measures about a case from outside the solution's
# process (see judge/harness.py) that a problem's checker may use.
TRUSTED_EXTRAS = ("retained_bytes",)


def grade(
    problem: Problem,
    source: str,
    cases: list[Case],
    sandbox: Sandbox,
    *,
    reference: dict[str, ReferenceResult] | None = None,
    on_case: CaseCallback | None = None,
    fail_fast: bool = False,
    stop_after_tle: bool = False,
    file: str | None = None,
    follow_ups: bool = False,
) -> SubmissionReport:
    """Judge ``source`` on ``cases``. Examples carry their own expected output;
    every other case takes it from ``reference``.

    ``follow_ups``: once every case is accepted, measure the problem's checked
    follow-ups in the same harness (same sandbox); the verdict stays AC whatever
    they show.

    ``stop_after_tle`` stops at the first TLE, as LeetCode does: the cases after
    it are larger or as large, and each would cost its full time limit too.
    """
    check = checker_for(problem)
    report = SubmissionReport(problem.slug, Verdict.AC, sandbox.name, file=file, total_cases=len(cases))
    with HarnessRun(problem, source, sandbox, filename=display_path(file) if file else None, language=language_of(file)) as run:
        failure = run.start()
        if failure is not None:
            report.verdict, report.message, report.details, report.line = failure.verdict, failure.message, failure.details, failure.line
            return report
        for number, case in enumerate(cases):
            known = reference.get(case.id) if reference else None
            expected = case.expected if case.origin == "example" else (known.value if known else None)
            facts = run.run(case)
            result = _judge_case(problem, check, case, facts, expected, run.limits)
            result.reference_cpu_ms = known.cpu_ms if known else None
            report.tests.append(result)
            if on_case:
                on_case(result)
            if result.verdict is not Verdict.AC and fail_fast:
                report.stopped_early = "the first failing case (--fail-fast)"
            elif result.verdict is Verdict.TLE and stop_after_tle:
                report.stopped_early = "the first TLE"
            if report.stopped_early:
                report.not_run_ids = [rest.id for rest in cases[number + 1 :]]
                break
        # The follow-ups' ladders run Python calls inside the harness: C++ is not measured (README).
        measurable = run.language is PYTHON
        if follow_ups and measurable and report.tests and all(t.verdict is Verdict.AC for t in report.tests) and not report.not_run_ids:
            report.follow_ups = measure_follow_ups(problem, run)
    failed = report.first_failure
    if failed is not None:
        report.verdict = failed.verdict
        report.message = f"{failed.id}: {failed.message}"
    return report


def ignore_void_outputs(problem: Problem, args: dict[str, Any], got: Any) -> Any:
    """A design problem's outputs with null for the constructor and for every call
    of a method declared as returning nothing (``returns: None``): LeetCode ignores
    what such a method returns, and so does the judge, whatever the child sent."""
    entry = problem.spec.entry
    operations = args.get("operations")
    if not isinstance(entry, ClassEntry) or not isinstance(got, list) or not isinstance(operations, list):
        return got
    if len(got) != len(operations):
        return got
    void = {method.name for method in entry.methods if method.void}
    return [None if index == 0 or operations[index] in void else value for index, value in enumerate(got)]


def _judge_case(
    problem: Problem, check: Callable[[Answer], Any], case: Case, facts: dict[str, Any], expected: Any, limits: Limits | None = None
) -> CaseReport:
    verdict, message = case_verdict(facts, problem.spec, limits)
    raw = facts.get("result")
    # Written by the case's own process, which may write anything: only well-typed fields are read.
    result: dict[str, Any] = raw if isinstance(raw, dict) else {}
    error: dict[str, Any] = result["error"] if isinstance(result.get("error"), dict) else {}
    got = ignore_void_outputs(problem, case.args, decode(result["value"])) if "value" in result else None
    report = CaseReport(
        id=case.id,
        name=case.name,
        origin=case.origin,
        verdict=Verdict.AC,
        cpu_ms=facts.get("cpu_ms"),
        wall_ms=facts.get("wall_ms"),
        memory_kb=facts.get("memory_kb"),
        args=case.args,
        expected=expected,
        got=bounded(got),  # kept for the report: a 40 MB answer must not be held once per case
        stdout=facts.get("stdout", ""),
        stderr=facts.get("stderr", ""),
        traceback=error["traceback"] if isinstance(error.get("traceback"), str) else "",
        line=error["line"] if isinstance(error.get("line"), int) else None,
    )
    if verdict is not None:
        report.verdict, report.message = verdict, message
        return report
    # Only the harness's own figures (facts) go to the checker: anything else in
    # the child's payload was written by the solution's process.
    if facts.get("inspection_failed"):
        report.verdict, report.message = Verdict.RE, str(facts["inspection_failed"])
        return report
    changed = facts.get("input_modified")
    if isinstance(changed, list) and len(changed) == 2:
        param, index = changed
        report.verdict = Verdict.WA
        report.message = (
            f"the solution changed the input: node {index} of {param} no longer has its original next or val "
            "(this problem requires the lists to keep their structure)"
        )
        return report
    extras = {key: facts[key] for key in TRUSTED_EXTRAS if key in facts}
    outcome = check(Answer(case.args, decode(expected), got, extras))
    if not outcome.ok:
        report.verdict, report.message = Verdict.WA, outcome.message
    return report
