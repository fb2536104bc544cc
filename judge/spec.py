"""The problem.yaml schema and its loader with readable errors.

The schema is plain frozen dataclasses, so that code which only reads a spec
(every `run` and `submit`) never imports pydantic: building pydantic's
validators for these classes costs about 80 ms, more than half of what a
submission's host side spends before its first case. pydantic still validates
every problem.yaml (``validate_spec``), from the same classes: the constraints
are ``annotated_types`` markers and ``_Lazy`` markers that import pydantic only
when a validator is built, and the checks that span fields are the classes'
``__post_init__``, which pydantic runs after validating the fields (and which a
direct construction runs too). judge/speccache.py keeps what passed.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from judge.errors import SpecError
from judge.typenames import parse_type

if TYPE_CHECKING:
    from pydantic import ValidationError


class _Lazy:
    """An ``Annotated`` marker standing for a constraint pydantic knows (``Ge``,
    ``AfterValidator``, ``Discriminator``...), made only when pydantic builds a
    validator: importing pydantic or annotated_types is the cost this avoids."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        return handler(Annotated[source, self._make()])


def _bound(name: str, value: int) -> _Lazy:
    """annotated_types' ``Ge``, ``Le``, ``MinLen`` or ``MaxLen`` of ``value``."""

    def make() -> Any:
        import annotated_types

        return getattr(annotated_types, name)(value)

    return _Lazy(make)


def _after(check: Callable[[Any], Any]) -> _Lazy:
    def make() -> Any:
        from pydantic import AfterValidator

        return AfterValidator(check)

    return _Lazy(make)


def _tagged(key: str) -> _Lazy:
    def make() -> Any:
        from pydantic import Discriminator

        return Discriminator(key)

    return _Lazy(make)


def _check_type(text: str) -> str:
    parse_type(text)
    return text


def _check_identifier(name: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{name!r} is not a Python identifier")
    return name


def _pattern(regex: str, what: str) -> _Lazy:
    compiled = re.compile(regex)

    def check(text: str) -> str:
        if not compiled.fullmatch(text):
            raise ValueError(f"{text!r} is not {what}")
        return text

    return _after(check)


TypeName = Annotated[str, _after(_check_type)]
Identifier = Annotated[str, _after(_check_identifier)]
Slug = Annotated[str, _pattern(r"[a-z0-9]+(-[a-z0-9]+)*", "a slug (lowercase words joined by '-')")]


class Strict:
    # Read by pydantic when it validates these dataclasses: a misspelt field is an error.
    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}


@dataclass(frozen=True, kw_only=True)
class Source(Strict):
    interview: str  # which interview or write-up asked it
    notes: str | None = None  # file in shared/interview-notes
    leetcode: str | None = None  # the LeetCode problem it mirrors, if any


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class Method(Strict):
    name: Identifier
    params: list[Param] = field(default_factory=list)
    returns: TypeName = "None"  # None: the method returns nothing, and whatever it returns is ignored

    @property
    def void(self) -> bool:
        return parse_type(self.returns).base == "None"


@dataclass(frozen=True, kw_only=True)
class Alias(Strict):
    """Another name LeetCode gives the entry point (a renamed problem), with its own parameter names."""

    name: Identifier
    params: list[Identifier]
    note: str = ""  # where the name comes from, for `judge show`


@dataclass(frozen=True, kw_only=True)
class FunctionEntry(Strict):
    kind: Literal["function"]
    name: Identifier
    params: list[Param]
    returns: TypeName
    preserve_input: bool = False  # the linked lists passed in must keep their structure and values
    aliases: list[Alias] = field(default_factory=list)  # other names the solution may give the entry point

    def __post_init__(self) -> None:
        seen = {self.name}
        for alias in self.aliases:
            if alias.name in seen:
                raise ValueError(f"alias {alias.name!r} repeats a name of the entry point")
            seen.add(alias.name)
            if len(alias.params) != len(self.params):
                raise ValueError(f"alias {alias.name!r} must name {len(self.params)} parameter(s), one for each of {self.name}'s")


