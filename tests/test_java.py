"""Solutions in Java: the same cases, sandbox, verdicts and reports as Python.

Each algorithm problem's reference translated to Java
(tests/solutions/java/SLUG.java) is AC; its named wrong solutions translated
(tests/solutions/java/wrong/SLUG.NAME.java, with ``// expect:`` and optional
``// says:`` lines) get their verdicts; LeetCode pastes
(tests/solutions/leetcode-java/) are AC. Every verdict kind is also produced
here by a small real Java program. The hostile Java programs are in
tests/hostile/ with the Python and C++ ones.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cases import example_cases, submission_cases
from judge.catalog import Catalog
from judge.cli import cli
from judge.grading import SubmissionReport, grade
from judge.languages import JAVA, language_of, solution_suffixes
from judge.languages import java as java_language
from judge.languages.runner import JAVA_OVERHEAD_MB, JAVA_TIME_FACTOR, container_limits, limits_for
from judge.reference import reference_results
from judge.sandbox.base import Sandbox
from judge.spec import FunctionEntry
from judge.verdicts import Verdict

JAVA_DIR = Path(__file__).parent / "solutions" / "java"
WRONG_DIR = JAVA_DIR / "wrong"
PASTES_DIR = Path(__file__).parent / "solutions" / "leetcode-java"
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
)
_HEADER = re.compile(r"//\s*(expect|says):\s*(.*?)\s*$")

TWO_SUM = """\
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
"""
INTERSECTION = """\
public class Solution {
    public ListNode getIntersectionNode(ListNode headA, ListNode headB) {
        ListNode a = headA, b = headB;
        while (a != b) {
            a = a == null ? headB : a.next;
            b = b == null ? headA : b.next;
        }
        return a;
    }
}
"""
RELINKS = """\
public class Solution {
    public ListNode getIntersectionNode(ListNode headA, ListNode headB) {
        ListNode a = headA, b = headB;
        while (a != b) {
            a = a == null ? headB : a.next;
            b = b == null ? headA : b.next;
        }
        if (headA != null) headA.next = null;  // the answer is right, the input is not intact
        return a;
    }
}
"""
SKIPLIST = """\
class Skiplist {
    private final TreeMap<Integer, Integer> counts = new TreeMap<>();

    public Skiplist() {}

    public boolean search(int target) { return counts.containsKey(target); }

    public void add(int num) { counts.merge(num, 1, Integer::sum); }

