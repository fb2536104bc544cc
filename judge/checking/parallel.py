"""Judging many solutions at once, a worker thread per sandbox.

Threads suffice: a worker spends its time waiting on its sandbox (a container
or a harness process, each with its own CPU), not running Python.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from judge.cases import Case, submission_cases
from judge.catalog import Problem
from judge.checking.discovery import Found
from judge.errors import JudgeError, SandboxError, SpecError
from judge.grading import SubmissionReport, grade
from judge.reference import ReferenceResult, reference_results
from judge.sandbox.base import Sandbox
from judge.solutions import read_solution
from judge.text import cut


@dataclass
class Outcome:
    """What became of one solution file: a report, or the reason there is none."""

    found: Found
    report: SubmissionReport | None = None
    error: str | None = None
    judge_fault: bool = False
    source: str = ""
    started_at: datetime | None = None
    finished_at: datetime | None = None

    @property
    def accepted(self) -> bool:
        return self.report is not None and self.report.accepted

    @property
    def follow_up_unmet(self) -> bool:
        """Accepted, with a checked follow-up measured as not met."""
        return self.report is not None and self.report.follow_up_unmet

    @property
    def seconds(self) -> float:
        if self.started_at is None or self.finished_at is None:
            return 0.0
        return (self.finished_at - self.started_at).total_seconds()


class Observer(Protocol):
    """Told what each worker is doing; called from the worker threads."""

    def phase(self, found: Found, what: str, total: int) -> None: ...

    def case_done(self, found: Found, case_id: str) -> None: ...


class QuietObserver:
    """An observer that shows nothing: for callers that only want the outcomes."""

    def phase(self, found: Found, what: str, total: int) -> None:
        pass

    def case_done(self, found: Found, case_id: str) -> None:
        pass


class _Stopped(Exception):
    """Raised inside a worker between two cases once the run is interrupted."""


class _References:
    """The expected outputs of each problem, computed once even when two
    solutions of the same problem are judged at the same time."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._results: dict[str, dict[str, ReferenceResult]] = {}

    def get(self, problem: Problem, cases: list[Case], on_case: Callable[[Case], None]) -> dict[str, ReferenceResult]:
        with self._guard:
            lock = self._locks.setdefault(problem.slug, threading.Lock())
        with lock:
            if problem.slug not in self._results:
                self._results[problem.slug] = reference_results(problem, cases, self._sandbox, on_case=on_case)
            return self._results[problem.slug]


def _judge_one(
    found: Found, sandbox: Sandbox, references: _References, observer: Observer, stop: threading.Event, run_all: bool = False
) -> Outcome:
    outcome = Outcome(found, started_at=datetime.now(UTC))

    def advance(case_id: str) -> None:
        if stop.is_set():
            raise _Stopped
        observer.case_done(found, case_id)

    try:
        if found.problem is None:
            outcome.error, outcome.judge_fault = found.error, found.judge_fault
            return outcome
        problem = found.problem
        _, outcome.source = read_solution(problem.slug, found.path)
        cases = submission_cases(problem)
        observer.phase(found, "expected outputs", len(cases))
        reference = references.get(problem, cases, lambda case: advance(case.id))
        observer.phase(found, "judging", len(cases))
        outcome.report = grade(
            problem,
            outcome.source,
            cases,
            sandbox,
            reference=reference,
            on_case=lambda case: advance(case.id),
            stop_after_tle=not run_all,
            file=str(found.path),
            follow_ups=True,
        )
    except SpecError as error:
        outcome.error, outcome.judge_fault = f"the problem package is broken: {error}", True
    except SandboxError as error:
        outcome.error, outcome.judge_fault = f"the sandbox failed: {error}", True
    except JudgeError as error:
        outcome.error = str(error)
    except Exception as error:
        # Whatever else goes wrong with one file is that file's row: every other
        # file is still judged and reported (exit 1, not an internal error).
        outcome.error = cut(f"not judged: the judge failed on this file ({type(error).__name__}: {error})", 1000)
    finally:
        outcome.finished_at = datetime.now(UTC)
    return outcome


def check_all(
    found: list[Found], sandbox: Sandbox, jobs: int, observer: Observer, *, run_all: bool = False
) -> Generator[Outcome, None, None]:
    """Judge every found solution with ``jobs`` workers, yielding outcomes as they finish.

    Each solution stops at its first TLE, as `judge submit` does, unless ``run_all``.

    Closing the iterator early (Ctrl-C) stops every worker at its next case
    boundary and waits for their sandboxes to be torn down.
    """
    stop = threading.Event()
    references = _References(sandbox)
    executor = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="judge-check")
    pending: set[Future[Outcome]] = set()
    try:
        pending = {executor.submit(_judge_one, item, sandbox, references, observer, stop, run_all) for item in found}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: f.result().found.path):
                yield future.result()
    finally:
        stop.set()
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
