"""Random LLaMA blocks: MHA, GQA and MQA head layouts, several widths and lengths, both RoPE
bases in use, deterministic for the seed in problem.yaml."""

import math


def _tensor(rng, shape, scale, limit=10.0):
    if len(shape) == 1:
        return [max(-limit, min(limit, rng.gauss(0.0, scale))) for _ in range(shape[0])]
    return [_tensor(rng, shape[1:], scale, limit) for _ in range(shape[0])]


def block(rng, b, t, d, h, h_kv, d_ff, base=10000.0, eps=1e-5, x_scale=1.0):
    dh = d // h
    w = 1 / math.sqrt(d)
    return {
        "x": _tensor(rng, (b, t, d), x_scale, 100.0),
        "attn_norm_weight": [rng.uniform(0.5, 1.5) for _ in range(d)],
        "w_q": _tensor(rng, (d, h * dh), w),
        "w_k": _tensor(rng, (d, h_kv * dh), w),
        "w_v": _tensor(rng, (d, h_kv * dh), w),
        "w_o": _tensor(rng, (h * dh, d), w),
        "ffn_norm_weight": [rng.uniform(0.5, 1.5) for _ in range(d)],
        "w_gate": _tensor(rng, (d, d_ff), w),
        "w_up": _tensor(rng, (d, d_ff), w),
        "w_down": _tensor(rng, (d_ff, d), 1 / math.sqrt(d_ff)),
        "n_heads": h,
        "n_kv_heads": h_kv,
        "rope_base": base,
        "eps": eps,
    }


def generate(rng):
    for b, t, d, h, h_kv, d_ff, base in (
        (2, 8, 16, 4, 2, 32, 10000.0),
        (1, 16, 32, 4, 4, 64, 10000.0),      # MHA
        (2, 12, 32, 8, 1, 86, 500000.0),     # MQA
        (1, 32, 64, 8, 2, 172, 500000.0),
        (1, 24, 48, 4, 2, 128, 10000.0),
        (2, 5, 8, 2, 1, 16, 100.0),
    ):
        yield {"name": f"B={b}, T={t}, d_model={d}, heads {h}/{h_kv}, d_ff={d_ff}, base {base:g}",
               "args": block(rng, b, t, d, h, h_kv, d_ff, base)}
    yield {"name": "B=1, T=10, d_model=16, heads 4/2, activations in the tens (|x| up to 100), eps 1e-6",
           "args": block(rng, 1, 10, 16, 4, 2, 32, eps=1e-6, x_scale=30.0)}
