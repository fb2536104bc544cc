"""Per-case overhead of a C++ solution against a Python one (`make bench`).

Both solutions answer at once (two-sum returning [0, 1]), so a case's time is
the judge's overhead: the host frames the case, the harness forks a child, the
child runs (Python: the solution's module; C++: fexecve of the sealed binary,
the dynamic loader and libstdc++, the driver reading its input), answers on the
private channel, and every process of the case is killed and reaped.

Figures, all wall-clock milliseconds, medians over ROUNDS rounds of CASES cases:

* set-up: ``HarnessRun.start()`` (container, harness and, for C++, the
  compile inside the sandbox), once per submission;
* per case: ``run.run(case)`` timed on the host;
* the floor: ``fork`` + ``exec`` + ``wait`` of ``/bin/true`` from this process,
  the least any fresh-process-per-case judge can pay, in the same run.

The target (issue 18): C++'s per-case overhead within 2x Python's. Ratios
against the floor come from the same run, so they stay comparable across
machines; absolute figures drift with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from judge.cases import Case
from judge.catalog import Catalog
from judge.execution import HarnessRun
from judge.languages import CPP, PYTHON, LanguageInfo
from judge.sandbox.base import Sandbox
from judge.sandbox.select import choose_sandbox

CASES = 100
ROUNDS = 3
SOURCES = {
    PYTHON: "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    CPP: "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {0, 1}; }\n};\n",
}


def floor_ms(rounds: int = 200) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.execv("/bin/true", ["true"])
            finally:
                os._exit(127)
        os.waitpid(pid, 0)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(language: LanguageInfo, sandbox: Sandbox) -> dict[str, float]:
    problem = Catalog().get("two-sum")
    case = Case(id="bench", name="bench", origin="generated", args={"nums": [1, 2, 3, 4], "target": 3})
    setups, per_case = [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        with HarnessRun(problem, SOURCES[language], sandbox, filename=f"bench{language.suffix}", language=language) as run:
            failure = run.start()
            if failure is not None:
                raise SystemExit(f"{language.name}: {failure.verdict}: {failure.message}")
            setups.append((time.perf_counter() - started) * 1000)
            for _ in range(CASES):
                began = time.perf_counter()
                facts = run.run(case)
                per_case.append((time.perf_counter() - began) * 1000)
                assert facts.get("result", {}).get("value") == [0, 1], facts
    return {"setup_ms": statistics.median(setups), "per_case_ms": statistics.median(per_case)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", choices=["docker", "local"], default=None)
    parser.add_argument("--json", type=Path, metavar="FILE")
    options = parser.parse_args(argv)
    sandbox = choose_sandbox(options.sandbox).sandbox
    floor = floor_ms()
    figures = {language.key: measure(language, sandbox) for language in (PYTHON, CPP)}
    ratio = figures["cpp"]["per_case_ms"] / figures["python"]["per_case_ms"]
    print(f"sandbox {sandbox.name}; {CASES} cases x {ROUNDS} rounds; load {os.getloadavg()[0]:.2f}")
    print(f"floor (fork+exec+wait of /bin/true): {floor:.2f} ms")
    for key, values in figures.items():
        print(
            f"{key:7s} set-up {values['setup_ms']:8.1f} ms   per case {values['per_case_ms']:6.2f} ms"
            f"   ({values['per_case_ms'] / floor:.1f}x the floor)"
        )
    verdict = "PASS" if ratio <= 2 else "FAIL"
    print(f"C++ per case / Python per case: {ratio:.2f} (target <= 2): {verdict}")
    if options.json:
        options.json.write_text(json.dumps({"floor_ms": floor, "ratio": ratio, **figures}, indent=2))
    sys.exit(0 if ratio <= 2 else 1)


if __name__ == "__main__":
    main()
