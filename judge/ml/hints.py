"""Saying which mistake a wrong numeric answer looks like: the answer is compared with what
each known mistake would have produced, and the first that matches names the fix."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from judge.ml.compare import Tolerance, compare

Candidate = tuple[str, Callable[[], Any]]


def matching_hint(got: Any, candidates: Iterable[Candidate], tol: Tolerance, parts: Sequence[str] | None = None) -> str | None:
    """The hint of the first candidate whose value ``got`` matches within ``tol``.

    Candidates are (hint, thunk): the thunk computes the mistaken answer from the case's
    inputs, lazily, and may fail (a mistake that divides by zero here) without harm.
    """
    for hint, make in candidates:
        try:
            with np.errstate(all="ignore"):
                value = make()
            if compare(value, got, tol, parts=parts) is None:
                return hint
        except (ValueError, TypeError, ArithmeticError, IndexError):
            continue
    return None


def first_off_member(expected: Sequence[Any], got: Any, tol: Tolerance, parts: Sequence[str]) -> int | None:
    """The index of the first member of ``got`` that is off, or None when ``got`` is not a
    sequence of as many members as ``parts`` names (the comparison's own message says so)."""
    if not isinstance(got, (list, tuple)) or len(got) != len(parts):
        return None
    return next((i for i in range(len(parts)) if compare(expected[i], got[i], tol, name=parts[i])), None)


def whole_or_part_hint(
    got: Sequence[Any], candidates: Iterable[Candidate], tols: Sequence[Tolerance], parts: Sequence[str], index: int
) -> str | None:
    """For an answer of several members: the hint of the first mistake that explains the
    whole answer (every member within its own tolerance), else of the first that explains
    member ``index``, the one that is off (a second mistake elsewhere may hide the first)."""
    values = []
    for hint, make in candidates:
        try:
            with np.errstate(all="ignore"):
                values.append((hint, make()))
        except (ValueError, TypeError, ArithmeticError, IndexError):
            continue
    for hint, value in values:
        if all(compare(value[i], got[i], tols[i], name=parts[i]) is None for i in range(len(parts))):
            return hint
    members: list[Candidate] = [(hint, _member(value, index)) for hint, value in values]
    return matching_hint(got[index], members, tols[index])


def _member(value: Any, index: int) -> Callable[[], Any]:
    return lambda: value[index]


def with_hint(message: str, hint: str | None) -> str:
    return f"{message}; {hint}" if hint else message
