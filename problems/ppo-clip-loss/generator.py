"""Random batches of log-probabilities and advantages: ratios near 1 (the first epochs), far
outside the clip range, and every sign of the advantage, deterministic for the seed in
problem.yaml."""

import math


def _case(rng, n, spread, eps, adv_scale=1.0):
    old, new, adv = [], [], []
    for _ in range(n):
        o = -rng.uniform(0.01, 8.0)
        while True:
            d = rng.gauss(0.0, spread)
            if all(abs(d - e) > 1e-3 for e in (math.log(1 - eps), math.log(1 + eps))):
                break
        d = max(-20.0, min(20.0, d, -o))
        nl = max(-50.0, o + d)
        old.append(o)
        new.append(nl)
        adv.append(max(-100.0, min(100.0, rng.gauss(0.0, adv_scale))))
    return {"new_log_probs": new, "old_log_probs": old, "advantages": adv, "epsilon": eps}


def generate(rng):
    yield {"name": "N=64, ratios near 1, epsilon=0.2", "args": _case(rng, 64, 0.1, 0.2)}
    yield {"name": "N=512, ratios across the clip range, epsilon=0.2", "args": _case(rng, 512, 0.3, 0.2)}
    yield {"name": "N=2000, epsilon=0.1, advantages N(0, 10)", "args": _case(rng, 2000, 0.2, 0.1, 10.0)}
    yield {"name": "N=256, ratios far outside the range (log-ratio N(0, 5))", "args": _case(rng, 256, 5.0, 0.2)}
    yield {"name": "N=10000, epsilon=0.3", "args": _case(rng, 10**4, 0.5, 0.3)}
    yield {"name": "N=100, epsilon=0.05, large advantages", "args": _case(rng, 100, 0.2, 0.05, 50.0)}
