"""The problem.yaml schema, validated by pydantic, and its loader with readable errors."""

from __future__ import annotations

import keyword
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from judge.errors import SpecError
from judge.typenames import parse_type
from judge.yamlfile import load_yaml


def _check_type(text: str) -> str:
    parse_type(text)
    return text


def _check_identifier(name: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{name!r} is not a Python identifier")
    return name


TypeName = Annotated[str, AfterValidator(_check_type)]
Identifier = Annotated[str, AfterValidator(_check_identifier)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    interview: str = Field(description="which interview or write-up asked it")
    notes: str | None = Field(None, description="file in shared/interview-notes")
    leetcode: str | None = Field(None, description="the LeetCode problem it mirrors, if any")


class Param(Strict):
    name: Identifier
    type: TypeName
    description: str = ""

    @property
    def is_node(self) -> bool:
        return parse_type(self.type).is_node

    def codec(self) -> dict[str, str]:
        """How the harness turns this parameter's JSON into the call argument."""
        ref = parse_type(self.type)
        if ref.is_node:
            return {"codec": "listnode"}
        if ref.is_array:
            return {"codec": "ndarray", "dtype": ref.dtype or "float64"}
        if ref.base == "list" and ref.args and ref.args[0].is_array:
            # A list of tensors (a model's gradients): each one an array of its own shape.
            return {"codec": "ndarray_list", "dtype": ref.args[0].dtype or "float64"}
        return {"codec": "json"}


class Method(Strict):
    name: Identifier
    params: list[Param] = []
    returns: TypeName = Field("None", description="None: the method returns nothing, and whatever it returns is ignored")

    @property
    def void(self) -> bool:
        return parse_type(self.returns).base == "None"


class Alias(Strict):
    """Another name LeetCode gives the entry point (a renamed problem), with its own parameter names."""

    name: Identifier
    params: list[Identifier]
    note: str = Field("", description="where the name comes from, for `judge show`")


class FunctionEntry(Strict):
    kind: Literal["function"]
    name: Identifier
    params: list[Param]
    returns: TypeName
    preserve_input: bool = Field(False, description="the linked lists passed in must keep their structure and values")
    aliases: list[Alias] = Field([], description="other names the solution may give the entry point")

    @model_validator(mode="after")
    def _aliases_fit(self) -> FunctionEntry:
        seen = {self.name}
        for alias in self.aliases:
            if alias.name in seen:
                raise ValueError(f"alias {alias.name!r} repeats a name of the entry point")
            seen.add(alias.name)
            if len(alias.params) != len(self.params):
                raise ValueError(f"alias {alias.name!r} must name {len(self.params)} parameter(s), one for each of {self.name}'s")
        return self


class ClassEntry(Strict):
    kind: Literal["class"]
    name: Identifier
    init: list[Param] = []
    methods: list[Method] = Field(min_length=1)
    measure_retained: bool = Field(False, description="measure from outside the process the memory the solution holds")

    def method(self, name: str) -> Method | None:
        return next((m for m in self.methods if m.name == name), None)


Entry = Annotated[FunctionEntry | ClassEntry, Field(discriminator="kind")]


OUTPUT_KB = 16 * 1024


def size_text(kb: int) -> str:
    """``16 MB``, ``512 KB``."""
    return f"{kb // 1024} MB" if kb >= 1024 and kb % 1024 == 0 else f"{kb} KB"


class Limits(Strict):
    time_ms: int = Field(2000, ge=50, le=60_000, description="CPU time per case")
    memory_mb: int = Field(256, ge=16, le=4096)
    # Print-debugging must never fail a correct solution: a handful of prints per
    # call of the largest input fits (tests/test_solve_loop.py checks it for every
    # problem); only a flood reaches the cap.
    output_kb: int = Field(OUTPUT_KB, ge=1, le=65_536, description="cap on stdout and on stderr, each")

    @property
    def wall_ms(self) -> int:
        # Sleeping or blocked solutions burn no CPU; wall time catches them.
        return self.time_ms * 3 + 1000


class Checker(Strict):
    kind: Literal["exact", "float", "unordered", "node", "numeric", "custom"] = "exact"
    abs_tol: float = Field(1e-9, ge=0)
    rel_tol: float = Field(1e-9, ge=0)
    options: dict[str, Any] = {}

    @model_validator(mode="after")
    def _numeric_options(self) -> Checker:
        # numeric: options.parts names a returned tuple's members, options.dtype how strictly
        # an array's element type must match (family: float vs integer vs bool; exact; any).
        if self.kind != "numeric":
            return self
        unknown = sorted(set(self.options) - {"parts", "dtype"})
        if unknown:
            raise ValueError(f"unknown numeric checker option(s) {unknown}; use parts, dtype")
        parts = self.options.get("parts")
        if parts is not None and not (isinstance(parts, list) and parts and all(isinstance(p, str) and p for p in parts)):
            raise ValueError("options.parts must be a list of names, one per member of the returned tuple")
        if self.options.get("dtype", "family") not in ("family", "exact", "any"):
            raise ValueError("options.dtype must be family, exact or any")
        return self


class Example(Strict):
    args: dict[str, Any]
    output: Any = Field(description="the answer as the checker compares it")
    display: str = Field("", description="the answer as a person reads it, when output is not (a node reference)")
    explanation: str = ""


class Ladder(Strict):
    """The sizes a follow-up is measured on; the inputs come from the package's ladder.py
    (``build(n, rng)``, seeded with ``seed``), built inside the sandbox before the clock starts."""

    sizes: list[int] = Field(min_length=3, description="n at each rung, growing")
    seed: int = 0
    file: str = Field("ladder.py", pattern=r"^[a-z0-9_]+\.py$")

    @model_validator(mode="after")
    def _growing(self) -> Ladder:
        if any(n < 2 for n in self.sizes) or self.sizes != sorted(set(self.sizes)):
            raise ValueError("sizes must grow strictly, from 2 up")
        return self


class FollowUp(Strict):
    id: Slug
    text: str
    checked: bool = Field(False, description="whether the judge measures it on every accepted submission")
    time: str | None = Field(None, description='the CPU-time class asked for, as "O(log(m+n))"')
    space: str | None = Field(None, description='the extra-space class asked for; only "O(1)" is measured')
    ladder: Ladder | None = None
    note: str = Field("", description="for an unchecked follow-up: why the judge does not measure it")

    @model_validator(mode="after")
    def _measurable(self) -> FollowUp:
        from judge.complexity.classes import parse_class
        from judge.complexity.fit import resolving_class

        if self.checked and (self.ladder is None or not (self.time or self.space)):
            raise ValueError("a checked follow-up names a time or space class and its ladder")
        try:
            time = parse_class(self.time) if self.time else None
            space = parse_class(self.space) if self.space else None
        except ValueError as error:
            raise ValueError(str(error)) from None
        if space not in (None, "1"):
            raise ValueError("only O(1) extra space is measured")
        if time is not None and self.ladder is not None and resolving_class(time, self.ladder.sizes[0], self.ladder.sizes[-1]) is None:
            raise ValueError(f"the ladder's sizes cannot tell {self.time} from a worse class: widen it")
        return self

    @property
    def time_class(self) -> str | None:
        from judge.complexity.classes import parse_class

        return parse_class(self.time) if self.time else None

    @property
    def label(self) -> str:
        """ "O(log(m+n)) time", "O(1) extra space", or both."""
        parts = [f"{self.time} time"] if self.time else []
        parts += [f"{self.space} extra space"] if self.space else []
        return " and ".join(parts) or self.id


class Hint(Strict):
    """One hint, in English and, where the problem has a Chinese statement, in Chinese."""

    en: str = Field(min_length=1)
    zh: str | None = Field(None, min_length=1)

    def text(self, language: str) -> str | None:
        """The hint in ``language``; None when it has no such translation."""
        return {"en": self.en, "zh": self.zh}.get(language)


class Generator(Strict):
    seed: int = 0


class ProblemSpec(Strict):
    slug: Slug
    title: str = Field(min_length=1)
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[Slug] = Field(min_length=1)
    source: Source
    entry: Entry
    limits: Limits = Limits()
    checker: Checker = Checker()
    constraints: list[str] = []
    examples: list[Example] = Field(min_length=1)
    follow_up: list[FollowUp] = []
    # From a nudge to nearly the idea, released one at a time by `judge hint` (validate wants 2 to 4).
    hints: list[Hint] = Field([], max_length=4)
    generator: Generator | None = None

    @model_validator(mode="after")
    def _examples_fit_entry(self) -> ProblemSpec:
        for number, example in enumerate(self.examples, 1):
            problem = args_problem(self.entry, example.args)
            if problem:
                raise ValueError(f"examples[{number}]: {problem}")
        return self


def args_problem(entry: FunctionEntry | ClassEntry, args: dict[str, Any]) -> str | None:
    """Why ``args`` cannot be passed to ``entry``, or None when they fit."""
    if isinstance(entry, FunctionEntry):
        expected = [p.name for p in entry.params]
        if sorted(args) != sorted(expected):
            return f"args must name exactly {expected}, got {sorted(args)}"
        return None
    if sorted(args) != ["arguments", "operations"]:
        return "a design problem's args are {operations: [...], arguments: [...]}"
    operations, arguments = args["operations"], args["arguments"]
    if not isinstance(operations, list) or not isinstance(arguments, list) or len(operations) != len(arguments):
        return "operations and arguments must be lists of the same length"
    if not operations or operations[0] != entry.name:
        return f"operations must start with the constructor {entry.name!r}"
    if len(arguments[0]) != len(entry.init):
        return f"{entry.name}() takes {len(entry.init)} argument(s)"
    for index, (name, call_args) in enumerate(zip(operations[1:], arguments[1:]), 1):
        method = entry.method(name)
        if method is None:
            return f"operations[{index}]: {name!r} is not a method of {entry.name}"
        if not isinstance(call_args, list) or len(call_args) != len(method.params):
            return f"operations[{index}]: {name}() takes {len(method.params)} argument(s)"
    return None


def _describe_location(location: tuple[Any, ...]) -> str:
    parts = [str(part) for part in location if part not in ("function", "class")]
    return ".".join(parts) or "(top level)"


def format_validation_error(path: Path, error: ValidationError) -> str:
    lines = [f"{path}: invalid problem spec"]
    for item in error.errors():
        where = _describe_location(item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        lines.append(f"  {where}: {message}")
    return "\n".join(lines)


def load_spec(path: Path) -> ProblemSpec:
    """Parse and validate one problem.yaml, raising SpecError naming file and field."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecError(f"{path}: cannot read: {error.strerror}") from None
    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise SpecError(f"{path}: not valid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping of fields, got {type(data).__name__}")
    try:
        return ProblemSpec.model_validate(data)
    except ValidationError as error:
        raise SpecError(format_validation_error(path, error)) from None
