"""k-means: Lloyd's algorithm against the reference (centroids within the tolerance, labels
and n_iter exactly), naming known mistakes by replaying them (empty clusters dropped, turned to
nan or moved, stale labels, the wrong stopping rule or tie rule); and k-means++ seeding,
checked by statistics with proven bounds (the first centre uniform, the next ones in
proportion to D^2) and by replaying the statement's draws for every seed."""

import numpy as np

from judge.ml import FAILURE, compare, hoeffding_halfwidth, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["centroids", "labels", "n_iter"]
DRAWS = ("rng = np.random.default_rng(seed); first = rng.integers(n); "
         "then k - 1 times rng.choice(n, p=D2 / D2.sum()), D2 the squared distance to the nearest centre chosen so far")
# How far a uniform draw may sit from a boundary of the cumulative D^2 weights and still be
# read either way: the solution computes D^2 in its own order of operations.
BOUNDARY_SLACK = 1e-9
HINT_SEEDS = 64


# ---- Lloyd's algorithm -------------------------------------------------------------------

def _distances(X, centroids, metric="euclidean"):
    diff = X[:, None, :] - centroids[None, :, :]
    return np.sum(np.abs(diff), axis=2) if metric == "manhattan" else np.sum(diff * diff, axis=2)


def _assign(X, centroids, ties="low", metric="euclidean"):
    d2 = _distances(X, centroids, metric)
    if ties == "high":
        return d2.shape[1] - 1 - np.argmin(d2[:, ::-1], axis=1)
    return np.argmin(d2, axis=1)


def _lloyd(X, centroids, max_iter, tol, ties="low", stale=False, full=False, shift="max", empty="keep",
           metric="euclidean", centre="mean"):
    """The statement's Lloyd with one known mistake switched on."""
    centroids = np.array(centroids, dtype=np.float64)
    labels = _assign(X, centroids, ties, metric)
    iteration = 0
    while iteration < max_iter:
        iteration += 1
        labels = _assign(X, centroids, ties, metric)
        moved = centroids.copy()
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):
                moved[j] = members.mean(axis=0) if centre == "mean" else np.median(members, axis=0)
            elif empty == "nan":
                moved[j] = np.nan
            elif empty == "farthest":
                far = int(np.argmax(np.min(_distances(X, centroids), axis=1)))
                moved[j] = X[far]
        norms = np.sqrt(np.sum((moved - centroids) ** 2, axis=1))
        amount = {"max": np.max(norms), "squared": np.max(norms * norms), "sum": np.sum(norms)}[shift]
        centroids = moved
        if not full and amount <= tol:
            break
    final = labels if stale else _assign(X, centroids, ties, metric)
    return centroids, final.astype(np.int64), iteration


def _lloyd_mistakes(X, centroids, max_iter, tol):
    a = (X, centroids, max_iter, tol)
    return [
        ("labels are those of the last assignment step, before the centroids moved; return the assignment of every "
         "point to its nearest RETURNED centroid", lambda: _lloyd(*a, stale=True)),
        ("every iteration up to max_iter was run; stop after the first iteration whose centroid shift is <= tol",
         lambda: _lloyd(*a, full=True)),
        ("a distance tie went to the higher centroid index; ties go to the lowest index (np.argmin's first minimum)",
         lambda: _lloyd(*a, ties="high")),
        ("an empty cluster got the point farthest from its centroid (scikit-learn's relocation); here an empty cluster "
         "keeps its centroid", lambda: _lloyd(*a, empty="farthest")),
        ("the stopping rule compared the squared shift with tol; the shift is the largest Euclidean norm of a centroid's "
         "move, max_j |new_j - old_j|", lambda: _lloyd(*a, shift="squared")),
        ("the stopping rule compared the sum of the centroid moves with tol; the shift is the largest one, "
         "max_j |new_j - old_j|", lambda: _lloyd(*a, shift="sum")),
        ("points were assigned by Manhattan (L1) distance; k-means assigns by Euclidean distance",
         lambda: _lloyd(*a, metric="manhattan")),
        ("the centroids are medians (k-medians); k-means moves each centroid to the mean of its points",
         lambda: _lloyd(*a, centre="median")),
    ]


