"""The local backend: the harness as a plain subprocess. Limits, but no isolation."""

from __future__ import annotations

import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
from typing import TYPE_CHECKING, Any

from judge.sandbox.base import HARNESS_PATH, FrameReader, HarnessConnection, HarnessGone, Sandbox, encode_frame
from judge.sandbox.held import signals_held
from judge.sandbox.leftovers import track, untrack
from judge.sandbox.process_tree import kill_tree

if TYPE_CHECKING:  # pydantic is not needed to start a sandbox
    from judge.spec import Limits

_STACK_BYTES = 64 * 1024 * 1024


def _raise_stack_limit() -> None:
    # Runs in the harness before exec, so the interpreter is laid out with
    # room for deep (but bounded) recursion.
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    wanted = _STACK_BYTES if hard == resource.RLIM_INFINITY else min(_STACK_BYTES, hard)
    if soft == resource.RLIM_INFINITY or soft < wanted:
        resource.setrlimit(resource.RLIMIT_STACK, (wanted, hard))


class LocalConnection(HarnessConnection):
    def __init__(self) -> None:
        # The folder's path is chosen, and the connection tracked, before the
        # folder exists: a Ctrl-C at any moment from here leaves nothing behind.
        self._closed = False
        self._home = os.path.join(tempfile.gettempdir(), f"interview-judge-{secrets.token_hex(6)}")
        track(self)
        try:
            os.mkdir(self._home, 0o700)
            self._start()
        except BaseException:  # Ctrl-C too: the caller never gets a connection to close
            self.close()
            raise

    def _start(self) -> None:
        self._stderr = open(os.path.join(self._home, "harness.stderr"), "w+b")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self._home,
            "TMPDIR": self._home,
            "LANG": "C.UTF-8",
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        self._process = subprocess.Popen(
            [sys.executable, "-I", str(HARNESS_PATH)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=self._home,
            env=env,
            preexec_fn=_raise_stack_limit,
            start_new_session=True,
        )
        assert self._process.stdout is not None
        self._reader = FrameReader(self._process.stdout.fileno())

    def send(self, frame: dict[str, Any]) -> None:
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(encode_frame(frame))
            self._process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise HarnessGone(f"cannot write to the harness: {error}") from None

    def receive(self, timeout: float) -> dict[str, Any]:
        return self._reader.read(timeout)

    def diagnostics(self) -> str:
        try:
            self._stderr.seek(0)
            return self._stderr.read(4000).decode("utf-8", errors="replace").strip()
        except (OSError, ValueError):
            return ""

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with signals_held():  # begun, a clean-up runs to its end
            self._stop()
            untrack(self)

    def _stop(self) -> None:
        # Also for a harness whose start was cut short: only what exists is stopped.
        process: subprocess.Popen[bytes] | None = getattr(self, "_process", None)
        if process is not None:
            # The harness may be mid-case (on Ctrl-C, or a silent harness): its
            # case child and anything that child spawned must not outlive it.
            kill_tree(process.pid)
            process.wait()
            for stream in (process.stdin, process.stdout):
                try:
                    if stream:
                        stream.close()
                except OSError:
                    pass
        for part in (getattr(self, "_reader", None), getattr(self, "_stderr", None)):
            if part is not None:
                part.close()
        shutil.rmtree(self._home, ignore_errors=True)


class LocalSandbox(Sandbox):
    name = "local"
    isolated = False

    def open(self, limits: Limits) -> HarnessConnection:
        return LocalConnection()

    def harness_options(self) -> dict[str, Any]:
        # The harness starts in this connection's private home: cases may
        # write there, and it is emptied between cases.
        return {"scratch_dirs": ["."]}

    def describe(self) -> str:
        return "local (a subprocess with rlimits: NOT isolated from your machine)"
