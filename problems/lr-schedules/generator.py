"""Random schedules of every kind, each kind its own group of cases (all must pass),
deterministic for the seed in problem.yaml."""


def _case(name, kind, base_lr, n, options):
    return {"name": name, "args": {"kind": kind, "base_lr": base_lr, "num_steps": n, "options": options}}


def generate(rng):
    for n in (100, 1000, 5000):
        size = rng.randrange(1, n // 3)
        options = {"step_size": size, "gamma": rng.choice((0.1, 0.5, 0.9))}
        yield _case(f"step: {n} steps, step_size {size}", "step", rng.choice((0.1, 1e-3)), n, options)
    for n in (100, 1000, 5000):
        milestones = sorted(rng.sample(range(1, n + n // 5), rng.randrange(1, 6)))
        options = {"milestones": milestones, "gamma": rng.choice((0.1, 0.5))}
        yield _case(f"multistep: {n} steps, {len(milestones)} milestones", "multistep", 0.1, n, options)
    for n, gamma in ((100, 0.95), (2000, 0.999), (10000, 0.9995)):
        yield _case(f"exponential: {n} steps, gamma {gamma}", "exponential", rng.choice((0.1, 3e-4)), n, {"gamma": gamma})
    for n, total in ((1000, 1000), (5000, 4000), (300, 1000)):
        warmup = rng.randrange(1, total // 5)
        options = {"warmup_steps": warmup, "total_steps": total, "min_lr": rng.choice((0.0, 1e-5))}
        yield _case(f"warmup_cosine: {n} steps, warmup {warmup}, total {total}", "warmup_cosine", 3e-4, n, options)
