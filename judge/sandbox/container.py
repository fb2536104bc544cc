"""The docker backend: one hardened container per submission, the harness inside it.

The harness's source goes in as the interpreter's ``-c`` argument and frames
travel over the container's attached stdin/stdout, so no host path is ever
mounted into the container and nothing of the host is writable from inside.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from judge.errors import SandboxError
from judge.sandbox.base import HARNESS_PATH, FrameReader, HarnessConnection, HarnessGone, Sandbox, encode_frame
from judge.sandbox.engine import LABEL, SANDBOX_UID, ImageMissing, connect, find_image, image_tag
from judge.spec import Limits

if TYPE_CHECKING:
    import docker

WORKDIR = "/work"
# The harness itself, numpy preloaded, and the capture files on the tmpfs all
# count against the container's memory cgroup besides the solution.
_HARNESS_MEMORY_MB = 160
_WORK_TMPFS_MB = 64
_TMP_TMPFS_MB = 16
_PIDS = 128
_OPEN_FILES = 256
_STACK_BYTES = 64 * 1024 * 1024
_STDERR_KEEP = 8000
_OWNER = f"{LABEL}.owner"
# One per connection, so a container whose id never reached us (Ctrl-C during
# the create request) can still be found and removed.
_CONNECTION = f"{LABEL}.connection"
_IPC_SYSCTLS = {
    "fs.mqueue.queues_max": "0",
    "kernel.msgmni": "0",
    "kernel.sem": "0 0 0 0",
    "kernel.shm_rmid_forced": "1",
}
_STDOUT, _STDERR = 1, 2


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is over: a create request cut
    short would leave a container whose id never reached us. Only the main
    thread receives them, so only there is there anything to hold."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class _AttachReader(FrameReader):
    """Frames from an attached, non-TTY container: Docker multiplexes stdout and
    stderr into one stream of 8-byte-headed blocks, which this takes apart."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__(sock.fileno())
        self._sock = sock
        self._raw = bytearray()
        self.stderr = bytearray()

    def _read_chunk(self) -> bytes | None:
        try:
            data = self._sock.recv(1 << 20)
        except BlockingIOError:
            return b""
        except OSError:
            return None
        if not data:
            return None
        self._raw += data
        out = bytearray()
        while len(self._raw) >= 8:
            stream, size = self._raw[0], int.from_bytes(self._raw[4:8], "big")
            if len(self._raw) < 8 + size:
                break
            block = self._raw[8 : 8 + size]
            del self._raw[: 8 + size]
            if stream == _STDOUT:
                out += block
            elif stream == _STDERR and len(self.stderr) < _STDERR_KEEP:
                self.stderr += block[: _STDERR_KEEP - len(self.stderr)]
        return bytes(out)


def host_config(client: docker.DockerClient, limits: Limits) -> dict[str, Any]:
    """Everything that locks the container down; the test suite asserts each item."""
    from docker.types import LogConfig, Ulimit

    # The capture files of stdout and stderr live on the tmpfs, so in the same memory.
    memory = (limits.memory_mb + _HARNESS_MEMORY_MB) * 1024 * 1024 + 2 * limits.output_kb * 1024
    fsize = max(limits.output_kb * 1024 * 2, 8 * 1024 * 1024)
    owned = f"uid={SANDBOX_UID},gid={SANDBOX_UID}"
    return client.api.create_host_config(
        network_mode="none",
        read_only=True,
        tmpfs={
            WORKDIR: f"rw,nosuid,nodev,noexec,size={_WORK_TMPFS_MB}m,mode=0700,{owned}",
            "/tmp": f"rw,nosuid,nodev,noexec,size={_TMP_TMPFS_MB}m,mode=1777",
        },
        cap_drop=["ALL"],
        security_opt=["no-new-privileges:true"],
        mem_limit=memory,
        memswap_limit=memory,
        pids_limit=_PIDS,
        nano_cpus=1_000_000_000,
        ulimits=[
            Ulimit(name="fsize", soft=fsize, hard=fsize),
            Ulimit(name="nofile", soft=_OPEN_FILES, hard=_OPEN_FILES),
            Ulimit(name="stack", soft=_STACK_BYTES, hard=_STACK_BYTES),
            Ulimit(name="core", soft=0, hard=0),
        ],
        ipc_mode="none",
        # No way to carry state from one case to the next through IPC objects:
        # no POSIX message queues or System V queues and semaphores at all, and
        # a shared-memory segment dies with the last process attached to it.
        sysctls=_IPC_SYSCTLS,
        log_config=LogConfig(type=LogConfig.types.NONE),
        # No docker-init: the harness itself is PID 1 and reaps every orphan. A
        # docker-init would hold the frame channel as its stdout while dumpable
        # and running as the sandbox user, so a solution could write forged
        # frames through /proc/1/fd/1. The harness is non-dumpable, and as the
        # namespace's init it cannot be killed from inside at all.
        init=False,
        auto_remove=True,
        privileged=False,
    )


