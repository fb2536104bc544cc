# expect: WA
# Everything in log space, but the regulariser is forgotten: the covariances are the bare
# weighted scatter matrices.
# says: reg_covar was not added
import numpy as np


def _log_pdf(X, mean, cov):
    d = X.shape[1]
    _sign, log_det = np.linalg.slogdet(cov)
    diff = X - mean
    maha = np.einsum("ij,ij->i", diff @ np.linalg.inv(cov), diff)
    return -0.5 * (d * np.log(2 * np.pi) + log_det + maha)


def gmm_em_step(X, weights, means, covariances, reg_covar):
    n, _d = X.shape
    log_p = np.stack([np.log(w) + _log_pdf(X, m, c) for w, m, c in zip(weights, means, covariances)], axis=1)
    top = log_p.max(axis=1, keepdims=True)
    log_norm = top + np.log(np.exp(log_p - top).sum(axis=1, keepdims=True))
    resp = np.exp(log_p - log_norm)
    nk = resp.sum(axis=0)
    new_means = resp.T @ X / nk[:, None]
    covs = np.array([(resp[:, j, None] * (X - new_means[j])).T @ (X - new_means[j]) / nk[j]
                     for j in range(len(nk))])
    return resp, nk / n, new_means, covs, float(log_norm.mean())