    public boolean erase(int num) {
        Integer n = counts.get(num);
        if (n == null) return false;
        if (n == 1) counts.remove(num); else counts.put(num, n - 1);
        return true;
    }
}
"""


def _judge(catalog: Catalog, sandbox: Sandbox, slug: str, source: str, name: str, examples_only: bool = False) -> SubmissionReport:
    problem = catalog.get(slug)
    if examples_only:
        return grade(problem, source, example_cases(problem), sandbox, file=name)
    cases = submission_cases(problem)
    return grade(problem, source, cases, sandbox, reference=reference_results(problem, cases, sandbox), file=name)


# --------------------------------------------------------------------------
# Without a sandbox: the language, limits, starter code, the glue


def test_java_follows_the_file_extension() -> None:
    assert language_of("solutions/two-sum.java") is JAVA and ".java" in solution_suffixes()


def test_java_runs_the_algorithm_problems_but_not_numpy_or_measured_memory(catalog: Catalog) -> None:
    for slug in ALGORITHMS:
        assert java_language.unsupported(catalog.get(slug).spec) is None, slug
    assert java_language.unsupported(catalog.get("stable-softmax").spec)
    assert "memory" in (java_language.unsupported(catalog.get("bloom-filter").spec) or "")


def test_java_limits_are_a_stated_share_of_pythons_with_room_for_the_jvm(catalog: Catalog) -> None:
    spec = catalog.get("two-sum").spec
    java = limits_for(spec, JAVA)
    assert java.time_ms == round(spec.limits.time_ms * JAVA_TIME_FACTOR) and java.memory_mb == spec.limits.memory_mb
    assert container_limits(spec, JAVA).memory_mb >= spec.limits.memory_mb + JAVA_OVERHEAD_MB


def test_the_glue_calls_the_name_the_user_defined(catalog: Catalog) -> None:
    spec = catalog.get("kth-node-from-end-of-list").spec
    assert isinstance(spec.entry, FunctionEntry)
    renamed = "class Solution { ListNode trainingPlan(ListNode h, int c) {} }"
    assert "new Solution().trainingPlan(a0, a1)" in java_language.glue(spec, renamed)
    assert "new Solution().getKthFromEnd(a0, a1)" in java_language.glue(spec, "class Solution { }")
    skiplist = java_language.glue(catalog.get("design-skiplist").spec, "")
    assert 'case "erase": {' in skiplist and "out[i] = obj.erase(a0);" in skiplist and "obj.add(a0);" in skiplist


def test_the_users_file_keeps_its_lines_and_columns() -> None:
    source = "public class Solution {\n    public int f() { return 1; }\n}\n"
    prepared = java_language.prepared_source(source)
    assert prepared.count("\n") == source.count("\n")
    lines = prepared.splitlines()
    assert lines[0].endswith("       class Solution {") and lines[0].startswith("import java.util.*;")
    assert lines[1:] == source.splitlines()[1:]  # a method's `public` stays


def test_the_users_file_name_stays_inside_the_build_directory() -> None:
    assert java_language.user_path("solutions/two-sum.java") == "solutions/two-sum.java"
    assert java_language.user_path("/home/me/two-sum.java") == "two-sum.java"
    assert java_language.user_path("../../etc/x.java") == "x.java"
    assert java_language.user_path("two-sum") == "two-sum.java"
    assert java_language.user_path("-d.java") == "./-d.java"  # not an option of javac's
    assert java_language.user_path("JudgeGlue.java") == "Solution.java"  # not the generated file


def test_new_writes_leetcode_java_starter_code(runner: CliRunner, solutions: Path) -> None:
    result = runner.invoke(cli, ["new", "two-sum", "--lang", "java"])
    assert result.exit_code == 0, result.output
    text = (solutions / "two-sum.java").read_text()
    assert "class Solution {\n    public int[] twoSum(int[] nums, int target) {" in text
    runner.invoke(cli, ["new", "linked-list-cycle-ii", "--lang", "java"])
    text = (solutions / "linked-list-cycle-ii.java").read_text()
    assert " * public class ListNode {" in text and "public ListNode detectCycle(ListNode head) {" in text
    runner.invoke(cli, ["new", "design-skiplist", "--lang", "java"])
    text = (solutions / "design-skiplist.java").read_text()
    assert "    public Skiplist() {" in text and "    public boolean erase(int num) {" in text and " * obj.add(num);" in text
    result = runner.invoke(cli, ["new", "bloom-filter", "--lang", "java"])
    assert result.exit_code != 0 and "--lang cpp" in result.output
    assert not (solutions / "bloom-filter.java").exists()


def test_list_shows_java_where_it_runs(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["list", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["slug"]: row for row in json.loads(result.output)}
    assert rows["two-sum"]["languages"] == ["python", "cpp", "java"]
    assert rows["bloom-filter"]["languages"] == ["python", "cpp"]
    assert rows["stable-softmax"]["languages"] == ["python"]


# --------------------------------------------------------------------------
# In the sandbox: the translated references, wrong solutions and pastes


def _java_files(folder: Path) -> list[object]:
    return [pytest.param(path, id=path.stem) for path in sorted(folder.glob("*.java"))]


def test_every_algorithm_problem_has_a_java_reference() -> None:
    if not JAVA_DIR.is_dir():
        pytest.skip("tests/solutions/java/ is written on its own branch")
    assert sorted(path.stem for path in JAVA_DIR.glob("*.java")) == sorted(ALGORITHMS)


@pytest.mark.parametrize("path", _java_files(JAVA_DIR))
def test_java_reference_is_accepted(path: Path, catalog: Catalog, docker_sandbox: Sandbox) -> None:
    report = _judge(catalog, docker_sandbox, path.stem, path.read_text(), path.name)
    assert report.verdict is Verdict.AC, report.message


@pytest.mark.parametrize("path", _java_files(WRONG_DIR))
def test_java_wrong_solution_is_rejected(path: Path, catalog: Catalog, docker_sandbox: Sandbox) -> None:
    headers = [_HEADER.match(line) for line in path.read_text().splitlines()]
    expect = next(m[2] for m in headers if m and m[1] == "expect")
    says = [m[2] for m in headers if m and m[1] == "says"]
    report = _judge(catalog, docker_sandbox, path.name.split(".")[0], path.read_text(), path.name)
    assert report.verdict == expect, report.message
    for needle in says:
        assert needle in report.message, report.message


@pytest.mark.parametrize("path", _java_files(PASTES_DIR))
def test_java_leetcode_paste_is_accepted(path: Path, catalog: Catalog, docker_sandbox: Sandbox) -> None:
    slug = path.name.split(".")[0]
    report = _judge(catalog, docker_sandbox, slug, path.read_text(), path.name)
    assert report.verdict is Verdict.AC, report.message


# --------------------------------------------------------------------------
# In the sandbox: every verdict kind from a real Java program


def test_ac_with_prints_captured_per_case_and_the_harness_s_figures(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = TWO_SUM.replace("Map<Integer, Integer> seen", 'System.out.println("n=" + nums.length);\n        Map<Integer, Integer> seen')
    report = _judge(catalog, docker_sandbox, "two-sum", source, "solutions/two-sum.java", examples_only=True)
    assert report.verdict is Verdict.AC, report.message
    assert [t.stdout for t in report.tests] == ["n=4\n", "n=3\n", "n=2\n"]
    assert all(t.cpu_ms is not None and t.memory_kb for t in report.tests)


def test_every_hidden_case_of_two_sum_and_a_design_problem(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    assert _judge(catalog, docker_sandbox, "two-sum", TWO_SUM, "two-sum.java").verdict is Verdict.AC
    report = _judge(catalog, docker_sandbox, "design-skiplist", SKIPLIST, "design-skiplist.java")
    assert report.verdict is Verdict.AC, report.message


def test_wa_for_a_wrong_answer(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\n    public int[] twoSum(int[] nums, int target) { return new int[] {0, 1}; }\n}\n"
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java", examples_only=True)
    assert report.verdict is Verdict.WA


def test_compile_error_names_the_users_file_and_line(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return nums.length +;\n    }\n}\n"
    report = _judge(catalog, docker_sandbox, "two-sum", source, "solutions/two-sum.java", examples_only=True)
    assert report.verdict is Verdict.CE and report.line == 3
    assert "solutions/two-sum.java:3: error" in report.message and "JudgeGlue" not in report.message


def test_a_missing_method_is_a_compile_error_saying_so(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\n    public int[] twoSums(int[] nums, int target) { return null; }\n}\n"
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java", examples_only=True)
    assert report.verdict is Verdict.CE and "class Solution has no method twoSum(int[] nums, int target)" in report.message


def test_re_with_the_exception_the_line_and_the_users_frames_only(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
    source += "        return new int[] {nums[nums.length], 0};\n    }\n}\n"
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java", examples_only=True)
    assert report.verdict is Verdict.RE and report.tests[0].line == 3
    assert "java.lang.ArrayIndexOutOfBoundsException: Index 4 out of bounds for length 4 (line 3)" in report.message
    trace = report.tests[0].traceback
    assert "at Solution.twoSum(two-sum.java:3)" in trace and "JudgeGlue" not in trace and "JudgeDriver" not in trace


def test_tle_for_the_quadratic_two_sum(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = (
        "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
        "        for (int i = 0; i < nums.length; i++)\n            for (int j = i + 1; j < nums.length; j++)\n"
        "                if (nums[i] + nums[j] == target) return new int[] {i, j};\n        return null;\n    }\n}\n"
    )
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java")
    assert report.verdict is Verdict.TLE, report.message
    assert sum(t.verdict is Verdict.AC for t in report.tests) >= 10  # the small cases pass: the JVM was replaced


def test_mle_past_the_heap(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
    source += "        List<long[]> hold = new ArrayList<>();\n        while (true) hold.add(new long[1 << 17]);\n    }\n}\n"
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java", examples_only=True)
    assert report.verdict is Verdict.MLE, report.message


def test_ole_for_a_flood_of_prints(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
    source += '        while (true) System.err.print("x".repeat(1000));\n    }\n}\n'
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java", examples_only=True)
    assert report.verdict is Verdict.OLE and "stderr" in report.message


def test_input_modified_is_wa_and_a_copied_node_is_wa(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    report = _judge(catalog, docker_sandbox, "intersection-of-two-linked-lists", INTERSECTION, "intersection.java")
    assert report.verdict is Verdict.AC, report.message
    report = _judge(catalog, docker_sandbox, "intersection-of-two-linked-lists", RELINKS, "intersection.java", examples_only=True)
    assert report.verdict is Verdict.WA and "changed the input" in report.message
    copy = "class Solution {\n    public ListNode middleNode(ListNode head) {\n        return new ListNode(3);\n    }\n}\n"
    report = _judge(catalog, docker_sandbox, "middle-of-the-linked-list", copy, "middle.java", examples_only=True)
    assert report.verdict is Verdict.WA and "not part of the input" in report.message


def test_a_leetcode_paste_with_public_class_imports_and_the_current_name(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    source = (
        "import java.util.ArrayList;\n/**\n * Definition for singly-linked list.\n * public class ListNode {\n"
        " *     int val;\n *     ListNode next;\n *     ListNode(int x) { val = x; }\n * }\n */\n"
        "public class Solution {\n    public ListNode trainingPlan(ListNode head, int cnt) {\n"
        "        List<ListNode> all = new ArrayList<>();\n        for (ListNode n = head; n != null; n = n.next) all.add(n);\n"
        "        return all.get(all.size() - cnt);\n    }\n}\n"
    )
    report = _judge(catalog, docker_sandbox, "kth-node-from-end-of-list", source, "kth.java")
    assert report.verdict is Verdict.AC, report.message


@pytest.mark.skipif(shutil.which("javac") is None or shutil.which("java") is None, reason="the local backend runs this machine's JDK")
def test_java_runs_under_the_local_backend(catalog: Catalog, sandbox: Sandbox) -> None:
    report = _judge(catalog, sandbox, "intersection-of-two-linked-lists", INTERSECTION, "intersection.java")
    assert report.verdict is Verdict.AC, report.message
    report = _judge(catalog, sandbox, "intersection-of-two-linked-lists", RELINKS, "intersection.java", examples_only=True)
    assert report.verdict is Verdict.WA and "changed the input" in report.message


def test_practice_judges_a_java_file(catalog: Catalog, docker_sandbox: Sandbox, solutions: Path) -> None:
    from judge.practice.runners import examples_runner, submission_runner

    problem = catalog.get("two-sum")
    path = solutions / "two-sum.java"
    path.write_text(TWO_SUM)
    examples = examples_runner(problem, docker_sandbox, path)(TWO_SUM, lambda *_: None)
    assert examples.accepted and examples.passed == 3
    wrong = "class Solution {\n    public int[] twoSum(int[] nums, int target) { return new int[] {0, 1}; }\n}\n"
    report = submission_runner(problem, docker_sandbox, path)(wrong, lambda *_: None)
    assert report.verdict is Verdict.WA


def test_check_judges_a_folder_s_java_files(runner: CliRunner, tmp_path: Path, docker_sandbox: Sandbox) -> None:
    folder = tmp_path / "java"
    folder.mkdir()
    (folder / "two-sum.java").write_text(TWO_SUM)
    wrong = "class Solution {\n    public ListNode middleNode(ListNode head) { return head; }\n}\n"
    (folder / "middle-of-the-linked-list.java").write_text(wrong)
    result = runner.invoke(cli, ["--no-history", "check", str(folder), "--sandbox", "docker"])
    assert result.exit_code == 1, result.output
    assert "two-sum.java" in result.output and "middle-of-the-linked-list.java" in result.output
    assert "WA" in result.output


def test_practice_language_java_writes_the_java_starter(runner: CliRunner, solutions: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_PRACTICE_SECONDS", "5")
    result = runner.invoke(cli, ["--no-history", "practice", "two-sum", "--language", "java", "--sandbox", "local"], input="q\n")
    assert result.exit_code == 1, result.output  # quit without an accepted submission
    assert "    public int[] twoSum(int[] nums, int target) {" in (solutions / "two-sum.java").read_text()
    result = runner.invoke(cli, ["--no-history", "practice", "bloom-filter", "--language", "java", "--sandbox", "local"], input="q\n")
    assert result.exit_code != 0 and "cannot be practised in Java" in result.output


def test_one_jvm_serves_every_case_and_each_case_starts_with_clean_statics(catalog: Catalog, docker_sandbox: Sandbox) -> None:
    """The identity hash of a JDK class object is the JVM's own (it differs from one JVM to
    the next): the same in every case means one JVM; the user's static counter is 1 in every
    case, so each case loaded the user's classes afresh."""
    source = TWO_SUM.replace(
        "Map<Integer, Integer> seen",
        'calls++;\n        System.out.println(System.identityHashCode(Object.class) + " " + calls);\n        Map<Integer, Integer> seen',
    ).replace("class Solution {", "class Solution {\n    static int calls = 0;", 1)
    report = _judge(catalog, docker_sandbox, "two-sum", source, "two-sum.java", examples_only=True)
    assert report.verdict is Verdict.AC, report.message
    lines = [t.stdout.split() for t in report.tests]
    assert len(lines) == 3 and all(calls == "1" for _jvm, calls in lines)
    assert len({jvm for jvm, _calls in lines}) == 1
