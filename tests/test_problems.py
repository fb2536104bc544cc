"""Every problem package in the catalogue passes `judge validate`'s checks.

That is: the reference passes every case, generation is deterministic, every
case respects the stated constraints, and each kept wrong solution gets the
verdict its '# expect:' line names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.catalog import Catalog
from judge.sandbox.local import LocalSandbox
from judge.validation import expected_verdict, validate_problem
from judge.verdicts import Verdict

from .conftest import PROBLEMS, copy_problem

ALL = Catalog(PROBLEMS).slugs()

ISSUE_CATALOGUE = {
    "two-sum": "twoSum",
    "median-of-two-sorted-arrays": "findMedianSortedArrays",
    "minimum-swaps-to-group-all-1s-together-ii": "minSwaps",
    "middle-of-the-linked-list": "middleNode",
    "kth-node-from-end-of-list": "getKthFromEnd",
    "linked-list-cycle": "hasCycle",
    "linked-list-cycle-ii": "detectCycle",
    "intersection-of-two-linked-lists": "getIntersectionNode",
    "design-skiplist": "Skiplist",
    "bloom-filter": "BloomFilter",
    "stable-softmax": "softmax",
    "cross-entropy-gradient": "cross_entropy",
    "batchnorm": "batchnorm",
    "inverted-dropout": "dropout",
}


def test_the_catalogue_has_every_problem_with_leetcode_names(catalog: Catalog) -> None:
    for slug, name in ISSUE_CATALOGUE.items():
        assert catalog.get(slug).spec.entry.name == name


@pytest.mark.parametrize("slug", ALL)
def test_problem_package_validates(slug: str, catalog: Catalog, sandbox: LocalSandbox) -> None:
    problem = catalog.get(slug)
    result = validate_problem(problem, sandbox)
    failures = [f"{f.what}: {f.detail}" for f in result.findings if not f.ok]
    assert failures == []
    wrong = problem.wrong_solutions()
    assert len(wrong) >= 3, "each problem keeps at least three wrong solutions"
    assert all(expected_verdict(path) not in (None, Verdict.AC) for path in wrong)
    checked = {f.what for f in result.findings}
    assert {f"wrong/{path.name} is rejected" for path in wrong} <= checked


def test_a_wrong_solution_must_be_told_what_its_says_lines_name(tmp_path: Path, sandbox: LocalSandbox) -> None:
    problem = copy_problem("two-sum", tmp_path)
    wrong = problem.wrong_dir / "same_element_twice.py"
    text = wrong.read_text()
    wrong.write_text(text.replace("# expect: WA\n", "# expect: WA\n# says: used the same element twice\n"))
    assert validate_problem(problem, sandbox).ok
    wrong.write_text(text.replace("# expect: WA\n", "# expect: WA\n# says: indices must differ\n"))
    result = validate_problem(problem, sandbox)
    (finding,) = [f for f in result.findings if not f.ok]
    assert finding.what == "wrong/same_element_twice.py is rejected"
    assert "the message does not say 'indices must differ'" in finding.detail
