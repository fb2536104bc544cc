"""The session's two runners, on the machinery `judge run` and `judge submit` use."""

from __future__ import annotations

from pathlib import Path

from judge.cases import Case, example_cases, submission_cases
from judge.catalog import Problem
from judge.grading import CaseReport, SubmissionReport, grade
from judge.practice.session import Progress, Runner
from judge.reference import ReferenceResult, reference_results
from judge.sandbox.base import Sandbox


def examples_runner(problem: Problem, sandbox: Sandbox, file: Path | None = None) -> Runner:
    cases = example_cases(problem)

    def run(source: str, progress: Progress) -> SubmissionReport:
        done = 0

        def on_case(case: CaseReport) -> None:
            nonlocal done
            done += 1
            progress(case.id, done, len(cases))

        return grade(problem, source, cases, sandbox, on_case=on_case, file=str(file) if file else None)

    return run


def submission_runner(problem: Problem, sandbox: Sandbox, file: Path | None = None) -> Runner:
    """Judges on every hidden case. The reference's answers are worked out (or read
    from the cache) at the first submission and kept for the next ones."""
    cases = submission_cases(problem)
    reference: dict[str, ReferenceResult] = {}

    def run(source: str, progress: Progress) -> SubmissionReport:
        if not reference:
            done = 0

            def on_reference(case: Case) -> None:
                nonlocal done
                done += 1
                progress(f"expected outputs {case.id}", done, len(cases))

            reference.update(reference_results(problem, cases, sandbox, on_case=on_reference))
        judged = 0

        def on_case(case: CaseReport) -> None:
            nonlocal judged
            judged += 1
            progress(case.id, judged, len(cases))

        return grade(
            problem, source, cases, sandbox, reference=reference, on_case=on_case, stop_after_tle=True, file=str(file) if file else None
        )

    return run
