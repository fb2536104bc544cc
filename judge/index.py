"""The catalogue at a glance (slug, title, difficulty, tags, LeetCode number)
without loading every problem through pydantic.

`judge list`, `judge tags` and names like `judge show 4` need only these few
fields. They are kept in the cache folder, one entry per problem, keyed by the
judge's version, the problem.yaml's size and modification time and the
package's file names; an entry that does not match is loaded in full again (a
broken package keeps its error, so `judge list` still reports it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge import __version__
from judge.atomicfile import write_atomic
from judge.cachedir import cache_dir

if TYPE_CHECKING:
    from judge.catalog import Catalog


_FORMAT = 4  # of an entry: bumped when Summary changes (4: Java among the languages)


@dataclass(frozen=True)
class Summary:
    slug: str
    title: str = ""
    difficulty: str = ""
    tags: tuple[str, ...] = ()
    leetcode: str | None = None
    limits: tuple[int, ...] = ()  # time_ms, memory_mb, output_kb: enough to start a sandbox early
    error: str | None = None  # the package does not load, and why
    languages: tuple[str, ...] = ("python",)  # what a solution may be written in

    @property
    def leetcode_number(self) -> str | None:
        match = re.match(r"(\d+)\.", self.leetcode or "")
        return match.group(1) if match else None


def _stamp(folder: Path) -> list[Any] | None:
    try:
        spec = (folder / "problem.yaml").stat()
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    return [__version__, _FORMAT, spec.st_mtime_ns, spec.st_size, names]


def _index_path(catalog: Catalog) -> Path:
    where = hashlib.sha256(str(catalog.root.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir() / "index" / f"{where}.json"


def _summarise(catalog: Catalog, slug: str) -> Summary:
    from judge.errors import SpecError

    try:
        spec = catalog.get(slug).spec
    except SpecError as error:
        return Summary(slug, error=str(error))
    from judge.languages.support import languages_for

    limits = (spec.limits.time_ms, spec.limits.memory_mb, spec.limits.output_kb)
    languages = tuple(language.key for language in languages_for(spec))
    return Summary(slug, spec.title, spec.difficulty, tuple(spec.tags), spec.source.leetcode, limits, languages=languages)


def summaries(catalog: Catalog) -> list[Summary]:
    """One summary per problem folder, in slug order; broken packages carry their error."""
    path = _index_path(catalog)
    try:
        cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cached = {}
    result, changed = [], False
    for slug in catalog.slugs():
        stamp = _stamp(catalog.root / slug)
        entry = cached.get(slug)
        if isinstance(entry, dict) and stamp is not None and entry.get("stamp") == stamp:
            try:
                data = dict(entry["summary"])
                data["tags"] = tuple(data["tags"])
                data["limits"] = tuple(data["limits"])
                data["languages"] = tuple(data["languages"])
                result.append(Summary(**data))
                continue
            except (KeyError, TypeError):
                pass
        summary = _summarise(catalog, slug)
        result.append(summary)
        cached[slug] = {"stamp": stamp, "summary": asdict(summary)}
        changed = True
    if changed:
        try:
            write_atomic(path, {slug: cached[slug] for slug in catalog.slugs() if slug in cached})
        except OSError:
            pass  # an index that cannot be written only costs time
    return result


def summary_of(catalog: Catalog, slug: str) -> Summary | None:
    return next((s for s in summaries(catalog) if s.slug == slug), None)
