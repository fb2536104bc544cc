"""Choosing the sandbox backend for a run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from judge.errors import SandboxError
from judge.sandbox.base import Sandbox
from judge.sandbox.container import DockerSandbox
from judge.sandbox.local import LocalSandbox

BACKENDS: dict[str, Callable[[], Sandbox]] = {"docker": DockerSandbox, "local": LocalSandbox}

LOCAL_WARNING = "solutions run with the local backend: limits apply, but the code is NOT isolated from this machine"


@dataclass(frozen=True)
class Choice:
    sandbox: Sandbox
    reason: str
    warning: str | None = None


def choose_sandbox(name: str | None) -> Choice:
    """The backend to use, why, and a warning for the user if there is one.

    An explicit ``docker`` that cannot work is an error; with no choice made,
    docker is used when it can be, and local otherwise, saying why.
    """
    if name == "local":
        return Choice(LocalSandbox(), "asked for with --sandbox local (or JUDGE_SANDBOX)", LOCAL_WARNING)
    docker = DockerSandbox()
    if name == "docker":
        docker.engine()
        return Choice(docker, "asked for with --sandbox docker (or JUDGE_SANDBOX)")
    try:
        docker.engine()
    except SandboxError as error:
        reason = getattr(error, "summary", str(error))
        return Choice(LocalSandbox(), f"docker is unavailable: {reason}", f"{LOCAL_WARNING}.\n  Why: {error}")
    return Choice(docker, "the Docker engine answers and the sandbox image is built")