def _check_lloyd(args, expected, got, tol):
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    X = np.asarray(args["X"], dtype=np.float64)
    start = np.asarray(args["centroids"], dtype=np.float64)
    k = len(start)
    if isinstance(got, (list, tuple)) and len(got) == 3:
        try:
            cents = np.asarray(to_numpy(got[0]), dtype=np.float64)
        except (TypeError, ValueError):
            cents = None
        if cents is not None and cents.ndim == 2 and cents.shape[0] < k:
            return False, with_hint(problem, f"{k - cents.shape[0]} centroid(s) are missing: an empty cluster keeps its centroid, "
                                             f"so all k = {k} come back, in their order")
        if cents is not None and cents.shape == start.shape and np.isnan(cents).any():
            return False, with_hint(problem, "the mean of an empty cluster is nan (0 / 0): an empty cluster keeps its centroid")
        n_iter = got[2]
        if isinstance(n_iter, int) and not isinstance(n_iter, bool) and abs(n_iter - expected[2]) == 1 and \
                compare(expected[:2], got[:2], tol, parts=PARTS[:2]) is None:
            return False, with_hint(problem, "the centroids and labels are right but n_iter is off by one: it counts the "
                                             "iterations run, the last being the first whose shift is <= tol (or max_iter)")
    with np.errstate(all="ignore"):
        hint = matching_hint(got, _lloyd_mistakes(X, start, args["max_iter"], float(args["tol"])), tol, parts=PARTS)
    return False, with_hint(problem, hint)


# ---- k-means++ ---------------------------------------------------------------------------

def _d2(X, point):
    return np.sum((X - point) ** 2, axis=1)


def _plusplus(X, k, seed, power=2, uniform=False, last_only=False, first_by_choice=False, rng=None):
    """The statement's seeding with one known mistake switched on."""
    n = len(X)
    rng = np.random.default_rng(seed) if rng is None else rng
    if uniform:
        return [int(i) for i in rng.choice(n, size=k, replace=False)]
    chosen = [int(rng.choice(n, p=np.full(n, 1.0 / n))) if first_by_choice else int(rng.integers(n))]
    d2 = _d2(X, X[chosen[0]])
    for _ in range(1, k):
        weight = d2 if power == 2 else np.sqrt(d2)
        chosen.append(int(rng.choice(n, p=weight / weight.sum())))
        latest = _d2(X, X[chosen[-1]])
        d2 = latest if last_only else np.minimum(d2, latest)
    return chosen


def _plusplus_mistakes(X, k, seeds):
    def all_seeds(**variant):
        return lambda: np.array([_plusplus(X, k, seed, **variant) for seed in seeds], dtype=np.int64)

    def one_stream():
        rng = np.random.default_rng(seeds[0])
        return np.array([_plusplus(X, k, None, rng=rng) for _ in seeds], dtype=np.int64)

    return [
        ("the next centres were weighted by D, the distance to the nearest centre; k-means++ weights them by D^2",
         all_seeds(power=1)),
        ("the centres were drawn uniformly (random initialisation); after the first, k-means++ draws each centre with "
         "probability D^2 / sum D^2", all_seeds(uniform=True)),
        ("D was measured to the most recent centre only; D is the distance to the NEAREST centre chosen so far",
         all_seeds(last_only=True)),
        ("the first centre came from rng.choice(n, p=uniform), which draws a float; the statement's first draw is "
         "rng.integers(n)", all_seeds(first_by_choice=True)),
        ("one generator served every seed; each seed starts its own rng = np.random.default_rng(seed)", one_stream),
    ]


def _statistics(X, picks):
    """A sentence when the picks do not look like k-means++ draws, else None. Each check fails
    a correct solution with probability below FAILURE, whatever the seeds."""
    n = len(X)
    seeds, k = picks.shape
    # The first centre is uniform: no index much more frequent than 1/n ...
    counts = np.bincount(picks[:, 0], minlength=n)
    halfwidth = hoeffding_halfwidth(seeds, failure=FAILURE / n)
    top = int(np.argmax(counts))
    if counts[top] / seeds > 1 / n + halfwidth:
        return (f"the first centre is point {top} in {counts[top]} of {seeds} seedings; drawn uniformly it would be "
                f"at most {1 / n + halfwidth:.3g} of them (a correct solution goes beyond with probability below {FAILURE:g}): "
                "the first centre is uniform, rng.integers(n)")
    # ... and no bias towards the outskirts: |x - mean|^2 scaled to [0, 1] has mean E over n points.
    spread = _d2(X, X.mean(axis=0))
    if spread.max() > 0:
        scaled = spread / spread.max()
        halfwidth = hoeffding_halfwidth(seeds)
        got, want = float(scaled[picks[:, 0]].mean()), float(scaled.mean())
        if abs(got - want) > halfwidth:
            return (f"the first centres sit {'further from' if got > want else 'closer to'} the data's mean than uniform "
                    f"draws would (mean scaled |x - mean|^2 {got:.4g}, expected {want:.4g} ± {halfwidth:.2g}, a bound a correct "
                    f"solution exceeds with probability below {FAILURE:g}): the first centre is uniform, rng.integers(n)")
    if k < 2:
        return None
    # Each next pick c, given the centres before it: Z = D2(c) / max D2 lies in [0, 1], and under
    # D^2 sampling its conditional mean is sum_i p_i Z_i. The differences form a martingale with
    # increments in a range of length 1, so Azuma-Hoeffding bounds their average like Hoeffding's.
    z, expect = [], {"D^2": [], "D": [], "uniform": []}
    for row in picks:
        d2 = _d2(X, X[row[0]])
        for c in row[1:]:
            top = d2.max()
            if top <= 0:
                break
            scaled = d2 / top
            z.append(scaled[c])
            root = np.sqrt(d2)
            expect["D^2"].append(float(np.sum(d2 * scaled) / np.sum(d2)))
            expect["D"].append(float(np.sum(root * scaled) / np.sum(root)))
            expect["uniform"].append(float(scaled.mean()))
            d2 = np.minimum(d2, _d2(X, X[c]))
    if not z:
        return None
    halfwidth = hoeffding_halfwidth(len(z))
    got = float(np.mean(z))
    want = float(np.mean(expect["D^2"]))
    if abs(got - want) <= halfwidth:
        return None
    message = (f"the centres after the first do not follow D^2 weighting: over {len(z)} draws the mean of D^2(pick) / max D^2 "
               f"is {got:.4g}, expected {want:.4g} ± {halfwidth:.2g} (a correct solution lands outside with probability "
               f"below {FAILURE:g})")
    if abs(got - 1.0) <= 1e-12:
        return message + "; every pick is the farthest point: draw at random with probability D^2 / sum D^2"
    for name in ("D", "uniform"):
        if abs(got - float(np.mean(expect[name]))) <= halfwidth:
            weighted = "weighted by D, not D^2" if name == "D" else "drawn uniformly, not in proportion to D^2"
            return f"{message}; they fit picks {weighted}"
    return message


