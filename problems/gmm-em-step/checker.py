"""One EM step of a Gaussian mixture against the reference, part by part; then a hint when
the answer is what a known mistake produces (responsibilities without log-sum-exp, the
unbiased covariance, the old means, reg_covar left out, unnormalised weights, the
log-likelihood of the new parameters or summed), and the properties EM guarantees: rows of
resp sum to 1 and, without a regulariser, the log-likelihood of the new parameters is not
below that of the old."""

import numpy as np

from judge.ml import compare, matching_hint, to_numpy, tolerance, with_hint
from judge.values import decode

PARTS = ["resp", "weights", "means", "covariances", "log_likelihood"]
_EPS10 = 10 * np.finfo(np.float64).eps


def _log_gaussian(X, means, covariances):
    n, d = X.shape
    out = np.empty((n, len(means)))
    for k, (mu, cov) in enumerate(zip(means, covariances)):
        chol = np.linalg.cholesky(cov)
        z = np.linalg.solve(chol, (X - mu).T)
        out[:, k] = -0.5 * (d * np.log(2 * np.pi) + 2 * np.sum(np.log(np.diag(chol))) + np.sum(z * z, axis=0))
    return out


def _log_norm(weighted):
    top = np.max(weighted, axis=1, keepdims=True)
    return top[:, 0] + np.log(np.sum(np.exp(weighted - top), axis=1))


def mean_log_likelihood(X, weights, means, covariances):
    """(1/n) sum_i log sum_k w_k N(x_i | mu_k, Sigma_k), in log space."""
    return float(np.mean(_log_norm(_log_gaussian(X, means, covariances) + np.log(weights))))


def _step(X, weights, means, covariances, reg, naive=False, ddof=0, old_means=False, reg_everywhere=False,
          counts=False, ll_after=False, ll_sum=False, no_reg=False):
    """The step with one known mistake switched on."""
    _n, d = X.shape
    weighted = _log_gaussian(X, means, covariances) + np.log(weights)
    log_norm = _log_norm(weighted)
    if naive:
        p = np.exp(weighted)
        resp = p / p.sum(axis=1, keepdims=True)
    else:
        resp = np.exp(weighted - log_norm[:, None])
    nk = resp.sum(axis=0) + _EPS10
    new_weights = nk if counts else nk / nk.sum()
    new_means = resp.T @ X / nk[:, None]
    centres = means if old_means else new_means
    covs = np.empty((len(nk), d, d))
    for k in range(len(nk)):
        diff = X - centres[k]
        covs[k] = (resp[:, k] * diff.T) @ diff / (nk[k] - ddof)
        if reg_everywhere:
            covs[k] += reg
        elif not no_reg:
            covs[k].flat[:: d + 1] += reg
    ll = np.mean(log_norm)
    if ll_sum:
        ll = np.sum(log_norm)
    if ll_after:
        ll = mean_log_likelihood(X, new_weights, new_means, covs)
    return resp, new_weights, new_means, covs, float(ll)


def _mistakes(X, weights, means, covariances, reg):
    a = (X, weights, means, covariances, reg)
    found = [
        ("covariances divide by N_k - 1 (the unbiased estimate); the M-step's maximum-likelihood covariance divides by N_k",
         lambda: _step(*a, ddof=1)),
        ("covariances are centred on the old means; centre them on the new means mu_k of this M-step",
         lambda: _step(*a, old_means=True)),
        ("weights are N_k, the expected counts; the new weights are N_k / n", lambda: _step(*a, counts=True)),
        ("log_likelihood is that of the new parameters; return the mean log-likelihood of the parameters you were "
         "given (before the step), which the E-step computes anyway", lambda: _step(*a, ll_after=True)),
        ("log_likelihood is summed over the points; return the mean over the n points", lambda: _step(*a, ll_sum=True)),
    ]
    if reg != 0:
        found += [
            ("covariances: reg_covar was not added; add it to the diagonal of every new covariance",
             lambda: _step(*a, no_reg=True)),
            ("covariances: reg_covar was added to every entry; add it to the diagonal only",
             lambda: _step(*a, reg_everywhere=True)),
        ]
    return found


def _underflow_hint(X, weights, means, covariances, reg, got, tol):
    """resp as p / sum(p) in probability space: judged on resp alone, since such a solution's
    log-likelihood may be -inf, nan or taken from a stable helper."""
    if not isinstance(got, (list, tuple)) or len(got) != len(PARTS):
        return None
    naive = _step(X, weights, means, covariances, reg, naive=True)[0]
    if not np.isnan(naive).any() or compare(naive, got[0], tol, "resp") is not None:
        return None
    return ("responsibilities computed as p / sum(p) with p = w_k N(x | k): for a point far from every component "
            "each N underflows to 0 and 0/0 = nan; normalise in log space with log-sum-exp")


def _properties(X, weights, means, covariances, reg, got):
    """What EM guarantees, checked on the solution's own answer: a sentence, or None."""
    try:
        resp, new_w, new_means, new_cov = (np.asarray(to_numpy(part), dtype=np.float64) for part in got[:4])
    except (TypeError, ValueError):
        return None
    n, d = X.shape
    k = len(weights)
    if resp.shape != (n, k) or new_w.shape != (k,) or new_means.shape != (k, d) or new_cov.shape != (k, d, d):
        return None
    if not all(np.isfinite(part).all() for part in (resp, new_w, new_means, new_cov)):
        return None
    sums = resp.sum(axis=1)
    if not np.allclose(sums, 1.0, rtol=0, atol=1e-6):
        i = int(np.argmax(np.abs(sums - 1)))
        return f"rows of resp must sum to 1 (a posterior over the components); row {i} sums to {sums[i]:.6g}"
    if reg != 0 or np.any(new_w <= 0):
        return None
    try:
        before = mean_log_likelihood(X, weights, means, covariances)
        after = mean_log_likelihood(X, new_w, new_means, new_cov)
    except np.linalg.LinAlgError:
        return "a new covariance is not positive definite"
    if after < before - 1e-9 * (1 + abs(before)):
        return (f"the log-likelihood of your new parameters ({after:.10g}) is below that of the old ({before:.10g}); "
                "an EM step with reg_covar = 0 never decreases it, so the M-step is not the maximiser")
    return None


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    X = np.asarray(args["X"], dtype=np.float64)
    weights = np.asarray(args["weights"], dtype=np.float64)
    means = np.asarray(args["means"], dtype=np.float64)
    covariances = np.asarray(args["covariances"], dtype=np.float64)
    reg = float(args["reg_covar"])
    with np.errstate(all="ignore"):
        hint = _underflow_hint(X, weights, means, covariances, reg, got, tol)
        hint = hint or matching_hint(got, _mistakes(X, weights, means, covariances, reg), tol, parts=PARTS)
        if hint is None and isinstance(got, (list, tuple)) and len(got) == len(PARTS):
            try:
                hint = _properties(X, weights, means, covariances, reg, got)
            except (ValueError, TypeError, ArithmeticError, np.linalg.LinAlgError):
                hint = None  # a hint only: an answer this odd is told what compare() said
    return False, with_hint(problem, hint)
