"""How much the judge itself costs per submission and per case (`make bench`).

One run measures both sandbox backends, a bare `docker run`, the Docker
engine's own container lifecycle, and a peer judge (`oj test` from
online-judge-tools, one process per case) on the same 100 trivial cases.
The README's figures come from here: `--json FILE` writes them out too.

How to read the figures
-----------------------
* Every time is wall-clock milliseconds, the median over several rounds
  (ROUNDS, PEER_ROUNDS), on whatever else the machine is doing: the judge
  table's caption gives the load average. Only compare figures from the same
  run; across runs, and with other work on the machine, they drift by 10-30 %.
* "set-up" is `HarnessRun(problem, TRIVIAL, sandbox)`, `.start()`, close: what
  a submission pays once (for docker: create, attach, start and remove the
  container, plus booting the harness and its import probe inside it).
* "per case, derived" is (100-case submission - set-up) / 100: a mean, and it
  includes `grade`'s checking, but the set-up's own noise divided by 100 lands
  on it. "per case, timed" is `run.run(case)` on the host, pooled over 100
  cases x rounds (median, then mean); "inside the harness" is the case child's
  own wall (fork to exit) as the harness reports it. The rest of a timed case
  is framing, the harness's bookkeeping and the round trip to the host.
* Targets: docker per-case overhead <= 5 ms, and a whole 100-case docker
  submission <= 2x one bare `docker run --rm IMAGE python3 -c pass` (docker's
  default bridge network included, as a user would type it; the engine table
  also has the same run with `--network none`, which is what the judge uses).
  PASS/FAIL stands beside each.
* The peer's per case is (100 cases - 1 case) / 99, so its own start-up (the
  1-case row) is not counted against it. It runs the first `python3` on PATH
  that is not a shim script.
* The docker table: the engine's own create/start/remove of an idle container,
  then the judge's set-up split into the engine calls the sandbox makes (timed
  by wrapping the engine's methods; no judge code changed) and what
  the harness does inside the container. Python start-up and numpy's import
  are measured apart, in a throwaway container with one CPU.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from judge.cases import Case
from judge.catalog import Catalog, Problem
from judge.errors import SandboxError
from judge.execution import HarnessRun
from judge.grading import grade
from judge.sandbox.base import HarnessConnection, Sandbox
from judge.sandbox.container import DockerSandbox, host_config, owner_id, remove_container
from judge.sandbox.engine import LABEL, SANDBOX_UID, image_tag
from judge.sandbox.local import LocalSandbox
from judge.spec import Limits

ROUNDS = 5
PEER_ROUNDS = 3
CASES = 100
PROBLEM = "two-sum"
TRIVIAL = "def twoSum(nums, target):\n    return [0, 1]\n"
TARGET_PER_CASE_MS = 5.0
TARGET_DOCKER_RATIO = 2.0

PEER_INPUT = "2\n1 2\n3\n"
PEER_OUTPUT = "0 1\n"
PEER_SOLUTION = "import sys\n\nsys.stdin.read()\nprint('0 1')\n"
PEER_PACKAGES = ("online-judge-tools", "online-judge-api-client")

# Timed in a throwaway container: interpreter start-up and the numpy preload
# the harness pays before it can answer its init frame.
IN_CONTAINER_PROBE = """
import json, statistics, subprocess, time
def ms(code):
    samples = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(["python3", "-I", "-c", code], check=True)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)
