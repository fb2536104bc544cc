"""Hostile solutions (tests/hostile/*.py), each judged on a tight two-sum (or the
problem its header names) under every backend its header names; the verdict
must be the one the header states.

Header lines of a program (before its docstring):

    # expect: TLE            the submission's verdict (required)
    # expect[docker]: AC     ... overridden for one backend
    # message: CPU time      a substring of the verdict message (optional, [backend] too)
    # backends: docker local where it runs
    # cases: example-1       the case ids judged, in order, or "all" (default example-1)
    # later: AC              every case after the first must get this verdict
    # limits: memory_mb=512  changes to the tight limits (time_ms=300 memory_mb=64 output_kb=8)
    # problem: stable-softmax the problem judged (default two-sum)
    # xfail[local]: why      a known judge bug: strict xfail until it is fixed

Many programs answer correctly only if their attack failed and wrongly if it
worked, so an expected AC proves the attack failed.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from judge.cases import submission_cases
from judge.catalog import Problem
from judge.grading import SubmissionReport, grade
from judge.reference import ReferenceResult, reference_results
from judge.sandbox.base import Sandbox
from judge.sandbox.container import owner_id, wait_for_removals
from judge.sandbox.engine import LABEL
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict

from .conftest import copy_problem

HOSTILE_DIR = Path(__file__).resolve().parent / "hostile"
BACKENDS = ("local", "docker")
TIGHT = {"time_ms": 300, "memory_mb": 64, "output_kb": 8}
# Every process a hostile program leaves running on purpose carries this in its
# command line or name, so the final sweep can find survivors.
MARKER = "HOSTILE-MARKER"
# Never to be judged outside a container, whatever a header says: as root on
# this machine they would kill, starve or litter the machine's own processes and files.
DOCKER_ONLY = {
    "kill_everything.py", "write_outside_workdir.py", "fork_bomb.py", "state_leak_tmp.py",
    "cpp_fork_bomb.cpp", "cpp_raw_syscalls.cpp", "cpp_compile_bomb.cpp", "cpp_include_bomb.cpp",
    "java_guard_thread_bomb.java", "java_fork_bomb.java", "java_compile_bomb.java",
}  # fmt: skip
_HEADER = re.compile(r"#\s*([a-z]+)(?:\[([a-z]+)\])?:\s*(.*?)\s*$")


@dataclass(frozen=True)
class Hostile:
    name: str
    source: str
    headers: dict[tuple[str, str | None], str] = field(repr=False)

    def get(self, key: str, backend: str | None = None, default: str | None = None) -> str | None:
        return self.headers.get((key, backend), self.headers.get((key, None), default))

    @property
    def backends(self) -> list[str]:
        return (self.get("backends") or "").split()

    def limits(self) -> dict[str, int]:
        limits = dict(TIGHT)
        for item in (self.get("limits") or "").split():
            key, _, value = item.partition("=")
            limits[key] = int(value)
        return limits


def load_hostile(path: Path) -> Hostile:
    source = path.read_text(encoding="utf-8")
    headers: dict[tuple[str, str | None], str] = {}
    # C++ and Java programs write the same header lines as // comments.
    comment = "//" if path.suffix in (".cpp", ".java") else "#"
    for line in source.splitlines():
        if not line.startswith(comment):
            break
        match = _HEADER.match("#" + line.removeprefix(comment))
        if match:
            headers[(match[1], match[2])] = match[3]
    return Hostile(path.name, source, headers)


PROGRAMS = [load_hostile(path) for path in sorted([*HOSTILE_DIR.glob("*.py"), *HOSTILE_DIR.glob("*.cpp"), *HOSTILE_DIR.glob("*.java")])]


def _params() -> list[object]:
    params: list[object] = []
    for program in PROGRAMS:
        for backend in program.backends:
            marks = []
            reason = program.headers.get(("xfail", backend))
            if reason:
                marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason))
            name = program.name.removesuffix(".py")
            params.append(pytest.param(program, backend, marks=marks, id=f"{name}-{backend}"))
    return params


def test_every_program_states_its_outcome() -> None:
    assert len(PROGRAMS) >= 22
    for program in PROGRAMS:
        assert program.backends and set(program.backends) <= set(BACKENDS), program.name
        for backend in program.backends:
            assert program.get("expect", backend) in Verdict.__members__, program.name
        marker = "/*" if program.name.endswith((".cpp", ".java")) else '"""'
        assert marker in program.source, f"{program.name} lacks its one-line description"
        if program.name in DOCKER_ONLY:
            assert program.backends == ["docker"], f"{program.name} must never run under the local backend"


# --------------------------------------------------------------------------
# Judging


