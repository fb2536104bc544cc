"""Issue 16's LLM-inference references agree with each other and with the older attention
and normalisation references, in numpy alone (the torch cross-check is
test_torch_crosscheck_llm_inference.py): decoding with the KV cache token by token is full
causal multi-head attention, GQA with as many key/value heads is per-head attention,
FlashAttention's blocks change nothing, and the LLaMA block is its parts put together."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from judge.catalog import Catalog
from judge.loader import load_function


def _reference(slug: str) -> Callable[..., Any]:
    problem = Catalog().get(slug)
    return load_function(problem.reference_path, "reference", problem.spec.entry.name)


def test_decoding_token_by_token_with_the_cache_is_full_causal_attention() -> None:
    step, mha = _reference("kv-cache-decoding"), _reference("multi-head-attention")
    rng = np.random.default_rng(3)
    for b, t, d, h in ((2, 9, 8, 2), (1, 6, 12, 3), (1, 1, 4, 4)):
        x = rng.normal(size=(b, t, d))
        w = [rng.normal(size=(d, d)) / np.sqrt(d) for _ in range(4)]
        full = mha(x, *w, h, True)
        for chunks in ([1] * t, [t], [t // 2, t - t // 2] if t > 1 else [1]):
            kc = rng.normal(size=(b, h, t + 2, d // h)) * 50  # every slot stale to begin with
            vc = rng.normal(size=(b, h, t + 2, d // h)) * 50
            outs, done = [], 0
            for size in chunks:
                out, kc, vc = step(x[:, done:done + size], kc, vc, done, *w, h)
                outs.append(out)
                done += size
            np.testing.assert_allclose(np.concatenate(outs, axis=1), full, rtol=1e-9, atol=1e-12)


def test_gqa_with_as_many_kv_heads_is_attention_head_by_head() -> None:
    gqa, sdpa = _reference("grouped-query-attention"), _reference("scaled-dot-product-attention")
    rng = np.random.default_rng(4)
    q, k, v = rng.normal(size=(2, 3, 5, 4)), rng.normal(size=(2, 3, 5, 4)), rng.normal(size=(2, 3, 5, 2))
    for causal in (False, True):
        out = gqa(q, k, v, causal)
        for head in range(3):
            expected, _ = sdpa(q[:, head], k[:, head], v[:, head], causal, None)
            np.testing.assert_allclose(out[:, head], expected, rtol=1e-12, atol=1e-12)
    # MQA: one key/value head shared by every query head.
    shared = gqa(q, k[:, :1], v[:, :1], True)
    for head in range(3):
        expected, _ = sdpa(q[:, head], k[:, 0], v[:, 0], True, None)
        np.testing.assert_allclose(shared[:, head], expected, rtol=1e-12, atol=1e-12)


def test_flash_attention_is_attention_whatever_the_block_size() -> None:
    flash, gqa = _reference("flash-attention-forward"), _reference("grouped-query-attention")
    rng = np.random.default_rng(5)
    q, k, v = rng.normal(size=(1, 2, 4, 8)), rng.normal(size=(1, 2, 11, 8)), rng.normal(size=(1, 2, 11, 3))
    for causal in (False, True):
        outs = [flash(q, k, v, causal, block) for block in (1, 3, 11, 64)]
        for out, lse in outs:
            np.testing.assert_allclose(out, gqa(q, k, v, causal), rtol=1e-12, atol=1e-12)
            np.testing.assert_allclose(lse, outs[0][1], rtol=1e-12, atol=1e-12)


def test_the_llama_block_is_its_parts() -> None:
    block = _reference("llama-decoder-block")
    rmsnorm, rope = _reference("rmsnorm"), _reference("rotary-embedding")
    gqa, ffn = _reference("grouped-query-attention"), _reference("swiglu-and-activations")
    rng = np.random.default_rng(6)
    b, t, d, h, h_kv, d_ff = 2, 7, 16, 4, 2, 24
    dh = d // h
    x = rng.normal(size=(b, t, d))
    n1, n2 = rng.uniform(0.5, 1.5, size=d), rng.uniform(0.5, 1.5, size=d)
    w_q, w_o = rng.normal(size=(d, d)) / 4, rng.normal(size=(d, d)) / 4
    w_k, w_v = rng.normal(size=(d, h_kv * dh)) / 4, rng.normal(size=(d, h_kv * dh)) / 4
    w_gate, w_up, w_down = rng.normal(size=(d, d_ff)) / 4, rng.normal(size=(d, d_ff)) / 4, rng.normal(size=(d_ff, d)) / 5
    h_block, out_block = block(x, n1, w_q, w_k, w_v, w_o, n2, w_gate, w_up, w_down, h, h_kv, 10000.0, 1e-5)

    a = rmsnorm(x, n1, 1e-5)
    q = (a @ w_q).reshape(b, t, h, dh).transpose(0, 2, 1, 3)
    k = (a @ w_k).reshape(b, t, h_kv, dh).transpose(0, 2, 1, 3)
    v = (a @ w_v).reshape(b, t, h_kv, dh).transpose(0, 2, 1, 3)
    q, k = rope(q, k, 0, 10000.0, False)
    hidden = x + gqa(q, k, v, True).transpose(0, 2, 1, 3).reshape(b, t, d) @ w_o
    out, _ = ffn(rmsnorm(hidden, n2, 1e-5), w_gate, w_up, w_down, "silu", np.zeros_like(x))
    np.testing.assert_allclose(h_block, hidden, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(out_block, hidden + out, rtol=1e-12, atol=1e-12)