print(json.dumps({"python_ms": ms("pass"), "numpy_ms": ms("import numpy")}))
"""


class Unavailable(Exception):
    """A part of the benchmark cannot run here; the message says why."""


# --------------------------------------------------------------------------
# Timing


def elapsed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def median_ms(action: Callable[[], object], rounds: int) -> float:
    return statistics.median(elapsed_ms(action) for _ in range(rounds))


def medians(samples: dict[str, list[float]]) -> dict[str, float]:
    return {name: statistics.median(values) for name, values in samples.items() if values}


# --------------------------------------------------------------------------
# The judge, per backend


@dataclass
class BackendFigures:
    setup_ms: float
    submission_ms: float
    per_case_derived_ms: float
    per_case_timed_ms: float
    per_case_timed_mean_ms: float
    per_case_in_harness_ms: float
    bare_ms: float
    bare_what: str

    @property
    def ratio(self) -> float:
        return self.submission_ms / self.bare_ms


def trivial_cases() -> list[Case]:
    return [Case(f"c{n}", {"nums": [1, 2], "target": 3}, "example", expected=[0, 1]) for n in range(CASES)]


def setup_ms(problem: Problem, sandbox: Sandbox, rounds: int) -> float:
    def start_and_close() -> None:
        with HarnessRun(problem, TRIVIAL, sandbox) as run:
            assert run.start() is None

    return median_ms(start_and_close, rounds)


def submission_ms(problem: Problem, sandbox: Sandbox, cases: list[Case], rounds: int) -> float:
    def submission() -> None:
        report = grade(problem, TRIVIAL, cases, sandbox)
        assert report.accepted, report.message

    return median_ms(submission, rounds)


def per_case_timed(problem: Problem, sandbox: Sandbox, cases: list[Case], rounds: int) -> tuple[float, float, float]:
    """`run.run(case)` on the host, all cases of all rounds pooled: median, mean,
    and the median of the case's wall inside the harness (fork to exit)."""
    round_trips: list[float] = []
    inside: list[float] = []
    for _ in range(rounds):
        with HarnessRun(problem, TRIVIAL, sandbox) as run:
            assert run.start() is None
            for case in cases:
                started = time.perf_counter()
                facts = run.run(case)
                round_trips.append((time.perf_counter() - started) * 1000)
                inside.append(float(facts["wall_ms"]))
    return statistics.median(round_trips), statistics.mean(round_trips), statistics.median(inside)


def measure_backend(problem: Problem, sandbox: Sandbox, bare: tuple[str, float], rounds: int) -> BackendFigures:
    cases = trivial_cases()
    start = setup_ms(problem, sandbox, rounds)
    whole = submission_ms(problem, sandbox, cases, rounds)
    timed, mean, inside = per_case_timed(problem, sandbox, cases, rounds)
    return BackendFigures(start, whole, (whole - start) / CASES, timed, mean, inside, bare[1], bare[0])


def bare_python_ms(rounds: int) -> float:
    return median_ms(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), rounds)


# --------------------------------------------------------------------------
# Docker: reachability, the bare `docker run`, the engine's own lifecycle


def docker_sandbox() -> DockerSandbox:
    """A DockerSandbox whose engine answers and whose image is built, or Unavailable."""
    sandbox = DockerSandbox()
    try:
        sandbox.client()
    except SandboxError as error:
        raise Unavailable(str(error)) from None
    return sandbox


def bare_docker_run_ms(image: str, rounds: int, *options: str) -> float:
    """`docker run --rm [OPTIONS] IMAGE python3 -c pass` through the CLI: literally what a user would compare with."""
    cli = shutil.which("docker")
    if cli is None:
        raise Unavailable("no `docker` CLI on PATH")
    command = [cli, "run", "--rm", *options, image, "python3", "-c", "pass"]
    return median_ms(lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL), rounds)


def _labels() -> dict[str, str]:
    # The judge's label and owner, so `sweep_leftovers` removes these too if the run dies.
    return {LABEL: "bench", f"{LABEL}.owner": owner_id()}


@contextmanager
def _container(client: Any, image: str, command: list[str], **options: Any) -> Iterator[str]:
    created = client.api.create_container(image, command=command, labels=_labels(), **options)
    try:
        yield created["Id"]
    finally:
        remove_container(client, created["Id"])


def idle_variants(client: Any, limits: Limits) -> dict[str, dict[str, Any]]:
    """Create options for an idle container: docker's defaults (a bridge network),
    the same without a network, and the judge's own hardened host config (no
    network, tmpfs mounts, ulimits, cgroup limits, no capabilities)."""
    return {
        "default (bridge network)": {},
        "--network none": {"host_config": client.api.create_host_config(network_mode="none"), "network_disabled": True},
        "the judge's hardened host config": {
            "host_config": host_config(client, limits),
            "user": f"{SANDBOX_UID}:{SANDBOX_UID}",
            "network_disabled": True,
        },
    }


