"""Ctrl-C or SIGTERM in the middle of a case leaves no process, container or temporary directory."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import docker.errors
import pytest

from judge.sandbox.container import DockerSandbox
from judge.sandbox.engine import LABEL


def _harness_processes(home: Path) -> set[int]:
    """Harness processes (and their case children) working under ``home``: only this
    test's, even while other judges run on the machine."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    if b"judge/harness.py" in handle.read() and os.readlink(f"/proc/{entry}/cwd").startswith(str(home)):
                        found.add(int(entry))
            except OSError:
                continue
    return found


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_stopping_judge_mid_case_cleans_up(tmp_path: Path, signum: int, status: int) -> None:
    solution = tmp_path / "sleepy.py"
    started = tmp_path / "started"
    solution.write_text(f"import time\n\ndef twoSum(nums, target):\n    open({str(started)!r}, 'w').close()\n    time.sleep(60)\n")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    judge = subprocess.Popen(
        [sys.executable, "-m", "judge", "submit", "--sandbox", "local", "two-sum", str(solution)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists(), "the case never started"
        assert len(_harness_processes(tmp_path)) >= 2  # the harness and its case child
        judge.send_signal(signum)
        _, stderr = judge.communicate(timeout=30)
        assert judge.returncode == status
        assert b"Traceback" not in stderr
        time.sleep(0.2)
        assert _harness_processes(tmp_path) == set()
    finally:
        if judge.poll() is None:  # a failed assertion must not leave a judge running
            judge.kill()
            judge.wait()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("interview-judge-")] == []


def _containers_of(box: DockerSandbox, pid: int, running: bool = False) -> list[str]:
    found = box.client().api.containers(all=not running, filters={"label": f"{LABEL}.owner"})
    return [c["Id"] for c in found if c["Labels"].get(f"{LABEL}.owner", "").endswith(f":{pid}")]


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_stopping_judge_mid_case_removes_the_container(tmp_path: Path, docker_sandbox: DockerSandbox, signum: int, status: int) -> None:
    solution = tmp_path / "sleepy.py"
    solution.write_text("import time\n\ndef twoSum(nums, target):\n    time.sleep(60)\n")
    judge = subprocess.Popen(
        [sys.executable, "-m", "judge", "submit", "--sandbox", "docker", "two-sum", str(solution)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    api = docker_sandbox.client().api
    try:
        deadline = time.monotonic() + 60
        running: list[str] = []
        # Running means the harness (PID 1) and a case child inside the container.
        while time.monotonic() < deadline:
            running = _containers_of(docker_sandbox, judge.pid, running=True)
            try:
                if running and len(api.top(running[0])["Processes"] or []) >= 2:
                    break
            except docker.errors.APIError:  # it stopped between the two calls
                pass
            time.sleep(0.1)
        assert running, "the case never started"
        judge.send_signal(signum)
        _, stderr = judge.communicate(timeout=30)
        assert judge.returncode == status
        assert b"Traceback" not in stderr
        assert _containers_of(docker_sandbox, judge.pid) == []
    finally:
        if judge.poll() is None:
            judge.kill()
            judge.wait()


def _handles_sigterm(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as handle:
            caught = next(line for line in handle if line.startswith("SigCgt:"))
    except (OSError, StopIteration):
        return False
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


# INTERRUPT_SEED picks other moments, to hunt for races by hand.
_MOMENTS = random.Random(int(os.environ.get("INTERRUPT_SEED", "20261130")))
# (backend, signal, seconds after start): twenty moments spread over start-up,
# the container's start, the import probe, the cases and the report.
_RUNS = [
    (backend, signum, round(_MOMENTS.uniform(0.0, 2.0), 3))
    for backend in ("docker", "local")
    for signum in (signal.SIGINT, signal.SIGTERM) * 5
]


@pytest.mark.parametrize(("backend", "signum", "delay"), _RUNS, ids=[f"{b}-{s.name}-{d}s" for b, s, d in _RUNS])
def test_stopping_judge_at_a_random_moment_leaves_nothing(
    tmp_path: Path, request: pytest.FixtureRequest, backend: str, signum: signal.Signals, delay: float
) -> None:
    if backend == "docker":
        request.getfixturevalue("docker_sandbox")  # skipped (or failed in CI) without an engine
    solution = tmp_path / "two-sum.py"
    # Correct and slow enough (a few hundred ms of cases) that most moments fall inside the run.
    solution.write_text(
        "import time\n\ndef twoSum(nums, target):\n    time.sleep(0.1)\n    seen = {}\n"
        "    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n"
        "        seen[x] = i\n"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path), "JUDGE_NO_HISTORY": "1"}
    judge = subprocess.Popen(
        [sys.executable, "-m", "judge", "submit", "--sandbox", backend, "two-sum", str(solution)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # From the moment the judge's own code handles SIGTERM: before that the
        # interpreter is still starting, and nothing of the judge exists yet.
        deadline = time.monotonic() + 30
        while not _handles_sigterm(judge.pid) and judge.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(delay)
        judge.send_signal(signum)
        _, stderr = judge.communicate(timeout=60)
        # It may have finished before the signal came (0); otherwise the signal's
        # status, or death by the signal itself, which a shell reports the same way.
        assert judge.returncode in (0, 128 + signum, -signum), stderr.decode(errors="replace")[-2000:]
        assert b"Traceback" not in stderr
        deadline = time.monotonic() + 5
        while _harness_processes(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _harness_processes(tmp_path) == set()
        if backend == "docker":
            box: DockerSandbox = request.getfixturevalue("docker_sandbox")
            if judge.returncode == 0:
                # A judge that finished hands its idle harness to the engine's
                # auto-remove and does not wait for it: gone a moment later.
                deadline = time.monotonic() + 10
                while _containers_of(box, judge.pid) and time.monotonic() < deadline:
                    time.sleep(0.05)
            assert _containers_of(box, judge.pid) == []
    finally:
        if judge.poll() is None:
            judge.kill()
            judge.wait()
    assert [p.name for p in tmp_path.iterdir() if p.name != solution.name] == []