class DockerConnection(HarnessConnection):
    def __init__(self, client: docker.DockerClient, image: str, limits: Limits) -> None:
        import docker.errors

        self._client = client
        self._closed = False
        self._container: str | None = None
        self._sock: socket.socket | None = None
        self._reader: _AttachReader | None = None
        self._token = uuid.uuid4().hex
        harness = HARNESS_PATH.read_text(encoding="utf-8")
        try:
            with _signals_held():
                created = self._create(client, image, harness, limits)
                self._container = created["Id"]
            attached = client.api.attach_socket(self._container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            self._sock = getattr(attached, "_sock", attached)
            self._sock.setblocking(False)
            self._reader = _AttachReader(self._sock)
            client.api.start(self._container)
        except docker.errors.DockerException as error:
            self.close()
            raise SandboxError(f"cannot start the sandbox container: {error}") from None
        except BaseException:
            # Ctrl-C or SIGTERM half-way through starting: nothing may be left.
            self.close()
            raise

    def _create(self, client: docker.DockerClient, image: str, harness: str, limits: Limits) -> dict[str, Any]:
        return client.api.create_container(
            image,
            command=["python3", "-I", "-c", harness],
            user=f"{SANDBOX_UID}:{SANDBOX_UID}",
            working_dir=WORKDIR,
            environment={
                "HOME": WORKDIR,
                "TMPDIR": WORKDIR,
                "LANG": "C.UTF-8",
                "PATH": "/usr/bin:/bin",
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
                "MKL_NUM_THREADS": "1",
            },
            # Not detached and stdin open: docker-py sets StdinOnce, so the harness
            # reads end-of-file (and exits) as soon as this process lets go.
            stdin_open=True,
            network_disabled=True,
            hostname="sandbox",
            labels={LABEL: "sandbox", _OWNER: owner_id(), _CONNECTION: self._token},
            host_config=host_config(client, limits),
        )

    @property
    def container_id(self) -> str | None:
        return self._container

    def send(self, frame: dict[str, Any]) -> None:
        if self._sock is None:
            raise HarnessGone("the container is gone")
        data = memoryview(encode_frame(frame))
        try:
            # The socket is non-blocking for reads; writes wait for room.
            self._sock.setblocking(True)
            self._sock.sendall(data)
        except OSError as error:
            raise HarnessGone(f"cannot write to the harness: {error}") from None
        finally:
            try:
                self._sock.setblocking(False)
            except OSError:
                pass

    def receive(self, timeout: float) -> dict[str, Any]:
        if self._reader is None:
            raise HarnessGone("the container is gone")
        return self._reader.read(timeout)

    def diagnostics(self) -> str:
        if self._reader is None:
            return ""
        return self._reader.stderr.decode("utf-8", errors="replace").strip()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._sock is not None:
            try:
                self._sock.close()
            except OSError:
                pass
        if self._reader is not None:
            self._reader.close()
        if self._container is not None:
            remove_in_background(self._client, self._container)
        else:
            self._remove_unacknowledged()

    def _remove_unacknowledged(self) -> None:
        """A create request cut short may still have made a container."""
        import docker.errors

        try:
            found = self._client.api.containers(all=True, filters={"label": f"{_CONNECTION}={self._token}"})
        except docker.errors.DockerException:
            return  # the sweep at the next start takes it
        for container in found:
            remove_in_background(self._client, container["Id"])


def remove_container(client: docker.DockerClient, container: str) -> None:
    """Force-remove; a container already gone (auto-remove won the race) is fine."""
    import docker.errors

    try:
        client.api.remove_container(container, force=True)
    except docker.errors.NotFound:
        pass
    except docker.errors.APIError as error:
        if error.status_code != 409:  # "removal already in progress"
            raise SandboxError(f"cannot remove sandbox container {container[:12]}: {error}") from None


_removals: list[threading.Thread] = []
_removals_lock = threading.Lock()


def remove_in_background(client: docker.DockerClient, container: str) -> None:
    """Force-remove without making the user wait (about 70 ms a container).

    The thread is not a daemon: the interpreter joins it before exiting, on
    Ctrl-C and SIGTERM too. Should the judge be killed outright, auto-remove
    takes the container once its harness reads end-of-file, and the sweep at
    the next start takes anything else.
    """

    def remove() -> None:
        try:
            remove_container(client, container)
        except SandboxError:
            pass  # left for the next sweep; nothing the user can act on now

    thread = threading.Thread(target=remove, name=f"remove-{container[:12]}")
    thread.start()
    with _removals_lock:
        _removals[:] = [t for t in _removals if t.is_alive()] + [thread]


def wait_for_removals() -> None:
    """Block until every container this process closed is gone."""
    with _removals_lock:
        pending = list(_removals)
    for thread in pending:
        thread.join()


def sweep_leftovers(client: docker.DockerClient) -> list[str]:
    """Remove containers that judge processes on this host left behind when they died."""
    host = socket.gethostname()
    removed = []
    for container in client.api.containers(all=True, filters={"label": LABEL}):
        owner = (container.get("Labels") or {}).get(_OWNER, "")
        owner_host, _, pid = owner.rpartition(":")
        if owner_host != host or not pid.isdigit() or _alive(int(pid)):
            continue
        remove_container(client, container["Id"])
        removed.append(container["Id"])
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DockerSandbox(Sandbox):
    name = "docker"
    isolated = True

    def __init__(self, image: str | None = None) -> None:
        self.image = image or image_tag()
        self._client: docker.DockerClient | None = None
        self._lock = threading.Lock()

    def client(self) -> docker.DockerClient:
        with self._lock:
            if self._client is None:
                client = connect()
                if find_image(client, self.image) is None:
                    raise ImageMissing(self.image)
                sweep_leftovers(client)
                self._client = client
            return self._client

    def open(self, limits: Limits) -> HarnessConnection:
        return DockerConnection(self.client(), self.image, limits)

    def harness_options(self) -> dict[str, Any]:
        # The container's cgroups are the harness's alone: the OOM-kill counter
        # tells an out-of-memory SIGKILL from any other, and memory use counts
        # every process a case starts. /work and /tmp are emptied between cases.
        # The harness is PID 1 of the container's PID namespace: every other
        # process there belongs to the case, and is killed when it ends.
        return {"workdir": WORKDIR, "own_cgroup": True, "pid_namespace": True, "scratch_dirs": [WORKDIR, "/tmp"]}

    def describe(self) -> str:
        return f"docker ({self.image}: no network, read-only, non-root, all capabilities dropped)"
