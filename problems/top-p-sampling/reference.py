import numpy as np


def top_p_sample(logits: np.ndarray, temperature: float, p: float, seed: int, num_samples: int) -> tuple[np.ndarray, np.ndarray]:
    z = logits / temperature
    e = np.exp(z - np.max(z))
    probs = e / np.sum(e)
    order = np.argsort(-probs, kind="stable")  # most probable first; ties: the lower index first
    ranked = probs[order]
    before = np.concatenate(([0.0], np.cumsum(ranked)[:-1]))  # mass of the tokens ranked above
    keep = np.zeros(probs.shape, dtype=bool)
    keep[order] = before < p if p < 1 else True
    filtered = np.where(keep, probs, 0.0)
    filtered = filtered / np.sum(filtered)
    tokens = np.random.default_rng(seed).choice(len(filtered), size=num_samples, p=filtered)
    return filtered, tokens.astype(np.int64)
