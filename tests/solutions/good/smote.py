# Written unlike the reference: distances by the |a|^2 + |b|^2 - 2 a.b expansion, neighbours
# ranked with np.lexsort on (index, distance), the point as (1 - gap) a + gap b, one at a time.
import numpy as np


def smote(X, y, k, seed):
    counts = np.bincount(y, minlength=2)
    P = X[y == np.argmin(counts)]
    m, n_new = len(P), int(abs(counts[1] - counts[0]))
    sq = np.einsum("ij,ij->i", P, P)
    d2 = sq[:, None] + sq[None, :] - 2.0 * P @ P.T
    neighbours = np.empty((m, k), dtype=np.int64)
    index = np.arange(m)
    for i in range(m):
        others = index[index != i]
        order = np.lexsort((others, d2[i, others]))  # by distance, then by index
        neighbours[i] = others[order[:k]]
    rng = np.random.default_rng(seed)
    s = rng.integers(0, m * k, size=n_new)
    gap = rng.random(n_new)
    out = np.empty((n_new, X.shape[1]))
    for j in range(n_new):
        a, b = P[s[j] // k], P[neighbours[s[j] // k, s[j] % k]]
        out[j] = (1.0 - gap[j]) * a + gap[j] * b
    return out
