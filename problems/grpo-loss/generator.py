"""Random GRPO batches: groups of completions of different lengths (right-padded masks), 0/1
and graded rewards, policies near and far from the old and the reference one, deterministic for
the seed in problem.yaml."""

import math


def _row(rng, t, spread_old, spread_ref, eps):
    lp, old, ref = [], [], []
    for _ in range(t):
        x = -rng.uniform(0.0, 6.0)
        while True:
            d = max(-20.0, min(20.0, rng.gauss(0.0, spread_old)))
            if all(abs(d - e) > 1e-3 for e in (math.log(1 - eps), math.log(1 + eps))):
                break
        o = max(-50.0, min(0.0, x - d))
        if abs((x - o) - math.log(1 - eps)) <= 1e-3 or abs((x - o) - math.log(1 + eps)) <= 1e-3:
            o = x
        r = max(-50.0, min(0.0, x - max(-20.0, min(20.0, rng.gauss(0.0, spread_ref)))))
        lp.append(x)
        old.append(o)
        ref.append(r)
    return lp, old, ref


def _case(rng, groups, g, t, spread_old, spread_ref, eps, beta, binary=True):
    args = {"log_probs": [], "old_log_probs": [], "ref_log_probs": [], "mask": [], "rewards": []}
    for _ in range(groups * g):
        lp, old, ref = _row(rng, t, spread_old, spread_ref, eps)
        length = rng.randint(0, t) if rng.random() < 0.1 else rng.randint(1, t)
        args["log_probs"].append(lp)
        args["old_log_probs"].append(old)
        args["ref_log_probs"].append(ref)
        args["mask"].append([j < length for j in range(t)])
        args["rewards"].append(float(rng.random() < 0.5) if binary else round(rng.uniform(-5.0, 5.0), 3))
    return {**args, "group_size": g, "epsilon": eps, "beta": beta}


def generate(rng):
    yield {"name": "2 groups of 4, T=8, ratios near 1, 0/1 rewards", "args": _case(rng, 2, 4, 8, 0.05, 0.1, 0.2, 0.04)}
    yield {"name": "8 groups of 8, T=64, ratios across the clip range", "args": _case(rng, 8, 8, 64, 0.3, 0.5, 0.2, 0.1, binary=False)}
    yield {"name": "16 groups of 16, T=128, beta=0 (no KL)", "args": _case(rng, 16, 16, 128, 0.2, 0.3, 0.1, 0.0)}
    yield {"name": "4 groups of 64, T=256, graded rewards", "args": _case(rng, 4, 64, 256, 0.2, 0.2, 0.28, 0.04, binary=False)}
    far = _case(rng, 3, 5, 32, 4.0, 4.0, 0.2, 1.0, binary=False)
    yield {"name": "3 groups of 5, T=32, ratios far outside the range, beta=1", "args": far}
    yield {"name": "64 groups of 2, T=16", "args": _case(rng, 64, 2, 16, 0.3, 0.3, 0.2, 0.05)}
