"""Starting the container of `judge run` or `judge submit` from the command
line's words, before the command line itself is even imported.

The container's start is mostly the engine's time (create, attach, start, the
harness's boot); every millisecond before its request goes out is on the path
of the whole command. judge.entry calls ``start_from_argv`` first thing, so the
request leaves before click and the command's modules load; judge.cli starts it
only for callers that skip judge.entry (click's test runner). A guess gone
wrong only costs a container never used.
"""

from __future__ import annotations

import atexit
import os
from typing import TYPE_CHECKING

from judge.errors import JudgeError

if TYPE_CHECKING:
    from judge.sandbox.warm import WarmingSandbox

# The group's options before the command word, and which of them take a value.
_GROUP_FLAGS = ("--no-history",)
_GROUP_VALUES = ("--history",)
# Commands that run a solution in a sandbox, with their options that take a value.
STARTS_A_SANDBOX = {"run": ("-i", "--input", "--sandbox"), "submit": ("--sandbox",)}

_begun_by_entry = False


def start_from_argv(argv: list[str]) -> None:
    """Begin starting the sandbox of the problem ``argv`` (the words after
    `judge`) names, when it is a run or a submit. Called once, by judge.entry."""
    global _begun_by_entry
    _begun_by_entry = True
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option in _GROUP_VALUES:
            rest = rest[1:]
        elif option not in _GROUP_FLAGS and not option.startswith(tuple(f"{name}=" for name in _GROUP_VALUES)):
            return  # --help, --version, or a mistake click will report
    if not rest or rest[0] not in STARTS_A_SANDBOX:
        return
    try:
        warm = start_for_command(rest[1:], STARTS_A_SANDBOX[rest[0]])
    except Exception:  # only a head start: the command meets any real problem and reports it
        return
    if warm is not None:
        atexit.register(warm.close)  # a harness the command did not take is removed then


def begun_by_entry() -> bool:
    return _begun_by_entry


def start_for_command(args: list[str], takes_value: tuple[str, ...]) -> WarmingSandbox | None:
    """Begin choosing the sandbox and starting its container for the problem
    named in ``args`` (a command's own words); the caller closes what it returns."""
    positional, sandbox, rest = [], os.environ.get("JUDGE_SANDBOX") or None, list(args)
    while rest:
        arg = rest.pop(0)
        if arg in ("-h", "--help", "--"):
            return None
        if arg.startswith("--sandbox="):
            sandbox = arg.partition("=")[2]
        elif arg in takes_value:
            value = rest.pop(0) if rest else ""
            sandbox = value if arg == "--sandbox" else sandbox
        elif not arg.startswith("-"):
            positional.append(arg)
    if not positional or sandbox not in (None, "docker", "local"):
        return None
    try:
        from judge.catalog import Catalog
        from judge.index import summary_of

        catalog = Catalog()
        summary = summary_of(catalog, catalog.find(positional[0]))
    except JudgeError:
        return None  # the command reports it
    if summary is None or len(summary.limits) != 3:
        return None
    from judge.sandbox.warm import LimitsKey, start_early

    return start_early(sandbox, LimitsKey(*summary.limits))
