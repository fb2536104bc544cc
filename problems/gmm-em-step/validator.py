"""The stated constraints, checked on every case by `judge validate`, including the ones on
the step itself (every N_k >= 1e-6; with reg_covar = 0, well-conditioned new covariances and
a log-likelihood that does not decrease), checked by running the reference."""

import importlib.util
from pathlib import Path

import numpy as np


def _reference():
    spec = importlib.util.spec_from_file_location("_gmm_em_step_reference", Path(__file__).with_name("reference.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _eigen_ok(covariances, low, high):
    for cov in covariances:
        if not np.allclose(cov, cov.T, rtol=0, atol=1e-12 * max(1.0, np.abs(cov).max())):
            return False
        eig = np.linalg.eigvalsh(cov)
        if eig.min() < low or eig.max() > high:
            return False
    return True


def validate(args):
    X = np.asarray(args["X"], dtype=np.float64)
    weights = np.asarray(args["weights"], dtype=np.float64)
    means = np.asarray(args["means"], dtype=np.float64)
    covariances = np.asarray(args["covariances"], dtype=np.float64)
    reg = args["reg_covar"]
    assert X.ndim == 2 and 1 <= X.shape[0] <= 2000 and 1 <= X.shape[1] <= 8, f"X is (n, d), 1 <= n <= 2000, 1 <= d <= 8; got {X.shape}"
    _n, d = X.shape
    k = weights.shape[0] if weights.ndim == 1 else -1
    assert 1 <= k <= 8, "weights is (K,), 1 <= K <= 8"
    assert means.shape == (k, d), f"means is (K, d) = ({k}, {d}), got {means.shape}"
    assert covariances.shape == (k, d, d), f"covariances is (K, d, d), got {covariances.shape}"
    for name, array in (("X", X), ("means", means)):
        assert np.all(np.isfinite(array)) and np.all(np.abs(array) <= 100), f"{name} finite with |value| <= 100"
    assert np.all(weights >= 1e-3) and abs(weights.sum() - 1) <= 1e-12, "weights >= 1e-3, summing to 1 within 1e-12"
    assert _eigen_ok(covariances, 1e-2, 1e2), "covariances symmetric with eigenvalues in [1e-2, 1e2]"
    assert isinstance(reg, (int, float)) and not isinstance(reg, bool) and 0 <= reg <= 0.1, "0 <= reg_covar <= 0.1"
    resp, new_w, new_means, new_cov, ll = _reference().gmm_em_step(X, weights, means, covariances, float(reg))
    nk = resp.sum(axis=0)
    assert nk.min() >= 1e-6, f"every N_k = sum_i resp[i, k] >= 1e-6; got {nk.min():.3g}"
    assert _eigen_ok(new_cov, 1e-8, 1e6), "the new covariances have eigenvalues in [1e-8, 1e6]"
    if reg == 0:
        after = _reference().gmm_em_step(X, new_w, new_means, new_cov, 0.0)[4]
        assert after >= ll - 1e-9 * (1 + abs(ll)), f"EM decreased the log-likelihood: {ll} -> {after}"
