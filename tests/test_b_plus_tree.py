"""b-plus-tree: the checker accepts every valid tree (not only the reference's shape), names
each broken invariant with the node's path, survives malformed dumps, and the reference keeps
the invariants through long random operation sequences."""

from __future__ import annotations

import copy
import importlib.util
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from judge.catalog import Catalog, Problem
from judge.checkers import Answer, CheckResult, checker_for
from judge.values import Foreign

from .conftest import PROBLEMS

PACKAGE = PROBLEMS / "b-plus-tree"
GOOD = Path(__file__).parent / "solutions" / "good" / "b-plus-tree.py"


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bpt_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def problem(catalog: Catalog) -> Problem:
    return catalog.get("b-plus-tree")


def _leaf(leaf_id: int, keys: list[int], nxt: int | None, values: list[int] | None = None) -> dict[str, Any]:
    return {"id": leaf_id, "keys": keys, "values": [10 * k for k in keys] if values is None else values, "next": nxt}


# Order 3 after inserting 10, 20, 30 (values 100, 200, 300), as example 1 builds it.
REFERENCE_TREE = {"keys": [20], "children": [_leaf(0, [10], 1), _leaf(1, [20, 30], None)]}


def _judge(problem: Problem, got_dump: Any, order: int = 3, expected_dump: dict[str, Any] | None = None) -> CheckResult:
    args = {"operations": ["BPlusTree", "dump"], "arguments": [[order], []]}
    expected = [None, REFERENCE_TREE if expected_dump is None else expected_dump]
    return checker_for(problem)(Answer(args, expected, [None, got_dump], {}))


def test_the_reference_tree_and_another_split_point_are_both_accepted(problem: Problem) -> None:
    assert _judge(problem, REFERENCE_TREE).ok
    other = {"keys": [30], "children": [_leaf(7, [10, 20], -3), _leaf(-3, [30], None)]}
    assert _judge(problem, other).ok


def test_a_stale_separator_left_by_a_delete_is_accepted(problem: Problem) -> None:
    # 20 was deleted, but 20 still divides [10] from [30]: max(left) < 20 <= min(right).
    expected = {"keys": [20], "children": [_leaf(0, [10], 1), _leaf(1, [30], None)]}
    stale = {"keys": [15], "children": [_leaf(0, [10], 1), _leaf(1, [30], None)]}
    assert _judge(problem, stale, expected_dump=expected).ok


@pytest.mark.parametrize(
    ("mutate", "needles"),
    [
        (lambda t: t.update(values=[200]), ["values only in leaves", "internal node root holds values"]),
        (lambda t: t["children"][0].pop("next"), ["format", "root.children[0]", "exactly"]),
        (lambda t: t["children"][1].update(values=[200]), ["format", "2 keys but 1 values"]),
        (lambda t: t["children"][0].update(keys=[True], values=[100]), ["format", "root.children[0].keys", "lists of integers"]),
        (lambda t: t.update(keys=[20, 25]), ["format", "2 keys and 2 children"]),
        (lambda t: t["children"][1].update(keys=[30, 20], values=[300, 200]), ["sorted keys", "root.children[1].keys"]),
        (lambda t: t.update(keys=[10]), ["separator keys", "root.keys[0] = 10", "left subtree root.children[0] holds 10"]),
        (lambda t: t.update(keys=[25]), ["separator keys", "right subtree root.children[1] holds 20"]),
        (lambda t: t["children"][0].update(next=None), ["leaf chain", "root.children[0] links next to None"]),
        (lambda t: t["children"][1].update(id=0), ["leaf chain", "same id 0"]),
        (lambda t: t["children"][1].update(next=0), ["leaf chain", "last leaf root.children[1]"]),
        (lambda t: t["children"][1].update(values=[200, 301]), ["contents", "key 30 is stored with value 301, should be 300"]),
    ],
)
def test_each_broken_invariant_is_named_with_the_node_path(problem: Problem, mutate: Any, needles: list[str]) -> None:
    tree = copy.deepcopy(REFERENCE_TREE)
    mutate(tree)
    result = _judge(problem, tree)
    assert not result.ok
    for needle in needles:
        assert needle in result.message, result.message


