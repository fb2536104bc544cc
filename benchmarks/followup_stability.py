"""Is a follow-up verdict stable under load? (`make bench`, or run directly.)

The acceptance bar of issue 14: with two CPU-burning processes beside it on a
2-core machine, each problem's reference and every optimal solution in
tests/solutions/followups/ is measured as "met" in 20 runs out of 20, and every
non-optimal one as "not met" in 20 out of 20. This script measures exactly that
and prints, per solution, how many runs came out met / not met / inconclusive,
and PASS or FAIL against the bar (exit status 1 on any FAIL).

Each run is one full measurement of the problem's checked follow-ups
(judge.complexity.measure_follow_ups: every rung, every repeat) in a harness
started once per solution, so the 20 runs share the container's start-up but
nothing else: every call is a fresh child on a fresh copy of the inputs. The
cases are not judged first (submit does that): the non-optimal minimum-swaps
solutions are TLE on the cases and would never be measured otherwise.

    python benchmarks/followup_stability.py                 # docker, 20 runs, 2 burners
    python benchmarks/followup_stability.py --runs 5 --burners 0 --only median
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from judge.catalog import Catalog
from judge.complexity.measure import measure_follow_ups
from judge.execution import HarnessRun
from judge.sandbox.base import Sandbox
from judge.sandbox.container import DockerSandbox
from judge.sandbox.local import LocalSandbox

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "tests" / "solutions" / "followups"
_EXPECT = re.compile(r"^# follow-up: (?P<id>[a-z0-9-]+) (?P<outcome>met|not met)$", re.MULTILINE)


def expected(path: Path) -> tuple[str, bool]:
    match = _EXPECT.search(path.read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit(f"{path}: no '# follow-up: ID met|not met' line")
    return match["id"], match["outcome"] == "met"


def runs_of(problem_slug: str, source: str, runs: int, sandbox: Sandbox, catalog: Catalog) -> tuple[Counter[str], float, Counter[str]]:
    """Outcomes over ``runs`` measurements, seconds per run, and every outcome's lines (to show the unexpected ones)."""
    problem = catalog.get(problem_slug)
    outcomes: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    started = time.monotonic()
    with HarnessRun(problem, source, sandbox) as run:
        if run.start() is not None:
            raise SystemExit(f"{problem_slug}: the solution does not load")
        for _ in range(runs):
            for result in measure_follow_ups(problem, run):
                outcomes[{True: "met", False: "not met", None: "inconclusive"}[result.met]] += 1
                lines[result.line()] += 1
    return outcomes, (time.monotonic() - started) / runs, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--burners", type=int, default=2, help="CPU-burning processes beside the measurement (default 2)")
    parser.add_argument("--sandbox", choices=("docker", "local"), default="docker")
    parser.add_argument("--only", default="", help="only problems whose slug contains this")
    options = parser.parse_args()
    sandbox: Sandbox = DockerSandbox() if options.sandbox == "docker" else LocalSandbox()
    catalog = Catalog()
    burners = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(options.burners)]
    failures = 0
    try:
        print(f"{options.runs} runs per solution, {options.burners} CPU burners, sandbox {options.sandbox}, {os.cpu_count()} cores")
        print(f"{'solution':<72} {'expect':<8} {'met':>4} {'not':>4} {'inc':>4}  {'s/run':>6}  bar")
        for folder in sorted(p for p in SOLUTIONS.iterdir() if p.is_dir() and options.only in p.name):
            slug = folder.name
            problem = catalog.get(slug)
            entries = [(f"{slug}/reference.py", problem.reference_source, True)]
            entries += [
                (f"{slug}/{path.name}", path.read_text(encoding="utf-8"), expected(path)[1]) for path in sorted(folder.glob("*.py"))
            ]
            for name, source, want_met in entries:
                outcomes, per_run, lines = runs_of(slug, source, options.runs, sandbox, catalog)
                want = "met" if want_met else "not met"
                ok = outcomes[want] == options.runs
                failures += not ok
                print(
                    f"{name:<72} {want:<8} {outcomes['met']:>4} {outcomes['not met']:>4} {outcomes['inconclusive']:>4}"
                    f"  {per_run:>6.2f}  {'PASS' if ok else 'FAIL'}",
                    flush=True,
                )
                for line, count in lines.items():
                    if not line.startswith(f"Follow-up {line.split(': ')[0].removeprefix('Follow-up ')}: {want} "):
                        print(f"    {count} x {line}", flush=True)
    finally:
        for burner in burners:
            os.kill(burner.pid, signal.SIGKILL)
            burner.wait()
    print("all PASS" if not failures else f"{failures} FAIL")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
