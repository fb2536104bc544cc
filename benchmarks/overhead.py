"""How much the judge itself costs per submission and per case (`make bench`).

Prints a table; the figures in the README come from it. Times are wall-clock
medians over several rounds, on whatever the machine is doing, so compare
figures measured in the same run.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from judge.cases import Case
from judge.catalog import Catalog
from judge.execution import HarnessRun
from judge.grading import grade
from judge.sandbox.local import LocalSandbox

ROUNDS = 5
CASES = 100
TRIVIAL = "def twoSum(nums, target):\n    return [0, 1]\n"


def median_ms(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    problem = Catalog().get("two-sum")
    sandbox = LocalSandbox()
    cases = [Case(f"c{n}", {"nums": [1, 2], "target": 3}, "example", expected=[0, 1]) for n in range(CASES)]

    def start_only() -> None:
        with HarnessRun(problem, TRIVIAL, sandbox) as run:
            run.start()

    def submission() -> None:
        report = grade(problem, TRIVIAL, cases, sandbox)
        assert report.accepted, report.message

    def bare_process() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True)

    start = median_ms(start_only)
    whole = median_ms(submission)
    per_case = (whole - start) / CASES
    bare = median_ms(bare_process)
    table = Table(title=f"local backend, {CASES} trivial cases, median of {ROUNDS} rounds")
    table.add_column("what")
    table.add_column("ms", justify="right")
    table.add_row("harness start (spawn, compile, import probe)", f"{start:.1f}")
    table.add_row(f"{CASES}-case submission, end to end", f"{whole:.1f}")
    table.add_row("per-case overhead (fork, limits, run, report, check)", f"{per_case:.2f}")
    table.add_row("one bare `python -c pass` (a process-per-case judge pays this per case)", f"{bare:.1f}")
    table.add_row(f"{CASES} bare processes, for comparison", f"{bare * CASES:.0f}")
    Console().print(table)


if __name__ == "__main__":
    main()
