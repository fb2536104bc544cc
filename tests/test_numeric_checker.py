"""The numeric checker and the ML helpers: every message names what is off, and no
correct answer is failed for rounding or for its container type."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from judge.checkers import Answer, numeric
from judge.ml import (
    Tolerance,
    compare,
    fraction_check,
    gradient_check,
    hoeffding_halfwidth,
    matching_hint,
    normal_check,
    numeric_gradient,
    numeric_vjp,
    repeated_rows_check,
    support_check,
    to_numpy,
    uniform_check,
)
from judge.spec import Checker
from judge.typenames import parse_type
from judge.values import decode, show

TOL = Tolerance(atol=1e-6, rtol=1e-5)


def encoded(array: Any) -> dict[str, Any]:
    """An array as the harness sends it back (non-finite floats escaped), then decoded."""
    value = np.asarray(array)

    def escape(item: Any) -> Any:
        if isinstance(item, list):
            return [escape(x) for x in item]
        if isinstance(item, float) and not math.isfinite(item):
            return {"$float": repr(item)}
        return item

    raw = {"$ndarray": {"dtype": str(value.dtype), "shape": list(value.shape), "data": escape(value.tolist())}}
    return decode(raw)


def test_wrong_shape_is_named() -> None:
    expected = np.arange(6.0).reshape(3, 2)
    assert compare(encoded(expected), encoded(expected.reshape(2, 3)), TOL) == "output has shape (2, 3), expected (3, 2)"


def test_nan_values_are_counted_and_located() -> None:
    expected = np.ones((2, 3))
    got = expected.copy()
    got[0, 1] = got[1, 2] = np.nan
    assert compare(encoded(expected), encoded(got), TOL) == "output has 2 nan values (first at [0, 1]); expected finite values"


def test_inf_is_reported_with_its_sign() -> None:
    message = compare(encoded(np.array([1.0, 2.0])), encoded(np.array([1.0, -np.inf])), TOL)
    assert message == "output has 1 inf value (first at [1]): -inf; expected finite values"


def test_value_error_names_the_worst_entry_and_the_tolerance() -> None:
    expected = np.full((2, 5), 0.25)
    got = expected.copy()
    got[1, 4] = 0.281
    got[0, 0] = 0.25 + 1e-3
    message = compare(encoded(expected), encoded(got), TOL)
    assert message == (
        "output: 2 of 10 values are off; max abs error 3.1e-2 at [1, 4] (expected 0.25, got 0.281) exceeds atol 1e-6 + rtol 1e-5*|expected|"
    )


def test_values_within_allclose_tolerance_pass() -> None:
    expected = np.array([1e6, 1e-12, 0.0])
    got = expected + np.array([5.0, 5e-7, -9e-7])  # rtol covers the large one, atol the small ones
    assert compare(encoded(expected), encoded(got), TOL) is None


def test_a_list_that_reads_as_the_array_is_accepted() -> None:
    expected = np.array([[0.5, 0.5], [0.25, 0.75]])
    assert compare(encoded(expected), [[0.5, 0.5], [0.25, 0.75]], TOL) is None
    assert compare(encoded(np.array([1.0, 2.0])), [1, 2], TOL) is None  # ints in a list are the same numbers
    assert compare(encoded(expected), [[0.5, 0.5], [0.25]], TOL) is not None


def test_dtype_family_is_held_for_arrays() -> None:
    expected = np.array([1.0, 2.0])
    assert compare(encoded(expected), encoded(np.array([1, 2])), TOL) == "output has dtype int64, expected a floating-point array (float64)"
    assert compare(encoded(expected), encoded(expected.astype(np.float32)), TOL) is None
    strict = Tolerance(1e-6, 1e-5, dtype="exact")
    assert compare(encoded(expected), encoded(expected.astype(np.float32)), strict) == "output has dtype float32, expected float64"
    labels = np.array([3, 1])
    assert compare(encoded(labels), encoded(labels.astype(float)), TOL) == "output has dtype float64, expected a integer array (int64)"


def test_integer_arrays_compare_exactly() -> None:
    message = compare(encoded(np.array([1, 2, 3])), encoded(np.array([1, 2, 4])), TOL)
    assert message == "output: 1 of 3 values differ; first at [2] (expected 3, got 4)"


def test_scalars_and_shapes_of_one_are_not_confused() -> None:
    assert compare(2.5, 2.5 + 1e-9, TOL) is None
    assert compare(2.5, [2.5], TOL) == "output has shape (1,), expected () (a scalar)"
    assert compare(2.5, True, TOL) == "output is a bool (True), expected a number"
    assert compare(2.5, encoded(np.float64(2.5)), TOL) is None  # a 0-d array is a scalar


def test_tuple_members_are_named() -> None:
    expected = [1.5, encoded(np.ones((2, 2)))]
    got = [1.5, encoded(np.ones((2, 2)) * 4)]
    message = compare(expected, got, TOL, parts=["loss", "grad"])
    assert message is not None and message.startswith("grad: 4 of 4 values are off; max abs error 3.0e0 at [0, 0]")
    assert compare(expected, [1.5], TOL, parts=["loss", "grad"]) == "output should be a tuple of 2 (loss, grad), got 1 values"
    assert compare(expected, encoded(np.ones(2)), TOL, parts=["loss", "grad"]).startswith("output should be a tuple of 2")  # type: ignore[union-attr]
    # Without names, a ragged expected value is a tuple too.
    assert compare(expected, got, TOL) is not None and compare(expected, got, TOL).startswith("output[1]:")  # type: ignore[union-attr]


def test_nan_expected_matches_nan() -> None:
    expected = np.array([np.nan, 1.0])
    assert compare(encoded(expected), encoded(expected.copy()), TOL) is None
    assert compare(encoded(expected), encoded(np.array([0.0, 1.0])), TOL) == "output: 1 of 2 values are off; expected nan at [0], got 0"


def test_unjudgeable_member_is_reported() -> None:
    foreign = decode({"$foreign": {"type": "complex128 array", "repr": ""}})
    message = compare([1.0, encoded(np.ones(2))], [1.0, foreign], TOL, parts=["a", "b"])
    assert message == "b is a complex128 array; expected an array of shape (2,) (float64)"


def test_numeric_checker_kind_reads_tolerance_and_parts() -> None:
    config = Checker(kind="numeric", abs_tol=1e-9, rel_tol=0.0, options={"parts": ["out", "mean"]})
    check = numeric(config)
    expected = [encoded(np.zeros(2)), 0.0]
    assert check(Answer({}, expected, [[0.0, 0.0], 1e-10], {})).ok
    result = check(Answer({}, expected, [[0.0, 0.0], 1e-8], {}))
    assert not result.ok and result.message.startswith("mean: max abs error 1.0e-8")


def test_numeric_checker_options_are_validated() -> None:
    with pytest.raises(ValueError, match="unknown numeric checker option"):
        Checker(kind="numeric", options={"names": ["a"]})
    with pytest.raises(ValueError, match=r"options\.dtype"):
        Checker(kind="numeric", options={"dtype": "loose"})


def test_round_trip_keeps_dtype_and_non_finite_values() -> None:
    value = np.array([[1.0, np.nan], [np.inf, -np.inf]], dtype=np.float32)
    back = to_numpy(encoded(value))
    assert back.dtype == np.float32 and back.shape == (2, 2)
    assert np.isnan(back[0, 1]) and back[1, 0] == np.inf and back[1, 1] == -np.inf
    assert show(encoded(value)) == "[[1.0,nan],[inf,-inf]]"


def test_ndarray_types_declare_their_dtype() -> None:
    assert parse_type("ndarray").dtype == "float64"
    assert parse_type("ndarray[int64]").dtype == "int64"
    assert parse_type("ndarray[bool] | None").optional
    assert parse_type("tuple[float, ndarray]").python() == "tuple[float, np.ndarray]"
    with pytest.raises(ValueError, match="unknown dtype 'float16'"):
        parse_type("ndarray[float16]")


def test_numeric_gradient_matches_the_analytic_one() -> None:
    x = np.array([[0.3, -1.2], [1000.0, -1000.0]])

    def f(z: np.ndarray) -> float:
        return float(np.sum(np.sin(z)) + np.logaddexp.reduce(z.ravel()))

    shifted = np.exp(x.ravel() - x.max())
    analytic = np.cos(x) + (shifted / shifted.sum()).reshape(x.shape)
    assert np.allclose(numeric_gradient(f, x), analytic, atol=1e-7, rtol=1e-6)
    assert gradient_check(f, x, analytic) is None
    wrong = analytic.copy()
    wrong[0, 1] += 0.5
    message = gradient_check(f, x, wrong)
    assert message is not None and "disagrees with centred finite differences" in message and "at [0, 1]" in message


def test_numeric_vjp_of_a_layer() -> None:
    x = np.array([0.5, -2.0, 3.0])
    upstream = np.array([1.0, 2.0, -1.0])
    assert np.allclose(numeric_vjp(lambda z: z**2, x, upstream), 2 * x * upstream, atol=1e-7)


def test_gradient_check_samples_large_inputs_but_keeps_indices() -> None:
    x = np.linspace(-1, 1, 2000).reshape(40, 50)
    wrong = 2 * x
    wrong[39, 49] = 0.0  # the last entry is always among those sampled
    message = gradient_check(lambda z: float(np.sum(z**2)), x, wrong, max_entries=64)
    assert message is not None and "checked at 64 entries" in message and "at [39, 49]" in message


def test_statistical_bounds_pass_correct_samples_and_catch_wrong_ones() -> None:
    rng = np.random.default_rng(0)
    assert hoeffding_halfwidth(10_000) == pytest.approx(math.sqrt(math.log(2e9) / 20_000))
    kept = int((rng.random(10_000) >= 0.3).sum())
    assert fraction_check(kept, 10_000, 0.7, "kept") is None
    message = fraction_check(10_000 - kept, 10_000, 0.7, "kept")
    assert message is not None and "is outside 0.7 ± 0.033" in message
    assert normal_check(rng.normal(0.0, 0.1, 20_000), 0.0, 0.1, "weights") is None
    assert "variance" in (normal_check(rng.normal(0.0, 0.2, 20_000), 0.0, 0.1, "weights") or "")
    assert uniform_check(rng.uniform(-0.5, 0.5, 20_000), -0.5, 0.5, "weights") is None
    assert "outside [-0.5, 0.5]" in (uniform_check(rng.uniform(-1, 1, 100), -0.5, 0.5, "weights") or "")
    assert support_check(np.array([0.0, 2.0, 2.0]), [0.0, 2.0], "out") is None
    assert support_check(np.array([0.0, 1.0, 2.0]), [0.0, 2.0], "out") == "out: 1 values are none of 0, 2 (first at [1]: 1)"


def test_repeated_rows_only_flagged_when_chance_cannot_explain_them() -> None:
    rng = np.random.default_rng(3)
    row = rng.random(256) >= 0.5
    reused = np.tile(row, (8, 1))
    assert repeated_rows_check(reused, 0.5, "mask") == "mask: rows 0 and 1 have the same mask; each example needs its own random draws"
    assert repeated_rows_check(rng.random((8, 256)) >= 0.5, 0.5, "mask") is None
    assert repeated_rows_check(np.tile(rng.random(4) >= 0.5, (8, 1)), 0.5, "mask") is None  # 4 columns: chance


def test_matching_hint_names_the_first_mistake_that_fits() -> None:
    x = np.array([1.0, 2.0])
    candidates = [("forgot to halve", lambda: x), ("squared it", lambda: x**2), ("never", lambda: 1 / np.zeros(1))]
    assert matching_hint(encoded(x**2), candidates, TOL) == "squared it"
    assert matching_hint(encoded(x + 5), candidates, TOL) is None
