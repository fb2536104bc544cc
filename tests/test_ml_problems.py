"""The ML problems through the real judge: arrays in and out of the sandbox, correct solutions
other than the reference accepted, and each kind of mistake rejected with a message that
names it."""

from __future__ import annotations

import json
import math
import textwrap

import numpy as np
from click.testing import CliRunner

from judge.cases import submission_cases
from judge.catalog import Catalog, Problem
from judge.checkers import Answer, checker_for
from judge.cli import cli
from judge.grading import SubmissionReport, grade
from judge.reference import reference_results
from judge.sandbox.base import Sandbox
from judge.sandbox.container import DockerSandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict

# The twenty "implement it from scratch" questions of the interview notes (issue 6), as packaged.
ML = [
    "stable-softmax",
    "cross-entropy-gradient",
    "bce-with-logits",
    "focal-loss",
    "distillation-loss",
    "kl-divergence",
    "ppo-clip-loss",
    "layernorm",
    "rmsnorm",
    "batchnorm",
    "inverted-dropout",
    "adam-step",
    "sgd-momentum-step",
    "weight-init",
    "scaled-dot-product-attention",
    "multi-head-attention",
    "top-p-sampling",
    "lora-linear",
    "lr-schedules",
    "grad-clip-global-norm",
    "two-layer-mlp-backward",
]
# Issue 16's LLM-internals problems, by sub-tag (the other sub-tags come with their problems).
LLM_INFERENCE = [
    "rotary-embedding",
    "grouped-query-attention",
    "flash-attention-forward",
    "kv-cache-decoding",
    "llama-decoder-block",
]
LLM_TRAINING = [
    "swiglu-and-activations",
    "bpe-train-and-encode",
]
ML += LLM_INFERENCE + LLM_TRAINING
# Issue 17's classic-ML problems.
CLASSIC_ML = [
    "logistic-regression-gd",
    "classification-metrics",
    "naive-bayes",
    "conv2d-backward",
    "lstm-forward",
    "gmm-em-step",
    "kmeans",
    "smote",
]
ML += CLASSIC_ML

# Issue 16's LLM problems built on branch llm-b, with the sub-tag each is listed under.
LLM_B = {
    "reward-model-loss": "alignment",
    "dpo-loss": "alignment",
    "grpo-loss": "alignment",
    "int8-quantization": "llm-inference",
    "beam-search": "llm-inference",
}


def judge(problem: Problem, sandbox: Sandbox, source: str) -> SubmissionReport:
    cases = submission_cases(problem)
    reference = reference_results(problem, cases, sandbox)
    return grade(problem, textwrap.dedent(source), cases, sandbox, reference=reference, fail_fast=True)