def idle_lifecycle_ms(client: Any, image: str, rounds: int, options: dict[str, Any]) -> dict[str, float]:
    """create, start and force-remove of a container that only sleeps."""
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        cycle = time.perf_counter()
        started = time.perf_counter()
        container = client.api.create_container(image, command=["sleep", "infinity"], labels=_labels(), **options)["Id"]
        samples["create"].append((time.perf_counter() - started) * 1000)
        try:
            samples["start"].append(elapsed_ms(partial(client.api.start, container)))
        finally:
            samples["remove"].append(elapsed_ms(partial(remove_container, client, container)))
        samples["cycle"].append((time.perf_counter() - cycle) * 1000)
    return medians(samples)


def sdk_run_to_exit_ms(client: Any, image: str, rounds: int) -> float:
    """create, start, wait, remove of `python3 -c pass` through the SDK: `docker run --rm` without the CLI."""

    def run_once() -> None:
        with _container(client, image, ["python3", "-c", "pass"]) as container:
            client.api.start(container)
            status = client.api.wait(container)
            assert status["StatusCode"] == 0, status

    return median_ms(run_once, rounds)


def in_container_ms(client: Any, image: str) -> dict[str, float]:
    """Interpreter start-up and `import numpy` inside the image, one CPU as in the sandbox."""
    with _container(
        client,
        image,
        ["python3", "-I", "-c", IN_CONTAINER_PROBE],
        network_disabled=True,
        host_config=client.api.create_host_config(nano_cpus=1_000_000_000),
    ) as container:
        client.api.start(container)
        status = client.api.wait(container)
        output = client.api.logs(container, stdout=True, stderr=True).decode()
    if status["StatusCode"] != 0:
        raise Unavailable(f"the in-container probe failed: {output.strip()[-300:]}")
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    figures["numpy_import_ms"] = figures["numpy_ms"] - figures["python_ms"]
    return figures


@dataclass
class EngineFigures:
    idle: dict[str, dict[str, float]]
    bare_run_no_network_ms: float
    sdk_run_to_exit_ms: float
    in_container: dict[str, float]


def measure_engine(sandbox: DockerSandbox, limits: Limits, rounds: int) -> EngineFigures:
    client = sandbox.client()
    idle = {name: idle_lifecycle_ms(client, sandbox.image, rounds, options) for name, options in idle_variants(client, limits).items()}
    return EngineFigures(
        idle=idle,
        bare_run_no_network_ms=bare_docker_run_ms(sandbox.image, rounds, "--network", "none"),
        sdk_run_to_exit_ms=sdk_run_to_exit_ms(client, sandbox.image, rounds),
        in_container=in_container_ms(client, sandbox.image),
    )


# --------------------------------------------------------------------------
# Docker: where the judge's set-up goes


class _TimedConnection(HarnessConnection):
    """Passes frames through, timing the init exchange and the close."""

    def __init__(self, inner: HarnessConnection, samples: dict[str, list[float]]) -> None:
        self._inner = inner
        self._samples = samples
        self._sent_at: float | None = None
        self._booted = False

    def send(self, frame: dict[str, Any]) -> None:
        if frame.get("type") == "init":
            self._sent_at = time.perf_counter()
        self._inner.send(frame)

    def receive(self, timeout: float) -> dict[str, Any]:
        reply = self._inner.receive(timeout)
        if not self._booted and self._sent_at is not None:
            self._booted = True
            self._samples["harness_boot"].append((time.perf_counter() - self._sent_at) * 1000)
            probe = reply.get("probe") or {}
            if "wall_ms" in probe:
                self._samples["import_probe"].append(float(probe["wall_ms"]))
        return reply

    def diagnostics(self) -> str:
        return self._inner.diagnostics()

    def close(self) -> None:
        self._samples["close"].append(elapsed_ms(self._inner.close))


