"""The container's bootstrap: the compiled harness when its Python can run it,
the source otherwise, and the channel left exactly at the first frame."""

from __future__ import annotations

import marshal
import subprocess
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path

import pytest

from judge.sandbox import boot

# Stands for the harness: says which blob it came from, then echoes the next line
# of the channel, which must be the host's first frame, not a byte later or earlier.
PROGRAM = "import os, sys\nsys.stdout.write(WHICH + ':' + os.read(0, 100).decode())\n"


def _blob(data: bytes) -> bytes:
    return boot._LENGTH.pack(len(data)) + data


def _boot(magic: bytes) -> str:
    code = marshal.dumps(compile(PROGRAM.replace("WHICH", "'code'"), "harness.py", "exec"))
    payload = _blob(magic + code) + _blob(PROGRAM.replace("WHICH", "'source'").encode()) + b"first frame"
    done = subprocess.run([sys.executable, "-I", "-c", boot.BOOTSTRAP], input=payload, capture_output=True, check=True, timeout=30)
    return done.stdout.decode()


def test_the_compiled_harness_runs_where_the_magic_number_matches() -> None:
    assert _boot(MAGIC_NUMBER) == "code:first frame"


def test_another_python_compiles_the_source() -> None:
    assert _boot(b"\x00\x00\r\n") == "source:first frame"


def test_the_compiled_harness_is_cached_and_a_damaged_entry_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path))
    boot.harness_blobs.cache_clear()  # read from the folder, not from this process's memory
    first = boot.harness_blobs()
    (entry,) = (tmp_path / "harness").iterdir()
    entry.write_bytes(entry.read_bytes()[:-10])
    boot.harness_blobs.cache_clear()
    assert boot.harness_blobs() == first
    assert entry.read_bytes()[32:] == first[4 : 4 + boot._LENGTH.unpack(first[:4])[0]]  # written again, whole
    size = boot._LENGTH.unpack(first[:4])[0]
    assert first[4:8] == MAGIC_NUMBER and marshal.loads(first[8 : 4 + size]).co_filename == "harness.py"
