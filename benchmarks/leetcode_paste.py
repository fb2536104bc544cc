"""What LeetCode's prelude costs a case, and what pasting imports at the top costs.

    .venv/bin/python benchmarks/leetcode_paste.py [--rounds 300] [--cases 100]

1. The case child's set-up, timed inside forked children on this machine's
   Python: a bare module (before the prelude), the harness's prebuilt prelude
   module (what each case does now), and copying the prelude's names into a
   fresh module in each child (the alternative, rejected: copy-on-write of every
   value it touches). Median of ``--rounds`` forks each.
2. Whole cases through the real harness, each backend: CPU and wall time of the
   case child as the harness measures them, median over ``--cases`` trivial
   two-sum cases, for a plain solution, the same with LeetCode's usual imports
   pasted at the top, and one using the prelude's names without any import.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import types
from pathlib import Path

from judge import harness
from judge.cases import Case
from judge.catalog import Catalog
from judge.errors import SandboxError
from judge.execution import HarnessRun
from judge.sandbox.base import Sandbox
from judge.sandbox.container import DockerSandbox
from judge.sandbox.local import LocalSandbox

PLAIN = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
PASTED_IMPORTS = (
    "from typing import *\nfrom collections import *\nfrom heapq import *\nfrom bisect import *\n"
    "from itertools import *\nfrom functools import *\nimport math, random, re, string, operator, statistics\n\n"
) + PLAIN
PRELUDE_NAMES = (
    "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
    "        q: Deque[int] = deque([0, 1])\n        assert inf > 0 and Counter() == {}\n        return list(q)\n"
)


def child_setup_us(prepare: types.ModuleType | None, copy: dict[str, object] | None, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            started = time.perf_counter()
            module = prepare if prepare is not None else types.ModuleType("solution")
            if copy is not None:
                module.__dict__.update(copy)
            module.__file__ = "solution.py"
            module.__dict__.update(stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr)
            os.write(write_end, repr(time.perf_counter() - started).encode())
            os._exit(0)
        os.close(write_end)
        times.append(float(os.read(read_end, 64)))
        os.close(read_end)
        os.waitpid(pid, 0)
    return statistics.median(times) * 1e6


def case_figures(sandbox: Sandbox, source: str, cases: int) -> tuple[float, float]:
    problem = Catalog().get("two-sum")
    cpu, wall = [], []
    with HarnessRun(problem, source, sandbox) as run:
        failure = run.start()
        assert failure is None, failure
        for n in range(cases):
            facts = run.run(Case(f"c{n}", {"nums": [1, 2], "target": 3}, "example", expected=[0, 1]))
            cpu.append(facts["cpu_ms"])
            wall.append(facts["wall_ms"])
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--cases", type=int, default=100)
    options = parser.parse_args()
    print(f"1. case child set-up, median of {options.rounds} forks (Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.2f})")
    if hasattr(harness, "build_prelude"):  # absent from a checkout before the prelude, for the "before" figures
        names = harness.build_prelude()
        bare = child_setup_us(None, None, options.rounds)
        prebuilt = child_setup_us(harness.prelude_module(), None, options.rounds)
        copied = child_setup_us(None, names, options.rounds)
        print(f"   bare module (no prelude)            {bare:8.1f} us")
        print(f"   prebuilt prelude module (now)       {prebuilt:8.1f} us   +{prebuilt - bare:.1f} us a case")
        print(f"   {len(names)} names copied in each child    {copied:8.1f} us   +{copied - bare:.1f} us a case")
    print(f"2. whole cases, median of {options.cases} (the case child's CPU and wall time, as the harness measures them)")
    boxes: list[Sandbox] = [LocalSandbox()]
    docker = DockerSandbox()
    try:
        docker.client()
        boxes.append(docker)
    except SandboxError as error:
        print(f"   (docker skipped: {error})")
    for box in boxes:
        for label, source in (("plain", PLAIN), ("imports pasted at the top", PASTED_IMPORTS), ("prelude names, no import", PRELUDE_NAMES)):
            try:
                cpu, wall = case_figures(box, source, options.cases)
            except AssertionError as failure:  # before the prelude, the names are a NameError
                print(f"   {box.name:6} {label:27} does not load: {failure}")
                continue
            print(f"   {box.name:6} {label:27} cpu {cpu:6.2f} ms   wall {wall:6.2f} ms")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
