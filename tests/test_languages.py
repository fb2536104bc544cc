"""Solutions in C++: the same cases, sandbox, verdicts and reports as Python.

Each algorithm problem's reference, translated (tests/solutions/cpp/SLUG.cpp),
is AC; its named wrong solutions, translated
(tests/solutions/cpp/wrong/SLUG.NAME.cpp, with ``// expect:`` and optional
``// says:`` lines), get their verdicts. The hostile C++ programs are in
tests/hostile/ with the Python ones.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from judge import harness
from judge.cases import example_cases, submission_cases
from judge.catalog import Catalog
from judge.cli import cli
from judge.errors import JudgeError
from judge.grading import grade
from judge.languages import CPP, PYTHON, language_of
from judge.languages import cpp as cpp_language
from judge.reference import reference_results
from judge.sandbox.base import Sandbox
from judge.spec import FunctionEntry
from judge.verdicts import Verdict

CPP_DIR = Path(__file__).parent / "solutions" / "cpp"
WRONG_DIR = CPP_DIR / "wrong"
ALGORITHMS = (
    "two-sum",
    "median-of-two-sorted-arrays",
    "minimum-swaps-to-group-all-1s-together-ii",
    "middle-of-the-linked-list",
    "kth-node-from-end-of-list",
    "linked-list-cycle",
    "linked-list-cycle-ii",
    "intersection-of-two-linked-lists",
    "design-skiplist",
    "bloom-filter",
)
_HEADER = re.compile(r"//\s*(expect|says):\s*(.*?)\s*$")


def _judge(catalog: Catalog, sandbox: Sandbox, slug: str, source: str, name: str) -> object:
    problem = catalog.get(slug)
    cases = submission_cases(problem)
    return grade(problem, source, cases, sandbox, reference=reference_results(problem, cases, sandbox), file=name)


# --------------------------------------------------------------------------
# Without a sandbox: languages, templates, the driver's input


def test_every_algorithm_problem_has_a_cpp_reference() -> None:
    assert sorted(path.stem for path in CPP_DIR.glob("*.cpp")) == sorted(ALGORITHMS)


def test_language_follows_the_file_extension() -> None:
    assert language_of("solutions/two-sum.cpp") is CPP
    assert language_of("solutions/two-sum.py") is PYTHON
    assert language_of(None) is PYTHON
    assert language_of("solutions/two-sum.java").key == "java"  # tests/test_java.py
    with pytest.raises(JudgeError, match="does not know the language"):
        language_of("solutions/two-sum.rb")


def test_numpy_problems_are_python_only(catalog: Catalog) -> None:
    assert cpp_language.unsupported(catalog.get("stable-softmax").spec)
    for slug in ALGORITHMS:
        assert cpp_language.unsupported(catalog.get(slug).spec) is None, slug


@pytest.mark.parametrize("slug", [slug for slug in ALGORITHMS if "linked-list" in slug or slug.startswith(("middle-", "kth-"))])
def test_node_layout_matches_the_python_harness(slug: str, catalog: Catalog) -> None:
    """The C++ driver's input nodes are the Python harness's, node for node: the same
    successors, the same heads, the same [param, index] for every node."""
    problem = catalog.get(slug)
    entry = problem.spec.entry
    assert isinstance(entry, FunctionEntry) and any(p.is_node for p in entry.params)
    payload = [{"name": p.name, **p.codec()} for p in entry.params]
    for case in submission_cases(problem):
        values, registry = harness.build_lists(payload, case.args)
        _text, layout = cpp_language.encode_case(problem.spec, case.args)
        by_owner = {tuple(owner): g for g, owner in enumerate(layout.owners)}
        for param, head in zip(entry.params, values):
            if not param.is_node:
                continue
            expected = -1 if head is None else by_owner[tuple(registry[id(head)])]
            assert layout.heads[param.name] == expected, case.id
        nodes = {id(node): node for node in _walk(values)}
        for node_id, owner in registry.items():
            g = by_owner[tuple(owner)]
            node = nodes[node_id]
            assert layout.values[g] == node.val, case.id
            succ = -1 if node.next is None else by_owner[tuple(registry[id(node.next)])]
            assert layout.nexts[g] == succ, case.id


def _walk(heads: list[Any]) -> list[Any]:
    seen: dict[int, Any] = {}
    for head in heads:
        node = head if isinstance(head, harness.ListNode) else None
        while node is not None and id(node) not in seen:
            seen[id(node)] = node
            node = node.next
    return list(seen.values())


def test_new_writes_leetcode_starter_code(runner: CliRunner, solutions: Path) -> None:
    result = runner.invoke(cli, ["new", "two-sum", "--lang", "cpp"])
    assert result.exit_code == 0, result.output
    text = (solutions / "two-sum.cpp").read_text()
    assert "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {" in text
    result = runner.invoke(cli, ["new", "linked-list-cycle-ii", "--lang", "cpp"])
    text = (solutions / "linked-list-cycle-ii.cpp").read_text()
    assert " * struct ListNode {" in text and "ListNode* detectCycle(ListNode* head) {" in text
    result = runner.invoke(cli, ["new", "design-skiplist", "--lang", "cpp"])
    text = (solutions / "design-skiplist.cpp").read_text()
    assert "    Skiplist() {" in text and "    bool erase(int num) {" in text and " * obj->add(num);" in text
    result = runner.invoke(cli, ["new", "stable-softmax", "--lang", "cpp"])
    assert result.exit_code != 0 and "Python-only" in result.output


def test_list_shows_languages(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["list", "--json"])
    assert result.exit_code == 0, result.output
    import json

    rows = {row["slug"]: row for row in json.loads(result.output)}
    assert rows["two-sum"]["languages"] == ["python", "cpp", "java"]
    assert rows["stable-softmax"]["languages"] == ["python"]


# --------------------------------------------------------------------------
# In the sandbox


@pytest.mark.parametrize("slug", ALGORITHMS)
def test_cpp_reference_is_accepted(slug: str, catalog: Catalog, docker_sandbox: Sandbox) -> None:
    path = CPP_DIR / f"{slug}.cpp"
    report = _judge(catalog, docker_sandbox, slug, path.read_text(), path.name)
    assert report.verdict is Verdict.AC, report.message  # type: ignore[attr-defined]


def _wrong() -> list[object]:
    return [pytest.param(path, id=path.stem) for path in sorted(WRONG_DIR.glob("*.cpp"))]


@pytest.mark.parametrize("path", _wrong())
def test_cpp_wrong_solution_is_rejected(path: Path, catalog: Catalog, docker_sandbox: Sandbox) -> None:
    headers = [_HEADER.match(line) for line in path.read_text().splitlines()]
    expect = next(m[2] for m in headers if m and m[1] == "expect")
    says = [m[2] for m in headers if m and m[1] == "says"]
    slug = path.name.split(".")[0]
    report = _judge(catalog, docker_sandbox, slug, path.read_text(), path.name)
    assert report.verdict == expect, report.message  # type: ignore[attr-defined]
    for needle in says:
        assert needle in report.message, report.message  # type: ignore[attr-defined]


def test_compile_error_names_the_users_file_and_line(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
    source += "        return nums.size() +;\n    }\n};\n"
    problem = catalog.get("two-sum")
    report = grade(problem, source, example_cases(problem), docker_sandbox, file="solutions/two-sum.cpp")
    assert report.verdict is Verdict.CE
    assert report.line == 4
    assert "solutions/two-sum.cpp:4:" in report.message and "judge driver" not in report.message


def test_missing_method_is_a_compile_error_saying_so(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    problem = catalog.get("two-sum")
    source = "class Solution {\npublic:\n    vector<int> twoSums(vector<int>& nums, int target) { return {}; }\n};\n"
    report = grade(problem, source, example_cases(problem), docker_sandbox, file="two-sum.cpp")
    assert report.verdict is Verdict.CE and "class Solution has no method twoSum" in report.message


def test_leetcode_paste_with_its_own_headers_is_accepted(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    """What people paste: their own includes and using-directive, LeetCode's older ListNode
    comment, NULL, and the kth-node problem under LeetCode's current name for it."""
    source = (
        "#include <bits/stdc++.h>\n#include <vector>\nusing namespace std;\n"
        "/**\n * Definition for singly-linked list.\n * struct ListNode {\n *     int val;\n"
        " *     ListNode *next;\n *     ListNode(int x) : val(x), next(NULL) {}\n * };\n */\n"
        "class Solution {\npublic:\n    ListNode* trainingPlan(ListNode* head, int cnt) {\n"
        "        vector<ListNode*> all;\n        for (ListNode* n = head; n != NULL; n = n->next) all.push_back(n);\n"
        "        return all[all.size() - cnt];\n    }\n};\n"
    )
    report = _judge(catalog, docker_sandbox, "kth-node-from-end-of-list", source, "kth.cpp")
    assert report.verdict is Verdict.AC, report.message


