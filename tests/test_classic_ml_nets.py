"""conv2d-backward and lstm-forward through their checkers: the reference held to the
definitions (a direct loop over the statement's formula, centred finite differences at every
entry), each named mistake rejected with the message that names it, the finite-difference
check catching a wrong expected gradient, and the constraints that make the tolerances sound."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from judge.cases import submission_cases
from judge.catalog import Catalog, Problem
from judge.checkers import Answer, checker_for
from judge.loader import load_function
from judge.ml import numeric_gradient

CONV = "conv2d-backward"
LSTM = "lstm-forward"


def _problem(slug: str) -> Problem:
    return Catalog().get(slug)


def _reference(slug: str) -> Callable[..., Any]:
    problem = _problem(slug)
    return load_function(problem.reference_path, "reference", problem.spec.entry.name)


def _encode(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    array = np.asarray(value)
    return {"$ndarray": {"dtype": str(array.dtype), "shape": list(array.shape), "data": array.tolist()}}


def _judge(slug: str, args: dict[str, Any], got: Any, expected: Any = None) -> tuple[bool, str]:
    arrays = {k: np.asarray(v, dtype=np.float64) if isinstance(v, list) else v for k, v in args.items()}
    if expected is None:
        expected = _reference(slug)(**arrays)
    result = checker_for(_problem(slug))(Answer(args, _encode(expected), _encode(got), {}))
    return result.ok, result.message


def _small_cases(slug: str, limit: int) -> list[dict[str, Any]]:
    cases = [case.args for case in submission_cases(_problem(slug))]
    return [args for args in cases if np.asarray(args["x"]).size <= limit]


# ------------------------------------------------------------------------------ conv2d


def _conv_arrays(args: dict[str, Any]) -> dict[str, Any]:
    return {k: np.asarray(v, dtype=np.float64) if k in ("x", "weight", "bias", "dout") else v for k, v in args.items()}


def _direct_conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int, padding: int) -> np.ndarray:
    """The statement's formula, one output entry at a time."""
    n, c_in, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out, w_out = (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1
    x_pad = np.zeros((n, c_in, h + 2 * padding, w + 2 * padding))
    x_pad[:, :, padding : padding + h, padding : padding + w] = x
    out = np.empty((n, c_out, h_out, w_out))
    for b, o, y, z in itertools.product(range(n), range(c_out), range(h_out), range(w_out)):
        window = x_pad[b, :, y * stride : y * stride + kh, z * stride : z * stride + kw]
        out[b, o, y, z] = bias[o] + float(np.sum(weight[o] * window))
    return out


def test_conv_reference_is_the_formula_and_its_gradients_are_finite_differences_at_every_entry() -> None:
    cases = _small_cases(CONV, 200)
    assert len(cases) >= 12
    for args in cases:
        a = _conv_arrays(args)
        out, dx, dw, db = _reference(CONV)(**a)
        direct = _direct_conv(a["x"], a["weight"], a["bias"], a["stride"], a["padding"])
        np.testing.assert_allclose(out, direct, rtol=1e-12, atol=1e-12)
        for name, grad in (("x", dx), ("weight", dw), ("bias", db)):
            def loss(value: np.ndarray, name: str = name, a: dict[str, Any] = a) -> float:
                changed = {**a, name: value}
                out = _direct_conv(changed["x"], changed["weight"], changed["bias"], a["stride"], a["padding"])
                return float(np.sum(a["dout"] * out))

            # The library's default step (eps^(1/3)), not the checker's unit step: an independent route.
            numeric = numeric_gradient(loss, a[name])
            np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-7, err_msg=name)


def _stride_case() -> dict[str, Any]:
    rng = np.random.default_rng(3)
    x, weight = rng.normal(size=(2, 3, 7, 8)), rng.normal(size=(4, 3, 3, 2))
    return {"x": x.tolist(), "weight": weight.tolist(), "bias": rng.normal(size=4).tolist(), "stride": 2, "padding": 1,
            "dout": rng.normal(size=(2, 4, 4, 5)).tolist()}


