# expect: WA
# A correct step, but the log-likelihood reported is that of the new parameters (a second
# E-step), not of the parameters given.
# says: log_likelihood is that of the new parameters
import numpy as np


def _log_p(X, weights, means, covariances):
    d = X.shape[1]
    cols = []
    for w, m, c in zip(weights, means, covariances):
        _sign, log_det = np.linalg.slogdet(c)
        diff = X - m
        maha = np.einsum("ij,ij->i", diff @ np.linalg.inv(c), diff)
        cols.append(np.log(w) - 0.5 * (d * np.log(2 * np.pi) + log_det + maha))
    return np.stack(cols, axis=1)


def _logsumexp(a):
    top = a.max(axis=1, keepdims=True)
    return top + np.log(np.exp(a - top).sum(axis=1, keepdims=True))


def gmm_em_step(X, weights, means, covariances, reg_covar):
    n, d = X.shape
    log_p = _log_p(X, weights, means, covariances)
    resp = np.exp(log_p - _logsumexp(log_p))
    nk = resp.sum(axis=0)
    new_means = resp.T @ X / nk[:, None]
    covs = np.array([(resp[:, j, None] * (X - new_means[j])).T @ (X - new_means[j]) / nk[j] + reg_covar * np.eye(d)
                     for j in range(len(nk))])
    new_weights = nk / n
    return resp, new_weights, new_means, covs, float(_logsumexp(_log_p(X, new_weights, new_means, covs)).mean())
