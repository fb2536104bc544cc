"""The output against the reference, then a hint when the answer is what a known mistake
produces (key/value heads tiled instead of repeated, every query head on key/value head 0,
the causal mask aligned to the top left when T_q < T_k, no or the wrong scale, the causal
mask ignored or applied when it is not asked for)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint


def _gqa(q, k, v, causal, heads="repeat", scale=None, align="bottom-right", axis=-1):
    _, h_q, t_q, d = q.shape
    h_kv, t_k = k.shape[1], k.shape[2]
    group = h_q // h_kv
    if heads == "repeat":
        index = np.arange(h_q) // group
    elif heads == "tile":
        index = np.arange(h_q) % h_kv
    else:
        index = np.zeros(h_q, dtype=int)
    k, v = k[:, index], v[:, index]
    scores = q @ np.swapaxes(k, -1, -2) / (np.sqrt(d) if scale is None else scale)
    if causal:
        shift = t_k - t_q if align == "bottom-right" else 0
        allowed = np.arange(t_k)[None, :] <= np.arange(t_q)[:, None] + shift
        scores = np.where(allowed, scores, -np.inf)
    e = np.exp(scores - np.max(scores, axis=axis, keepdims=True))
    return (e / np.sum(e, axis=axis, keepdims=True)) @ v


def _mistakes(q, k, v, causal):
    h_q, d = q.shape[1], q.shape[3]
    h_kv = k.shape[1]
    group = h_q // h_kv
    return [
        (f"the key/value heads were tiled (query head h read head h % {h_kv}): with {group} query heads per "
         f"group, query head h reads key/value head h // {group}, as repeat_kv (np.repeat on the head axis) does",
         lambda: _gqa(q, k, v, causal, heads="tile")),
        ("every query head read key/value head 0 (multi-query): query head h reads key/value head "
         f"h // {group}", lambda: _gqa(q, k, v, causal, heads="first")),
        ("the causal mask is aligned to the top left (np.tril of a T_q x T_k matrix, torch's is_causal): "
         "the queries are the LAST T_q tokens, so query i sees keys j <= i + T_k - T_q",
         lambda: _gqa(q, k, v, causal, align="top-left")),
        ("the scores were not scaled: softmax(q @ k^T / sqrt(d)) with d the head dimension",
         lambda: _gqa(q, k, v, causal, scale=1.0)),
        (f"the scores were scaled by 1/sqrt(d * H_q / H_kv): scale by 1/sqrt(d) = 1/sqrt({d}), the head dimension",
         lambda: _gqa(q, k, v, causal, scale=np.sqrt(d * group))),
        ("the softmax ran over the queries: each query's weights are a softmax over the keys (the last axis)",
         lambda: _gqa(q, k, v, causal, axis=-2)),
        ("causal=true was ignored: query i may not attend to keys after its own position",
         lambda: _gqa(q, k, v, False)),
        ("the causal mask was applied though causal is false", lambda: _gqa(q, k, v, True)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol)
    if problem is None:
        return True, ""
    q, k, v = (np.asarray(args[name], dtype=np.float64) for name in ("q", "k", "v"))
    candidates = _mistakes(q, k, v, args["causal"])
    if q.shape[2] > k.shape[2]:
        candidates = [c for c in candidates if "causal mask was applied" not in c[0]]
    return False, with_hint(problem, matching_hint(got, candidates, tol))
