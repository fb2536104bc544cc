# expect: WA
# Keeps the tokens whose cumulative probability is below p, which drops the token that
# crosses p (and everything, bar nothing, when the top token alone exceeds p).
# says: include the token that crosses p
import numpy as np


def top_p_sample(logits, temperature, p, seed, num_samples):
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    keep = np.zeros(len(probs), dtype=bool)
    keep[order] = np.cumsum(probs[order]) < p
    keep[order[0]] = True  # never an empty nucleus
    filtered = np.where(keep, probs, 0.0)
    filtered /= filtered.sum()
    tokens = np.random.default_rng(seed).choice(len(probs), size=num_samples, p=filtered)
    return filtered, tokens
