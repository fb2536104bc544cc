"""Reaching the Docker engine, and the name of the sandbox image."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from judge.errors import SandboxError
from judge.sandbox.recipe import IMAGE_REPOSITORY, LABEL, SANDBOX_UID, image_tag

if TYPE_CHECKING:
    import docker

# Every container and image the judge makes carries LABEL, so leftovers can
# be found (and only ours are ever touched).
_PING_TIMEOUT_S = 5
__all__ = ["IMAGE_REPOSITORY", "LABEL", "SANDBOX_UID", "image_tag"]


class EngineUnavailable(SandboxError):
    """No Docker engine answered at the socket we tried."""

    def __init__(self, address: str, cause: str) -> None:
        self.address = address
        self.cause = cause
        self.summary = f"no Docker engine answers at {address} ({cause})"
        super().__init__(f"{self.summary}; start one (e.g. `dockerd &` as root, or `make sandbox`) or pass --sandbox local")


class ImageMissing(SandboxError):
    """The engine answers but the sandbox image for this version is not built."""

    def __init__(self, tag: str) -> None:
        self.summary = f"the sandbox image {tag} is not built"
        super().__init__(f"{self.summary}; run: judge image build")


def engine_address() -> str:
    return os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"


def connect(timeout: float = 120) -> docker.DockerClient:
    """A client for a live engine, or EngineUnavailable saying what to do."""
    # Imported here: commands that never touch Docker should not pay for it.
    import docker
    import docker.errors

    address = engine_address()
    try:
        client = docker.DockerClient(base_url=address, timeout=_PING_TIMEOUT_S)
        client.ping()
    except (docker.errors.DockerException, OSError) as error:
        raise EngineUnavailable(address, _short(error)) from None
    client.api.timeout = timeout
    return client


def find_image(client: docker.DockerClient, tag: str | None = None) -> docker.models.images.Image | None:
    """The sandbox image (by default this version's), or None when it is not built."""
    import docker.errors

    try:
        return client.images.get(tag or image_tag())
    except docker.errors.ImageNotFound:
        return None


def image_size_mb(image: docker.models.images.Image) -> float:
    return float(image.attrs.get("Size", 0)) / 1e6


def _short(error: BaseException) -> str:
    """What went wrong, in words: docker-py wraps the socket error in layers of reprs."""
    text = str(error)
    for marker, meaning in _CAUSES:
        if marker in text:
            return meaning
    text = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return text if len(text) < 160 else text[:157] + "..."


_CAUSES = [
    ("FileNotFoundError", "no socket there"),
    ("PermissionError", "permission denied: run as root or join the docker group"),
    ("ConnectionRefusedError", "connection refused"),
    ("Read timed out", "it did not answer in time"),
    ("TimeoutError", "it did not answer in time"),
]
