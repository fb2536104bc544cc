"""The solve loop's speed, each command beside its floor in the same run (`make bench`).

Issue 13's targets, as ratios of medians taken in one run, the commands
alternated round by round (A/B/C..., then again) so that load on the machine
falls on all of them alike:

* `judge --help` <= 3x, `judge list` and `judge show SLUG` <= 5x a bare
  `python -c pass` of the same interpreter;
* `judge run two-sum` and `judge submit two-sum` <= 1.5x one bare
  `docker run --rm --network none IMAGE python3 -c pass`;
* in `judge practice two-sum`, from saving the file to the examples' verdicts
  on screen <= 0.5 s, in a real session driven through a pseudo-terminal.

"warm" means what a person's second command finds: the catalogue index, the
rendered statement, the generated hidden cases and the reference's outputs
in the cache folder. The "cold" rows start each round from an empty cache
folder (the first `judge show` of a problem, the first `submit`), and are
shown for what they are, without a target. Every time is wall-clock
milliseconds, stdout and stderr captured through pipes (as `judge list | grep`
does); `list` and `show` are also timed in a pseudo-terminal (table, colours).
`--json FILE` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
JUDGE = [PYTHON, "-m", "judge"]
CORRECT = (ROOT / "problems" / "two-sum" / "reference.py").read_text()
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"
DOCKER_FLOOR = "docker run --rm --network none IMAGE python3 -c pass"
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]")


def timed(command: list[str], env: dict[str, str], pty: bool = False) -> float:
    started = time.perf_counter()
    if pty:
        import pexpect

        child = pexpect.spawn(command[0], command[1:], env=env, dimensions=(40, 120), timeout=120)
        child.expect(pexpect.EOF)
        child.close()
        status = child.exitstatus
    else:
        status = subprocess.run(command, env=env, capture_output=True, check=False).returncode
    elapsed = (time.perf_counter() - started) * 1000
    if status not in (0, None):
        raise SystemExit(f"{' '.join(command)} exited {status}")
    return elapsed


def image_tag() -> str:
    from judge.sandbox.engine import image_tag as tag

    return tag()


def docker_ready() -> str | None:
    try:
        from judge.sandbox.container import DockerSandbox

        DockerSandbox().engine()
    except Exception as error:
        return str(error)
    return None if shutil.which("docker") else "no docker CLI on PATH"


def environment(base: Path, cache: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "JUDGE_STATE_DIR": str(base / "state"),
        "JUDGE_HISTORY": str(base / "history.sqlite3"),
        "JUDGE_CACHE_DIR": str(cache),
        "JUDGE_SOLUTIONS_DIR": str(base / "solutions"),
        "JUDGE_NO_HISTORY": "0",
        "TERM": "xterm",
    }
    # PYTHONDONTWRITEBYTECODE (set in some shells and CI images) would have every command
    # compile the judge's ~40 modules from source each time, 15-20 ms a person's
    # installation (bytecode cached by pip, or by the first run of a checkout) never pays.
    for name in ("JUDGE_SANDBOX", "JUDGE_PROBLEMS_DIR", "JUDGE_PAGER", "PAGER", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["JUDGE_PAGER"] = "cat"  # in the pseudo-terminal: the statement printed, not held by less
    return env


def measure_commands(rounds: int, with_docker: bool) -> dict[str, dict[str, float]]:
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="judge-bench-") as folder:
        base = Path(folder)
        (base / "solutions").mkdir()
        (base / "solutions" / "two-sum.py").write_text(CORRECT)
        warm = environment(base, base / "cache")
        rows: list[tuple[str, list[str], bool, Callable[[], dict[str, str]]]] = [
            ("python -c pass", [PYTHON, "-c", "pass"], False, lambda: warm),
            ("python -c pass (terminal)", [PYTHON, "-c", "pass"], True, lambda: warm),
            ("judge --help", [*JUDGE, "--help"], False, lambda: warm),
            ("judge list", [*JUDGE, "list"], False, lambda: warm),
            ("judge list (terminal)", [*JUDGE, "list"], True, lambda: warm),
            ("judge show two-sum", [*JUDGE, "show", "two-sum"], False, lambda: warm),
            ("judge show two-sum (terminal)", [*JUDGE, "show", "two-sum"], True, lambda: warm),
        ]
        cold_count = 0

        def cold() -> dict[str, str]:
            nonlocal cold_count
            cold_count += 1
            return environment(base, base / f"cold-{cold_count}")

        rows.append(("judge show two-sum, cold cache", [*JUDGE, "show", "two-sum"], False, cold))
        if with_docker:
            rows += [
                (DOCKER_FLOOR, ["docker", "run", "--rm", "--network", "none", image_tag(), "python3", "-c", "pass"], False, lambda: warm),
                ("judge run two-sum", [*JUDGE, "run", "two-sum"], False, lambda: warm),
                ("judge submit two-sum", [*JUDGE, "submit", "two-sum"], False, lambda: warm),
                ("judge submit two-sum, cold cache", [*JUDGE, "submit", "two-sum"], False, cold),
            ]
        for _, command, pty, env in rows:  # untimed: fills the warm cache, loads the page cache
            timed(command, env(), pty)
        for _ in range(rounds):
            for name, command, pty, env in rows:
                samples.setdefault(name, []).append(timed(command, env(), pty))
    return {name: {"median_ms": statistics.median(values), "min_ms": min(values)} for name, values in samples.items()}


def practice_latency(saves: int, sandbox: str | None) -> dict[str, Any]:
    """Save -> the examples' verdict on screen, in a real `judge practice two-sum`."""
    import pexpect

    with tempfile.TemporaryDirectory(prefix="judge-bench-practice-") as folder:
        base = Path(folder)
        (base / "solutions").mkdir()
        solution = base / "solutions" / "two-sum.py"
        solution.write_text(WRONG)
        env = environment(base, base / "cache")
        args = ["-m", "judge", "practice", "two-sum", "--keep", *(["--sandbox", sandbox] if sandbox else [])]
        child = pexpect.spawn(PYTHON, args, env=env, dimensions=(40, 120), encoding="utf-8", codec_errors="replace", timeout=60)
        seen = ""

        def wait_for(pattern: str, since: int) -> None:
            nonlocal seen
            while not re.search(pattern, ESCAPES.sub("", seen)[since:]):
                seen += child.read_nonblocking(65536, timeout=60)

        try:
            wait_for(r"Examples: 0/3 passed", 0)  # the file at the start
            latencies = []
            for number in range(saves):
                time.sleep(0.7)  # a person between two saves; the next harness is ready by then
                since = len(ESCAPES.sub("", seen))
                text, wanted = (CORRECT, r"Examples: 3/3 passed") if number % 2 == 0 else (WRONG, r"Examples: 0/3 passed")
                started = time.perf_counter()
                solution.write_text(f"{text}\n# save {number}\n")
                wait_for(wanted + r"\s+\(after your save\)", since)
                latencies.append((time.perf_counter() - started) * 1000)
            child.send("q")
            child.expect(pexpect.EOF)
        finally:
            child.close(force=True)
    return {"saves": saves, "median_ms": statistics.median(latencies), "max_ms": max(latencies), "all_ms": latencies}


