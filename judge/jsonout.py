"""What `--json` prints: strict JSON (RFC 8259), which every parser reads.

Python's json writes NaN, Infinity and -Infinity as bare tokens, which strict
parsers (jq, JavaScript's JSON.parse, Go) reject. Here a non-finite number is
written as the string "NaN", "Infinity" or "-Infinity" (Python's float() and
JavaScript's Number() read those strings back); every finite number stays a number.
"""

from __future__ import annotations

import json
import math
from typing import Any

_NAMES = {math.inf: "Infinity", -math.inf: "-Infinity"}


def strict(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else _NAMES[value]
    if isinstance(value, dict):
        return {key: strict(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [strict(item) for item in value]
    return value


def dumps(value: Any, **options: Any) -> str:
    """json.dumps that never writes a NaN or Infinity token (ValueError if it would)."""
    return json.dumps(strict(value), allow_nan=False, **options)
