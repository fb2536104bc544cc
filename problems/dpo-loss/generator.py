"""Random sequence log-probabilities of chosen and rejected answers under a policy and its
frozen reference: the first step (policy == reference), a policy that has moved a little or a
lot either way, long sequences, and several betas, deterministic for the seed in problem.yaml."""


def _clamp(x):
    return max(-1e4, min(0.0, x))


def _case(rng, n, length, drift, beta, same=False):
    args = {"policy_chosen_logps": [], "policy_rejected_logps": [], "ref_chosen_logps": [], "ref_rejected_logps": []}
    for _ in range(n):
        rc = _clamp(-rng.uniform(0.5, 2.0) * length)
        rr = _clamp(-rng.uniform(0.5, 2.0) * length)
        pc = rc if same else _clamp(rc + rng.gauss(0.0, drift))
        pr = rr if same else _clamp(rr + rng.gauss(0.0, drift))
        for key, value in zip(args, (pc, pr, rc, rr)):
            args[key].append(value)
    return {**args, "beta": beta}


def generate(rng):
    yield {"name": "N=8, beta=0.1, policy == reference (loss log 2)", "args": _case(rng, 8, 20, 0.0, 0.1, same=True)}
    yield {"name": "N=64, beta=0.1, small drift", "args": _case(rng, 64, 50, 2.0, 0.1)}
    yield {"name": "N=512, beta=0.5, drift N(0, 20)", "args": _case(rng, 512, 100, 20.0, 0.5)}
    yield {"name": "N=10^4, beta=0.05", "args": _case(rng, 10**4, 30, 5.0, 0.05)}
    yield {"name": "N=128, beta=10, long sequences (|beta * logits| in the thousands)", "args": _case(rng, 128, 2000, 300.0, 10.0)}
    yield {"name": "N=100, beta=0.001", "args": _case(rng, 100, 200, 50.0, 0.001)}
