"""A case's values the way the problem's statement writes them, for a person.

``judge show`` writes inputs LeetCode's way: ``nums = [2,7,11,15], target = 9``,
``head = [3,2,0,-4], pos = 1``. A case's input, the solution's answer and the
expected one are shown the same way here: Python's ``None`` and ``True``, a
returned node in words ("the node with val 3 (index 2 of head)"), arrays as
numpy prints them. The harness's escapes (``{"$node": ...}``, ``$ndarray``,
``$foreign_node``) never appear.

Values may come from the solution: every text here is cut before it is
formatted (a 40 MB answer costs what its first lines cost) and returned
through ``inert``, so callers put it in ``rich.text.Text``, never in markup.
"""

from __future__ import annotations

from typing import Any

from judge.spec import ClassEntry, FunctionEntry
from judge.text import inert
from judge.typenames import TypeRef, parse_type
from judge.values import Foreign, node_text, plain, show

VALUE_CHARS = 600
# Arrays are summarised the way numpy prints a large one: the first and last rows and items.
_ARRAY_THRESHOLD = 200
_ARRAY_EDGE = 3
_ARRAY_WIDTH = 100


def _is_node_value(value: Any) -> bool:
    return isinstance(value, dict) and len(value) == 1 and ("$node" in value or "$foreign_node" in value)


def _array_text(value: Any, dtype: str | None, limit: int) -> str:
    """``value`` (an ``$ndarray`` or nested lists) as numpy prints it, or as a list when it is no array."""
    data = value
    if isinstance(value, dict) and set(value) == {"$ndarray"} and isinstance(value["$ndarray"], dict):
        dtype = value["$ndarray"].get("dtype") or dtype
        data = plain(value)
    if not isinstance(data, (list, int, float)):
        return show(value, limit)
    import numpy as np

    try:
        array = np.asarray(data, dtype=dtype)
    except (ValueError, TypeError, OverflowError):  # ragged, or not numbers: not an array
        return show(value, limit)
    text = np.array2string(array, threshold=_ARRAY_THRESHOLD, edgeitems=_ARRAY_EDGE, max_line_width=_ARRAY_WIDTH)
    return text if len(text) <= limit * 4 else text[: limit * 4] + "…"


def value_text(value: Any, declared: TypeRef | str | None = None, args: dict[str, Any] | None = None, limit: int = VALUE_CHARS) -> str:
    """One value (an answer, or one argument) in the statement's notation; may span lines (arrays)."""
    ref = parse_type(declared) if isinstance(declared, str) else declared
    if isinstance(value, Foreign):
        text = str(value)
    elif _is_node_value(value):
        text = node_text(value, args)
    elif ref is not None and value is not None and ref.is_array:
        text = _array_text(value, ref.dtype, limit)
    elif isinstance(value, dict) and "$ndarray" in value:
        text = _array_text(value, None, limit)
    elif ref is not None and ref.base == "tuple" and isinstance(value, list) and len(value) == len(ref.args):
        parts = [value_text(item, inner, args, limit) for item, inner in zip(value, ref.args)]
        text = _tuple_text(parts)
    elif ref is not None and ref.base == "list" and ref.args and ref.args[0].is_array and isinstance(value, list):
        parts = [value_text(item, ref.args[0], args, limit) for item in value[:20]]
        text = _tuple_text(parts, "[", "]") + (f"\n… ({len(value)} arrays)" if len(value) > 20 else "")
    else:
        text = show(value, limit)
    return inert(text, limit * 8)


def _tuple_text(parts: list[str], opening: str = "(", closing: str = ")") -> str:
    if all("\n" not in part for part in parts) and sum(len(part) for part in parts) < 80:
        return opening + ", ".join(parts) + closing
    # One member per line, its continuation lines indented under it.
    lines = [f"{opening if number == 0 else ' '}{part.replace(chr(10), chr(10) + '  ')}," for number, part in enumerate(parts)]
    return "\n".join(lines)[:-1] + closing


def _linked_list_text(value: Any, limit: int) -> str:
    """A ListNode argument as the statement writes it: ``[3,2,0,-4], pos = 1``."""
    if not isinstance(value, dict) or not isinstance(value.get("values"), list):
        return show(value, limit)
    text = show(value["values"], limit)
    if "pos" in value:
        return f"{text}, pos = {show(value['pos'], 40)}"
    join = value.get("join")
    if isinstance(join, dict):
        return f"{text} then joins {show(join.get('param'), 40).strip(chr(34))} at node {show(join.get('index'), 40)}"
    return text


def args_text(entry: FunctionEntry | ClassEntry | None, args: dict[str, Any], limit: int = VALUE_CHARS) -> str:
    """A case's input as ``judge show`` writes an example's: ``nums = [2,7,11,15], target = 9``."""
    if isinstance(entry, ClassEntry) and set(args) == {"operations", "arguments"}:
        text = f"{show(args['operations'], limit)}\n{show(args['arguments'], limit)}"
        return inert(text, limit * 4)
    types = {param.name: parse_type(param.type) for param in entry.params} if isinstance(entry, FunctionEntry) else {}
    parts = []
    for name, value in args.items():
        ref = types.get(name)
        if ref is not None and ref.is_node:
            shown = _linked_list_text(value, limit)
        elif ref is not None:
            shown = value_text(value, ref, args, limit)
        else:
            shown = show(value, limit)
        parts.append(f"{name} = " + shown.replace("\n", "\n" + " " * (len(name) + 3)))
    multiline = any("\n" in part for part in parts)
    return inert(("\n" if multiline else ", ").join(parts), limit * 8)


def answer_text(entry: FunctionEntry | ClassEntry | None, value: Any, args: dict[str, Any], limit: int = VALUE_CHARS) -> str:
    """An answer (the solution's or the expected one) in the statement's notation."""
    declared = entry.returns if isinstance(entry, FunctionEntry) else None
    return value_text(value, declared, args, limit)
