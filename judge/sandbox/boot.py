"""How the harness gets into a container: a short bootstrap on the command
line, then the harness itself on the channel, compiled ahead when it can be.

Given as ``python3 -c SOURCE``, the harness (about 80 KB of Python) is compiled
by every container before it can answer: 7 to 12 ms of each submission's time
before its first case, more on a loaded machine. Instead the bootstrap reads two
blobs from standard input: the harness's code object as ``marshal`` writes it,
after the bytecode's magic number of the Python that compiled it, and the
harness's source. A container whose Python has the same magic number runs the
code object; any other compiles the source, as before. The host's compiled code
is kept in the cache folder, keyed by the source and the host's Python.

The blobs are read with ``os.read``, byte-exact, before the harness opens its
own reader on the same descriptor; nothing of the solution exists yet.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import struct
import sys
from importlib.util import MAGIC_NUMBER

from judge.atomicfile import write_bytes_atomic
from judge.cachedir import cache_dir
from judge.sandbox.base import HARNESS_PATH

BOOTSTRAP = """\
import os, marshal
from importlib._bootstrap_external import MAGIC_NUMBER as _magic
def _take(n):
    data = b""
    while len(data) < n:
        chunk = os.read(0, n - len(data))
        if not chunk:
            raise SystemExit(1)
        data += chunk
    return data
def _blob():
    return _take(int.from_bytes(_take(4), "big"))
_compiled, _source = _blob(), _blob()
_code = marshal.loads(_compiled[4:]) if _compiled[:4] == _magic else compile(_source, "harness.py", "exec")
del _compiled, _source, _take, _blob, _magic
exec(_code)
"""

_LENGTH = struct.Struct(">I")


def _compiled(source: bytes) -> bytes:
    """The harness's code object, marshalled, after this Python's magic number."""
    key = hashlib.sha256(source + sys.implementation.cache_tag.encode()).hexdigest()[:32]
    path = cache_dir() / "harness" / f"{key}.marshal"
    try:
        stored = path.read_bytes()
        digest, data = stored[:32], stored[32:]
        if hashlib.sha256(data).digest() == digest:
            return data
    except OSError:
        pass
    data = MAGIC_NUMBER + marshal.dumps(compile(source, "harness.py", "exec"))
    try:
        write_bytes_atomic(path, hashlib.sha256(data).digest() + data)
    except OSError:
        pass  # a cache that cannot be written only costs time
    return data


@functools.cache
def harness_blobs() -> bytes:
    """What the bootstrap reads first: the compiled harness, then its source. Read
    once a process: `judge check` and practice start a container for each run."""
    source = HARNESS_PATH.read_bytes()
    return b"".join(_LENGTH.pack(len(blob)) + blob for blob in (_compiled(source), source))
