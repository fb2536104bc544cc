"""y against the reference, then a hint when the answer is what a known mistake produces
(alpha unscaled by r, rsLoRA's sqrt(r), r/alpha, the scale on the whole output, no update,
no bias)."""

import math

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _lora(x, W, b, A, B, scale, base_scale=1.0):
    return base_scale * (x @ W.T + b) + scale * ((x @ A.T) @ B.T)


def _mistakes(x, W, b, A, B, alpha):
    r = A.shape[0]
    right = alpha / r
    return [
        (f"the update was scaled by alpha = {alpha:g}, not alpha / r = {right:g}: scale the LoRA update by alpha / r",
         lambda: _lora(x, W, b, A, B, alpha)),
        (f"the update was scaled by alpha / sqrt(r) (rsLoRA's choice): this layer scales the LoRA update by alpha / r = {right:g}",
         lambda: _lora(x, W, b, A, B, alpha / math.sqrt(r))),
        (f"the scale is upside down (r / alpha): scale the LoRA update by alpha / r = {right:g}",
         lambda: _lora(x, W, b, A, B, r / alpha)),
        ("the LoRA update was not scaled: multiply (x A^T) B^T by alpha / r",
         lambda: _lora(x, W, b, A, B, 1.0)),
        ("alpha / r scaled the whole output: scale only the low-rank update, y = x W^T + b + (alpha / r) (x A^T) B^T",
         lambda: _lora(x, W, b, A, B, right, base_scale=right)),
        ("the LoRA update is missing: add (alpha / r) (x A^T) B^T to the frozen layer's output",
         lambda: _lora(x, W, b, A, B, 0.0)),
        ("the bias b is missing: y = x W^T + b + (alpha / r) (x A^T) B^T", lambda: _lora(x, W, 0 * b, A, B, right)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol)
    if problem is None:
        return True, ""
    arrays = {name: np.asarray(args[name], dtype=np.float64) for name in ("x", "W", "b", "A", "B")}
    mistakes = _mistakes(arrays["x"], arrays["W"], arrays["b"], arrays["A"], arrays["B"], float(args["alpha"]))
    return False, with_hint(problem, matching_hint(got, mistakes, tol))
