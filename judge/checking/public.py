"""What a CI report may say about a failure without giving a hidden case away.

CI logs and test reports are often public. A checker's message on a wrong
answer quotes the expected output, so on a hidden case only the verdict is
told; a crash, a timeout or a load failure describes the program, not the
case, and is told in full.
"""

from __future__ import annotations

from judge.checking.parallel import Outcome
from judge.grading import CaseReport
from judge.verdicts import Verdict


def case_message(case: CaseReport, slug: str) -> str:
    head = f"{case.verdict} {case.verdict.label}"
    if case.visible or case.verdict is not Verdict.WA:
        return f"{head}: {case.message}" if case.message else head
    return f"{head} on a hidden case; `judge submit {slug}` shows it in full"


def outcome_message(outcome: Outcome) -> str:
    """One line on a solution that was not accepted."""
    report = outcome.report
    if report is None:
        return outcome.error or "not judged"
    head = f"{report.verdict} {report.verdict.label}"
    failure = report.first_failure
    if failure is None:
        return f"{head}: {report.message.strip()}" if report.message else head
    where = f"{failure.id}" + (f" ({failure.name})" if failure.name else "")
    passed = f"{report.passed}/{report.total_cases} cases passed"
    if report.not_run:
        passed += f", {report.not_run} not run"
    return f"{case_message(failure, report.problem)} [{where}; {passed}]"
