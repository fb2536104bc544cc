"""Every problem package in the catalogue passes `judge validate`'s checks.

That is: the reference passes every case, generation is deterministic, every
case respects the stated constraints, and each kept wrong solution gets the
verdict its '# expect:' line names.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.catalog import Catalog, load_problem
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


def test_an_example_whose_answer_is_infinite_validates(tmp_path: Path, sandbox: LocalSandbox) -> None:
    # The reference's answer arrives encoded ({"$float": "inf"}); it must be compared as the float it stands for.
    problem = copy_problem("two-sum", tmp_path)
    root = problem.root
    spec = (root / "problem.yaml").read_text()
    spec = spec.replace("checker:\n  kind: custom\n", "checker:\n  kind: float\n").replace("generator:\n  seed: 20240322\n", "")
    spec = spec.replace('returns: "list[int]"', "returns: float")  # the reference below answers a float
    (root / "problem.yaml").write_text(spec)
    for name in ("generator.py", "checker.py"):
        (root / name).unlink()
    shutil.rmtree(root / "wrong")
    (root / "wrong").mkdir()
    (root / "wrong" / "finite.py").write_text("# expect: WA\n# says: got 1.0\ndef twoSum(nums, target):\n    return 1.0\n")
    (root / "reference.py").write_text("def twoSum(nums, target):\n    return float('inf')\n")
    text = (root / "problem.yaml").read_text()
    for output in ("[0, 1]", "[1, 2]"):
        text = text.replace(f"output: {output}", "output: .inf")
    (root / "problem.yaml").write_text(text)
    result = validate_problem(load_problem(root), sandbox)
    assert [f"{f.what}: {f.detail}" for f in result.findings if not f.ok] == []


def test_every_problem_has_a_chinese_statement(catalog: Catalog) -> None:
    """Most people who practise with these read Chinese first: no problem ships in English only."""
    missing = [slug for slug in catalog.slugs() if not (catalog.get(slug).translated_statement("zh") or "").strip()]
    assert missing == []
