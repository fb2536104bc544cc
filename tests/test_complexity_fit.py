"""The class fitting of judge/complexity on synthetic timings: fast and deterministic
(seeded noise), no sandbox. What it must never do is say "not met" for a solution of
the asked class, however noisy its timings; the live figures are in
benchmarks/followup_stability.py."""

from __future__ import annotations

import math
import random

import pytest

from judge.complexity.classes import allowed_ratio, parse_class
from judge.complexity.fit import Rung, best_class, decide_space, decide_time, resolving_class
from judge.spec import FollowUp, validate_part

MEDIAN_LADDER = [1000, 10_000, 100_000, 300_000, 1_000_000]
LINEAR_LADDER = [100, 300, 1000, 3000, 10_000, 30_000, 100_000]


def timings(shape, sizes, rng: random.Random, noise: float) -> list[Rung]:
    """Per-rung medians with multiplicative noise up to ``noise`` either way."""
    return [Rung(n, shape(n) * math.exp(rng.uniform(-math.log(noise), math.log(noise)))) for n in sizes]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("O(log (m+n))", "log n"), ("O(log(m+n))", "log n"), ("O(1)", "1"), ("O(m + n)", "n"), ("O(n)", "n"),
     ("O(n log n)", "n log n"), ("O(n^2)", "n^2")],
)  # fmt: skip
def test_classes_are_read_as_interviewers_write_them(text: str, kind: str) -> None:
    assert parse_class(text) == kind


@pytest.mark.parametrize("text", ["log n", "O(n^3)", "O(2^n)", "O(sqrt(n))"])
def test_a_class_the_judge_cannot_measure_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_class(text)


def test_the_fit_prefers_the_simpler_class_when_both_explain_the_timings() -> None:
    sizes = [1000, 10_000, 100_000]
    flat = [2e-6, 2.1e-6, 2e-6]
    chosen, fits = best_class(sizes, flat)
    assert chosen.kind == "1"
    # n^2 fits a flat line too, with a vanishing coefficient: simplicity decides, not the residual alone.
    assert next(f for f in fits if f.kind == "n^2").error < 0.1


@pytest.mark.parametrize("seed", range(100))
def test_noisy_log_timings_are_never_not_met_and_almost_always_met(seed: int) -> None:
    rng = random.Random(seed)
    # A fixed cost of 1.5 us plus 60 ns a step of a binary search, timings off by up to 1.6x.
    rungs = timings(lambda n: 1.5e-6 + 6e-8 * math.log2(n), MEDIAN_LADDER, rng, 1.6)
    decision = decide_time("log n", rungs)
    assert decision.met is True, decision.detail


@pytest.mark.parametrize("seed", range(100))
def test_noisy_linear_timings_are_not_met_for_log_time(seed: int) -> None:
    rng = random.Random(seed)
    rungs = timings(lambda n: 2e-6 + 5e-8 * n, MEDIAN_LADDER, rng, 1.6)
    decision = decide_time("log n", rungs)
    assert decision.met is False
    # n and n log n differ by 2x over three decades: the fit may name either, never a class below n.
    assert decision.grows_like in ("n", "n log n") and "O(log n) allows at most" in decision.detail


@pytest.mark.parametrize("seed", range(100))
def test_linear_is_met_and_quadratic_not_met_for_linear_time(seed: int) -> None:
    rng = random.Random(seed)
    assert decide_time("n", timings(lambda n: 3e-6 + 1e-7 * n, LINEAR_LADDER, rng, 1.5)).met is True
    assert decide_time("n", timings(lambda n: 3e-6 + 3e-8 * n * n, LINEAR_LADDER, rng, 1.5)).met is False


def test_cache_effects_do_not_turn_a_linear_solution_into_not_met() -> None:
    # Per-element cost rising 1.8x from L1-sized to RAM-sized inputs: still O(n).
    rungs = [Rung(n, 1e-7 * n * (1 + 0.8 * math.log10(n) / 5)) for n in LINEAR_LADDER]
    assert decide_time("n", rungs).met is True


def test_one_wild_rung_is_not_evidence_against_the_solution() -> None:
    rungs = [Rung(n, 2e-6 + 6e-8 * math.log2(n)) for n in MEDIAN_LADDER]
    rungs[2] = Rung(rungs[2].n, rungs[2].time * 5)  # a rung whose calls were all slowed down
    assert decide_time("log n", rungs).met is not False


