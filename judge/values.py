"""Values as the harness sends them back: decoding, and showing them to a person.

The harness writes plain JSON plus one-key escapes: ``{"$float": "nan"|"inf"|"-inf"}``,
``{"$dict": [[key, value], ...]}`` (every dict the solution returns),
``{"$ndarray": {"dtype", "shape", "data"}}``, ``{"$node": [param, index]}``,
``{"$foreign_node": val}`` and ``{"$foreign": {"type", "repr"}}``. The case
child is untrusted and can write any JSON instead, so ``decode`` checks every
escape and turns whatever it does not recognise exactly into a ``Foreign``
value that checkers reject with a sentence naming it; it never raises.
Arrays and nodes keep their escape shape after decoding (checkers read them
that way); no decoded dict of the solution's can take that shape, since a
dict with a ``$`` key is foreign.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

SHOW_LIMIT = 300
MAX_DEPTH = 120  # the harness sends at most 100 levels; deeper is forged
MAX_INT = 1 << 64
_FLOATS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}
_INT_DTYPES = frozenset({"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"})
_FLOAT_DTYPES = frozenset({"float16", "float32", "float64"})
_MAX_ELEMENTS = 50_000_000
_MAX_DIMS = 32


@dataclass(frozen=True)
class Foreign:
    """A value the judge cannot compare: ``kind`` says what it is ("dict",
    "complex128 array", "int of about 401 digits"), ``text`` its repr, if any."""

    kind: str
    text: str = ""

    def describe(self) -> str:
        from judge.text import inert

        kind = inert(self.kind, 100, one_line=True)
        article = "an" if kind[:1].lower() in "aeiou" else "a"
        quoted = f" ({inert(self.text, 80, one_line=True)})" if self.text else ""
        return f"{article} {kind}{quoted}"

    def __str__(self) -> str:
        return f"<{self.describe()}>"


def decode(value: Any, depth: int = 0) -> Any:
    """The harness's JSON as Python values; idempotent, never raises."""
    if depth > MAX_DEPTH:
        return Foreign(f"value nested more than {MAX_DEPTH} levels deep")
    if value is None or isinstance(value, (bool, str, float, Foreign)):
        return value
    if isinstance(value, int):
        if -MAX_INT < value < MAX_INT:
            return value
        return Foreign(f"int of about {int(value.bit_length() * 0.30103) + 1} digits")
    if isinstance(value, list):
        return [decode(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return _decode_dict(value, depth)
    return Foreign(type(value).__name__)


def _decode_dict(value: dict[Any, Any], depth: int) -> Any:
    tags = [key for key in value if isinstance(key, str) and key.startswith("$")]
    if not tags:
        # Only a forged result holds a raw dict; it is still just a dict (decoded: idempotence).
        return {key: decode(item, depth + 1) for key, item in value.items()}
    if len(value) != 1:
        return Foreign("malformed value from the solution's process")
    tag, body = next(iter(value.items()))
    if tag == "$float":
        malformed = Foreign("malformed float from the solution's process")
        return _FLOATS.get(body, malformed) if isinstance(body, str) else malformed
    if tag == "$dict":
        return _decode_pairs(body, depth)
    if tag == "$ndarray":
        return _decode_array(body, depth)
    if tag == "$node":
        if isinstance(body, list) and len(body) == 2 and isinstance(body[0], str) and type(body[1]) is int:
            return {"$node": [body[0], body[1]]}
        return Foreign("malformed node reference from the solution's process")
    if tag == "$foreign_node":
        return {"$foreign_node": decode(body, depth + 1)}
    if tag in ("$foreign", "$unjudgeable"):
        if isinstance(body, dict) and isinstance(body.get("type"), str):
            text = body.get("repr")
            return Foreign(body["type"], text if isinstance(text, str) else "")
        return Foreign(body if isinstance(body, str) else "unknown value")
    return Foreign(f"dict with key {tag[:40]!r}")


def _decode_pairs(body: Any, depth: int) -> Any:
    if not isinstance(body, list) or not all(isinstance(pair, list) and len(pair) == 2 for pair in body):
        return Foreign("malformed dict from the solution's process")
    result: dict[str, Any] = {}
    for key, item in body:
        if not isinstance(key, str) or key.startswith("$"):
            # Keys other than strings have no JSON form to compare with; a "$" key could pass for an escape.
            shown = key if isinstance(key, (str, int, float, bool)) or key is None else "…"
            return Foreign("dict", f"with key {shown!r}"[:80])
        result[key] = decode(item, depth + 2)
    return result


def _decode_array(body: Any, depth: int) -> Any:
    """A checked ``{"$ndarray": ...}``: a known dtype, a shape the data has, numbers of that dtype."""
    bad = Foreign("malformed array from the solution's process")
    if not isinstance(body, dict) or set(body) != {"dtype", "shape", "data"}:
        return bad
    dtype, shape = body["dtype"], body["shape"]
    if not isinstance(dtype, str) or dtype not in _INT_DTYPES | _FLOAT_DTYPES | {"bool"}:
        return Foreign(f"{dtype if isinstance(dtype, str) else '?'} array"[:60]) if isinstance(dtype, str) else bad
    if not isinstance(shape, list) or len(shape) > _MAX_DIMS or not all(type(n) is int and n >= 0 for n in shape):
        return bad
    if math.prod(shape) > _MAX_ELEMENTS:
        return bad
    data = decode(body["data"], depth + 2)
    if not _fits(data, shape, dtype):
        return bad
    return {"$ndarray": {"dtype": dtype, "shape": list(shape), "data": data}}


def _fits(data: Any, shape: list[int], dtype: str) -> bool:
    """Whether nested lists ``data`` have exactly ``shape`` and elements numpy can hold as ``dtype``."""
    level = [data]
    for size in shape:
        if not all(isinstance(row, list) and len(row) == size for row in level):
            return False
        level = [item for row in level for item in row]
    if dtype == "bool":
        return all(isinstance(item, bool) for item in level)
    if dtype in _INT_DTYPES:
        import numpy as np

        info = np.iinfo(dtype)
        return all(type(item) is int and info.min <= item <= info.max for item in level)
    return all(type(item) in (int, float) for item in level)


def find_foreign(value: Any, path: str = "", depth: int = 0) -> tuple[str, Foreign] | None:
    """The first foreign value inside ``value``, with where it is (``[1][0]``)."""
    if isinstance(value, Foreign):
        return path, value
    if depth > MAX_DEPTH:
        return path, Foreign(f"value nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = find_foreign(item, f"{path}[{index}]", depth + 1)
            if found:
                return found
    elif isinstance(value, dict):
        for key, item in value.items():
            found = find_foreign(item, f"{path}[{key!r}]" if not str(key).startswith("$") else path, depth + 1)
            if found:
                return found
    return None


def plain(value: Any) -> Any:
    """Arrays (``{"$ndarray": {dtype, shape, data}}``) as their nested lists, for reading."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {"$ndarray"} and isinstance(value["$ndarray"], dict):
            return plain(value["$ndarray"].get("data"))
        return {key: plain(item) for key, item in value.items()}
    return value


def show(value: Any, limit: int = SHOW_LIMIT) -> str:
    """Compact one line, the way a statement writes values (``[2,7,11,15]``,
    ``None``, ``True``, a node in words), cut with a note of how much was left out.

    Written piece by piece and stopped once past ``limit``, so a 40 MB answer
    costs what its first ``limit`` characters cost. Strings are written with
    JSON's escapes (ASCII), so the text carries no control character.
    """
    value = decode(value)
    pieces: list[str] = []
    budget = [limit + 1]
    _write(value, pieces, budget, 0)
    text = "".join(pieces)
    if len(text) <= limit and budget[0] > 0:
        return text
    size = f"{len(value)} items, " if isinstance(value, list) else ""
    return f"{text[:limit]}... ({size}cut)"


def _emit(pieces: list[str], budget: list[int], text: str) -> None:
    pieces.append(text)
    budget[0] -= len(text)


def _write(value: Any, pieces: list[str], budget: list[int], depth: int) -> None:
    if budget[0] <= 0:
        return
    if isinstance(value, dict) and set(value) == {"$ndarray"} and isinstance(value["$ndarray"], dict):
        value = value["$ndarray"].get("data")
    if isinstance(value, dict) and len(value) == 1 and ("$node" in value or "$foreign_node" in value):
        _emit(pieces, budget, node_text(value))
        return
    if isinstance(value, float) and not math.isfinite(value):
        _emit(pieces, budget, repr(value))
    elif isinstance(value, str):
        _emit(pieces, budget, json.dumps(value[: budget[0]]) + ("…" if len(value) > budget[0] else ""))
    elif isinstance(value, int) and not isinstance(value, bool) and not -MAX_INT < value < MAX_INT:
        _emit(pieces, budget, "<huge int>")
    elif value is None or isinstance(value, bool):
        _emit(pieces, budget, repr(value))  # Python's None, True, False: what the solution returned
    elif isinstance(value, (int, float)):
        _emit(pieces, budget, json.dumps(value))
    elif isinstance(value, Foreign):
        _emit(pieces, budget, str(value))
    elif depth > MAX_DEPTH:
        _emit(pieces, budget, "…")
    elif isinstance(value, (list, tuple)):
        _emit(pieces, budget, "[")
        for index, item in enumerate(value):
            if budget[0] <= 0:
                return
            if index:
                _emit(pieces, budget, ",")
            _write(item, pieces, budget, depth + 1)
        _emit(pieces, budget, "]")
    elif isinstance(value, dict):
        _emit(pieces, budget, "{")
        for index, (key, item) in enumerate(value.items()):
            if budget[0] <= 0:
                return
            _emit(pieces, budget, ("," if index else "") + json.dumps(str(key)[: budget[0]]) + ":")
            _write(item, pieces, budget, depth + 1)
        _emit(pieces, budget, "}")
    else:
        from judge.text import inert

        _emit(pieces, budget, inert(repr(value), max(budget[0], 0), one_line=True))


def node_text(value: dict[str, Any], args: dict[str, Any] | None = None) -> str:
    """A node the solution returned, in words: "the node with val 3 (index 2 of head)".
    Without the case's ``args`` its value is not known: "the node at index 2 of head"."""
    if "$foreign_node" in value:
        return f"a new node with val {show(value['$foreign_node'], 40)} that is not part of the input"
    param, index = value["$node"]
    param = param if isinstance(param, str) and param.isidentifier() else "the input"
    raw = args.get(param) if args is not None else None
    values = raw.get("values") if isinstance(raw, dict) else raw
    if isinstance(values, list) and 0 <= index < len(values):
        return f"the node with val {show(values[index], 40)} (index {index} of {param})"
    return f"the node at index {index} of {param}"


def show_args(args: dict[str, Any], limit: int = SHOW_LIMIT) -> str:
    return ", ".join(f"{name} = {show(value, limit)}" for name, value in args.items())


def bounded(value: Any, limit: int = 10_000, depth: int = 0) -> Any:
    """``value`` for JSON output: long strings cut with a note, foreign values as their description."""
    if isinstance(value, str):
        from judge.text import cut

        return cut(value, limit)
    if isinstance(value, Foreign):
        return str(value)
    if depth > MAX_DEPTH:
        return "…"
    if isinstance(value, list):
        return [bounded(item, limit, depth + 1) for item in value]
    if isinstance(value, dict):
        return {key: bounded(item, limit, depth + 1) for key, item in value.items()}
    return value
