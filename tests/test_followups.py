"""Follow-up verdicts end to end: every solution in tests/solutions/followups/ measured
in the docker sandbox gets the outcome its header names; a solution that forges its own
clock is never "met"; submit, check, JUnit, show, the history, next and stats carry the
results. The stability under load (20 runs out of 20 beside two CPU burners) is
benchmarks/followup_stability.py, not a test: no test here depends on timing margins
beyond the measurement's own."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from fsrs import Rating

from judge.catalog import Catalog
from judge.cli import cli
from judge.complexity.measure import measure_source
from judge.history.records import Attempt
from judge.history.schedule import review_events
from judge.history.stats import compute_stats
from judge.history.store import History
from judge.sandbox.container import DockerSandbox

FOLLOWUPS = Path(__file__).parent / "solutions" / "followups"
SOLUTIONS = sorted(FOLLOWUPS.glob("*/*.py"))
_HEADER = re.compile(r"^# follow-up: (?P<id>[a-z0-9-]+) (?P<outcome>met|not met)$", re.MULTILINE)


def header(path: Path) -> tuple[str, bool]:
    match = _HEADER.search(path.read_text(encoding="utf-8"))
    assert match is not None, f"{path} names no '# follow-up: ID met|not met'"
    return match["id"], match["outcome"] == "met"


def test_every_checked_follow_up_has_two_optimal_and_two_non_optimal_solutions(catalog: Catalog) -> None:
    checked = {(p.slug, f.id) for p in catalog.load_all()[0] for f in p.spec.follow_up if f.checked}
    assert len(checked) == 7
    for slug, follow_up in checked:
        outcomes = [header(path)[1] for path in SOLUTIONS if path.parent.name == slug and header(path)[0] == follow_up]
        assert outcomes.count(True) >= 2 and outcomes.count(False) >= 2, slug
    assert {path.parent.name for path in SOLUTIONS} == {slug for slug, _ in checked}


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_solution_gets_the_follow_up_outcome_its_header_names(path: Path, catalog: Catalog, docker_sandbox: DockerSandbox) -> None:
    follow_up, met = header(path)
    results = {r.id: r for r in measure_source(catalog.get(path.parent.name), path.read_text(encoding="utf-8"), docker_sandbox)}
    assert results[follow_up].met is met, results[follow_up].line()


FORGED_CLOCK = """
import sys, itertools
harness = sys.modules["__main__"]
# The harness's clock, replaced: every call now seems to take 1 us of CPU.
harness.measure_call.__defaults__ = (itertools.count(0, 1000).__next__,)

class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        merged = sorted(nums1 + nums2)
        mid = len(merged) // 2
        return float(merged[mid]) if len(merged) % 2 else (merged[mid - 1] + merged[mid]) / 2