def test_a_key_missing_from_the_leaves_or_left_in_them_is_named(problem: Problem) -> None:
    missing = {"keys": [20], "children": [_leaf(0, [10], 1), _leaf(1, [20], None)]}
    assert "key 30 is in no leaf" in _judge(problem, missing).message
    extra = {"keys": [20], "children": [_leaf(0, [10, 15], 1), _leaf(1, [20, 30], None)]}
    assert "the leaves hold key 15" in _judge(problem, extra).message


def test_occupancy_bounds_of_the_statement(problem: Problem) -> None:
    # Order 4: non-root nodes hold 1 to 3 keys; an internal root has 2 to 4 children.
    four = [_leaf(i, [10 * i + 1], i + 1 if i < 3 else None) for i in range(4)]
    tree = {"keys": [11, 21, 31], "children": four}
    expected = copy.deepcopy(tree)
    assert _judge(problem, tree, order=4, expected_dump=expected).ok
    # The same tree at order 3 has a root of 4 children.
    assert "the root has 4 children; an internal root has 2 to m = 3" in _judge(problem, tree, order=3, expected_dump=expected).message
    empty_leaf = {"keys": [20], "children": [_leaf(0, [], 1), _leaf(1, [20, 30], None)]}
    message = _judge(problem, empty_leaf, expected_dump={"keys": [20], "children": [_leaf(0, [20, 30], None)]}).message
    assert "occupancy: the leaf root.children[0] holds 0 keys" in message and "borrow from a sibling or merge" in message
    overfull = _leaf(0, [10, 20, 30], None)
    assert "the root leaf holds 3 keys; at most m - 1 = 2" in _judge(problem, overfull).message
    one_child = {"keys": [], "children": [_leaf(0, [10, 20], None)]}
    message = _judge(problem, one_child, expected_dump=_leaf(0, [10, 20], None)).message
    assert "the root has 1 children" in message and "that child becomes the root" in message


def test_leaves_at_different_depths_are_named(problem: Problem) -> None:
    deep = {"keys": [20], "children": [_leaf(0, [10], 1), {"keys": [30], "children": [_leaf(1, [20], 2), _leaf(2, [30], None)]}]}
    expected = {"keys": [20, 30], "children": [_leaf(0, [10], 1), _leaf(1, [20], 2), _leaf(2, [30], None)]}
    message = _judge(problem, deep, expected_dump=expected).message
    assert "leaf depth" in message and "root.children[1].children[0]" in message


def test_the_empty_tree_dumps_as_one_empty_leaf(problem: Problem) -> None:
    empty = _leaf(5, [], None)
    assert _judge(problem, empty, expected_dump=_leaf(0, [], None)).ok


@pytest.mark.parametrize(
    "junk",
    [None, 3, "tree", [], {}, {"children": "x", "keys": []}, {"children": [], "keys": []}, Foreign("dict", "x"),
     {"keys": [20], "children": [Foreign("value nested more than 120 levels deep"), _leaf(1, [20, 30], None)]},
     {"id": 0, "keys": "ab", "values": [], "next": None}, {"id": 1.5, "keys": [], "values": [], "next": None}],
)
def test_a_malformed_dump_is_wrong_answer_never_a_crash(problem: Problem, junk: Any) -> None:
    result = _judge(problem, junk)
    assert not result.ok and result.message


def test_a_short_range_names_the_chain_and_the_later_dump_that_shows_it(problem: Problem) -> None:
    args = {"operations": ["BPlusTree", "range", "dump"], "arguments": [[3], [15, 40], []]}
    broken = copy.deepcopy(REFERENCE_TREE)
    broken["children"][0]["next"] = None
    result = checker_for(problem)(Answer(args, [None, [200, 300], REFERENCE_TREE], [None, [], broken], {}))
    assert not result.ok
    assert "range must follow each leaf's next link" in result.message
    assert "the dump() at operations[2] shows the cause: leaf chain" in result.message


