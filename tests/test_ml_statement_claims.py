"""The numeric claims that the statements of lr-schedules, grad-clip-global-norm,
bce-with-logits, focal-loss and the finite-difference problems make, held against the
references, the judge's own finite-difference check and (where installed) PyTorch.

torch is optional: the tests that need it are skipped where it is absent."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from judge.catalog import Catalog
from judge.loader import load_function
from judge.ml import gradient_check


def _reference(slug: str) -> Any:
    problem = Catalog().get(slug)
    return load_function(problem.reference_path, "reference", problem.spec.entry.name)


def _hf_cosine_with_min_lr(t: int, warmup: int, total: int, base_lr: float, min_lr: float) -> float:
    """transformers.optimization's _get_cosine_schedule_with_warmup_lr_lambda (num_cycles 0.5,
    min_lr_rate = min_lr / base_lr) times base_lr, as LambdaLR applies it: no clamp of progress."""
    if t < warmup:
        return base_lr * t / max(1, warmup)
    progress = (t - warmup) / max(1, total - warmup)
    factor = 0.5 * (1.0 + math.cos(math.pi * 0.5 * 2.0 * progress))
    rate = min_lr / base_lr
    return base_lr * max(0.0, factor * (1 - rate) + rate)


@pytest.mark.parametrize("min_lr", [0.0, 0.1])
def test_lr_schedules_cosine_is_hugging_faces_up_to_total_steps_and_held_after(min_lr: float) -> None:
    warmup, total, base = 3, 11, 1.0
    ours = _reference("lr-schedules")("warmup_cosine", base, 30, {"warmup_steps": warmup, "total_steps": total, "min_lr": min_lr})
    hf = np.array([_hf_cosine_with_min_lr(t, warmup, total, base, min_lr) for t in range(30)])
    assert np.allclose(ours[: total + 1], hf[: total + 1], rtol=1e-12, atol=1e-15)
    assert np.all(ours[total:] == min_lr)
    # Hugging Face climbs again after total_steps, back to base_lr at t = 2T - W.
    assert np.all(np.diff(hf[total : 2 * total - warmup + 1]) > 0)
    assert hf[2 * total - warmup] == pytest.approx(base, rel=1e-12)
    # min_lr is not a floor under the warmup: it starts from 0.
    assert ours[0] == 0.0 and hf[0] == 0.0


def test_grad_clip_reference_stays_finite_where_squares_overflow() -> None:
    clipped, total = _reference("grad-clip-global-norm")([np.array([1.2e154]), np.array([1.2e154])], 1.0)
    assert total == pytest.approx(1.2e154 * math.sqrt(2), rel=1e-15)
    assert [float(c[0]) for c in clipped] == pytest.approx([1 / math.sqrt(2)] * 2, rel=1e-12)
    _, total = _reference("grad-clip-global-norm")([np.full(10**5, 1e300)], 1.0)
    assert total == pytest.approx(1e300 * math.sqrt(1e5), rel=1e-12)  # "at most about 3.2e302"


def _torch_clip(values: list[list[float]]) -> tuple[float, list[list[float]]]:
    torch = pytest.importorskip("torch")
    params = []
    for v in values:
        p = torch.zeros(len(v), dtype=torch.float64, requires_grad=True)
        p.grad = torch.tensor(v, dtype=torch.float64)
        params.append(p)
    total = torch.nn.utils.clip_grad_norm_(params, 1.0)
    return float(total), [p.grad.tolist() for p in params]


def test_torch_clip_grad_norm_overflows_above_the_square_root_of_the_float64_maximum() -> None:
    assert math.sqrt(np.finfo(np.float64).max) == pytest.approx(1.34e154, rel=1e-3)
    total, grads = _torch_clip([[9e153], [9e153]])  # sum of squares 1.62e308: still finite
    assert math.isfinite(total)
    for values in ([[1.2e154], [1.2e154]], [[1.3e154, 0.65e154]], [[1e300, 0.0]], [[1e300], [1.0]]):
        total, grads = _torch_clip(values)
        assert total == math.inf and all(g == 0.0 for row in grads for g in row), values
    total, grads = _torch_clip([[1e300]])  # a single value: its absolute value
    assert total == 1e300 and grads == [[1.0]]
    total, _ = _torch_clip([[1e-160, 2e-160]])  # subnormal squares: precision lost
    assert not math.isclose(total, math.hypot(1e-160, 2e-160), rel_tol=1e-9)
    total, grads = _torch_clip([[1e-170, 2e-170]])  # squares underflow to 0
    assert total == 0.0 and grads == [[1e-170, 2e-170]]


def test_finite_difference_check_is_elementwise_not_a_norm() -> None:
    x = np.linspace(-1.0, 1.0, 100)

    def f(point: np.ndarray) -> float:
        return float(np.sum(point**3) / 3)

    exact = x**2
    # Every entry off by 0.9e-5: a norm of the error would be 9e-5, yet each entry is within 1e-5 + 1e-4 |d|.
    assert gradient_check(f, x, exact + 0.9e-5) is None
    # One entry off by 3e-5 where d = x^2 is about 1e-4: outside 1e-5 + 1e-4 * |d| at that entry alone.
    bad = exact.copy()
    middle = int(np.argmin(np.abs(x)))
    bad[middle] += 3e-5
    problem = gradient_check(f, x, bad)
    assert problem is not None and f"[{middle}]" in problem


def test_float64_sigmoid_is_exactly_one_from_36_73680056967711() -> None:
    def sigmoid(z: float) -> float:
        with np.errstate(over="ignore"):  # exp(709.8) overflows to inf: that is the point at -709.8
            return float(1.0 / (1.0 + np.exp(-np.float64(z))))

    threshold = 36.73680056967711
    assert np.nextafter(36.7368005696771, 40.0) == threshold  # the first float64 above 53 ln 2
    assert abs(36.7368005696771 - 53 * math.log(2)) < 1e-14
    assert sigmoid(threshold) == 1.0 and sigmoid(36.7368005696771) < 1.0
    assert all(sigmoid(z) == 1.0 for z in np.linspace(threshold, 45.0, 10001))
    assert sigmoid(-45.0) > 2.8e-20 and sigmoid(-709.7) > 0.0 and sigmoid(-709.8) == 0.0
    naive = -math.log(1.0 - sigmoid(30.0))
    assert naive == pytest.approx(30.00102, abs=1e-5)
    loss, _ = _reference("bce-with-logits")(np.array([30.0]), np.array([0.0]))
    assert loss == pytest.approx(30.0000000000000936, abs=1e-14)


def test_torch_sigmoid_rounds_to_one_at_the_same_logit() -> None:
    torch = pytest.importorskip("torch")
    z = torch.tensor([36.7368005696771, 36.73680056967711], dtype=torch.float64)
    assert torch.sigmoid(z).tolist() == [float(1 / (1 + np.exp(-36.7368005696771))), 1.0]


def test_focal_loss_term_is_2000_only_with_one_dominant_class() -> None:
    focal = _reference("focal-loss")

    def term(logits: list[float]) -> float:
        return float(focal(np.array([logits]), np.array([len(logits) - 1]), 2.0, None))

    assert term([1000.0, -1000.0]) == 2000.0
    assert term([1000.0, 970.0, -1000.0]) == 2000.0  # one other class 30 below: exp(-30) < 1.1e-13
    assert term([1000.0, 971.0, 971.0, -1000.0]) > 2000.0  # two at 29 below: 5e-13 of log term
    assert term([1000.0, 1000.0, -1000.0]) == pytest.approx(2000 + math.log(2), rel=1e-15)
    many = [1000.0] + [970.0] * 998 + [-1000.0]
    assert term(many) > 2000.0  # 998 classes 30 below: the sum, not each one, decides
    assert np.spacing(2000.0) / 2 == pytest.approx(1.1e-13, rel=0.05)
