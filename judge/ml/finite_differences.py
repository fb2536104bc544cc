"""Gradients by centred finite differences in float64, to hold a solution's analytic gradient
against the function itself rather than only against the reference's gradient.

    error of (f(x + h) - f(x - h)) / 2h  ~  h^2 |f'''| / 6  +  eps |f| / h

A step of eps^(1/3) (about 6e-6) balances the two terms for functions whose third derivative
and value are of order one, leaving about 1e-10. The step is not scaled with |x|: a function
that curves at unit scale far from 0 would then be differenced over too wide a step. A large
|f| (a loss of 2000 at logits of 1000) costs eps |f| / h, about 1e-7: still far inside
`FD_TOLERANCE`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from judge.ml.compare import Tolerance, compare

# What an analytic gradient must agree with the finite differences to. Statements quote it.
FD_TOLERANCE = Tolerance(atol=1e-5, rtol=1e-4)
# Beyond this many entries, a deterministic sample of them is differenced (2 calls each).
MAX_ENTRIES = 512
_CUBE_ROOT_EPS = float(np.finfo(np.float64).eps) ** (1 / 3)

ScalarFunction = Callable[[np.ndarray], float]


def _entries(shape: tuple[int, ...], limit: int) -> list[tuple[int, ...]]:
    """All indices, or an evenly spread deterministic sample that includes both ends."""
    size = int(np.prod(shape, dtype=np.int64))
    flat = range(size) if size <= limit else np.unique(np.linspace(0, size - 1, limit).round().astype(np.int64))
    return [tuple(int(i) for i in np.unravel_index(int(k), shape)) for k in flat]


def numeric_gradient(
    f: ScalarFunction, x: np.ndarray, entries: list[tuple[int, ...]] | None = None, step: float = _CUBE_ROOT_EPS
) -> np.ndarray:
    """d f / d x by centred differences, in float64. ``f`` takes an array shaped like ``x``
    and returns a number. With ``entries`` only those are differenced; the rest are nan."""
    point = np.array(x, dtype=np.float64)  # a private copy, nudged one entry at a time
    gradient = np.full(point.shape, np.nan)
    for index in entries if entries is not None else _entries(point.shape, point.size):
        original = point[index]
        # The steps actually taken: x + h is rounded, and dividing by 2h would not undo that.
        point[index] = original + step
        up = point[index] - original
        plus = float(f(point))
        point[index] = original - step
        down = original - point[index]
        minus = float(f(point))
        point[index] = original
        gradient[index] = (plus - minus) / (up + down)
    return gradient


def numeric_vjp(forward: Callable[[np.ndarray], np.ndarray], x: np.ndarray, upstream: np.ndarray) -> np.ndarray:
    """The gradient of sum(upstream * forward(x)) with respect to x: what a backward pass
    given ``upstream`` (dL/d output) must return for a layer whose output is an array."""
    weights = np.asarray(upstream, dtype=np.float64)
    return numeric_gradient(lambda point: float(np.sum(weights * forward(point))), x)


def gradient_check(
    f: ScalarFunction,
    x: np.ndarray,
    got: np.ndarray,
    name: str = "grad",
    tol: Tolerance = FD_TOLERANCE,
    max_entries: int = MAX_ENTRIES,
) -> str | None:
    """None when the solution's gradient ``got`` agrees with centred differences of ``f`` at
    ``x`` within ``tol`` (at up to ``max_entries`` entries), else a message saying where not.

    ``got`` must already have x's shape: compare it with the reference first, which says
    what is wrong with a shape or a nan far better.
    """
    point = np.asarray(x, dtype=np.float64)
    entries = _entries(point.shape, max_entries)
    expected = numeric_gradient(f, point, entries)
    solution = np.array(got, dtype=np.float64)
    # Entries not differenced are set equal on both sides, so messages keep the array's own indices.
    skipped = np.ones(point.shape, dtype=bool)
    for index in entries:
        skipped[index] = False
    expected[skipped] = 0.0
    solution[skipped] = 0.0
    problem = compare(expected, solution, tol, name)
    if problem is None:
        return None
    return f"{name} disagrees with centred finite differences of the loss (checked at {len(entries)} entries): {problem}"
