"""Measuring a submission's follow-ups in its own harness, once every case is accepted.

The host sends one ``rung`` frame per size (the ladder generator's source, the
size, the seed: a few hundred bytes, never inputs); the harness builds the
arguments before forking, and answers with, per call, the child's own account
(CPU of the call, tracemalloc peak) and the kernel's (CPU and peak resident size
of that child). Decisions are made here, by judge.complexity.fit.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from judge.catalog import Problem
from judge.checkers import Answer, checker_for
from judge.complexity.answers import expected_answer, ladder_args
from judge.complexity.fit import Decision, Rung, decide_space, decide_time
from judge.errors import JudgeError
from judge.execution import HarnessRun
from judge.sandbox.base import Sandbox
from judge.spec import FollowUp
from judge.values import decode

# Per size: this many children, each timing TIMED_CALLS calls after an untimed one;
# the median of the nine shrugs off a few slow calls on a busy machine.
TIME_REPEATS = 3
TIMED_CALLS = 3  # as judge/harness.py's _TIMED_CALLS
SPACE_REPEATS = 2
# One call beyond this much CPU is not waited for: the rung counts as at least this slow.
CAP_MS = 250
# CPU the measurement may spend on one follow-up before it stops climbing the ladder.
BUDGET_MS = 1500
# How much more user CPU the kernel may charge a child than the child says its calls
# took, beyond what it charged at the smallest size (start-up, the untimed call); user
# time, because a busy machine's page reclaim lands in system time. System time too,
# with a wider allowance: hidden work cannot hide there either.
HIDDEN_MS = 10.0
HIDDEN_SHARE = 0.25
HIDDEN_TOTAL_MS = 40.0


@dataclass
class FollowUpResult:
    id: str
    label: str
    met: bool | None
    detail: str
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return {True: "met", False: "not met", None: "not measured (inconclusive)"}[self.met]

    def line(self) -> str:
        """Follow-up O(log(m+n)) time: not met — CPU time grows like n (x310 from n=10^3 to 10^6)"""
        return f"Follow-up {self.label}: {self.status} — {self.detail}"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "met": self.met, "detail": self.detail, "figures": self.figures}


def combine(decisions: list[Decision]) -> bool | None:
    """Met only when every part is met; not met when any part is not met."""
    if any(d.met is False for d in decisions):
        return False
    return True if decisions and all(d.met is True for d in decisions) else None


def measure_follow_ups(problem: Problem, run: HarnessRun) -> list[FollowUpResult]:
    return [measure_follow_up(problem, run, item) for item in problem.spec.follow_up if item.checked]


def measure_follow_up(problem: Problem, run: HarnessRun, item: FollowUp) -> FollowUpResult:
    assert item.ladder is not None
    source = (problem.root / item.ladder.file).read_text(encoding="utf-8")
    decisions: list[Decision] = []
    figures: dict[str, Any] = {}
    time_class = item.time_class
    if time_class is not None:
        decision, figures["time"] = _measure_time(problem, run, item, source, time_class)
        decisions.append(decision)
    if item.space and (time_class is None or decisions[-1].met is not False):
        decision, figures["space"] = _measure_space(problem, run, item, source)
        decisions.append(decision)
    return FollowUpResult(item.id, item.label, combine(decisions), "; ".join(d.detail for d in decisions), figures)


def _frame(item: FollowUp, source: str, n: int, mode: str, repeats: int) -> dict[str, Any]:
    assert item.ladder is not None
    return {"type": "rung", "id": f"{item.id}:{mode}:{n}", "ladder": source, "seed": item.ladder.seed, "n": n, "mode": mode,
            "repeats": repeats, "cap_ms": CAP_MS}  # fmt: skip


def wrong_answer(problem: Problem, item: FollowUp, source: str, n: int, calls: list[dict[str, Any]]) -> str:
    """Why some call's answer on the ladder's input is not the reference's ("" when every one is)."""
    assert item.ladder is not None
    answered = [c for c in calls if c.get("cpu_ns") is not None or c.get("peak_bytes") is not None]
    if not answered:
        return ""
    expected = expected_answer(problem, source, item.ladder.seed, n)
    check = checker_for(problem)
    for call in answered:
        got = decode(call.get("answer"))
        outcome = check(Answer({}, decode(expected), got, {}))
        if not outcome.ok:  # again with the arguments, for a message that can name the nodes
            outcome = check(Answer(ladder_args(source, item.ladder.seed, n), decode(expected), got, {}))
        if not outcome.ok:
            return f"the solution's answer on the ladder's input of size {n} is wrong ({outcome.message}): not measured"
    return ""


