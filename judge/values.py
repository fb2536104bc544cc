"""Values as the harness sends them back: decoding, and showing them to a person."""

from __future__ import annotations

import json
from typing import Any

SHOW_LIMIT = 300


def decode(value: Any) -> Any:
    """Undo the harness's JSON escapes that stand for Python values."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {"$float"}:
            return float(value["$float"])
        return {key: decode(item) for key, item in value.items()}
    return value


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
    """Compact one-line JSON, cut with a note of how much was left out."""
    value = plain(value)
    text = json.dumps(value, separators=(",", ":"), default=str)
    text = text.replace('{"$float":"nan"}', "nan").replace('{"$float":"inf"}', "inf").replace('{"$float":"-inf"}', "-inf")
    if len(text) <= limit:
        return text
    size = f"{len(value)} items, " if isinstance(value, list) else ""
    return f"{text[:limit]}... ({size}{len(text)} characters)"


def show_args(args: dict[str, Any], limit: int = SHOW_LIMIT) -> str:
    return ", ".join(f"{name} = {show(value, limit)}" for name, value in args.items())
