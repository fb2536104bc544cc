"""Solutions written the way popular accepted LeetCode answers are written, pasted
unchanged (starter signatures with List/Optional and no imports, bare inf, random,
deque, Counter and heapq without an import, void methods that return something,
LCR 140's trainingPlan), are accepted on every hidden case under both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.cases import Case, submission_cases
from judge.catalog import Catalog
from judge.grading import grade
from judge.reference import ReferenceResult, reference_results
from judge.sandbox.base import Sandbox
from judge.verdicts import Verdict

CORPUS = Path(__file__).parent / "solutions" / "leetcode"
PASTED = sorted(CORPUS.glob("*/*.py"))
# The references' answers, worked out once per problem and backend for the whole module.
_EXPECTED: dict[tuple[str, str], tuple[list[Case], dict[str, ReferenceResult]]] = {}


def test_every_algorithm_problem_has_three_pasted_solutions(catalog: Catalog) -> None:
    algorithm = [slug for slug in catalog.slugs() if "ml" not in catalog.get(slug).spec.tags]
    assert len(algorithm) == 11  # the ten of issue 1 and b-plus-tree (issue 17)
    for slug in algorithm:
        assert len(list((CORPUS / slug).glob("*.py"))) >= 3, slug
    assert {path.parent.name for path in PASTED} <= set(algorithm)


@pytest.mark.parametrize("path", PASTED, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_pasted_solution_is_accepted(path: Path, any_sandbox: Sandbox, catalog: Catalog) -> None:
    problem = catalog.get(path.parent.name)
    key = (problem.slug, any_sandbox.name)
    if key not in _EXPECTED:
        cases = submission_cases(problem)
        _EXPECTED[key] = cases, reference_results(problem, cases, any_sandbox)
    cases, reference = _EXPECTED[key]
    report = grade(problem, path.read_text(encoding="utf-8"), cases, any_sandbox, reference=reference, file=str(path))
    failure = report.first_failure
    assert report.verdict is Verdict.AC, f"{report.message}\n{report.details}\n{failure.traceback if failure else ''}"
