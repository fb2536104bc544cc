"""gmm-em-step, kmeans and smote (issue 17): the nasty cases and each named mistake, judged by
the problems' own checkers on answers written here, and the properties the checkers rely on
(EM's monotone log-likelihood, the statistics' power on the hidden k-means++ case)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from judge.cases import example_cases, hidden_cases, manual_cases
from judge.catalog import Catalog, Problem
from judge.checkers import Answer, checker_for
from judge.loader import load_function, load_module
from judge.typenames import parse_type


def _encode(value: Any) -> Any:
    """An answer as the harness sends it: arrays as $ndarray, tuples as lists."""
    if isinstance(value, np.ndarray):
        return {"$ndarray": {"dtype": str(value.dtype), "shape": list(value.shape), "data": value.tolist()}}
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def _call_args(problem: Problem, args: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for param in problem.spec.entry.params:
        ref = parse_type(param.type)
        value = args[param.name]
        out[param.name] = np.array(value, dtype=ref.dtype) if ref.is_array and value is not None else value
    return out


def _judge(slug: str, args: dict[str, Any], got: Any) -> tuple[bool, str]:
    problem = Catalog().get(slug)
    reference = load_function(problem.reference_path, "reference", problem.spec.entry.name)
    expected = reference(**_call_args(problem, args))
    result = checker_for(problem)(Answer(args, _encode(expected), _encode(got), {}))
    return result.ok, result.message


def _case(slug: str, name_part: str) -> dict[str, Any]:
    problem = Catalog().get(slug)
    return next(c.args for c in example_cases(problem) + hidden_cases(problem) if name_part in c.name)


# ---- gmm-em-step ---------------------------------------------------------------------------

def _gmm_reference(args: dict[str, Any]) -> tuple:
    problem = Catalog().get("gmm-em-step")
    return load_function(problem.reference_path, "reference", "gmm_em_step")(**_call_args(problem, args))


def test_gmm_far_point_without_log_sum_exp_is_nan_and_named() -> None:
    args = _case("gmm-em-step", "a million below")
    X, w, mu, cov = (np.array(args[k], dtype=float) for k in ("X", "weights", "means", "covariances"))
    d = X.shape[1]
    p = np.stack([w[k] * np.exp(-0.5 * np.einsum("ni,ij,nj->n", X - mu[k], np.linalg.inv(cov[k]), X - mu[k]))
                  / np.sqrt((2 * np.pi) ** d * np.linalg.det(cov[k])) for k in range(len(w))], axis=1)
    with np.errstate(all="ignore"):
        resp = p / p.sum(axis=1, keepdims=True)
    good = _gmm_reference(args)
    ok, message = _judge("gmm-em-step", args, (resp, *good[1:]))
    assert not ok
    assert "resp has 2 nan values" in message and "normalise in log space with log-sum-exp" in message


def test_gmm_reference_never_decreases_the_log_likelihood_without_a_regulariser() -> None:
    problem = Catalog().get("gmm-em-step")
    checker = load_module(problem.checker_path, "checker")
    checked = 0
    for case in example_cases(problem) + hidden_cases(problem):
        if case.args["reg_covar"] != 0:
            continue
        X = np.array(case.args["X"], dtype=float)
        _, w, mu, cov, before = _gmm_reference(case.args)
        assert checker.mean_log_likelihood(X, w, mu, cov) >= before - 1e-12 * (1 + abs(before)), case.id
        checked += 1
    assert checked >= 4


def test_gmm_a_step_that_lowers_the_log_likelihood_is_told_so() -> None:
    args = _case("gmm-em-step", "biased sample covariance")  # reg_covar = 0
    resp, w, mu, cov, ll = _gmm_reference(args)
    ok, message = _judge("gmm-em-step", args, (resp, w, mu + 3.0, cov, ll))
    assert not ok
    assert message.startswith("means: ") and "an EM step with reg_covar = 0 never decreases it" in message


def test_gmm_responsibilities_must_be_a_posterior() -> None:
    args = _case("gmm-em-step", "tight component and a wide one")
    resp, w, mu, cov, ll = _gmm_reference(args)
    ok, message = _judge("gmm-em-step", args, (resp * 2.0, w, mu, cov, ll))
    assert not ok and "rows of resp must sum to 1" in message


def test_gmm_unbiased_covariance_is_named_on_a_hidden_case() -> None:
    args = _case("gmm-em-step", "largest")
    resp, w, mu, _cov, ll = _gmm_reference(args)
    X = np.array(args["X"])
    nk = resp.sum(axis=0)
    unbiased = np.array([(resp[:, k, None] * (X - mu[k])).T @ (X - mu[k]) / (nk[k] - 1) + args["reg_covar"] * np.eye(X.shape[1])
                         for k in range(len(nk))])
    ok, message = _judge("gmm-em-step", args, (resp, w, mu, unbiased, ll))
    assert not ok and "divides by N_k" in message


# ---- smote ---------------------------------------------------------------------------------

def _smote_parts(args: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, int]:
    X, y = np.array(args["X"], dtype=float), np.array(args["y"])
    counts = np.bincount(y, minlength=2)
    P = X[y == np.argmin(counts)]
    return X, P, int(counts.max() - counts.min())


def _neighbours(P: np.ndarray, among: np.ndarray, k: int, skip_self: bool = True) -> np.ndarray:
    d2 = np.sum((P[:, None] - among[None]) ** 2, axis=2)
    if skip_self:
        np.fill_diagonal(d2, np.inf)
    return np.argsort(d2, axis=1, kind="stable")[:, :k]


def test_smote_majority_neighbours_drawn_otherwise_fail_the_segment_property() -> None:
    args = _case("smote", "majority points between")
    X, P, n_new = _smote_parts(args)
    y = np.array(args["y"])
    d2 = np.sum((P[:, None] - X[None]) ** 2, axis=2)
    d2[np.arange(len(P)), np.flatnonzero(y == np.argmin(np.bincount(y)))] = np.inf
    nn = np.argsort(d2, axis=1, kind="stable")[:, : args["k"]]
    state = np.random.RandomState(1)  # another generator: no replay can name it
    rows, cols = state.randint(len(P), size=n_new), state.randint(args["k"], size=n_new)
    got = P[rows] + state.uniform(size=(n_new, 1)) * (X[nn[rows, cols]] - P[rows])
    ok, message = _judge("smote", args, got)
    assert not ok
    assert "lies on no segment between a minority point and one of its k = 2 nearest minority neighbours" in message
    assert "neighbours come from the minority class only" in message


def test_smote_gap_beyond_one_is_off_the_segment() -> None:
    args = _case("smote", "20 minority")
    _X, P, n_new = _smote_parts(args)
    nn = _neighbours(P, P, args["k"])
    rng = np.random.default_rng(args["seed"])
    s = rng.integers(0, len(P) * args["k"], size=n_new)
    gap = 1.0 + rng.random(n_new)
    got = P[s // args["k"]] + gap[:, None] * (P[nn[s // args["k"], s % args["k"]]] - P[s // args["k"]])
    ok, message = _judge("smote", args, got)
    assert not ok and "outside the segment; the gap is in [0, 1)" in message


def test_smote_right_law_from_another_generator_is_told_to_draw_as_stated() -> None:
    args = _case("smote", "clusters")
    _X, P, n_new = _smote_parts(args)
    k = args["k"]
    nn = _neighbours(P, P, k)
    state = np.random.RandomState(3)
    s = state.randint(len(P) * k, size=n_new)
    got = P[s // k] + state.uniform(size=(n_new, 1)) * (P[nn[s // k, s % k]] - P[s // k])
    ok, message = _judge("smote", args, got)
    assert not ok
    assert "every point lies on a segment between a minority point and one of its k nearest minority neighbours" in message
    assert "not the statement's draw for this seed" in message


def test_smote_too_many_neighbours_are_caught_by_the_property() -> None:
    args = _case("smote", "k=1")
    _X, P, n_new = _smote_parts(args)
    nn = _neighbours(P, P, 5)  # k = 1 asked
    state = np.random.RandomState(4)
    s = state.randint(len(P) * 5, size=n_new)
    got = P[s // 5] + state.uniform(size=(n_new, 1)) * (P[nn[s // 5, s % 5]] - P[s // 5])
    ok, message = _judge("smote", args, got)
    assert not ok and "not among each other's 1 nearest" in message


def test_smote_accepts_the_exact_draw_computed_otherwise() -> None:
    for case in manual_cases(Catalog().get("smote")):
        _X, P, n_new = _smote_parts(case.args)
        k = case.args["k"]
        nn = _neighbours(P, P, k)
        rng = np.random.default_rng(case.args["seed"])
        s = rng.integers(0, len(P) * k, size=n_new)
        gap = rng.random(n_new)[:, None]
        got = (1 - gap) * P[s // k] + gap * P[nn[s // k, s % k]]
        assert _judge("smote", case.args, got) == (True, ""), case.name


def test_smote_returning_the_resampled_data_is_told_to_return_the_new_points_only() -> None:
    args = _case("smote", "one synthetic point")
    problem = Catalog().get("smote")
    new = load_function(problem.reference_path, "reference", "smote")(**_call_args(problem, args))
    ok, message = _judge("smote", args, np.concatenate([np.array(args["X"], dtype=float), new]))
    assert not ok and "has shape (10, 1), expected (1, 1)" in message and "not X with them appended" in message


# ---- kmeans --------------------------------------------------------------------------------

def _statistical_case() -> dict[str, Any]:
    return _case("kmeans", "(statistical)")


def _plusplus_other_generator(args: dict[str, Any], weight: str) -> np.ndarray:
    X, k = np.array(args["X"], dtype=float), args["k"]
    state = np.random.RandomState(12345)
    rows = []
    for _ in args["seeds"]:
        if weight == "uniform":
            rows.append(state.choice(len(X), size=k, replace=False))
            continue
        chosen = [state.randint(len(X))]
        d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)
        for _ in range(k - 1):
            w = {"D^2": d2, "D": np.sqrt(d2), "farthest": None}[weight]
            chosen.append(int(np.argmax(d2)) if w is None else state.choice(len(X), p=w / w.sum()))
            d2 = np.minimum(d2, np.sum((X - X[chosen[-1]]) ** 2, axis=1))
        rows.append(chosen)
    return np.array(rows, dtype=np.int64)


@pytest.mark.parametrize(
    ("weight", "named"),
    [
        ("D", "they fit picks weighted by D, not D^2"),
        ("uniform", "they fit picks drawn uniformly, not in proportion to D^2"),
        ("farthest", "every pick is the farthest point"),
    ],
)
def test_kmeans_plusplus_statistics_reject_the_wrong_laws(weight: str, named: str) -> None:
    args = _statistical_case()
    ok, message = _judge("kmeans", args, _plusplus_other_generator(args, weight))
    assert not ok
    assert "the centres after the first do not follow D^2 weighting: over 8000 draws" in message and named in message


def test_kmeans_plusplus_right_law_from_another_generator_passes_the_statistics_but_not_the_replay() -> None:
    args = _statistical_case()
    ok, message = _judge("kmeans", args, _plusplus_other_generator(args, "D^2"))
    assert not ok
    assert "do not follow" not in message and "leaves the statement's draws" in message


def test_kmeans_plusplus_first_centre_must_be_uniform() -> None:
    args = _case("kmeans", "the first centre alone")
    got = np.zeros((len(args["seeds"]), 1), dtype=np.int64)
    ok, message = _judge("kmeans", args, got)
    assert not ok and "the first centre is point 0 in 4000 of 4000 seedings" in message


def test_kmeans_plusplus_never_picks_a_copy_of_a_chosen_centre() -> None:
    args = _case("kmeans", "three places")
    got = np.array([[0, 1, 2]] * len(args["seeds"]), dtype=np.int64)  # points 0 and 1 are the same place
    ok, message = _judge("kmeans", args, got)
    assert not ok and "its D^2 is 0, so its probability is 0" in message


def test_kmeans_replay_accepts_the_reference_draws_of_every_case() -> None:
    problem = Catalog().get("kmeans")
    checker = load_module(problem.checker_path, "checker")
    reference = load_function(problem.reference_path, "reference", "kmeans")
    for case in example_cases(problem) + hidden_cases(problem):
        if case.args["kind"] != "kmeans++":
            continue
        X = np.array(case.args["X"], dtype=float)
        picks = reference(**_call_args(problem, case.args))
        assert all(checker._replay(X, seed, row) is None for seed, row in zip(case.args["seeds"], picks)), case.id


def _lloyd(args: dict[str, Any], empty: str = "keep", ties: str = "low", extra: int = 0) -> tuple:
    X, c = np.array(args["X"], dtype=float), np.array(args["centroids"], dtype=float)
    n_iter = 0
    while n_iter < args["max_iter"]:
        n_iter += 1
        d2 = np.sum((X[:, None] - c[None]) ** 2, axis=2)
        labels = len(c) - 1 - np.argmin(d2[:, ::-1], axis=1) if ties == "high" else np.argmin(d2, axis=1)
        with np.errstate(all="ignore"):
            new = np.array([X[labels == j].mean(axis=0) if (labels == j).any() or empty == "nan" else c[j] for j in range(len(c))])
        shift = np.nanmax(np.linalg.norm(new - c, axis=1))
        c = new
        if shift <= args["tol"]:
            break
    return c, np.argmin(np.sum((X[:, None] - c[None]) ** 2, axis=2), axis=1).astype(np.int64), n_iter + extra


def test_lloyd_empty_cluster_as_nan_is_named() -> None:
    args = _case("kmeans", "far away (empty clusters)")
    with pytest.warns(RuntimeWarning):
        got = _lloyd(args, empty="nan")
    ok, message = _judge("kmeans", args, got)
    assert not ok and "centroids has" in message and "the mean of an empty cluster is nan" in message


def test_lloyd_tie_to_the_higher_index_is_named() -> None:
    args = _case("kmeans", "exactly between two centroids")
    ok, message = _judge("kmeans", args, _lloyd(args, ties="high"))
    assert not ok and "ties go to the lowest index" in message


def test_lloyd_n_iter_off_by_one_is_named() -> None:
    args = _case("kmeans", "k = 1")
    ok, message = _judge("kmeans", args, _lloyd(args, extra=1))
    assert not ok and message.startswith("n_iter: expected 2, got 3") and "off by one" in message
