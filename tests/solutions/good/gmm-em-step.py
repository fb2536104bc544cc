# Written unlike the reference: explicit inverses and slogdet instead of Cholesky solves, the
# log-sum-exp by np.logaddexp.reduce, responsibilities-weighted moments by einsum, and no
# 10 * eps guard (every case keeps N_k >= 1e-6, where it is far below the tolerance).
import numpy as np


def gmm_em_step(X, weights, means, covariances, reg_covar):
    n, d = X.shape
    log_p = np.empty((n, len(weights)))
    for k in range(len(weights)):
        _, log_det = np.linalg.slogdet(covariances[k])
        diff = X - means[k]
        maha = np.einsum("ni,ij,nj->n", diff, np.linalg.inv(covariances[k]), diff)
        log_p[:, k] = np.log(weights[k]) - 0.5 * (d * np.log(2 * np.pi) + log_det + maha)
    log_norm = np.logaddexp.reduce(log_p, axis=1)
    resp = np.exp(log_p - log_norm[:, None])
    nk = resp.sum(axis=0)
    new_means = np.einsum("nk,nd->kd", resp, X) / nk[:, None]
    centred = X[None, :, :] - new_means[:, None, :]
    covs = np.einsum("nk,kni,knj->kij", resp, centred, centred) / nk[:, None, None]
    covs += reg_covar * np.eye(d)[None]
    return resp, nk / n, new_means, covs, float(log_norm.mean())
