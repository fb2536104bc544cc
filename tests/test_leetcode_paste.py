"""A solution pasted from LeetCode runs unchanged: the names LeetCode's Python 3
runtime provides without an import, and the cost of providing them."""

from __future__ import annotations

import builtins
import collections
import math
import os
import random
import statistics
import sys
import time
import types
import typing
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from judge import harness
from judge.cases import example_cases
from judge.catalog import Catalog, Problem, load_problem
from judge.cli import cli
from judge.errors import JudgeError, SpecError
from judge.execution import entry_payload
from judge.grading import grade, ignore_void_outputs
from judge.sandbox.base import Sandbox
from judge.solutions import decode_source
from judge.verdicts import Verdict

from .conftest import copy_problem

# LeetCode's starter signature, and names used without an import the way
# public accepted answers use them; every assert must hold for the answer to come.
USES_THE_PRELUDE = """
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        assert inf == math.inf and sqrt(16) == 4 and gcd(12, 18) == 6 and log(e) == 1
        assert 0 <= random.random() < 1 and 1 <= randint(1, 3) <= 3
        assert pow(3, 4, 5) == 1 and abs(-2) == 2  # builtins, not math.pow or operator.abs
        queue: Deque[int] = deque([1])
        heap: List[int] = []
        heappush(heap, 3)
        heapq.heappush(heap, 1)
        assert heap[0] == 1 and bisect_left([1, 2], 2) == 1 and bisect.bisect_right([1], 1) == 1
        assert Counter("aab")["a"] == 2 and isinstance(Counter(), collections.Counter)
        assert defaultdict(int)[0] == 0 and OrderedDict() == {} and queue.popleft() == 1
        assert reduce(add, [1, 2, 3]) == 6 and list(accumulate([1, 2])) == [1, 3]
        assert ascii_lowercase[0] == "a" and string.digits[0] == "0" and re.match("a", "a")
        assert itertools.count and functools.cache and operator.itemgetter and median([1, 3, 5]) == 3
        assert TreeNode(1, TreeNode(2)).left.val == 2 and ListNode(5).val == 5
        assert datetime.date and copy.deepcopy and json.dumps and sys.maxsize and StringIO

        @lru_cache(None)
        def where(x: int) -> Optional[int]:
            return seen.get(x)

        seen: Dict[int, int] = {}
        for i, x in enumerate(nums):
            j = where(target - x) if target - x in seen else None
            if j is not None:
                return [j, i]
            seen[x] = i
            where.cache_clear()
        return []
"""

