"""`judge show`'s output, kept once rendered.

Rendering a statement needs the problem's spec (pydantic) and rich's Markdown
(markdown-it): most of a `judge show`. The text it produces depends only on
the problem's files (aliases and statement markers
included), the language, --interview, the judge's version and how the
terminal looks to rich (a terminal or not, its size, TERM and the colour variables), so
it is kept in the cache folder under a key of all of those, and printed from
there the next time. Statements are public: nothing hidden is ever kept here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

from judge import __version__
from judge.atomicfile import write_text_atomic
from judge.cachedir import cache_dir

_ENVIRONMENT = ("TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES", "JUPYTER_COLUMNS")


def cache_key(folder: Path, lang: str, interview: bool = False) -> str | None:
    """The key of this rendering, or None when it must not be kept (a missing translation warns each time)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    if lang != "en" and f"statement.{lang}.md" not in names:
        return None
    digest = hashlib.sha256()
    parts: list[object] = [__version__, str(folder.resolve()), lang, interview, sys.stdout.isatty(), tuple(shutil.get_terminal_size())]
    parts += [os.environ.get(name) for name in _ENVIRONMENT]
    for name in names:
        if name == "problem.yaml" or name.startswith("statement"):
            stat = (folder / name).stat()
            parts.append((name, stat.st_mtime_ns, stat.st_size))
    digest.update(repr(parts).encode("utf-8"))
    return digest.hexdigest()[:32]


def _path(key: str) -> Path:
    return cache_dir() / "show" / f"{key}.txt"


def load(key: str | None) -> str | None:
    if key is None:
        return None
    try:
        return _path(key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store(key: str | None, text: str) -> None:
    if key is None:
        return
    try:
        write_text_atomic(_path(key), text)
    except OSError:
        pass  # a cache that cannot be written only costs time
