"""out and lse against the reference, then a hint when the answer is what a known mistake
of the online-softmax recurrence produces with the case's block size (the accumulated
output or the running sum not rescaled when the running max grows, the running max started
at 0, lse without the max, the last shorter block dropped, the causal mask in block-local
key indices, lse of the unscaled scores)."""

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["out", "lse"]


def _blocked(q, k, v, causal, block, rescale_acc=True, rescale_sum=True, m0=-np.inf, drop_tail=False,
             local_mask=False, lse_max=True, lse_scale=None):
    t_q, d = q.shape[-2], q.shape[-1]
    t_k = k.shape[-2]
    scale = 1.0 / np.sqrt(d)
    m = np.full((*q.shape[:-1], 1), m0)
    l_sum = np.zeros((*q.shape[:-1], 1))
    acc = np.zeros((*q.shape[:-1], v.shape[-1]))
    raw = np.full((*q.shape[:-1], 1), -np.inf)  # a running log-sum-exp of unscaled scores, for lse_scale
    rows = np.arange(t_q)[:, None] + (t_k - t_q)
    stop = (t_k // block) * block if drop_tail else t_k
    for start in range(0, stop, block):
        kb, vb = k[..., start:start + block, :], v[..., start:start + block, :]
        s = q @ np.swapaxes(kb, -1, -2) * scale
        if causal:
            cols = np.arange(kb.shape[-2])[None, :] + (0 if local_mask else start)
            s = np.where(cols <= rows, s, -np.inf)
        m_new = np.maximum(m, np.max(s, axis=-1, keepdims=True))
        shift = np.where(np.isfinite(m_new), m_new, 0.0)
        p = np.exp(s - shift)
        alpha = np.exp(m - shift)
        l_sum = (alpha if rescale_sum else 1.0) * l_sum + np.sum(p, axis=-1, keepdims=True)
        acc = (alpha if rescale_acc else 1.0) * acc + p @ vb
        m = m_new
        if lse_scale is not None:
            raw = np.logaddexp(raw, np.logaddexp.reduce(np.where(np.isfinite(s), s / scale, -np.inf), axis=-1, keepdims=True))
    out = acc / l_sum
    lse = (m + np.log(l_sum) if lse_max else np.log(l_sum))[..., 0]
    if lse_scale is not None:
        lse = raw[..., 0]
    return out, lse


def _mistakes(q, k, v, causal, block):
    args = (q, k, v, causal, block)
    return [
        ("the accumulated output was not rescaled when the running max grew: before adding a block, multiply "
         "the accumulator (and the running sum) by exp(m_old - m_new)", lambda: _blocked(*args, rescale_acc=False)),
        ("the running sum was not rescaled when the running max grew: l = exp(m_old - m_new) * l + sum(exp(s - m_new))",
         lambda: _blocked(*args, rescale_sum=False)),
        ("neither the accumulated output nor the running sum was rescaled when the running max grew: both are "
         "multiplied by exp(m_old - m_new)", lambda: _blocked(*args, rescale_acc=False, rescale_sum=False)),
        ("the running max started at 0 instead of -inf: when every score of a row is far below 0, exp(s - 0) "
         "underflows to 0 and the row becomes 0/0", lambda: _blocked(*args, m0=0.0)),
        ("lse is log(l) without the running max: the row's log-sum-exp is m + log(l)",
         lambda: _blocked(*args, lse_max=False)),
        ("lse was taken over the unscaled scores q . k: it is the log-sum-exp of the scaled scores q . k / sqrt(d)",
         lambda: _blocked(*args, lse_scale=True)),
        (f"the last, shorter block of keys was dropped: with block_size {block}, keys {(k.shape[-2] // block) * block} "
         f"to {k.shape[-2] - 1} form a block of their own", lambda: _blocked(*args, drop_tail=True)),
        ("the causal mask compared the key's index inside its block with the query's: compare the key's global "
         "index start + j with the query's position", lambda: _blocked(*args, local_mask=True)),
    ]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    q, k, v = (np.asarray(args[name], dtype=np.float64) for name in ("q", "k", "v"))
    candidates = _mistakes(q, k, v, args["causal"], args["block_size"])
    return False, with_hint(problem, matching_hint(got, candidates, tol, parts=PARTS))
