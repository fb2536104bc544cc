"""The output against the reference, then a hint when the answer is what a known mistake
produces (the head split or merge by a bare reshape, the wrong scale, no output projection,
transposed weights, the causal mask ignored or applied when it is not asked for)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _mha(x, wq, wk, wv, wo, h, causal, split="transpose", merge="transpose", scale=None, project=True, axis=-1):
    b, t, d = x.shape
    dh = d // h

    def heads(a):
        if split == "reshape":
            return a.reshape(b, h, t, dh)
        return a.reshape(b, t, h, dh).transpose(0, 2, 1, 3)

    q, k, v = heads(x @ wq), heads(x @ wk), heads(x @ wv)
    scores = q @ k.transpose(0, 1, 3, 2) / (np.sqrt(dh) if scale is None else scale)
    if causal:
        scores = np.where(np.tril(np.ones((t, t), dtype=bool)), scores, -np.inf)
    e = np.exp(scores - np.max(scores, axis=axis, keepdims=True))
    weights = e / np.sum(e, axis=axis, keepdims=True)
    out = weights @ v
    merged = out.reshape(b, t, d) if merge == "reshape" else out.transpose(0, 2, 1, 3).reshape(b, t, d)
    return merged @ wo if project else merged


def _mistakes(x, wq, wk, wv, wo, h, causal):
    d = x.shape[-1]
    args = (x, wq, wk, wv, wo, h, causal)
    return [
        ("the heads were split with a bare reshape(B, h, T, d_head), which mixes tokens: "
         "split with reshape(B, T, h, d_head).transpose(0, 2, 1, 3)",
         lambda: _mha(*args, split="reshape", merge="reshape")),
        ("the heads were merged with a bare reshape(B, T, d_model), which mixes tokens: "
         "merge with transpose(0, 2, 1, 3).reshape(B, T, d_model)",
         lambda: _mha(*args, merge="reshape")),
        (f"the scores were scaled by 1/sqrt(d_model): scale by 1/sqrt(d_head) = 1/sqrt({d} / {h})",
         lambda: _mha(*args, scale=np.sqrt(d))),
        ("the scores were not scaled: scale by 1/sqrt(d_head)", lambda: _mha(*args, scale=1.0)),
        ("the output projection is missing: out = merged @ w_o", lambda: _mha(*args, project=False)),
        ("the weights were applied transposed: the projections are x @ w_q, x @ w_k, x @ w_v and merged @ w_o",
         lambda: _mha(x, wq.T, wk.T, wv.T, wo.T, h, causal)),
        ("the softmax ran over the queries: each query's weights are a softmax over the keys (the last axis)",
         lambda: _mha(*args, axis=-2)),
        ("causal=true was ignored: token i attends only to tokens t <= i", lambda: _mha(x, wq, wk, wv, wo, h, False)),
        ("the causal mask was applied though causal is false", lambda: _mha(x, wq, wk, wv, wo, h, True)),
        ("one head over all of d_model: split into num_heads heads of d_head features each",
         lambda: _mha(x, wq, wk, wv, wo, 1, causal)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol)
    if problem is None:
        return True, ""
    x, wq, wk, wv, wo = (np.asarray(args[n], dtype=np.float64) for n in ("x", "w_q", "w_k", "w_v", "w_o"))
    hint = matching_hint(got, _mistakes(x, wq, wk, wv, wo, args["num_heads"], args["causal"]), tol)
    return False, with_hint(problem, hint)
