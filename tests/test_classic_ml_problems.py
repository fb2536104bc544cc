"""Issue 17's classic-ML packages (logistic-regression-gd, classification-metrics,
naive-bayes): listed with both languages, tolerances that hold for correct solutions which
round differently, references that follow the statement's definitions, and wrong answers
rejected with the message that names the mistake."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from judge.cases import example_cases, hidden_cases
from judge.catalog import Catalog, Problem
from judge.checkers import Answer, checker_for
from judge.cli import cli
from judge.harness import encode_value
from judge.loader import load_function
from judge.spec import FunctionEntry
from judge.typenames import parse_type

SLUGS = ["logistic-regression-gd", "classification-metrics", "naive-bayes"]


def _arrays(problem: Problem, raw: dict[str, Any]) -> dict[str, Any]:
    entry = problem.spec.entry
    assert isinstance(entry, FunctionEntry)
    args = {}
    for param in entry.params:
        ref = parse_type(param.type)
        args[param.name] = np.array(raw[param.name], dtype=ref.dtype) if ref.is_array else raw[param.name]
    return args


def _reference(problem: Problem) -> Callable[..., Any]:
    return load_function(problem.reference_path, "reference", problem.spec.entry.name)


def _all_cases(problem: Problem) -> list[tuple[str, dict[str, Any]]]:
    return [(case.id, case.args) for case in example_cases(problem) + hidden_cases(problem)]


def _judged(problem: Problem, raw: dict[str, Any], got: Any) -> tuple[bool, str]:
    expected = _reference(problem)(**_arrays(problem, raw))
    result = checker_for(problem)(Answer(raw, encode_value(expected, {}), encode_value(got, {}), {}))
    return result.ok, result.message


def test_listed_under_classic_ml_with_both_languages(catalog: Catalog, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["list", "--tag", "classic-ml", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert set(SLUGS) <= {row["slug"] for row in json.loads(result.output)}
    for slug in SLUGS:
        assert {"ml", "classic-ml"} <= set(catalog.get(slug).spec.tags)
        shown = runner.invoke(cli, ["show", slug, "--lang", "zh", "--no-pager"], catch_exceptions=False)
        assert shown.exit_code == 0, shown.output


# --- logistic-regression-gd ------------------------------------------------------------


def _gd(X: np.ndarray, y: np.ndarray, lr: float, epochs: int, l2: float, *, bias_decay: float = 0.0,
        penalty_grad: float = 1.0, grad_scale: float = 1.0, naive_loss: bool = False, after: bool = False,
        clip: float | None = None) -> tuple[np.ndarray, float, np.ndarray]:
    """Gradient descent as a candidate writes it, with one switch per mistake."""
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses = np.zeros(epochs)

    def loss(w: np.ndarray, b: float) -> float:
        z = X @ w + b
        if naive_loss or clip is not None:
            p = 1 / (1 + np.exp(-z))
            if clip is not None:
                p = np.clip(p, clip, 1 - clip)
            data = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        else:
            data = np.mean(np.logaddexp(0, z) - y * z)
        return float(data + 0.5 * l2 * w @ w)

    with np.errstate(all="ignore"):
        for t in range(epochs):
            if not after:
                losses[t] = loss(w, b)
            z = X @ w + b
            r = (0.5 + 0.5 * np.tanh(0.5 * z) - y) * grad_scale / n
            w, b = w - lr * (X.T @ r + penalty_grad * l2 * w), b - lr * (r.sum() + bias_decay * l2 * b)
            if after:
                losses[t] = loss(w, b)
    return w, float(b), losses


IMBALANCED: dict[str, Any] = {"X": [[1.0, 2.0], [2.0, -1.0], [-1.5, 0.5], [-1.0, -2.0], [0.5, 0.5]], "y": [1, 1, 0, 0, 1],
              "lr": 0.5, "epochs": 20, "l2": 0.3}
FAR: dict[str, Any] = {"X": [[3.0, 1.0], [2.5, -1.0], [-3.0, 0.5], [-2.0, -0.5], [4.0, 0.0]], "y": [1, 1, 0, 0, 1],
       "lr": 50.0, "epochs": 12, "l2": 0.01}
# The first step leaves the third point on the wrong side by a logit of 333, where a
# clipped probability caps its loss at -log(eps).
WRONG_SIDE: dict[str, Any] = {"X": [[1000.0], [-1000.0], [1.0]], "y": [1, 0, 0], "lr": 1.0, "epochs": 15, "l2": 0.0}


@pytest.mark.parametrize(("raw", "mistake", "named"), [
    (IMBALANCED, {"bias_decay": 1.0}, "the bias is regularised"),
    (IMBALANCED, {"penalty_grad": 2.0}, "has gradient l2 * w, not 2 * l2 * w"),
    (IMBALANCED, {"grad_scale": 5.0}, "the data gradient is N = 5 times too large"),
    (IMBALANCED, {"after": True}, "yours are the losses after each update"),
    (FAR, {"naive_loss": True}, "log(sigmoid(z)) or log(1 - sigmoid(z)) is log(0) = -inf"),
    (WRONG_SIDE, {"clip": 1e-15}, "caps an example's loss at -log(eps) = 34.54"),
], ids=["bias", "penalty-2x", "sum", "after", "naive-log", "clipped"])
def test_logistic_regression_mistakes_are_named(catalog: Catalog, raw: dict, mistake: dict, named: str) -> None:
    problem = catalog.get("logistic-regression-gd")
    got = _gd(np.array(raw["X"]), np.array(raw["y"], dtype=float), raw["lr"], raw["epochs"], raw["l2"], **mistake)
    ok, message = _judged(problem, raw, got)
    assert not ok
    assert named in message, message


def test_logistic_regression_candidate_without_mistakes_is_accepted(catalog: Catalog) -> None:
    problem = catalog.get("logistic-regression-gd")
    for raw in (IMBALANCED, FAR, WRONG_SIDE):
        got = _gd(np.array(raw["X"]), np.array(raw["y"], dtype=float), raw["lr"], raw["epochs"], raw["l2"])
        assert _judged(problem, raw, got) == (True, "")


def test_logistic_regression_tolerance_absorbs_rounding_on_every_case(catalog: Catalog) -> None:
    # Gradient descent could amplify rounding over the epochs; the cases keep it contracting.
    # A one-ulp change of every input must move every output by under 1% of the tolerance.
    problem = catalog.get("logistic-regression-gd")
    reference = _reference(problem)
    config = problem.spec.checker
    signs = np.random.default_rng(0)
    for case_id, raw in _all_cases(problem):
        args = _arrays(problem, raw)
        base = reference(**args)
        X = args["X"]
        args["X"] = np.nextafter(X, np.where(signs.random(X.shape) < 0.5, -np.inf, np.inf))
        nudged = reference(**args)
        for name, a, b in zip(("w", "b", "losses"), base, nudged):
            a, b = np.atleast_1d(a), np.atleast_1d(b)
            assert np.all(np.isfinite(a)), (case_id, name)
            ratio = np.abs(a - b) / (config.abs_tol + config.rel_tol * np.abs(a))
            assert ratio.max() < 0.01, f"{case_id}: {name} moves by {ratio.max():.3g} of the tolerance"


def test_logistic_regression_losses_start_at_log_2_and_separable_logits_stay_finite(catalog: Catalog) -> None:
    problem = catalog.get("logistic-regression-gd")
    reference = _reference(problem)
    for case_id, raw in _all_cases(problem):
        args = _arrays(problem, raw)
        losses = reference(**args)[2]
        assert losses[0] == pytest.approx(math.log(2), rel=1e-15), case_id
        assert np.all(np.isfinite(losses)) and np.all(losses >= 0), case_id
    hardest = max((max(np.max(np.abs(np.array(raw["X"]) @ reference(**_arrays(problem, raw))[0])), 0.0), case_id)
                  for case_id, raw in _all_cases(problem))
    assert hardest[0] > 1000, "some case must drive the logits past 1000"


# --- classification-metrics ------------------------------------------------------------


def _brute_auc(positive: np.ndarray, s: np.ndarray) -> float:
    pos, neg = s[positive], s[~positive]
    if len(pos) == 0 or len(neg) == 0:
        return math.nan
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def test_metrics_reference_follows_the_definitions(catalog: Catalog) -> None:
    problem = catalog.get("classification-metrics")
    reference = _reference(problem)
    checked = 0
    for case_id, raw in _all_cases(problem):
        args = _arrays(problem, raw)
        y, p, s, c = args["y_true"], args["y_pred"], args["scores"], args["num_classes"]
        if len(y) > 3000:
            continue  # the all-pairs count below is quadratic
        precision, recall, f1, macro, micro, auc = reference(**args)
        for k in range(c):
            tp, fp, fn = np.sum((y == k) & (p == k)), np.sum((y != k) & (p == k)), np.sum((y == k) & (p != k))
            want_p = tp / (tp + fp) if tp + fp else 0.0
            want_r = tp / (tp + fn) if tp + fn else 0.0
            want_f = 2 * want_p * want_r / (want_p + want_r) if want_p + want_r else 0.0
            assert (precision[k], recall[k], f1[k]) == pytest.approx((want_p, want_r, want_f), abs=1e-15), case_id
            assert _brute_auc(y == k, s[:, k]) == pytest.approx(auc[k], abs=1e-15, nan_ok=True), case_id
        assert macro == pytest.approx([precision.mean(), recall.mean(), f1.mean()], abs=1e-15)
        assert micro == pytest.approx([np.mean(y == p)] * 3, abs=1e-15)
        checked += 1
    assert checked >= 15


TIES: dict[str, Any] = {"y_true": [1, 0, 1, 0, 1, 0, 0, 1, 0, 1], "y_pred": [1, 0, 0, 1, 1, 0, 0, 1, 1, 0],
        "scores": [[0.5, 0.5], [0.8, 0.2], [0.5, 0.5], [0.5, 0.5], [0.1, 0.9], [0.8, 0.2], [0.2, 0.8], [0.2, 0.8],
                   [0.2, 0.8], [0.8, 0.2]], "num_classes": 2}
ABSENT: dict[str, Any] = {"y_true": [0, 1, 1, 0, 2, 2], "y_pred": [0, 1, 2, 0, 2, 1],
          "scores": [[1.0, 0.0, 0.0, 0.5], [0.0, 1.0, 0.0, 0.5], [0.0, 0.6, 0.4, 0.5], [0.7, 0.2, 0.1, 0.5],
                     [0.1, 0.1, 0.8, 0.5], [0.2, 0.5, 0.3, 0.5]], "num_classes": 4}
NEVER_PREDICTED: dict[str, Any] = {"y_true": [0, 1, 2, 2, 0], "y_pred": [0, 0, 2, 2, 0],
                   "scores": [[0.7, 0.2, 0.1], [0.5, 0.3, 0.2], [0.1, 0.2, 0.7], [0.2, 0.3, 0.5], [0.6, 0.3, 0.1]],
                   "num_classes": 3}


def _metrics_with(raw: dict, problem: Problem, change: Callable[[list[np.ndarray], dict], None]) -> list[np.ndarray]:
    args = _arrays(problem, raw)
    answer = [np.array(part, dtype=float) for part in _reference(problem)(**args)]
    change(answer, args)
    return answer


def _auc_with(tie: float) -> Callable[[list[np.ndarray], dict], None]:
    def change(answer: list[np.ndarray], args: dict) -> None:
        for k in range(args["num_classes"]):
            positive, s = args["y_true"] == k, args["scores"][:, k]
            pos, neg = s[positive], s[~positive]
            if len(pos) and len(neg):
                answer[5][k] = ((pos[:, None] > neg).sum() + tie * (pos[:, None] == neg).sum()) / (len(pos) * len(neg))
    return change


def _macro_present(answer: list[np.ndarray], args: dict) -> None:
    present = np.isin(np.arange(args["num_classes"]), np.r_[args["y_true"], args["y_pred"]])
    answer[3] = np.array([answer[0][present].mean(), answer[1][present].mean(), answer[2][present].mean()])


def _nan_precision(answer: list[np.ndarray], args: dict) -> None:
    answer[0][np.bincount(args["y_pred"], minlength=args["num_classes"]) == 0] = np.nan


def _auc_half_when_undefined(answer: list[np.ndarray], args: dict) -> None:
    answer[5] = np.nan_to_num(answer[5], nan=0.5)


def _swap_averages(answer: list[np.ndarray], args: dict) -> None:
    answer[3], answer[4] = answer[4], answer[3]


@pytest.mark.parametrize(("raw", "change", "named"), [
    (TIES, _auc_with(0.0), "AUC ignores ties"),
    (TIES, _auc_with(1.0), "tied scores count 1/2"),
    (ABSENT, _macro_present, "the macro average is over all num_classes classes"),
    (NEVER_PREDICTED, _nan_precision, "nan where a count is 0/0"),
    (ABSENT, _auc_half_when_undefined, "return nan for it, not 0.5"),
    (NEVER_PREDICTED, _swap_averages, "macro and micro are swapped"),
], ids=["ties-ignored", "ties-as-wins", "macro-present-only", "zero-division-nan", "undefined-auc-half", "swapped"])
def test_metrics_mistakes_are_named(catalog: Catalog, raw: dict, change: Callable, named: str) -> None:
    problem = catalog.get("classification-metrics")
    ok, message = _judged(problem, raw, tuple(_metrics_with(raw, problem, change)))
    assert not ok
    assert named in message, message


def test_metrics_nan_is_required_exactly_where_auc_is_undefined(catalog: Catalog) -> None:
    problem = catalog.get("classification-metrics")
    unchanged = _metrics_with(ABSENT, problem, lambda answer, args: None)
    assert np.isnan(unchanged[5][3]) and _judged(problem, ABSENT, tuple(unchanged)) == (True, "")
    spoiled = _metrics_with(ABSENT, problem, lambda answer, args: answer[5].__setitem__(0, np.nan))
    ok, message = _judged(problem, ABSENT, tuple(spoiled))
    assert not ok and "auc has 1 nan value" in message, message


# --- naive-bayes ----------------------------------------------------------------------


EMPTY_DOCS: dict[str, Any] = {"X_train": [[1, 2], [2, 1], [0, 3], [3, 0], [1, 1]], "y_train": [2, 0, 1, 0, 2],
              "X_test": [[0, 0], [0, 1]], "alpha": 0.5}
UNSEEN: dict[str, Any] = {"X_train": [[3, 0, 1], [2, 0, 2], [0, 4, 1]], "y_train": [0, 0, 1],
          "X_test": [[1, 0, 0], [0, 1, 0], [5, 1, 0]], "alpha": 0.3}
LONG: dict[str, Any] = {"X_train": [[10, 5, 1, 0], [2, 8, 6, 4], [1, 1, 1, 9]], "y_train": [0, 1, 2],
        "X_test": [[12500, 12500, 12500, 12500], [50000, 0, 0, 0]], "alpha": 1.0}


def _bayes(raw: dict, *, denominator: str = "alpha*V", alpha: float | None = None, product: bool = False,
           ties_high: bool = False) -> tuple[np.ndarray, ...]:
    """Naive Bayes as a candidate writes it, with one switch per mistake."""
    X, y, T = np.array(raw["X_train"]), np.array(raw["y_train"]), np.array(raw["X_test"])
    a = raw["alpha"] if alpha is None else alpha
    c, v = y.max() + 1, X.shape[1]
    prior = np.bincount(y) / len(y)
    counts = np.array([X[y == k].sum(axis=0) for k in range(c)], dtype=float)
    extra = {"alpha*V": a * v, "none": 0.0, "alpha": a}[denominator]
    with np.errstate(all="ignore"):
        lik = (counts + a) / (counts.sum(axis=1, keepdims=True) + extra)
        joint = T @ np.log(lik).T + np.log(prior)
        if product:
            probs = prior * np.array([np.prod(lik ** doc, axis=1) for doc in T])
            log_post = np.log(probs / probs.sum(axis=1, keepdims=True))
            pred = probs.argmax(axis=1)
        else:
            log_post = joint - np.logaddexp.reduce(joint, axis=1, keepdims=True)
            pred = c - 1 - joint[:, ::-1].argmax(axis=1) if ties_high else joint.argmax(axis=1)
        return np.log(prior), np.log(lik), log_post, pred.astype(np.int64)


@pytest.mark.parametrize(("raw", "mistake", "named"), [
    (UNSEEN, {"denominator": "none"}, "yours smooths only the numerator"),
    (UNSEEN, {"denominator": "alpha"}, "not + alpha"),
    (UNSEEN, {"alpha": 0.0}, "no smoothing: a word never seen in class c gets probability 0"),
    (UNSEEN, {"alpha": 1.0}, "smoothing with 1 (Laplace) instead of the given alpha"),
    (LONG, {"product": True}, "multiplying raw probabilities underflows to 0"),
    (EMPTY_DOCS, {"ties_high": True}, "ties go to the lowest class index"),
], ids=["no-alpha-V", "plus-alpha", "no-smoothing", "laplace-1", "product", "ties-high"])
def test_naive_bayes_mistakes_are_named(catalog: Catalog, raw: dict, mistake: dict, named: str) -> None:
    problem = catalog.get("naive-bayes")
    ok, message = _judged(problem, raw, _bayes(raw, **mistake))
    assert not ok
    assert named in message, message


def test_naive_bayes_candidate_without_mistakes_is_accepted(catalog: Catalog) -> None:
    problem = catalog.get("naive-bayes")
    for raw in (EMPTY_DOCS, UNSEEN, LONG):
        assert _judged(problem, raw, _bayes(raw)) == (True, "")


def test_naive_bayes_posterior_tolerance_absorbs_rounding_of_long_documents(catalog: Catalog) -> None:
    # The joint log-likelihood of a 50000-word document is about -10^6; computing it in
    # extended precision must move the log posterior by well under its tolerance.
    problem = catalog.get("naive-bayes")
    reference = _reference(problem)
    atol, rtol = problem.spec.checker.options["posterior_abs_tol"], problem.spec.checker.rel_tol
    for case_id, raw in _all_cases(problem):
        args = _arrays(problem, raw)
        log_prior, log_likelihood, log_posterior, _ = reference(**args)
        joint = args["X_test"].astype(np.longdouble) @ log_likelihood.T.astype(np.longdouble) + log_prior
        precise = joint - joint.max(axis=1, keepdims=True)
        precise = precise - np.log(np.exp(precise).sum(axis=1, keepdims=True))
        ratio = np.abs(log_posterior - precise.astype(np.float64)) / (atol + rtol * np.abs(log_posterior))
        assert ratio.max() < 0.05, f"{case_id}: the log posterior moves by {ratio.max():.3g} of its tolerance"


def test_naive_bayes_validator_refuses_a_near_tie_it_cannot_promise(catalog: Catalog) -> None:
    problem = catalog.get("naive-bayes")
    validate = load_function(problem.root / "validator.py", "validator", "validate")
    # Two classes trained on the same document: a non-empty test document ties them exactly,
    # which correct solutions may break either way through rounding of the sum.
    tied = {"X_train": [[2, 1], [2, 1]], "y_train": [0, 1], "X_test": [[3, 4]], "alpha": 1.0}
    with pytest.raises(AssertionError, match=r"within 0\.0001"):
        validate(tied)
    validate({**tied, "X_test": [[0, 0]]})  # an empty document ties exactly: allowed