def ratio_rows(figures: dict[str, dict[str, float]]) -> list[tuple[str, str, float, float, float | None]]:
    """(command, floor, command ms, ratio, target) for the table."""
    rows = []
    for name, target in (("judge --help", 3.0), ("judge list", 5.0), ("judge list (terminal)", 5.0), ("judge show two-sum", 5.0),
                         ("judge show two-sum (terminal)", 5.0), ("judge show two-sum, cold cache", None)):
        floor = "python -c pass (terminal)" if "(terminal)" in name else "python -c pass"
        rows.append((name, floor, figures[name]["median_ms"], figures[name]["median_ms"] / figures[floor]["median_ms"], target))
    docker = figures.get(DOCKER_FLOOR)
    if docker:
        for name, target in (("judge run two-sum", 1.5), ("judge submit two-sum", 1.5), ("judge submit two-sum, cold cache", None)):
            rows.append((name, "docker run --rm", figures[name]["median_ms"], figures[name]["median_ms"] / docker["median_ms"], target))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--json", type=Path, metavar="FILE")
    options = parser.parse_args(argv)
    from rich.console import Console
    from rich.table import Table

    console = Console(width=150)
    why_not = docker_ready()
    if why_not:
        console.print(f"[yellow]docker rows skipped:[/] {why_not}")
    load = os.getloadavg()[0]
    figures = measure_commands(options.rounds, why_not is None)
    practice = practice_latency(options.saves, None if why_not is None else "local")
    title = f"the solve loop beside its floor: medians of {options.rounds} alternated rounds, {os.cpu_count()} CPUs, load {load:.1f}"
    table = Table(title=title)
    for column in ("command", "ms", "floor", "floor ms", "ratio", "target", ""):
        table.add_column(column, justify="left" if column in ("command", "floor") else "right")
    for name, floor, value, ratio, target in ratio_rows(figures):
        floor_ms = figures[floor if floor.startswith("python") else DOCKER_FLOOR]["median_ms"]
        met = "" if target is None else ("[green]met[/]" if ratio <= target else "[red]not met[/]")
        table.add_row(name, f"{value:.0f}", floor, f"{floor_ms:.0f}", f"{ratio:.2f}x", "" if target is None else f"<= {target}x", met)
    sandbox = "docker" if why_not is None else "local"
    met = "[green]met[/]" if practice["median_ms"] <= 500 else "[red]not met[/]"
    table.add_row(f"practice: save -> verdict on screen ({sandbox}, {practice['saves']} saves; max {practice['max_ms']:.0f})",
                  f"{practice['median_ms']:.0f}", "", "", "", "<= 500 ms", met)
    console.print(table)
    if options.json:
        options.json.write_text(json.dumps({"load": load, "commands": figures, "practice": practice}, indent=2))


if __name__ == "__main__":
    main()
