"""Driving one harness through a submission's cases, whatever the sandbox."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from judge.cases import Case
from judge.catalog import Problem
from judge.errors import JudgeError, SandboxError, SpecError
from judge.languages import PYTHON, LanguageInfo
from judge.languages.runner import LanguageUnsupported, case_payload, container_limits, limits_for, program_payload
from judge.sandbox.base import HarnessConnection, HarnessGone, Sandbox
from judge.sandbox.frames import RawJson
from judge.spec import ClassEntry, Limits, ProblemSpec, signature_mentions
from judge.verdicts import Verdict, classify, describe_error

# The harness's own bookkeeping (frame coding, forking, reading output back)
# on top of a case's wall limit, before the host gives up on it.
_GRACE_S = 10.0
# Heavy modules the harness imports once, so case children share them instead
# of each paying the import against its CPU limit. Only when needed: numpy
# alone costs ~90 ms at start and ~1 ms on every fork after.
PRELOADABLE = ("numpy",)
RESULT_CAP_BYTES = 64 * 1024 * 1024

# The harness's wall limit on one rung's call (harness.MEASURE_WALL_MS; tests/test_frames.py
# keeps them equal): the host does not import the harness module, 17 ms of every submit.
MEASURE_WALL_MS = 10_000


def entry_payload(spec: ProblemSpec) -> dict[str, Any]:
    entry = spec.entry
    if isinstance(entry, ClassEntry):
        return {
            "kind": "class",
            "name": entry.name,
            "methods": [m.name for m in entry.methods],
            # Declared as returning nothing: what they return is not kept (the host ignores it too).
            "void": [m.name for m in entry.methods if m.void],
            "measure_retained": entry.measure_retained,
        }
    params = [{"name": p.name, **p.codec()} for p in entry.params]
    return {
        "kind": "function",
        "name": entry.name,
        "aliases": [alias.name for alias in entry.aliases],
        "params": params,
        "preserve_input": entry.preserve_input,
    }


def preload_for(spec: ProblemSpec, source: str) -> list[str]:
    """The heavy modules this solution imports (anywhere in it) or the problem's types need."""
    wanted: set[str] = set()
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        tree = None
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.Import):
            wanted.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            wanted.add(node.module.partition(".")[0])
    if signature_mentions(spec.entry, "ndarray"):
        wanted.add("numpy")
    if isinstance(spec.entry, ClassEntry) and spec.entry.measure_retained:
        # The structure's memory is measured from the fork on: what importing
        # hashlib or struct allocates is the interpreter's, not the structure's,
        # so the harness imports every module the solution names first.
        return sorted(wanted)
    return [module for module in PRELOADABLE if module in wanted]


def limits_payload(spec: ProblemSpec, limits: Limits | None = None) -> dict[str, Any]:
    """The per-case limits the harness enforces: the problem's, or a language's (``limits``)."""
    limits = limits or spec.limits
    return {
        "time_ms": limits.time_ms,
        "wall_ms": limits.wall_ms,
        "memory_mb": limits.memory_mb,
        "output_bytes": limits.output_kb * 1024,
        "result_bytes": RESULT_CAP_BYTES,
        "processes": 64,
        "open_files": 64,
        "recursion_limit": 100_000,
    }


@dataclass(frozen=True)
class StartFailure:
    """The solution could not even be loaded: CE, or a limit hit at import."""

    verdict: Verdict
    message: str
    details: str = ""
    line: int | None = None  # in the solution file, when the failure points at one


