"""A case a person types after ``judge run -i``, in the notation ``judge show`` prints.

    nums = [2,7,11,15], target = 9
    head = [3,2,0,-4], pos = 1
    headA = [4,1,8,4,5], headB = [5,6,1] then joins headA at node 2
    ["Skiplist","add","search"]  [[],[1],[1]]          (a design problem: its two lines)

JSON (``{"nums": [2, 7], "target": 9}``) is read too. Values are Python or
JSON literals (``None`` or ``null``, ``True`` or ``true``); nothing is ever
evaluated. Each argument is then checked against the declared type, with one
sentence in the problem's terms when it does not fit: "nums must be a list of
ints; got a string".
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

from judge.conformance import _conforms, _numeric_grid
from judge.spec import ClassEntry, FunctionEntry
from judge.typenames import TypeRef, parse_type

_JOIN = re.compile(r"^(?P<values>.*?)\s+then\s+joins\s+(?P<param>[A-Za-z_]\w*)\s+at\s+node\s+(?P<index>-?\d+)\s*$", re.DOTALL)
_NAME = re.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<value>.*?)\s*$", re.DOTALL)


class InputError(ValueError):
    """Why the typed text is not a case of this problem, in one sentence."""


def parse_input(entry: FunctionEntry | ClassEntry, text: str) -> dict[str, Any]:
    """The case's arguments by name, from JSON or from the statement's notation."""
    stripped = text.strip()
    if not stripped:
        raise InputError("it is empty")
    if stripped.startswith("{"):
        try:
            args = json.loads(stripped)
        except ValueError as error:
            raise InputError(f"it is not valid JSON: {error}") from None
        if not isinstance(args, dict):
            raise InputError("it must be the arguments by name")
        return args
    if isinstance(entry, ClassEntry):
        return _design_input(stripped)
    return _named_input(entry, stripped)


def _split_top(text: str) -> list[str]:
    """``text`` cut at the commas and newlines outside brackets and quotes."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    quote = ""
    escaped = False
    for char in text:
        if quote:
            current.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char in "[({":
            depth += 1
        elif char in "])}":
            depth -= 1
        if char in ",\n;" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def literal(text: str, what: str) -> Any:
    """A JSON or Python literal; never evaluated as code."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise InputError(f"{what} is not a value: {text[:80]!r} (write numbers, [lists], \"strings\", None, True or False)") from None


def _named_input(entry: FunctionEntry, text: str) -> dict[str, Any]:
    params = {param.name: parse_type(param.type) for param in entry.params}
    args: dict[str, Any] = {}
    last_list: str | None = None
    for piece in _split_top(text):
        match = _NAME.match(piece)
        if match is None:
            names = ", ".join(f"{name} = ..." for name in params)
            raise InputError(f"{piece[:60]!r} is not `name = value`; write {names}")
        name, value_text = match.group("name"), match.group("value")
        if name == "pos" and name not in params:
            if last_list is None:
                raise InputError("pos belongs after a linked list, as in head = [3,2,0,-4], pos = 1")
            pos = literal(value_text, "pos")
            args[last_list] = {"values": args[last_list], "pos": pos}
            continue
        if name not in params:
            raise InputError(f"{name} is not a parameter: {entry.name}() takes {', '.join(params)}")
        if name in args:
            raise InputError(f"{name} is given twice")
        joined = _JOIN.match(value_text) if params[name].is_node else None
        if joined is not None:
            values = literal(joined.group("values"), name)
            args[name] = {"values": values, "join": {"param": joined.group("param"), "index": int(joined.group("index"))}}
            last_list = None
            continue
        args[name] = literal(value_text, name)
        last_list = name if params[name].is_node and isinstance(args[name], list) else None
    return args


def _design_input(text: str) -> dict[str, Any]:
    pieces = _split_top(text)
    named = [_NAME.match(piece) for piece in pieces]
    if all(named) and pieces:
        values = {match.group("name"): literal(match.group("value"), match.group("name")) for match in named if match}
        if set(values) != {"operations", "arguments"}:
            raise InputError("a design problem's case is operations = [...], arguments = [...]")
        return values
    if len(pieces) != 2:
        raise InputError('write the two lines `judge show` prints: ["Skiplist","add"] then [[],[1]]')
    return {"operations": literal(pieces[0], "the operations"), "arguments": literal(pieces[1], "the arguments")}


# --------------------------------------------------------------------------
# Types, in the problem's terms


def type_words(ref: TypeRef, plural: bool = False) -> str:
    """``list[int]`` -> "a list of ints"; ``ListNode | None`` -> "a linked list like [1,2,3], or None"."""
    base = ref.base
    if ref.is_node:
        words = "linked lists" if plural else "a linked list like [1,2,3]"
    elif ref.is_array:
        kind = {"int64": "ints", "int32": "ints", "bool": "True/False values"}.get(ref.dtype or "", "numbers")
        words = f"arrays of {kind}" if plural else f"an array of {kind} (nested lists, like [[1.0,2.0],[3.0,4.0]])"
    elif base == "list" and ref.args:
        words = f"lists of {type_words(ref.args[0], True)}" if plural else f"a list of {type_words(ref.args[0], True)}"
    elif base == "tuple":
        words = "lists" if plural else f"a list of {len(ref.args)} values"
    elif base == "dict":
        words = "mappings" if plural else 'a mapping of names to values, like {"gamma": 0.5}'
    else:
        singular = {"int": "an int", "float": "a number", "bool": "True or False", "str": "a string", "None": "None"}
        many = {"int": "ints", "float": "numbers", "bool": "True/False values", "str": "strings", "None": "Nones"}
        words = (many if plural else singular).get(base, "values" if plural else "any value")
    return f"{words} or None" if ref.optional and not plural else words


def value_words(value: Any) -> str:
    """What a typed value is: "a string", "an int (5)", "a list holding a string at [2]"."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"{value}"
    if isinstance(value, int):
        return f"an int ({value})" if abs(value) < 10**12 else "an int"
    if isinstance(value, float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


def _input_conforms(value: Any, ref: TypeRef) -> bool:
    if value is None:
        return ref.optional or ref.base in ("None", "Any")
    if ref.is_node:
        if isinstance(value, dict) and isinstance(value.get("values"), list):
            value = value["values"]
        return isinstance(value, list) and all(isinstance(item, int) and not isinstance(item, bool) for item in value)
    if ref.is_array:
        return isinstance(value, (list, int, float)) and not isinstance(value, bool) and _numeric_grid(value, bools=ref.dtype == "bool")
    if ref.base == "list" and ref.args:
        return isinstance(value, list) and all(_input_conforms(item, ref.args[0]) for item in value)
    return _conforms(value, ref)


def _where(value: Any, ref: TypeRef, path: str = "") -> tuple[str, Any]:
    """The first element of ``value`` that breaks ``ref``, for the message."""
    if isinstance(value, list) and ref.base == "list" and ref.args and not ref.is_node:
        for index, item in enumerate(value):
            if not _input_conforms(item, ref.args[0]):
                return _where(item, ref.args[0], f"{path}[{index}]")
    return path, value


def type_problem(entry: FunctionEntry | ClassEntry, args: dict[str, Any]) -> str | None:
    """None when every argument has its declared type, else one sentence on the first that does not."""
    if not isinstance(entry, FunctionEntry):
        return None
    names = [param.name for param in entry.params]
    takes = f"{entry.name}() takes {', '.join(names)}"
    unknown = [name for name in args if name not in names]
    if unknown:
        return f"{unknown[0]} is not a parameter: {takes}"
    missing = [name for name in names if name not in args]
    if missing:
        return f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing: {takes}"
    for param in entry.params:
        if param.name not in args:
            continue
        ref = parse_type(param.type)
        value = args[param.name]
        if _input_conforms(value, ref):
            continue
        if ref.is_node and isinstance(value, dict) and "values" in value:
            value = value["values"]  # [3,2,0,-4], pos = 1: the list is what is wrong
        if ref.is_node and isinstance(value, list):
            ref = parse_type("list[int]")
        where, part = _where(value, ref)
        got = value_words(value) if not where else f"{value_words(value)} holding {value_words(part)} at {where}"
        if ref.is_array and isinstance(value, list) and not where and _numeric_grid(value, bools=True) is False:
            got = "lists of different lengths, or holding something other than numbers (an array is rectangular)"
        return f"{param.name} must be {type_words(ref)}; got {got}"
    return None
