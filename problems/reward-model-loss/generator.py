"""Random reward pairs: a reward model early in training (margins near 0), a confident one
(margins of tens), one that has it backwards, margins near +-1000 and up to +-2 * 10^4, ties,
deterministic for the seed in problem.yaml."""


def _pairs(rng, n, spread, bias=0.0, base=1.0):
    chosen, rejected = [], []
    for _ in range(n):
        r = rng.gauss(0.0, base)
        m = rng.gauss(bias, spread)
        chosen.append(max(-1e4, min(1e4, r + m)))
        rejected.append(r)
    return {"chosen_rewards": chosen, "rejected_rewards": rejected}


def generate(rng):
    yield {"name": "N=16, margins N(0, 1)", "args": _pairs(rng, 16, 1.0)}
    yield {"name": "N=256, a model that mostly agrees (margins N(2, 3))", "args": _pairs(rng, 256, 3.0, 2.0)}
    yield {"name": "N=1000, a model that has it backwards (margins N(-5, 5))", "args": _pairs(rng, 1000, 5.0, -5.0, 10.0)}
    yield {"name": "N=10^4, margins N(0, 20), rewards N(0, 100)", "args": _pairs(rng, 10**4, 20.0, 0.0, 100.0)}
    big = {"chosen_rewards": [], "rejected_rewards": []}
    for _ in range(64):
        sign = rng.choice((1.0, -1.0))
        big["chosen_rewards"].append(sign * rng.uniform(990.0, 1010.0) / 2)
        big["rejected_rewards"].append(-sign * rng.uniform(990.0, 1010.0) / 2)
    yield {"name": "N=64, margins near +-1000", "args": big}
    far = {"chosen_rewards": [rng.uniform(-1e4, 1e4) for _ in range(200)], "rejected_rewards": [rng.uniform(-1e4, 1e4) for _ in range(200)]}
    yield {"name": "N=200, rewards up to +-10^4 (margins up to +-2 * 10^4)", "args": far}
    edge = _pairs(rng, 100, 1.0)
    edge["chosen_rewards"] = [r + rng.choice((1.0, -1.0)) * rng.uniform(30.0, 45.0) for r in edge["rejected_rewards"]]
    yield {"name": "N=100, |margin| in [30, 45], where sigmoid rounds to 0 or 1", "args": edge}
