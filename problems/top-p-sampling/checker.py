"""filtered against the reference (and a hint when it is what a known mistake produces), then
the tokens: inside the nucleus, at the right frequencies (Hoeffding bounds a correct draw
fails with probability below 1e-9 in all), and finally the exact draw for the seed."""

import numpy as np

from judge.ml import FAILURE, compare, fraction_check, matching_hint, to_numpy, tolerance, with_hint

ALGORITHM = "rng = np.random.default_rng(seed); tokens = rng.choice(V, size=num_samples, p=filtered)"


def _softmax(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def _filter(probs, p, cross=True, renormalise=True, stable=True):
    order = np.argsort(-probs, kind="stable") if stable else np.argsort(probs)[::-1]
    ranked = probs[order]
    cumulative = np.cumsum(ranked)
    before = cumulative - ranked
    keep = np.zeros(probs.shape, dtype=bool)
    if p >= 1:
        keep[:] = True
    else:
        keep[order] = before < p if cross else cumulative < p
    filtered = np.where(keep, probs, 0.0)
    return filtered / np.sum(filtered) if renormalise else filtered


def _mistakes(logits, t, p):
    probs = _softmax(logits / t)
    return [
        ("the kept probabilities were not renormalised: divide them by their sum so that filtered sums to 1",
         lambda: _filter(probs, p, renormalise=False)),
        ("the token that crosses p was dropped (cumulative < p): keep the smallest set whose cumulative "
         "probability reaches p, so include the token that crosses p",
         lambda: _filter(probs, p, cross=False)),
        ("the logits were multiplied by the temperature: divide the logits by the temperature, softmax(logits / T)",
         lambda: _filter(_softmax(logits * t), p)),
        ("the temperature was not applied: filtered starts from softmax(logits / T)",
         lambda: _filter(_softmax(logits), p)),
        ("the nucleus was chosen before the temperature was applied: apply the temperature first, then the nucleus",
         lambda: _nucleus_first(logits, t, p)),
        ("ties were broken by the higher index: among equal probabilities the lower token index ranks first",
         lambda: _filter(probs, p, stable=False)),
    ]


def _nucleus_first(logits, t, p):
    keep = _filter(_softmax(logits), p) > 0
    return np.where(keep, _softmax(np.where(keep, logits / t, -np.inf)), 0.0)


def _token_problem(args, expected_probs, expected_tokens, got_probs, tokens):
    v, n = len(expected_probs), args["num_samples"]
    outside = (tokens < 0) | (tokens >= v)
    if not outside.any():
        outside = expected_probs[np.clip(tokens, 0, v - 1)] == 0
    if outside.any():
        first = int(np.argmax(outside))
        nucleus = int((expected_probs > 0).sum())
        return (
            f"tokens: {int(outside.sum())} of {n} samples lie outside the nucleus of {nucleus} tokens "
            f"(first at [{first}]: token {int(tokens[first])}); sample from filtered, the renormalised nucleus, "
            "not from the full softmax"
        )
    kept = np.flatnonzero(expected_probs > 0)
    counts = np.bincount(tokens, minlength=v)
    for i in kept:
        problem = fraction_check(int(counts[i]), n, float(expected_probs[i]), f"tokens: token {int(i)}", FAILURE / len(kept))
        if problem:
            return problem + "; draw the tokens from filtered"
    if np.array_equal(tokens, expected_tokens):
        return None
    # The solution's own filtered agrees to rounding; the draw from it counts as the statement's too.
    try:
        own = np.random.default_rng(args["seed"]).choice(v, size=n, p=got_probs / np.sum(got_probs))
        if np.array_equal(tokens, own):
            return None
    except ValueError:
        pass
    differs = np.flatnonzero(tokens != expected_tokens)
    first = int(differs[0])
    judged = "in the nucleus at the right frequencies" if n >= 1000 else "in the nucleus"
    return (
        f"tokens are {judged}, but differ from the statement's draw ({ALGORITHM}) "
        f"at {len(differs)} of {n} samples, first at [{first}] (expected {int(expected_tokens[first])}, "
        f"got {int(tokens[first])}): draw exactly as the statement says, once"
    )


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    logits = np.asarray(args["logits"], dtype=np.float64)
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return False, compare(expected, got, tol, parts=["filtered", "tokens"])
    problem = compare(expected[0], got[0], tol, "filtered")
    if problem:
        return False, with_hint(problem, matching_hint(got[0], _mistakes(logits, args["temperature"], args["p"]), tol))
    expected_tokens = np.asarray(to_numpy(expected[1]))
    shape = compare(expected[1], got[1], tol, "tokens")
    if shape and ("shape" in shape or "dtype" in shape or "cannot" in shape or "expected an array" in shape):
        return False, shape
    expected_probs = np.asarray(to_numpy(expected[0]), dtype=np.float64)
    got_probs = np.asarray(to_numpy(got[0]), dtype=np.float64).reshape(expected_probs.shape)
    tokens = np.asarray(to_numpy(got[1])).astype(np.int64).reshape(expected_tokens.shape)
    problem = _token_problem(args, expected_probs, expected_tokens, got_probs, tokens)
    return (True, "") if problem is None else (False, problem)
