"""Test cases: the visible examples, and the hidden ones (hand-written plus generated)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from judge.catalog import Problem
from judge.errors import JudgeError, SpecError
from judge.loader import load_function
from judge.spec import args_problem

Origin = Literal["example", "manual", "generated", "custom"]


@dataclass(frozen=True)
class Case:
    id: str
    args: dict[str, Any] = field(repr=False)
    origin: Origin
    name: str = ""
    # Only examples carry an expected output of their own; hidden cases get
    # theirs from the reference solution.
    expected: Any = None


def example_cases(problem: Problem) -> list[Case]:
    return [Case(f"example-{n}", ex.args, "example", "", ex.output) for n, ex in enumerate(problem.spec.examples, 1)]


def manual_cases(problem: Problem) -> list[Case]:
    path = problem.cases_path
    if not path.is_file():
        return []
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(entries, list):
        raise SpecError(f"{path}: expected a list of cases, each {{name, args}}")
    cases = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("args"), dict):
            raise SpecError(f"{path}: case {number}: expected a mapping with 'args'")
        cases.append(_checked(problem, Case(f"manual-{number:02d}", entry["args"], "manual", str(entry.get("name", ""))), path))
    return cases


def generated_cases(problem: Problem) -> list[Case]:
    if problem.spec.generator is None:
        return []
    generate = load_function(problem.generator_path, "generator", "generate")
    rng = random.Random(problem.spec.generator.seed)
    cases = []
    try:
        produced = list(generate(rng))
    except Exception as error:
        raise SpecError(f"{problem.generator_path}: generate() failed: {type(error).__name__}: {error}") from None
    for number, entry in enumerate(produced, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("args"), dict):
            raise SpecError(f"{problem.generator_path}: case {number}: generate() must yield {{name, args}} mappings")
        case = Case(f"generated-{number:02d}", entry["args"], "generated", str(entry.get("name", "")))
        cases.append(_checked(problem, case, problem.generator_path))
    return cases


def hidden_cases(problem: Problem) -> list[Case]:
    return manual_cases(problem) + generated_cases(problem)


def custom_case(problem: Problem, text: str, number: int) -> Case:
    """A case the user typed (JSON, or the notation `judge show` prints), checked
    like any other: it must fit the signature, the declared types and the
    stated constraints."""
    from judge.examples import input_text
    from judge.inputs import InputError, parse_input, type_problem

    example = input_text(problem, problem.spec.examples[0]).replace("\n", "  ")
    try:
        args = parse_input(problem.spec.entry, text)
    except InputError as error:
        raise JudgeError(f"--input {number}: {error}; for example -i '{example}'") from None
    problem_text = type_problem(problem.spec.entry, args) or args_problem(problem.spec.entry, args)
    if problem_text:
        raise JudgeError(f"--input {number}: {problem_text}; for example -i '{example}'")
    validate = load_function(problem.validator_path, "validator", "validate")
    try:
        validate(args)
    except Exception as error:
        message = str(error) or type(error).__name__
        raise JudgeError(f"--input {number} breaks the problem's constraints: {message}") from None
    return Case(f"custom-{number}", args, "custom")


def submission_cases(problem: Problem) -> list[Case]:
    """What ``submit`` runs: the examples first, then every hidden case."""
    return example_cases(problem) + hidden_cases(problem)


def _checked(problem: Problem, case: Case, source: Any) -> Case:
    problem_text = args_problem(problem.spec.entry, case.args)
    if problem_text:
        raise SpecError(f"{source}: {case.id}: {problem_text}")
    return case
