"""The complexity classes a follow-up may ask for, and how each grows over a ladder of sizes.

A follow-up writes its class as an interviewer says it ("O(log (m+n))", "O(n)",
"O(1)"); the judge reads the shape, whatever the size is called: n, m+n, k.
"""

from __future__ import annotations

import math
import re

# Simplest first: the fit prefers the earlier of two classes that explain the timings alike.
CLASSES = ("1", "log n", "n", "n log n", "n^2")

_SHAPES = {
    "1": "1",
    "logs": "log n",
    "s": "n",
    "slogs": "n log n",
    "s^2": "n^2",
    "s*s": "n^2",
    "s²": "n^2",
}


def parse_class(text: str) -> str:
    """The class ``text`` names ("O(log(m+n))" -> "log n"); ValueError when it names none we measure."""
    body = re.sub(r"\s+", "", text)
    match = re.fullmatch(r"O\((.+)\)", body)
    if match is None:
        raise ValueError(f"{text!r} is not written O(...)")
    inner = match.group(1).replace("*", "") if "^" not in match.group(1) else match.group(1)
    # Whatever names the size (n, m+n, (m+n), k) becomes s.
    inner = re.sub(r"\(?[a-z](\+[a-z])*\)?", "s", inner.replace("log", "LOG")).replace("LOG", "log")
    inner = inner.replace("log(s)", "logs")
    shape = _SHAPES.get(inner)
    if shape is None:
        raise ValueError(f"{text!r}: the judge measures only O(1), O(log n), O(n), O(n log n) and O(n^2)")
    return shape


def growth(kind: str, n: float) -> float:
    """g(n) for the class: the fit is t(n) = a + b * g(n) with a, b >= 0."""
    if kind == "1":
        return 1.0
    if kind == "log n":
        return math.log2(n)
    if kind == "n":
        return float(n)
    if kind == "n log n":
        return n * math.log2(n)
    if kind == "n^2":
        return float(n) * n
    raise ValueError(f"unknown class {kind!r}")


def allowed_ratio(kind: str, small: float, large: float) -> float:
    """The most a + b*g(n) (a, b >= 0) can grow from ``small`` to ``large``: g(large) / g(small)."""
    return growth(kind, large) / growth(kind, small)


def rank(kind: str) -> int:
    return CLASSES.index(kind)


def notation(kind: str) -> str:
    return f"O({kind})"
