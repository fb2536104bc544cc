import numpy as np


def kl_divergence(p: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Only terms with p > 0 count: 0 * log(0 / q) = 0 (the limit), whatever q is. They are
    # masked with np.where rather than computed as 0 * log(0) = 0 * -inf = nan.
    support = p > 0
    log_p = np.log(np.where(support, p, 1.0))
    with np.errstate(divide="ignore"):
        # -inf where q = 0: a term with p > 0 there makes KL and H(p, q) +inf, as they are.
        log_q = np.where(support, np.log(q), 0.0)
    cross_entropy = -np.sum(p * log_q, axis=-1)
    entropy = -np.sum(p * log_p, axis=-1)
    # Summed term by term, not as cross_entropy - entropy: no cancellation when p is close to q.
    kl = np.sum(p * (log_p - log_q), axis=-1)
    return kl, cross_entropy, entropy