# The solution's own names are defined after the prelude, so they win.
OWN_NAMES_WIN = """
import math as random
deque = list


class ListNode:
    mine = True


def inf():
    return "mine"


class Solution:
    def twoSum(self, nums, target):
        assert random is math and deque is list and ListNode.mine and inf() == "mine"
        print("through the prelude's stdout", file=stdout)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def _examples(problem: Problem, sandbox: Sandbox, source: str) -> Verdict:
    report = grade(problem, source, example_cases(problem), sandbox)
    assert report.verdict is Verdict.AC, (report.message, report.details, [t.traceback for t in report.tests])
    return report.verdict


def test_prelude_has_leetcodes_names() -> None:
    names = harness.build_prelude()
    for name in ("List", "Optional", "Dict", "Tuple", "Set", "Deque", "DefaultDict", "Any"):
        assert names[name] is getattr(typing, name)
    for name in ("deque", "defaultdict", "Counter", "OrderedDict", "ChainMap", "namedtuple"):
        assert names[name] is getattr(collections, name)
    for name in ("inf", "nan", "pi", "e", "sqrt", "log", "gcd", "lcm", "comb", "isqrt", "floor", "ceil"):
        assert names[name] is getattr(math, name)
    for name in ("heappush", "heappop", "heapify", "nlargest", "bisect_left", "insort", "accumulate", "pairwise"):
        assert callable(names[name])
    for name in ("cache", "lru_cache", "reduce", "cmp_to_key", "itemgetter", "ascii_lowercase", "deepcopy", "median"):
        assert name in names
    assert names["randint"] == random.randint and names["mean"] is statistics.mean
    # The modules by name, where a star import had bound a function of the same name.
    for module in (*harness.LEETCODE_STAR_MODULES,):
        assert names[module] is sys.modules[module]
    assert isinstance(names["random"], types.ModuleType) and isinstance(names["bisect"], types.ModuleType)
    # Builtins stay builtins: math.pow, operator.abs, re.compile and sys.exit do not shadow them.
    for name in ("pow", "abs", "compile", "open", "exit", "sum", "max"):
        assert name not in names and hasattr(builtins, name)
    assert names["ListNode"] is harness.ListNode and names["TreeNode"] is harness.TreeNode
    # LeetCode's runtime imports os only after the solution's code: not provided.
    assert "os" not in names


def test_tree_node_keeps_its_slots_at_fixed_offsets() -> None:
    node = harness.TreeNode(1)
    node.visited = True  # LeetCode's habit of tagging nodes still works
    assert set(harness.TreeNode.__slots__) == {"val", "left", "right", "__dict__", "__weakref__"}
    assert (node.val, node.left, node.right) == (1, None, None)


def test_prelude_names_work_without_imports(any_sandbox: Sandbox, catalog: Catalog) -> None:
    _examples(catalog.get("two-sum"), any_sandbox, USES_THE_PRELUDE)


def test_own_imports_and_classes_win_and_streams_are_the_cases(any_sandbox: Sandbox, catalog: Catalog) -> None:
    problem = catalog.get("two-sum")
    report = grade(problem, OWN_NAMES_WIN, example_cases(problem), any_sandbox)
    assert report.verdict is Verdict.AC, report.message
    assert "through the prelude's stdout" in report.tests[0].stdout


def _child_setup_us(module: types.ModuleType | None, rounds: int = 200) -> float:
    """The median time a forked child takes to get its solution module ready,
    as harness._child_main does it (None: a bare module, as before the prelude)."""
    times = []
    for _ in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            started = time.perf_counter()
            mine = module if module is not None else types.ModuleType("solution")
            mine.__file__ = "solution.py"
            mine.__dict__.update(stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr)
            os.write(write_end, repr(time.perf_counter() - started).encode())
            os._exit(0)
        os.close(write_end)
        times.append(float(os.read(read_end, 64)))
        os.close(read_end)
        os.waitpid(pid, 0)
    return sorted(times)[len(times) // 2] * 1e6


def test_prelude_costs_a_case_under_a_fifth_of_a_millisecond() -> None:
    # Built once per submission before the fork; copying the names in each
    # child instead cost ~400 us a case (copy-on-write of every value touched).
    prebuilt = harness.prelude_module()
    extra_us = _child_setup_us(prebuilt) - _child_setup_us(None)
    assert extra_us < 200, f"the prelude costs {extra_us:.0f} us per case"


# --------------------------------------------------------------------------
# Aliases: LeetCode's other names for an entry point

TRAINING_PLAN = """
class Solution:
    def trainingPlan(self, head: Optional[ListNode], cnt: int) -> Optional[ListNode]:
        fast = slow = head
        for _ in range(cnt):
            fast = fast.next
        while fast:
            fast, slow = fast.next, slow.next
        return slow