@dataclass(frozen=True, kw_only=True)
class ClassEntry(Strict):
    kind: Literal["class"]
    name: Identifier
    methods: Annotated[list[Method], _bound("MinLen", 1)]
    init: list[Param] = field(default_factory=list)
    measure_retained: bool = False  # measure from outside the process the memory the solution holds

    def method(self, name: str) -> Method | None:
        return next((m for m in self.methods if m.name == name), None)


Entry = Annotated[FunctionEntry | ClassEntry, _tagged("kind")]


OUTPUT_KB = 16 * 1024


def size_text(kb: int) -> str:
    """``16 MB``, ``512 KB``."""
    return f"{kb // 1024} MB" if kb >= 1024 and kb % 1024 == 0 else f"{kb} KB"


@dataclass(frozen=True, kw_only=True)
class Limits(Strict):
    time_ms: Annotated[int, _bound("Ge", 50), _bound("Le", 60_000)] = 2000  # CPU time per case
    memory_mb: Annotated[int, _bound("Ge", 16), _bound("Le", 4096)] = 256
    # Print-debugging must never fail a correct solution: a handful of prints per
    # call of the largest input fits (tests/test_solve_loop.py checks it for every
    # problem); only a flood reaches the cap. The cap is on stdout and on stderr, each.
    output_kb: Annotated[int, _bound("Ge", 1), _bound("Le", 65_536)] = OUTPUT_KB

    @property
    def wall_ms(self) -> int:
        # Sleeping or blocked solutions burn no CPU; wall time catches them.
        return self.time_ms * 3 + 1000


@dataclass(frozen=True, kw_only=True)
class Checker(Strict):
    kind: Literal["exact", "float", "unordered", "node", "numeric", "custom"] = "exact"
    abs_tol: Annotated[float, _bound("Ge", 0)] = 1e-9
    rel_tol: Annotated[float, _bound("Ge", 0)] = 1e-9
    options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # numeric: options.parts names a returned tuple's members, options.dtype how strictly
        # an array's element type must match (family: float vs integer vs bool; exact; any).
        if self.kind != "numeric":
            return
        unknown = sorted(set(self.options) - {"parts", "dtype"})
        if unknown:
            raise ValueError(f"unknown numeric checker option(s) {unknown}; use parts, dtype")
        parts = self.options.get("parts")
        if parts is not None and not (isinstance(parts, list) and parts and all(isinstance(p, str) and p for p in parts)):
            raise ValueError("options.parts must be a list of names, one per member of the returned tuple")
        if self.options.get("dtype", "family") not in ("family", "exact", "any"):
            raise ValueError("options.dtype must be family, exact or any")


@dataclass(frozen=True, kw_only=True)
class Example(Strict):
    args: dict[str, Any]
    output: Any  # the answer as the checker compares it
    display: str = ""  # the answer as a person reads it, when output is not (a node reference)
    explanation: str = ""


@dataclass(frozen=True, kw_only=True)
class Ladder(Strict):
    """The sizes a follow-up is measured on; the inputs come from the package's ladder.py
    (``build(n, rng)``, seeded with ``seed``), built inside the sandbox before the clock starts."""

    sizes: Annotated[list[int], _bound("MinLen", 3)]  # n at each rung, growing
    seed: int = 0
    file: Annotated[str, _pattern(r"[a-z0-9_]+\.py", "a file name like ladder.py")] = "ladder.py"

    def __post_init__(self) -> None:
        if any(n < 2 for n in self.sizes) or self.sizes != sorted(set(self.sizes)):
            raise ValueError("sizes must grow strictly, from 2 up")


@dataclass(frozen=True, kw_only=True)
class FollowUp(Strict):
    id: Slug
    text: str
    checked: bool = False  # whether the judge measures it on every accepted submission
    time: str | None = None  # the CPU-time class asked for, as "O(log(m+n))"
    space: str | None = None  # the extra-space class asked for; only "O(1)" is measured
    ladder: Ladder | None = None
    note: str = ""  # for an unchecked follow-up: why the judge does not measure it

    def __post_init__(self) -> None:
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


