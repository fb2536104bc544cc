"""Statistical checks of random outputs (dropout masks, initialisations, samples) whose
bounds are proven, not tuned: a correct solution fails any one check with probability
below ``failure`` (1e-9 unless said otherwise), whatever its seed.

* fractions and bounded values: Hoeffding, P(|mean - mu| >= t) <= 2 exp(-2 n t^2 / (b - a)^2);
* normal samples: the Gaussian tail for the mean, Laurent and Massart's chi-square bounds
  for the spread (P(S - n >= 2 sqrt(n t) + 2t) <= e^-t and P(n - S >= 2 sqrt(n t)) <= e^-t).

Every function returns None when the sample passes, or a message saying what is off.
The bounds get tight only with many samples: use them on outputs of 10^4 values or more,
and the exact seeded comparison on small ones.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

FAILURE = 1e-9


def _log_term(failure: float) -> float:
    if not 0 < failure < 1:
        raise ValueError("failure must be a probability strictly between 0 and 1")
    return math.log(2 / failure)


def hoeffding_halfwidth(n: int, low: float = 0.0, high: float = 1.0, failure: float = FAILURE) -> float:
    """How far the mean of n independent values in [low, high] may stray from its expectation."""
    return (high - low) * math.sqrt(_log_term(failure) / (2 * n))


def _outside(value: float, centre: float, halfwidth: float, failure: float) -> str:
    return f"{value:.4g} is outside {centre:.4g} ± {halfwidth:.2g} (a correct solution lands outside with probability below {failure:g})"


def fraction_check(hits: int, n: int, p: float, what: str, failure: float = FAILURE) -> str | None:
    """``hits`` of ``n`` independent trials succeeded, each with probability ``p``."""
    if n <= 0:
        return None
    halfwidth = hoeffding_halfwidth(n, failure=failure)
    fraction = hits / n
    if abs(fraction - p) <= halfwidth:
        return None
    return f"{what}: fraction {_outside(fraction, p, halfwidth, failure)} ({hits} of {n})"


def mean_check(samples: np.ndarray, mean: float, low: float, high: float, what: str, failure: float = FAILURE) -> str | None:
    """Independent values known to lie in [low, high] with expectation ``mean``."""
    values = np.asarray(samples, dtype=np.float64).ravel()
    if values.size == 0:
        return None
    halfwidth = hoeffding_halfwidth(values.size, low, high, failure)
    got = float(values.mean())
    return None if abs(got - mean) <= halfwidth else f"{what}: mean {_outside(got, mean, halfwidth, failure)}"


def support_check(values: np.ndarray, allowed: Sequence[float], what: str, atol: float = 1e-12, rtol: float = 1e-9) -> str | None:
    """Every value is (within rounding) one of ``allowed``."""
    array = np.asarray(values, dtype=np.float64)
    choices = np.asarray(allowed, dtype=np.float64).reshape(-1, *([1] * array.ndim))
    ok = np.isclose(array[None, ...], choices, atol=atol, rtol=rtol).any(axis=0)
    if ok.all():
        return None
    first = tuple(int(i) for i in np.argwhere(~ok)[0])
    listed = ", ".join(f"{v:.6g}" for v in allowed)
    return f"{what}: {int((~ok).sum())} values are none of {listed} (first at {list(first)}: {array[first]:.6g})"


def normal_check(samples: np.ndarray, mean: float, std: float, what: str, failure: float = FAILURE) -> str | None:
    """Independent draws from N(mean, std^2): their mean, then their spread about ``mean``."""
    values = np.asarray(samples, dtype=np.float64).ravel()
    n = values.size
    if n == 0:
        return None
    if not np.isfinite(values).all():
        return f"{what}: {int((~np.isfinite(values)).sum())} values are not finite"
    t = _log_term(failure)
    halfwidth = std * math.sqrt(2 * t / n)
    got_mean = float(values.mean())
    if abs(got_mean - mean) > halfwidth:
        return f"{what}: mean {_outside(got_mean, mean, halfwidth, failure)}"
    spread = float(np.sum(((values - mean) / std) ** 2)) if std > 0 else math.inf
    low, high = n - 2 * math.sqrt(n * t), n + 2 * math.sqrt(n * t) + 2 * t
    if low <= spread <= high:
        return None
    variance = spread * std * std / n
    bounds = f"[{low * std * std / n:.4g}, {high * std * std / n:.4g}]"
    return (
        f"{what}: variance {variance:.4g} is outside {bounds} around the expected {std * std:.4g} "
        f"(std {math.sqrt(variance):.4g}, expected {std:.4g}; a correct solution lands outside with probability below {failure:g})"
    )


def uniform_check(samples: np.ndarray, low: float, high: float, what: str, failure: float = FAILURE) -> str | None:
    """Independent draws from U(low, high): the support, the mean and the spread."""
    values = np.asarray(samples, dtype=np.float64).ravel()
    if values.size == 0:
        return None
    outside = (values < low) | (values > high) | ~np.isfinite(values)
    if outside.any():
        first = int(np.argmax(outside))
        count = int(outside.sum())
        return f"{what}: {count} values fall outside [{low:.6g}, {high:.6g}] (first at flat index {first}: {values[first]:.6g})"
    problem = mean_check(values, (low + high) / 2, low, high, what, failure)
    if problem:
        return problem
    half = (high - low) / 2
    # (x - centre)^2 lies in [0, half^2] with expectation half^2 / 3.
    squares = (values - (low + high) / 2) ** 2
    halfwidth = hoeffding_halfwidth(values.size, 0.0, half * half, failure)
    got = float(squares.mean())
    if abs(got - half * half / 3) <= halfwidth:
        return None
    return f"{what}: variance {_outside(got, half * half / 3, halfwidth, failure)}"


def repeated_rows_check(masks: np.ndarray, keep: float, what: str, failure: float = FAILURE) -> str | None:
    """No two rows of a 2-D 0/1 mask are identical (one mask reused for every example),
    judged only when independent rows would repeat with probability below ``failure``:
    by the union bound, C(rows, 2) * (keep^2 + (1 - keep)^2)^columns."""
    array = np.asarray(masks).astype(bool)
    if array.ndim != 2 or array.shape[0] < 2:
        return None
    rows, columns = array.shape
    same = keep * keep + (1 - keep) * (1 - keep)
    log_chance = math.log(rows * (rows - 1) / 2) + columns * math.log(same) if same > 0 else -math.inf
    if log_chance >= math.log(failure):
        return None  # too few columns to tell reuse from chance
    seen: dict[bytes, int] = {}
    for index, row in enumerate(array):
        key = np.packbits(row).tobytes()
        if key in seen:
            return f"{what}: rows {seen[key]} and {index} have the same mask; each example needs its own random draws"
        seen[key] = index
    return None
