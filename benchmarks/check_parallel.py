"""Does `judge check` use every core? (`make bench`)

Judges the whole catalogue's reference solutions (one <slug>.py per problem,
copied into a scratch folder) with 1 worker and with one worker per core,
in the docker sandbox when it is ready (else local, said so).

How to read the figures
-----------------------
* "wall" is the median over ROUNDS of the time `check_all` takes for the whole
  folder; "sum" is the median of the per-solution times added up (each
  solution's own judging, expected outputs included). The target is
  wall ~= sum / workers; "efficiency" is sum / (workers x wall): 100 % means
  no time lost to waiting on the slowest solution or to the host.
* "cold" is the first run with an empty reference cache, so every problem's
  expected outputs are computed too; the other rows have them cached, as a
  user's second and later runs do.
* "judge check (CLI)" times the command end to end, process start included.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from judge.catalog import Catalog
from judge.checking.discovery import Found, match_problems, solution_files
from judge.checking.parallel import Outcome, QuietObserver, check_all
from judge.commands.check import default_jobs
from judge.sandbox.base import Sandbox
from judge.sandbox.select import choose_sandbox

ROUNDS = 3


def one_run(found: list[Found], box: Sandbox, jobs: int) -> tuple[float, float, list[Outcome]]:
    started = time.monotonic()
    outcomes = list(check_all(found, box, jobs, QuietObserver()))
    wall = time.monotonic() - started
    bad = [o.found.slug for o in outcomes if not o.accepted]
    if bad:
        raise SystemExit(f"a reference solution was not accepted: {', '.join(bad)}")
    return wall, sum(o.seconds for o in outcomes), outcomes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args(argv)
    console = Console()
    catalog = Catalog()
    cores = default_jobs()
    # What `judge check` itself would pick: docker when it is ready, else local (and why).
    choice = choose_sandbox(None)
    box = choice.sandbox
    where = box.name if box.name == "docker" else f"{box.name} ({choice.reason})"

    with tempfile.TemporaryDirectory(prefix="judge-bench-check-") as scratch:
        folder = Path(scratch) / "solutions"
        folder.mkdir()
        for slug in catalog.slugs():
            shutil.copy(catalog.get(slug).reference_path, folder / f"{slug}.py")
        os.environ["JUDGE_CACHE_DIR"] = str(Path(scratch) / "cache")
        os.environ["JUDGE_NO_HISTORY"] = "1"
        found = match_problems(solution_files([folder]), catalog)

        rows: list[tuple[str, int, float, float]] = []
        with console.status("cold run (expected outputs computed)…"):
            wall, busy, _ = one_run(found, box, cores)
        rows.append(("cold", cores, wall, busy))
        for jobs in sorted({1, cores}):
            walls, sums = [], []
            for round_number in range(args.rounds):
                with console.status(f"{jobs} worker(s), round {round_number + 1}/{args.rounds}…"):
                    wall, busy, _ = one_run(found, box, jobs)
                walls.append(wall)
                sums.append(busy)
            rows.append(("warm", jobs, statistics.median(walls), statistics.median(sums)))

        judge = Path(sys.executable).with_name("judge")
        started = time.monotonic()
        subprocess.run([str(judge), "--no-history", "check", str(folder), "-j", str(cores)], capture_output=True, check=False)
        cli_wall = time.monotonic() - started

    table = Table(title=f"judge check over {len(found)} reference solutions, sandbox {where}, {os.cpu_count()} CPUs")
    for column in ("run", "workers", "wall s", "sum s", "sum / workers s", "efficiency"):
        table.add_column(column, justify="right")
    for label, jobs, wall, busy in rows:
        table.add_row(label, str(jobs), f"{wall:.2f}", f"{busy:.2f}", f"{busy / jobs:.2f}", f"{busy / (jobs * wall):.0%}")
    console.print(table)
    serial = next(wall for label, jobs, wall, _ in rows if label == "warm" and jobs == 1)
    parallel = next(wall for label, jobs, wall, _ in rows if label == "warm" and jobs == cores)
    console.print(f"speed-up with {cores} workers: {serial / parallel:.2f}x; judge check (CLI, -j {cores}, warm): {cli_wall:.2f} s")


if __name__ == "__main__":
    main()
