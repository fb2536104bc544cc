"""Correct solutions written unlike the references are accepted: the checkers
judge behaviour, not resemblance to one implementation."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.cases import submission_cases
from judge.catalog import Catalog
from judge.grading import grade
from judge.reference import reference_results
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict

GOOD = Path(__file__).parent / "solutions" / "good"


@pytest.mark.parametrize("path", sorted(GOOD.glob("*.py")), ids=lambda p: p.stem)
def test_alternative_correct_solution_is_accepted(path: Path, catalog: Catalog, sandbox: LocalSandbox) -> None:
    problem = catalog.get(path.stem)
    cases = submission_cases(problem)
    report = grade(problem, path.read_text(), cases, sandbox, reference=reference_results(problem, cases, sandbox))
    assert report.verdict is Verdict.AC, report.message
