"""loss and grad against the reference, grad against centred finite differences of the loss,
and a hint when the answer is what a known mistake produces."""

import numpy as np

from judge.ml import compare, gradient_check, matching_hint, to_numpy, tolerance, with_hint

PARTS = ["loss", "grad"]


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def mean_loss(logits, labels):
    return -float(np.mean(_log_softmax(logits)[np.arange(len(labels)), labels]))


def _answer(logits, labels, loss_scale=1.0, grad_scale=1.0, log_probs=None):
    n = len(labels)
    log_p = _log_softmax(logits) if log_probs is None else log_probs
    onehot = np.zeros_like(logits)
    onehot[np.arange(n), labels] = 1.0
    loss = -float(np.mean(log_p[np.arange(n), labels])) * loss_scale
    return loss, (np.exp(_log_softmax(logits)) - onehot) / n * grad_scale


def _mistakes(logits, labels):
    n = len(labels)
    return [
        (f"grad is N = {n} times too large: the loss is a mean over the batch, so its gradient is (softmax - onehot) / N",
         lambda: _answer(logits, labels, grad_scale=n)),
        (f"loss and grad are both N = {n} times too large: average over the batch, do not sum",
         lambda: _answer(logits, labels, loss_scale=n, grad_scale=n)),
        ("log(softmax(z)) is log(0) = -inf once a probability underflows: compute log-softmax directly, "
         "z - max(z) - log(sum(exp(z - max(z))))",
         lambda: _answer(logits, labels, log_probs=np.log(np.exp(_log_softmax(logits))))),
        ("exp() of large logits overflowed: subtract each row's maximum before exponentiating",
         lambda: _answer(logits, labels, log_probs=np.log(np.exp(logits) / np.sum(np.exp(logits), axis=1, keepdims=True)))),
        ("grad has the wrong sign: d loss / d logits = (softmax - onehot) / N",
         lambda: _answer(logits, labels, grad_scale=-1.0)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    logits = np.asarray(args["logits"], dtype=np.float64)
    labels = np.asarray(args["labels"], dtype=np.int64)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        # The reference agrees; the finite differences hold both to the loss's definition.
        grad = np.asarray(to_numpy(got[1]), dtype=np.float64)
        problem = gradient_check(lambda z: mean_loss(z, labels), logits, grad, name="grad")
    if problem is None:
        return True, ""
    return False, with_hint(problem, matching_hint(got, _mistakes(logits, labels), tol, parts=PARTS))
