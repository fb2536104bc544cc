"""Every command through click's runner, including the bad inputs a user will type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import cli

from .conftest import PROBLEMS, copy_problem

CORRECT = (PROBLEMS / "two-sum" / "reference.py").read_text()


def invoke(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = invoke(runner, "--help")
    assert result.exit_code == 0
    for command in ("list", "show", "new", "run", "submit", "validate", "practice", "next", "stats", "doctor", "image"):
        assert command in result.output


@pytest.mark.parametrize("command", ["list", "show", "new", "run", "submit", "validate", "practice", "next", "stats", "doctor"])
def test_each_command_explains_itself(runner: CliRunner, command: str) -> None:
    result = invoke(runner, command, "--help")
    assert result.exit_code == 0
    assert "Usage: " in result.output and len(result.output.splitlines()) > 4


def test_list_json_has_every_problem(runner: CliRunner) -> None:
    result = invoke(runner, "list", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    slugs = {row["slug"] for row in rows}
    assert {"two-sum", "linked-list-cycle", "design-skiplist"} <= slugs
    assert all(set(row) == {"slug", "title", "difficulty", "tags", "languages", "status"} for row in rows)


def test_list_filters_and_table(runner: CliRunner) -> None:
    result = invoke(runner, "list", "--tag", "linked-list")
    assert result.exit_code == 0
    assert "linked-list-cycle" in result.output and "two-sum" not in result.output


def test_show_prints_statement_and_examples_but_no_hidden_case(runner: CliRunner) -> None:
    result = invoke(runner, "show", "two-sum")
    assert result.exit_code == 0
    assert "Two Sum" in result.output and "nums = [2,7,11,15], target = 9" in result.output
    # Hidden cases never appear: neither a hand-written one nor a generated one.
    assert "1000000000,-1000000000" not in result.output.replace(" ", "")
    assert "extreme values" not in result.output


def test_show_unknown_slug_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "two-sums"])
    assert result.exit_code == 2
    assert "no problem called 'two-sums'" in result.output and "two-sum" in result.output
    assert "Traceback" not in result.output


def test_new_writes_a_runnable_template_and_never_overwrites(runner: CliRunner, solutions: Path) -> None:
    result = invoke(runner, "new", "middle-of-the-linked-list")
    assert result.exit_code == 0
    path = solutions / "middle-of-the-linked-list.py"
    text = path.read_text()
    assert "def middleNode(self, head: ListNode | None) -> ListNode | None:" in text
    assert "Example 1:" in text
    compile(text, str(path), "exec")
    path.write_text("# my work\n")
    again = runner.invoke(cli, ["new", "middle-of-the-linked-list"])
    assert again.exit_code == 2 and "--force" in again.output
    assert path.read_text() == "# my work\n"
    assert invoke(runner, "new", "middle-of-the-linked-list", "--force").exit_code == 0
    assert "class Solution" in path.read_text()


def test_new_template_for_a_design_problem(runner: CliRunner, solutions: Path) -> None:
    assert invoke(runner, "new", "design-skiplist").exit_code == 0
    text = (solutions / "design-skiplist.py").read_text()
    assert "class Skiplist:" in text and "def erase(self, num: int) -> bool:" in text


def test_fresh_template_runs_as_a_runtime_error_not_a_crash(runner: CliRunner, solutions: Path) -> None:
    invoke(runner, "new", "two-sum")
    result = runner.invoke(cli, ["run", "two-sum"])
    assert result.exit_code == 1
    assert "NotImplementedError" in result.output


def test_run_passes_examples(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    result = invoke(runner, "run", "two-sum")
    assert result.exit_code == 0
    assert "Accepted" in result.output and "3/3" in result.output


def test_run_shows_a_diff_of_long_answers(runner: CliRunner, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def middleNode(head):\n    return head\n")
    result = runner.invoke(cli, ["run", "middle-of-the-linked-list", str(wrong)])
    assert result.exit_code == 1
    shown = " ".join(result.output.replace("│", " ").split())
    assert "Output the node with val 1 (index 0 of head) Expected the node with val 3 (index 2 of head)" in shown


def test_submit_json_shape_and_exit_status(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    result = invoke(runner, "submit", "two-sum", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["problem"] == "two-sum" and data["verdict"] == "AC"
    assert data["passed"] == data["total"] == len(data["tests"]) > 10
    for test in data["tests"]:
        assert {"id", "verdict", "cpu_ms", "memory_kb"} <= set(test)
        if not test["id"].startswith("example"):
            assert "input" not in test  # hidden inputs stay out of the per-case list


def test_submit_wrong_answer_reports_first_failure(runner: CliRunner, tmp_path: Path) -> None:
    wrong = tmp_path / "w.py"
    wrong.write_text(
        "def twoSum(nums, target):\n"
        "    print('looking')\n"
        "    if len(nums) > 50:\n"
        "        return [0, 0]\n"
        "    return next([i, j] for i in range(len(nums)) for j in range(i) if nums[i] + nums[j] == target)\n"
    )
    result = runner.invoke(cli, ["submit", "two-sum", str(wrong)])
    assert result.exit_code == 1
    assert "Wrong Answer" in result.output and "first failing case" in result.output
    assert "looking" in result.output
    data = json.loads(runner.invoke(cli, ["submit", "two-sum", str(wrong), "--json"]).output)
    assert data["verdict"] == "WA" and data["first_failure"]["got"] == [0, 0]
    assert data["first_failure"]["id"].startswith("generated") and data["first_failure"]["stdout"] == "looking\n"


def test_submit_records_status_for_list(runner: CliRunner, solutions: Path) -> None:
    (solutions / "two-sum.py").write_text(CORRECT)
    invoke(runner, "submit", "two-sum")
    rows = {row["slug"]: row for row in json.loads(invoke(runner, "list", "--json").output)}
    assert rows["two-sum"]["status"] == "solved"


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        ("missing", "no solution file"),
        ("empty", "is empty"),
        ("directory", "is a directory"),
    ],
)
def test_bad_solution_files_are_usage_errors(runner: CliRunner, tmp_path: Path, setup: str, needle: str) -> None:
    path = tmp_path / "solution.py"
    if setup == "empty":
        path.write_text("  \n")
    elif setup == "directory":
        path.mkdir()
    for command in ("run", "submit"):
        result = runner.invoke(cli, [command, "two-sum", str(path)])
        assert result.exit_code == 2, result.output
        assert needle in result.output and "Traceback" not in result.output


def test_missing_default_solution_suggests_new(runner: CliRunner, solutions: Path) -> None:
    result = runner.invoke(cli, ["submit", "two-sum"])
    assert result.exit_code == 2 and "judge new two-sum" in result.output


def test_solution_without_entry_point_is_ce(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "s.py"
    path.write_text("def solve(nums, target):\n    return [0, 1]\n")
    result = runner.invoke(cli, ["submit", "two-sum", str(path), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["verdict"] == "CE" and "twoSum" in data["message"]


def test_syntax_error_is_ce_with_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "s.py"
    path.write_text("class Solution:\n    def twoSum(self, nums, target)\n        return []\n")
    result = runner.invoke(cli, ["run", "two-sum", str(path)])
    assert result.exit_code == 1
    assert "Compilation Error" in result.output and "line 2" in result.output


def test_validate_one_problem(runner: CliRunner) -> None:
    result = invoke(runner, "validate", "two-sum")
    assert result.exit_code == 0
    assert "ok two-sum" in result.output


def test_validate_reports_a_broken_package(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = copy_problem("two-sum", tmp_path)
    (problem.root / "wrong" / "looks_wrong_but_is_right.py").write_text("# expect: WA\n" + CORRECT)
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(tmp_path))
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 1
    assert "looks_wrong_but_is_right.py is rejected" in result.output and "expected WA, got AC" in result.output


def test_malformed_spec_is_reported_without_a_traceback(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = copy_problem("two-sum", tmp_path)
    spec = problem.root / "problem.yaml"
    spec.write_text(spec.read_text().replace("difficulty: easy", "difficulty: trivial"))
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(tmp_path))
    result = runner.invoke(cli, ["show", "two-sum"])
    assert result.exit_code == 2
    assert "problem.yaml" in result.output and "difficulty" in result.output and "'easy', 'medium' or 'hard'" in result.output
    assert "Traceback" not in result.output


def test_internal_errors_are_one_line_with_exit_3(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    import judge.commands.show as show

    def explode(slug: str) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(show, "problem_named", explode)
    result = runner.invoke(cli, ["show", "two-sum"])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: disk on fire" in result.output and "Traceback" not in result.output


def test_validate_catches_a_nondeterministic_generator(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = copy_problem("two-sum", tmp_path)
    (problem.root / "generator.py").write_text(
        "import random\n\n\ndef generate(rng):\n"
        "    n = random.randint(10, 10 ** 6)  # the global RNG, not the seeded one\n"
        "    yield {'name': 'drifting', 'args': {'nums': [n, 1, 2], 'target': n + 1}}\n"
    )
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(tmp_path))
    result = runner.invoke(cli, ["validate", "two-sum"])
    assert result.exit_code == 1
    assert "generation is deterministic" in result.output and "differ" in result.output


def test_validate_catches_a_case_outside_the_constraints(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = copy_problem("two-sum", tmp_path)
    cases = problem.root / "cases.yaml"
    cases.write_text(cases.read_text() + "- name: two answers\n  args: {nums: [1, 2, 1, 2], target: 3}\n")
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(tmp_path))
    result = runner.invoke(cli, ["validate", "two-sum"])
    assert result.exit_code == 1
    assert "every case respects the constraints" in result.output and "exactly one valid pair" in result.output


def test_run_on_your_own_input_uses_the_reference_answer(runner: CliRunner, tmp_path: Path) -> None:
    wrong = tmp_path / "w.py"
    wrong.write_text((PROBLEMS / "two-sum" / "wrong" / "same_element_twice.py").read_text())
    result = runner.invoke(cli, ["run", "two-sum", str(wrong), "-i", '{"nums": [4, 1, 7], "target": 8}'])
    assert result.exit_code == 1
    assert "custom-1" in result.output and "used the same element twice" in result.output
    fine = runner.invoke(cli, ["run", "two-sum", str(wrong), "--input", '{"nums": [3, 4, 5], "target": 8}'])
    assert fine.exit_code == 0 and "your 1 case" in fine.output


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('{"nums": [3, 4]', "not valid JSON"),
        ("[1, 2]", "is not `name = value`; write nums = ..., target = ..."),
        ('{"nums": [3, 4]}', "target is missing: twoSum() takes nums, target"),
        ('{"nums": [3, 4], "target": 8}', "breaks the problem's constraints"),
    ],
)
def test_bad_custom_input_is_a_usage_error(runner: CliRunner, text: str, needle: str) -> None:
    result = runner.invoke(cli, ["run", "two-sum", str(PROBLEMS / "two-sum" / "reference.py"), "-i", text])
    assert result.exit_code == 2
    assert needle in result.output and "Traceback" not in result.output


def test_show_in_chinese(runner: CliRunner) -> None:
    result = invoke(runner, "show", "two-sum", "--lang", "zh")
    assert result.exit_code == 0
    assert "两数之和" in result.output and "nums = [2,7,11,15], target = 9" in result.output
