"""classification-metrics' and naive-bayes' references against scikit-learn on every case
(examples, cases.yaml, generated): precision_recall_fscore_support and the macro, micro and
binary averages with zero_division=0 over labels=range(C), roc_auc_score one class against
the rest (and SciPy's Mann-Whitney U), and MultinomialNB's class_log_prior_,
feature_log_prob_, predict_log_proba and predict.

scikit-learn is never a dependency of the judge: this module is skipped where it is not
installed. Run it in an environment that has scikit-learn and the judge (`pip install -e .`)."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest

from judge.cases import example_cases, hidden_cases
from judge.catalog import Catalog
from judge.loader import load_function
from judge.spec import FunctionEntry
from judge.typenames import parse_type

metrics = pytest.importorskip("sklearn.metrics")
naive_bayes = pytest.importorskip("sklearn.naive_bayes")
exceptions = pytest.importorskip("sklearn.exceptions")


def _runs(slug: str) -> list[tuple[str, dict[str, Any], Any]]:
    problem = Catalog().get(slug)
    reference = load_function(problem.reference_path, "reference", problem.spec.entry.name)
    entry = problem.spec.entry
    assert isinstance(entry, FunctionEntry)
    out = []
    for case in example_cases(problem) + hidden_cases(problem):
        args = {}
        for param in entry.params:
            ref = parse_type(param.type)
            value = case.args[param.name]
            args[param.name] = np.array(value, dtype=ref.dtype) if ref.is_array else value
        out.append((case.id, args, reference(**args)))
    assert len(out) >= 15
    return out


def _close(case: str, name: str, ours: Any, theirs: Any, atol: float = 1e-12, rtol: float = 1e-10) -> None:
    ours, theirs = np.asarray(ours, dtype=np.float64), np.asarray(theirs, dtype=np.float64)
    assert ours.shape == theirs.shape, f"{case}: {name} shape {ours.shape} vs sklearn {theirs.shape}"
    assert np.allclose(ours, theirs, rtol=rtol, atol=atol, equal_nan=True), f"{case}: {name}: {ours} vs sklearn {theirs}"


def test_precision_recall_f1_match_sklearn_with_zero_division_0() -> None:
    for case, args, (precision, recall, f1, macro, micro, _) in _runs("classification-metrics"):
        y_true, y_pred, c = args["y_true"], args["y_pred"], args["num_classes"]
        labels = list(range(c))
        p, r, f, _support = metrics.precision_recall_fscore_support(y_true, y_pred, labels=labels, average=None,
                                                                    zero_division=0)
        _close(case, "precision", precision, p)
        _close(case, "recall", recall, r)
        _close(case, "f1", f1, f)
        for average, ours in (("macro", macro), ("micro", micro)):
            theirs = metrics.precision_recall_fscore_support(y_true, y_pred, labels=labels, average=average,
                                                             zero_division=0)[:3]
            _close(case, average, ours, theirs)
            _close(case, f"{average} f1", ours[2], metrics.f1_score(y_true, y_pred, labels=labels, average=average,
                                                                    zero_division=0))
        _close(case, "micro = accuracy", micro, [metrics.accuracy_score(y_true, y_pred)] * 3)
        if c == 2:
            _close(case, "binary f1", f1[1], metrics.f1_score(y_true, y_pred, average="binary", pos_label=1,
                                                              zero_division=0))


def test_auc_matches_roc_auc_score_and_mann_whitney_and_is_nan_where_sklearn_refuses() -> None:
    stats = pytest.importorskip("scipy.stats")
    undefined = 0
    for case, args, result in _runs("classification-metrics"):
        auc = result[5]
        y_true, scores = args["y_true"], args["scores"]
        for c in range(args["num_classes"]):
            positive = y_true == c
            if positive.all() or not positive.any():
                undefined += 1
                assert np.isnan(auc[c]), f"{case}: class {c} has one side only, expected nan, got {auc[c]}"
                # scikit-learn refuses too: an error, or a warning and nan (newer versions).
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", exceptions.UndefinedMetricWarning)
                    try:
                        theirs = metrics.roc_auc_score(positive, scores[:, c])
                    except ValueError:
                        continue
                assert np.isnan(theirs), f"{case}: class {c}: sklearn gave {theirs}"
                continue
            _close(case, f"auc[{c}]", auc[c], metrics.roc_auc_score(positive, scores[:, c]))
            u = stats.mannwhitneyu(scores[positive, c], scores[~positive, c], alternative="two-sided").statistic
            _close(case, f"auc[{c}] as U / (P Q)", auc[c], u / (positive.sum() * (~positive).sum()), atol=1e-12, rtol=1e-9)
    assert undefined >= 5  # the cases do exercise the undefined AUC


def test_naive_bayes_matches_multinomial_nb() -> None:
    for case, args, (log_prior, log_likelihood, log_posterior, predictions) in _runs("naive-bayes"):
        model = naive_bayes.MultinomialNB(alpha=args["alpha"], force_alpha=True)
        model.fit(args["X_train"], args["y_train"])
        assert list(model.classes_) == list(range(len(log_prior))), case
        _close(case, "log_prior", log_prior, model.class_log_prior_)
        _close(case, "log_likelihood", log_likelihood, model.feature_log_prob_)
        # The statement's tolerance for the posterior: its joint log-likelihood reaches -10^6.
        _close(case, "log_posterior", log_posterior, model.predict_log_proba(args["X_test"]), atol=1e-6, rtol=1e-9)
        assert np.array_equal(predictions, model.predict(args["X_test"])), f"{case}: predictions differ from sklearn"