def test_conv_mistakes_are_named() -> None:
    args = _stride_case()
    a = _conv_arrays(args)
    out, dx, dw, db = _reference(CONV)(**a)
    flipped = _reference(CONV)(**{**a, "weight": a["weight"][:, :, ::-1, ::-1].copy()})
    mistakes = {
        "true convolution, with the kernel rotated by 180 degrees": (flipped[0], dx, dw, db),
        "dw is the right gradient rotated by 180 degrees": (out, dx, dw[:, :, ::-1, ::-1], db),
        # dx of the flipped layer: the full cross-correlation of dout with the kernel *not* rotated.
        "dx used the kernel the wrong way round": (out, flipped[1], dw, db),
        "db sums dout over the batch and both spatial axes": (out, dx, dw, a["dout"].sum(axis=(2, 3))),
        "db is a sum over the batch and positions, not a mean": (out, dx, dw, a["dout"].mean(axis=(0, 2, 3))),
        "dw is N = 2 times too small": (out, dx, dw / 2, db),
        "the output size is off by one: H_out = floor((H + 2*padding - kH) / stride) + 1 = floor((7 + 2 - 3) / 2) + 1 = 4":
            (out[:, :, :3, :4], dx, dw, db),
    }
    for phrase, got in mistakes.items():
        ok, message = _judge(CONV, args, got)
        assert not ok and phrase in message, (phrase, message)


def test_conv_backward_mistakes_are_named() -> None:
    """A forward pass done right and a backward pass with one classic slip each."""
    args = _stride_case()
    a = _conv_arrays(args)
    out, dx, dw, db = _reference(CONV)(**a)
    x_pad = np.pad(a["x"], ((0, 0), (0, 0), (1, 1), (1, 1)))
    dx_pad = np.zeros_like(x_pad)
    dx_no_stride, dw_no_stride = np.zeros_like(x_pad), np.zeros_like(dw)
    g = a["dout"]
    for i, j in itertools.product(range(3), range(2)):
        rows, cols = slice(i, i + 2 * 3 + 1, 2), slice(j, j + 2 * 4 + 1, 2)
        dx_pad[:, :, rows, cols] += np.einsum("nohw,oc->nchw", g, a["weight"][:, :, i, j])
        dx_no_stride[:, :, i : i + 4, j : j + 5] += np.einsum("nohw,oc->nchw", g, a["weight"][:, :, i, j])
        dw_no_stride[:, :, i, j] = np.einsum("nohw,nchw->oc", g, x_pad[:, :, i : i + 4, j : j + 5])
    np.testing.assert_allclose(dx_pad[:, :, 1:8, 1:9], dx)
    cases = {
        "dx still has the padding on it": (out, dx_pad, dw, db),
        "dx was cut from the top-left corner": (out, dx_pad[:, :, :7, :8], dw, db),
        "the backward pass ignored the stride in dx": (out, dx_no_stride[:, :, 1:8, 1:9], dw, db),
        "the backward pass ignored the stride in dw": (out, dx, dw_no_stride, db),
    }
    for phrase, got in cases.items():
        ok, message = _judge(CONV, args, got)
        assert not ok and phrase in message, (phrase, message)


def test_conv_p_minus_p_crop_is_named_when_padding_is_zero() -> None:
    args = {**_stride_case(), "padding": 0}
    rng = np.random.default_rng(4)
    args["dout"] = rng.normal(size=(2, 4, 3, 4)).tolist()
    out, dx, dw, db = _reference(CONV)(**_conv_arrays(args))
    ok, message = _judge(CONV, args, (out, dx[:, :, 0:-0, 0:-0], dw, db))
    assert not ok and "dx has shape (2, 3, 0, 0)" in message and "is empty when padding = 0" in message


def test_conv_finite_differences_catch_a_wrong_expected_gradient() -> None:
    """Were the reference wrong, an answer agreeing with it would still be rejected: dx is
    held to L = sum(dout * out) by centred differences of the judge's own forward pass."""
    args = _stride_case()
    out, dx, dw, db = _reference(CONV)(**_conv_arrays(args))
    for broken, part in (((out, dx * 1.001, dw, db), "dx"), ((out, dx, dw, db + 1e-3), "db"), ((out, dx, np.roll(dw, 1), db), "dw")):
        ok, message = _judge(CONV, args, broken, expected=broken)
        assert not ok
        assert message.startswith(f"{part} disagrees with centred finite differences of L = sum(dout * out)"), message
    ok, message = _judge(CONV, args, (out, dx, dw, db))
    assert ok, message


