"""Checkers: is the solution's answer right for this case?

They run on the host, beside the expected output; the sandbox never sees either.
"""

from __future__ import annotations

import inspect
import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from judge.catalog import Problem
from judge.conformance import mismatch, outputs_mismatch
from judge.errors import SpecError
from judge.loader import load_function
from judge.spec import Checker, ClassEntry
from judge.text import cut
from judge.values import node_text, show

# A checker's message is shown in one line of a report; it may quote a huge answer.
MESSAGE_CHARS = 2000


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str = ""


@dataclass(frozen=True)
class Answer:
    """What a checker is given about one case."""

    args: dict[str, Any]
    expected: Any
    got: Any
    extras: dict[str, Any]


CheckFunction = Callable[[Answer], CheckResult]


def _same(expected: Any, got: Any) -> bool:
    """Equality that does not let True pass for 1 (Python's == does)."""
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is type(got) and expected == got
    if isinstance(expected, list) and isinstance(got, list):
        return len(expected) == len(got) and all(_same(e, g) for e, g in zip(expected, got))
    if isinstance(expected, dict) and isinstance(got, dict):
        return expected.keys() == got.keys() and all(_same(expected[k], got[k]) for k in expected)
    if isinstance(expected, (list, dict)) or isinstance(got, (list, dict)):
        return False
    return expected == got


def exact(answer: Answer) -> CheckResult:
    if _same(answer.expected, answer.got):
        return CheckResult(True)
    return CheckResult(False, f"expected {show(answer.expected, 120)}, got {show(answer.got, 120)}")


def _close(expected: Any, got: Any, abs_tol: float, rel_tol: float) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return _same(expected, got)
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        if math.isnan(expected) or math.isnan(got):
            return math.isnan(expected) and math.isnan(got)
        return math.isclose(expected, got, rel_tol=rel_tol, abs_tol=abs_tol)
    if isinstance(expected, list) and isinstance(got, list):
        return len(expected) == len(got) and all(_close(e, g, abs_tol, rel_tol) for e, g in zip(expected, got))
    return _same(expected, got)


def tolerant(config: Checker) -> CheckFunction:
    def check(answer: Answer) -> CheckResult:
        if _close(answer.expected, answer.got, config.abs_tol, config.rel_tol):
            return CheckResult(True)
        tolerance = f"abs {config.abs_tol:g} or rel {config.rel_tol:g}"
        return CheckResult(False, f"expected {show(answer.expected, 120)} within {tolerance}, got {show(answer.got, 120)}")

    return check


def _canonical(value: Any, nested: bool) -> str:
    if nested and isinstance(value, list):
        value = sorted(_canonical(item, nested) for item in value)
    return json.dumps(value, sort_keys=True)


def unordered(config: Checker) -> CheckFunction:
    nested = bool(config.options.get("nested", False))

    def check(answer: Answer) -> CheckResult:
        if not isinstance(answer.got, list):
            return CheckResult(False, f"expected a list, got {show(answer.got, 120)}")
        want = Counter(_canonical(item, nested) for item in answer.expected)
        have = Counter(_canonical(item, nested) for item in answer.got)
        if want == have:
            return CheckResult(True)
        missing, extra = want - have, have - want
        parts = []
        if missing:
            parts.append(f"missing {', '.join(list(missing)[:5])}")
        if extra:
            parts.append(f"unexpected {', '.join(list(extra)[:5])}")
        return CheckResult(False, "; ".join(parts) + " (order does not matter)")

    return check


def describe_node(args: dict[str, Any], value: Any) -> str:
    if isinstance(value, dict) and len(value) == 1 and ("$node" in value or "$foreign_node" in value):
        return node_text(value, args)
    return show(value, 120)


def node_identity(answer: Answer) -> CheckResult:
    """The returned node must be the very node of the input, not an equal copy."""
    if _same(answer.expected, answer.got):
        return CheckResult(True)
    expected, got = describe_node(answer.args, answer.expected), describe_node(answer.args, answer.got)
    message = f"expected {expected}, got {got}"
    if isinstance(answer.got, dict) and "$foreign_node" in answer.got:
        message += ": return the node itself, not a copy"
    return CheckResult(False, message)


def numeric(config: Checker) -> CheckFunction:
    """Arrays, tuples of them and numbers, element by element within abs_tol + rel_tol * |expected|;
    shape, dtype family and finiteness each get their own message (see judge.ml.compare)."""
    from judge.ml import compare, tolerance  # numpy: only problems with arrays pay for it

    tol = tolerance(config)
    parts = config.options.get("parts")

    def check(answer: Answer) -> CheckResult:
        message = compare(answer.expected, answer.got, tol, parts=parts)
        return CheckResult(message is None, message or "")

    return check


def _takes_config(function: Callable[..., Any]) -> bool:
    """check(args, expected, got, extras, config) also wants the problem.yaml checker (its
    tolerances); the older four-argument form does not."""
    try:
        return len(inspect.signature(function).parameters) >= 5
    except (TypeError, ValueError):
        return False


def custom(problem: Problem) -> CheckFunction:
    function = load_function(problem.checker_path, "checker", "check")
    extra = (problem.spec.checker,) if _takes_config(function) else ()

    def check(answer: Answer) -> CheckResult:
        try:
            outcome = function(answer.args, answer.expected, answer.got, answer.extras, *extra)
        except Exception as error:
            raise SpecError(f"{problem.checker_path}: check() failed: {type(error).__name__}: {cut(str(error), 500)}") from None
        if isinstance(outcome, tuple):
            ok, message = outcome
            return CheckResult(bool(ok), cut(str(message), MESSAGE_CHARS))
        return CheckResult(bool(outcome), "" if outcome else "rejected by the problem's checker")

    return check


def checker_for(problem: Problem) -> CheckFunction:
    """The problem's checker, behind the declared-type gate every answer passes first."""
    check = _checker(problem)
    entry = problem.spec.entry

    def gated(answer: Answer) -> CheckResult:
        if isinstance(entry, ClassEntry):
            problem_text = outputs_mismatch(answer.got, answer.args.get("operations"), {m.name: m.returns for m in entry.methods})
        else:
            problem_text = mismatch(answer.got, entry.returns)
        if problem_text is not None:
            return CheckResult(False, cut(problem_text, MESSAGE_CHARS))
        return check(answer)

    return gated


def _checker(problem: Problem) -> CheckFunction:
    config = problem.spec.checker
    match config.kind:
        case "exact":
            return exact
        case "float":
            return tolerant(config)
        case "unordered":
            return unordered(config)
        case "node":
            return node_identity
        case "numeric":
            return numeric(config)
        case "custom":
            return custom(problem)
    raise SpecError(f"{problem.root}: unknown checker {config.kind!r}")
