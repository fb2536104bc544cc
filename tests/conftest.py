from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from judge.catalog import PROJECT_ROOT, Catalog, Problem, load_problem
from judge.sandbox.local import LocalSandbox

PROBLEMS = PROJECT_ROOT / "problems"


@pytest.fixture(autouse=True)
def private_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real status file, cache or solutions."""
    base = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("JUDGE_STATE_DIR", str(base / "state"))
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("JUDGE_SOLUTIONS_DIR", str(base / "solutions"))
    monkeypatch.delenv("JUDGE_PROBLEMS_DIR", raising=False)
    monkeypatch.delenv("JUDGE_SANDBOX", raising=False)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog(PROBLEMS)


@pytest.fixture(scope="session")
def sandbox() -> LocalSandbox:
    return LocalSandbox()


def copy_problem(slug: str, destination: Path, **limits: int) -> Problem:
    """A private copy of a real problem, optionally with tighter limits."""
    target = destination / slug
    shutil.copytree(PROBLEMS / slug, target)
    if limits:
        spec_path = target / "problem.yaml"
        data = yaml.safe_load(spec_path.read_text())
        data.setdefault("limits", {}).update(limits)
        spec_path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_problem(target)


@pytest.fixture
def tight_two_sum(tmp_path: Path) -> Problem:
    """two-sum with small limits, so limit verdicts come quickly."""
    return copy_problem("two-sum", tmp_path, time_ms=300, memory_mb=64, output_kb=8)
