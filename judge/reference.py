"""The reference solution's answers: the expected outputs of hidden cases.

Running the reference costs as much as running the submission, so its
answers are cached on disk, keyed by everything they depend on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge import __version__
from judge.atomicfile import write_atomic
from judge.cachedir import cache_dir
from judge.cases import Case
from judge.catalog import Problem
from judge.errors import SpecError
from judge.execution import HarnessRun, case_verdict
from judge.sandbox.base import HARNESS_PATH, Sandbox
from judge.spec import spec_json


@dataclass(frozen=True)
class ReferenceResult:
    value: Any
    cpu_ms: float


def _cache_key(problem: Problem, cases: list[Case], sandbox: Sandbox) -> str:
    digest = hashlib.sha256()
    for part in (
        __version__,
        sandbox.name,
        HARNESS_PATH.read_text(encoding="utf-8"),
        problem.reference_source,
        spec_json(problem.spec),
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    for case in cases:
        digest.update(case.id.encode("utf-8"))
        # A generated case's digest names its args (the generator's key and its number) without serialising them again.
        digest.update(case.digest.encode("utf-8") if case.digest else json.dumps(case.args, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()[:32]


def _load_cached(path: Path) -> dict[str, ReferenceResult] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {case_id: ReferenceResult(item["value"], item["cpu_ms"]) for case_id, item in data.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _store(path: Path, results: dict[str, ReferenceResult]) -> None:
    try:
        write_atomic(path, {case_id: {"value": r.value, "cpu_ms": r.cpu_ms} for case_id, r in results.items()})
    except OSError:
        pass  # a cache that cannot be written only costs time


def reference_results(
    problem: Problem,
    cases: list[Case],
    sandbox: Sandbox,
    *,
    use_cache: bool = True,
    on_case: Callable[[Case], None] | None = None,
) -> dict[str, ReferenceResult]:
    """Expected output and CPU time of the reference for each case.

    A reference that fails a case means the problem package is broken; that
    is the author's error, never a verdict against the user.
    """
    path = cache_dir() / "reference" / f"{problem.slug}-{_cache_key(problem, cases, sandbox)}.json"
    if use_cache:
        cached = _load_cached(path)
        if cached is not None and set(cached) == {case.id for case in cases}:
            return cached
    results: dict[str, ReferenceResult] = {}
    with HarnessRun(problem, problem.reference_source, sandbox) as run:
        failure = run.start()
        if failure is not None:
            raise SpecError(f"{problem.reference_path}: the reference solution does not load: {failure.message}")
        for case in cases:
            facts = run.run(case)
            verdict, message = case_verdict(facts, problem.spec)
            if verdict is not None:
                raise SpecError(f"{problem.reference_path}: the reference solution fails {case.id} ({verdict}): {message}")
            results[case.id] = ReferenceResult(facts["result"]["value"], facts["cpu_ms"])
            if on_case:
                on_case(case)
    _store(path, results)
    return results
