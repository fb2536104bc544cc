"""Issue 17's network-layer references against PyTorch, on every case (examples, hand-written
and generated): conv2d-backward against F.conv2d and autograd (dout fed to backward), and
lstm-forward against nn.LSTM loaded with the case's weights and initial state.

torch is never a dependency of the judge: this module is skipped where torch is not installed.
Run it where torch and the judge are both importable (`pip install -e .` into that venv).
Everything runs in float64.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from judge.cases import submission_cases
from judge.catalog import Catalog, Problem
from judge.loader import load_function
from judge.typenames import parse_type

torch = pytest.importorskip("torch")
F = torch.nn.functional


def _cases(slug: str) -> list[tuple[Problem, str, dict[str, Any]]]:
    """Each case's arguments as the harness passes them: arrays of the declared dtype."""
    problem = Catalog().get(slug)
    result = []
    for case in submission_cases(problem):
        converted = {}
        for param in problem.spec.entry.params:  # type: ignore[union-attr]
            ref = parse_type(param.type)
            value = case.args[param.name]
            converted[param.name] = np.asarray(value, dtype=ref.dtype or "float64") if ref.is_array else value
        result.append((problem, case.id, converted))
    return result


def _reference(problem: Problem) -> Callable[..., Any]:
    return load_function(problem.reference_path, "reference", problem.spec.entry.name)


def _t(a: np.ndarray, grad: bool = False) -> Any:
    return torch.tensor(np.asarray(a, dtype=np.float64), dtype=torch.float64, requires_grad=grad)


def _close(problem: Problem, ours: Any, theirs: Any, what: str) -> None:
    """Within the tolerance the statement quotes, as the checker would judge it."""
    tol = problem.spec.checker
    theirs = theirs.detach().numpy() if hasattr(theirs, "detach") else np.asarray(theirs)
    assert np.shape(ours) == theirs.shape, f"{what}: shape {np.shape(ours)} vs torch's {theirs.shape}"
    np.testing.assert_allclose(np.asarray(ours), theirs, rtol=tol.rel_tol, atol=tol.abs_tol, err_msg=what)


def test_conv2d_forward_and_gradients_match_torch_autograd() -> None:
    cases = _cases("conv2d-backward")
    assert len(cases) >= 30
    for problem, case, a in cases:
        out, dx, dw, db = _reference(problem)(**a)
        x, w, b = _t(a["x"], True), _t(a["weight"], True), _t(a["bias"], True)
        y = F.conv2d(x, w, b, stride=a["stride"], padding=a["padding"])
        y.backward(_t(a["dout"]))
        _close(problem, out, y, f"{case} out")
        _close(problem, dx, x.grad, f"{case} dx")
        _close(problem, dw, w.grad, f"{case} dw")
        _close(problem, db, b.grad, f"{case} db")


def test_conv2d_flipped_kernel_is_torch_conv_of_the_rotated_kernel() -> None:
    # The named mistake "true convolution" is F.conv2d with the kernel rotated by 180 degrees.
    problem, _case, a = _cases("conv2d-backward")[0]
    out = _reference(problem)(**{**a, "weight": a["weight"][:, :, ::-1, ::-1].copy()})[0]
    flipped = F.conv2d(_t(a["x"]), _t(a["weight"]).flip(-1, -2), _t(a["bias"]), stride=a["stride"], padding=a["padding"])
    _close(problem, out, flipped, "rotated kernel")
    assert not np.allclose(out, _reference(problem)(**a)[0])


def test_lstm_matches_torch_nn_lstm_with_the_same_weights() -> None:
    cases = _cases("lstm-forward")
    assert len(cases) >= 20
    for problem, case, a in cases:
        output, h_n, c_n = _reference(problem)(**a)
        hidden, inputs = a["h0"].shape[1], a["x"].shape[2]
        lstm = torch.nn.LSTM(inputs, hidden, batch_first=False).double()
        with torch.no_grad():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(lstm, f"{name}_l0").copy_(_t(a[name]))
            y, (h, c) = lstm(_t(a["x"]), (_t(a["h0"])[None], _t(a["c0"])[None]))
        _close(problem, output, y, f"{case} output")
        _close(problem, h_n, h[0], f"{case} h_n")
        _close(problem, c_n, c[0], f"{case} c_n")


def test_lstm_gate_order_is_torch_chunk_order() -> None:
    # torch.nn.LSTMCell's documented order, i, f, g, o, checked directly: pin the forget gate
    # open and the input gate shut through bias_hh rows [H, 2H) and [0, H), and the cell must stay c0.
    hidden = 3
    cell = torch.nn.LSTMCell(2, hidden).double()
    with torch.no_grad():
        cell.bias_ih.zero_()
        cell.bias_hh.copy_(torch.tensor([-1000.0] * hidden + [1000.0] * hidden + [0.0] * (2 * hidden)))
        c0 = torch.tensor([[0.5, -2.0, 3.0]], dtype=torch.float64)
        _, c = cell(torch.randn(1, 2, dtype=torch.float64), (torch.zeros(1, hidden, dtype=torch.float64), c0))
    assert torch.equal(c, c0)
