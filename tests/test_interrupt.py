"""Ctrl-C or SIGTERM in the middle of a case leaves no process and no temporary directory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _harness_processes() -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    if b"judge/harness.py" in handle.read():
                        found.add(int(entry))
            except OSError:
                continue
    return found


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_stopping_judge_mid_case_cleans_up(tmp_path: Path, signum: int, status: int) -> None:
    solution = tmp_path / "sleepy.py"
    started = tmp_path / "started"
    solution.write_text(f"import time\n\ndef twoSum(nums, target):\n    open({str(started)!r}, 'w').close()\n    time.sleep(60)\n")
    before = _harness_processes()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    judge = subprocess.Popen(
        [sys.executable, "-m", "judge", "submit", "two-sum", str(solution)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists(), "the case never started"
        assert len(_harness_processes() - before) >= 2  # the harness and its case child
        judge.send_signal(signum)
        _, stderr = judge.communicate(timeout=30)
        assert judge.returncode == status
        assert b"Traceback" not in stderr
        time.sleep(0.2)
        assert _harness_processes() - before == set()
    finally:
        if judge.poll() is None:  # a failed assertion must not leave a judge running
            judge.kill()
            judge.wait()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("interview-judge-")] == []
