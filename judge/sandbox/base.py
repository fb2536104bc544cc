"""What every sandbox backend offers: a running harness to exchange frames with."""

from __future__ import annotations

import json
import os
import selectors
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.sandbox.frames import MAX_FRAME_BYTES, encode_frame

if TYPE_CHECKING:  # pydantic is not needed to start a sandbox
    from judge.spec import Limits

HARNESS_PATH = Path(__file__).resolve().parent.parent / "harness.py"


class HarnessGone(Exception):
    """The harness process ended or stopped answering."""


class HarnessConnection(ABC):
    """One running harness. ``receive`` never blocks past its timeout."""

    @abstractmethod
    def send(self, frame: dict[str, Any]) -> None: ...

    @abstractmethod
    def receive(self, timeout: float) -> dict[str, Any]:
        """The next frame; raises HarnessGone if the harness died, TimeoutError if silent."""

    @abstractmethod
    def close(self) -> None:
        """Stop the harness and remove everything it left; safe to call twice."""

    def release(self) -> None:
        """Close a harness that was told to end while idle (every case answered,
        so no process of the solution is left): it exits by itself, and a
        backend may let it finish on its own instead of waiting to remove it."""
        self.close()

    def diagnostics(self) -> str:
        """The harness's own error output, for a SandboxError message."""
        return ""

    def __enter__(self) -> HarnessConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Sandbox(ABC):
    name: str
    isolated: bool

    @abstractmethod
    def open(self, limits: Limits) -> HarnessConnection:
        """A fresh harness, in an environment sized for a problem's limits."""

    def describe(self) -> str:
        return self.name

    def harness_options(self) -> dict[str, Any]:
        """Extra fields for the harness's init frame that only this backend can set."""
        return {}


class FrameReader:
    """Reassembles frames from a file descriptor, with a timeout on each read."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = bytearray()
        self._selector = selectors.DefaultSelector()
        self._selector.register(fd, selectors.EVENT_READ)

    def read(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            frame = self._take()
            if frame is not None:
                try:
                    return json.loads(frame)
                except RecursionError:
                    # A case's process can hand the harness a value nested just under
                    # the harness's own recursion limit; the host, deeper in its stack,
                    # cannot parse that frame back. Its reader says so instead of dying.
                    return {"type": "unreadable", "error": "nested too deeply to read"}
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the harness did not answer in time")
            if not self._selector.select(remaining):
                continue
            chunk = self._read_chunk()
            if chunk is None:
                raise HarnessGone("the harness closed its channel")
            self._buffer += chunk

    def _read_chunk(self) -> bytes | None:
        """Frame bytes that are ready (perhaps none), or None at the end of the stream."""
        chunk = os.read(self._fd, 1 << 20)
        return chunk or None

    def _take(self) -> bytes | None:
        if len(self._buffer) < 4:
            return None
        size = int.from_bytes(self._buffer[:4], "big")
        if size > MAX_FRAME_BYTES:
            raise HarnessGone(f"the harness sent a frame of {size} bytes")
        if len(self._buffer) < 4 + size:
            return None
        frame = bytes(self._buffer[4 : 4 + size])
        del self._buffer[: 4 + size]
        return frame

    def close(self) -> None:
        self._selector.close()


__all__ = ["HARNESS_PATH", "FrameReader", "HarnessConnection", "HarnessGone", "Sandbox", "encode_frame"]