def _measure_time(problem: Problem, run: HarnessRun, item: FollowUp, source: str, asked: str) -> tuple[Decision, dict[str, Any]]:
    assert item.ladder is not None
    rungs: list[Rung] = []
    unexplained: list[float] = []
    unexplained_total: list[float] = []
    rows: list[dict[str, Any]] = []
    spent = 0.0
    for n in item.ladder.sizes:
        reply = run.rung(_frame(item, source, n, "time", TIME_REPEATS))
        if reply is None:
            return Decision(None, None, f"the sandbox stopped answering at n={n}"), {"rungs": rows}
        calls = reply["calls"]
        spent += sum(float(c["kernel_cpu_ms"]) for c in calls)
        if any(c["failed"] for c in calls):
            return Decision(None, None, f"the solution failed on the ladder's input of size {n}"), {"rungs": rows}
        if wrong := wrong_answer(problem, item, source, n, calls):
            return Decision(None, None, wrong), {"rungs": rows}
        if any(c["killed_by"] not in (None, "cpu") for c in calls):
            kinds = sorted({str(c["killed_by"]) for c in calls if c["killed_by"]})
            return Decision(None, None, f"a call at n={n} was stopped ({', '.join(kinds)} limit), not by its CPU time"), {"rungs": rows}
        if any(c["killed_by"] == "cpu" for c in calls):
            # Killed past the CPU cap, warm-up call included: each call took at least this share of it.
            bound = CAP_MS / (TIMED_CALLS + 1)
            rungs.append(Rung(n, bound / 1000, capped=True))
            rows.append({"n": n, "cpu_ms": None, "at_least_ms": bound})
            break
        samples = [t / 1e6 for c in calls for t in c["cpu_ns"]]
        if len(samples) < TIMED_CALLS * len(calls):
            return Decision(None, None, f"the solution's process did not describe its calls at n={n}: not measured"), {"rungs": rows}
        reported_ms = statistics.median(samples)
        kernel_ms = statistics.median(float(c["kernel_cpu_ms"]) for c in calls)
        # What the kernel charged each child beyond the calls it describes: start-up, the
        # untimed first call, exit. The honest part barely grows with n; hidden work does,
        # in every child (each one's answer is checked, so each one did the work): the
        # least of the children, so a busy machine has to slow all of them to look like it.
        unexplained.append(min(float(c["kernel_user_ms"]) - sum(c["cpu_ns"]) / 1e6 for c in calls))
        unexplained_total.append(min(float(c["kernel_cpu_ms"]) - sum(c["cpu_ns"]) / 1e6 for c in calls))
        if min(float(c["kernel_cpu_ms"]) - sum(c["cpu_ns"]) / 1e6 for c in calls) < -1.0:
            return Decision(None, None, f"the solution's process claimed more CPU than the kernel charged it (n={n}): not measured"), {
                "rungs": rows
            }
        hidden = unexplained[-1] - unexplained[0]
        hidden_total = unexplained_total[-1] - unexplained_total[0]
        if hidden > HIDDEN_MS + (1 + HIDDEN_SHARE) * reported_ms or hidden_total > HIDDEN_TOTAL_MS + (1 + HIDDEN_SHARE) * reported_ms:
            return Decision(
                None,
                None,
                f"at n={n} the solution's process said each call took {reported_ms:.3f} ms of CPU, "
                f"but the kernel charged it {kernel_ms:.1f} ms for {TIMED_CALLS + 1} calls: not measured",
            ), {"rungs": rows}
        rungs.append(Rung(n, reported_ms / 1000))
        rows.append({"n": n, "cpu_ms": round(reported_ms, 6), "kernel_cpu_ms": round(kernel_ms, 3)})
        if len(rungs) >= 3 and decide_time(asked, rungs).met is False:
            break  # already out of the asked class beyond the noise: no need to climb further
        if spent > BUDGET_MS:
            break
    decision = decide_time(asked, rungs)
    return decision, {"class": decision.grows_like, "rungs": rows}


def _measure_space(problem: Problem, run: HarnessRun, item: FollowUp, source: str) -> tuple[Decision, dict[str, Any]]:
    assert item.ladder is not None
    sizes = [item.ladder.sizes[0], item.ladder.sizes[-1]]
    traced_extra: list[float] = []
    kernel_extra: list[float] = []
    rows: list[dict[str, Any]] = []
    for n in sizes:
        reply = run.rung(_frame(item, source, n, "space", SPACE_REPEATS))
        if reply is None:
            return Decision(None, None, f"the sandbox stopped answering at n={n}"), {"rungs": rows}
        calls = reply["calls"]
        if any(c["failed"] or c["killed_by"] for c in calls):
            return Decision(None, None, f"the solution did not finish on the ladder's input of size {n}"), {"rungs": rows}
        if wrong := wrong_answer(problem, item, source, n, calls):
            return Decision(None, None, wrong), {"rungs": rows}
        # Python's allocations as the call's own tracemalloc saw them, and the kernel's
        # peak resident size (memory outside Python's allocator, a deep recursion's frames).
        traced = min(int(c["peak_bytes"]) for c in calls)
        kernel = min(int(c["kernel_extra_kb"]) for c in calls) * 1024
        traced_extra.append(traced)
        kernel_extra.append(kernel)
        rows.append({"n": n, "traced_bytes": traced, "kernel_extra_bytes": kernel})
    return decide_space("1", sizes, traced_extra, kernel_extra), {"rungs": rows}


def measure_source(problem: Problem, source: str, sandbox: Sandbox) -> list[FollowUpResult]:
    """The checked follow-ups of ``source`` measured without judging its cases first: for the
    stability benchmark and the tests of the measurement itself (submit measures only after AC)."""
    with HarnessRun(problem, source, sandbox) as run:
        failure = run.start()
        if failure is not None:
            raise JudgeError(f"the solution does not load: {failure.message}")
        return measure_follow_ups(problem, run)