class HarnessRun:
    """One solution loaded in one harness; cases go in one at a time.

    If a case kills the harness (it is the solution's process tree's parent,
    and a hostile solution can reach it), that case is RE and a fresh harness
    takes the remaining cases: a crash can never turn into an AC.
    """

    def __init__(
        self, problem: Problem, source: str, sandbox: Sandbox, filename: str | None = None, language: LanguageInfo = PYTHON
    ) -> None:
        self._spec = problem.spec
        self._sandbox = sandbox
        self.language = language
        # The limits this language's cases are held to (C++ gets its own time limit).
        self.limits = limits_for(problem.spec, language)
        self._init = {
            "type": "init",
            "source": source,
            # What compile errors and tracebacks call the file (the harness's default: solution.py).
            **({"filename": filename} if filename else {}),
            "entry": entry_payload(problem.spec),
            "limits": limits_payload(problem.spec, self.limits),
            "preload": preload_for(problem.spec, source),
            **sandbox.harness_options(),
        }
        if language is not PYTHON:
            # Compiled once in the sandbox, then run per case by the same harness.
            try:
                program = program_payload(problem.spec, language, source, filename or f"solution{language.suffix}")
            except LanguageUnsupported as error:
                raise JudgeError(str(error)) from None
            self._init.update(program=program, source="", preload=[])
        self._connection: HarnessConnection | None = None
        # Every frame sent has been answered: the harness waits for the next one,
        # and no process of the solution is left (it ends them after each case).
        self._idle = False

    def start(self) -> StartFailure | None:
        # For a compiled language the container has room for the compiler; each
        # case is still held to self.limits (RLIMIT_AS, sampled memory, OOM kills).
        connection = self._sandbox.open(container_limits(self._spec, self.language))
        self._connection = connection
        self._idle = False
        try:
            connection.send(self._init)
            # The harness answers once it has imported the solution (under the case
            # limits) or compiled the program (under the compiler's own wall limit,
            # which a loaded machine can use up: the host must not give up first).
            compile_wall_ms = self._init.get("program", {}).get("compile_limits", {}).get("wall_ms", 0)
            reply = connection.receive(max(self.limits.wall_ms, compile_wall_ms) / 1000 + _GRACE_S * 3)
        except (HarnessGone, TimeoutError) as error:
            detail = connection.diagnostics()
            self.close()
            raise SandboxError(f"the judge harness failed to start ({error}). {detail}".strip()) from None
        self._idle = True  # answered: loaded, or ending after a failure to compile or load
        if reply.get("ok"):
            return None
        self.close()
        if reply.get("stage") == "runtime":  # the judge's own Java runtime: never the solution's fault
            failed = reply.get("error") or {}
            raise SandboxError(f"the judge's Java runtime did not compile in the sandbox: {failed.get('message', '')}".strip())
        if reply.get("stage") == "compile":
            compile_error = reply.get("error") or {}
            return StartFailure(Verdict.CE, compile_error.get("message", "the solution does not compile"), line=compile_error.get("line"))
        return _import_failure(reply.get("probe") or {}, self._spec)

    def run(self, case: Case) -> dict[str, Any]:
        """The harness's facts about one case (see harness.run_child)."""
        if self._connection is None:
            failure = self.start()
            if failure is not None:
                raise SandboxError(f"the solution stopped loading after a restart: {failure.message}")
        assert self._connection is not None
        self._idle = False
        try:
            frame: dict[str, Any] = {"type": "case", "id": case.id, "args": RawJson(case.args_json) if case.args_json else case.args}
            if self.language is not PYTHON:
                frame.update(case_payload(self._spec, case.args))
            self._connection.send(frame)
            facts = self._connection.receive(self.limits.wall_ms / 1000 + _GRACE_S)
        except HarnessGone:
            self.close()
            return {"harness_died": True}
        except TimeoutError:
            self.close()
            return {"killed_by": "wall", "cpu_ms": 0.0}
        if facts.get("type") == "unreadable":
            # The facts went down with the value nested in them, so this can never be AC.
            return {"result": {"ok": True, "value": {"$foreign": {"type": "value nested too deeply to read", "repr": ""}}}}
        if facts.get("type") != "result" or facts.get("id") != case.id:
            self.close()
            return {"harness_died": True}
        self._idle = True
        if "input_error" in facts:
            raise SpecError(f"{case.id} of {self._spec.slug} cannot be turned into arguments: {facts['input_error']}")
        return facts

    def rung(self, frame: dict[str, Any]) -> dict[str, Any] | None:
        """A follow-up's ``rung`` frame answered (see harness.measure_rung); None when the
        harness is gone or silent, which makes the follow-up inconclusive, never a verdict."""
        if self._connection is None and self.start() is not None:
            return None
        assert self._connection is not None
        repeats = int(frame.get("repeats", 1))
        wait_s = repeats * MEASURE_WALL_MS / 1000 + _GRACE_S
        self._idle = False
        try:
            self._connection.send(frame)
            reply = self._connection.receive(wait_s)
        except (HarnessGone, TimeoutError):
            self.close()
            return None
        if reply.get("type") != "rung" or reply.get("id") != frame.get("id"):
            self.close()
            return None
        self._idle = True
        if "input_error" in reply:
            raise SpecError(f"the ladder of {self._spec.slug} cannot be built: {reply['input_error']}")
        return reply

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        # Told to end while idle, the harness exits by itself; in every other
        # way out (gone, busy, or Ctrl-C in the middle of the goodbye) it is
        # removed, so nothing outlives the command.
        ended = False
        try:
            connection.send({"type": "end"})
            ended = self._idle
        except HarnessGone:
            pass
        finally:
            if ended:
                connection.release()
            else:
                connection.close()

    def __enter__(self) -> HarnessRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _import_failure(probe: dict[str, Any], spec: ProblemSpec) -> StartFailure:
    verdict, message = classify(probe, spec.limits)
    output = "\n".join(text for text in (probe.get("stdout", ""), probe.get("stderr", "")) if text)
    if verdict in (Verdict.TLE, Verdict.MLE, Verdict.OLE):
        return StartFailure(verdict, f"while loading the solution: {message}", output)
    result = probe.get("result")
    error = result.get("error") if isinstance(result, dict) else None  # written by the solution's process
    if isinstance(error, dict) and error:
        kind = error.get("type")
        if kind == "EntryPointMissing":
            return StartFailure(Verdict.CE, str(error.get("message")), output)
        return StartFailure(
            Verdict.CE,
            f"the module fails to load: {describe_error(error)}",
            error["traceback"] if isinstance(error.get("traceback"), str) else "",
            line=error["line"] if type(error.get("line")) is int else None,
        )
    return StartFailure(Verdict.CE, message or "the module fails to load", output)


def case_verdict(facts: dict[str, Any], spec: ProblemSpec, limits: Limits | None = None) -> tuple[Verdict | None, str]:
    """The verdict the facts decide, against the problem's limits or a language's (``limits``)."""
    if facts.get("harness_died"):
        return Verdict.RE, "the judge's harness died during this case (did the solution kill its parent?)"
    return classify(facts, limits or spec.limits)
