"""Verdicts, and how the harness's facts about a run turn into one."""

from __future__ import annotations

import signal
from enum import StrEnum
from typing import Any

from judge.spec import Limits, size_text


class Verdict(StrEnum):
    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    RE = "RE"
    CE = "CE"
    OLE = "OLE"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def style(self) -> str:
        return "bold green" if self is Verdict.AC else "bold red" if self in (Verdict.WA, Verdict.RE, Verdict.CE) else "bold yellow"


_LABELS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.RE: "Runtime Error",
    Verdict.CE: "Compilation Error",
    Verdict.OLE: "Output Limit Exceeded",
}


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def classify(facts: dict[str, Any], limits: Limits) -> tuple[Verdict | None, str]:
    """The verdict the facts alone decide, or None when the answer must be checked.

    Order matters: a child killed at the wall limit has no result, and that is
    TLE, not RE; a child that printed past the cap and then crashed is OLE.
    """
    cpu_ms = facts.get("cpu_ms") or 0.0
    sig = facts.get("signal")
    if sig == signal.SIGXCPU or facts.get("killed_by") == "cpu" or cpu_ms > limits.time_ms:
        return Verdict.TLE, f"CPU time {cpu_ms:.0f} ms exceeds the limit of {limits.time_ms} ms"
    if facts.get("killed_by") == "wall":
        return Verdict.TLE, f"wall-clock time exceeded {limits.wall_ms} ms while using {cpu_ms:.0f} ms of CPU (sleeping or blocked?)"
    cap = limits.output_kb * 1024
    for stream in ("stdout", "stderr"):
        if facts.get(f"{stream}_bytes", 0) >= cap:
            limit = size_text(limits.output_kb)
            return Verdict.OLE, f"wrote {limit} or more to {stream}, the cap for a case (a flood of prints?)"
    if sig == signal.SIGXFSZ:
        return Verdict.OLE, f"wrote past the file-size limit of {size_text(limits.output_kb)}"
    if facts.get("killed_by") == "result":
        return Verdict.OLE, "the return value is too large to send back"
    result = facts.get("result")
    error = result.get("error") if isinstance(result, dict) else None
    if error is not None and not isinstance(error, dict):
        error = {"type": "an unreadable error"}  # the case's process wrote its own result
    # By identity, not by name: a class of the solution's merely called MemoryError is an RE.
    if error and error.get("type") == "MemoryError" and error.get("builtin") is True:
        return Verdict.MLE, f"MemoryError: the solution needed more than {limits.memory_mb} MB"
    tree_kb = facts.get("tree_memory_kb", 0) - facts.get("cow_allowance_kb", 0)
    if tree_kb > limits.memory_mb * 1024:
        return Verdict.MLE, f"the solution's processes together used {tree_kb // 1024} MB, over the limit of {limits.memory_mb} MB"
    oom_killed = facts.get("oom_killed")
    if oom_killed:
        # Even when the case's own process survived: its children together
        # used more memory than the sandbox allows.
        return Verdict.MLE, f"the kernel's OOM killer stopped the solution: memory over {limits.memory_mb} MB"
    if sig == signal.SIGKILL:
        if oom_killed is None:  # no OOM counter (the local backend): the likeliest cause
            return Verdict.MLE, f"killed by the kernel, most likely for memory over {limits.memory_mb} MB"
        return Verdict.RE, "killed by SIGKILL (not for memory: did the solution kill itself?)"
    if sig is not None:
        hint = " (a stack overflow from very deep recursion?)" if sig == signal.SIGSEGV else ""
        return Verdict.RE, f"killed by {_signal_name(sig)}{hint}"
    if not isinstance(result, dict):
        code = facts.get("exit_code")
        return Verdict.RE, f"the process exited (code {code}) without returning a result"
    if error:
        return Verdict.RE, describe_error(error)
    if not result.get("ok") or "value" not in result:
        return Verdict.RE, "the process returned no value"
    return None, ""


def describe_error(error: dict[str, Any]) -> str:
    kind, message, line = error.get("type", "Error"), error.get("message", ""), error.get("line")
    kind = kind if isinstance(kind, str) else "Error"
    message = message if isinstance(message, str) else ""
    where = f" (line {line})" if type(line) is int else ""
    builtin = error.get("builtin") is True
    if builtin and kind == "SystemExit":
        return f"the solution called sys.exit({message}){where}; return the answer instead"
    if builtin and kind == "RecursionError":
        return f"RecursionError: maximum recursion depth exceeded{where}"
    return f"{kind}: {message}{where}" if message else f"{kind}{where}"
