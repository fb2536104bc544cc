"""Comparing numeric answers (arrays, tuples of arrays, numbers) the way ML code is judged:
numpy.allclose semantics per element, and a message that says what is wrong, not just that.

Values arrive as the harness encodes them: ``{"$ndarray": {"dtype", "shape", "data"}}`` for
arrays, plain numbers and lists otherwise. Container types are taken generously (a list that
reads as an array of the right shape is an array); values, shapes and finiteness are not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from judge.values import Foreign, show

DtypeRule = Literal["family", "exact", "any"]
_FAMILY = {"f": "floating-point", "c": "complex", "i": "integer", "u": "integer", "b": "boolean"}


@dataclass(frozen=True)
class Tolerance:
    """A value v passes against the expected e when |v - e| <= atol + rtol * |e| (numpy.isclose).

    ``dtype`` says how strictly an array's element type is held to the expected one:
    ``family`` (float vs integer vs bool; float32 for float64 is fine), ``exact``, or ``any``.
    """

    atol: float
    rtol: float
    dtype: DtypeRule = "family"

    def describe(self) -> str:
        return f"atol {_num(self.atol)} + rtol {_num(self.rtol)}*|expected|"


def is_array(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"$ndarray"}


def to_numpy(value: Any) -> Any:
    """Harness-encoded arrays as numpy arrays, recursively; everything else unchanged."""
    if is_array(value):
        body = value["$ndarray"]
        return np.array(body["data"], dtype=body["dtype"]).reshape(body["shape"])
    if isinstance(value, list):
        return [to_numpy(item) for item in value]
    if isinstance(value, tuple):
        return tuple(to_numpy(item) for item in value)
    if isinstance(value, dict):
        return {key: to_numpy(item) for key, item in value.items()}
    return value


def compare(expected: Any, got: Any, tol: Tolerance, name: str = "output", parts: Sequence[str] | None = None) -> str | None:
    """None when ``got`` matches ``expected`` within ``tol``, else a message naming what is off.

    ``parts`` names the members of a returned tuple (``["loss", "grad"]``), so messages say
    "grad has shape (2, 3), expected (3, 2)" rather than "output[1] ...". With ``parts``
    the expected value is always read as a tuple of that many members.
    """
    if parts is not None:
        return _compare_tuple(expected, got, tol, name, list(parts))
    if _reads_as_array(expected):
        return _compare_array(_as_array(expected), got, tol, name)
    if isinstance(expected, (list, tuple)):
        return _compare_tuple(expected, got, tol, name, [f"{name}[{i}]" for i in range(len(expected))])
    if isinstance(got, Foreign):
        return f"{name} is {got.describe()}"
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return f"{name} should be a dict with keys {sorted(expected)}, got {_kind(got)}"
        if set(got) != set(expected):
            return f"{name} has keys {sorted(got)}, expected {sorted(expected)}"
        for key in expected:
            problem = compare(expected[key], got[key], tol, f"{name}[{key!r}]")
            if problem:
                return problem
        return None
    if type(expected) is not type(got) or expected != got:
        return f"{name}: expected {show(expected, 60)}, got {_kind(got)}"
    return None


def _compare_tuple(expected: Any, got: Any, tol: Tolerance, name: str, names: list[str]) -> str | None:
    if not isinstance(expected, (list, tuple)) or len(expected) != len(names):
        raise ValueError(f"the expected value is not a tuple of {len(names)} ({', '.join(names)})")
    if not isinstance(got, (list, tuple)):
        return f"{name} should be a tuple of {len(names)} ({', '.join(names)}), got {_kind(got)}"
    if len(got) != len(names):
        return f"{name} should be a tuple of {len(names)} ({', '.join(names)}), got {len(got)} values"
    for member, want, have in zip(names, expected, got):
        problem = compare(want, have, tol, member)
        if problem:
            return problem
    return None


def _reads_as_array(value: Any) -> bool:
    if is_array(value) or isinstance(value, np.ndarray):
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float, np.number)):
        return True
    if isinstance(value, list):
        try:
            array = np.array(_plain(value))
        except (ValueError, TypeError, OverflowError):
            return False  # ragged: a tuple of differently shaped parts
        return array.dtype.kind in "fiub" and array.size > 0
    return False


def _plain(value: Any) -> Any:
    """Nested lists with arrays inside turned into lists, for numpy to read as one array."""
    if is_array(value):
        return value["$ndarray"]["data"]
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _as_array(value: Any) -> np.ndarray:
    converted = to_numpy(value)
    return converted if isinstance(converted, np.ndarray) else np.array(_plain(value))


def _got_array(got: Any, expected: np.ndarray, name: str) -> tuple[np.ndarray | None, str | None]:
    """The solution's value as an array, and whether its dtype was the solution's own choice."""
    if isinstance(got, Foreign):
        return None, f"{name} is {got.describe()}; expected {_expected_kind(expected)} ({expected.dtype})"
    if is_array(got) or isinstance(got, np.ndarray):
        return _as_array(got), None
    if isinstance(got, bool) and expected.dtype.kind != "b":
        return None, f"{name} is a bool ({got}), expected {_expected_kind(expected)}"
    if got is None or isinstance(got, (str, dict)):
        return None, f"{name} is {_kind(got)}, expected {_expected_kind(expected)}"
    try:
        array = np.array(_plain(got))
    except (ValueError, TypeError, OverflowError):
        return None, f"{name} is a ragged list that does not read as an array; expected {_expected_kind(expected)}"
    if array.dtype.kind not in "fiub":
        return None, f"{name} holds non-numbers ({_kind(got)}); expected {_expected_kind(expected)}"
    # A Python list of ints where floats are expected is the same numbers: be generous.
    if expected.dtype.kind == "f" and array.dtype.kind in "iu":
        array = array.astype(np.float64)
    return array, None


def _compare_array(expected: np.ndarray, got: Any, tol: Tolerance, name: str) -> str | None:
    array, problem = _got_array(got, expected, name)
    if array is None:
        return problem
    if array.shape != expected.shape:
        return f"{name} has shape {_shape(array.shape)}, expected {_shape(expected.shape)}"
    problem = _dtype_problem(expected, array, tol.dtype, name)
    if problem:
        return problem
    if expected.dtype.kind in "iub":
        return _compare_exact(expected, array, name)
    return _compare_floats(expected.astype(np.float64), array.astype(np.float64), tol, name)


def _dtype_problem(expected: np.ndarray, got: np.ndarray, rule: DtypeRule, name: str) -> str | None:
    if rule == "any":
        return None
    if rule == "exact" and got.dtype != expected.dtype:
        return f"{name} has dtype {got.dtype}, expected {expected.dtype}"
    want, have = _FAMILY.get(expected.dtype.kind, "?"), _FAMILY.get(got.dtype.kind, "?")
    if want != have:
        return f"{name} has dtype {got.dtype}, expected a {want} array ({expected.dtype})"
    return None


def _compare_exact(expected: np.ndarray, got: np.ndarray, name: str) -> str | None:
    wrong = expected != got
    if not wrong.any():
        return None
    first = tuple(np.argwhere(wrong)[0])
    values = f"expected {expected[first].item()!r}, got {got[first].item()!r}"
    if expected.ndim == 0:
        return f"{name}: {values}"
    return f"{name}: {int(wrong.sum())} of {wrong.size} values differ; first at {_index(first)} ({values})"


def _compare_floats(expected: np.ndarray, got: np.ndarray, tol: Tolerance, name: str) -> str | None:
    finite_expected = np.isfinite(expected)
    for label, bad in (("nan", np.isnan(got)), ("inf", np.isinf(got))):
        unexpected = bad & finite_expected
        if unexpected.any() and got.ndim == 0:
            return f"{name} is {got[()]}; expected a finite value"
        if unexpected.any():
            count = int(unexpected.sum())
            first = np.argwhere(unexpected)[0]
            at = f" (first at {_index(first)})"
            value = "" if label == "nan" else f": {got[tuple(first)]}"
            plural = "s" if count != 1 else ""
            return f"{name} has {count} {label} value{plural}{at}{value}; expected finite values"
    close = np.isclose(got, expected, rtol=tol.rtol, atol=tol.atol, equal_nan=True)
    if close.all():
        return None
    with np.errstate(invalid="ignore"):
        error = np.abs(got - expected)
    error = np.where(close, -1.0, np.nan_to_num(error, nan=math.inf, posinf=math.inf))
    worst = np.unravel_index(int(np.argmax(error)), error.shape) if got.ndim else ()
    want, have = expected[worst], got[worst]
    wrong = int((~close).sum())
    where = f" at {_index(worst)}" if got.ndim else ""
    tally = f"{wrong} of {close.size} values are off; " if close.size > 1 else ""
    if not math.isfinite(want):
        return f"{name}: {tally}expected {want}{where}, got {_num(have)}"
    detail = f"(expected {_num(want)}, got {_num(have)}) exceeds {tol.describe()}"
    return f"{name}: {tally}max abs error {_sci(abs(have - want))}{where} {detail}"


def _index(index: Any) -> str:
    return "[" + ", ".join(str(int(i)) for i in index) + "]"


def _shape(shape: tuple[int, ...]) -> str:
    if not shape:
        return "() (a scalar)"
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def _num(value: float) -> str:
    return _tidy(f"{float(value):.6g}")


def _sci(value: float) -> str:
    return _tidy(f"{value:.1e}")


def _tidy(text: str) -> str:
    # 3.1e-02 reads better as 3.1e-2, and 5.0e+00 as 5.0e0
    return re.sub(r"e([+-])0*(\d)", lambda m: f"e{'' if m.group(1) == '+' else '-'}{m.group(2)}", text)


def _expected_kind(expected: np.ndarray) -> str:
    if expected.ndim == 0:
        return "a number"
    return f"an array of shape {_shape(expected.shape)}"


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, Foreign):
        return value.describe()
    if is_array(value):
        body = value["$ndarray"]
        return f"an array of shape {_shape(tuple(body['shape']))}"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of {len(value)}"
    # show() cuts before it formats: the value may be a 40 MB string.
    return f"{type(value).__name__} {show(value, 60)}"
