"""SMOTE: the synthetic points against the statement's draw for the seed; failing that, the
answer is replayed against known mistakes (the point as its own neighbour, neighbours from
both classes, separate draws, the segment walked from the other end, a gap per feature), and
the property every SMOTE point has is checked on it: it lies on a segment between a minority
point and one of its k nearest minority neighbours."""

import numpy as np

from judge.ml import compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

ALGORITHM = ("rng = np.random.default_rng(seed); s = rng.integers(0, m * k, size=n_new); "
             "gap = rng.random(n_new); new = P[s // k] + gap * (P[nn[s // k, s % k]] - P[s // k])")


def _minority(X, y):
    counts = np.bincount(y, minlength=2)
    label = int(np.argmin(counts))
    return X[y == label], int(counts.max() - counts.min()), label


def _ranked(points, among, exclude_self):
    """For each row of ``points``, the indices of ``among`` by distance, ties by index."""
    # One row at a time: the (m, n, d) differences of every pair may not fit in memory.
    d2 = np.array([np.sum((among - point) ** 2, axis=1) for point in points])
    if exclude_self:
        np.fill_diagonal(d2, np.inf)
    return np.argsort(d2, axis=1, kind="stable")


def _smote(X, y, k, seed, self_neighbour=False, both_classes=False, separate=False, reversed_=False, per_feature=False):
    """The statement's SMOTE with one known mistake switched on."""
    P, n_new, _label = _minority(X, y)
    m = len(P)
    if both_classes:
        ranked = _ranked(P, X, exclude_self=False)
        ranked = ranked[:, 1:]  # drop the first: the point itself, at distance 0
        targets = X
    else:
        ranked = _ranked(P, P, exclude_self=not self_neighbour)
        targets = P
    neighbours = ranked[:, :k]
    rng = np.random.default_rng(seed)
    if separate:
        rows, cols = rng.integers(0, m, size=n_new), rng.integers(0, k, size=n_new)
    else:
        draws = rng.integers(0, m * k, size=n_new)
        rows, cols = draws // k, draws % k
    gaps = rng.random((n_new, X.shape[1])) if per_feature else rng.random(n_new)[:, None]
    base, other = P[rows], targets[neighbours[rows, cols]]
    if reversed_:
        base, other = other, base
    return base + gaps * (other - base)


def _mistakes(X, y, k, seed):
    a = (X, y, k, seed)
    return [
        ("each point's neighbours include the point itself (at distance 0): the k nearest minority neighbours of a "
         "point are the other minority points, so drop the point from its own ranking",
         lambda: _smote(*a, self_neighbour=True)),
        ("the neighbours were searched among both classes: SMOTE interpolates between a minority point and its k "
         "nearest MINORITY neighbours", lambda: _smote(*a, both_classes=True)),
        ("one gap per feature moves the point off the segment: draw one gap per synthetic point, gap = rng.random(n_new)",
         lambda: _smote(*a, per_feature=True)),
        (f"the point and the neighbour come from two separate draws; the statement draws one index s per synthetic "
         f"point: {ALGORITHM}", lambda: _smote(*a, separate=True)),
        ("the segment was walked from the neighbour's end: new = P[i] + gap * (neighbour - P[i]), starting at the "
         "minority point P[i]", lambda: _smote(*a, reversed_=True)),
    ]


def _segment_distance(s, a, b):
    """Distance from each point of ``s`` (N, d) to each segment [a_j, b_j] (M, d): (N, M)."""
    v = b - a
    length2 = np.sum(v * v, axis=1)
    rel = s[:, None, :] - a[None, :, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, np.sum(rel * v[None], axis=2) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.sqrt(np.sum((rel - t[:, :, None] * v[None]) ** 2, axis=2))


def _on_segments(points, a, b, slack, chunk=32):
    found = np.zeros(len(points), dtype=bool)
    for start in range(0, len(points), chunk):
        block = points[start : start + chunk]
        found[start : start + chunk] = (_segment_distance(block, a, b) <= slack).any(axis=1)
    return found


def _property_problem(X, y, k, got):
    """None when every synthetic point lies on an allowed segment, else which does not and,
    where it can tell, on what it lies instead."""
    P, _, label = _minority(X, y)
    neighbours = _ranked(P, P, exclude_self=True)[:, :k]
    a = np.repeat(P, k, axis=0)
    b = P[neighbours.ravel()]
    slack = 1e-9 * (1 + float(np.max(np.abs(X))))
    ok = _on_segments(got, a, b, slack)
    if ok.all():
        return None
    first = int(np.argmin(ok))
    point = got[first : first + 1]
    where = (f"synthetic point {first} ({', '.join(f'{v:.6g}' for v in got[first][:4])}{', ...' if got.shape[1] > 4 else ''}) "
             f"lies on no segment between a minority point and one of its k = {k} nearest minority neighbours "
             f"({int((~ok).sum())} of {len(got)} points are off every such segment)")
    majority = X[y != label]
    if any(_on_segments(point, np.broadcast_to(p, majority.shape), majority, slack).all() for p in P):
        return where + ": it lies between a minority point and a majority one; neighbours come from the minority class only"
    if any(_on_segments(point, np.broadcast_to(p, P.shape), P, slack).all() for p in P):
        return where + (f": it lies between two minority points that are not among each other's {k} nearest; "
                         "rank the neighbours by Euclidean distance")
    if _on_lines(point, a, b, slack):
        return where + ": it lies on the line through a point and a neighbour but outside the segment; the gap is in [0, 1)"
    return where


def _on_lines(point, a, b, slack):
    v = b - a
    length2 = np.sum(v * v, axis=1)
    rel = point - a
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, np.sum(rel * v, axis=1) / length2, 0.0)
    return bool((np.sqrt(np.sum((rel - t[:, None] * v) ** 2, axis=1)) <= slack).any())


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)
    problem = compare(expected, got, tol, name="synthetic")
    if problem is None:
        return True, ""
    X = np.asarray(args["X"], dtype=np.float64)
    y = np.asarray(args["y"], dtype=np.int64)
    k, seed = args["k"], args["seed"]
    with np.errstate(all="ignore"):
        hint = matching_hint(got, _mistakes(X, y, k, seed), tol)
    if hint:
        return False, with_hint(problem, hint)
    want = np.asarray(to_numpy(expected), dtype=np.float64)
    try:
        points = np.asarray(to_numpy(got), dtype=np.float64)
    except (TypeError, ValueError):
        return False, problem
    if points.ndim == 2 and points.shape == (len(X) + len(want), X.shape[1]) and np.allclose(points[: len(X)], X):
        return False, f"{problem}: return only the n_new synthetic points, not X with them appended (imbalanced-learn's fit_resample)"
    if points.shape != want.shape or not np.isfinite(points).all():
        return False, problem  # compare() said what is wrong with the shape or the values
    off = _property_problem(X, y, k, points)
    if off:
        return False, f"{problem}; {off}"
    return False, (f"{problem}: every point lies on a segment between a minority point and one of its k nearest "
                   f"minority neighbours, but they are not the statement's draw for this seed ({ALGORITHM}); "
                   "draw exactly as the statement says, with the neighbours ranked by distance, ties by index")
