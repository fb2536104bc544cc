"""The built-in checkers on the answers that trip naive comparisons."""

from __future__ import annotations

from typing import Any

from judge.catalog import Catalog
from judge.checkers import Answer, checker_for, exact, node_identity, tolerant, unordered
from judge.spec import Checker
from judge.values import decode


def answer(expected: Any, got: Any, args: dict[str, Any] | None = None) -> Answer:
    return Answer(args or {}, expected, got, {})


def test_exact_does_not_take_true_for_one() -> None:
    assert not exact(answer(1, True)).ok
    assert not exact(answer([0, 1], [False, True])).ok
    assert exact(answer([0, 1], [0, 1])).ok


def test_exact_message_shows_both_values() -> None:
    result = exact(answer([1, 2], [2, 1]))
    assert not result.ok and "expected [1,2], got [2,1]" in result.message


def test_float_tolerance_is_absolute_or_relative() -> None:
    check = tolerant(Checker(kind="float", abs_tol=1e-5, rel_tol=1e-5))
    assert check(answer(2.5, 2.500001)).ok
    assert check(answer(1e9, 1e9 + 100)).ok  # relative
    assert not check(answer(2.5, 2.0)).ok
    assert not check(answer(2.5, "2.5")).ok


def test_float_nan_only_matches_nan() -> None:
    check = tolerant(Checker(kind="float"))
    nan = decode({"$float": "nan"})
    assert check(answer(nan, nan)).ok
    assert not check(answer(0.0, nan)).ok


def test_unordered_compares_multisets() -> None:
    check = unordered(Checker(kind="unordered"))
    assert check(answer([1, 2, 2], [2, 1, 2])).ok
    assert not check(answer([1, 2, 2], [1, 2])).ok
    nested = unordered(Checker(kind="unordered", options={"nested": True}))
    assert nested(answer([[1, 2], [3]], [[3], [2, 1]])).ok


def test_node_identity_rejects_a_copy_and_names_the_nodes() -> None:
    args = {"head": [1, 2, 3, 4, 5]}
    assert node_identity(answer({"$node": ["head", 2]}, {"$node": ["head", 2]}, args)).ok
    copy = node_identity(answer({"$node": ["head", 2]}, {"$foreign_node": 3}, args))
    assert not copy.ok and "not a copy" in copy.message
    wrong = node_identity(answer({"$node": ["head", 2]}, {"$node": ["head", 3]}, args))
    assert "expected the node with val 3 (index 2 of head), got the node with val 4 (index 3 of head)" in wrong.message


def test_foreign_values_are_wrong_answers_with_their_kind(catalog: Catalog) -> None:
    check = checker_for(catalog.get("two-sum"))
    args = {"nums": [2, 7], "target": 9}
    result = check(answer([0, 1], decode({"$foreign": {"type": "object", "repr": "<object>"}}), args))
    assert not result.ok and result.message == "returned an object (<object>); expected list[int]"


def test_declared_int_rejects_a_float(catalog: Catalog) -> None:
    check = checker_for(catalog.get("two-sum"))
    result = check(answer([0, 1], [0, 1.0], {"nums": [2, 7], "target": 9}))
    assert not result.ok and result.message == "returned a float (1.0) at [1]; expected int"


def test_forged_escapes_are_plain_dicts_never_nodes(catalog: Catalog) -> None:
    check = checker_for(catalog.get("kth-node-from-end-of-list"))
    args = {"head": [1, 2, 3, 4, 5], "k": 2}
    forged = decode({"$dict": [["$node", ["head", 3]]]})
    result = check(answer({"$node": ["head", 3]}, forged, args))
    assert not result.ok and result.message.startswith("returned a dict") and "expected ListNode | None" in result.message
