# expect: WA
# Computes the densities, then normalises them in probability space: a point far from every
# component has every density 0 in float64, and its responsibilities are 0/0 = nan.
# says: normalise in log space with log-sum-exp
import numpy as np


def gmm_em_step(X, weights, means, covariances, reg_covar):
    n, d = X.shape
    k = len(weights)
    p = np.zeros((n, k))
    for j in range(k):
        diff = X - means[j]
        inv = np.linalg.inv(covariances[j])
        norm = 1.0 / np.sqrt((2 * np.pi) ** d * np.linalg.det(covariances[j]))
        p[:, j] = weights[j] * norm * np.exp(-0.5 * np.einsum("ij,jk,ik->i", diff, inv, diff))
    resp = p / p.sum(axis=1, keepdims=True)
    nk = resp.sum(axis=0)
    new_means = resp.T @ X / nk[:, None]
    covs = np.array([(resp[:, j, None] * (X - new_means[j])).T @ (X - new_means[j]) / nk[j] + reg_covar * np.eye(d)
                     for j in range(k)])
    return resp, nk / n, new_means, covs, float(np.mean(np.log(p.sum(axis=1))))