def test_ml_problems_are_tagged_and_listed(catalog: Catalog, runner: CliRunner) -> None:
    for slug in ML:
        assert "ml" in catalog.get(slug).spec.tags
    result = runner.invoke(cli, ["list", "--tag", "ml", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(row["slug"] for row in json.loads(result.output)) == sorted(ML + list(LLM_B))


def test_llm_problems_are_listed_under_their_sub_tags(catalog: Catalog, runner: CliRunner) -> None:
    for slug, tag in LLM_B.items():
        assert {"ml", tag} <= set(catalog.get(slug).spec.tags), slug
        assert (catalog.get(slug).root / "statement.zh.md").is_file(), slug
    for tag in sorted(set(LLM_B.values())):
        result = runner.invoke(cli, ["list", "--tag", tag, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        listed = {row["slug"] for row in json.loads(result.output)}
        assert {slug for slug, t in LLM_B.items() if t == tag} <= listed


def test_llm_problems_are_listed_by_their_sub_tag(catalog: Catalog, runner: CliRunner) -> None:
    for tag, slugs in (("llm-inference", LLM_INFERENCE), ("llm-training", LLM_TRAINING)):
        result = runner.invoke(cli, ["list", "--tag", tag, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        listed = {row["slug"] for row in json.loads(result.output)}
        assert set(slugs) <= listed
        assert all({"ml", tag} <= set(catalog.get(slug).spec.tags) for slug in listed)


def test_arrays_arrive_with_their_declared_dtypes(catalog: Catalog, sandbox: LocalSandbox) -> None:
    # Accepted only if logits arrive as float64 and labels as int64 arrays on every case.
    source = """
    import numpy as np

    def cross_entropy(logits, labels):
        assert isinstance(logits, np.ndarray) and logits.dtype == np.float64, logits.dtype
        assert isinstance(labels, np.ndarray) and labels.dtype == np.int64, labels.dtype
        n = len(labels)
        log_p = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)
        grad = np.exp(log_p)
        grad[np.arange(n), labels] -= 1
        return float(-log_p[np.arange(n), labels].mean()), grad / n
    """
    report = judge(catalog.get("cross-entropy-gradient"), sandbox, source)
    assert report.verdict is Verdict.AC, report.message


def test_a_list_of_arrays_arrives_as_arrays(catalog: Catalog, sandbox: LocalSandbox) -> None:
    # list[ndarray] (a model's gradients): accepted only if every tensor is a float64 array.
    source = """
    import numpy as np

    def clip_grad_norm(grads, max_norm):
        assert all(isinstance(g, np.ndarray) and g.dtype == np.float64 for g in grads), [type(g) for g in grads]
        scale = max(max(float(np.abs(g).max()) for g in grads), 1e-300)
        total = scale * float(np.sqrt(sum(float(((g / scale) ** 2).sum()) for g in grads)))
        coef = max_norm / (total + 1e-6)
        return [g * coef if coef < 1 else g.copy() for g in grads], total
    """
    report = judge(catalog.get("grad-clip-global-norm"), sandbox, source)
    assert report.verdict is Verdict.AC, report.message


def test_returned_arrays_keep_dtype_and_non_finite_values(catalog: Catalog, sandbox: LocalSandbox) -> None:
    source = """
    import numpy as np

    def softmax(x):
        return np.array([np.nan, np.inf, -np.inf], dtype=np.float32)
    """
    report = judge(catalog.get("stable-softmax"), sandbox, source)
    got = report.tests[0].got["$ndarray"]
    assert got["dtype"] == "float32" and got["shape"] == [3]
    assert math.isnan(got["data"][0]) and got["data"][1:] == [math.inf, -math.inf]
    assert report.message == "example-1: output has 1 nan value (first at [0]); expected finite values"


def test_a_list_and_a_different_stable_formula_are_accepted(catalog: Catalog, sandbox: LocalSandbox) -> None:
    source = """
    import numpy as np

    def softmax(x):
        log_z = np.logaddexp.reduce(x, axis=-1, keepdims=True)
        return np.exp(x - log_z).tolist()
    """
    report = judge(catalog.get("stable-softmax"), sandbox, source)
    assert report.verdict is Verdict.AC, report.message


def test_the_docker_sandbox_judges_arrays_too(catalog: Catalog, docker_sandbox: DockerSandbox) -> None:
    problem = catalog.get("stable-softmax")
    correct = judge(problem, docker_sandbox, problem.reference_source)
    assert correct.verdict is Verdict.AC, correct.message
    wrong = judge(problem, docker_sandbox, (problem.wrong_dir / "no_max_shift.py").read_text())
    assert wrong.verdict is Verdict.WA and "nan values" in wrong.message and "subtract each row's maximum" in wrong.message
    batchnorm = catalog.get("batchnorm")
    assert judge(batchnorm, docker_sandbox, batchnorm.reference_source).verdict is Verdict.AC


def test_container_numpy_draws_what_the_host_draws(docker_sandbox: DockerSandbox, catalog: Catalog) -> None:
    """inverted-dropout's expected output comes from the sandbox's numpy, its checker redraws
    on the host's: default_rng's stream must be the same in both."""
    problem = catalog.get("inverted-dropout")
    cases = submission_cases(problem)
    local = reference_results(problem, cases, LocalSandbox(), use_cache=False)
    docker = reference_results(problem, cases, docker_sandbox, use_cache=False)
    assert all(local[case.id].value == docker[case.id].value for case in cases)


def _dropout_check(args: dict, got: np.ndarray) -> tuple[bool, str]:
    problem = Catalog().get("inverted-dropout")
    x = np.asarray(args["x"], dtype=np.float64)
    rng = np.random.default_rng(args["seed"])
    expected = x * (rng.random(x.shape) >= args["p"]) / (1 - args["p"])

    def encode(array: np.ndarray) -> dict:
        return {"$ndarray": {"dtype": "float64", "shape": list(array.shape), "data": array.tolist()}}

    result = checker_for(problem)(Answer(args, encode(expected), encode(got), {}))
    return result.ok, result.message


def test_dropout_keeping_with_probability_p_fails_the_fraction_bound() -> None:
    # Right scaling, but keeps an entry with probability p: only the statistics can tell.
    x = np.ones(10**5)
    args = {"x": x.tolist(), "p": 0.1, "training": True, "seed": 5}
    got = x * (np.random.default_rng(5).random(x.shape) < 0.1) / 0.9
    ok, message = _dropout_check(args, got)
    assert not ok
    assert "entries kept: fraction 0.09959 is outside 0.9 ± 0.01" in message and "(9959 of 100000)" in message
    assert "p is the probability of dropping" in message


def test_dropout_mask_reused_across_rows_is_named() -> None:
    x = np.ones((64, 256))
    args = {"x": x.tolist(), "p": 0.5, "training": True, "seed": 9}
    got = np.tile(np.random.default_rng(9).random(256) >= 0.5, (64, 1)) / 0.5
    ok, message = _dropout_check(args, got)
    assert not ok and message == "the dropout mask: rows 0 and 1 have the same mask; each example needs its own random draws"