def _replay(X, seed, row):
    """None when ``row`` is the statement's draw for ``seed`` (up to rounding of the cumulative
    weights at a boundary), else a sentence saying where it leaves it."""
    n = len(X)
    rng = np.random.default_rng(seed)
    first = int(rng.integers(n))
    if int(row[0]) != first:
        return f"the first centre is point {int(row[0])}; rng.integers(n) gives {first}"
    d2 = _d2(X, X[first])
    for j, c in enumerate(row[1:], 1):
        u = rng.random()
        cdf = np.cumsum(d2)
        cdf = cdf / cdf[-1]
        low = cdf[c - 1] if c > 0 else 0.0
        if not (d2[c] > 0 and low - BOUNDARY_SLACK <= u < cdf[c] + BOUNDARY_SLACK):
            want = int(np.searchsorted(cdf, u, side="right"))
            return f"centre {j} is point {int(c)}; the statement's draw gives point {want}"
        d2 = np.minimum(d2, _d2(X, X[c]))
    return None


def _check_plusplus(args, expected, got, tol):
    problem = compare(expected, got, tol, name="indices")
    if problem is None:
        return True, ""
    X = np.asarray(args["X"], dtype=np.float64)
    k, seeds = args["k"], args["seeds"]
    want = np.asarray(to_numpy(expected))
    try:
        picks = np.asarray(to_numpy(got))
    except (TypeError, ValueError):
        return False, problem
    if picks.shape != want.shape or picks.dtype.kind not in "iu":
        return False, problem  # compare() said what is wrong with the shape or the dtype
    n = len(X)
    if picks.min() < 0 or picks.max() >= n:
        return False, f"{problem}; indices must lie in [0, n) = [0, {n})"
    for s, row in enumerate(picks):
        d2 = _d2(X, X[row[0]])
        for j, c in enumerate(row[1:], 1):
            if d2[c] <= 0:
                return False, (f"{problem}; seeding {s} picks point {int(c)} as centre {j}, but it is (a copy of) a centre "
                               "already chosen: its D^2 is 0, so its probability is 0")
            d2 = np.minimum(d2, _d2(X, X[c]))
    # Naming a mistake needs only the first seedings: replaying all of 5000 seeds five times is slow.
    head = min(len(seeds), HINT_SEEDS)
    with np.errstate(all="ignore"):
        hint = matching_hint(picks[:head], _plusplus_mistakes(X, k, seeds[:head]), tol)
    statistics = _statistics(X, picks)
    if statistics:
        return False, with_hint(f"{problem}; {statistics}", hint)
    differs = [(s, reason) for s, (seed, row) in enumerate(zip(seeds, picks)) if (reason := _replay(X, seed, row))]
    if not differs:
        return True, ""  # the statement's draws, read differently only where rounding sits on a boundary
    if hint:
        return False, with_hint(problem, hint)
    s, reason = differs[0]
    return False, (f"{problem}: seeding {s} (seed {seeds[s]}) leaves the statement's draws ({DRAWS}): {reason}; "
                   f"{len(differs)} of {len(seeds)} seedings differ")


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)
    if args["kind"] == "lloyd":
        return _check_lloyd(args, expected, got, tol)
    return _check_plusplus(args, expected, got, tol)

