"""Visible examples as a person reads them, shared by `show`, `new` and `practice`."""

from __future__ import annotations

import json

from rich.panel import Panel
from rich.text import Text

from judge.catalog import Problem
from judge.spec import Example, FunctionEntry


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def input_text(problem: Problem, example: Example) -> str:
    if isinstance(problem.spec.entry, FunctionEntry):
        return ", ".join(f"{name} = {_describe_arg(value)}" for name, value in example.args.items())
    return f"{_compact(example.args['operations'])}\n{_compact(example.args['arguments'])}"


def _describe_arg(value: object) -> str:
    # Linked lists with a cycle or a shared tail are written as LeetCode does.
    if isinstance(value, dict) and "values" in value:
        text = _compact(value["values"])
        if "pos" in value:
            return f"{text}, pos = {value['pos']}"
        if "join" in value:
            join = value["join"]
            return f"{text} then joins {join['param']} at node {join['index']}"
    return _compact(value)


def output_text(example: Example) -> str:
    return example.display or _compact(example.output)


def examples_text(problem: Problem) -> list[tuple[str, str, str]]:
    """(input, output, explanation) for each example."""
    return [(input_text(problem, ex), output_text(ex), ex.explanation) for ex in problem.spec.examples]


def example_panels(problem: Problem) -> list[Panel]:
    """One panel per visible example: input, output and the explanation if any."""
    panels = []
    for number, (given, answer, why) in enumerate(examples_text(problem), 1):
        body = Text.assemble(("Input: ", "bold"), given, "\n", ("Output: ", "bold"), answer)
        if why:
            body.append("\nExplanation: ", style="bold")
            body.append(why)
        panels.append(Panel(body, title=f"Example {number}", title_align="left", border_style="dim"))
    return panels
