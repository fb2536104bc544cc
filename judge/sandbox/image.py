"""Building the sandbox image offline, from Debian's packages.

No registry is assumed: mmdebstrap (or debootstrap) assembles a minimal
Debian with python3 and numpy from the package mirror, and the root file
system is streamed straight into ``docker import``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from judge.errors import JudgeError, SandboxError
from judge.sandbox.engine import SANDBOX_UID, connect, find_image, image_size_mb
from judge.sandbox.recipe import DEFAULT_SUITE, EXCLUDED, PACKAGES, image_changes, image_tag, passwd_hooks, record_build

if TYPE_CHECKING:
    import docker

DEFAULT_MIRROR = "http://deb.debian.org/debian"
_CHUNK = 1 << 20

Report = Callable[[str, int], None]
"""Progress: the builder's latest status line and the bytes imported so far."""


@dataclass(frozen=True)
class BuildResult:
    tag: str
    built: bool
    tool: str
    seconds: float
    size_mb: float


def mmdebstrap_command(suite: str, mirror: str) -> list[str]:
    return [
        "mmdebstrap",
        "--variant=essential",
        f"--include={','.join(PACKAGES)}",
        "--format=tar",
        *[f"--dpkgopt=path-exclude={path}" for path in EXCLUDED],
        *passwd_hooks(),
        suite,
        "-",
        mirror,
    ]


def debootstrap_command(suite: str, mirror: str, target: str) -> list[str]:
    return ["debootstrap", "--variant=minbase", f"--include={','.join(PACKAGES)}", suite, target, mirror]


def available_tool() -> str | None:
    for tool in ("mmdebstrap", "debootstrap"):
        if shutil.which(tool):
            return tool
    return None


def build_image(force: bool = False, suite: str = DEFAULT_SUITE, mirror: str = DEFAULT_MIRROR, report: Report | None = None) -> BuildResult:
    """Build the sandbox image unless it is already there (or ``force``)."""
    tag = image_tag(suite)
    client = connect(timeout=3600)
    existing = _existing(client, tag)
    if existing is not None and not force:
        return BuildResult(tag, False, "", 0.0, existing)
    tool = available_tool()
    if tool is None:
        raise JudgeError("building the image needs mmdebstrap or debootstrap: apt-get install -y mmdebstrap")
    if os.geteuid() != 0 and tool == "debootstrap":
        raise JudgeError("debootstrap must run as root; run `judge image build` as root, or install mmdebstrap")
    started = time.monotonic()
    status = _Status(report)
    if tool == "mmdebstrap":
        _import(client, tag, mmdebstrap_command(suite, mirror), status)
    else:
        with tempfile.TemporaryDirectory(prefix="interview-judge-rootfs-") as root:
            _run_logged(debootstrap_command(suite, mirror, root), status)
            _add_sandbox_user(root)
            _import(client, tag, ["tar", "--numeric-owner", "-C", root, "-c", "."], status)
    size = _existing(client, tag) or 0.0
    seconds = time.monotonic() - started
    record_build(tag, seconds, size)
    return BuildResult(tag, True, tool, seconds, size)


def _existing(client: docker.DockerClient, tag: str) -> float | None:
    """The image's size in MB, or None when it is absent."""
    image = find_image(client, tag)
    return None if image is None else image_size_mb(image)


class _Status:
    def __init__(self, report: Report | None) -> None:
        self._report = report
        self.line = "starting"
        self.bytes = 0
        self.log: list[str] = []

    def say(self, line: str) -> None:
        self.line = line
        self.log = [*self.log[-40:], line]
        self._emit()

    def add(self, size: int) -> None:
        self.bytes += size
        self._emit()

    def _emit(self) -> None:
        if self._report:
            self._report(self.line, self.bytes)


def _import(client: docker.DockerClient, tag: str, command: list[str], status: _Status) -> None:
    import docker.errors

    repository, _, version = tag.partition(":")
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    except OSError as error:
        raise SandboxError(f"cannot run {command[0]}: {error.strerror}") from None
    assert process.stdout is not None and process.stderr is not None
    reader = _LineReader(process.stderr, status)
    reader.start()
    try:
        client.api.import_image(
            src=_chunks(process.stdout, status), repository=repository, tag=version, changes=image_changes(), stream_src=True
        )
    except docker.errors.DockerException as error:
        process.kill()
        raise SandboxError(f"docker import failed: {error}") from None
    finally:
        code = process.wait()
        reader.join()
    if code != 0:
        # docker import has already tagged whatever part of the stream it got: an
        # image under the recipe's tag that lacks its packages must not stay.
        try:
            client.images.remove(tag, force=True)
        except docker.errors.DockerException:
            pass
        tail = "\n".join(status.log[-8:])
        raise SandboxError(f"{command[0]} failed (exit {code}); its last lines:\n{tail}")


def _chunks(stream: IO[bytes], status: _Status) -> Iterator[bytes]:
    while chunk := stream.read(_CHUNK):
        status.add(len(chunk))
        yield chunk


class _LineReader:
    """Feeds a builder's stderr to the progress display without blocking the import."""

    def __init__(self, stream: IO[bytes], status: _Status) -> None:
        import threading

        self._stream = stream
        self._status = status
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        self._thread.join(timeout=5)

    def _run(self) -> None:
        for raw in self._stream:
            line = raw.decode("utf-8", errors="replace").strip()
            if line:
                self._status.say(line)


def _run_logged(command: list[str], status: _Status) -> None:
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    except OSError as error:
        raise SandboxError(f"cannot run {command[0]}: {error.strerror}") from None
    assert process.stdout is not None
    reader = _LineReader(process.stdout, status)
    reader.start()
    code = process.wait()
    reader.join()
    if code != 0:
        tail = "\n".join(status.log[-8:])
        raise SandboxError(f"{command[0]} failed (exit {code}); its last lines:\n{tail}")


def _add_sandbox_user(root: str) -> None:
    with open(os.path.join(root, "etc", "passwd"), "a", encoding="utf-8") as passwd:
        passwd.write(f"sandbox:x:{SANDBOX_UID}:{SANDBOX_UID}:interview-judge sandbox:/work:/usr/sbin/nologin\n")
    with open(os.path.join(root, "etc", "group"), "a", encoding="utf-8") as group:
        group.write(f"sandbox:x:{SANDBOX_UID}:\n")
    for path in ("var/cache/apt", "var/lib/apt/lists"):
        shutil.rmtree(os.path.join(root, path), ignore_errors=True)
