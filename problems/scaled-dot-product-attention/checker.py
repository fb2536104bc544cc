"""out and weights against the reference, then a hint when the answer is what a known mistake
produces (no 1/sqrt(d_k) scale, softmax over the queries, the causal mask off by one, the
padding mask read backwards, fully masked rows turned into nan or a uniform average)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["out", "weights"]


def _attend(q, k, v, causal, mask, scale=None, axis=-1, diagonal=0, invert_mask=False, fill=None):
    b, tq, d_k = q.shape
    tk = k.shape[1]
    scores = q @ np.swapaxes(k, -1, -2) / (np.sqrt(d_k) if scale is None else scale)
    allowed = np.ones((b, tq, tk), dtype=bool)
    if causal:
        allowed &= np.tril(np.ones((tq, tk), dtype=bool), diagonal)
    if mask is not None:
        allowed &= ~mask[:, None, :] if invert_mask else mask[:, None, :]
    if fill is not None:  # masking by adding a constant (-1e9, or -inf that turns a dead row into nan)
        scores = np.where(allowed, scores, fill)
        e = np.exp(scores - np.max(scores, axis=axis, keepdims=True))
        weights = e / np.sum(e, axis=axis, keepdims=True)
        return weights @ v, weights
    scores = np.where(allowed, scores, -np.inf)
    top = np.max(scores, axis=axis, keepdims=True)
    e = np.where(allowed, np.exp(scores - np.where(np.isfinite(top), top, 0.0)), 0.0)
    total = np.sum(e, axis=axis, keepdims=True)
    weights = e / np.where(total > 0, total, 1.0)
    return weights @ v, weights


def _mistakes(q, k, v, causal, mask):
    d_k = q.shape[-1]
    return [
        ("the scores were not scaled: scale the scores by 1/sqrt(d_k), softmax(q @ k^T / sqrt(d_k))",
         lambda: _attend(q, k, v, causal, mask, scale=1.0)),
        ("the scores were divided by d_k: scale the scores by 1/sqrt(d_k), not 1/d_k",
         lambda: _attend(q, k, v, causal, mask, scale=float(d_k))),
        ("this is softmax over the queries (axis -2): each query's weights are a softmax over the keys (the last axis)",
         lambda: _attend(q, k, v, causal, mask, axis=-2)),
        ("the causal mask hides the diagonal: query i attends to keys j <= i, itself included",
         lambda: _attend(q, k, v, causal, mask, diagonal=-1)),
        ("the causal mask lets query i see key i + 1: query i attends to keys j <= i only",
         lambda: _attend(q, k, v, causal, mask, diagonal=1)),
        ("the padding mask is read backwards: mask[b, j] is True for a real key (attend) and False for padding",
         lambda: _attend(q, k, v, causal, mask, invert_mask=True)),
        ("a fully masked row came out as nan (softmax of all -inf is 0/0): "
         "a query with no key to attend to gets zero weights and a zero output",
         lambda: _attend(q, k, v, causal, mask, fill=-np.inf)),
        ("masking with a large negative number turns a fully masked row into a uniform average: "
         "a query with no key to attend to gets zero weights and a zero output",
         lambda: _attend(q, k, v, causal, mask, fill=-1e9)),
        ("causal=true was ignored: query i may not attend to keys j > i",
         lambda: _attend(q, k, v, False, mask)),
        ("the padding mask was ignored: keys where mask[b, j] is False get weight 0",
         lambda: _attend(q, k, v, causal, None)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    q, k, v = (np.asarray(args[name], dtype=np.float64) for name in ("q", "k", "v"))
    mask = None if args["mask"] is None else np.asarray(args["mask"], dtype=bool)
    return False, with_hint(problem, matching_hint(got, _mistakes(q, k, v, args["causal"], mask), tol, parts=PARTS))