def test_a_ladder_too_narrow_to_separate_the_classes_is_inconclusive() -> None:
    rungs = [Rung(n, 1e-7 * n) for n in (1000, 1500, 2000)]
    decision = decide_time("n", rungs)
    assert decision.met is None and "cannot tell" in decision.detail
    assert resolving_class("n", 1000, 2000) is None
    assert resolving_class("log n", 1000, 10**6) == "n"
    assert resolving_class("n", 100, 10**5) == "n^2"  # n log n is within the noise of n over any ladder we can afford


def test_erratic_timings_are_inconclusive_not_a_verdict() -> None:
    rungs = [Rung(n, t) for n, t in zip(MEDIAN_LADDER, [5e-6, 4e-5, 3e-6, 5e-5, 4e-6])]
    assert decide_time("log n", rungs).met is None


def test_a_rung_that_hit_the_cap_is_a_lower_bound_that_can_prove_not_met() -> None:
    rungs = [Rung(100, 2e-4), Rung(300, 1.8e-3), Rung(1000, 2e-2), Rung(3000, 0.0625, capped=True)]
    decision = decide_time("n", rungs)
    assert decision.met is False and "n^2" in decision.detail
    # ... but never proves "met" for a class: too few finished rungs to fit is inconclusive.
    assert decide_time("n", [Rung(100, 2e-4), Rung(300, 6e-4), Rung(1000, 3e-3, capped=True)]).met is None


def test_too_few_rungs_or_no_time_at_all_is_inconclusive() -> None:
    assert decide_time("log n", [Rung(1000, 1e-6), Rung(10**6, 2e-6)]).met is None
    assert decide_time("log n", [Rung(1000, 0.0), Rung(10**4, 0.0), Rung(10**5, 0.0)]).met is None


def test_allowed_growth_is_the_most_a_plus_b_g_can_grow() -> None:
    assert allowed_ratio("log n", 1000, 10**6) == pytest.approx(2.0)
    assert allowed_ratio("n", 100, 10**5) == pytest.approx(1000)
    assert allowed_ratio("1", 10, 10**9) == 1


def test_space_is_met_flat_not_met_from_a_pointer_per_element_and_inconclusive_between() -> None:
    assert decide_space("1", [1000, 100_000], [0, 0]).met is True
    assert decide_space("1", [1000, 100_000], [4096, 40_000]).met is True  # 0.4 bytes per element: allocator noise
    array = decide_space("1", [1000, 100_000], [8_000, 800_000])  # a list of every node: 8 bytes each
    assert array.met is False and "8 bytes per element" in array.detail
    assert decide_space("1", [1000, 100_000], [1000, 200_000]).met is None  # 2 bytes per element: cannot say
    with pytest.raises(ValueError):
        decide_space("n", [1, 2], [0, 0])


def test_a_checked_follow_up_needs_a_class_and_a_ladder_wide_enough() -> None:
    base = {"id": "log-time", "text": "O(log n)?", "checked": True}
    with pytest.raises(ValueError, match="names a time or space class and its ladder"):
        validate_part(FollowUp, base)
    with pytest.raises(ValueError, match="cannot tell"):
        validate_part(FollowUp, {**base, "time": "O(n)", "ladder": {"sizes": [1000, 2000, 3000]}})
    with pytest.raises(ValueError, match="only O\\(1\\) extra space"):
        validate_part(FollowUp, {**base, "space": "O(n)", "ladder": {"sizes": [10, 100, 1000]}})
    with pytest.raises(ValueError, match="grow strictly"):
        validate_part(FollowUp, {**base, "time": "O(log n)", "ladder": {"sizes": [1000, 1000, 10**6]}})
    item = validate_part(FollowUp, {**base, "time": "O(log(m+n))", "ladder": {"sizes": [1000, 10**4, 10**6]}})
    assert item.time_class == "log n" and item.label == "O(log(m+n)) time"


def test_the_kernels_resident_figure_is_a_looser_backstop_for_memory_tracemalloc_cannot_see() -> None:
    # ~150 KB of the allocator's own pages moving between runs: flat, even at a small top size.
    assert decide_space("1", [1000, 30_000], [96, 96], [5_400_000, 5_540_000]).met is True
    # A deep recursion's frames (outside tracemalloc): 100 bytes a node, seen by the kernel only.
    deep = decide_space("1", [1000, 100_000], [0, 0], [5_000_000, 15_000_000])
    assert deep.met is False and deep.detail.startswith("resident memory grows like n")
    # Between the two: neither flat nor clearly growing.
    assert decide_space("1", [1000, 100_000], [0, 0], [5_000_000, 7_000_000]).met is None