"""


def test_lcr_140_name_is_accepted(any_sandbox: Sandbox, catalog: Catalog) -> None:
    problem = catalog.get("kth-node-from-end-of-list")
    _examples(problem, any_sandbox, TRAINING_PLAN)
    plain = "def trainingPlan(head, cnt):\n    nodes = []\n    while head:\n        nodes.append(head)\n"
    plain += "        head = head.next\n    return nodes[-cnt]\n"
    _examples(problem, any_sandbox, plain)


def test_missing_entry_point_names_the_aliases(sandbox: Sandbox, catalog: Catalog) -> None:
    problem = catalog.get("kth-node-from-end-of-list")
    report = grade(problem, "class Solution:\n    def kthFromEnd(self, head, k):\n        return head\n", example_cases(problem), sandbox)
    assert report.verdict is Verdict.CE
    assert "getKthFromEnd() (or trainingPlan())" in report.message


def test_alias_must_name_as_many_parameters(tmp_path: Path) -> None:
    problem = copy_problem("kth-node-from-end-of-list", tmp_path)
    path = problem.root / "problem.yaml"
    data = yaml.safe_load(path.read_text())
    data["entry"]["aliases"] = [{"name": "trainingPlan", "params": ["head"]}]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(SpecError, match="alias 'trainingPlan' must name 2 parameter"):
        load_problem(problem.root)
    data["entry"]["aliases"] = [{"name": "getKthFromEnd", "params": ["head", "k"]}]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(SpecError, match="repeats a name"):
        load_problem(problem.root)


def test_show_mentions_the_alias_and_new_writes_the_main_name(runner: CliRunner, solutions: Path) -> None:
    shown = runner.invoke(cli, ["show", "kth-node-from-end-of-list"], catch_exceptions=False)
    assert shown.exit_code == 0
    assert "Also accepted: trainingPlan(head, cnt)" in " ".join(shown.output.split())
    assert runner.invoke(cli, ["new", "kth-node-from-end-of-list"], catch_exceptions=False).exit_code == 0
    text = (solutions / "kth-node-from-end-of-list.py").read_text()
    assert "def getKthFromEnd(self, head: ListNode | None, k: int)" in text and "trainingPlan" not in text


# --------------------------------------------------------------------------
# Void operations: what a method declared as returning nothing returns is ignored

SKIPLIST = """
class Skiplist:
    def __init__(self):
        self.items = []

    def search(self, target: int) -> bool:
        i = bisect_left(self.items, target)
        return i < len(self.items) and self.items[i] == target

    def add(self, num: int) -> None:
        insort(self.items, num)
        return True  # LeetCode ignores it: add is void

    def erase(self, num: int) -> bool:
        i = bisect_left(self.items, num)
        if i < len(self.items) and self.items[i] == num:
            self.items.pop(i)
            return True
        return False
"""

BLOOM_ADD_SAYS_IF_NEW = """
class BloomFilter:
    def __init__(self, capacity: int, error_rate: float):
        self.m = max(1, ceil(-capacity * log(error_rate) / log(2) ** 2))
        self.k = max(1, round(self.m / capacity * log(2)))
        self.bits = bytearray((self.m + 7) // 8)

    def _positions(self, item: str) -> List[int]:
        digest = hashlib.sha256(item.encode()).digest()
        h1, h2 = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:16], "little") | 1
        return [(h1 + i * h2) % self.m for i in range(self.k)]

    def add(self, item: str) -> bool:
        new = False
        for p in self._positions(item):
            new |= not self.bits[p >> 3] >> (p & 7) & 1
            self.bits[p >> 3] |= 1 << (p & 7)
        return new  # a library's habit; the problem declares add as void

    def contains(self, item: str) -> bool:
        return all(self.bits[p >> 3] >> (p & 7) & 1 for p in self._positions(item))
