"""Property: whatever JSON a case's process sends back, the host decodes it and every
problem's checker judges it AC or WA with a message: never an exception, and quickly.

The case child is untrusted and can write any bytes to its result pipe, so the
values here are what a hostile child could send: escapes with wrong bodies,
escape-shaped dicts, huge and deep values, control characters, and the
problem's own right answer with one part swapped for something hostile (which
gets past the declared-type gate and into the checker's own code).
"""

from __future__ import annotations

import math
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge.catalog import Catalog, Problem
from judge.checkers import Answer, CheckResult, checker_for
from judge.values import decode, show

from .conftest import PROBLEMS

CATALOG = Catalog(PROBLEMS)
SLUGS = CATALOG.slugs()
# A checker that needs more than this for one answer could be made to hang the report.
SECONDS_PER_ANSWER = 2.0
TAGS = ["$float", "$dict", "$ndarray", "$node", "$foreign_node", "$foreign", "$unjudgeable", "$int", "$"]
DTYPES = ["float64", "float32", "int64", "int8", "uint64", "bool", "complex128", "object", "<U3", "float128", "", "f8"]

hostile_text = st.text(alphabet=st.sampled_from("ab\x1b\x07\r\n\x9b\u202e\ud800$[]/:%,0"), max_size=20)
numbers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([10**400, -(10**400), 2**63, 2**64 - 1, -(2**63) - 1, 0, 1, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e308, -1e308, 5e-324, math.nan, math.inf]),
)
leaves = st.one_of(st.none(), st.booleans(), numbers, hostile_text, st.just("x" * 100_000))


def _escape(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Dicts shaped like the harness's escapes, with bodies right, wrong or absurd."""
    shape = st.lists(st.integers(min_value=-2, max_value=4), max_size=4)
    ndarray_body = st.fixed_dictionaries(
        {"dtype": st.one_of(st.sampled_from(DTYPES), hostile_text), "shape": st.one_of(shape, children), "data": children}
    )
    return st.one_of(
        st.builds(lambda tag, body: {tag: body}, st.sampled_from(TAGS), children),
        st.builds(lambda body: {"$float": body}, st.one_of(st.sampled_from(["nan", "inf", "-inf", "not-a-number", "2.5"]), children)),
        st.builds(lambda pairs: {"$dict": pairs}, st.lists(st.lists(children, min_size=0, max_size=3), max_size=3)),
        st.builds(lambda body: {"$ndarray": body}, ndarray_body),
        st.builds(lambda name, index: {"$node": [name, index]}, st.sampled_from(["head", "headA", "nums", "x"]), st.integers(-3, 9)),
        st.builds(lambda kind, text: {"$foreign": {"type": kind, "repr": text}}, hostile_text, hostile_text),
        st.dictionaries(st.one_of(hostile_text, st.sampled_from(TAGS)), children, max_size=3),
    )


hostile = st.recursive(leaves, lambda children: st.one_of(st.lists(children, max_size=5), _escape(children)), max_leaves=30)


def _deep(depth: int, leaf: Any) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


deep = st.builds(_deep, st.integers(min_value=90, max_value=3000), leaves)


def _encoded_array(shape: list[int], dtype: str, fill: Any) -> dict[str, Any]:
    data: Any = fill
    for size in reversed(shape):
        data = [data] * size
    return {"$ndarray": {"dtype": dtype, "shape": shape, "data": data}}


# Well-formed arrays of the wrong shape, dtype or values: these pass the gate and reach compare().
arrays = st.builds(
    _encoded_array,
    st.lists(st.integers(min_value=0, max_value=4), max_size=3),
    st.sampled_from(["float64", "float32", "int64", "bool", "uint8"]),
    st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(0, 255), st.booleans()),
)


def _swap_one(value: Any, path: list[int], replacement: Any) -> Any:
    """``value`` with the item at ``path`` (indices taken modulo each list's length) replaced."""
    if not path or not isinstance(value, list) or not value:
        return replacement
    index = path[0] % len(value)
    return [_swap_one(item, path[1:], replacement) if i == index else item for i, item in enumerate(value)]


def _examples(problem: Problem) -> list[tuple[dict[str, Any], Any]]:
    return [(example.args, example.output) for example in problem.spec.examples]


def _judge(problem: Problem, args: dict[str, Any], expected: Any, raw: Any) -> CheckResult:
    check = checker_for(problem)
    started = time.monotonic()
    result = check(Answer(args, decode(expected), decode(raw), {}))
    elapsed = time.monotonic() - started
    assert elapsed < SECONDS_PER_ANSWER, f"{problem.slug}: {elapsed:.1f} s to judge {show(raw, 200)}"
    assert isinstance(result, CheckResult)
    if not result.ok:
        assert isinstance(result.message, str) and result.message.strip(), f"{problem.slug}: WA without a message"
        assert len(result.message) <= 2200, f"{problem.slug}: a message of {len(result.message)} characters"
    return result


@given(value=st.one_of(hostile, deep, arrays))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_decoding_any_json_never_raises(value: Any) -> None:
    decoded = decode(value)
    # Decoding is idempotent (checkers decode again what they were given), and shows in bounded text.
    assert show(decode(decoded)) == show(decoded)
    assert len(show(decoded, 100)) < 200


@pytest.mark.parametrize("slug", SLUGS)
@given(data=st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_every_checker_judges_any_hostile_value(slug: str, data: st.DataObject) -> None:
    problem = CATALOG.get(slug)
    args, expected = data.draw(st.sampled_from(_examples(problem)), label="example")
    wholly = st.one_of(hostile, deep, arrays)
    # The right answer with one part swapped: of the declared type more often, so the checker's own code runs.
    partly = st.builds(
        _swap_one,
        st.just(decode(expected)),
        st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=4),
        st.one_of(leaves, arrays, deep, hostile),
    )
    raw = data.draw(st.one_of(wholly, partly), label="answer")
    _judge(problem, args, expected, raw)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_checker_accepts_its_own_examples(slug: str) -> None:
    """The control: the gate in front of the checkers lets every right answer through."""
    problem = CATALOG.get(slug)
    for args, expected in _examples(problem):
        assert _judge(problem, args, expected, expected).ok, f"{slug}: its own example answer is rejected"
