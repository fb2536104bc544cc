"""The cache of validated specs: a spec is read from it only when the same
rules accepted the same bytes, and `run`/`submit` then never load pydantic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge import speccache
from judge.catalog import Catalog, load_problem
from judge.errors import SpecError
from judge.spec import load_spec

from .conftest import PROBLEMS, copy_problem


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(folder))
    return folder


def test_a_cached_spec_equals_the_validated_one(tmp_path: Path, cache: Path) -> None:
    problem = copy_problem("design-skiplist", tmp_path)
    path = problem.root / "problem.yaml"
    first = speccache.cached_spec(path)
    assert len(list((cache / "specs").iterdir())) == 1
    assert speccache.cached_spec(path) == first == load_spec(path)


def test_changed_bytes_are_validated_again(tmp_path: Path, cache: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    path = problem.root / "problem.yaml"
    speccache.cached_spec(path)
    path.write_text(path.read_text().replace("title: ", "title: Renamed ", 1))
    assert speccache.cached_spec(path).title.startswith("Renamed")
    path.write_text(path.read_text() + "\nnot_a_field: 1\n")
    with pytest.raises(SpecError, match="not_a_field: unknown field"):
        speccache.cached_spec(path)
    with pytest.raises(SpecError, match="not_a_field"):  # an invalid spec is never cached
        speccache.cached_spec(path)


def test_a_damaged_or_foreign_entry_is_validated_again(tmp_path: Path, cache: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    path = problem.root / "problem.yaml"
    expected = speccache.cached_spec(path)
    (entry,) = (cache / "specs").iterdir()
    for damaged in (entry.read_bytes()[:-7], b"not a pickle", b""):
        entry.write_bytes(damaged)
        assert speccache.cached_spec(path) == expected


def test_validate_never_reads_the_cache(tmp_path: Path, cache: Path) -> None:
    problem = copy_problem("two-sum", tmp_path)
    Catalog(tmp_path).get("two-sum")
    (entry,) = (cache / "specs").iterdir()
    entry.write_bytes(b"garbage")
    assert Catalog(tmp_path, cached_specs=False).get("two-sum").spec == load_problem(problem.root, cached_spec=False).spec
    assert entry.read_bytes() == b"garbage"


def test_a_submission_does_not_load_pydantic(tmp_path: Path) -> None:
    solution = tmp_path / "two_sum.py"
    solution.write_text((PROBLEMS / "two-sum" / "reference.py").read_text())
    probe = (
        "import atexit, sys, runpy\n"
        "atexit.register(lambda: sys.stderr.write('\\n' + ' '.join(sorted(sys.modules))))\n"
        f"sys.argv = ['judge', '--no-history', 'submit', 'two-sum', {str(solution)!r}, '--sandbox', 'local']\n"
        "runpy.run_module('judge', run_name='__main__')\n"
    )
    for _ in range(2):  # the first run fills the caches
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=os.environ, check=False)
    assert "Accepted" in done.stdout
    loaded = set(done.stderr.strip().splitlines()[-1].split())
    assert {"pydantic", "pydantic_core"} & loaded == set()
