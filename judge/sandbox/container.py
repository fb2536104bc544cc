"""The docker backend: one hardened container per submission, the harness inside it.

The harness's source goes in as the interpreter's ``-c`` argument and frames
travel over the container's attached stdin/stdout, so no host path is ever
mounted into the container and nothing of the host is writable from inside.
"""

from __future__ import annotations

import functools
import os
import secrets
import socket
import threading
from typing import TYPE_CHECKING, Any

from judge.errors import SandboxError
from judge.sandbox.api import REMOVAL_WAIT_S, ApiError, UnixEngine
from judge.sandbox.base import FrameReader, HarnessConnection, HarnessGone, Sandbox, encode_frame
from judge.sandbox.boot import BOOTSTRAP, harness_blobs
from judge.sandbox.engine import (
    _PING_TIMEOUT_S,
    LABEL,
    SANDBOX_UID,
    EngineUnavailable,
    ImageMissing,
    _short,
    connect,
    engine_address,
    find_image,
    image_tag,
)
from judge.sandbox.held import signals_held
from judge.sandbox.leftovers import note_released, track, untrack

if TYPE_CHECKING:
    import docker

    from judge.spec import Limits

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
_IPC_SYSCTLS = {
    "fs.mqueue.queues_max": "0",
    "kernel.msgmni": "0",
    "kernel.sem": "0 0 0 0",
    "kernel.shm_rmid_forced": "1",
}
_STDOUT, _STDERR = 1, 2


def owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class _AttachReader(FrameReader):
    """Frames from an attached, non-TTY container: Docker multiplexes stdout and
    stderr into one stream of 8-byte-headed blocks, which this takes apart."""

    def __init__(self, sock: socket.socket, early: bytes = b"") -> None:
        super().__init__(sock.fileno())
        self._sock = sock
        self._raw = bytearray()
        self.stderr = bytearray()
        if early:  # stream bytes that came with the attach reply
            self._buffer += self._demultiplex(early)

    def _read_chunk(self) -> bytes | None:
        try:
            data = self._sock.recv(1 << 20)
        except BlockingIOError:
            return b""
        except OSError:
            return None
        if not data:
            return None
        return self._demultiplex(data)

    def _demultiplex(self, data: bytes) -> bytes:
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


def hardened_host_config(limits: Limits) -> dict[str, Any]:
    """Everything that locks the container down, as the Engine API's HostConfig;
    the test suite asserts each item on a running container."""
    # The capture files of stdout and stderr live on the tmpfs, so in the same memory.
    memory = (limits.memory_mb + _HARNESS_MEMORY_MB) * 1024 * 1024 + 2 * limits.output_kb * 1024
    fsize = max(limits.output_kb * 1024 * 2, 8 * 1024 * 1024)
    owned = f"uid={SANDBOX_UID},gid={SANDBOX_UID}"
    return {
        "NetworkMode": "none",
        "ReadonlyRootfs": True,
        "Tmpfs": {
            WORKDIR: f"rw,nosuid,nodev,noexec,size={_WORK_TMPFS_MB}m,mode=0700,{owned}",
            "/tmp": f"rw,nosuid,nodev,noexec,size={_TMP_TMPFS_MB}m,mode=1777",
        },
        "CapDrop": ["ALL"],
        "SecurityOpt": ["no-new-privileges:true"],
        "Memory": memory,
        "MemorySwap": memory,
        "PidsLimit": _PIDS,
        "NanoCpus": 1_000_000_000,
        "Ulimits": [
            {"Name": "fsize", "Soft": fsize, "Hard": fsize},
            {"Name": "nofile", "Soft": _OPEN_FILES, "Hard": _OPEN_FILES},
            {"Name": "stack", "Soft": _STACK_BYTES, "Hard": _STACK_BYTES},
            {"Name": "core", "Soft": 0, "Hard": 0},
        ],
        "IpcMode": "none",
        # No way to carry state from one case to the next through IPC objects:
        # no POSIX message queues or System V queues and semaphores at all, and
        # a shared-memory segment dies with the last process attached to it.
        "Sysctls": dict(_IPC_SYSCTLS),
        "LogConfig": {"Type": "none", "Config": {}},
        # No docker-init: the harness itself is PID 1 and reaps every orphan. A
        # docker-init would hold the frame channel as its stdout while dumpable
        # and running as the sandbox user, so a solution could write forged
        # frames through /proc/1/fd/1. The harness is non-dumpable, and as the
        # namespace's init it cannot be killed from inside at all.
        "Init": False,
        "AutoRemove": True,
        "Privileged": False,
    }


