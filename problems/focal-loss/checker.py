"""The loss against the reference, then a hint when the answer is what a known mistake
produces (log of a softmax that underflowed, p_t^gamma for (1 - p_t)^gamma, alpha left out
or normalised away, a sum for the mean, the sigmoid variant)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint
from judge.values import decode


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def _loss(logits, labels, gamma, alpha, log_probs=None, factor=None, weights=True, normalise=False, reduce=np.mean):
    rows = np.arange(len(labels))
    log_pt = (_log_softmax(logits) if log_probs is None else log_probs)[rows, labels]
    pt = np.exp(_log_softmax(logits)[rows, labels])
    modulating = (1 - pt) ** gamma if factor is None else factor(pt) ** gamma
    weight = alpha[labels] if alpha is not None and weights else np.ones(len(labels))
    per_example = -weight * modulating * log_pt
    if normalise:
        return np.sum(per_example) / np.sum(weight)
    return reduce(per_example)


def _sigmoid_focal(logits, labels, gamma, alpha):
    """torchvision's sigmoid_focal_loss: one-vs-rest, every class a binary problem."""
    onehot = np.zeros_like(logits)
    onehot[np.arange(len(labels)), labels] = 1.0
    log_p = -np.logaddexp(0.0, -logits)
    log_not_p = -np.logaddexp(0.0, logits)
    p = np.exp(log_p)
    pt = np.where(onehot == 1, p, 1 - p)
    log_pt = np.where(onehot == 1, log_p, log_not_p)
    weight = np.ones_like(logits) if alpha is None else np.where(onehot == 1, alpha, 1 - alpha)
    return np.mean(np.sum(-weight * (1 - pt) ** gamma * log_pt, axis=1))


def _mistakes(logits, labels, gamma, alpha):
    n = len(labels)
    a = (logits, labels, gamma, alpha)
    candidates = [
        ("log(softmax(z)) is log(0) = -inf once p_t underflows (the true class 2000 below another): "
         "take log p_t from log-softmax directly, z - max(z) - log(sum(exp(z - max(z))))",
         lambda: _loss(*a, log_probs=np.log(np.exp(_log_softmax(logits))))),
        ("exp() of large logits overflowed: subtract each row's maximum before exponentiating",
         lambda: _loss(*a, log_probs=np.log(np.exp(logits) / np.sum(np.exp(logits), axis=1, keepdims=True)))),
        ("the modulating factor is (1 - p_t)^gamma, which shrinks the loss of easy examples (p_t near 1); "
         "p_t^gamma does the opposite", lambda: _loss(*a, factor=lambda pt: pt)),
        ("this is the sigmoid (one-vs-rest) focal loss; the statement's is the softmax focal loss, "
         "p_t = softmax(logits)[label]", lambda: _sigmoid_focal(*a)),
    ]
    if alpha is not None:
        candidates += [
            ("the mean divides by sum(alpha[labels]) (PyTorch's weighted cross-entropy convention); "
             "the statement's mean divides by N", lambda: _loss(*a, normalise=True)),
            ("alpha was not applied: weight example i by alpha[labels[i]]", lambda: _loss(*a, weights=False)),
        ]
    candidates.append((f"the loss is N = {n} times too large: average over the batch, do not sum",
                       lambda: _loss(*a, reduce=np.sum)))
    return candidates


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    expected, got = decode(expected), decode(got)  # judge validate passes the examples' answers encoded
    problem = compare(expected, got, tol, name="loss")
    if problem is None:
        return True, ""
    logits = np.asarray(args["logits"], dtype=np.float64)
    labels = np.asarray(args["labels"], dtype=np.int64)
    alpha = None if args["alpha"] is None else np.asarray(args["alpha"], dtype=np.float64)
    with np.errstate(all="ignore"):
        hint = matching_hint(got, _mistakes(logits, labels, args["gamma"], alpha), tol)
    return False, with_hint(problem, hint)
