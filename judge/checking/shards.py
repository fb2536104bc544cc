"""`judge check --shard K/N`: the K-th of N parts of the solutions, for a CI matrix.

Every job of the matrix computes the same split on its own, from nothing but
the files and the problem packages (no clock, no machine, no cache), so the N
shards together judge every file exactly once. The split balances an estimate
of each solution's cost: its problem's visible and hand-written cases, plus
GENERATOR_COST for a problem with a case generator (whose cases are the big
ones), plus one for the sandbox's start. The heaviest go first, each to the
shard with the least so far (ties: the lower K), files in name order.
"""

from __future__ import annotations

import re

import yaml

from judge.checking.discovery import Found
from judge.errors import JudgeError
from judge.yamlfile import load_yaml

GENERATOR_COST = 10


def parse_shard(text: str) -> tuple[int, int]:
    """'K/N' -> (K, N) with 1 <= K <= N."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match:
        raise JudgeError(f"--shard takes K/N (for example 2/4), got {text!r}")
    k, n = int(match.group(1)), int(match.group(2))
    if not 1 <= k <= n:
        raise JudgeError(f"--shard {text}: K must be between 1 and N")
    return k, n


def cost(found: Found) -> int:
    problem = found.problem
    if problem is None:
        return 1
    manual = 0
    if problem.cases_path.is_file():
        try:
            entries = load_yaml(problem.cases_path.read_text(encoding="utf-8"))
            manual = len(entries) if isinstance(entries, list) else 0
        except (OSError, yaml.YAMLError):
            manual = 0
    return 1 + len(problem.spec.examples) + manual + (GENERATOR_COST if problem.spec.generator is not None else 0)


def split(found: list[Found], shards: int) -> list[list[Found]]:
    """All N shards: every file in exactly one, the estimated costs balanced (longest first)."""
    ordered = sorted(found, key=lambda f: (-cost(f), f.path.name, str(f.path)))
    parts: list[list[Found]] = [[] for _ in range(shards)]
    totals = [0] * shards
    for item in ordered:
        index = min(range(shards), key=lambda i: (totals[i], i))
        parts[index].append(item)
        totals[index] += cost(item)
    return [sorted(part, key=lambda f: (f.slug, str(f.path))) for part in parts]


def shard(found: list[Found], k: int, n: int) -> list[Found]:
    return split(found, n)[k - 1]
