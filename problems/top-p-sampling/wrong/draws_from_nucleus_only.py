# expect: WA
# The right distribution, drawn differently: rng.choice over the nucleus's own indices, so
# the tokens are statistically right but not the statement's draw for the seed.
# says: differ from the statement's draw
import numpy as np


def top_p_sample(logits, temperature, p, seed, num_samples):
    z = logits / temperature
    probs = np.exp(z - z.max())
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    before = np.cumsum(probs[order]) - probs[order]
    kept = order[before < p]
    filtered = np.zeros(len(probs))
    filtered[kept] = probs[kept] / probs[kept].sum()
    tokens = np.random.default_rng(seed).choice(kept, size=num_samples, p=filtered[kept])
    return filtered, tokens
