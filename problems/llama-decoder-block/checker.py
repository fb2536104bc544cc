"""h (after the attention sub-layer) and out (after the feed-forward one) against the
reference, saying which half goes wrong first, then a hint when the answer is what a known
mistake produces (post-norm, the residual taken from the normalised input, LayerNorm for
RMSNorm, no RoPE, interleaved RoPE, RoPE on the values too, key/value heads tiled, no causal
mask, GELU for SiLU, one norm weight used twice, the feed-forward residual missing)."""

import math

import numpy as np

from judge.ml import compare, matching_hint, tolerance, with_hint

PARTS = ["h", "out"]


def _norm(x, w, eps, layer=False):
    if layer:
        x = x - x.mean(axis=-1, keepdims=True)
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w


def _rope(x, base, interleaved=False):
    t, d = x.shape[-2], x.shape[-1]
    angles = np.outer(np.arange(t, dtype=np.float64), base ** (-np.arange(0, d, 2, dtype=np.float64) / d))
    cos, sin = np.cos(angles), np.sin(angles)
    if interleaved:
        a, b = x[..., 0::2], x[..., 1::2]
        return np.stack([a * cos - b * sin, b * cos + a * sin], axis=-1).reshape(x.shape)
    a, b = x[..., : d // 2], x[..., d // 2:]
    return np.concatenate([a * cos - b * sin, b * cos + a * sin], axis=-1)


def _block(p, rope="half", rope_v=False, kv="repeat", causal=True, act="silu", post_norm=False,
           residual_from_norm=False, layer_norm=False, same_norm=False, ffn_residual=True):
    x, eps = p["x"], p["eps"]
    b, t, d = x.shape
    nh, nkv = p["n_heads"], p["n_kv_heads"]
    dh = d // nh

    def heads(z, n):
        return z.reshape(b, t, n, dh).transpose(0, 2, 1, 3)

    def turn(z):
        return z if rope == "none" else _rope(z, p["rope_base"], interleaved=rope == "interleaved")

    def attention(a):
        q, k, v = turn(heads(a @ p["w_q"], nh)), turn(heads(a @ p["w_k"], nkv)), heads(a @ p["w_v"], nkv)
        if rope_v:
            v = turn(v)
        index = np.arange(nh) // (nh // nkv) if kv == "repeat" else np.arange(nh) % nkv
        k, v = k[:, index], v[:, index]
        s = q @ np.swapaxes(k, -1, -2) / math.sqrt(dh)
        if causal:
            s = np.where(np.tril(np.ones((t, t), dtype=bool)), s, -np.inf)
        e = np.exp(s - s.max(axis=-1, keepdims=True))
        return ((e / e.sum(axis=-1, keepdims=True)) @ v).transpose(0, 2, 1, 3).reshape(b, t, d) @ p["w_o"]

    def ffn(a):
        g = a @ p["w_gate"]
        if act == "silu":
            phi = g / (1 + np.exp(-np.clip(g, -700, 700)))
        else:
            phi = 0.5 * g * (1 + np.tanh(math.sqrt(2 / math.pi) * (g + 0.044715 * g**3)))
        return (phi * (a @ p["w_up"])) @ p["w_down"]

    w1 = p["attn_norm_weight"]
    w2 = w1 if same_norm else p["ffn_norm_weight"]
    if post_norm:
        h = _norm(x + attention(x), w1, eps, layer_norm)
        return h, _norm(h + ffn(h), w2, eps, layer_norm)
    a = _norm(x, w1, eps, layer_norm)
    h = (a if residual_from_norm else x) + attention(a)
    f = _norm(h, w2, eps, layer_norm)
    return h, (f if residual_from_norm else h) * ffn_residual + ffn(f)


MISTAKES = [
    ("this is post-norm (norm after the residual add): LLaMA is pre-norm, h = x + attn(rmsnorm(x)), "
     "out = h + ffn(rmsnorm(h))", {"post_norm": True}),
    ("the residuals add the normalised input: h = x + attn(rmsnorm(x)) adds x itself, not rmsnorm(x)",
     {"residual_from_norm": True}),
    ("the norms subtract the mean (LayerNorm): LLaMA's RMSNorm divides x by sqrt(mean(x^2) + eps), no centring",
     {"layer_norm": True}),
    ("RoPE is missing: rotate q and k (not v) by their positions 0 .. T-1 before the scores", {"rope": "none"}),
    ("RoPE used the interleaved pairs (2i, 2i + 1): Hugging Face LLaMA pairs feature i with i + d_head/2 "
     "(rotate_half)", {"rope": "interleaved"}),
    ("RoPE was applied to the values as well: only q and k are rotated", {"rope_v": True}),
    ("the key/value heads were tiled (query head h read head h % n_kv_heads): query head h reads key/value head "
     "h // (n_heads / n_kv_heads), as repeat_kv does", {"kv": "tile"}),
    ("the causal mask is missing: token i attends to tokens j <= i only", {"causal": False}),
    ("the feed-forward used GELU: LLaMA's SwiGLU gates with SiLU(x) = x * sigmoid(x)", {"act": "gelu"}),
    ("attn_norm_weight was used for both norms: the feed-forward norm scales by ffn_norm_weight",
     {"same_norm": True}),
    ("the feed-forward residual is missing: out = h + ffn(rmsnorm(h))", {"ffn_residual": False}),
]


def check(args, expected, got, extras, config):
    tol = tolerance(config)
    problem = compare(expected, got, tol, parts=PARTS)
    if problem is None:
        return True, ""
    p = {name: (np.asarray(value, dtype=np.float64) if isinstance(value, list) else value) for name, value in args.items()}
    hint = matching_hint(got, [(text, lambda kw=kw: _block(p, **kw)) for text, kw in MISTAKES], tol, parts=PARTS)
    if hint is None and problem.startswith("out"):
        hint = "h is right, so the attention half is: the mistake is in the feed-forward half (rmsnorm(h), SwiGLU, the residual)"
    elif hint is None and problem.startswith("h"):
        hint = "h is already off: the mistake is in the attention half (rmsnorm(x), the projections, RoPE, GQA, the mask, the residual)"
    return False, with_hint(problem, hint)
