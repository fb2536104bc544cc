"""The small type language of problem specs: ``int``, ``list[int]``, ``ListNode | None``,
``ndarray`` (float64), ``ndarray[int64]``, ``tuple[float, ndarray]``..."""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALARS = frozenset({"int", "float", "bool", "str", "None", "Any"})
NODES = frozenset({"ListNode"})
ARRAYS = frozenset({"ndarray"})
# The element types an ``ndarray[...]`` parameter may ask for; a bare
# ``ndarray`` is float64, what from-scratch ML code computes in.
DTYPES = frozenset({"float64", "float32", "int64", "int32", "bool"})
DEFAULT_DTYPE = "float64"
_GENERIC = re.compile(r"^(list|dict|tuple|ndarray)\[(.*)\]$")


@dataclass(frozen=True)
class TypeRef:
    text: str
    base: str
    args: tuple[TypeRef, ...] = ()
    optional: bool = False
    dtype: str | None = None

    @property
    def is_node(self) -> bool:
        return self.base in NODES

    @property
    def is_array(self) -> bool:
        return self.base in ARRAYS

    def python(self) -> str:
        """The annotation a solution template writes for this type."""
        if self.base == "ndarray":
            text = "np.ndarray"
        elif self.args:
            inner = ", ".join(arg.python() for arg in self.args)
            text = f"{self.base}[{inner}]"
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
        if base == "ndarray":
            dtype = inner.strip()
            if dtype not in DTYPES:
                raise ValueError(f"unknown dtype {dtype!r} in {text!r}; use one of {', '.join(sorted(DTYPES))}")
            return TypeRef(text, base, (), optional, dtype)
        args = tuple(parse_type(part) for part in _split_top(inner, ","))
        expected = {"list": 1, "dict": 2}.get(base, len(args))
        if len(args) != expected:
            raise ValueError(f"{base}[...] takes {expected} type argument(s) in {text!r}")
        return TypeRef(text, base, args, optional)
    if core in ARRAYS:
        return TypeRef(text, core, (), optional, DEFAULT_DTYPE)
    if core in SCALARS or core in NODES:
        return TypeRef(text, core, (), optional)
    allowed = ", ".join(sorted(SCALARS | NODES | ARRAYS))
    raise ValueError(f"unknown type {core!r}; use {allowed}, ndarray[DTYPE], list[T], dict[K, V], tuple[T, ...] or 'T | None'")
