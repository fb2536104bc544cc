"""The right answers on a follow-up's ladder, so every measured call's answer is checked.

A solution's process controls everything it reports, the harness's code in it
included: it could skip the call and describe a fast one. The kernel's CPU
figures catch work done and hidden, not work skipped; a right answer on an
input it has never seen is what shows the work was done. The answers come from
the package's reference, run here on the host on the same inputs the harness
builds (the ladder is seeded and deterministic), never inside the sandbox.
"""

from __future__ import annotations

import functools
import json
import random
from typing import TYPE_CHECKING, Any

from judge.catalog import Problem
from judge.execution import entry_payload

if TYPE_CHECKING:
    from types import ModuleType


def _harness() -> ModuleType:
    # Imported when a ladder is measured, not by every submission that imports
    # the grading module: the harness module costs about 17 ms to load.
    from judge import harness

    return harness


def ladder_args(source: str, seed: int, n: int) -> dict[str, Any]:
    """The arguments of size ``n``, exactly as the harness builds them (harness._ladder_args)."""
    namespace: dict[str, Any] = {"__name__": "ladder"}
    exec(compile(source, "ladder.py", "exec"), namespace)
    args: dict[str, Any] = namespace["build"](n, random.Random(seed * 1_000_003 + n))
    return args


@functools.lru_cache(maxsize=64)
def _reference_module(source: str) -> Any:
    module = _harness().prelude_module()
    exec(compile(source, "reference.py", "exec"), module.__dict__)
    return module


def expected_answer(problem: Problem, source: str, seed: int, n: int) -> Any:
    """The reference's answer to the ladder's arguments of size ``n``, encoded as the harness
    encodes answers (input nodes as references to them). Kept for the process's later
    submissions: the ladder is deterministic, and its largest inputs take a while to build."""
    return _expected(problem.reference_source, json.dumps(entry_payload(problem.spec), sort_keys=True), source, seed, n)


@functools.lru_cache(maxsize=64)
def _expected(reference: str, entry_json: str, source: str, seed: int, n: int) -> Any:
    entry = json.loads(entry_json)
    harness = _harness()
    prepared = harness.prepare_call(entry, ladder_args(source, seed, n))
    module = _reference_module(reference)
    value = harness.call_entry(module, entry, harness.resolve_entry(module, entry), prepared)
    return harness.encode_value(value, prepared.registry)
