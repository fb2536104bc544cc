"""Issue 13, the solve loop: what `run` shows, `-i` in the statement's notation,
print-debugging, stopping at the first TLE, fresh practice files."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import cli

from .conftest import PROBLEMS, copy_problem

TWO_SUM = (PROBLEMS / "two-sum" / "reference.py").read_text()

# Right on the examples, an endless loop on every input larger than 1000 numbers.
SLOW_ON_BIG = (
    "def twoSum(nums, target):\n"
    "    while len(nums) > 1000:\n"
    "        pass\n"
    "    return next([j, i] for i in range(len(nums)) for j in range(i) if nums[i] + nums[j] == target)\n"
)


@pytest.fixture
def fast_tle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """two-sum with a 300 ms CPU limit, as the only problem in JUDGE_PROBLEMS_DIR."""
    problems = tmp_path / "problems"
    copy_problem("two-sum", problems, time_ms=300)
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(problems))
    solution = tmp_path / "two-sum.py"
    solution.write_text(SLOW_ON_BIG)
    return solution


def test_submit_stops_at_the_first_tle_and_says_what_was_not_run(runner: CliRunner, fast_tle: Path) -> None:
    result = runner.invoke(cli, ["submit", "two-sum", str(fast_tle), "--sandbox", "local"])
    assert result.exit_code == 1
    assert "Time Limit Exceeded" in result.output
    assert "not run: judging stopped at the first TLE" in result.output and "--all runs every case" in result.output
    data = json.loads(runner.invoke(cli, ["submit", "two-sum", str(fast_tle), "--sandbox", "local", "--json"]).stdout)
    assert data["verdict"] == "TLE" and data["tests"][-1]["verdict"] == "TLE"
    assert sum(t["verdict"] == "TLE" for t in data["tests"]) == 1
    assert data["not_run"] == data["total"] - len(data["tests"]) > 0


def test_submit_all_runs_every_case(runner: CliRunner, fast_tle: Path) -> None:
    data = json.loads(runner.invoke(cli, ["submit", "two-sum", str(fast_tle), "--sandbox", "local", "--json", "--all"]).stdout)
    assert len(data["tests"]) == data["total"] and "not_run" not in data
    assert sum(t["verdict"] == "TLE" for t in data["tests"]) > 1


def test_check_stops_at_the_first_tle_too_and_junit_skips_the_rest(runner: CliRunner, fast_tle: Path, tmp_path: Path) -> None:
    junit = tmp_path / "report.xml"
    result = runner.invoke(cli, ["check", str(fast_tle), "--sandbox", "local", "--junit", str(junit)])
    assert result.exit_code == 1
    assert "not run" in result.output
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None and int(suite.get("skipped", "0")) > 0
    ran = [c for c in suite.iter("testcase") if c.find("skipped") is None]
    assert int(suite.get("tests", "0")) == int(suite.get("skipped", "0")) + len(ran)
    skipped = [c for c in suite.iter("testcase") if c.find("skipped") is not None]
    assert all("the first TLE" in (c.find("skipped").get("message") or "") for c in skipped)  # type: ignore[union-attr]
    everything = runner.invoke(cli, ["check", str(fast_tle), "--sandbox", "local", "--all", "--json"])
    (data,) = json.loads(everything.stdout)
    assert len(data["tests"]) == data["total"]
