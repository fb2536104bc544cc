"""Issue 13, the solve loop: what `run` shows, `-i` in the statement's notation,
print-debugging, stopping at the first TLE, fresh practice files."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cases import hidden_cases
from judge.catalog import Catalog, Problem
from judge.cli import cli
from judge.sandbox.base import Sandbox
from judge.spec import FunctionEntry
from judge.typenames import TypeRef, parse_type

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


# --------------------------------------------------------------------------
# Point 4: print-debugging is never OLE; a flood still is.

PRINTS_PER_CALL = 5  # "a handful"
LABEL_CHARS = 40  # what a person writes beside the value: "nums at step 3:"


def _printed_size(value: object, ref: TypeRef) -> int:
    """What print() writes for an argument as the solution receives it."""
    if ref.is_node:  # a linked list: its values, the way a person prints them
        values = value.get("values", []) if isinstance(value, dict) else value
        return len(repr(values))
    if ref.is_array or (ref.args and ref.args[0].is_array):
        import numpy as np

        items = value if ref.args else [value]
        return sum(len(str(np.asarray(item))) for item in items)  # type: ignore[union-attr]
    return len(repr(value))


def _debug_print_bytes(problem: Problem) -> int:
    """A handful of prints per call, each of the call's whole input, on the problem's largest case."""
    entry = problem.spec.entry
    largest = 0
    for case in hidden_cases(problem):
        if isinstance(entry, FunctionEntry):
            one = sum(_printed_size(case.args[p.name], parse_type(p.type)) for p in entry.params) + LABEL_CHARS
            total = PRINTS_PER_CALL * one
        else:  # a design problem: every method call prints its arguments a handful of times
            total = sum(PRINTS_PER_CALL * (len(repr(args)) + LABEL_CHARS) for args in case.args["arguments"])
        largest = max(largest, total)
    return largest


@pytest.mark.parametrize("slug", sorted(path.name for path in PROBLEMS.iterdir() if (path / "problem.yaml").is_file()))
def test_the_output_cap_fits_a_handful_of_prints_of_the_largest_input(slug: str, catalog: Catalog) -> None:
    problem = catalog.get(slug)
    needed = _debug_print_bytes(problem)
    cap = problem.spec.limits.output_kb * 1024
    assert needed < cap, f"{slug}: {PRINTS_PER_CALL} prints per call of its largest case write {needed} bytes, over the {cap} cap"


def test_a_correct_solution_printing_its_input_is_accepted(runner: CliRunner, tmp_path: Path, docker_sandbox: Sandbox) -> None:
    noisy = tmp_path / "noisy.py"
    body = "".join(f"    print('nums, call {n}:', nums, 'target:', target)\n" for n in range(PRINTS_PER_CALL))
    answer = "    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n"
    noisy.write_text("def twoSum(nums, target):\n" + body + answer + "        seen[x] = i\n")
    result = runner.invoke(cli, ["submit", "two-sum", str(noisy), "--sandbox", "docker", "--json"])
    data = json.loads(result.stdout)
    assert data["verdict"] == "AC", data["message"]
    assert data["passed"] == data["total"]


def test_a_flood_of_prints_is_still_ole(runner: CliRunner, tmp_path: Path, docker_sandbox: Sandbox) -> None:
    flood = tmp_path / "flood.py"
    flood.write_text("def twoSum(nums, target):\n    while True:\n        print(nums)\n")
    result = runner.invoke(cli, ["run", "two-sum", str(flood), "--sandbox", "docker"])
    assert result.exit_code == 1
    assert "Output Limit Exceeded" in result.output and "16 MB or more to stdout" in result.output


def test_show_states_the_output_cap(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["show", "two-sum"])
    assert "output 16 MB each for stdout and stderr" in " ".join(result.output.split())


# --------------------------------------------------------------------------
# Points 1 and 2: `judge run` shows every case, the way the statement writes values.

ESCAPES = ("$node", "$foreign_node", "$dict", "$ndarray", "null", "true", "false")


def _run(runner: CliRunner, tmp_path: Path, slug: str, source: str, *extra: str) -> str:
    path = tmp_path / f"{slug}.py"
    path.write_text(source)
    result = runner.invoke(cli, ["run", slug, str(path), "--sandbox", "local", *extra])
    assert "Traceback" not in result.output, result.output
    return result.output


def _flat(text: str) -> str:
    """The output without the panels' borders and line wraps, for substring checks."""
    return " ".join(text.replace("│", " ").split())