class _TimedDockerSandbox(DockerSandbox):
    """The real DockerSandbox; its engine calls and its connections are timed."""

    # The engine calls a submission makes (judge/sandbox/api.py), under the names of the Docker API's operations.
    API_CALLS: ClassVar[dict[str, str]] = {
        "create_container": "create",
        "attach_socket": "attach",
        "start": "start",
        "remove_container": "remove",
    }

    def __init__(self) -> None:
        super().__init__()
        self.samples: dict[str, list[float]] = defaultdict(list)
        engine = self.engine()
        for label, name in self.API_CALLS.items():
            setattr(engine, name, self._timed(label, getattr(engine, name)))

    def _timed(self, name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                self.samples[name].append((time.perf_counter() - started) * 1000)

        return timed

    def open(self, limits: Limits) -> HarnessConnection:
        started = time.perf_counter()
        inner = super().open(limits)
        self.samples["open"].append((time.perf_counter() - started) * 1000)
        return _TimedConnection(inner, self.samples)


def setup_breakdown(problem: Problem, rounds: int) -> dict[str, float]:
    """Medians of each step; the two remainders are taken per round, then their median."""
    sandbox = _TimedDockerSandbox()
    steps = sandbox.samples
    for _ in range(rounds):
        steps["total"].append(setup_ms(problem, sandbox, 1))
        latest = {name: values[-1] for name, values in steps.items()}
        steps["open_other"].append(latest["open"] - latest["create_container"] - latest["attach_socket"] - latest["start"])
        steps["unaccounted"].append(latest["total"] - latest["open"] - latest["harness_boot"] - latest["close"])
    return medians(steps)


# --------------------------------------------------------------------------
# The peer: `oj test`, one process per case


@dataclass
class PeerFigures:
    version: str
    python: str
    command: str
    one_case_ms: float
    all_cases_ms: float
    bare_python_ms: float
    per_case_ms: float = field(init=False)

    def __post_init__(self) -> None:
        self.per_case_ms = (self.all_cases_ms - self.one_case_ms) / (CASES - 1)


def plain_python3() -> str:
    """The first `python3` on PATH that is an interpreter rather than a shim script
    (a pyenv shim costs ~100 ms a launch here, which would be charged to the peer)."""
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder or ".") / "python3"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            with candidate.open("rb") as handle:
                if handle.read(2) != b"#!":
                    return str(candidate)
    return sys.executable


def oj_binary() -> Path:
    oj = Path(sysconfig.get_path("scripts")) / "oj"
    if not oj.is_file():
        raise Unavailable(f"{oj} is missing: the [bench] extra (online-judge-tools) is not installed; run `make bench`")
    return oj


def _peer_tree(root: Path, count: int) -> Path:
    tests = root / f"test-{count}"
    tests.mkdir()
    for n in range(1, count + 1):
        (tests / f"sample-{n}.in").write_text(PEER_INPUT)
        (tests / f"sample-{n}.out").write_text(PEER_OUTPUT)
    return tests


def _peer_env(root: Path) -> dict[str, str]:
    """oj checks PyPI for a newer version on every run unless its 8-hour cache says
    it just did: seed that cache, in a private cache dir, so no run touches the network."""
    cache = root / "cache" / "online-judge-tools"
    cache.mkdir(parents=True)
    now = int(time.time())
    seeded = {name: {"time": now, "version": importlib.metadata.version(name)} for name in PEER_PACKAGES}
    (cache / "pypi.json").write_text(json.dumps(seeded))
    return {**os.environ, "XDG_CACHE_HOME": str(root / "cache"), "XDG_DATA_HOME": str(root / "data")}


def measure_peer(rounds: int) -> PeerFigures:
    oj = oj_binary()
    python = plain_python3()
    with tempfile.TemporaryDirectory(prefix="bench-oj-") as folder:
        root = Path(folder)
        (root / "sol.py").write_text(PEER_SOLUTION)
        env = _peer_env(root)
        command = f"{python} sol.py"

        def oj_test(tests: Path) -> Callable[[], None]:
            def run() -> None:
                done = subprocess.run(
                    [str(oj), "test", "-c", command, "-d", str(tests)], cwd=root, env=env, capture_output=True, text=True, check=False
                )
                if done.returncode != 0:
                    raise Unavailable(f"`oj test` exited {done.returncode}: {(done.stdout + done.stderr).strip()[-400:]}")

            return run

        one = median_ms(oj_test(_peer_tree(root, 1)), rounds)
        every = median_ms(oj_test(_peer_tree(root, CASES)), rounds)
        bare = median_ms(lambda: subprocess.run([python, "-c", "pass"], check=True), ROUNDS)
    version = importlib.metadata.version("online-judge-tools")
    return PeerFigures(version, python, f'oj test -c "{command}" -d test', one, every, bare)


