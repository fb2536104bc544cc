"""The docker backend itself: how the container is locked down, what a solution
sees from inside it, cleanup, and what the CLI says when Docker is missing."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from judge.cases import submission_cases
from judge.catalog import Problem
from judge.cli import cli
from judge.errors import SandboxError
from judge.execution import HarnessRun, case_verdict, preload_for
from judge.sandbox.container import DockerConnection, DockerSandbox, sweep_leftovers
from judge.sandbox.engine import LABEL, SANDBOX_UID, image_tag
from judge.values import decode

from .conftest import PROBLEMS

CORRECT = (PROBLEMS / "two-sum" / "reference.py").read_text()


def test_container_configuration_is_locked_down(docker_sandbox: DockerSandbox, tight_two_sum: Problem) -> None:
    limits = tight_two_sum.spec.limits
    connection = docker_sandbox.open(limits)
    assert isinstance(connection, DockerConnection) and connection.container_id
    try:
        info = docker_sandbox.client().api.inspect_container(connection.container_id)
    finally:
        connection.close()
    host = info["HostConfig"]
    assert host["NetworkMode"] == "none"
    assert host["ReadonlyRootfs"] is True
    assert host["Privileged"] is False
    assert host["CapDrop"] == ["ALL"] and not host["CapAdd"]
    assert "no-new-privileges:true" in host["SecurityOpt"]
    assert not any("seccomp" in option for option in host["SecurityOpt"])  # the default profile stays on
    assert host["Memory"] == host["MemorySwap"] > limits.memory_mb * 1024 * 1024
    assert host["PidsLimit"] and host["PidsLimit"] <= 256
    assert host["NanoCpus"] == 1_000_000_000
    assert host["IpcMode"] == "none"
    assert host["LogConfig"]["Type"] == "none"
    assert not host["Binds"] and not info["Mounts"]  # nothing of the host inside
    assert set(host["Tmpfs"]) == {"/work", "/tmp"}
    assert f"uid={SANDBOX_UID}" in host["Tmpfs"]["/work"]
    assert {u["Name"] for u in host["Ulimits"]} >= {"fsize", "nofile", "stack"}
    assert info["Config"]["User"] == f"{SANDBOX_UID}:{SANDBOX_UID}"
    assert info["Config"]["Labels"][LABEL] == "sandbox"


INSIDE = """
import os, socket

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return line.split()[1]

class Solution:
    def twoSum(self, nums, target):
        facts = {
            "uid": os.getuid(),
            "cap_eff": status("CapEff"),
            "cap_bnd": status("CapBnd"),
            "no_new_privs": status("NoNewPrivs"),
            "seccomp": status("Seccomp"),
            "interfaces": sorted(name for _, name in socket.if_nameindex()),
            "cwd": os.getcwd(),
            "pid1": open("/proc/1/cmdline", "rb").read().split(b"\\0")[0].decode(),
        }
        try:
            open("/usr/evil", "w")
            facts["root_writable"] = True
        except OSError:
            facts["root_writable"] = False
        return facts