def test_run_shows_input_output_expected_and_stdout_of_every_passing_example(runner: CliRunner, tmp_path: Path) -> None:
    source = TWO_SUM.replace("        seen: dict[int, int] = {}", "        print('looking at', nums)\n        seen = {}", 1)
    assert source != TWO_SUM
    output = _flat(_run(runner, tmp_path, "two-sum", source))
    for given, answer in (("nums = [2,7,11,15], target = 9", "[0,1]"), ("nums = [3,2,4], target = 6", "[1,2]")):
        assert f"Input {given} Output {answer} Expected {answer}" in output
    assert "Stdout looking at [2, 7, 11, 15]" in output and "Stdout looking at [3, 3]" in output
    assert output.count("Input ") == output.count("Output ") == output.count("Expected ") == output.count("Stdout ") == 3
    assert "Accepted 3/3 cases passed" in output


def test_run_caps_each_case_stdout_at_2_kb(runner: CliRunner, tmp_path: Path) -> None:
    source = "def twoSum(nums, target):\n    print('y' * 9000)\n    return [0, 1]\n"
    output = _run(runner, tmp_path, "two-sum", source)
    assert "more bytes)" in output
    assert max(line.count("y") for line in output.splitlines()) < 2100
    assert sum(line.count("y") for line in output.splitlines()) < 3 * 2100


def test_run_writes_linked_lists_and_nodes_as_the_statement_does(runner: CliRunner, tmp_path: Path) -> None:
    wrong = (
        "def detectCycle(head):\n    seen = set()\n    while head and head not in seen:\n"
        "        seen.add(head)\n        head = head.next\n    return head.next if head else None\n"
    )
    output = _flat(_run(runner, tmp_path, "linked-list-cycle-ii", wrong))
    assert "Input head = [3,2,0,-4], pos = 1" in output
    assert "Output the node with val 0 (index 2 of head)" in output
    assert "Expected the node with val 2 (index 1 of head)" in output
    assert "Input head = [1], pos = -1 Output None Expected None" in output
    assert not any(escape in output for escape in ESCAPES)
    copy = "def detectCycle(head):\n    return ListNode(head.val) if head else None\n"
    output = _flat(_run(runner, tmp_path, "linked-list-cycle-ii", copy))
    assert "Output a new node with val 3 that is not part of the input" in output
    assert not any(escape in output for escape in ESCAPES)


def test_run_writes_python_booleans_and_numpy_arrays(runner: CliRunner, tmp_path: Path) -> None:
    output = _flat(_run(runner, tmp_path, "linked-list-cycle", "def hasCycle(head):\n    return False\n"))
    assert "Output False Expected True" in output and not any(escape in output for escape in ESCAPES)
    softmax = "import numpy as np\ndef softmax(x):\n    e = np.exp(x)\n    return e / e.sum(axis=-1, keepdims=True)\n"
    output = _flat(_run(runner, tmp_path, "stable-softmax", softmax))
    assert "Input x = [1. 2. 3.] Output [0.09003057 0.24472847 0.66524096] Expected [0.09003057 0.24472847 0.66524096]" in output
    assert "Output [[nan nan nan] [nan nan nan]]" in output
    assert "subtract each row's maximum" in output


def test_run_keeps_the_solutions_text_inert(runner: CliRunner, tmp_path: Path) -> None:
    source = (
        "def twoSum(nums, target):\n    print('\\x1b[2J[bold red]Accepted[/]')\n"
        "    return ['\\x1b]52;c;aGk=\\x07', '[link=x]y[/link]']\n"
    )
    output = _run(runner, tmp_path, "two-sum", source)
    assert "\x1b" not in output and "\\x1b[2J[bold red]Accepted[/]" in output
    assert "[link=x]y[/link]" in output


