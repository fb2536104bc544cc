"""Xavier and Kaiming initialisation: the shape, then the distribution's statistics (support,
mean and spread, bounds a correct draw fails with probability below 1e-9), then the exact
draw for the seed. A wrong answer is matched against what each known mistake (a wrong fan, a
wrong gain, the wrong bound, the other distribution) draws from the same seed, and failing
that, against each mistake's statistics."""

import math

import numpy as np

from judge.ml import compare, matching_hint, normal_check, to_numpy, tolerance, uniform_check, with_hint

ALGORITHM = "rng = np.random.default_rng(seed); rng.uniform(-bound, bound, size=shape) or rng.normal(0.0, std, size=shape)"


def _fans(shape, receptive_field=True, swapped=False):
    receptive = math.prod(shape[2:]) if receptive_field else 1
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    return (fan_out, fan_in) if swapped else (fan_in, fan_out)


def _std(kind, fan_in, fan_out, gain=None):
    if kind == "xavier":
        return (1.0 if gain is None else gain) * math.sqrt(2.0 / (fan_in + fan_out))
    return (math.sqrt(2.0) if gain is None else gain) / math.sqrt(fan_in)


def _mistakes(shape, kind, distribution):
    """(hint, distribution, std) for each known mistake; std is the drawn distribution's."""
    fan_in, fan_out = _fans(shape)
    right = _std(kind, fan_in, fan_out)
    bound_factor = math.sqrt(3.0) if distribution == "uniform" else 1.0
    found = []
    if len(shape) > 2:
        found.append((
            "the fans ignore the receptive field: for a conv weight (out, in, *kernel), fan_in = shape[1] * prod(shape[2:]) "
            "and fan_out = shape[0] * prod(shape[2:])",
            distribution, _std(kind, *_fans(shape, receptive_field=False))))
    if kind == "kaiming":
        found += [
            ("fan_in and fan_out are swapped: PyTorch weights are (out, in, *kernel), so fan_in = shape[1] * prod(shape[2:]) "
             "(shape[0] is fan_out, the (in, out) layout of Keras)", distribution, _std(kind, *_fans(shape, swapped=True))),
            ("the ReLU gain is missing: Kaiming uses gain sqrt(2), std = sqrt(2 / fan_in)", distribution, 1 / math.sqrt(fan_in)),
            ("the ReLU gain is sqrt(2), not 2: std = sqrt(2) / sqrt(fan_in)", distribution, 2 / math.sqrt(fan_in)),
            ("Kaiming (fan_in mode) uses fan_in alone, not fan_in + fan_out: std = sqrt(2 / fan_in)",
             distribution, math.sqrt(2.0 / (fan_in + fan_out))),
        ]
    else:
        found += [
            ("Xavier uses both fans: std = sqrt(2 / (fan_in + fan_out)), not sqrt(1 / fan_in)", distribution, 1 / math.sqrt(fan_in)),
            ("Xavier's variance is 2 / (fan_in + fan_out), not 1 / (fan_in + fan_out)",
             distribution, math.sqrt(1.0 / (fan_in + fan_out))),
            ("Xavier has gain 1 here; sqrt(2) is the ReLU gain of Kaiming", distribution, math.sqrt(2.0) * right),
        ]
    if distribution == "uniform":
        found += [
            ("the uniform bound must be sqrt(3) * std (U(-a, a) has std a / sqrt(3)): "
             "bound = sqrt(6 / (fan_in + fan_out)) for Xavier, sqrt(6 / fan_in) for Kaiming", "uniform", right / math.sqrt(3.0)),
            ("these look like normal draws, but the uniform variant was asked: rng.uniform(-bound, bound, size=shape)",
             "normal", right),
        ]
    else:
        found += [
            ("the normal variant's std is the bound / sqrt(3): std = sqrt(2 / (fan_in + fan_out)) for Xavier, "
             "sqrt(2 / fan_in) for Kaiming; sqrt(6 / ...) is the uniform bound", "normal", right * math.sqrt(3.0)),
            ("these look like uniform draws, but the normal variant was asked: rng.normal(0.0, std, size=shape)",
             "uniform", right * bound_factor),
        ]
    found.append(("std is the variance, not its square root: take the sqrt", distribution, right * right))
    return [(hint, dist, std) for hint, dist, std in found if not (dist == distribution and math.isclose(std, right))]


def _draw(shape, distribution, std, seed):
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        bound = math.sqrt(3.0) * std
        return rng.uniform(-bound, bound, size=tuple(shape))
    return rng.normal(0.0, std, size=tuple(shape))


def _statistics(values, distribution, std):
    if distribution == "uniform":
        bound = math.sqrt(3.0) * std
        return uniform_check(values, -bound, bound, f"weights (expected U(-{bound:.6g}, {bound:.6g}))")
    return normal_check(values, 0.0, std, f"weights (expected N(0, {std:.6g}^2))")


def _hint(got, values, shape, mistakes, seed, tol, statistical):
    """The mistake whose draw from this seed ``got`` is; failing that (a different generator),
    with ``statistical``, the first mistake whose distribution the sample fits."""
    draws = [(hint, lambda d=dist, s=std: _draw(shape, d, s, seed)) for hint, dist, std in mistakes]
    exact = matching_hint(got, draws, tol)
    if exact or not statistical:
        return exact
    fits = [hint for hint, dist, std in mistakes if _statistics(values, dist, std) is None]
    if not fits:
        return None
    if len(fits) == 1:
        return f"the sample fits this mistake: {fits[0]}"
    return "the sample fits each of these mistakes (they give the same spread for this shape): " + "; or ".join(fits)


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    shape, kind, distribution, seed = args["shape"], args["kind"], args["distribution"], args["seed"]
    problem = compare(expected, got, tol)
    if problem is not None and not problem.startswith("output: "):
        return False, problem  # a wrong shape or dtype, a nan or an inf, not an array: said as such
    values = np.asarray(to_numpy(got), dtype=np.float64)
    fan_in, fan_out = _fans(shape)
    std = _std(kind, fan_in, fan_out)
    mistakes = _mistakes(shape, kind, distribution)
    statistics = _statistics(values, distribution, std)
    if statistics:
        return False, with_hint(statistics, _hint(got, values, shape, mistakes, seed, tol, statistical=True))
    if problem is None:
        return True, ""
    hint = _hint(got, values, shape, mistakes, seed, tol, statistical=False)
    if hint:
        return False, with_hint(problem, hint)
    return False, (
        f"{problem}: the values fit the distribution, but they are not the statement's draw ({ALGORITHM}) "
        "with this seed: draw exactly as the statement says, once, with the whole shape"
    )
