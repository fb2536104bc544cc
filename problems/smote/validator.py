"""The stated constraints, checked on every case by `judge validate`, including that the
neighbour ranking is well-posed: among each minority point's k + 1 nearest, two squared
distances are either equal only where every coordinate is a multiple of 1/16 (so any way of
computing them gives the exact tie), or apart by more than 1e-9 * (1 + max |x|^2) (so no
rounding can swap them)."""

import numpy as np


def _dyadic(X):
    return bool(np.all(np.abs(X) <= 1024) and np.all(np.round(X * 16) == X * 16))


def validate(args):
    X = np.asarray(args["X"], dtype=np.float64)
    y = args["y"]
    k, seed = args["k"], args["seed"]
    assert X.ndim == 2 and 2 <= X.shape[0] <= 3000 and 1 <= X.shape[1] <= 16, f"X is (n, d), 2 <= n <= 3000, 1 <= d <= 16; got {X.shape}"
    assert np.all(np.isfinite(X)) and np.all(np.abs(X) <= 1000), "X finite with |x| <= 1000"
    assert isinstance(y, list) and len(y) == X.shape[0], "y has n entries"
    assert all(isinstance(v, int) and not isinstance(v, bool) and v in (0, 1) for v in y), "y[i] is 0 or 1"
    counts = np.bincount(np.asarray(y, dtype=np.int64), minlength=2)
    assert counts.min() != counts.max(), "the two classes have different sizes"
    m = int(counts.min())
    assert isinstance(k, int) and not isinstance(k, bool) and 1 <= k <= 10, "1 <= k <= 10"
    assert k + 1 <= m <= 300, f"k + 1 <= minority count <= 300; got {m} minority points for k = {k}"
    assert counts.max() - counts.min() <= 2000, "at most 2000 synthetic points"
    assert isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**32, "0 <= seed < 2^32"
    P = X[np.asarray(y) == int(np.argmin(counts))]
    d2 = np.sum((P[:, None, :] - P[None, :, :]) ** 2, axis=2)
    np.fill_diagonal(d2, np.inf)
    nearest = np.sort(d2, axis=1)[:, : k + 1]
    gaps = np.diff(nearest, axis=1)
    margin = 1e-9 * (1 + float(np.max(np.sum(X * X, axis=1))))
    if np.any(gaps == 0):
        assert _dyadic(X), "distance ties only where every coordinate is a multiple of 1/16 with |x| <= 1024"
    close = (gaps > 0) & (gaps <= margin)
    assert not close.any(), f"two of a point's k + 1 nearest squared distances differ by less than {margin:.3g}"
