"""Which complexity class a ladder of timings shows, and whether it meets the one asked for.

How this differs from the `big_O` package and BigO(Bench)'s complexity framework,
both of which fit least squares on each class and take the smallest residual:

* CPU time of the call alone (the judge's harness), never wall time, and the
  median of several calls per rung, never one run: a shared machine's noise
  is mostly a few slow calls.
* Each class is fitted as t(n) = a + b*g(n) with a, b >= 0 (a fixed cost plus
  growth, never a negative one), in relative error, so a rung of 2 us counts
  as much as one of 50 ms.
* A bias to the simpler class: the simplest class whose fit is within the
  noise of the best one wins, so a flat curve is O(1), not a lucky O(n^2)
  with a tiny coefficient.
* Three outcomes, not one: "met" needs the fit to show the asked class (or a
  simpler one) on a ladder wide enough to have shown a worse one; "not met"
  needs the growth between two rungs to exceed what the asked class allows
  (g(large)/g(small), the most a + b*g can grow) by a noise margin; anything
  else is "inconclusive", which is never reported as "not met".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from judge.complexity.classes import CLASSES, allowed_ratio, growth, rank

# A measured growth must exceed the asked class's largest possible growth by this
# factor before it counts against the solution: CPU time of one call on a busy
# 2-core machine varies by well under 2x between medians (benchmarks/followup_stability.py).
MARGIN = 4.0
# A ladder must let a worse class grow this much more than the asked one, or
# "met" would mean nothing (O(n) vs O(n log n) differ by 2x over three decades: not resolvable).
SEPARATION = MARGIN * MARGIN
# Fits within this RMS log-error (about +-30%) count as explaining the timings.
NOISE = math.log(1.3)
# ... and a simpler class wins while its error is under this multiple of the best one's.
SIMPLER_BIAS = 1.5


@dataclass(frozen=True)
class ClassFit:
    kind: str
    a: float
    b: float
    error: float  # RMS of log(measured / fitted)


@dataclass(frozen=True)
class Rung:
    """One size of the ladder: the median CPU time of its calls (seconds, any unit),
    or, when the call hit the measuring cap, a lower bound on it."""

    n: int
    time: float
    capped: bool = False


@dataclass(frozen=True)
class Decision:
    met: bool | None
    grows_like: str | None  # the fitted class, when there is one to name
    detail: str


def fit_one(kind: str, sizes: Sequence[float], times: Sequence[float]) -> ClassFit:
    """t = a + b*g(n), a, b >= 0, least squares in relative error (weights 1/t^2)."""
    g = [growth(kind, n) for n in sizes]
    w = [1.0 / (t * t) for t in times]
    candidates: list[tuple[float, float]] = []
    # Interior solution of the 2x2 weighted normal equations.
    s0 = sum(w)
    s1 = sum(wi * gi for wi, gi in zip(w, g))
    s2 = sum(wi * gi * gi for wi, gi in zip(w, g))
    t0 = sum(wi * ti for wi, ti in zip(w, times))
    t1 = sum(wi * gi * ti for wi, gi, ti in zip(w, g, times))
    det = s0 * s2 - s1 * s1
    if abs(det) > 1e-12 * max(1.0, s0 * s2):
        a = (t0 * s2 - s1 * t1) / det
        b = (s0 * t1 - s1 * t0) / det
        if a >= 0 and b >= 0:
            candidates.append((a, b))
    # The boundaries: no fixed cost, or no growth.
    if s2 > 0:
        candidates.append((0.0, max(0.0, t1 / s2)))
    candidates.append((t0 / s0, 0.0))
    best: ClassFit | None = None
    for a, b in candidates:
        fitted = [a + b * gi for gi in g]
        if min(fitted) <= 0:
            continue
        error = math.sqrt(sum(math.log(t / f) ** 2 for t, f in zip(times, fitted)) / len(times))
        if best is None or error < best.error:
            best = ClassFit(kind, a, b, error)
    assert best is not None
    return best


def best_class(sizes: Sequence[float], times: Sequence[float]) -> tuple[ClassFit, list[ClassFit]]:
    """The simplest class that explains the timings (see SIMPLER_BIAS), and every class's fit."""
    fits = [fit_one(kind, sizes, times) for kind in CLASSES]
    lowest = min(f.error for f in fits)
    threshold = max(NOISE, lowest * SIMPLER_BIAS)
    chosen = next(f for f in fits if f.error <= threshold)
    return chosen, fits


def resolving_class(asked: str, small: float, large: float) -> str | None:
    """The first class worse than ``asked`` that this ladder can tell apart from it."""
    for kind in CLASSES[rank(asked) + 1 :]:
        if allowed_ratio(kind, small, large) >= allowed_ratio(asked, small, large) * SEPARATION:
            return kind
    return None


def _power(n: int) -> str:
    exponent = math.log10(n) if n > 0 else 0
    if n >= 1000 and abs(exponent - round(exponent)) < 1e-9:
        return f"10^{round(exponent)}"
    return f"{n:,}"