"""


def test_what_a_solution_sees_inside_the_container(docker_sandbox: DockerSandbox, tight_two_sum: Problem) -> None:
    case = submission_cases(tight_two_sum)[0]
    with HarnessRun(tight_two_sum, INSIDE, docker_sandbox) as run:
        assert run.start() is None
        facts: dict[str, Any] = decode(run.run(case)["result"]["value"])  # the harness sends a dict as {"$dict": pairs}
    assert facts["uid"] == SANDBOX_UID
    assert int(facts["cap_eff"], 16) == 0 and int(facts["cap_bnd"], 16) == 0
    assert facts["no_new_privs"] == "1"
    assert facts["seccomp"] == "2"  # filter mode: Docker's default profile
    assert facts["interfaces"] == ["lo"]
    assert facts["cwd"].startswith("/work/")
    assert facts["pid1"] == "python3"  # the harness is the container's init
    assert facts["root_writable"] is False


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_containers_left_by_a_dead_judge_are_swept(docker_sandbox: DockerSandbox) -> None:
    api = docker_sandbox.client().api
    mine = api.create_container(
        image_tag(), command=["python3", "-c", "pass"], labels={LABEL: "sandbox", f"{LABEL}.owner": f"{socket.gethostname()}:{_dead_pid()}"}
    )["Id"]
    alive = api.create_container(
        image_tag(), command=["python3", "-c", "pass"], labels={LABEL: "sandbox", f"{LABEL}.owner": f"{socket.gethostname()}:{os.getpid()}"}
    )["Id"]
    try:
        removed = sweep_leftovers(docker_sandbox.client())
        assert mine in removed and alive not in removed
        remaining = {c["Id"] for c in api.containers(all=True, filters={"label": LABEL})}
        assert mine not in remaining and alive in remaining
    finally:
        api.remove_container(alive, force=True)
        if mine not in removed:
            api.remove_container(mine, force=True)


def test_a_missing_image_says_what_to_run(docker_sandbox: DockerSandbox) -> None:
    with pytest.raises(SandboxError, match="judge image build"):
        DockerSandbox(image="interview-judge-python:no-such-version").client()


def test_image_build_is_idempotent(docker_sandbox: DockerSandbox) -> None:
    result = CliRunner().invoke(cli, ["image", "build"], catch_exceptions=False)
    assert result.exit_code == 0
    assert f"already present: {image_tag()}" in result.output


def test_doctor_reports_a_ready_sandbox(docker_sandbox: DockerSandbox) -> None:
    result = CliRunner().invoke(cli, ["doctor"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "reachable" in result.output and image_tag() in result.output
    assert "submit uses" in result.output and "docker" in result.output.split("submit uses")[1]


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> str:
    address = "unix:///nonexistent/docker.sock"
    monkeypatch.setenv("DOCKER_HOST", address)
    return address


def test_doctor_without_an_engine_says_what_to_do(no_engine: str) -> None:
    result = CliRunner().invoke(cli, ["doctor"], catch_exceptions=False)
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert f"not reachable at {no_engine}" in said and "no socket there" in said
    assert "docker.io" in said and "Traceback" not in said
    assert "local" in result.output.split("submit uses")[1]


def test_submit_falls_back_to_local_with_a_warning(no_engine: str, tmp_path: Path) -> None:
    solution = tmp_path / "two-sum.py"
    solution.write_text(CORRECT)
    result = CliRunner().invoke(cli, ["submit", "two-sum", str(solution)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "NOT isolated" in said and f"no Docker engine answers at {no_engine} (no socket there)" in said


def test_asking_for_docker_without_an_engine_is_one_clear_error(no_engine: str, tmp_path: Path) -> None:
    solution = tmp_path / "two-sum.py"
    solution.write_text(CORRECT)
    result = CliRunner().invoke(cli, ["submit", "--sandbox", "docker", "two-sum", str(solution)], catch_exceptions=False)
    assert result.exit_code == 3
    said = " ".join(result.output.split())
    assert "no Docker engine answers" in said and "--sandbox local" in said and "Traceback" not in said
    assert len(textwrap.dedent(result.output).strip().splitlines()) <= 3


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import numpy as np\n", ["numpy"]),
        ("from numpy.linalg import norm\n", ["numpy"]),
        ("def f():\n    import numpy\n", ["numpy"]),
        ("import collections\n", []),
        ("def broken(:\n", []),
    ],
)
def test_numpy_is_preloaded_only_for_solutions_that_import_it(tight_two_sum: Problem, source: str, expected: list[str]) -> None:
    assert preload_for(tight_two_sum.spec, source) == expected


def test_numpy_solution_is_judged_in_the_container(docker_sandbox: DockerSandbox, tight_two_sum: Problem) -> None:
    source = textwrap.dedent(
        """
        import numpy as np

        class Solution:
            def twoSum(self, nums, target):
                values = np.array(nums)
                for i, x in enumerate(nums):
                    hits = np.nonzero(values[i + 1 :] == target - x)[0]
                    if hits.size:
                        return [i, i + 1 + int(hits[0])]
        """
    )
    case = submission_cases(tight_two_sum)[0]
    with HarnessRun(tight_two_sum, source, docker_sandbox) as run:
        assert run.start() is None
        facts = run.run(case)
    assert facts["result"]["ok"], facts
    assert case_verdict(facts, tight_two_sum.spec) == (None, "")
