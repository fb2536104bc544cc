"""Issue 17's clip-contrastive-loss, rmsprop-and-adamw and regression-losses: the checkers
accept correct answers computed differently (within the stated tolerances, at the nasty
cases) and name the known mistakes; the references hold the stated conventions."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from judge.catalog import Catalog, Problem
from judge.loader import load_function


def _problem(slug: str) -> Problem:
    return Catalog().get(slug)


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _judge(slug: str, args: dict[str, Any], got: Any) -> tuple[bool, str]:
    """The checker's verdict on ``got`` for ``args`` (JSON-like), against the reference."""
    problem = _problem(slug)
    reference = load_function(problem.reference_path, "reference", problem.spec.entry.name)
    check = load_function(problem.root / "checker.py", "checker", "check")
    call = {}
    for param in problem.spec.entry.params:
        value = args[param.name]
        if param.type == "ndarray":
            value = np.array(value, dtype=np.float64)
        elif param.type == "list[ndarray]":
            value = [np.array(v, dtype=np.float64) for v in value]
        call[param.name] = value
    expected = reference(**call)
    return check(args, _plain(expected), _plain(got), {}, problem.spec.checker)


# clip-contrastive-loss

def _clip_args(n: int = 5, d: int = 4, logit_scale: float = 2.0, seed: int = 0) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d))
    return {"image_emb": x.tolist(), "text_emb": (x + 0.5 * rng.normal(size=(n, d))).tolist(), "logit_scale": logit_scale}


def _clip(args: dict[str, Any], **changes: Any) -> tuple[Any, ...]:
    problem = _problem("clip-contrastive-loss")
    mistakes = load_function(problem.root / "checker.py", "checker", "_clip")
    return mistakes(np.array(args["image_emb"]), np.array(args["text_emb"]), args["logit_scale"], **changes)


def test_clip_tied_rows_at_the_largest_scale_accept_rounding_sized_gradients() -> None:
    """Every row identical at s = exp(10): the exact gradients are 0, and a correct solution
    returns values of about 1e-9 there (the logits' rounding times s): accepted, because the
    tolerance's M term is s / (N ||x_i||), not the (vanishing) size of the answer."""
    args = {"image_emb": [[1.0, 2.0]] * 4, "text_emb": [[3.0, -1.0]] * 4, "logit_scale": 10.0}
    loss, gi, gt, gs = _clip(args)
    wobble = np.array([[1e-9, -2e-9]] * 4)
    ok, message = _judge("clip-contrastive-loss", args, (loss, gi + wobble, gt - wobble, gs + 1e-7))
    assert ok, message
    # The same wobble scaled to 1e-3 of M is far outside it, and says so.
    s = math.exp(10.0)
    big = 1e-3 * s / (4 * math.sqrt(5.0))
    ok, message = _judge("clip-contrastive-loss", args, (loss, gi + big, gt, gs))
    assert not ok and "grad_image" in message and "the tolerance there" in message


@pytest.mark.parametrize(
    "changes, says",
    [
        ({"normalise": False}, "not L2-normalised"),
        ({"both": False}, "only the image -> text direction"),
        ({"exponentiate": False}, "not by logit_scale itself"),
        ({"jacobian": False}, "normalisation's Jacobian"),
        ({"scale_chain": False}, "this is d loss / d scale"),
        ({"halve": False}, "averaged, not added"),
        ({"mean": False}, "not the sum"),
    ],
)
def test_clip_mistakes_are_named(changes: dict[str, Any], says: str) -> None:
    args = _clip_args()
    ok, message = _judge("clip-contrastive-loss", args, _clip(args, **changes))
    assert not ok and says in message, message


def test_clip_overflowing_softmax_is_named_and_the_reference_stays_finite() -> None:
    args = {"image_emb": [[1.0, 0.0], [0.0, 1.0]], "text_emb": [[-1.0, 0.0], [0.0, -1.0]], "logit_scale": 10.0}
    problem = _problem("clip-contrastive-loss")
    naive = load_function(problem.root / "checker.py", "checker", "_naive_log_softmax")
    with np.errstate(all="ignore"):
        got = _clip(args, log_softmax=naive)
    ok, message = _judge("clip-contrastive-loss", args, got)
    assert not ok and "exp() of the logits overflowed" in message, message
    reference = load_function(problem.reference_path, "reference", "clip_loss")
    loss, *_ = reference(np.array(args["image_emb"]), np.array(args["text_emb"]), 10.0)
    # Opposite pairs: each term is log(1 + exp(2s)) - ... = s + log(1 + exp(-s)) ~ s.
    assert loss == pytest.approx(math.exp(10.0), rel=1e-12)