def test_search_and_delete_results_are_compared(problem: Problem) -> None:
    args = {"operations": ["BPlusTree", "search", "delete"], "arguments": [[3], [7], [7]]}
    check = checker_for(problem)
    assert check(Answer(args, [None, -1, False], [None, -1, False], {})).ok
    message = check(Answer(args, [None, -1, False], [None, 0, False], {})).message
    assert "search(7) returned 0, expected -1" in message
    # A None for an absent key is the declared type's mistake, caught before the checker.
    assert "expected int" in check(Answer(args, [None, -1, False], [None, None, False], {})).message


def _random_run(tree_class: type, checker: ModuleType, seed: int) -> None:
    rng = random.Random(seed)
    order = rng.choice([3, 4, 5, 6, 7, 8, 16, 33])
    tree, model = tree_class(order), {}
    span = rng.choice([20, 200, 5000])
    for step in range(400):
        key = rng.randint(-span, span)
        roll = rng.random()
        if roll < 0.45:
            value = rng.randint(0, 10**9)
            tree.insert(key, value)
            model[key] = value
        elif roll < 0.8:
            assert tree.delete(key) == (key in model), (seed, step)
            model.pop(key, None)
        elif roll < 0.9:
            assert tree.search(key) == model.get(key, -1), (seed, step)
        else:
            lo, hi = sorted((key, rng.randint(-span, span)))
            assert tree.range(lo, hi) == [model[k] for k in sorted(model) if lo <= k <= hi], (seed, step)
        assert checker.check_structure(tree.dump(), order) == sorted(model.items()), (seed, step)


@pytest.mark.parametrize("path", [PACKAGE / "reference.py", GOOD], ids=["reference", "alternative"])
def test_correct_trees_keep_every_invariant_after_every_operation(path: Path) -> None:
    checker, solution = _module(PACKAGE / "checker.py"), _module(path)
    for seed in range(40):
        _random_run(solution.BPlusTree, checker, seed)


def test_the_wrong_solutions_with_right_results_break_the_structure() -> None:
    """Three kept mistakes return every result right: only the structure can reject them."""
    checker = _module(PACKAGE / "checker.py")
    for name, needle in [
        ("btree_values_in_internal_nodes", "values only in leaves"),
        ("no_rebalance_on_delete", "occupancy"),
        ("split_point_off_by_one", "occupancy"),
    ]:
        tree_class = _module(PACKAGE / "wrong" / f"{name}.py").BPlusTree
        messages = []
        for seed in range(10):
            try:
                _random_run(tree_class, checker, seed)
            except checker.Violation as violation:
                messages.append(str(violation))
        assert messages and all(needle in m for m in messages), (name, messages)


def test_a_single_node_class_dumping_every_field_gets_the_format_message(problem: Problem) -> None:
    """One Node class for both kinds dumps empty "values" on internal nodes and empty
    "children" on leaves: a format mistake, not a B-tree."""
    tree = copy.deepcopy(REFERENCE_TREE)
    tree["values"] = []
    message = _judge(problem, tree).message
    assert "format: the internal node root has the fields" in message and "values only in leaves" not in message
    tree = copy.deepcopy(REFERENCE_TREE)
    tree["children"][0]["children"] = []
    message = _judge(problem, tree).message
    assert "format: the leaf root.children[0] has the fields" in message


def test_field_names_from_the_solution_are_quoted_bounded_and_escaped(problem: Problem) -> None:
    leaf = _leaf(0, [10, 20, 30], None)
    leaf["x" * 10_000 + "\x1b[2J"] = 1
    message = _judge(problem, leaf).message
    assert "format: the leaf root has the fields" in message
    assert len(message) < 400 and "\x1b" not in message


def test_a_range_cut_short_says_how_much_came_back(problem: Problem) -> None:
    args = {"operations": ["BPlusTree", "range"], "arguments": [[3], [0, 100]]}
    check = checker_for(problem)
    partial = check(Answer(args, [None, [1, 2, 3]], [None, [1, 2]], {})).message
    assert "the first 2 of the 3 values and stopped" in partial
    assert "none of the 3 values and stopped" in check(Answer(args, [None, [1, 2, 3]], [None, []], {})).message
    # Not a prefix: no claim that it stopped early.
    assert "stopped" not in check(Answer(args, [None, [1, 2, 3]], [None, [1, 3]], {})).message