def host_config(client: docker.DockerClient, limits: Limits) -> dict[str, Any]:
    """The hardened HostConfig, for callers holding an SDK client (the benchmark)."""
    return hardened_host_config(limits)


def container_config(image: str, limits: Limits, command: list[str]) -> dict[str, Any]:
    """The Engine API's create body for a sandbox running ``command``."""
    return {
        "Image": image,
        "Cmd": command,
        "User": f"{SANDBOX_UID}:{SANDBOX_UID}",
        "WorkingDir": WORKDIR,
        "Env": [
            f"HOME={WORKDIR}",
            f"TMPDIR={WORKDIR}",
            "LANG=C.UTF-8",
            "PATH=/usr/bin:/bin",
            "OPENBLAS_NUM_THREADS=1",
            "OMP_NUM_THREADS=1",
            "MKL_NUM_THREADS=1",
        ],
        # Attached with stdin open once: the harness reads end-of-file (and
        # exits) as soon as this process lets go.
        "AttachStdin": True,
        "AttachStdout": True,
        "AttachStderr": True,
        "OpenStdin": True,
        "StdinOnce": True,
        "Tty": False,
        "NetworkDisabled": True,
        "Hostname": "sandbox",
        "Labels": {LABEL: "sandbox", _OWNER: owner_id()},
        "HostConfig": hardened_host_config(limits),
    }