def test_cpp_answers_with_prints_and_every_verdict_field(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    """The user's prints are captured as Python's are; CPU and memory come from the harness."""
    problem = catalog.get("two-sum")
    printing = 'unordered_map<int, int> seen; cout << "n=" << nums.size() << endl;'
    source = (CPP_DIR / "two-sum.cpp").read_text().replace("unordered_map<int, int> seen;", printing)
    report = grade(problem, source, example_cases(problem), docker_sandbox, file="two-sum.cpp")
    assert report.verdict is Verdict.AC
    first = report.tests[0]
    assert first.stdout == "n=4\n" and first.cpu_ms is not None and first.memory_kb


@pytest.mark.skipif(shutil.which("g++") is None, reason="the local backend compiles with this machine's g++")
def test_cpp_runs_under_the_local_backend(catalog: Catalog, sandbox: Sandbox) -> None:
    path = CPP_DIR / "intersection-of-two-linked-lists.cpp"
    report = _judge(catalog, sandbox, "intersection-of-two-linked-lists", path.read_text(), path.name)
    assert report.verdict is Verdict.AC, report.message  # type: ignore[attr-defined]
    wrong = WRONG_DIR / "intersection-of-two-linked-lists.relinks_into_cycle.cpp"
    report = _judge(catalog, sandbox, "intersection-of-two-linked-lists", wrong.read_text(), wrong.name)
    assert report.verdict is Verdict.WA and "changed the input" in report.message  # type: ignore[attr-defined]


def test_practice_judges_a_cpp_file(catalog: Catalog, docker_sandbox: Sandbox, solutions: Path) -> None:
    """practice's runners judge the file they watch in its own language."""
    from judge.practice.runners import examples_runner, submission_runner

    problem = catalog.get("two-sum")
    path = solutions / "two-sum.cpp"
    source = (CPP_DIR / "two-sum.cpp").read_text()
    path.write_text(source)
    examples = examples_runner(problem, docker_sandbox, path)(source, lambda *_: None)
    assert examples.accepted and examples.passed == 3
    wrong = (WRONG_DIR / "two-sum.values_not_indices.cpp").read_text()
    report = submission_runner(problem, docker_sandbox, path)(wrong, lambda *_: None)
    assert report.verdict is Verdict.WA


def test_default_solution_path_finds_the_only_cpp_file(solutions: Path) -> None:
    from judge.solutions import solution_path

    assert solution_path("two-sum", None) == solutions / "two-sum.py"
    (solutions / "two-sum.cpp").write_text("class Solution {};\n")
    assert solution_path("two-sum", None) == solutions / "two-sum.cpp"
    (solutions / "two-sum.py").write_text("class Solution: pass\n")
    assert solution_path("two-sum", None) == solutions / "two-sum.py"  # both: Python, as before


def test_the_image_tag_follows_the_recipe(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new recipe gets a new tag, so it never replaces an image another checkout runs."""
    from judge.sandbox import recipe

    before = recipe.image_tag()
    assert before.startswith(f"{recipe.IMAGE_REPOSITORY}:") and len(before.rsplit("-", 1)[1]) == 8
    monkeypatch.setattr(recipe, "PACKAGES", [*recipe.PACKAGES, "gfortran"])
    assert recipe.image_tag() != before
    monkeypatch.setattr(recipe, "CPP_FLAGS", ["-std=gnu++17", "-O2"])
    assert recipe.image_tag() != before


def test_cpp_time_limit_is_a_quarter_of_pythons(catalog: Catalog) -> None:
    from judge.languages.runner import container_limits, limits_for

    spec = catalog.get("two-sum").spec
    assert limits_for(spec, PYTHON) == spec.limits
    assert limits_for(spec, CPP).time_ms == spec.limits.time_ms // 4 and limits_for(spec, CPP).memory_mb == spec.limits.memory_mb
    assert container_limits(spec, CPP).memory_mb >= 512