def test_clip_gradients_are_orthogonal_to_their_rows_and_a_single_pair_costs_nothing() -> None:
    problem = _problem("clip-contrastive-loss")
    reference = load_function(problem.reference_path, "reference", "clip_loss")
    args = _clip_args(n=6, d=5, logit_scale=4.605170185988092, seed=3)
    x, y = np.array(args["image_emb"]), np.array(args["text_emb"])
    _, gi, gt, _ = reference(x, y, args["logit_scale"])
    assert np.allclose(np.sum(gi * x, axis=1), 0.0, atol=1e-12)
    assert np.allclose(np.sum(gt * y, axis=1), 0.0, atol=1e-12)
    loss, gi, gt, gs = reference(x[:1], y[:1], 3.0)
    assert loss == 0.0 and not gi.any() and not gt.any() and gs == 0.0


def test_clip_wrong_tuple_is_reported_not_crashed() -> None:
    ok, message = _judge("clip-contrastive-loss", _clip_args(), [1.0, 2.0])
    assert not ok and "return a tuple of 4" in message


# rmsprop-and-adamw

RMS = {"lr": 0.01, "alpha": 0.9, "eps": 1e-8, "weight_decay": 0.1, "momentum": 0.9, "centered": True}
ADAMW = {"lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.1}


def _opt_args(kind: str) -> dict[str, Any]:
    if kind == "rmsprop":
        return {"kind": "rmsprop", "param": [1.0, -2.0, 0.5], "grad": [0.2, -0.4, 0.05],
                "state": [[0.05, 0.1, 0.01], [0.5, -1.0, 0.2], [0.1, -0.2, 0.05]], "step": 4, "options": dict(RMS)}
    return {"kind": "adamw", "param": [1.0, -2.0, 0.5], "grad": [0.1, -0.3, 0.02],
            "state": [[0.01, -0.02, 0.0], [1e-4, 4e-4, 1e-6]], "step": 3, "options": dict(ADAMW)}


def _step(args: dict[str, Any], which: str, **changes: Any) -> tuple[Any, list[Any]]:
    problem = _problem("rmsprop-and-adamw")
    fn = load_function(problem.root / "checker.py", "checker", which)
    flat = fn(np.array(args["param"]), np.array(args["grad"]), [np.array(s) for s in args["state"]],
              args["step"], args["options"], **changes)
    return flat[0], list(flat[1:])


@pytest.mark.parametrize(
    "kind, changes, says",
    [
        ("rmsprop", {"eps_inside": True}, "eps belongs outside the square root"),
        ("rmsprop", {"uncentred": True}, "was not subtracted"),
        ("rmsprop", {"lr_in_buffer": True}, "lr was folded into the buffer"),
        ("rmsprop", {"decoupled": True}, "RMSprop's weight_decay is L2"),
        ("rmsprop", {"swap_alpha": True}, "the two weights are swapped"),
        ("rmsprop", {"bias_correct": True}, "RMSProp has no bias correction"),
        ("rmsprop", {"no_momentum": True}, "momentum was not applied"),
        ("adamw", {"l2": True}, "this is Adam's L2 decay"),
        ("adamw", {"decay_without_lr": True}, "scaled by lr"),
        ("adamw", {"decay_after": True}, "not the already updated one"),
        ("adamw", {"correct": False}, "no bias correction"),
        ("adamw", {"eps_inside": True}, "eps belongs outside the square root"),
        ("adamw", {"return_corrected": True}, "not the bias-corrected ones"),
        ("adamw", {"no_decay": True}, "the weight decay was not applied"),
    ],
)
def test_optimizer_mistakes_are_named(kind: str, changes: dict[str, Any], says: str) -> None:
    args = _opt_args(kind)
    ok, message = _judge("rmsprop-and-adamw", args, _step(args, "_" + kind, **changes))
    assert not ok and says in message, message


def test_optimizer_answers_in_the_wrong_shape_are_reported() -> None:
    args = _opt_args("rmsprop")
    param, state = _step(args, "_rmsprop")
    ok, message = _judge("rmsprop-and-adamw", args, (param, *state))
    assert not ok and "return a tuple (param, state)" in message
    ok, message = _judge("rmsprop-and-adamw", args, (param, state[:2]))
    assert not ok and "3 new buffers" in message
    ok, message = _judge("rmsprop-and-adamw", args, (param, state))
    assert ok, message


def test_adamw_decay_is_independent_of_the_gradient_unlike_adams_l2() -> None:
    """The statement's point, on the reference: with zero moments and a zero gradient AdamW
    shrinks every weight by exactly 1 - lr * wd, whatever the weight."""
    problem = _problem("rmsprop-and-adamw")
    reference = load_function(problem.reference_path, "reference", "optimizer_step")
    param = np.array([2.0, -4.0, 1000.0])
    new, (m, v) = reference("adamw", param, np.zeros(3), [np.zeros(3), np.zeros(3)], 1, {**ADAMW, "lr": 0.1, "weight_decay": 0.5})
    assert np.array_equal(new, param * (1 - 0.1 * 0.5)) and not m.any() and not v.any()


# regression-losses

def _reg_args(loss: str, penalty: str, **extra: Any) -> dict[str, Any]:
    args = {"X": [[1.0, 0.0, 2.0], [0.0, 1.0, 1.0], [2.0, 2.0, 0.0], [1.0, 1.0, 1.0]], "w": [0.0, 2.0, -1.0],
            "y": [-2.0, 3.0, 4.0, 0.5], "loss": loss, "delta": 1.5, "penalty": penalty, "lam": 0.5, "l1_ratio": 0.25}
    args.update(extra)
    return args


def _objective(args: dict[str, Any], **changes: Any) -> tuple[Any, ...]:
    problem = _problem("regression-losses")
    fn = load_function(problem.root / "checker.py", "checker", "_objective")
    a = {**args, "X": np.array(args["X"]), "w": np.array(args["w"]), "y": np.array(args["y"])}
    return fn(a, **changes)


@pytest.mark.parametrize(
    "loss, penalty, changes, says",
    [
        ("mae", "l1", {"sign": lambda x: np.where(x >= 0, 1.0, -1.0)}, "MAE subgradient at a residual of exactly 0"),
        ("mse", "l1", {"pen_sign": lambda x: np.where(x >= 0, 1.0, -1.0)}, "at a weight of exactly 0 is 0"),
        ("mse", "none", {"two": 1.0}, "the factor 2 is missing"),
        ("huber", "none", {"smooth_l1": True}, "this is smooth L1"),
        ("huber", "none", {"huber_no_half": True}, "not r^2"),
        ("mse", "l2", {"l2_half": True}, "with gradient 2 * lam * w"),
        ("mae", "elastic_net", {"swap_ratio": True}, "the two were swapped"),
        ("huber", "l2", {"flip": True}, "the gradient's sign is flipped"),
        ("mse", "elastic_net", {"penalty_over_n": True}, "not divided by N"),
        ("mae", "l2", {"reduce_by_n": False}, "not the sum"),
    ],
)
def test_regression_mistakes_are_named(loss: str, penalty: str, changes: dict[str, Any], says: str) -> None:
    args = _reg_args(loss, penalty)
    ok, message = _judge("regression-losses", args, _objective(args, **changes))
    assert not ok and says in message, message


def test_regression_subgradients_at_zero_and_huber_at_delta() -> None:
    problem = _problem("regression-losses")
    reference = load_function(problem.reference_path, "reference", "regression_loss")
    X = np.array([[1.0], [2.0], [3.0], [4.0]])
    y = np.array([1.0, 0.5, 4.5, 4.0])  # residuals 0, 1.5, -1.5, 0
    loss, grad_pred, grad_w = reference(X, np.array([1.0]), y, "mae", 1.0, "l1", 2.0, 0.5)
    assert grad_pred.tolist() == [0.0, 0.25, -0.25, 0.0]  # sign(0) = 0
    _, _, grad_w = reference(X, np.array([0.0]), y, "mse", 1.0, "l1", 2.0, 0.5)
    assert grad_w[0] == pytest.approx(X[:, 0] @ (2 * (0.0 - y) / 4))  # no +lam at w = 0
    loss, grad_pred, _ = reference(X, np.array([1.0]), y, "huber", 1.5, "none", 0.0, 0.5)
    assert loss == pytest.approx(2 * 0.5 * 1.5**2 / 4) and grad_pred.tolist() == [0.0, 1.5 / 4, -1.5 / 4, 0.0]
