"""What checkers of from-scratch ML problems use on the host: numeric comparison with
pointed messages, finite-difference gradients, proven statistical bounds, mistake hints.

A problem's checker.py imports from here (``from judge.ml import ...``); see the README's
"ML problems" section for how a package puts them together.
"""

from __future__ import annotations

from judge.ml.compare import Tolerance, compare, is_array, to_numpy
from judge.ml.finite_differences import FD_TOLERANCE, gradient_check, numeric_gradient, numeric_vjp
from judge.ml.hints import first_off_member, matching_hint, whole_or_part_hint, with_hint
from judge.ml.randomness import (
    FAILURE,
    fraction_check,
    hoeffding_halfwidth,
    mean_check,
    normal_check,
    repeated_rows_check,
    support_check,
    uniform_check,
)
from judge.spec import Checker


def tolerance(config: Checker) -> Tolerance:
    """The problem.yaml checker's tolerance (abs_tol, rel_tol, options.dtype) as a Tolerance."""
    return Tolerance(atol=config.abs_tol, rtol=config.rel_tol, dtype=config.options.get("dtype", "family"))


__all__ = [
    "FAILURE",
    "FD_TOLERANCE",
    "Tolerance",
    "compare",
    "first_off_member",
    "fraction_check",
    "gradient_check",
    "hoeffding_halfwidth",
    "is_array",
    "matching_hint",
    "mean_check",
    "normal_check",
    "numeric_gradient",
    "numeric_vjp",
    "repeated_rows_check",
    "support_check",
    "to_numpy",
    "tolerance",
    "uniform_check",
    "whole_or_part_hint",
    "with_hint",
]
