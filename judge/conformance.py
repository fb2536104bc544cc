"""Does a decoded answer have the type the problem declares?

Checked on the host before any checker sees the answer, so a checker (the
problem package's code) only ever gets values of the declared shape, and a
solution that returns a dict, a complex number or 3.0 for an int gets one
sentence saying so (WA), never a checker crash that blames the package.
"""

from __future__ import annotations

from typing import Any

from judge.typenames import TypeRef, parse_type
from judge.values import Foreign, find_foreign, show


def describe(value: Any) -> str:
    """What a value is, in a few words: "a float (3.0)", "a dict", "a list of 3"."""
    if isinstance(value, Foreign):
        return value.describe()
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"a bool ({value})"
    if isinstance(value, (int, float, str)):
        article = "an" if isinstance(value, int) else "a"
        return f"{article} {type(value).__name__} ({show(value, 40)})"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        if "$ndarray" in value:
            return f"an array of dtype {value['$ndarray'].get('dtype')}"
        if "$node" in value or "$foreign_node" in value:
            return "a node"
        return "a dict"
    return f"a {type(value).__name__}"


def _numeric_grid(value: Any, bools: bool) -> bool:
    """Nested lists of one rectangular shape with numbers as leaves: what reads as an array."""
    level = [value]
    while level and all(isinstance(item, list) for item in level):
        sizes = {len(item) for item in level}
        if len(sizes) != 1:
            return False
        level = [inner for item in level for inner in item]
    return all((isinstance(item, bool) and bools) or (isinstance(item, (int, float)) and not isinstance(item, bool)) for item in level)


def _conforms(value: Any, ref: TypeRef) -> bool:
    base = ref.base
    if value is None and (ref.optional or base in ("None", "Any")):
        return True
    if base == "Any":
        return True
    if base == "None":
        return value is None
    if base == "bool":
        return isinstance(value, bool)
    if base == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if base == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if base == "str":
        return isinstance(value, str)
    if ref.is_node:
        return isinstance(value, dict) and ("$node" in value or "$foreign_node" in value)
    if ref.is_array:
        if isinstance(value, dict):
            return "$ndarray" in value
        return _numeric_grid(value, bools=ref.dtype == "bool")
    if base == "list":
        return isinstance(value, list) and all(_conforms(item, ref.args[0]) for item in value)
    if base == "tuple":
        return isinstance(value, list) and len(value) == len(ref.args) and all(_conforms(v, r) for v, r in zip(value, ref.args))
    if base == "dict":
        return isinstance(value, dict) and not {"$ndarray", "$node", "$foreign_node"} & set(value)
    return True


def _first_mismatch(value: Any, ref: TypeRef, path: str) -> tuple[str, Any, TypeRef]:
    """Where inside ``value`` the declared type is first broken, for the message."""
    if isinstance(value, list) and ref.base == "list" and ref.args and not (value is None and ref.optional):
        for index, item in enumerate(value):
            if not _conforms(item, ref.args[0]):
                return _first_mismatch(item, ref.args[0], f"{path}[{index}]")
    if isinstance(value, list) and ref.base == "tuple" and len(value) == len(ref.args):
        for index, (item, inner) in enumerate(zip(value, ref.args)):
            if not _conforms(item, inner):
                return _first_mismatch(item, inner, f"{path}[{index}]")
    return path, value, ref


def mismatch(value: Any, declared: str) -> str | None:
    """None when ``value`` has the ``declared`` type, else one sentence on what is wrong."""
    ref = parse_type(declared)
    if not _conforms(value, ref):
        where, part, expected = _first_mismatch(value, ref, "")
        at = f" at {where}" if where else ""
        return f"returned {describe(part)}{at}; expected {expected.text}"
    # Of the declared type, but holding something foreign where anything goes (Any, a dict's values).
    foreign = find_foreign(value)
    if foreign is not None:
        where, what = foreign
        at = f" at {where}" if where else ""
        return f"returned {what.describe()}{at}; expected {declared}"
    return None


def outputs_mismatch(value: Any, operations: Any, returns: dict[str, str]) -> str | None:
    """A design problem's outputs: one per operation, the constructor's None."""
    foreign = mismatch(value, "Any")
    if foreign:
        return foreign
    if not isinstance(value, list) or not isinstance(operations, list) or len(value) != len(operations):
        return None  # the checker says how the list of outputs is wrong
    for index, (name, output) in enumerate(zip(operations, value)):
        declared = "None" if index == 0 else returns.get(name)
        if declared is not None and not _conforms(output, parse_type(declared)):
            return f"outputs[{index}] ({name}) returned {describe(output)}; expected {declared}"
    return None