"""


def test_a_solution_that_forges_its_clock_is_not_measured_never_met(catalog: Catalog, docker_sandbox: DockerSandbox) -> None:
    (result,) = measure_source(catalog.get("median-of-two-sorted-arrays"), FORGED_CLOCK, docker_sandbox)
    assert result.met is None, result.line()
    assert "the kernel charged it" in result.detail


def test_submit_reports_the_follow_up_after_the_cases_and_strict_fails_on_it(runner: CliRunner, tmp_path: Path) -> None:
    linear = tmp_path / "median.py"
    linear.write_text((FOLLOWUPS / "median-of-two-sorted-arrays" / "sorted_concatenation.py").read_text())
    args = ["--no-history", "submit", "median-of-two-sorted-arrays", str(linear), "--sandbox", "docker"]
    shown = runner.invoke(cli, args)
    assert shown.exit_code == 0, shown.output
    assert "Accepted" in shown.output
    line = next(text for text in shown.output.splitlines() if text.startswith("Follow-up"))
    assert re.match(r"Follow-up O\(log\(m\+n\)\) time: not met — CPU time grows like n(?: log n)? \(x[\d,]+ from n=10\^3 to 10\^\d", line)
    data = json.loads(runner.invoke(cli, [*args, "--json"]).output)
    assert data["verdict"] == "AC"
    assert [(f["id"], f["met"]) for f in data["follow_ups"]] == [("log-time", False)]
    assert runner.invoke(cli, [*args, "--strict"]).exit_code == 1
    optimal = runner.invoke(
        cli, [*args[:3], str(FOLLOWUPS / "median-of-two-sorted-arrays" / "partition_on_shorter.py"), *args[4:], "--strict"]
    )
    assert optimal.exit_code == 0, optimal.output
    assert "Follow-up O(log(m+n)) time: met — CPU time grows like" in optimal.output


def test_no_follow_up_is_measured_until_every_case_passes(runner: CliRunner, tmp_path: Path) -> None:
    wrong = tmp_path / "median.py"
    wrong.write_text("class Solution:\n    def findMedianSortedArrays(self, a, b):\n        return 0.0\n")
    data = json.loads(runner.invoke(cli, ["--no-history", "submit", "median-of-two-sorted-arrays", str(wrong), "--json"]).output)
    assert data["verdict"] == "WA" and data["follow_ups"] == []


def test_check_strict_fails_an_unmet_follow_up_and_junit_has_a_testcase_for_it(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "solutions"
    folder.mkdir()
    (folder / "linked-list-cycle.py").write_text((FOLLOWUPS / "linked-list-cycle" / "visited_set.py").read_text())
    junit = tmp_path / "junit.xml"
    lenient = runner.invoke(cli, ["--no-history", "check", str(folder), "--sandbox", "docker", "--junit", str(junit)])
    assert lenient.exit_code == 0, lenient.output
    assert "follow-up O(1) extra space: not met" in lenient.output
    # Without --strict the run passes, and so does the testcase: the finding is in its output.
    (testcase,) = [c for c in ET.parse(junit).iter("testcase") if c.get("name", "").startswith("follow-up")]
    assert testcase.get("name") == "follow-up o1-space: O(1) extra space"
    assert testcase.find("failure") is None
    said = testcase.find("system-out")
    assert said is not None and "not met" in (said.text or "") and "extra memory grows like n" in (said.text or "")
    strict = runner.invoke(cli, ["--no-history", "check", str(folder), "--sandbox", "docker", "--strict", "--junit", str(junit)])
    assert strict.exit_code == 1, strict.output
    (testcase,) = [c for c in ET.parse(junit).iter("testcase") if c.get("name", "").startswith("follow-up")]
    failure = testcase.find("failure")
    assert failure is not None and failure.get("type") == "follow-up" and "extra memory grows like n" in failure.get("message", "")


def test_show_marks_which_follow_ups_the_judge_checks(runner: CliRunner) -> None:
    median = runner.invoke(cli, ["show", "median-of-two-sorted-arrays", "--no-pager"]).output
    assert "[checked: O(log(m+n)) time, measured on every accepted submission]" in median
    skiplist = runner.invoke(cli, ["show", "design-skiplist", "--no-pager"]).output
    assert "[not checked: on the sizes 2 s of a 2-core machine allows" in " ".join(skiplist.split())


T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
UNMET = [{"id": "log-time", "met": False, "detail": "CPU time grows like n"}]
MET = [{"id": "log-time", "met": True, "detail": "CPU time grows like log n"}]


def solve(at: datetime, follow_ups: list[dict[str, object]], slug: str = "median-of-two-sorted-arrays") -> Attempt:
    return Attempt(slug=slug, kind="submit", verdict="AC", started_at=at - timedelta(seconds=5), finished_at=at, follow_ups=follow_ups)


def test_the_history_keeps_follow_up_results(tmp_path: Path) -> None:
    with History.open(tmp_path / "history.sqlite3") as history:
        history.record(solve(T0, UNMET))
        (back,) = history.attempts()
    assert back.follow_ups == UNMET and back.follow_up_unmet


def test_next_rates_an_accepted_solution_with_an_unmet_follow_up_hard() -> None:
    (unmet,) = review_events([solve(T0, UNMET)], "hard")
    (met,) = review_events([solve(T0, MET)], "hard")
    assert unmet.rating is Rating.Hard and met.rating is Rating.Good


def test_stats_counts_problems_solved_with_every_follow_up_met(catalog: Catalog) -> None:
    problems = catalog.load_all()[0]
    attempts = [
        solve(T0, UNMET),  # median: accepted, follow-up not met
        solve(T0, [{"id": "o1-space", "met": True, "detail": ""}], "linked-list-cycle"),
        solve(T0, [], "two-sum"),  # no checked follow-up: solved is enough
        solve(T0, [{"id": "o1-space", "met": None, "detail": "not measured"}], "middle-of-the-linked-list"),
    ]
    stats = compute_stats(attempts, problems, T0.date())
    assert stats.solved == 4 and stats.solved_follow_ups == 2
    later = compute_stats([*attempts, replace(attempts[0], follow_ups=MET, finished_at=T0 + timedelta(hours=1))], problems, T0.date())
    assert later.solved_follow_ups == 3 and later.to_json()["solved_with_follow_ups"] == 3


SKIPS_THE_CALL = """
import sys
harness = sys.modules["__main__"]
# The harness's measuring function, replaced: it reports three fast calls and never makes one.
harness.measure_call = lambda function, args, mode, *rest: [[1000, 1000, 1000], 0, 0.0]

class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        merged = sorted(nums1 + nums2)
        mid = len(merged) // 2
        return float(merged[mid]) if len(merged) % 2 else (merged[mid - 1] + merged[mid]) / 2
"""


def test_a_solution_that_skips_the_measured_call_is_caught_by_its_answer(catalog: Catalog, docker_sandbox: DockerSandbox) -> None:
    (result,) = measure_source(catalog.get("median-of-two-sorted-arrays"), SKIPS_THE_CALL, docker_sandbox)
    assert result.met is None, result.line()
    assert "answer on the ladder's input of size 1000 is wrong" in result.detail
