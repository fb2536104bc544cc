"""Test cases: the visible examples, and the hidden ones (hand-written plus generated)."""

from __future__ import annotations

import hashlib
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from judge import __version__
from judge.atomicfile import write_text_atomic
from judge.cachedir import cache_dir
from judge.catalog import Problem
from judge.errors import JudgeError, SpecError
from judge.loader import load_function
from judge.spec import args_problem
from judge.yamlfile import load_yaml

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
    # A digest of the args when one is known without serialising them again
    # (generated cases from the cache): the reference cache's key uses it.
    digest: str = field(default="", repr=False, compare=False)
    # The args as the JSON text they were read from (generated cases from the
    # cache), sent to the harness as they are rather than encoded again.
    args_json: str = field(default="", repr=False, compare=False)


def example_cases(problem: Problem) -> list[Case]:
    return [Case(f"example-{n}", ex.args, "example", "", ex.output) for n, ex in enumerate(problem.spec.examples, 1)]


def manual_cases(problem: Problem) -> list[Case]:
    path = problem.cases_path
    if not path.is_file():
        return []
    try:
        entries = load_yaml(path.read_text(encoding="utf-8")) or []
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


def _generated_key(problem: Problem) -> str:
    """Everything generated cases depend on: the judge's version, the generator's
    source, its seed and the spec that checks them (problem.yaml)."""
    assert problem.spec.generator is not None
    digest = hashlib.sha256()
    for part in (
        __version__,
        str(problem.spec.generator.seed),
        problem.generator_path.read_text(encoding="utf-8"),
        (problem.root / "problem.yaml").read_text(encoding="utf-8"),
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def _generated_cache(problem: Problem, key: str) -> Path:
    # The user's own cache folder, as the reference outputs: never a report, never a sandbox.
    # A line per case after a line with their count: its name and its args, each as
    # JSON, split by a tab (which JSON text never holds unescaped), so a case's args
    # text is at hand as read.
    return cache_dir() / "cases" / f"{problem.slug}-{key}.jsonl"


def _read_generated(path: Path, key: str) -> list[Case] | None:
    """The cached cases, or None when the file is missing or not what this writes."""
    try:
        count, *lines = path.read_text(encoding="utf-8").splitlines()
        if json.loads(count) != {"cases": len(lines)}:
            return None
        cases = []
        for number, line in enumerate(lines, 1):
            name_json, tab, args_json = line.partition("\t")
            name, args = json.loads(name_json), json.loads(args_json)
            if not tab or not isinstance(name, str) or not isinstance(args, dict):
                return None
            cases.append(Case(f"generated-{number:02d}", args, "generated", name, digest=f"{key}:{number}", args_json=args_json))
    except (OSError, ValueError):  # missing, damaged, or empty (no count line)
        return None
    return cases


def generated_cases(problem: Problem) -> list[Case]:
    """The generator's cases, from the cache when its key matches (two-sum's
    10^5-element cases cost about a second to generate in pure Python)."""
    if problem.spec.generator is None:
        return []
    try:
        key = _generated_key(problem)
    except OSError as error:
        raise SpecError(f"{problem.generator_path}: cannot read: {error.strerror}") from None
    path = _generated_cache(problem, key)
    cached = _read_generated(path, key)
    if cached is not None:
        return [_checked(problem, case, problem.generator_path) for case in cached]
    cases = fresh_generated_cases(problem)
    try:
        lines = [json.dumps({"cases": len(cases)})] + [f"{json.dumps(case.name)}\t{json.dumps(case.args)}" for case in cases]
        write_text_atomic(path, "\n".join(lines) + "\n")
        os.chmod(path, 0o600)
    except OSError:
        pass  # a cache that cannot be written only costs time
    return [Case(case.id, case.args, case.origin, case.name, digest=f"{key}:{number}") for number, case in enumerate(cases, 1)]


def fresh_generated_cases(problem: Problem) -> list[Case]:
    """generate() run now, never from the cache (`judge validate` compares the two)."""
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
