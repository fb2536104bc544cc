"""Every problem package in the catalogue passes `judge validate`'s checks.

That is: the reference passes every case, generation is deterministic, every
case respects the stated constraints, and each kept wrong solution gets the
verdict its '# expect:' line names.
"""

from __future__ import annotations

import pytest

from judge.catalog import Catalog
from judge.sandbox.local import LocalSandbox
from judge.validation import expected_verdict, validate_problem
from judge.verdicts import Verdict

from .conftest import PROBLEMS

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
