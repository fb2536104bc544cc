"""The stated constraints, checked on every case by `judge validate`. For Lloyd's algorithm
the run must be well-posed, so that any correct way of computing distances and means takes the
same path: at every assignment a point's two nearest squared distances are exactly equal only
where every coordinate in play is a multiple of 1/16 (then every method computes the tie
exactly), and otherwise differ by more than 1e-9 * (1 + max |x|^2 + max |c|^2); and every
iteration's centroid shift is 0 or further than 1e-7 * (1 + max |x|) from tol."""

import numpy as np


def _int(value, low, high):
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _dyadic(*arrays):
    return all(bool(np.all(np.abs(a) <= 1024) and np.all(a * 16 == np.round(a * 16))) for a in arrays)


def _check_assignment(X, centroids, scale):
    d2 = np.sum((X[:, None, :] - centroids[None, :, :]) ** 2, axis=2)
    if len(centroids) < 2:
        return
    two = np.sort(d2, axis=1)[:, :2]
    gap = two[:, 1] - two[:, 0]
    if np.any(gap == 0):
        assert _dyadic(X, centroids), "a distance tie where coordinates are not all multiples of 1/16"
    margin = 1e-9 * (scale + float(np.max(np.sum(centroids * centroids, axis=1))))
    assert not np.any((gap > 0) & (gap <= margin)), f"a point's two nearest squared distances differ by less than {margin:.3g}"


def _well_posed_lloyd(X, centroids, max_iter, tol):
    scale = 1 + float(np.max(np.sum(X * X, axis=1)))
    shift_margin = 1e-7 * (1 + float(np.max(np.abs(X))))
    for _ in range(max_iter):
        _check_assignment(X, centroids, scale)
        labels = np.argmin(np.sum((X[:, None, :] - centroids[None, :, :]) ** 2, axis=2), axis=1)
        moved = centroids.copy()
        for j in range(len(centroids)):
            if np.any(labels == j):
                moved[j] = X[labels == j].mean(axis=0)
        shift = float(np.max(np.sqrt(np.sum((moved - centroids) ** 2, axis=1))))
        assert shift == 0 or abs(shift - tol) > shift_margin, f"a centroid shift of {shift:.6g} is within {shift_margin:.3g} of tol"
        centroids = moved
        if shift <= tol:
            break
    _check_assignment(X, centroids, scale)


def validate(args):
    kind = args["kind"]
    X = np.asarray(args["X"], dtype=np.float64)
    assert kind in ("lloyd", "kmeans++"), "kind is 'lloyd' or 'kmeans++'"
    assert X.ndim == 2 and 1 <= X.shape[1] <= 16, f"X is (n, d) with 1 <= d <= 16; got {X.shape}"
    n = X.shape[0]
    assert np.all(np.isfinite(X)) and np.all(np.abs(X) <= 1000), "X finite with |x| <= 1000"
    if kind == "lloyd":
        assert 1 <= n <= 5000, "lloyd: 1 <= n <= 5000"
        assert args["k"] is None and args["seeds"] is None, "lloyd: k and seeds are None"
        centroids = np.asarray(args["centroids"], dtype=np.float64)
        shape_ok = centroids.ndim == 2 and centroids.shape[1] == X.shape[1] and 1 <= centroids.shape[0] <= 20
        assert shape_ok, "centroids is (k, d), 1 <= k <= 20"
        assert np.all(np.isfinite(centroids)) and np.all(np.abs(centroids) <= 1000), "centroids finite with |c| <= 1000"
        assert _int(args["max_iter"], 1, 300), "1 <= max_iter <= 300"
        tol = args["tol"]
        assert isinstance(tol, (int, float)) and not isinstance(tol, bool) and 0 <= tol <= 10, "0 <= tol <= 10"
        _well_posed_lloyd(X, centroids, args["max_iter"], float(tol))
        return
    assert 1 <= n <= 2000, "kmeans++: 1 <= n <= 2000"
    assert args["centroids"] is None and args["max_iter"] is None and args["tol"] is None, "kmeans++: centroids, max_iter, tol are None"
    k, seeds = args["k"], args["seeds"]
    assert _int(k, 1, 20), "1 <= k <= 20"
    assert len(np.unique(X, axis=0)) >= k, "X has at least k distinct rows"
    assert isinstance(seeds, list) and 1 <= len(seeds) <= 5000, "1 <= len(seeds) <= 5000"
    assert all(_int(s, 0, 2**32 - 1) for s in seeds), "0 <= seed < 2^32"
    assert len(seeds) * k * n <= 2 * 10**7, "len(seeds) * k * n <= 2 * 10^7"