def decide_time(asked: str, rungs: Sequence[Rung]) -> Decision:
    """Met, not met or inconclusive for a time follow-up asking for class ``asked``.

    Not met: two rungs grew more than MARGIN times what ``asked`` allows, and the
    fit names a worse class. Met: no two rungs grew beyond that, on a ladder over
    which the next class the ladder resolves would have grown SEPARATION times
    more. The fitted class only names the growth; it never decides "met" alone
    (noise can make a + b*n fit a flat line best, with a tiny b).
    """
    rungs = sorted(rungs, key=lambda r: r.n)
    if len(rungs) < 3:
        return Decision(None, None, f"only {len(rungs)} size(s) measured, too few to fit a class")
    if any(r.time <= 0 for r in rungs):
        return Decision(None, None, "a call took no measurable CPU time")
    bottom, top = rungs[0], rungs[-1]
    # The pair of rungs that grew most beyond what the asked class allows.
    pairs = [
        (high.time / low.time / allowed_ratio(asked, low.n, high.n), low, high) for i, low in enumerate(rungs) for high in rungs[i + 1 :]
    ]
    excess, low, high = max(pairs, key=lambda pair: pair[0])
    measured = [r for r in rungs if not r.capped]
    chosen = best_class([r.n for r in measured], [r.time for r in measured])[0] if len(measured) >= 3 else None
    grows = chosen.kind if chosen is not None else None
    pair = f"x{_ratio(high.time / low.time)}{' or more' if high.capped else ''} from n={_power(low.n)} to {_power(high.n)}"
    allows = f"O({asked}) allows at most x{_ratio(allowed_ratio(asked, low.n, high.n))}"
    if excess > MARGIN:
        if chosen is None or rank(chosen.kind) > rank(asked):
            like = f"grows like {grows}" if grows else "grows faster"
            return Decision(False, grows, f"CPU time {like} ({pair}; {allows})")
        return Decision(None, grows, f"CPU time jumped {pair} ({allows}) yet fits no worse class: not measured")
    if chosen is None or top.capped:
        return Decision(None, grows, "too few sizes finished within the measuring cap to fit a class")
    worse = resolving_class(asked, bottom.n, top.n)
    span = f"n={_power(bottom.n)} to {_power(top.n)}"
    if worse is None:
        return Decision(None, grows, f"the sizes measured ({span}) cannot tell O({asked}) from worse")
    growth_text = f"x{_ratio(top.time / bottom.time)} from {span}"
    if rank(chosen.kind) <= rank(asked):
        return Decision(True, grows, f"CPU time grows like {chosen.kind} ({growth_text})")
    worse_growth = _ratio(allowed_ratio(worse, bottom.n, top.n))
    return Decision(True, asked, f"CPU time grew {growth_text}, within O({asked}); O({worse}) would grow x{worse_growth}")


def _ratio(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}"


# Extra space: per element of input, beyond what the call started with. tracemalloc's
# figure is exact; the kernel's (peak resident size) also sees memory outside Python's
# allocator but moves by a few hundred KB from run to run, so its thresholds are looser.
SPACE_MET_BYTES = 1.0  # an O(1) solution: a few objects, however long the input
SPACE_NOT_MET_BYTES = 3.0  # a set or list of half the nodes already costs 4 bytes each
KERNEL_MET_BYTES = 4.0
KERNEL_NOT_MET_BYTES = 12.0  # a Python frame per node costs ~100 bytes
# ... and never closer than these: the allocator's own pages move by ~150 KB from run to run.
KERNEL_MET_FLOOR = 1024 * 1024
KERNEL_NOT_MET_FLOOR = 4 * 1024 * 1024


def decide_space(asked: str, sizes: Sequence[int], traced: Sequence[float], kernel: Sequence[float] | None = None) -> Decision:
    """Met, not met or inconclusive for an O(1) extra-space follow-up: the growth of the
    call's extra memory from the smallest to the largest size, per element, as tracemalloc
    saw it and (``kernel``, optional) as the kernel's peak resident size did."""
    if asked != "1":
        raise ValueError("only O(1) extra space is measured")
    if len(sizes) < 2:
        return Decision(None, None, "too few sizes measured")
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    first, last = order[0], order[-1]
    n0, n1 = sizes[first], sizes[last]
    where = f"from n={_power(n0)} to {_power(n1)}"

    def growth(figures: Sequence[float]) -> tuple[float, float, str]:
        grown = max(0.0, figures[last] - figures[first])
        amount = f"+{grown / 1024:,.0f} KB" if grown < 1024 * 1024 else f"+{grown / 1024 / 1024:,.1f} MB"
        return grown, grown / (n1 - n0), amount

    _, per, amount = growth(traced)
    kernel_grown, kernel_per, kernel_amount = growth(kernel) if kernel is not None else (0.0, 0.0, "")
    if per >= SPACE_NOT_MET_BYTES:
        return Decision(False, "n", f"extra memory grows like n ({amount} {where}, {per:,.0f} bytes per element)")
    if kernel_per >= KERNEL_NOT_MET_BYTES and kernel_grown >= KERNEL_NOT_MET_FLOOR:
        return Decision(False, "n", f"resident memory grows like n ({kernel_amount} {where}, {kernel_per:,.0f} bytes per element)")
    if per <= SPACE_MET_BYTES and (kernel_per <= KERNEL_MET_BYTES or kernel_grown <= KERNEL_MET_FLOOR):
        return Decision(True, "1", f"extra memory stays flat ({amount} {where})")
    shown = f"{amount}, {per:.1f}" if per > SPACE_MET_BYTES else f"{kernel_amount} resident, {kernel_per:.1f}"
    return Decision(None, None, f"extra memory grows a little ({shown} bytes per element {where}): not measured")
