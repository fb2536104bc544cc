"""Solutions judged side by side (judge check -j 2, docker) cannot change each
other's verdicts. Every container runs as the same host uid, so a per-uid limit
such as RLIMIT_NPROC would let one solution's processes starve its neighbour."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from judge.cli import cli
from judge.sandbox.container import DockerSandbox

# Holds 60 sleeping processes through every case, for about a second each:
# its neighbour runs while they are there.
HOLDER = '''
import os
import time


class Solution:
    def twoSum(self, nums, target):
        children = []
        for _ in range(60):
            pid = os.fork()
            if pid == 0:
                time.sleep(5)
                os._exit(0)
            children.append(pid)
        time.sleep(1)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
'''

# Correct, and forks one short-lived helper in every case.
VICTIM = '''
import os


class Solution:
    def middleNode(self, head):
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow
'''


def test_a_process_holder_does_not_starve_its_neighbour(tmp_path: Path, docker_sandbox: DockerSandbox) -> None:
    folder = tmp_path / "solutions"
    folder.mkdir()
    (folder / "two-sum.py").write_text(HOLDER)
    (folder / "middle-of-the-linked-list.py").write_text(VICTIM)
    result = CliRunner().invoke(cli, ["--no-history", "check", "--sandbox", "docker", "-j", "2", "--json", str(folder)])
    reports = {Path(item["file"]).name: item for item in json.loads(result.stdout)}
    victim = reports["middle-of-the-linked-list.py"]
    failures = [(t["id"], t["verdict"], t["message"]) for t in victim["tests"] if t["verdict"] != "AC"]
    assert victim["verdict"] == "AC", failures
    assert reports["two-sum.py"]["verdict"] == "AC", reports["two-sum.py"]["message"]
    assert result.exit_code == 0