class _SdkEngine:
    """The same calls as api.UnixEngine through the Docker SDK, for engines not on a unix socket."""

    def __init__(self, client: docker.DockerClient) -> None:
        self.client = client

    def create(self, config: dict[str, Any], name: str) -> str:
        return str(self.client.api.create_container_from_config(config, name=name)["Id"])

    def attach(self, container: str) -> tuple[socket.socket, bytes]:
        attached = self.client.api.attach_socket(container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
        return getattr(attached, "_sock", attached), b""

    def start(self, container: str) -> None:
        self.client.api.start(container)

    def remove(self, container: str) -> None:
        remove_container(self.client, container)

    def wait_removed(self, container: str, timeout: float = REMOVAL_WAIT_S) -> bool:
        return wait_until_removed(self.client, container, timeout)


Engine = UnixEngine | _SdkEngine


class DockerConnection(HarnessConnection):
    def __init__(self, engine: Engine, image: str, limits: Limits) -> None:
        self._engine = engine
        self._closed = False
        self._container: str | None = None
        self._sock: socket.socket | None = None
        self._reader: _AttachReader | None = None
        blobs = harness_blobs()
        # Named before it exists: interrupted between the engine creating it and its
        # reply, the container can still be removed by that name (by close(), or
        # at exit: it is tracked from here on).
        self._container = f"{LABEL}-{os.getpid()}-{secrets.token_hex(8)}"
        track(self)
        try:
            # Held in the main thread until the engine's reply is ours: Ctrl-C or SIGTERM
            # comes after it, and close() removes the container by its id.
            # A create request cut short would leave a container whose id never reached
            # us (the name given beforehand covers a create in another thread, as warm.py's).
            with signals_held():
                self._container = engine.create(container_config(image, limits, ["python3", "-I", "-c", BOOTSTRAP]), self._container)
            self._sock, early = engine.attach(self._container)
            self._sock.setblocking(False)
            self._reader = _AttachReader(self._sock, early)
            engine.start(self._container)
            self._send_bytes(blobs)  # the harness boots now, not when the first frame comes
        except Exception as error:
            self.close()
            raise SandboxError(f"cannot start the sandbox container: {error}") from None
        except BaseException:  # Ctrl-C, SIGTERM: nothing left behind either
            self.close()
            raise

    @property
    def container_id(self) -> str | None:
        return self._container

    def send(self, frame: dict[str, Any]) -> None:
        self._send_bytes(encode_frame(frame))

    def _send_bytes(self, payload: bytes) -> None:
        if self._sock is None:
            raise HarnessGone("the container is gone")
        data = memoryview(payload)
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
        # The removal first: a Ctrl-C while the channel closes must not cost it.
        try:
            if self._container is not None:
                remove_in_background(self._engine, self._container)
        finally:
            untrack(self)
            self._close_channel()

    def release(self) -> None:
        """The harness was told to end while idle: it exits, and the engine's
        auto-remove takes the container (as `docker run --rm` does), without
        the judge waiting about 50 ms for a forced removal or for auto-remove.
        A judge stopped by a signal does wait (leftovers.settle_released), so
        Ctrl-C leaves nothing; should the harness not exit, the container's
        owner label names this process, and the sweep at the next start
        removes what a dead judge left."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._container is not None:
                note_released(functools.partial(_settle, self._engine, self._container))
        finally:
            untrack(self)
            self._close_channel()

    def _close_channel(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            except OSError:
                pass
            reader = getattr(self, "_reader", None)
            if reader is not None:
                reader.close()


def remove_container(client: docker.DockerClient, container: str) -> None:
    """Force-remove, and return once the container is gone (see UnixEngine.remove:
    a 409 is auto-remove's removal still under way)."""
    import docker.errors

    try:
        client.api.remove_container(container, force=True)
    except docker.errors.NotFound:
        pass
    except docker.errors.APIError as error:
        if error.status_code != 409:
            raise SandboxError(f"cannot remove sandbox container {container[:12]}: {error}") from None
        wait_until_removed(client, container)


def wait_until_removed(client: docker.DockerClient, container: str, timeout: float = REMOVAL_WAIT_S) -> bool:
    """Whether the container is gone within ``timeout``."""
    import docker.errors
    import requests.exceptions

    try:
        client.api.wait(container, timeout=timeout, condition="removed")
    except docker.errors.NotFound:
        pass
    except (requests.exceptions.ReadTimeout, requests.exceptions.ConnectionError):
        return False
    return True


# How long a released harness gets to exit by itself.
_EXIT_WAIT_S = 5.0
_removals: list[threading.Thread] = []
_removals_lock = threading.Lock()


def _settle(engine: Engine, container: str) -> None:
    """Return once a released container is gone: an idle harness exits within
    milliseconds; one that does not is removed by force."""
    try:
        if not engine.wait_removed(container, timeout=_EXIT_WAIT_S):
            engine.remove(container)
    except (SandboxError, OSError):
        pass  # left for the next sweep; nothing the user can act on now


def remove_in_background(engine: Engine, container: str) -> None:
    """Force-remove without making the user wait (about 70 ms a container).

    The thread is not a daemon: the interpreter joins it before exiting, on
    Ctrl-C and SIGTERM too. Should the judge be killed outright, auto-remove
    takes the container once its harness reads end-of-file, and the sweep at
    the next start takes anything else.
    """

    def remove() -> None:
        try:
            engine.remove(container)
        except (SandboxError, OSError):
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


def _sweep(engine: UnixEngine) -> None:
    """sweep_leftovers through the engine's socket."""
    host = socket.gethostname()
    for container in engine.containers(LABEL):
        owner = (container.get("Labels") or {}).get(_OWNER, "")
        owner_host, _, pid = owner.rpartition(":")
        if owner_host == host and pid.isdigit() and not _alive(int(pid)):
            engine.remove(container["Id"])


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
        self._engine: UnixEngine | None = None
        self._ready = False  # the engine answered, the image is there, leftovers are swept
        self._lock = threading.Lock()

    def client(self) -> docker.DockerClient:
        """The Docker SDK's client (doctor, image build, tests), once the engine and image are checked."""
        with self._lock:
            if self._client is None:
                client = connect()
                if find_image(client, self.image) is None:
                    raise ImageMissing(self.image)
                sweep_leftovers(client)
                self._client = client
                self._ready = True
            return self._client

    def engine(self) -> Engine:
        """What runs submissions: the engine's unix socket directly (no SDK to import), checked
        once as client() does: it answers, the image is built, and a dead judge's containers are swept."""
        address = engine_address()
        if not address.startswith("unix://"):
            return _SdkEngine(self.client())
        with self._lock:
            if self._engine is None:
                engine = UnixEngine(address.removeprefix("unix://"))
                try:
                    engine.ping(_PING_TIMEOUT_S)
                except (OSError, ApiError) as error:
                    raise EngineUnavailable(address, _short(RuntimeError(f"{type(error).__name__}: {error}"))) from None
                if not self._ready:
                    if not engine.image_exists(self.image):
                        raise ImageMissing(self.image)
                    _sweep(engine)
                    self._ready = True
                self._engine = engine
            return self._engine

    def open(self, limits: Limits) -> HarnessConnection:
        return DockerConnection(self.engine(), self.image, limits)

    def harness_options(self) -> dict[str, Any]:
        # The container's cgroups are the harness's alone: the OOM-kill counter
        # tells an out-of-memory SIGKILL from any other, and memory use counts
        # every process a case starts. /work and /tmp are emptied between cases.
        # The harness is PID 1 of the container's PID namespace: every other
        # process there belongs to the case, and is killed when it ends.
        return {"workdir": WORKDIR, "own_cgroup": True, "pid_namespace": True, "scratch_dirs": [WORKDIR, "/tmp"]}

    def describe(self) -> str:
        return f"docker ({self.image}: no network, read-only, non-root, all capabilities dropped)"
