"""Figures that decide a verdict are taken outside the solution's process.

Each program in tests/forgery/ is judged, in docker, on every case of the real
problem its header names; the verdict (and a piece of the message) must be the
one the header states. The WA programs attack a figure the harness used to take
inside the solution's process (tracemalloc, a flag in the JSON payload); the AC
ones are honest solutions that a careless measure would reject.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from judge.cases import submission_cases
from judge.catalog import Catalog
from judge.grading import grade
from judge.reference import reference_results
from judge.sandbox.container import DockerSandbox
from judge.sandbox.local import LocalSandbox

FORGERY_DIR = Path(__file__).resolve().parent / "forgery"
_HEADER = re.compile(r"#\s*([a-z]+):\s*(.*?)\s*$")


def _headers(path: Path) -> dict[str, str]:
    headers = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            headers[match[1]] = match[2]
    return headers


PROGRAMS = sorted(FORGERY_DIR.glob("*.py"))


def test_programs_cover_both_problems_and_both_outcomes() -> None:
    seen = {(_headers(path)["problem"], _headers(path)["expect"]) for path in PROGRAMS}
    assert {p for p, _ in seen} == {"bloom-filter", "intersection-of-two-linked-lists"}
    assert {e for _, e in seen} == {"AC", "WA"}


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_forgery(path: Path, catalog: Catalog, docker_sandbox: DockerSandbox) -> None:
    headers = _headers(path)
    problem = catalog.get(headers["problem"])
    cases = submission_cases(problem)
    hidden = [case for case in cases if case.origin != "example"]
    reference = reference_results(problem, hidden, LocalSandbox())
    report = grade(problem, path.read_text(encoding="utf-8"), cases, docker_sandbox, reference=reference)
    facts = [(t.id, str(t.verdict), t.message[:100]) for t in report.tests if t.verdict != "AC"]
    assert report.verdict == headers["expect"], f"{path.stem}: {report.verdict} ({report.message}); failing cases: {facts}"
    if "message" in headers:
        assert headers["message"] in report.message, report.message
