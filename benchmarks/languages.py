"""Per-case overhead of C++ and Java solutions against a Python one (`make bench`).

Both solutions answer at once (two-sum returning [0, 1]), so a case's time is
the judge's overhead: the host frames the case, the harness forks a child, the
child runs (Python: the solution's module; C++: fexecve of the sealed binary,
the dynamic loader and libstdc++, the driver reading its input; Java: the
JVM started once loads the user's classes afresh through a new class loader
and runs the call in a new thread), answers on the private channel, and every
process of the case is killed and reaped (Java: the case's threads are checked
to have ended).

Figures, all wall-clock milliseconds, medians over ROUNDS rounds of CASES cases:

* set-up: ``HarnessRun.start()`` (container, harness and, for C++, the
  compile inside the sandbox; for Java, the two compiles: the judge's runtime
  and the user's file), once per submission;
* first case: Java's starts the JVM, once per submission (reported apart:
  for Python and C++ it is an ordinary case);
* per case: ``run.run(case)`` timed on the host;
* the floor: ``fork`` + ``exec`` + ``wait`` of ``/bin/true`` from this process,
  the least any fresh-process-per-case judge can pay, in the same run.

The targets (issue 18): C++'s per-case overhead within 2x Python's; Java's
JVM start paid once per submission, not per case. Ratios
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
from judge.languages import CPP, JAVA, PYTHON, LanguageInfo
from judge.sandbox.base import Sandbox
from judge.sandbox.select import choose_sandbox

CASES = 100
ROUNDS = 3
SOURCES = {
    PYTHON: "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    CPP: "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {0, 1}; }\n};\n",
    JAVA: "class Solution {\n    public int[] twoSum(int[] nums, int target) { return new int[] {0, 1}; }\n}\n",
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
    setups, per_case, first = [], [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        with HarnessRun(problem, SOURCES[language], sandbox, filename=f"bench{language.suffix}", language=language) as run:
            failure = run.start()
            if failure is not None:
                raise SystemExit(f"{language.name}: {failure.verdict}: {failure.message}")
            setups.append((time.perf_counter() - started) * 1000)
            for number in range(CASES + 1):
                began = time.perf_counter()
                facts = run.run(case)
                elapsed = (time.perf_counter() - began) * 1000
                # The first case of a Java run starts the JVM: the submission's, not the case's.
                (first if number == 0 else per_case).append(elapsed)
                assert facts.get("result", {}).get("value") == [0, 1], facts
    return {
        "setup_ms": statistics.median(setups),
        "first_case_ms": statistics.median(first),
        "per_case_ms": statistics.median(per_case),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", choices=["docker", "local"], default=None)
    parser.add_argument("--json", type=Path, metavar="FILE")
    options = parser.parse_args(argv)
    sandbox = choose_sandbox(options.sandbox).sandbox
    floor = floor_ms()
    figures = {language.key: measure(language, sandbox) for language in (PYTHON, CPP, JAVA)}
    ratio = figures["cpp"]["per_case_ms"] / figures["python"]["per_case_ms"]
    java_ratio = figures["java"]["per_case_ms"] / figures["python"]["per_case_ms"]
    print(f"sandbox {sandbox.name}; {CASES} cases x {ROUNDS} rounds; load {os.getloadavg()[0]:.2f}")
    print(f"floor (fork+exec+wait of /bin/true): {floor:.2f} ms")
    for key, values in figures.items():
        print(
            f"{key:7s} set-up {values['setup_ms']:8.1f} ms   first case {values['first_case_ms']:7.1f} ms"
            f"   per case {values['per_case_ms']:6.2f} ms   ({values['per_case_ms'] / floor:.1f}x the floor)"
        )
    verdict = "PASS" if ratio <= 2 else "FAIL"
    print(f"C++ per case / Python per case: {ratio:.2f} (target <= 2): {verdict}")
    print(f"Java per case / Python per case: {java_ratio:.2f} (the JVM's start is in its first case, once)")
    if options.json:
        options.json.write_text(json.dumps({"floor_ms": floor, "ratio": ratio, "java_ratio": java_ratio, **figures}, indent=2))
    sys.exit(0 if ratio <= 2 else 1)


if __name__ == "__main__":
    main()