def test_junit_writes_values_as_the_statement_does(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "solutions"
    folder.mkdir()
    (folder / "linked-list-cycle-ii.py").write_text("def detectCycle(head):\n    return head\n")
    (folder / "linked-list-cycle.py").write_text("def hasCycle(head):\n    return None\n")
    junit = tmp_path / "report.xml"
    runner.invoke(cli, ["check", str(folder), "--sandbox", "local", "--junit", str(junit)])
    text = junit.read_text()
    assert "the node with val 3 (index 0 of head)" in text and "head = [3,2,0,-4], pos = 1" in text
    assert "returned None; expected bool" in text
    assert not any(escape in text for escape in ESCAPES)


# --------------------------------------------------------------------------
# Point 3: -i in the notation `judge show` prints.


@pytest.mark.parametrize(
    ("slug", "text", "needle"),
    [
        ("two-sum", "nums = [2,7,11,15], target = 9", "Input nums = [2,7,11,15], target = 9 Output [0,1] Expected [0,1]"),
        ("two-sum", "nums = [3,3]\ntarget = 6", "Input nums = [3,3], target = 6 Output [0,1]"),
        ("linked-list-cycle-ii", "head = [3,2,0,-4], pos = 1", "Expected the node with val 2 (index 1 of head)"),
        ("linked-list-cycle", "head = [1,2], pos = -1", "Input head = [1,2], pos = -1 Output False Expected False"),
        (
            "intersection-of-two-linked-lists",
            "headA = [4,1,8,4,5], headB = [5,6,1] then joins headA at node 2",
            "Expected the node with val 8 (index 2 of headA)",
        ),
        ("design-skiplist", '["Skiplist","add","search"]\n[[],[1],[1]]', "Output [None,None,True] Expected [None,None,True]"),
        ("median-of-two-sorted-arrays", "nums1 = [1,3], nums2 = [2]", "Output 2.0 Expected 2.0"),
        (
            "lr-schedules",
            'kind = "step", base_lr = 0.1, num_steps = 3, options = {"step_size": 2, "gamma": 0.5}',
            "Expected [0.1 0.1 0.05]",
        ),
    ],
)
def test_input_in_the_statements_notation(runner: CliRunner, tmp_path: Path, slug: str, text: str, needle: str) -> None:
    reference = (PROBLEMS / slug / "reference.py").read_text()
    output = _flat(_run(runner, tmp_path, slug, reference, "-i", text))
    assert needle in output and "Accepted" in output


@pytest.mark.parametrize(
    ("slug", "text", "sentence"),
    [
        ("two-sum", 'nums = "2,7", target = 9', "nums must be a list of ints; got a string"),
        ("two-sum", "nums = [2, 7.5], target = 9", "nums must be a list of ints; got a list holding a number (7.5) at [1]"),
        ("two-sum", "nums = [2,7], target = True", "target must be an int; got True"),
        ("two-sum", "nums = [2,7]", "target is missing: twoSum() takes nums, target"),
        ("two-sum", "nums = [2,7], targt = 9", "targt is not a parameter: twoSum() takes nums, target"),
        ("two-sum", "nums = [2,7], target = nine", "target is not a value"),
        ("linked-list-cycle-ii", 'head = [1,"2"], pos = 0', "head must be a list of ints; got a list holding a string at [1]"),
        ("linked-list-cycle-ii", "pos = 1", "pos belongs after a linked list"),
        ("stable-softmax", "x = [[1, 2], [3]]", "x must be an array of numbers"),
        ("stable-softmax", "x = __import__('os').system('true')", "x is not a value"),
    ],
)
def test_input_type_errors_are_one_sentence(runner: CliRunner, slug: str, text: str, sentence: str) -> None:
    result = runner.invoke(cli, ["run", slug, str(PROBLEMS / slug / "reference.py"), "--sandbox", "local", "-i", text])
    assert result.exit_code == 2
    assert sentence in _flat(result.output) and "Traceback" not in result.output
    assert "numpy" not in result.output and "Error" not in result.output


# --------------------------------------------------------------------------
# Point 6: the same accepted source again is no new solve.


def test_an_identical_accepted_source_is_not_a_new_solve(runner: CliRunner, solutions: Path) -> None:
    from judge.history.store import read_attempts

    (solutions / "two-sum.py").write_text(TWO_SUM)
    first = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local"])
    assert first.exit_code == 0 and "Not recorded" not in first.output
    again = runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local"])
    assert again.exit_code == 0 and "Not recorded as a new solve: the same source was accepted on" in again.output
    assert [a.verdict for a in read_attempts()] == ["AC"]
    (solutions / "two-sum.py").write_text(TWO_SUM + "\n# tidied\n")
    assert runner.invoke(cli, ["submit", "two-sum", "--sandbox", "local"]).exit_code == 0
    assert [a.verdict for a in read_attempts()] == ["AC", "AC"]
