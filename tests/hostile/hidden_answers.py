# expect: AC
# backends: docker
# limits: time_ms=3000
"""Searches the whole container for the problem's hidden data (its package files, the reference
solution, a cached reference answer), and the environment and the harness's memory for expected
outputs: none may be there. Answers correctly only if nothing is found. Docker only: locally the
files are on the same disk by design."""

import gc
import os

PACKAGE = {"problem.yaml", "cases.yaml", "statement.md"}
CODE = {"reference.py", "generator.py", "checker.py", "validator.py"}


def mentions_two_sum(path):
    try:
        with open(path, "rb") as handle:
            text = handle.read(1 << 20)
    except OSError:
        return False
    return b"nums" in text and b"target" in text


def leaked():
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in ("/proc", "/sys", "/dev")]
        if "two-sum" in root or PACKAGE & set(files) or any(f.startswith("two-sum") for f in files):
            return True
        if any(mentions_two_sum(os.path.join(root, f)) for f in CODE & set(files)):
            return True
    if any("two-sum" in v or "reference" in v for v in os.environ.values()):
        return True
    return any(isinstance(o, dict) and ("expected" in o or "output" in o) for o in gc.get_objects())


class Solution:
    def twoSum(self, nums, target):
        if leaked():
            return [0, 0]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
