"""`judge check`: a folder of solutions judged at once, for CI and pre-commit."""

from __future__ import annotations

import json
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.catalog import Catalog
from judge.checking.annotations import annotation
from judge.checking.discovery import Found, match_problems, solution_files
from judge.checking.parallel import Outcome, QuietObserver, check_all
from judge.cli import cli
from judge.errors import JudgeError
from judge.grading import CaseReport, SubmissionReport
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict
from tests.conftest import PROBLEMS

HIDDEN_WA = PROBLEMS / "linked-list-cycle" / "wrong" / "compare_before_moving.py"
EXAMPLE_WA = PROBLEMS / "two-sum" / "wrong" / "same_element_twice.py"
HIDDEN_RE = PROBLEMS / "median-of-two-sorted-arrays" / "wrong" / "second_array_never_empty.py"


def _folder(root: Path, files: dict[str, Path | str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        target = root / name
        if isinstance(content, Path):
            shutil.copy(content, target)
        else:
            target.write_text(content)
    return root


def _check(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(cli, ["check", "--sandbox", "local", *args])
    return result.exit_code, result.output


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    return _folder(
        tmp_path / "mixed",
        {
            "two-sum.py": EXAMPLE_WA,
            "linked-list-cycle.py": HIDDEN_WA,
            "median-of-two-sorted-arrays.py": HIDDEN_RE,
            "middle-of-the-linked-list.py": PROBLEMS / "middle-of-the-linked-list" / "reference.py",
            "bloom-filter.py": "class BloomFilter:\n    def __init__(self) -> None\n        pass\n",
            "twosum.py": "def twoSum(nums, target):\n    return [0, 1]\n",
            "_helpers.py": "raise SystemExit('never judged')\n",
        },
    )


def test_discovery_finds_slug_files_and_reports_unknown_names(mixed: Path, catalog: Catalog) -> None:
    files = solution_files([mixed])
    assert [f.name for f in files] == [
        "bloom-filter.py",
        "linked-list-cycle.py",
        "median-of-two-sorted-arrays.py",
        "middle-of-the-linked-list.py",
        "two-sum.py",
        "twosum.py",
    ]
    found = {f.slug: f for f in match_problems(files, catalog)}
    assert found["two-sum"].problem is not None and found["two-sum"].error is None
    unknown = found["twosum"]
    assert unknown.problem is None and not unknown.judge_fault
    assert unknown.error is not None and "did you mean two-sum.py" in unknown.error


def test_a_folder_s_java_file_is_judged_beside_its_python(tmp_path: Path, catalog: Catalog) -> None:
    java = "class Solution { public int[] twoSum(int[] a, int t) { return null; } }\n"
    folder = _folder(tmp_path / "langs", {"two-sum.py": PROBLEMS / "two-sum" / "reference.py", "two-sum.java": java})
    files = solution_files([folder])
    assert [f.name for f in files] == ["two-sum.java", "two-sum.py"]
    found = {f.path.name: f for f in match_problems(files, catalog)}
    assert found["two-sum.java"].problem is not None and found["two-sum.java"].error is None
    assert found["two-sum.py"].problem is not None


def test_discovery_takes_named_files_once_and_refuses_bad_paths(mixed: Path, tmp_path: Path) -> None:
    two_sum = mixed / "two-sum.py"
    assert solution_files([two_sum, mixed / ".." / "mixed" / "two-sum.py"]) == [two_sum]
    with pytest.raises(JudgeError, match="no such file or folder"):
        solution_files([tmp_path / "missing"])
    notes = tmp_path / "notes.md"
    notes.write_text("# notes")
    with pytest.raises(JudgeError, match="not a solution file the judge can run"):
        solution_files([notes])


def test_a_mixed_folder_exits_1_with_a_line_per_failure(runner: CliRunner, mixed: Path) -> None:
    status, output = _check(runner, str(mixed), "-j", "2")
    assert status == 1, output
    assert "in " + str(mixed) in output
    lines = {line.split(":", 1)[0].removeprefix("✗ "): line for line in output.splitlines() if line.startswith("✗")}
    assert set(lines) == {str(mixed / name) for name in ("two-sum.py", "linked-list-cycle.py", "median-of-two-sorted-arrays.py",
                                                            "bloom-filter.py", "twosum.py")}  # fmt: skip
    assert "WA Wrong Answer: used the same element twice" in lines[str(mixed / "two-sum.py")]
    assert "on a hidden case" in lines[str(mixed / "linked-list-cycle.py")]
    assert "RE Runtime Error: IndexError" in lines[str(mixed / "median-of-two-sorted-arrays.py")]
    assert "CE Compilation Error" in lines[str(mixed / "bloom-filter.py")]
    assert "no problem called 'twosum'" in lines[str(mixed / "twosum.py")]
    assert "1 accepted, 4 not accepted, 1 not judged" in output


def test_junit_has_a_suite_per_solution_and_hides_hidden_cases(runner: CliRunner, mixed: Path, tmp_path: Path) -> None:
    report = tmp_path / "reports" / "junit.xml"
    status, output = _check(runner, str(mixed), "--junit", str(report))
    assert status == 1, output
    root = ET.parse(report).getroot()
    suites = {suite.get("file"): suite for suite in root.iter("testsuite")}
    assert len(suites) == 6
    assert int(root.get("tests", "0")) == sum(int(s.get("tests", "0")) for s in suites.values())

    accepted = suites[str(mixed / "middle-of-the-linked-list.py")]
    cases = accepted.findall("testcase")
    assert len(cases) > 10 and accepted.get("failures") == "0" and accepted.get("errors") == "0"
    assert all(float(c.get("time", "-1")) >= 0 for c in cases)

    example = suites[str(mixed / "two-sum.py")].find("testcase[@name='example-2']/failure")
    assert example is not None and example.get("type") == "WA"
    assert example.text is not None and "Input: nums = [3,2,4], target = 6" in example.text and "Got: [0,0]" in example.text

    hidden = suites[str(mixed / "linked-list-cycle.py")].findall("testcase/failure")
    assert hidden and all(f.get("type") == "WA" and not f.text for f in hidden)
    assert all("expected" not in (f.get("message") or "") for f in hidden)

    crash = suites[str(mixed / "median-of-two-sorted-arrays.py")].find("testcase/error")
    assert crash is not None and crash.get("type") == "RE" and "IndexError" in (crash.text or "")
    assert "Input:" not in (crash.text or "")

    load = suites[str(mixed / "bloom-filter.py")].findall("testcase")
    assert [c.get("name") for c in load] == ["load the solution"]
    assert load[0].find("error") is not None and load[0].find("error").get("type") == "CE"  # type: ignore[union-attr]

    unknown = suites[str(mixed / "twosum.py")].find("testcase/error")
    assert unknown is not None and "did you mean two-sum.py" in (unknown.get("message") or "")


def test_json_is_submit_json_per_solution(runner: CliRunner, mixed: Path, solutions: Path) -> None:
    result = runner.invoke(cli, ["check", "--sandbox", "local", str(mixed), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)  # progress goes to stderr
    by_file = {item["file"]: item for item in data}
    (solutions / "two-sum.py").write_text(EXAMPLE_WA.read_text())
    submitted = json.loads(CliRunner().invoke(cli, ["submit", "two-sum", "--json", "--sandbox", "local"]).stdout)
    checked = by_file[str(mixed / "two-sum.py")]
    assert set(checked) == set(submitted)
    assert (checked["verdict"], checked["passed"], checked["first_failure"]["id"]) == ("WA", submitted["passed"], "example-2")
    unknown = by_file[str(mixed / "twosum.py")]
    assert unknown["verdict"] is None and "no problem called" in unknown["error"]
    assert set(unknown) >= set(submitted)


def test_all_accepted_exits_0_and_records_check_attempts(runner: CliRunner, tmp_path: Path) -> None:
    good = _folder(tmp_path / "good", {"two-sum.py": PROBLEMS / "two-sum" / "reference.py",
                                       "linked-list-cycle.py": PROBLEMS / "linked-list-cycle" / "reference.py"})  # fmt: skip
    status, output = _check(runner, str(good))
    assert status == 0, output
    assert "2 accepted" in output
    from judge.history.location import history_path

    with sqlite3.connect(history_path()) as db:
        rows = db.execute("SELECT slug, kind, verdict FROM attempts ORDER BY slug").fetchall()
    assert rows == [("linked-list-cycle", "check", "AC"), ("two-sum", "check", "AC")]


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    status, output = _check(runner, str(empty))
    assert status == 2 and "no solutions found" in output
    status, output = _check(runner, str(tmp_path / "nowhere"))
    assert status == 2 and "no such file or folder" in output
    status, output = _check(runner, str(empty), "-j", "0")
    assert status == 2


def test_a_broken_problem_package_exits_3(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    problems = tmp_path / "problems"
    shutil.copytree(PROBLEMS / "two-sum", problems / "two-sum")
    (problems / "two-sum" / "reference.py").write_text("class Solution:\n    def twoSum(self, nums, target):\n        return 1 / 0\n")
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(problems))
    folder = _folder(tmp_path / "solutions", {"two-sum.py": PROBLEMS / "two-sum" / "reference.py"})
    status, output = _check(runner, str(folder))
    assert status == 3, output
    assert "problem package is broken" in output


def test_github_annotations_point_at_the_file_and_line(runner: CliRunner, mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    status, output = _check(runner, str(mixed))
    assert status == 1
    commands = [line for line in output.splitlines() if line.startswith("::error ")]
    assert len(commands) == 5
    crash = next(c for c in commands if "median-of-two-sorted-arrays.py" in c)
    assert crash.startswith(f"::error file={mixed}/median-of-two-sorted-arrays.py,line=9,title=median-of-two-sorted-arrays%3A RE::")
    syntax = next(c for c in commands if "bloom-filter.py" in c)
    assert ",line=2," in syntax and "%0A" in syntax and "\n" not in syntax


def test_annotation_escapes_what_would_end_or_forge_a_command() -> None:
    case = CaseReport("example-1", "", "example", Verdict.RE, message="boom: 100%\n::error::forged", line=4)
    report = SubmissionReport("two-sum", Verdict.RE, "local", [case], total_cases=1)
    found = Found(Path("solutions/we,ird:name.py"), "two-sum")
    text = annotation(Outcome(found, report))
    assert text.startswith("::error file=solutions/we%2Cird%3Aname.py,line=4,title=two-sum%3A RE::")
    assert "\n" not in text and "100%25%0A::error::forged" in text


def test_workers_judge_solutions_at_the_same_time(tmp_path: Path, catalog: Catalog, sandbox: LocalSandbox) -> None:
    # Each solution sleeps; with two workers their judging intervals must overlap.
    slow = "import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(0.05)\n" + "\n".join(
        (PROBLEMS / "two-sum" / "reference.py").read_text().splitlines()[2:]
    )
    first = _folder(tmp_path / "a", {"two-sum.py": slow})
    second = _folder(tmp_path / "b", {"two-sum.py": slow})
    found = match_problems(solution_files([first, second]), catalog)
    outcomes = list(check_all(found, sandbox, 2, QuietObserver()))
    assert all(o.accepted for o in outcomes), [o.report.message if o.report else o.error for o in outcomes]
    (a, b) = sorted(outcomes, key=lambda o: o.started_at)  # type: ignore[arg-type,return-value]
    assert a.finished_at is not None and b.started_at is not None and b.started_at < a.finished_at


def test_shards_cover_every_file_exactly_once_and_balance_the_cost(tmp_path: Path) -> None:
    from judge.checking.shards import cost, parse_shard, shard, split

    folder = tmp_path / "solutions"
    folder.mkdir()
    catalog = Catalog(PROBLEMS)
    for slug in catalog.slugs():
        (folder / f"{slug}.py").write_text("pass\n")
    (folder / "not-a-problem.py").write_text("pass\n")
    found = match_problems(solution_files([folder]), catalog)
    for n in range(1, 8):
        parts = split(found, n)
        names = [f.path.name for part in parts for f in part]
        assert sorted(names) == sorted(f.path.name for f in found)  # every file, exactly once
        assert [shard(found, k, n) for k in range(1, n + 1)] == parts  # each job computes its own part alike
        totals = [sum(cost(f) for f in part) for part in parts]
        assert max(totals) - min(totals) <= max(cost(f) for f in found)
        assert split(list(reversed(found)), n) == parts  # the order files were found in does not matter
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/3", "4/3", "x", "1/0"):
        with pytest.raises(JudgeError):
            parse_shard(bad)


def test_check_with_a_shard_judges_only_its_part(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "solutions"
    folder.mkdir()
    for slug in ("two-sum", "middle-of-the-linked-list"):
        (folder / f"{slug}.py").write_text((PROBLEMS / slug / "reference.py").read_text())
    judged = []
    for k in (1, 2, 3):
        result = runner.invoke(cli, ["check", str(folder), "--shard", f"{k}/3", "--sandbox", "local", "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        judged += [row["problem"] for row in json.loads(result.stdout)]
    assert sorted(judged) == ["middle-of-the-linked-list", "two-sum"]
