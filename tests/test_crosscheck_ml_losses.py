"""The references of issue 17's clip-contrastive-loss, rmsprop-and-adamw and regression-losses
against PyTorch on every case (examples, cases.yaml, generated): autograd through
F.normalize and F.cross_entropy for CLIP, torch.optim.RMSprop and torch.optim.AdamW (set to
each case's state, and run for several steps from zeros), and F.mse_loss, F.l1_loss,
F.huber_loss with autograd for the regression losses.

torch's answers must pass each problem's own checker at 1/100 of the stated tolerance: the
tolerance admits another correct implementation with room to spare.

torch is never a dependency of the judge: this module is skipped where it is not installed.
Run it in a separate environment that has torch and the judge installed."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from judge.cases import example_cases, hidden_cases
from judge.catalog import Catalog, Problem
from judge.loader import load_function
from judge.spec import Checker
from judge.typenames import parse_type

torch = pytest.importorskip("torch")
F = torch.nn.functional


def _problem(slug: str) -> Problem:
    return Catalog().get(slug)


def _runs(problem: Problem) -> list[tuple[str, dict[str, Any], dict[str, Any], Any]]:
    """(case id, the raw JSON args, the args as the solution gets them, the reference's answer)."""
    reference = load_function(problem.reference_path, "reference", problem.spec.entry.name)
    out = []
    for case in example_cases(problem) + hidden_cases(problem):
        args = {}
        for param in problem.spec.entry.params:
            ref = parse_type(param.type)
            value = case.args[param.name]
            if ref.is_array:
                value = np.array(value, dtype=ref.dtype)
            elif param.type == "list[ndarray]":
                value = [np.array(v, dtype=np.float64) for v in value]
            args[param.name] = value
        out.append((case.id, case.args, args, reference(**args)))
    return out


def _plain(value: Any) -> Any:
    """Arrays, tensors and tuples as the nested lists and floats the harness would send."""
    if hasattr(value, "detach"):
        value = value.detach().numpy()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (np.floating, float)):
        return float(value)
    return value


def _accepts(problem: Problem, raw_args: dict[str, Any], expected: Any, got: Any, case: str, tighter: float = 100.0) -> None:
    check = load_function(problem.root / "checker.py", "checker", "check")
    config = problem.spec.checker
    strict = Checker(kind=config.kind, abs_tol=config.abs_tol / tighter, rel_tol=config.rel_tol / tighter,
                     options={k: (v / tighter if k == "scale_tol" else v) for k, v in config.options.items()})
    ok, message = check(raw_args, _plain(expected), _plain(got), {}, strict)
    assert ok, f"{problem.slug} {case}: torch's answer is not within 1/{tighter:g} of the tolerance: {message}"


def _t(array: Any, grad: bool = False) -> Any:
    return torch.tensor(np.asarray(array, dtype=np.float64), dtype=torch.float64, requires_grad=grad)


def _torch_clip(x: np.ndarray, y: np.ndarray, logit_scale: float) -> tuple[Any, ...]:
    image, text, scale = _t(x, True), _t(y, True), _t(logit_scale, True)
    logits = scale.exp() * F.normalize(image, dim=-1) @ F.normalize(text, dim=-1).T
    labels = torch.arange(len(x))
    loss = (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)) / 2
    loss.backward()
    return loss.item(), image.grad, text.grad, scale.grad.item()


def test_clip_loss_and_gradients_match_autograd() -> None:
    problem = _problem("clip-contrastive-loss")
    for case, raw, args, expected in _runs(problem):
        got = _torch_clip(args["image_emb"], args["text_emb"], args["logit_scale"])
        assert np.isfinite(got[0]), f"{case}: torch's own loss is not finite"
        _accepts(problem, raw, expected, got, case)


def _rmsprop(param: np.ndarray, state: list[np.ndarray], step: int, o: dict[str, Any]) -> tuple[Any, Any]:
    p = _t(param, True)
    opt = torch.optim.RMSprop([p], lr=o["lr"], alpha=o["alpha"], eps=o["eps"], weight_decay=o["weight_decay"],
                              momentum=o["momentum"], centered=o["centered"], foreach=False)
    square_avg, buf, grad_avg = state
    torch_state: dict[str, Any] = {"step": torch.tensor(float(step - 1), dtype=torch.float64), "square_avg": _t(square_avg)}
    if o["momentum"] > 0:
        torch_state["momentum_buffer"] = _t(buf)
    if o["centered"]:
        torch_state["grad_avg"] = _t(grad_avg)
    opt.state[p] = torch_state
    return p, opt


def _adamw(param: np.ndarray, state: list[np.ndarray], step: int, o: dict[str, Any]) -> tuple[Any, Any]:
    p = _t(param, True)
    opt = torch.optim.AdamW([p], lr=o["lr"], betas=(o["beta1"], o["beta2"]), eps=o["eps"],
                            weight_decay=o["weight_decay"], foreach=False)
    exp_avg, exp_avg_sq = state
    opt.state[p] = {"step": torch.tensor(float(step - 1), dtype=torch.float64), "exp_avg": _t(exp_avg), "exp_avg_sq": _t(exp_avg_sq)}
    return p, opt