@dataclass(frozen=True, kw_only=True)
class Hint(Strict):
    """One hint, in English and, where the problem has a Chinese statement, in Chinese."""

    en: Annotated[str, _bound("MinLen", 1)]
    zh: Annotated[str, _bound("MinLen", 1)] | None = None

    def text(self, language: str) -> str | None:
        """The hint in ``language``; None when it has no such translation."""
        return {"en": self.en, "zh": self.zh}.get(language)


@dataclass(frozen=True, kw_only=True)
class Generator(Strict):
    seed: int = 0


@dataclass(frozen=True, kw_only=True)
class ProblemSpec(Strict):
    slug: Slug
    title: Annotated[str, _bound("MinLen", 1)]
    difficulty: Literal["easy", "medium", "hard"]
    tags: Annotated[list[Slug], _bound("MinLen", 1)]
    source: Source
    entry: Entry
    examples: Annotated[list[Example], _bound("MinLen", 1)]
    limits: Limits = field(default_factory=Limits)
    checker: Checker = field(default_factory=Checker)
    constraints: list[str] = field(default_factory=list)
    follow_up: list[FollowUp] = field(default_factory=list)
    # From a nudge to nearly the idea, released one at a time by `judge hint` (validate wants 2 to 4).
    hints: Annotated[list[Hint], _bound("MaxLen", 4)] = field(default_factory=list)
    generator: Generator | None = None

    def __post_init__(self) -> None:
        for number, example in enumerate(self.examples, 1):
            problem = args_problem(self.entry, example.args)
            if problem:
                raise ValueError(f"examples[{number}]: {problem}")


def spec_json(part: Any) -> str:
    """A spec or a part of it as JSON with sorted keys: a cache key, or a text to search."""
    return json.dumps(asdict(part), sort_keys=True, default=str)


def signature_types(entry: FunctionEntry | ClassEntry) -> list[str]:
    """Every type the entry point's signature names (parameters and returns; a design
    class's constructor and methods), for a language to say whether it can pass them."""
    if isinstance(entry, FunctionEntry):
        return [p.type for p in entry.params] + [entry.returns]
    return [p.type for p in entry.init] + [p.type for m in entry.methods for p in m.params] + [m.returns for m in entry.methods]


def signature_mentions(entry: FunctionEntry | ClassEntry, name: str) -> bool:
    """Whether a type of the entry point's signature names ``name`` (``ListNode``,
    ``ndarray``), nested or not; descriptions and names do not count."""
    return any(name in text for text in signature_types(entry))


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


# pydantic's words for a dataclass's arguments, in the words of a YAML file's fields.
_MESSAGES = {"missing_argument": "Field required", "unexpected_keyword_argument": "unknown field (misspelt?)"}


def format_validation_error(path: Path, error: ValidationError) -> str:
    lines = [f"{path}: invalid problem spec"]
    for item in error.errors():
        where = _describe_location(item["loc"])
        message = _MESSAGES.get(item["type"], item["msg"].removeprefix("Value error, "))
        lines.append(f"  {where}: {message}")
    return "\n".join(lines)


def validate_spec(data: Any) -> ProblemSpec:
    """``data`` (problem.yaml's mapping) validated by pydantic; raises its ValidationError."""
    return _validator(ProblemSpec).validate_python(data)


def validate_part(kind: type[Any], data: Any) -> Any:
    """One part of a spec (a FollowUp, a Checker) validated as in a problem.yaml."""
    return _validator(kind).validate_python(data)


_VALIDATORS: dict[type[Any], Any] = {}


def _validator(kind: type[Any]) -> Any:
    if kind not in _VALIDATORS:
        from pydantic import TypeAdapter

        _VALIDATORS[kind] = TypeAdapter(kind)
    return _VALIDATORS[kind]


def load_spec(path: Path, content: bytes | None = None) -> ProblemSpec:
    """Parse and validate one problem.yaml (``content``: its bytes, already read),
    raising SpecError naming file and field."""
    try:
        text = (path.read_bytes() if content is None else content).decode("utf-8")
    except OSError as error:
        raise SpecError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise SpecError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    import yaml
    from pydantic import ValidationError

    from judge.yamlfile import load_yaml

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
        return validate_spec(data)
    except ValidationError as error:
        raise SpecError(format_validation_error(path, error)) from None
