"""problem.yaml files that passed validation, kept so that reading a spec
again costs neither PyYAML nor pydantic.

`run` and `submit` read one spec each; parsing and validating it is cheap, but
importing PyYAML and building pydantic's validators is not (about 90 ms, on the
path of every submission). An entry is the validated spec, pickled, under a key
made of the judge's version, the exact bytes of the problem.yaml and the source
of the modules whose rules decide what is valid: a spec is taken from the cache
only if those same rules accepted those same bytes. Anything else (a missing,
stale or unreadable entry) validates the file again and rewrites the entry.

The folder is the user's own cache (judge/cachedir.py), which only this user
writes; `judge validate` never reads it.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from pathlib import Path

from judge import __version__
from judge.atomicfile import write_bytes_atomic
from judge.cachedir import cache_dir
from judge.spec import ProblemSpec, load_spec

_JUDGE = Path(__file__).resolve().parent
# The modules a spec's validity depends on (the schema and the checks it calls).
_RULES = ("spec.py", "typenames.py", "complexity/classes.py", "complexity/fit.py")


@functools.cache
def _rules() -> bytes:
    """The judge's version and its rules' source, read once a process (`judge check`
    loads every problem it judges)."""
    digest = hashlib.sha256(__version__.encode())
    for name in _RULES:
        digest.update((_JUDGE / name).read_bytes())
    return digest.digest()


def _key(spec_bytes: bytes) -> str:
    return hashlib.sha256(_rules() + spec_bytes).hexdigest()


def _entry_path(path: Path) -> Path:
    where = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:24]
    return cache_dir() / "specs" / f"{where}.pickle"


def cached_spec(path: Path) -> ProblemSpec:
    """The spec in ``path``, from the cache when these rules accepted these bytes before."""
    try:
        content = path.read_bytes()
    except OSError:
        return load_spec(path)  # says why the file cannot be read
    key = _key(content)
    entry = _entry_path(path)
    try:
        stored_key, spec = pickle.loads(entry.read_bytes())
        if stored_key == key and isinstance(spec, ProblemSpec):
            return spec
    except Exception:  # missing, stale or damaged: validate again
        pass
    spec = load_spec(path, content)
    try:
        write_bytes_atomic(entry, pickle.dumps((key, spec), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only cache costs speed, not correctness
    return spec
