"""Choosing the sandbox backend for a run."""

from __future__ import annotations

from collections.abc import Callable

from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox

BACKENDS: dict[str, Callable[[], Sandbox]] = {"local": LocalSandbox}


def choose_sandbox(name: str | None) -> tuple[Sandbox, str | None]:
    """The backend to use, and a warning to show the user if there is one."""
    sandbox = BACKENDS[name or "local"]()
    warning = None
    if not sandbox.isolated:
        warning = "running solutions with the local backend: limits apply, but the code is NOT isolated from this machine"
    return sandbox, warning