def test_conv_tolerance_allows_any_summation_order_but_not_float32() -> None:
    args = _stride_case()
    a = _conv_arrays(args)
    expected = _reference(CONV)(**a)
    alternative = load_function(Catalog().root.parent / "tests" / "solutions" / "good" / f"{CONV}.py", "alt", "conv2d_forward_backward")
    assert _judge(CONV, args, alternative(**a), expected)[0]
    single = _reference(CONV)(**{k: v.astype(np.float32) if isinstance(v, np.ndarray) else v for k, v in a.items()})
    ok, message = _judge(CONV, args, tuple(np.asarray(part, dtype=np.float64) for part in single), expected)
    assert not ok and "exceeds atol 1e-8 + rtol 1e-6*|expected|" in message


def test_conv_validator_refuses_a_case_whose_rounding_could_exceed_the_tolerance() -> None:
    problem = _problem(CONV)
    validate = load_function(problem.validator_path, "validator", "validate")
    rng = np.random.default_rng(5)
    big = {"x": (rng.normal(size=(4, 4, 32, 32)) * 100).tolist(), "weight": rng.normal(size=(2, 4, 3, 3)).tolist(),
           "bias": [0.0, 0.0], "stride": 1, "padding": 1, "dout": (rng.normal(size=(4, 2, 32, 32)) * 100).tolist()}
    with pytest.raises(AssertionError, match="may round by"):
        validate(big)
    with pytest.raises(AssertionError, match="the kernel fits in the padded input"):
        validate({**_stride_case(), "padding": 0, "weight": np.zeros((4, 3, 8, 2)).tolist()})


# ------------------------------------------------------------------------------ LSTM

LSTM_NAMES = ("x", "h0", "c0", "weight_ih", "weight_hh", "bias_ih", "bias_hh")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + np.exp(-z)) if z >= 0 else np.exp(z) / (1.0 + np.exp(z))


