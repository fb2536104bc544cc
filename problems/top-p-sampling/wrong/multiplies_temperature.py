# expect: WA
# Multiplies the logits by the temperature instead of dividing: a low temperature flattens
# the distribution instead of sharpening it.
# says: divide the logits by the temperature
import numpy as np


def top_p_sample(logits, temperature, p, seed, num_samples):
    z = logits * temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    before = np.cumsum(probs[order]) - probs[order]
    keep = np.zeros(len(probs), dtype=bool)
    keep[order] = before < p
    filtered = np.where(keep, probs, 0.0)
    filtered /= filtered.sum()
    tokens = np.random.default_rng(seed).choice(len(probs), size=num_samples, p=filtered)
    return filtered, tokens
