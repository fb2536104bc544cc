"""What makes Ctrl-C and SIGTERM leave nothing behind, one mechanism at a time:
held signals, harnesses closed at exit, and waiting out a removal under way.
(tests/test_interrupt.py stops whole judges at many moments.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from judge.cases import submission_cases
from judge.catalog import Catalog
from judge.execution import HarnessRun
from judge.sandbox.base import HarnessConnection, Sandbox
from judge.sandbox.container import DockerSandbox, wait_until_removed
from judge.sandbox.engine import LABEL
from judge.sandbox.held import signals_held
from judge.spec import Limits


def test_a_signal_inside_a_held_block_takes_effect_once_it_is_over() -> None:
    reached = []
    with pytest.raises(KeyboardInterrupt), signals_held():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # the interpreter would have run the handler here
        reached.append("the block's end")
    assert reached == ["the block's end"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_held_block_without_signals_changes_nothing() -> None:
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    with signals_held():
        pass
    assert {signum: signal.getsignal(signum) for signum in before} == before
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == set()


def test_a_local_harness_nobody_closed_is_stopped_at_exit(tmp_path: Path) -> None:
    # As when a signal lands between the harness starting and its owner holding it.
    script = textwrap.dedent(
        """
        from judge.sandbox.local import LocalConnection
        connection = LocalConnection()
        print(connection._process.pid, flush=True)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env={**os.environ, "TMPDIR": str(tmp_path)}, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    harness = int(done.stdout.split()[0])
    assert list(tmp_path.iterdir()) == []
    deadline = time.monotonic() + 5
    while Path(f"/proc/{harness}").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not Path(f"/proc/{harness}").exists()


def _sleeper(box: DockerSandbox, seconds: float) -> str:
    """A container that auto-removes itself once its command ends."""
    api = box.client().api
    container = api.create_container(
        box.image, ["sleep", str(seconds)], labels={LABEL: "test"}, host_config=api.create_host_config(auto_remove=True)
    )["Id"]
    api.start(container)
    return str(container)


def test_waiting_for_a_removal_returns_once_the_container_is_gone(docker_sandbox: DockerSandbox) -> None:
    container = _sleeper(docker_sandbox, 0.3)
    engine = docker_sandbox.engine()
    assert engine.wait_removed(container, timeout=30) is True
    assert docker_sandbox.client().api.containers(all=True, filters={"id": container}) == []
    assert wait_until_removed(docker_sandbox.client(), container, timeout=5) is True  # already gone


def test_waiting_for_a_removal_gives_up_after_its_timeout(docker_sandbox: DockerSandbox) -> None:
    container = _sleeper(docker_sandbox, 60)
    try:
        assert docker_sandbox.engine().wait_removed(container, timeout=0.5) is False
    finally:
        docker_sandbox.client().api.remove_container(container, force=True)


def test_a_signal_python_wrapped_in_another_error_is_still_a_stop() -> None:
    from judge.cli import _signal_inside

    class Interrupted:
        def __set_name__(self, owner: type, name: str) -> None:
            os.kill(os.getpid(), signal.SIGINT)

    try:
        type("Built", (), {"field": Interrupted()})  # Ctrl-C while a class is built (rich's, on import)
    except BaseException as error:
        caught = error
    if sys.version_info < (3, 12):
        assert isinstance(caught, RuntimeError)
    assert isinstance(_signal_inside(caught), KeyboardInterrupt)
    assert _signal_inside(RuntimeError("a bug of ours")) is None


class _Silent(HarnessConnection):
    """Answers the init frame, then never again: a harness busy past the wait."""

    def __init__(self) -> None:
        self.frames: list[dict[str, Any]] = []
        self.ended = ""

    def send(self, frame: dict[str, Any]) -> None:
        self.frames.append(frame)

    def receive(self, timeout: float) -> dict[str, Any]:
        if len(self.frames) == 1:
            return {"ok": True}
        raise TimeoutError("silent")

    def close(self) -> None:
        self.ended = self.ended or "removed"

    def release(self) -> None:
        self.ended = self.ended or "released"


class _OneConnection(Sandbox):
    name, isolated = "stub", False

    def __init__(self, connection: HarnessConnection) -> None:
        self.connection = connection

    def open(self, limits: Limits) -> HarnessConnection:
        return self.connection


@pytest.mark.parametrize("frame", [{"type": "case"}, {"type": "rung", "id": "r", "repeats": 1}])
def test_a_harness_busy_past_its_wait_is_removed_not_released(
    frame: dict[str, Any], catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Released, a harness still running the solution would be left to finish by itself.
    import judge.execution

    monkeypatch.setattr(judge.execution, "_GRACE_S", 0.0)
    monkeypatch.setattr(judge.execution, "MEASURE_WALL_MS", 0)
    connection = _Silent()
    problem = catalog.get("two-sum")
    with HarnessRun(problem, problem.reference_source, _OneConnection(connection)) as run:
        assert run.start() is None
        if frame["type"] == "case":
            assert run.run(submission_cases(problem)[0]) == {"killed_by": "wall", "cpu_ms": 0.0}
        else:
            assert run.rung(frame) is None
    assert connection.ended == "removed"
