"""The starting file `judge new` writes: the signature, the statement, the examples."""

from __future__ import annotations

import textwrap

from judge.catalog import Problem
from judge.examples import examples_text
from judge.spec import ClassEntry, FunctionEntry, Method, Param
from judge.typenames import parse_type

_LISTNODE_NOTE = """\
# ListNode is predefined by the judge, as on LeetCode:
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
"""

_TODO = 'raise NotImplementedError("write your solution here")'


def _params(params: list[Param]) -> str:
    return "".join(f", {p.name}: {parse_type(p.type).python()}" for p in params)


def _docstring(problem: Problem, indent: str) -> str:
    lines = [problem.spec.title, "", *problem.statement.strip().splitlines()]
    for number, (given, answer, why) in enumerate(examples_text(problem), 1):
        lines += ["", f"Example {number}:", *(f"    {line}" for line in f"Input: {given}".splitlines()), f"    Output: {answer}"]
        if why:
            lines.append(f"    Explanation: {why}")
    if problem.spec.constraints:
        lines += ["", "Constraints:", *(f"    {c}" for c in problem.spec.constraints)]
    body = "\n".join(lines).replace('"""', "'''").replace("\\", "\\\\")
    return textwrap.indent(f'"""{body}\n"""', indent)


def _uses(problem: Problem, base: str) -> bool:
    entry = problem.spec.entry
    params = entry.params if isinstance(entry, FunctionEntry) else [*entry.init, *(p for m in entry.methods for p in m.params)]
    returns = [entry.returns] if isinstance(entry, FunctionEntry) else [m.returns for m in entry.methods]
    return any(base in text for text in [*(p.type for p in params), *returns])


def _method(method: Method, indent: str) -> str:
    returns = parse_type(method.returns).python()
    return f"{indent}def {method.name}(self{_params(method.params)}) -> {returns}:\n{indent}    {_TODO}\n"


def render(problem: Problem) -> str:
    entry = problem.spec.entry
    head = f"# {problem.spec.title}: judge run {problem.slug} | judge submit {problem.slug}\n"
    if _uses(problem, "Any"):
        head += "from typing import Any\n"
    if _uses(problem, "ndarray"):
        head += "import numpy as np\n"
    if _uses(problem, "ListNode"):
        head += "\n" + _LISTNODE_NOTE
    if isinstance(entry, FunctionEntry):
        returns = parse_type(entry.returns).python()
        body = (
            "\n\nclass Solution:\n"
            f"    def {entry.name}(self{_params(entry.params)}) -> {returns}:\n"
            f"{_docstring(problem, ' ' * 8)}\n"
            f"        {_TODO}\n"
        )
        return head + body
    assert isinstance(entry, ClassEntry)
    methods = "\n".join(_method(m, "    ") for m in entry.methods)
    return head + (
        f"\n\nclass {entry.name}:\n"
        f"{_docstring(problem, ' ' * 4)}\n\n"
        f"    def __init__(self{_params(entry.init)}) -> None:\n"
        f"        {_TODO}\n\n"
        f"{methods}"
    )