class Problems:
    """Private problem copies, one per problem and set of limits, with their reference
    answers computed once (by the local backend: the values do not depend on the sandbox)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._problems: dict[tuple[str, tuple[tuple[str, int], ...]], Problem] = {}
        self._references: dict[Path, dict[str, ReferenceResult]] = {}

    def get(self, limits: dict[str, int], slug: str = "two-sum") -> Problem:
        key = (slug, tuple(sorted(limits.items())))
        if key not in self._problems:
            self._problems[key] = copy_problem(slug, Path(tempfile.mkdtemp(dir=self._root)), **limits)
        return self._problems[key]

    def reference(self, problem: Problem) -> dict[str, ReferenceResult]:
        if problem.root not in self._references:
            hidden = [c for c in submission_cases(problem) if c.origin != "example"]
            self._references[problem.root] = reference_results(problem, hidden, LocalSandbox(), use_cache=False)
        return self._references[problem.root]


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> Problems:
    return Problems(tmp_path_factory.mktemp("hostile-problems"))


def judge_program(program: Hostile, sandbox: Sandbox, problems: Problems) -> SubmissionReport:
    problem = problems.get(program.limits(), program.get("problem") or "two-sum")
    cases = submission_cases(problem)
    wanted = (program.get("cases") or "example-1").split()
    if wanted != ["all"]:
        by_id = {case.id: case for case in cases}
        cases = [by_id[case_id] for case_id in wanted]
    reference = problems.reference(problem) if any(c.origin != "example" for c in cases) else {}
    # The file's name picks the language, as for a user's file.
    compiled = program.name.endswith((".cpp", ".java"))
    return grade(problem, program.source, cases, sandbox, reference=reference, file=program.name if compiled else None)


def _sandbox(backend: str, request: pytest.FixtureRequest) -> Sandbox:
    return request.getfixturevalue("docker_sandbox" if backend == "docker" else "sandbox")


@pytest.mark.parametrize(("program", "backend"), _params())
def test_hostile_program(program: Hostile, backend: str, problems: Problems, request: pytest.FixtureRequest) -> None:
    assert not (backend == "local" and program.name in DOCKER_ONLY), "refusing to run this program outside a container"
    sandbox = _sandbox(backend, request)
    report = judge_program(program, sandbox, problems)
    facts = [(t.id, str(t.verdict), t.message) for t in report.tests]
    expected = program.get("expect", backend)
    assert report.verdict == expected, f"{program.name} on {backend}: {report.verdict} ({report.message}); cases: {facts}"
    needle = program.get("message", backend)
    if needle:
        assert needle in report.message, f"{program.name} on {backend}: {report.message!r} lacks {needle!r}"
    later = program.get("later", backend)
    if later:
        assert len(report.tests) == report.total_cases >= 2, facts
        assert all(t.verdict == later for t in report.tests[1:]), f"{program.name} on {backend}: later cases {facts}"


# --------------------------------------------------------------------------
# Nothing outlives the suite


def _survivors(since_ticks: int) -> dict[int, str]:
    """Processes started since ``since_ticks`` (after boot) that look like a harness
    or carry the hostile marker, by pid."""
    mine = {os.getpid(), os.getppid()}
    found: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in mine:
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                cmdline = handle.read().replace(b"\0", b" ").decode("utf-8", errors="replace")
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode("utf-8", errors="replace")
        except OSError:
            continue
        comm = stat[stat.find("(") + 1 : stat.rfind(")")]
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields[0] == "Z" or int(fields[19]) < since_ticks:
            continue
        if "harness" in cmdline or MARKER in cmdline or MARKER[:15] in comm:
            found[int(entry)] = f"{comm}: {cmdline[:120]}"
    return found


def _uptime_ticks() -> int:
    with open("/proc/uptime") as handle:
        return int(float(handle.read().split()[0]) * os.sysconf("SC_CLK_TCK"))


def _our_containers() -> list[str]:
    try:
        import docker

        client = docker.from_env()
        containers = client.containers.list(all=True, filters={"label": f"{LABEL}.owner={owner_id()}"})
    except Exception:  # no engine: no containers either
        return []
    return [c.short_id for c in containers]


@pytest.fixture(scope="module", autouse=True)
def nothing_survives(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """After the suite: no container of ours, no harness or marked process, no temp dir."""
    private_tmp = tmp_path_factory.mktemp("hostile-tmp")
    saved = tempfile.tempdir
    tempfile.tempdir = str(private_tmp)
    started = _uptime_ticks()
    try:
        yield
    finally:
        tempfile.tempdir = saved
    # Transient processes of a concurrent run come and go; a leak stays.
    deadline = time.monotonic() + 10
    survivors = _survivors(started)
    while survivors and time.monotonic() < deadline:
        time.sleep(0.2)
        survivors = {pid: what for pid, what in _survivors(started).items() if pid in survivors}
    wait_for_removals()  # containers closed by this process go in the background
    containers = _our_containers()
    while containers and time.monotonic() < deadline:
        time.sleep(0.2)
        containers = _our_containers()
    leftovers = sorted(p.name for p in private_tmp.iterdir() if p.name.startswith(("interview-judge-", "judge-")))
    shutil.rmtree(private_tmp, ignore_errors=True)
    assert not containers, f"sandbox containers left behind: {containers}"
    assert not survivors, f"processes left behind: {survivors}"
    assert not leftovers, f"temporary directories left behind: {leftovers}"