# --------------------------------------------------------------------------
# Output


def verdict(value: float, target: float) -> str:
    return "[green]PASS[/]" if value <= target else "[red]FAIL[/]"


def cell(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def judge_table(local: BackendFigures, docker: BackendFigures | None, docker_note: str, rounds: int, load: str) -> Table:
    table = Table(title=f"the judge: {CASES} trivial cases of {PROBLEM}, median of {rounds} rounds (ms)", caption=load)
    table.add_column("what")
    table.add_column("local", justify="right")
    table.add_column("docker", justify="right")
    table.add_column("target (docker)", justify="right")

    def row(label: str, pick: Callable[[BackendFigures], float], digits: int = 1, target: float | None = None) -> None:
        docker_value = pick(docker) if docker else None
        mark = ""
        if target is not None:
            mark = f"≤ {target:g} " + (verdict(docker_value, target) if docker_value is not None else "skipped")
        table.add_row(label, cell(pick(local), digits), cell(docker_value, digits), mark)

    row("set-up: HarnessRun + start + close", lambda f: f.setup_ms)
    row(f"{CASES}-case submission, end to end (grade)", lambda f: f.submission_ms)
    row("per case, derived: (submission − set-up) / 100", lambda f: f.per_case_derived_ms, 2, TARGET_PER_CASE_MS)
    row(f"per case, timed: run.run(case), median of {CASES} x rounds", lambda f: f.per_case_timed_ms, 2, TARGET_PER_CASE_MS)
    row("  mean of the same", lambda f: f.per_case_timed_mean_ms, 2)
    row("  median inside the harness (fork to exit)", lambda f: f.per_case_in_harness_ms, 2)
    table.add_row(
        "bare process: local `python -c pass`, docker `docker run --rm … python3 -c pass`",
        cell(local.bare_ms),
        cell(docker.bare_ms if docker else None),
        "",
    )
    row("submission / bare process", lambda f: f.ratio, 2, TARGET_DOCKER_RATIO)
    if docker is None:
        table.caption = f"{load}; docker skipped (why: above)"
    return table


def peer_table(peer: PeerFigures | None, peer_note: str, local: BackendFigures, docker: BackendFigures | None) -> Table:
    title = f"the peer: oj test (online-judge-tools {peer.version}), one process per case" if peer else "the peer: oj test"
    table = Table(title=f"{title}, median of {PEER_ROUNDS} rounds (ms)")
    table.add_column("what")
    table.add_column("ms", justify="right")
    if peer is None:
        table.add_row(f"skipped: {escape(peer_note)}", "—")
        return table
    table.add_row(f"1 case (oj's own start-up): {peer.command}", cell(peer.one_case_ms))
    table.add_row(f"{CASES} cases", cell(peer.all_cases_ms))
    table.add_row("per case: (100 cases − 1 case) / 99", cell(peer.per_case_ms, 2))
    table.add_row(f"  of which a bare `{peer.python} -c pass`", cell(peer.bare_python_ms, 2))
    table.add_row(f"the judge, local, {CASES}-case submission (same run)", cell(local.submission_ms))
    if docker is not None:
        table.add_row(f"the judge, docker, {CASES}-case submission (same run)", cell(docker.submission_ms))
    return table


def docker_table(engine: EngineFigures, steps: dict[str, float], rounds: int) -> Table:
    table = Table(title=f"docker: the engine's own costs, and where the judge's set-up goes, median of {rounds} rounds (ms)")
    table.add_column("what")
    table.add_column("ms", justify="right")
    for name, figures in engine.idle.items():
        table.add_row(
            f"idle container, {name}: create / start / force-remove",
            f"{figures['create']:.1f} / {figures['start']:.1f} / {figures['remove']:.1f}",
        )
        table.add_row("  whole cycle", cell(figures["cycle"]))
    table.add_row("SDK create + start + wait + remove of `python3 -c pass`", cell(engine.sdk_run_to_exit_ms))
    table.add_row("`docker run --rm --network none … python3 -c pass`", cell(engine.bare_run_no_network_ms))
    table.add_row("judge set-up, total (HarnessRun + start + close)", cell(steps["total"]))
    table.add_row("  create_container", cell(steps["create_container"]))
    table.add_row("  attach_socket", cell(steps["attach_socket"]))
    table.add_row("  start", cell(steps["start"]))
    table.add_row("  rest of open (read harness, host config, socket)", cell(steps["open_other"]))
    table.add_row("  harness boot: init frame sent → init reply", cell(steps["harness_boot"]))
    table.add_row("    python3 start-up in the image (measured apart)", cell(engine.in_container["python_ms"]))
    table.add_row("    numpy preload in the image (measured apart)", cell(engine.in_container["numpy_import_ms"]))
    table.add_row("    import probe child, its own wall", cell(steps.get("import_probe")))
    table.add_row("  close: end frame + remove_container", cell(steps["close"]))
    table.add_row("    of which remove_container", cell(steps["remove_container"]))
    table.add_row("  unaccounted (HarnessRun bookkeeping)", cell(steps["unaccounted"]))
    return table


def load_average() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def write_json(path: Path, figures: dict[str, Any]) -> None:
    path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------


def attempt(action: Callable[[], Any]) -> tuple[Any, str]:
    """Run one part of the benchmark: its result, or None and why it could not run."""
    try:
        return action(), ""
    except (Unavailable, SandboxError, OSError, subprocess.CalledProcessError) as error:
        return None, str(error) or type(error).__name__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"rounds per median (default {ROUNDS})")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    console = Console()
    problem = Catalog().get(PROBLEM)
    rounds = args.rounds
    load_before = load_average()

    with console.status("local backend…"):
        local = measure_backend(problem, LocalSandbox(), ("python -c pass", bare_python_ms(rounds)), rounds)

    docker: BackendFigures | None = None
    engine: EngineFigures | None = None
    steps: dict[str, float] | None = None
    sandbox, docker_note = attempt(docker_sandbox)
    if sandbox is not None:
        with console.status("docker backend…"):
            bare, docker_note = attempt(lambda: bare_docker_run_ms(image_tag(), rounds))
            if bare is not None:
                docker = measure_backend(problem, sandbox, ("docker run --rm", bare), rounds)
            engine, engine_note = attempt(lambda: measure_engine(sandbox, problem.spec.limits, rounds))
            steps, steps_note = attempt(lambda: setup_breakdown(problem, rounds))
        if engine is None or steps is None:
            console.print(f"[yellow]docker engine figures skipped:[/] {escape(engine_note or steps_note)}")
    if docker is None:
        console.print(f"[yellow]docker backend skipped:[/] {escape(docker_note)}")

    with console.status("peer: oj test…"):
        peer, peer_note = attempt(lambda: measure_peer(PEER_ROUNDS))
    if peer is None:
        console.print(f"[yellow]peer (oj test) skipped:[/] {escape(peer_note)}")

    load_after = load_average()
    load = f"1-minute load average {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} CPUs"
    console.print(judge_table(local, docker, docker_note, rounds, load))
    console.print(peer_table(peer, peer_note, local, docker))
    if engine is not None and steps is not None:
        console.print(docker_table(engine, steps, rounds))

    if args.json:
        write_json(
            args.json,
            {
                "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {
                    "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "load_average_1min": [load_before, load_after],
                },
                "cases": CASES,
                "rounds": rounds,
                "peer_rounds": PEER_ROUNDS,
                "image": image_tag(),
                "targets": {"per_case_ms": TARGET_PER_CASE_MS, "docker_submission_over_bare_run": TARGET_DOCKER_RATIO},
                "local": {**asdict(local), "ratio": local.ratio},
                "docker": {**asdict(docker), "ratio": docker.ratio} if docker else {"skipped": docker_note},
                "docker_engine": asdict(engine) if engine else None,
                "docker_setup_breakdown": steps,
                "peer": asdict(peer) if peer else {"skipped": peer_note},
            },
        )
        console.print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
