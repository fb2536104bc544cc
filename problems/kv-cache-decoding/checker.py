"""out and the two updated caches against the reference, then a hint when the answer is
what a known mistake produces (the stale slots past the filled part attended to, the new
tokens not causal among themselves or not attending to themselves, the caches returned
without the new keys and values, the new keys written at the wrong slots, the scale by
d_model, no output projection, the heads merged by a bare reshape)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["out", "k_cache", "v_cache"]


def _step(x, kc, vc, n0, wq, wk, wv, wo, h, stale=False, chunk_causal=True, self_attend=True, write=True,
          slot=None, scale=None, project=True, merge="transpose"):
    b, t, d = x.shape
    dh = d // h

    def heads(a):
        return a.reshape(b, t, h, dh).transpose(0, 2, 1, 3)

    q, k_new, v_new = heads(x @ wq), heads(x @ wk), heads(x @ wv)
    kc, vc = kc.copy(), vc.copy()
    at = n0 if slot is None else slot
    keys = np.concatenate([kc[:, :, :n0], k_new], axis=2)
    values = np.concatenate([vc[:, :, :n0], v_new], axis=2)
    if write:
        kc[:, :, at:at + t], vc[:, :, at:at + t] = k_new, v_new
    n = n0 + t
    pos = n0 + np.arange(t)[:, None]
    cols = np.arange(n)[None, :]
    allowed = cols <= pos if chunk_causal else np.ones((t, n), dtype=bool)
    if not self_attend:
        allowed = cols < n0
    if stale:
        cap = kc.shape[2]
        keys = np.concatenate([keys, kc[:, :, n:]], axis=2)
        values = np.concatenate([values, vc[:, :, n:]], axis=2)
        allowed = np.concatenate([allowed, np.ones((t, cap - n), dtype=bool)], axis=1)
    s = q @ np.swapaxes(keys, -1, -2) / (np.sqrt(dh) if scale is None else scale)
    s = np.where(allowed, s, -np.inf)
    e = np.exp(s - np.max(s, axis=-1, keepdims=True))
    out = (e / np.sum(e, axis=-1, keepdims=True)) @ values
    merged = out.reshape(b, t, d) if merge == "reshape" else out.transpose(0, 2, 1, 3).reshape(b, t, d)
    return (merged @ wo if project else merged), kc, vc


def _mistakes(x, kc, vc, n0, ws, h):
    d = x.shape[-1]
    t = x.shape[1]
    args = (x, kc, vc, n0, *ws, h)
    return [
        (f"the slots from cache_len + T_new = {n0 + t} on were attended to: they hold stale values from an earlier "
         f"sequence; attend over slots 0 .. cache_len + T_new - 1 only", lambda: _step(*args, stale=True)),
        ("the new tokens saw each other's future: new token i (position cache_len + i) may attend to the cache and "
         "to new tokens j <= i only", lambda: _step(*args, chunk_causal=False)),
        ("the new tokens attended to the cache only: each new token also attends to itself (and to the new tokens "
         "before it)", lambda: _step(*args, self_attend=False)),
        ("the returned caches do not hold the new keys and values: write them at slots cache_len .. "
         "cache_len + T_new - 1 and return the caches", lambda: _step(*args, write=False)),
        ("the new keys and values were written at slot 0: they go at slots cache_len .. cache_len + T_new - 1, "
         "after the cached tokens", lambda: _step(*args, slot=0)),
        (f"the scores were scaled by 1/sqrt(d_model): scale by 1/sqrt(d_head) = 1/sqrt({d} / {h})",
         lambda: _step(*args, scale=np.sqrt(d))),
        ("the output projection is missing: out = merged @ w_o", lambda: _step(*args, project=False)),
        ("the heads were merged with a bare reshape(B, T, d_model), which mixes tokens: "
         "merge with transpose(0, 2, 1, 3).reshape(B, T, d_model)", lambda: _step(*args, merge="reshape")),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    x, kc, vc = (np.asarray(args[name], dtype=np.float64) for name in ("x", "k_cache", "v_cache"))
    ws = [np.asarray(args[name], dtype=np.float64) for name in ("w_q", "w_k", "w_v", "w_o")]
    hint = matching_hint(got, _mistakes(x, kc, vc, args["cache_len"], ws, args["num_heads"]), tol, parts=PARTS)
    return False, with_hint(problem, hint)