"""


def test_void_methods_may_return_anything(any_sandbox: Sandbox, catalog: Catalog) -> None:
    _examples(catalog.get("design-skiplist"), any_sandbox, SKIPLIST)
    _examples(catalog.get("bloom-filter"), any_sandbox, "import hashlib\n" + BLOOM_ADD_SAYS_IF_NEW)


def test_a_method_that_returns_something_is_still_checked(sandbox: Sandbox, catalog: Catalog) -> None:
    problem = catalog.get("design-skiplist")
    source = SKIPLIST.replace("        return False\n", "        return None\n")
    report = grade(problem, source, example_cases(problem), sandbox)
    assert report.verdict is Verdict.WA  # None is not False: stricter than LeetCode


def test_the_spec_declares_which_methods_are_void(catalog: Catalog) -> None:
    assert entry_payload(catalog.get("design-skiplist").spec)["void"] == ["add"]
    assert entry_payload(catalog.get("bloom-filter").spec)["void"] == ["add"]


def test_the_harness_keeps_no_void_return_value() -> None:
    class Box:
        def __init__(self) -> None:
            self.total = 0

        def put(self, amount: int) -> list[int]:
            self.total += amount
            return [0] * 1000

        def get(self) -> int:
            return self.total

    entry = {"kind": "class", "name": "Box", "methods": ["put", "get"], "void": ["put"]}
    prepared = harness.prepare_call(entry, {"operations": ["Box", "put", "get"], "arguments": [[], [2], []]})
    assert harness.run_operations(Box, prepared, frozenset(entry["void"])) == [None, None, 2]


def test_the_host_ignores_void_outputs_whatever_the_child_sent(catalog: Catalog) -> None:
    # Only the answer comes from the child, and a void method's part of it is not used.
    problem = catalog.get("design-skiplist")
    args = {"operations": ["Skiplist", "add", "search", "erase"], "arguments": [[], [1], [1], [1]]}
    assert ignore_void_outputs(problem, args, ["forged", {"$unjudgeable": "x"}, True, False]) == [None, None, True, False]
    assert ignore_void_outputs(problem, args, [None, None]) == [None, None]  # the wrong length is the checker's to report


# --------------------------------------------------------------------------
# Files as editors write them

TWO_SUM = "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n" + (
    "        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n"
    "                return [seen[target - x], i]\n            seen[x] = i\n"
)


def test_bom_and_coding_cookies_are_read_as_python_reads_them(runner: CliRunner, tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.py"
    with_bom.write_bytes(b"\xef\xbb\xbf" + TWO_SUM.encode())
    latin = tmp_path / "latin.py"
    checked = TWO_SUM.replace("seen = {}", "seen = {}; assert MARK == '\\xe9'")
    latin.write_bytes(b"# -*- coding: latin-1 -*-\nMARK = '\xe9'\n" + checked.encode())
    for path in (with_bom, latin):
        result = runner.invoke(cli, ["--no-history", "run", "two-sum", str(path), "--sandbox", "local"], catch_exceptions=False)
        assert result.exit_code == 0, result.output


def test_undecodable_files_are_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    cases = {
        "latin-without-cookie.py": (b"# caf\xe9\n" + TWO_SUM.encode(), "is not UTF-8 text"),
        "unknown-cookie.py": (b"# -*- coding: no-such-codec -*-\n" + TWO_SUM.encode(), "unknown encoding"),
        "bom-and-latin.py": (b"\xef\xbb\xbf# -*- coding: latin-1 -*-\n" + TWO_SUM.encode(), "encoding problem"),
    }
    for name, (data, needle) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(JudgeError, match=needle):
            decode_source(path, data)
        result = runner.invoke(cli, ["--no-history", "run", "two-sum", str(path), "--sandbox", "local"])
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output


def test_tracebacks_and_compile_errors_name_the_users_file(
    any_sandbox: Sandbox, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "solutions").mkdir()
    path = tmp_path / "solutions" / "two-sum.py"
    problem = catalog.get("two-sum")
    crash = "class Solution:\n    def twoSum(self, nums, target):\n        return nums[10 ** 6]\n"
    report = grade(problem, crash, example_cases(problem), any_sandbox, file=str(path))
    assert report.verdict is Verdict.RE and report.first_failure is not None
    assert 'File "solutions/two-sum.py", line 3, in twoSum' in report.first_failure.traceback
    assert "return nums[10 ** 6]" in report.first_failure.traceback  # the line itself, quoted
    broken = "class Solution:\n    def twoSum(self, nums, target)\n        return []\n"
    report = grade(problem, broken, example_cases(problem), any_sandbox, file=str(path))
    assert report.verdict is Verdict.CE and report.line == 2
    assert 'File "solutions/two-sum.py", line 2' in report.message
    # Outside the working directory the path is given whole.
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    report = grade(problem, crash, example_cases(problem), any_sandbox, file=str(path))
    assert report.first_failure is not None and f'File "{path}", line 3' in report.first_failure.traceback
