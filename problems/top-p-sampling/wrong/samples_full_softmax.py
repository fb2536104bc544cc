# expect: WA
# Computes the nucleus right but samples from the temperature softmax before filtering.
# says: lie outside the nucleus
# says: not from the full softmax
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
    filtered /= filtered.sum()
    tokens = np.random.default_rng(seed).choice(len(probs), size=num_samples, p=probs)
    return filtered, tokens
