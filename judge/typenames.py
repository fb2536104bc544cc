"""The small type language of problem specs: ``int``, ``list[int]``, ``ListNode | None``..."""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALARS = frozenset({"int", "float", "bool", "str", "None", "Any"})
NODES = frozenset({"ListNode"})
ARRAYS = frozenset({"ndarray"})
_GENERIC = re.compile(r"^(list|dict)\[(.*)\]$")


@dataclass(frozen=True)
class TypeRef:
    text: str
    base: str
    args: tuple[TypeRef, ...] = ()
    optional: bool = False

    @property
    def is_node(self) -> bool:
        return self.base in NODES

    def python(self) -> str:
        """The annotation a solution template writes for this type."""
        if self.args:
            inner = ", ".join(arg.python() for arg in self.args)
            text = f"{self.base}[{inner}]"
        elif self.base == "ndarray":
            text = "np.ndarray"
        else:
            text = self.base
        return f"{text} | None" if self.optional else text


def _split_top(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == sep and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


def parse_type(text: str) -> TypeRef:
    """Parse a type name, raising ValueError with what is allowed."""
    text = text.strip()
    alternatives = _split_top(text, "|")
    optional = "None" in alternatives and len(alternatives) > 1
    rest = [alt for alt in alternatives if alt != "None"] if optional else alternatives
    if len(rest) != 1:
        raise ValueError(f"unsupported union {text!r}: only 'T | None' is allowed")
    core = rest[0]
    match = _GENERIC.match(core)
    if match:
        base, inner = match.group(1), match.group(2)
        args = tuple(parse_type(part) for part in _split_top(inner, ","))
        expected = 1 if base == "list" else 2
        if len(args) != expected:
            raise ValueError(f"{base}[...] takes {expected} type argument(s) in {text!r}")
        return TypeRef(text, base, args, optional)
    if core in SCALARS or core in NODES or core in ARRAYS:
        return TypeRef(text, core, (), optional)
    allowed = ", ".join(sorted(SCALARS | NODES | ARRAYS))
    raise ValueError(f"unknown type {core!r}; use {allowed}, list[T], dict[K, V] or 'T | None'")
