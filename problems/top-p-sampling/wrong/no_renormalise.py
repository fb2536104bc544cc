# expect: WA
# Zeroes the tokens outside the nucleus but returns the kept probabilities as they were
# (they sum to less than 1); samples with numpy's own renormalisation.
# says: the kept probabilities were not renormalised
import numpy as np


def top_p_sample(logits, temperature, p, seed, num_samples):
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    before = np.cumsum(probs[order]) - probs[order]
    keep = np.zeros(len(probs), dtype=bool)
    keep[order] = before < p
    filtered = np.where(keep, probs, 0.0)
    tokens = np.random.default_rng(seed).choice(len(probs), size=num_samples, p=filtered / filtered.sum())
    return filtered, tokens
