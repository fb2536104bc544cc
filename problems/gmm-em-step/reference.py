import numpy as np


def _log_gaussian(X, means, covariances):
    """log N(x_i | mu_k, Sigma_k) for every point and component, (n, K), through Cholesky factors:
    the Mahalanobis term is a triangular solve and log det is twice the sum of log diag(L)."""
    n, d = X.shape
    out = np.empty((n, len(means)))
    for k, (mu, cov) in enumerate(zip(means, covariances)):
        chol = np.linalg.cholesky(cov)
        z = np.linalg.solve(chol, (X - mu).T)  # L z = x - mu, so |z|^2 is the Mahalanobis distance
        log_det = 2.0 * np.sum(np.log(np.diag(chol)))
        out[:, k] = -0.5 * (d * np.log(2.0 * np.pi) + log_det + np.sum(z * z, axis=0))
    return out


def gmm_em_step(X, weights, means, covariances, reg_covar):
    _n, d = X.shape
    # E-step in log space: far-away points have every log N around -1e6, and exp() of all of
    # them is 0; subtracting the row's maximum keeps the largest term at exp(0) = 1.
    weighted = _log_gaussian(X, means, covariances) + np.log(weights)
    top = np.max(weighted, axis=1, keepdims=True)
    log_norm = top[:, 0] + np.log(np.sum(np.exp(weighted - top), axis=1))
    resp = np.exp(weighted - log_norm[:, None])
    # M-step, as scikit-learn's _estimate_gaussian_parameters: N_k gets 10 eps so that an
    # empty component divides by a tiny number rather than by 0.
    nk = resp.sum(axis=0) + 10 * np.finfo(np.float64).eps
    new_weights = nk / nk.sum()
    new_means = resp.T @ X / nk[:, None]
    new_covariances = np.empty((len(nk), d, d))
    for k in range(len(nk)):
        diff = X - new_means[k]
        new_covariances[k] = (resp[:, k] * diff.T) @ diff / nk[k]
        new_covariances[k].flat[:: d + 1] += reg_covar
    return resp, new_weights, new_means, new_covariances, float(np.mean(log_norm))
