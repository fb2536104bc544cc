"""The loss and the four gradients against the reference, each gradient against centred
finite differences of the loss in its own parameter, and a hint when the answer is what a
known mistake produces."""

import numpy as np

from judge.ml import compare, gradient_check, matching_hint, to_numpy, tolerance, with_hint

PARTS = ["loss", "dW1", "db1", "dW2", "db2"]
PARAMS = ["W1", "b1", "W2", "b2"]


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def mean_loss(p, labels):
    h = np.maximum(p["x"] @ p["W1"] + p["b1"], 0.0)
    log_p = _log_softmax(h @ p["W2"] + p["b2"])
    return -float(np.mean(log_p[np.arange(len(labels)), labels]))


def _answer(p, labels, relu_mask=True, scale=1.0, loss_scale=1.0, bias_scale=1.0, unstable=False):
    n = len(labels)
    rows = np.arange(n)
    a = p["x"] @ p["W1"] + p["b1"]
    h = np.maximum(a, 0.0)
    z = h @ p["W2"] + p["b2"]
    if unstable:
        e = np.exp(z)
        probs = e / e.sum(axis=1, keepdims=True)
        log_p = np.log(probs)
    else:
        log_p = _log_softmax(z)
        probs = np.exp(log_p)
    loss = -float(np.mean(log_p[rows, labels])) * loss_scale
    dz = probs.copy()
    dz[rows, labels] -= 1.0
    dz *= scale / n
    da = dz @ p["W2"].T
    if relu_mask:
        da = da * (a > 0)
    return loss, p["x"].T @ da, da.sum(axis=0) * bias_scale, h.T @ dz, dz.sum(axis=0) * bias_scale


def _mistakes(p, labels):
    n = len(labels)
    return [
        ("the gradient went through the ReLU unmasked: multiply by ReLU'(a) = (a > 0), the pre-activation x @ W1 + b1, "
         "so dead units pass no gradient",
         lambda: _answer(p, labels, relu_mask=False)),
        (f"the gradients are N = {n} times too large: the loss is a mean over the batch, so d loss / d logits = "
         "(softmax - onehot) / N",
         lambda: _answer(p, labels, scale=n)),
        (f"loss and gradients are N = {n} times too large: average the loss over the batch, do not sum",
         lambda: _answer(p, labels, scale=n, loss_scale=n)),
        (f"db1 and db2 are N = {n} times too small: a bias gradient is the sum over the batch of d loss / d "
         "pre-activation (the 1/N is already in d loss / d logits), not its mean",
         lambda: _answer(p, labels, bias_scale=1.0 / n)),
        ("log(softmax(z)) overflowed or took log(0) = -inf: compute log-softmax directly, "
         "z - max(z) - log(sum(exp(z - max(z))))",
         lambda: _answer(p, labels, unstable=True)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    p = {name: np.asarray(args[name], dtype=np.float64) for name in ("x", *PARAMS)}
    labels = np.asarray(args["labels"], dtype=np.int64)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        # The reference agrees; finite differences hold each gradient to the loss's definition.
        for name, grad in zip(PARAMS, got[1:]):
            def loss_in(value, name=name):
                return mean_loss({**p, name: value}, labels)

            problem = gradient_check(loss_in, p[name], np.asarray(to_numpy(grad), dtype=np.float64), name=f"d{name}")
            if problem:
                break
    if problem is None:
        return True, ""
    return False, with_hint(problem, matching_hint(got, _mistakes(p, labels), tol, parts=PARTS))