def _scalar_lstm(a: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The statement's recurrence unit by unit, in plain Python arithmetic."""
    x, h, c = a["x"], a["h0"].copy(), a["c0"].copy()
    steps, batch, inputs = x.shape
    hidden = h.shape[1]
    output = np.empty((steps, batch, hidden))
    for t in range(steps):
        new_h, new_c = np.empty_like(h), np.empty_like(c)
        for b, u in itertools.product(range(batch), range(hidden)):
            z = [
                sum(a["weight_ih"][k * hidden + u, m] * x[t, b, m] for m in range(inputs))
                + a["bias_ih"][k * hidden + u]
                + sum(a["weight_hh"][k * hidden + u, m] * h[b, m] for m in range(hidden))
                + a["bias_hh"][k * hidden + u]
                for k in range(4)
            ]
            new_c[b, u] = _sigmoid(z[1]) * c[b, u] + _sigmoid(z[0]) * np.tanh(z[2])
            new_h[b, u] = _sigmoid(z[3]) * np.tanh(new_c[b, u])
        h, c = new_h, new_c
        output[t] = h
    return output, h, c


def _lstm_arrays(args: dict[str, Any]) -> dict[str, np.ndarray]:
    return {name: np.asarray(args[name], dtype=np.float64) for name in LSTM_NAMES}


def test_lstm_reference_is_the_recurrence_unit_by_unit() -> None:
    cases = _small_cases(LSTM, 400)
    assert len(cases) >= 12
    for args in cases:
        a = _lstm_arrays(args)
        for ours, direct in zip(_reference(LSTM)(**a), _scalar_lstm(a)):
            np.testing.assert_allclose(ours, direct, rtol=1e-12, atol=1e-13)


def _lstm_case(scale: float = 1.0) -> dict[str, Any]:
    rng = np.random.default_rng(7)
    t, b, i, h = 5, 2, 3, 4
    return {"x": (rng.normal(size=(t, b, i)) * scale).tolist(), "h0": rng.uniform(-1, 1, (b, h)).tolist(),
            "c0": rng.normal(size=(b, h)).tolist(), "weight_ih": rng.normal(size=(4 * h, i)).tolist(),
            "weight_hh": rng.normal(size=(4 * h, h)).tolist(), "bias_ih": rng.normal(size=4 * h).tolist(),
            "bias_hh": rng.normal(size=4 * h).tolist()}


def _variant(a: dict[str, np.ndarray], order: str = "ifgo", carry: str = "f", h_tanh: bool = True,
             biases: tuple[bool, bool] = (True, True), naive: bool = False) -> list[Any]:
    """A candidate's LSTM with one slip: another gate order, the cell carried by o, no tanh in h,
    a bias dropped, or sigmoid as exp(z) / (1 + exp(z))."""
    hidden = a["h0"].shape[1]
    h, c, hs, cs = a["h0"], a["c0"], [], []
    for xt in a["x"]:
        z = xt @ a["weight_ih"].T + h @ a["weight_hh"].T + biases[0] * a["bias_ih"] + biases[1] * a["bias_hh"]
        with np.errstate(over="ignore", invalid="ignore"):
            sig = (lambda v: np.exp(v) / (1 + np.exp(v))) if naive else (lambda v: 0.5 * (1 + np.tanh(0.5 * v)))
            gate = {name: z[:, k * hidden : (k + 1) * hidden] for k, name in enumerate(order)}
            i, f, g, o = sig(gate["i"]), sig(gate["f"]), np.tanh(gate["g"]), sig(gate["o"])
        c = (f if carry == "f" else o) * c + i * g
        h = o * (np.tanh(c) if h_tanh else c)
        hs.append(h)
        cs.append(c)
    return [np.stack(hs), h, c, np.stack(cs)]


def test_lstm_mistakes_are_named() -> None:
    args = _lstm_case()
    a = _lstm_arrays(args)
    right = _variant(a)
    mistakes = {
        "the gates were read in the order i, f, o, g": _variant(a, order="ifog")[:3],
        "the gates were read in the order i, g, f, o (TensorFlow 1's LSTMCell": _variant(a, order="igfo")[:3],
        "bias_hh was left out": _variant(a, biases=(True, False))[:3],
        "bias_ih was left out": _variant(a, biases=(False, True))[:3],
        "the old cell was kept by the output gate": _variant(a, carry="o")[:3],
        "h = o * c_t is missing the tanh": _variant(a, h_tanh=False)[:3],
        "output holds the cell states c_t": [right[3], right[1], right[2]],
        "h_n is the final cell state": [right[0], right[2], right[2]],
        "c_n went through the tanh": [right[0], right[1], np.tanh(right[2])],
        "h0 and c0 were ignored": _variant({**a, "h0": 0 * a["h0"], "c0": 0 * a["c0"]})[:3],
        "output is shifted by one step": [np.concatenate([a["h0"][None], right[0][:-1]]), right[1], right[2]],
    }
    for phrase, got in mistakes.items():
        ok, message = _judge(LSTM, args, got)
        assert not ok and phrase in message, (phrase, message)
    ok, message = _judge(LSTM, args, right[:3])
    assert ok, message


def test_lstm_overflowing_sigmoid_is_named_on_saturated_gates() -> None:
    args = _lstm_case(scale=1000.0)
    a = _lstm_arrays(args)
    naive = _variant(a, naive=True)[:3]
    assert np.isnan(naive[0]).any()
    ok, message = _judge(LSTM, args, naive)
    assert not ok and "nan" in message and "the sigmoid or tanh overflowed" in message
    ok, message = _judge(LSTM, args, _variant(a)[:3])
    assert ok, message


def test_lstm_validator_checks_shapes_limits_and_conditioning() -> None:
    problem = _problem(LSTM)
    validate = load_function(problem.validator_path, "validator", "validate")
    args = _lstm_case()
    validate(args)
    with pytest.raises(AssertionError, match="weight_hh is"):
        validate({**args, "weight_hh": np.zeros((16, 3)).tolist()})
    with pytest.raises(AssertionError, match=r"\|h0\| <= 1"):
        validate({**args, "h0": (np.asarray(args["h0"]) * 5).tolist()})
