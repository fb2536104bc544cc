"""`judge new` writes, for every problem, a file that loads and names the right entry point."""

from __future__ import annotations

import ast

import pytest

from judge.cases import example_cases
from judge.catalog import Catalog
from judge.grading import grade
from judge.sandbox.local import LocalSandbox
from judge.spec import FunctionEntry
from judge.template import render
from judge.verdicts import Verdict

from .conftest import PROBLEMS

ALL = Catalog(PROBLEMS).slugs()


@pytest.mark.parametrize("slug", ALL)
def test_template_loads_and_asks_for_the_solution(slug: str, catalog: Catalog, sandbox: LocalSandbox) -> None:
    problem = catalog.get(slug)
    text = render(problem)
    tree = ast.parse(text)
    entry = problem.spec.entry
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    wanted = "Solution" if isinstance(entry, FunctionEntry) else entry.name
    assert wanted in classes
    methods = {node.name for node in classes[wanted].body if isinstance(node, ast.FunctionDef)}
    expected = {entry.name} if isinstance(entry, FunctionEntry) else {"__init__", *(m.name for m in entry.methods)}
    assert expected <= methods
    # It loads (no CE) and fails every example by asking to be written.
    report = grade(problem, text, example_cases(problem), sandbox)
    assert report.verdict is Verdict.RE
    assert "NotImplementedError" in report.message
