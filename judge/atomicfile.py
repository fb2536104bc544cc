"""Files that concurrent readers (other judge processes, a CI step) see whole or not at all."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` so a concurrent reader sees the old file or the new one, never half."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_atomic(path: Path, data: Any) -> None:
    write_text_atomic(path, json.dumps(data))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` so a concurrent reader sees the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
