"""The few Docker Engine API calls a submission needs, straight over the engine's unix socket.

The Docker SDK costs about 100 ms of imports (requests, urllib3) before the
first call, on every `judge run` and `submit`; these calls cost none. Other
engines addresses (tcp://, ssh://) and everything else (doctor, image build,
the test suite) keep using the SDK.
"""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import quote, urlencode

from judge.errors import SandboxError

# How long a removal already under way may take before the judge gives up on
# it (the sweep at the next start takes what is left).
REMOVAL_WAIT_S = 30.0


class ApiError(SandboxError):
    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(f"Docker engine: {status} {message}")


class UnixEngine:
    """HTTP/1.1 to dockerd on a unix socket: one connection per request."""

    def __init__(self, path: str, timeout: float = 120) -> None:
        self.path = path
        self.timeout = timeout

    def _socket(self, timeout: float | None = None) -> socket.socket:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout if timeout is None else timeout)
        try:
            sock.connect(self.path)
        except OSError:
            sock.close()
            raise
        return sock

    @staticmethod
    def _head(method: str, target: str, body: bytes | None, extra: str = "") -> bytes:
        lines = [f"{method} {target} HTTP/1.1", "Host: docker", "User-Agent: interview-judge"]
        if body is not None:
            lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        else:
            lines.append("Content-Length: 0")
        head = "\r\n".join(lines) + "\r\n" + extra + "\r\n"
        return head.encode("ascii") + (body or b"")

    def request(self, method: str, path: str, params: dict[str, Any] | None = None, body: Any = None, timeout: float | None = None) -> Any:
        """The decoded JSON reply (None when empty); ApiError for a status of 400 or more."""
        target = path + ("?" + urlencode(params) if params else "")
        data = json.dumps(body).encode("utf-8") if body is not None else None
        sock = self._socket(timeout)
        try:
            sock.sendall(self._head(method, target, data, "Connection: close\r\n"))
            chunks = []
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            sock.close()
        status, headers, payload = _parse(b"".join(chunks))
        if status >= 400:
            try:
                message = json.loads(payload).get("message", "")
            except (ValueError, AttributeError):
                message = payload.decode("utf-8", errors="replace")
            raise ApiError(status, str(message).strip())
        return json.loads(payload) if payload.strip() and "json" in headers.get("content-type", "") else None

    def ping(self, timeout: float) -> None:
        sock = self._socket(timeout)
        try:
            sock.sendall(self._head("GET", "/_ping", None, "Connection: close\r\n"))
            reply = sock.recv(4096)
        finally:
            sock.close()
        if not reply.startswith(b"HTTP/1.") or reply[9:12] != b"200":
            raise ApiError(int(reply[9:12]) if reply[9:12].isdigit() else 0, "the engine did not answer the ping")

    def image_exists(self, tag: str) -> bool:
        try:
            self.request("GET", f"/images/{quote(tag, safe='')}/json")
        except ApiError as error:
            if error.status == 404:
                return False
            raise
        return True

    def containers(self, label: str) -> list[dict[str, Any]]:
        found = self.request("GET", "/containers/json", {"all": "1", "filters": json.dumps({"label": [label]})})
        return list(found or [])

    def create(self, config: dict[str, Any], name: str) -> str:
        return str(self.request("POST", "/containers/create", {"name": name}, body=config)["Id"])

    def attach(self, container: str) -> tuple[socket.socket, bytes]:
        """The container's stdin/stdout/stderr as a raw socket, and any stream bytes already read with the reply."""
        sock = self._socket()
        params = urlencode({"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
        try:
            sock.sendall(self._head("POST", f"/containers/{container}/attach?{params}", None, "Connection: Upgrade\r\nUpgrade: tcp\r\n"))
            reply = b""
            while b"\r\n\r\n" not in reply:
                chunk = sock.recv(4096)
                if not chunk:
                    raise ApiError(0, "the engine closed the attach connection")
                reply += chunk
        except BaseException:
            sock.close()
            raise
        head, _, rest = reply.partition(b"\r\n\r\n")
        status = int(head[9:12]) if head[9:12].isdigit() else 0
        if status not in (101, 200):
            sock.close()
            raise ApiError(status, head.decode("latin-1").splitlines()[0])
        return sock, rest

    def start(self, container: str) -> None:
        self.request("POST", f"/containers/{container}/start")

    def remove(self, container: str) -> None:
        """Force-remove, and return once the container is gone.

        A 409 means auto-remove got there first (the harness exited when its
        channel closed): the container exists until that removal ends, so the
        judge waits for it rather than exit leaving one behind."""
        try:
            self.request("DELETE", f"/containers/{container}", {"force": "1"})
        except ApiError as error:
            if error.status == 404:
                return
            if error.status != 409:
                raise
            if not self.wait_removed(container):
                raise ApiError(409, f"the removal of {container[:12]} takes over {REMOVAL_WAIT_S:.0f} s") from None

    def wait_removed(self, container: str, timeout: float = REMOVAL_WAIT_S) -> bool:
        """Whether the container is gone (auto-remove's removal ended) within ``timeout``."""
        try:
            self.request("POST", f"/containers/{container}/wait", {"condition": "removed"}, timeout=timeout)
        except ApiError as error:
            if error.status != 404:
                raise
        except TimeoutError:
            return False
        return True


def _parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        raise ApiError(0, f"unreadable reply {lines[0][:80]!r}") from None
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = _dechunk(body)
    return status, headers, body


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += data[:size]
        data = data[size + 2 :]
    return bytes(out)