def _torch_step(
    kind: str, param: np.ndarray, grad: np.ndarray, state: list[np.ndarray], step: int, o: dict[str, Any]
) -> tuple[Any, list[Any]]:
    p, opt = (_rmsprop if kind == "rmsprop" else _adamw)(param, state, step, o)
    p.grad = _t(grad)
    opt.step()
    s = opt.state[p]
    if kind == "adamw":
        return p, [s["exp_avg"], s["exp_avg_sq"]]
    # Buffers torch does not keep come back unchanged (zeros), as the statement says.
    buf = s.get("momentum_buffer", _t(state[1]))
    grad_avg = s.get("grad_avg", _t(state[2]))
    return p, [s["square_avg"], buf, grad_avg]


def test_optimizer_steps_match_torch_optim_on_every_case() -> None:
    problem = _problem("rmsprop-and-adamw")
    for case, raw, args, expected in _runs(problem):
        got = _torch_step(args["kind"], args["param"], args["grad"], args["state"], args["step"], args["options"])
        _accepts(problem, raw, expected, got, case)


@pytest.mark.parametrize(
    "kind, options",
    [
        ("rmsprop", {"lr": 0.01, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0, "momentum": 0.0, "centered": False}),
        ("rmsprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-8, "weight_decay": 0.1, "momentum": 0.9, "centered": True}),
        ("rmsprop", {"lr": 0.001, "alpha": 0.95, "eps": 1e-6, "weight_decay": 0.0, "momentum": 0.5, "centered": False}),
        ("adamw", {"lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.1}),
        ("adamw", {"lr": 0.1, "beta1": 0.5, "beta2": 0.9, "eps": 1e-8, "weight_decay": 1.0}),
    ],
)
def test_optimizer_steps_track_torch_optim_over_many_steps(kind: str, options: dict[str, Any]) -> None:
    """One torch optimizer run for 25 steps from zeros, the reference fed its own state back."""
    problem = _problem("rmsprop-and-adamw")
    reference = load_function(problem.reference_path, "reference", "optimizer_step")
    rng = np.random.default_rng(17)
    start = rng.normal(size=(4, 5))
    p = _t(start, True)
    if kind == "rmsprop":
        opt = torch.optim.RMSprop([p], lr=options["lr"], alpha=options["alpha"], eps=options["eps"],
                                  weight_decay=options["weight_decay"], momentum=options["momentum"],
                                  centered=options["centered"], foreach=False)
        state = [np.zeros_like(start) for _ in range(3)]
    else:
        opt = torch.optim.AdamW([p], lr=options["lr"], betas=(options["beta1"], options["beta2"]), eps=options["eps"],
                                weight_decay=options["weight_decay"], foreach=False)
        state = [np.zeros_like(start) for _ in range(2)]
    ours = start.copy()
    for step in range(1, 26):
        grad = rng.normal(size=start.shape) * rng.choice([1e-3, 1.0, 10.0])
        p.grad = _t(grad)
        opt.step()
        ours, state = reference(kind, ours, grad, state, step, options)
        np.testing.assert_allclose(ours, p.detach().numpy(), rtol=1e-10, atol=1e-13, err_msg=f"{kind} step {step}")


def _torch_regression(a: dict[str, Any]) -> tuple[Any, ...]:
    X, w, y = _t(a["X"]), _t(a["w"], True), _t(a["y"])
    pred = X @ w
    pred.retain_grad()
    if a["loss"] == "mse":
        data = F.mse_loss(pred, y)
    elif a["loss"] == "mae":
        data = F.l1_loss(pred, y)
    else:
        data = F.huber_loss(pred, y, delta=a["delta"])
    lam, ratio = a["lam"], a["l1_ratio"]
    l1, l2 = w.abs().sum(), (w * w).sum()
    pen = {"none": 0.0 * l1, "l1": lam * l1, "l2": lam * l2, "elastic_net": lam * (ratio * l1 + (1 - ratio) * l2)}[a["penalty"]]
    loss = data + pen
    loss.backward()
    return loss.item(), pred.grad, w.grad


def test_regression_losses_match_torch_functional_and_autograd() -> None:
    problem = _problem("regression-losses")
    for case, raw, args, expected in _runs(problem):
        _accepts(problem, raw, expected, _torch_regression(args), case)


def test_torch_subgradients_at_zero_are_the_stated_ones() -> None:
    """The statement's conventions, checked on torch itself: sign(0) = 0 for l1_loss and |w|,
    and Huber's gradient at |r| = delta is r."""
    pred = _t([0.0, 1.5, -1.5, 3.0], True)
    F.l1_loss(pred, _t([0.0, 0.0, 0.0, 0.0])).backward()
    assert pred.grad.tolist() == [0.0, 0.25, -0.25, 0.25]
    pred.grad = None
    F.huber_loss(pred, _t([0.0, 0.0, 0.0, 0.0]), delta=1.5).backward()
    assert pred.grad.tolist() == [0.0, 1.5 / 4, -1.5 / 4, 1.5 / 4]
    w = _t([0.0, -2.0], True)
    w.abs().sum().backward()
    assert w.grad.tolist() == [0.0, -1.0]
