"""The judging harness: the one program that runs inside the sandbox.

It is deliberately a single file that needs nothing beyond the standard library
(numpy is used when the sandbox has it), so a sandbox backend can copy it into
a container unchanged and run it with ``python3 harness.py``.

Protocol (length-prefixed JSON frames, see ``write_frame``/``read_frame``):

* host -> harness on stdin: one ``init`` frame (the solution's source, entry
  point and limits), then one ``case`` frame at a time, then ``end``;
* harness -> host on the stdout it was started with: one reply per frame.

The harness never executes the solution in its own process. It compiles the
source once (syntax errors become CE without running anything), then runs
every case in a fresh forked child that executes the compiled module, calls
the entry point under CPU, memory, file-size and process limits and sends its
return value back over a private pipe. The child's stdout and stderr go to
capped files, never to the result channel. The harness reports facts (exit
status, signal, rusage, output sizes, the value); verdicts are decided by the
host, which alone knows the expected outputs.

Who computes which figure (the trust boundary)
----------------------------------------------
The case child runs the solution's code, and from its first line on the
solution controls that process completely: it can rewrite ``json``, this
module's functions, its own memory. So nothing the child computes after the
solution's code has run decides a verdict, except the answer itself, which the
host checks as untrusted data. Every other figure is taken here, in the harness
process, from sources the solution cannot write to:

* CPU time: the container's cpuacct cgroup (every process of the case, minus
  the harness's own rusage), or, without a cgroup, the rusage of each reaped
  process; polled during the case, so helpers burning CPU count.
* Memory: the memory cgroup's usage, sampled during the case, and the kernel's
  peak resident size of each process (``wait4``).
* Processes: after every case, everything the case started is killed and
  reaped before the next case starts (``kill(-1)`` as PID 1 of the container's
  PID namespace; a stop-then-kill walk of the tree outside one).
* "Input modified" (``preserve_input``): the child stops itself after sending
  its answer, and the harness reads the input nodes' ``val`` and ``next`` slots
  straight from the stopped child's memory (``/proc/PID/mem``) at the addresses
  it built them at before the fork.
* Retained memory (``measure_retained``): the private resident memory (RssAnon
  and RssShmem) of the child and of any helper beyond the harness's own at the
  fork, sampled every few milliseconds and once more while the child is
  stopped after answering, plus what the case added to the scratch file
  systems. Never tracemalloc, which the solution's process could fool.
* Follow-ups (``rung`` frames, see "Follow-up measurement" below):

  ====================================  =========================  ==========
  figure                                taken by                   trusted
  ====================================  =========================  ==========
  CPU time of each call (thread clock)  the child, clock bound     no: it
                                        before the solution runs   describes
  tracemalloc peak during the call      the child                  no (*)
  CPU and user CPU of the whole child   the kernel (wait4,         yes
                                        RUSAGE_CHILDREN)
  peak resident size of the child       the kernel (wait4) less    yes
                                        our private memory
  ====================================  =========================  ==========

  The host never reports a follow-up as met when the child's account is
  less than the kernel charged it beyond start-up (judge.complexity.measure),
  nor when the kernel saw its resident memory grow. (*) A solution that fools
  tracemalloc only hides its own memory from its own report; the kernel's
  figure still counts it.
A child that does not stop after answering where it must gets no verdict
better than RE: a figure that cannot be taken is never assumed.
The host, finally, judges what comes back as data: any shape, any size.

Compiled languages (C++; the "Compiled languages" section below) keep every
row above: the harness compiles the program under limits of its own, and each
case child executes the sealed binary, so CPU, memory, OOM kills and output
sizes are the same figures taken the same way. Two rows differ in how:

* "Input modified": the driver builds the input nodes in one block at a fixed
  address (``program["node_region"]``), so the harness knows where node ``i``
  is without asking the program, and reads every node's ``val`` and ``next``
  from the stopped process's memory, as above. Node identity in the answer
  (``$node``) is part of the answer: computed by the program, untrusted, and
  checked by the host like any answer.
* Retained memory: the program's private resident memory sampled from
  outside once it has executed, less a fixed allowance for the C++ runtime
  (``program["retained_base_bytes"]``), never a figure the program reports.

Java runs every case of a submission in one JVM, and its table of who
computes what is in the "Java" section below: CPU, wall time and memory
verdicts stay the harness's; the driver inside the JVM, locked away from the
user's classes by a SecurityManager, reports node identity, "input modified",
the captured output and threads left running.
"""

from __future__ import annotations

import _thread
import builtins
import collections
import ctypes
import functools
import gc
import json
import linecache
import math
import os
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import time
import traceback
import tracemalloc
import types

# typing costs the container's boot 1.5 ms; annotations are never evaluated here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, BinaryIO

PROTOCOL_VERSION = 1
_HEADER = struct.Struct(">I")
MAX_FRAME_BYTES = 512 * 1024 * 1024
_SOLUTION_FILENAME = "solution.py"
_TEXT_HEAD_BYTES = 8192
_RESULT_FD = 3
_SEND_CHUNK = 1024
_POLL_S = 0.02
_TRACE_FRAMES = 12
_CPU_GRACE_S = 0.05
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Where the kernel counts OOM kills for this container's memory cgroup (v1, v2).
_OOM_COUNTERS = ("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events")
# The memory charged to this container's cgroup right now (v1, v2).
_MEMORY_USAGE = ("/sys/fs/cgroup/memory/memory.usage_in_bytes", "/sys/fs/cgroup/memory.current")
# Threads get this much stack: the default would be RLIMIT_STACK (64 MB, for
# deep recursion), and every thread would reserve that much address space.
_THREAD_STACK_BYTES = 8 * 1024 * 1024

# prctl(2) options; ctypes keeps the harness free of third-party modules.
_PR_SET_DUMPABLE = 4
_PR_SET_CHILD_SUBREAPER = 36


class FrameError(Exception):
    """The byte stream does not hold a well-formed frame."""


class EntryPointMissing(LookupError):
    """The solution lacks the function or class the problem calls."""


def encode_frame(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, separators=(",", ":")).encode("utf-8")
    return _HEADER.pack(len(body)) + body


def write_frame(stream: BinaryIO, message: dict[str, Any]) -> None:
    stream.write(encode_frame(message))
    stream.flush()


def _read_exact(stream: BinaryIO, size: int) -> bytes | None:
    chunks = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            if remaining == size:
                return None
            raise FrameError("stream ended inside a frame")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO) -> dict[str, Any] | None:
    """Next frame, or None at a clean end of stream."""
    header = _read_exact(stream, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    if size > MAX_FRAME_BYTES:
        raise FrameError(f"frame of {size} bytes exceeds the limit")
    body = _read_exact(stream, size)
    if body is None:
        raise FrameError("stream ended inside a frame")
    message = json.loads(body)
    if not isinstance(message, dict):
        raise FrameError("a frame must hold a JSON object")
    return message


# --------------------------------------------------------------------------
# What the solution sees


class ListNode:
    """Singly-linked list node, predefined for solutions as LeetCode does.

    ``val`` and ``next`` are slots, at fixed offsets in the object, so the
    harness can read them from a stopped child's memory (``/proc/PID/mem``);
    the ``__dict__`` slot keeps LeetCode's habit of tagging nodes working
    (``node.visited = True``).
    """

    __slots__ = ("__dict__", "__weakref__", "next", "val")

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    """Binary tree node, predefined for solutions as LeetCode does; slots at
    fixed offsets like ListNode's, for the same reason."""

    __slots__ = ("__dict__", "__weakref__", "left", "right", "val")

    def __init__(self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


# LeetCode's Python 3 runtime runs, before a solution, ``from M import *`` for
# each of these modules in this order, then ``from builtins import *`` (so
# ``pow``, ``abs``, ``compile``, ``open`` and ``exit`` are the builtins again),
# ``import M`` for each (so ``random``, ``bisect``, ``copy`` and ``datetime``
# name the modules), defines ListNode, TreeNode and NestedInteger (not
# provided here), and last ``from typing import *``. See the README's
# "Pasting from LeetCode" for where the judge differs.
LEETCODE_STAR_MODULES = (
    "string", "re", "datetime", "collections", "heapq", "bisect", "copy", "math", "random",
    "statistics", "itertools", "functools", "operator", "io", "sys", "json",
)  # fmt: skip
# typing's Counter, OrderedDict and ChainMap are aliases that build the same
# objects; the classes themselves also work with isinstance and subclassing.
_REAL_CLASSES = ("Counter", "OrderedDict", "ChainMap")
# The solution's module, its namespace filled with the prelude once per
# submission by the harness, before any fork: every case child starts from its
# own copy of it for free. (Copying the names in each child instead costs
# ~0.5 ms a case: each value's reference count is written, and every page it
# touches is copied on write.)
_SOLUTION_MODULE: types.ModuleType | None = None


def build_prelude() -> dict[str, Any]:
    """The names LeetCode's runtime gives a solution without an import. The
    modules are imported here, in the harness, once: an ``import heapq`` of
    the solution's own then finds it loaded."""
    import builtins
    import importlib
    import typing

    names: dict[str, Any] = {}
    modules = [importlib.import_module(name) for name in LEETCODE_STAR_MODULES]
    for module in modules:
        public = getattr(module, "__all__", None)
        if public is None:
            public = [name for name in dir(module) if not name.startswith("_")]
        for name in public:
            if hasattr(module, name):
                names[name] = getattr(module, name)
    # ``from builtins import *``: a builtin's name means the builtin (math's
    # two-argument pow would break pow(x, n, mod)), found through __builtins__.
    for name in [name for name in names if hasattr(builtins, name)]:
        del names[name]
    names.update(zip(LEETCODE_STAR_MODULES, modules))
    names.update(ListNode=ListNode, TreeNode=TreeNode)
    names.update((name, getattr(typing, name)) for name in typing.__all__ if hasattr(typing, name))
    collections_module = names["collections"]
    names.update((name, getattr(collections_module, name)) for name in _REAL_CLASSES)
    return names


def prelude_module() -> types.ModuleType:
    """A fresh module named ``solution`` holding the prelude's names."""
    module = types.ModuleType("solution")
    module.__dict__.update(build_prelude())
    return module


def build_lists(params: list[dict[str, Any]], args: dict[str, Any]) -> tuple[list[Any], dict[int, list[Any]]]:
    """Turn JSON arguments into call arguments.

    ``ndarray`` parameters become numpy arrays of their declared dtype, and
    ``list[ndarray]`` ones lists of them.
    ``listnode`` parameters accept a list of values, ``{"values": [...],
    "pos": k}`` (the tail links back to node k: a cycle), or ``{"values":
    [...], "join": {"param": name, "index": k}}`` (after its own nodes the list
    continues into node k of an earlier list parameter: shared tails).
    Returns the positional arguments and a registry from ``id(node)`` to
    ``[param, index]`` so returned nodes can be identified exactly.
    """
    values: list[Any] = []
    registry: dict[int, list[Any]] = {}
    nodes_by_param: dict[str, list[ListNode]] = {}
    for param in params:
        name = param["name"]
        raw = args[name]
        if param.get("codec") == "ndarray" and raw is not None:
            values.append(build_array(raw, param["dtype"]))
            continue
        if param.get("codec") == "ndarray_list" and raw is not None:
            values.append([build_array(item, param["dtype"]) for item in raw])
            continue
        if param.get("codec") != "listnode":
            values.append(raw)
            continue
        spec = raw if isinstance(raw, dict) else {"values": raw}
        nodes = [ListNode(v) for v in (spec.get("values") or [])]
        for left, right in zip(nodes, nodes[1:]):
            left.next = right
        for index, node in enumerate(nodes):
            registry[id(node)] = [name, index]
        pos = spec.get("pos", -1)
        join = spec.get("join")
        tail: ListNode | None = None
        if pos is not None and pos >= 0:
            tail = nodes[pos]
        elif join is not None:
            tail = nodes_by_param[join["param"]][join["index"]]
        head = nodes[0] if nodes else tail
        if tail is not None:
            if nodes:
                nodes[-1].next = tail
            if join is not None:
                # Later parameters may join this list anywhere along it, shared part included.
                nodes = nodes + nodes_by_param[join["param"]][join["index"] :]
        nodes_by_param[name] = nodes
        values.append(head)
    return values, registry


def build_array(raw: Any, dtype: str) -> Any:
    """A numpy array of the declared dtype from nested JSON lists (numpy
    refuses ragged rows, which is the package's error, never the solution's)."""
    import numpy  # preloaded by the host for problems with array parameters

    return numpy.array(raw, dtype=dtype)


# Every escape the harness writes is a one-key dict whose key starts with "$";
# a dict the solution returns is always sent as {"$dict": [[key, value], ...]},
# so no value of the solution's can take the shape of an escape.
_MAX_DEPTH = 100  # deeper values are reported, not sent: the host decodes them recursively
_INT_BOUND = 1 << 64  # no problem's answer needs more; bigger ones are described, not sent
_ARRAY_DTYPES = frozenset(
    {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"}
)


def encode_value(value: Any, registry: dict[int, list[Any]], depth: int = 0) -> Any:
    """The return value as JSON; nodes of the input become references to them.

    Only plain JSON and the escapes listed in judge/values.py come out of here;
    anything else becomes ``{"$foreign": {"type": ..., "repr": ...}}`` that the
    host rejects with a sentence naming it. Exact type tests (not isinstance)
    keep a class that fakes ``__class__`` from passing as a list or a number.
    """
    if depth > _MAX_DEPTH:
        return _foreign(f"value nested more than {_MAX_DEPTH} levels deep", "")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        if -_INT_BOUND < value < _INT_BOUND:
            return value
        return _foreign(f"int of about {int(value.bit_length() * 0.30103) + 1} digits", "")
    if kind is float:
        if math.isfinite(value):
            return value
        return {"$float": repr(value)}
    if kind is list or kind is tuple:
        return [encode_value(item, registry, depth + 1) for item in value]
    if kind is dict:
        return {"$dict": [[encode_value(k, registry, depth + 2), encode_value(v, registry, depth + 2)] for k, v in value.items()]}
    if kind is set or kind is frozenset:
        items = [encode_value(item, registry, depth + 1) for item in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    # Subclasses (IntEnum, namedtuple, OrderedDict, numpy.str_) as their base
    # type, read through the base's own methods so no override runs.
    if issubclass(kind, (bool, int, float, str)):
        base = next(b for b in (bool, int, float, str) if issubclass(kind, b))
        return encode_value(_BASE_COPY[base](value), registry, depth)
    if issubclass(kind, (list, tuple)):
        return [encode_value(item, registry, depth + 1) for item in (list.__iter__ if issubclass(kind, list) else tuple.__iter__)(value)]
    if issubclass(kind, dict):
        return encode_value(dict(dict.items(value)), registry, depth)
    if id(value) in registry:
        return {"$node": registry[id(value)]}
    if kind is ListNode:
        return {"$foreign_node": encode_value(value.val, registry, depth + 1)}
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        if isinstance(value, numpy.ndarray):
            dtype = value.dtype
            if str(dtype) not in _ARRAY_DTYPES:
                label = "structured" if dtype.fields is not None else str(dtype)
                return _foreign(f"{label} array", _short_repr(value))
            return {
                "$ndarray": {
                    "dtype": str(dtype),
                    "shape": [int(n) for n in value.shape],
                    "data": encode_value(numpy.asarray(value).tolist(), registry, depth + 1),
                }
            }
        if isinstance(value, numpy.generic):
            code = value.dtype.kind
            if code == "b":
                return bool(value)
            if code in "iu":
                return encode_value(int(value), registry, depth)
            if code == "f" and value.dtype.itemsize <= 8:
                return encode_value(float(value), registry, depth)
            return _foreign(str(value.dtype), _short_repr(value))
    # A solution's own node class (LeetCode's ListNode, redefined) is still a node, but not one of the input.
    if _looks_like_node(value):
        return {"$foreign_node": encode_value(getattr(value, "val", None), registry, depth + 1)}
    name = getattr(kind, "__qualname__", None) or "object"
    return _foreign(name[:100] if isinstance(name, str) else "object", _short_repr(value))


_BASE_COPY: dict[type, Any] = {
    bool: bool.__bool__,
    int: int.__index__,
    float: float.__float__,
    str: lambda text: str.__getitem__(text, slice(None)),
}


def _looks_like_node(value: Any) -> bool:
    try:
        return hasattr(value, "val") and hasattr(value, "next")
    except Exception:  # a hostile __getattr__
        return False


def _foreign(kind: str, text: str) -> dict[str, Any]:
    return {"$foreign": {"type": kind, "repr": text}}


def _short_repr(value: Any) -> str:
    try:
        text = repr(value)
        if not isinstance(text, str):
            return "<unrepresentable>"
    except Exception:  # a hostile __repr__ must not take the child down
        return "<unrepresentable>"
    return text if len(text) <= 200 else text[:200] + "..."


class _FreshSolution:
    """The entry point is method ``name`` of class Solution, bound per call so
    that each case gets a fresh Solution()."""

    def __init__(self, name: str) -> None:
        self.name = name


def resolve_entry(module: types.ModuleType, entry: dict[str, Any]) -> Any:
    """The callable the cases exercise, LeetCode's way or as a plain function,
    under its name or one of LeetCode's other names for it (``aliases``)."""
    name = entry["name"]
    if entry["kind"] == "class":
        target = getattr(module, name, None)
        if not isinstance(target, type):
            raise EntryPointMissing(f"the solution defines no class {name}")
        missing = [m for m in entry["methods"] if not callable(getattr(target, m, None))]
        if missing:
            raise EntryPointMissing(f"class {name} has no method {', '.join(missing)}")
        return target
    names = [name, *entry.get("aliases", [])]
    solution_class = getattr(module, "Solution", None)
    if isinstance(solution_class, type):
        for candidate in names:
            if callable(getattr(solution_class, candidate, None)):
                return _FreshSolution(candidate)
    for candidate in names:
        function = getattr(module, candidate, None)
        if callable(function):
            return function
    also = "".join(f" (or {alias}())" for alias in names[1:])
    raise EntryPointMissing(
        f"the solution defines neither a function {name}(){also} nor class Solution with a method {name}(){also}"
    )


class PreparedCase:
    """A case's arguments, built by the harness before the fork, so that
    building them is neither the solution's CPU time nor its to break.

    ``watched`` holds every input node of a ``preserve_input`` problem with the
    ``next`` and ``val`` objects it had: the parent keeps them, and compares
    them with the stopped child's memory after the call. ``outputs`` is a
    design problem's output list, allocated here so that it is not counted as
    memory the solution's structure holds.
    """

    def __init__(
        self, call_args: Any, registry: dict[int, list[Any]], watched: list[tuple[Any, Any, Any]], outputs: list[Any], stop: bool
    ) -> None:
        self.call_args = call_args
        self.registry = registry
        self.watched = watched
        self.outputs = outputs
        # The child stops itself once its answer is sent, for the harness to
        # read its input nodes or its memory while it can change neither.
        self.stop_after_answer = stop
        self.instance: Any = None
        # A follow-up's rung ("time" or "space"): the call is measured, see measure_call.
        self.measure: str | None = None

    def first_changed(self, pid: int) -> list[Any] | None:
        return first_changed_node(pid, self)


def prepare_call(entry: dict[str, Any], args: dict[str, Any]) -> PreparedCase:
    if entry["kind"] == "class":
        return PreparedCase(args, {}, [], [None] * len(args["operations"]), bool(entry.get("measure_retained")))
    call_args, registry = build_lists(entry["params"], args)
    watched: list[tuple[Any, Any, Any]] = []
    if entry.get("preserve_input"):
        seen: set[int] = set()
        for start in call_args:
            node = start if isinstance(start, ListNode) else None
            while node is not None and id(node) not in seen:
                seen.add(id(node))
                watched.append((node, node.next, node.val))
                node = node.next
    return PreparedCase(call_args, registry, watched, [], bool(entry.get("preserve_input")))


def call_entry(module: types.ModuleType, entry: dict[str, Any], target: Any, prepared: PreparedCase) -> Any:
    """Call the solution on one case; its return value (a design problem's outputs)."""
    if entry["kind"] == "class":
        return run_operations(target, prepared, frozenset(entry.get("void", ())))
    function = getattr(module.Solution(), target.name) if isinstance(target, _FreshSolution) else target
    if prepared.measure is not None:
        return measure_call(function, prepared.call_args, prepared.measure)
    return function(*prepared.call_args)


def run_operations(cls: type, prepared: PreparedCase, void: frozenset[str] = frozenset()) -> list[Any]:
    """LeetCode's design-problem format: the constructor, then method calls.
    What a method declared as returning nothing (``void``) returns is dropped,
    as LeetCode does: it is neither kept alive nor sent (the host ignores it too)."""
    operations, arguments = prepared.call_args["operations"], prepared.call_args["arguments"]
    outputs = prepared.outputs
    # Kept alive until the process ends, so the memory it holds is still
    # resident when the harness measures the stopped child.
    prepared.instance = instance = cls(*arguments[0])
    for index in range(1, len(operations)):
        operation = operations[index]
        value = getattr(instance, operation)(*arguments[index])
        if operation not in void:
            outputs[index] = value
    return outputs


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _send_value(value: Any, registry: dict[int, list[Any]]) -> None:
    """The answer on the result channel. A list goes in pieces, so that sending
    a design problem's 10^5 outputs does not add to the memory the child is
    measured by."""
    if not isinstance(value, list) or len(value) <= _SEND_CHUNK:
        _write_all(_RESULT_FD, json.dumps({"ok": True, "value": encode_value(value, registry)}, separators=(",", ":")).encode("utf-8"))
        return
    _write_all(_RESULT_FD, b'{"ok":true,"value":[')
    for start in range(0, len(value), _SEND_CHUNK):
        piece = [encode_value(item, registry) for item in value[start : start + _SEND_CHUNK]]
        text = json.dumps(piece, separators=(",", ":"))[1:-1]
        _write_all(_RESULT_FD, (("," if start else "") + text).encode("utf-8"))
    _write_all(_RESULT_FD, b"]}")


# --------------------------------------------------------------------------
# One child process per case


def _set_limit(kind: int, soft: int, hard: int | None = None) -> None:
    hard = soft if hard is None else hard
    try:
        _, current_hard = resource.getrlimit(kind)
        if current_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, current_hard), min(hard, current_hard)
        resource.setrlimit(kind, (soft, hard))
    except (ValueError, OSError):
        pass  # a limit the platform refuses is enforced by the outer sandbox


def _address_space_now() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _apply_child_limits(limits: dict[str, Any], pid_namespace: bool) -> None:
    cpu_s = math.ceil(limits["time_ms"] / 1000) + 1
    _set_limit(resource.RLIMIT_CPU, cpu_s, cpu_s + 1)
    _set_limit(resource.RLIMIT_FSIZE, limits["output_bytes"])
    _set_limit(resource.RLIMIT_CORE, 0)
    _set_limit(resource.RLIMIT_NOFILE, limits.get("open_files", 64))
    if not pid_namespace:
        # RLIMIT_NPROC counts the user's processes in every container at once:
        # a container's pids cgroup limits it alone, and one solution cannot
        # starve another judged beside it.
        _set_limit(resource.RLIMIT_NPROC, limits.get("processes", 64))
    try:
        address_space = _address_space_now() + limits["memory_mb"] * 1024 * 1024
        _set_limit(resource.RLIMIT_AS, address_space)
    except OSError:
        pass


@functools.cache
def _libc() -> Any:
    # Loaded once by the harness; every case's child inherits it (0.2 ms a case otherwise).
    return ctypes.CDLL(None, use_errno=True)


def _prctl(option: int, value: int) -> None:
    try:
        _libc().prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _child_main(code: types.CodeType, init: dict[str, Any], prepared: Any, paths: dict[str, str], result_w: int) -> None:
    """Runs in the forked child; never returns."""
    try:
        os.setsid()
        os.chdir(paths["dir"])
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        for fd, path in ((1, paths["stdout"]), (2, paths["stderr"])):
            out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(out, fd)
            os.close(out)
        os.dup2(result_w, _RESULT_FD)
        os.closerange(_RESULT_FD + 1, 65536)
        _prefer_for_oom_kill()
        _prctl(_PR_SET_DUMPABLE, 1)
        # Each case writes where it likes, and the next case starts clean.
        os.environ["HOME"] = os.environ["TMPDIR"] = paths["dir"]
        tempfile.tempdir = paths["dir"]
        _thread.stack_size(_THREAD_STACK_BYTES)
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        _apply_child_limits(init["limits"], bool(init.get("pid_namespace")))
        sys.setrecursionlimit(init["limits"].get("recursion_limit", 100_000))
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
        entry = init["entry"]
        # This process's copy of the module the harness filled with LeetCode's
        # names; sys's streams are this process's own. The solution's imports
        # and classes, run after, replace any of the names.
        module = _SOLUTION_MODULE if _SOLUTION_MODULE is not None else prelude_module()
        module.__file__ = _SOLUTION_FILENAME
        module.__dict__.update(stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr)
        sys.modules["solution"] = module
        exec(code, module.__dict__)
        target = resolve_entry(module, entry)
        value = None if prepared is None else call_entry(module, entry, target, prepared)
        error = None
    except BaseException as raised:  # SystemExit and KeyboardInterrupt are the solution's too
        error = raised
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    sent = False
    try:
        if error is None:
            if prepared is None:
                _write_all(_RESULT_FD, b'{"ok":true}')
            else:
                _send_value(value, prepared.registry)
            sent = True
    except BaseException as raised:
        error = raised
    try:
        if not sent and error is not None:
            _write_all(_RESULT_FD, json.dumps({"ok": False, "error": _describe_error(error)}).encode("utf-8"))
    except BaseException:
        pass
    if sent and prepared is not None and prepared.stop_after_answer:
        # The answer is out: now the harness reads the input nodes or the
        # memory figures of this process, while it cannot change them.
        os.close(_RESULT_FD)
        os.kill(os.getpid(), signal.SIGSTOP)
    os._exit(0)


def _is_builtin(kind: type) -> bool:
    """Whether ``kind`` is the builtin exception of its name, not a class merely named so:
    verdicts (MLE for MemoryError) follow the type's identity, never its name."""
    name = kind.__name__
    return kind.__module__ == "builtins" and getattr(builtins, name, None) is kind


def _describe_error(error: BaseException) -> dict[str, Any]:
    kind = type(error).__name__[:200]
    builtin = _is_builtin(type(error))
    if type(error) is MemoryError:
        # Formatting the traceback needs memory the child may not have.
        return {"type": kind, "builtin": builtin, "message": "", "traceback": "", "line": None}
    try:
        # One cheap pass keeps the innermost frames only: a RecursionError
        # carries 10^5 of them and formatting them all costs the solution CPU.
        line = getattr(error, "lineno", None)
        innermost: collections.deque[tuple[types.FrameType, int]] = collections.deque(maxlen=_TRACE_FRAMES)
        tb = error.__traceback__
        while tb is not None:
            innermost.append((tb.tb_frame, tb.tb_lineno))
            if tb.tb_frame.f_code.co_filename == _SOLUTION_FILENAME:
                line = tb.tb_lineno
            tb = tb.tb_next
        # The harness's own frames above the solution's are noise to the reader.
        while len(innermost) > 1 and innermost[0][0].f_code.co_filename != _SOLUTION_FILENAME:
            innermost.popleft()
        stack = traceback.StackSummary.extract(iter(innermost))
        text = "Traceback (most recent call last):\n" + "".join(stack.format())
        text += "".join(traceback.format_exception_only(type(error), error))
        return {"type": kind, "builtin": builtin, "message": _message(error), "traceback": text[-8000:], "line": line}
    except BaseException:
        return {"type": kind, "builtin": builtin, "message": "", "traceback": "", "line": None}


def _message(error: BaseException) -> str:
    text = str(error)
    # str() of a hostile exception may return anything; the host only takes text.
    return text[:2000] if isinstance(text, str) else ""


def _read_head(path: str) -> tuple[int, str]:
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            head = handle.read(_TEXT_HEAD_BYTES)
    except OSError:
        return 0, ""
    return size, head.decode("utf-8", errors="replace")


# --------------------------------------------------------------------------
# Ending a case: every process it started is gone before the next one starts


def end_case_processes(main_pid: int, pid_namespace: bool) -> list[Any]:
    """Kill and reap everything the case started; the rusage of each process reaped here."""
    if pid_namespace and os.getpid() == 1:
        return _kill_namespace()
    return _kill_descendants(main_pid)


def _kill_namespace() -> list[Any]:
    """As PID 1 of the container's PID namespace, ``kill(-1)`` reaches every
    other process in it, however deep or detached, and every orphan is
    re-parented to us. A killed process cannot fork, so the loop ends when
    nothing is left; it has no round cap to outlast."""
    usages: list[Any] = []
    while True:
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return usages
        except InterruptedError:
            continue
        usages.append(usage)


def _kill_descendants(main_pid: int) -> list[Any]:
    """Without a PID namespace (the local backend): stop each descendant before
    listing its children, so none can fork or slip away while the tree is
    walked, then kill them all; orphans come to us as the subreaper. Repeats
    until a walk finds nothing and no child is left to reap."""
    try:
        os.killpg(main_pid, signal.SIGKILL)
    except OSError:
        pass
    me = os.getpid()
    usages: list[Any] = []
    while True:
        found = stop_descendants(me)
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        reaped = _reap_available(usages)
        if not found and not reaped:
            if not children_of(me):
                return usages
            time.sleep(0.001)  # a dying child not yet reapable


def stop_descendants(root: int) -> list[int]:
    """Every descendant of ``root``, each stopped (SIGSTOP) before its children
    are listed, so none can fork or be re-parented away during the walk."""
    found: list[int] = []
    frontier = children_of(root)
    while frontier:
        pid = frontier.pop()
        if pid in found:
            continue
        try:
            os.kill(pid, signal.SIGSTOP)
        except OSError:
            continue
        found.append(pid)
        frontier.extend(children_of(pid))
    return found


def children_of(pid: int) -> list[int]:
    children: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return children
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                children.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue
    return children


def _reap_available(usages: list[Any]) -> int:
    reaped = 0
    while True:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return reaped
        if pid == 0:
            return reaped
        usages.append(usage)
        reaped += 1


# --------------------------------------------------------------------------
# Figures the harness takes about a case, out of the solution's reach


_CPU_USAGE_NS = ("/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage")
_CPU_STAT = "/sys/fs/cgroup/cpu.stat"


def _cgroup_cpu_ns() -> int | None:
    """The container's CPU time so far: every process in it, the harness included."""
    for path in _CPU_USAGE_NS:
        try:
            with open(path) as handle:
                return int(handle.read())
        except (OSError, ValueError):
            continue
    try:
        with open(_CPU_STAT) as handle:
            for line in handle:
                name, _, value = line.partition(" ")
                if name == "usage_usec":
                    return int(value) * 1000
    except (OSError, ValueError):
        pass
    return None


def _own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class CaseClock:
    """The CPU time of every process of one case: the container's cgroup usage
    less the harness's own. Every earlier case's processes are dead, so the
    rest is this case's, including helpers that never exit on their own."""

    def __init__(self, use_cgroup: bool) -> None:
        self._cgroup_start = _cgroup_cpu_ns() if use_cgroup else None
        self._own_start = _own_cpu_s()

    def tree_ms(self) -> float | None:
        if self._cgroup_start is None:
            return None
        now = _cgroup_cpu_ns()
        if now is None:
            return None
        return max(0.0, (now - self._cgroup_start) / 1e6 - (_own_cpu_s() - self._own_start) * 1000)


@functools.cache
def _slot_offsets() -> tuple[int, int]:
    """Where a ListNode keeps ``val`` and ``next``, found by looking for two
    markers in a probe node's bytes: exact whatever the interpreter's layout."""
    marker_val, marker_next = object(), object()
    probe = ListNode(marker_val, marker_next)  # type: ignore[arg-type]
    raw = ctypes.string_at(id(probe), ListNode.__basicsize__)
    width = struct.calcsize("P")
    offsets = {raw[i : i + width]: i for i in range(0, len(raw) - width + 1, width)}
    as_bytes = struct.Struct("P").pack
    return offsets[as_bytes(id(marker_val))], offsets[as_bytes(id(marker_next))]


class InspectionFailed(Exception):
    """The stopped child's memory could not be read."""


def first_changed_node(pid: int, prepared: PreparedCase) -> list[Any] | None:
    """``[param, index]`` of the first input node whose ``next`` or ``val`` is not
    what the harness built, read from the stopped child's memory; None if all
    are intact. A fork keeps every address, so the parent knows where to look."""
    val_at, next_at = _slot_offsets()
    word = struct.Struct("P")
    try:
        fd = os.open(f"/proc/{pid}/mem", os.O_RDONLY)
    except OSError as error:
        raise InspectionFailed(f"cannot read the solution's memory ({error.strerror})") from None
    try:
        for node, next_node, val in prepared.watched:
            try:
                (val_ptr,) = word.unpack(os.pread(fd, word.size, id(node) + val_at))
                (next_ptr,) = word.unpack(os.pread(fd, word.size, id(node) + next_at))
            except (OSError, struct.error):
                return prepared.registry.get(id(node))  # the node's memory is gone: it was freed
            if next_ptr != id(next_node) or not _same_object_value(fd, val_ptr, val):
                return prepared.registry.get(id(node))
    finally:
        os.close(fd)
    return None


def _same_object_value(fd: int, address: int, original: Any) -> bool:
    """Is the object at ``address`` in the child the original, or an int equal to
    it? An int's bytes after its reference count are its type and digits."""
    if address == id(original):
        return True
    if type(original) is not int:
        return False
    size = sys.getsizeof(original)
    head = struct.calcsize("P")
    try:
        theirs = os.pread(fd, size, address)
    except OSError:
        return False
    return theirs[head:] == ctypes.string_at(id(original), size)[head:]


def _private_resident(pid: int | str) -> int:
    """RssAnon + RssShmem of a process, in bytes (0 once it is gone). Unlike the
    total resident size, it does not grow when the process merely touches pages
    of the interpreter's code or of a library it shares with the harness."""
    total = 0
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(("RssAnon:", "RssShmem:")):
                    total += int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return 0
    return total


def _release_free_heap() -> None:
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the measure may read low by what malloc had kept


# What a file costs beyond its data: an empty file's name can hold an item.
_INODE_BYTES = 512


def _scratch_used(paths: list[str], own_file_systems: bool) -> int:
    """Bytes the scratch places hold, each file's inode counted too. In a
    container they are file systems of their own (tmpfs) and statvfs says it at
    once; elsewhere they share one with the machine, and only a walk is fair."""
    if not own_file_systems:
        return sum(_tree_bytes(path) for path in paths)
    seen: set[int] = set()
    used = 0
    for path in paths:
        try:
            device = os.stat(path).st_dev
            if device in seen:
                continue
            seen.add(device)
            stats = os.statvfs(path)
        except OSError:
            continue
        used += (stats.f_blocks - stats.f_bfree) * stats.f_frsize + (stats.f_files - stats.f_ffree) * _INODE_BYTES
    return used


def _tree_bytes(path: str) -> int:
    total = 0
    for directory, subdirectories, files in os.walk(path):
        for name in subdirectories + files:
            try:
                total += os.lstat(os.path.join(directory, name)).st_blocks * 512 + _INODE_BYTES
            except OSError:
                continue
    return total


class RetainedMemory:
    """What a design problem's structure holds, measured from outside the child.

    The child starts as a copy of the harness, so its private resident memory
    (anonymous and shared-memory pages) beyond the harness's at the fork is
    what the solution allocated: sampled every few milliseconds while it runs
    and once more while it is stopped after answering, so storage dropped just
    before the answer was sent is still seen at its peak. Helper processes
    (each counted from the same base) and what the case added to the scratch
    file systems are added in. Items kept anywhere (instance, class or module
    attributes, mmap, files, helpers) are resident somewhere.
    """

    INTERVAL_S = 0.005

    def __init__(self, scratch: list[str], see_processes: bool) -> None:
        self._scratch = scratch
        self._see_processes = see_processes
        # Memory the harness freed but malloc kept would be reused by the
        # child without growing its resident size: hand it back first.
        _release_free_heap()
        self._base = _private_resident("self")
        self._scratch_start = _scratch_used(scratch, see_processes)
        self._scratch_peak = self._scratch_start
        self._peaks: dict[int, int] = {}

    def sample(self, main_pid: int) -> None:
        self._scratch_peak = max(self._scratch_peak, _scratch_used(self._scratch, self._see_processes))
        pids = [main_pid]
        if self._see_processes:
            me = os.getpid()
            pids = [int(entry) for entry in os.listdir("/proc") if entry.isdigit() and int(entry) != me]
        for pid in pids:
            self._peaks[pid] = max(self._peaks.get(pid, 0), _private_resident(pid))

    def total(self) -> int:
        held = sum(max(0, peak - self._base) for peak in self._peaks.values())
        return held + max(0, self._scratch_peak - self._scratch_start)


def _prefer_for_oom_kill() -> None:
    # If memory runs out, the kernel should kill the solution, not the harness.
    try:
        with open("/proc/self/oom_score_adj", "w") as handle:
            handle.write("1000")
    except OSError:
        pass


def _oom_kills() -> int | None:
    """The memory cgroup's OOM-kill count, when this runs alone in a container."""
    for path in _OOM_COUNTERS:
        try:
            with open(path) as handle:
                for line in handle:
                    name, _, value = line.partition(" ")
                    if name == "oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return None


def _cgroup_memory() -> int | None:
    for path in _MEMORY_USAGE:
        try:
            with open(path) as handle:
                return int(handle.read())
        except (OSError, ValueError):
            continue
    return None


def _own_rss() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def run_child(
    code: types.CodeType, init: dict[str, Any], prepared: PreparedCase | None, workdir: str, scratch: list[str] | None = None
) -> dict[str, Any]:
    """Fork one child for a prepared case (None: the import probe) and report facts.

    Every figure here is the harness's own (see the module docstring): the
    child only contributes its answer, under ``result``.
    """
    limits = init["limits"]
    entry = init["entry"]
    case_dir = tempfile.mkdtemp(prefix="case-", dir=workdir)
    os.chmod(case_dir, 0o700)
    paths = {"dir": case_dir, "stdout": os.path.join(case_dir, ".stdout"), "stderr": os.path.join(case_dir, ".stderr")}
    result_r, result_w = os.pipe()
    # The backend says the cgroups are ours alone (a container): the OOM count,
    # memory and CPU usage then speak for this case and nothing else.
    in_cgroup = bool(init.get("own_cgroup"))
    pid_namespace = bool(init.get("pid_namespace"))
    oom_before = _oom_kills() if in_cgroup else None
    memory_before = _cgroup_memory() if in_cgroup else None
    cow_allowance = _own_rss() if memory_before is not None else 0
    measured = prepared is not None and entry.get("measure_retained")
    retained = RetainedMemory(scratch or [workdir], see_processes=pid_namespace) if measured else None
    tree_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    clock = CaseClock(in_cgroup)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(result_r)
        _child_main(code, init, prepared, paths, result_w)
    os.close(result_w)
    inspect = prepared if prepared is not None and prepared.stop_after_answer else None
    try:
        facts = _supervise(pid, result_r, limits, started, clock, memory_before is not None, inspect, retained)
    finally:
        os.close(result_r)
        reaped = end_case_processes(pid, pid_namespace)
    # Everything the case started is dead and reaped now. Copy-on-write of the
    # harness's own pages can account for up to its resident size.
    return _settle_facts(facts, tree_before, reaped, clock, memory_before, cow_allowance, oom_before, retained, paths, case_dir)


def _settle_facts(
    facts: dict[str, Any],
    tree_before: resource.struct_rusage,
    reaped: list[resource.struct_rusage],
    clock: CaseClock,
    memory_before: int | None,
    cow_allowance: int,
    oom_before: int | None,
    retained: Any,
    paths: dict[str, str],
    case_dir: str,
) -> dict[str, Any]:
    """A case's facts once every process of it is dead and reaped: CPU and memory from
    the kernel's counts for the whole tree, the OOM counter, the captured output."""
    tree_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped_cpu_ms = (tree_after.ru_utime - tree_before.ru_utime + tree_after.ru_stime - tree_before.ru_stime) * 1000
    facts["cpu_ms"] = round(max(facts["cpu_ms"], reaped_cpu_ms, clock.tree_ms() or 0.0), 3)
    # The peak of the largest process, or what the whole tree added together
    # when helpers made that larger.
    facts["memory_kb"] = max([facts["memory_kb"], *(usage.ru_maxrss for usage in reaped)])
    if memory_before is not None:
        # What the whole process tree added to the container, less what copy-on-write may explain.
        facts["tree_memory_kb"] = max(0, facts.pop("memory_peak_bytes", memory_before) - memory_before) // 1024
        facts["cow_allowance_kb"] = cow_allowance // 1024
        facts["memory_kb"] = max(facts["memory_kb"], facts["tree_memory_kb"])
    if oom_before is not None:
        oom_after = _oom_kills()
        if oom_after is not None:
            facts["oom_killed"] = oom_after > oom_before
    if retained is not None and facts["stopped_after_answer"]:
        facts["retained_bytes"] = retained.total()
    facts["stdout_bytes"], facts["stdout"] = _read_head(paths["stdout"])
    facts["stderr_bytes"], facts["stderr"] = _read_head(paths["stderr"])
    shutil.rmtree(case_dir, ignore_errors=True)
    return facts


def _supervise(
    pid: int,
    result_r: int,
    limits: dict[str, Any],
    started: float,
    clock: CaseClock,
    sample_memory: bool,
    inspect: PreparedCase | None,
    retained: RetainedMemory | None,
) -> dict[str, Any]:
    """Watch the case's child until it exits (or, with ``inspect``, stops itself
    after answering), enforcing the limits on the whole process tree."""
    wall_limit_s = limits["wall_ms"] / 1000
    result_cap = limits.get("result_bytes", 64 * 1024 * 1024)
    chunks: list[bytes] = []
    received = 0
    killed_by: str | None = None
    os.set_blocking(result_r, False)
    poller = select.poll()
    pidfd = os.pidfd_open(pid)
    poller.register(pidfd, select.POLLIN)
    poller.register(result_r, select.POLLIN)
    exited = stopped = False
    # RLIMIT_CPU counts whole seconds and one process; polling the tree's
    # clock ends a busy loop, or helpers' work, within a tick of the limit.
    cpu_limit_ms = limits["time_ms"] + _CPU_GRACE_S * 1000
    memory_peak = 0
    interval_s = RetainedMemory.INTERVAL_S if retained is not None else _POLL_S
    try:
        while not exited and not stopped:
            if sample_memory:
                memory_peak = max(memory_peak, _cgroup_memory() or 0)
            if retained is not None:
                retained.sample(pid)
            remaining = started + wall_limit_s - time.monotonic()
            if remaining <= 0:
                killed_by = "wall"
                break
            tree_ms = clock.tree_ms()
            if (tree_ms if tree_ms is not None else _cpu_seconds(pid) * 1000) > cpu_limit_ms:
                killed_by = "cpu"
                break
            for fd, _event in poller.poll(max(1, int(min(remaining, interval_s) * 1000))):
                if fd == pidfd:
                    exited = True
                    continue
                data = _read_available(result_r)
                if data is None:
                    poller.unregister(result_r)
                    continue
                chunks.append(data)
                received += len(data)
                if received > result_cap:
                    killed_by = "result"
                    break
            if killed_by:
                break
            # Not only after end-of-file: a helper may hold the result pipe open.
            if inspect is not None and not exited:
                try:
                    state = os.waitid(os.P_PID, pid, os.WSTOPPED | os.WNOHANG)
                except ChildProcessError:
                    # It exited since the poll: Linux answers ECHILD for a zombie
                    # that WSTOPPED alone cannot match. wait4 below reaps it.
                    exited = True
                    continue
                stopped = state is not None and state.si_code == os.CLD_STOPPED
        if retained is not None:
            retained.sample(pid)
        inspection: dict[str, Any] = {}
        if stopped and inspect is not None and inspect.watched:
            try:
                inspection["input_modified"] = inspect.first_changed(pid)
            except InspectionFailed as error:
                inspection["inspection_failed"] = str(error)
        if killed_by or stopped:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                os.kill(pid, signal.SIGKILL)
        _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(pidfd)
    wall_ms = (time.monotonic() - started) * 1000
    if killed_by is None:
        while (data := _read_available(result_r)) and received <= result_cap:
            chunks.append(data)
            received += len(data)
        if received > result_cap:
            killed_by = "result"
    facts: dict[str, Any] = {
        "cpu_ms": round((usage.ru_utime + usage.ru_stime) * 1000, 3),
        "wall_ms": round(wall_ms, 3),
        "memory_kb": usage.ru_maxrss,
        "killed_by": killed_by,
        # A child stopped for inspection was killed by us after it answered: a normal end.
        "exit_code": 0 if stopped else os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": None if stopped else os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "result_bytes": received,
        "result": None,
        "stopped_after_answer": stopped,
        **inspection,
    }
    if inspect is not None and not stopped and killed_by is None:
        what = "check that its input was left intact" if inspect.watched else "measure its memory"
        facts["inspection_failed"] = f"the process ended before the judge could {what}"
    if sample_memory:
        facts["memory_peak_bytes"] = memory_peak
    if killed_by is None and chunks:
        try:
            facts["result"] = json.loads(b"".join(chunks))
        except ValueError:
            facts["result"] = None
        except RecursionError:
            # Written past the encoder by the child itself: an answer, not a crash of ours.
            facts["result"] = {"ok": True, "value": {"$foreign": {"type": "value nested too deeply to read", "repr": ""}}}
    return facts


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # utime and stime are fields 14 and 15 of stat(5); the split starts at field 3.
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def _read_available(fd: int) -> bytes | None:
    """Bytes waiting on ``fd``; b"" when none yet, None at end of stream."""
    try:
        data = os.read(fd, 1 << 20)
    except BlockingIOError:
        return b""
    return data if data else None


# --------------------------------------------------------------------------
# The harness process


def _compile(source: str) -> tuple[types.CodeType | None, dict[str, Any] | None]:
    try:
        return compile(source, _SOLUTION_FILENAME, "exec", dont_inherit=True), None
    except (SyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None)
        detail = "".join(traceback.format_exception_only(type(error), error)).rstrip()
        return None, {"type": type(error).__name__, "message": detail, "line": line, "traceback": detail}


def _preload(modules: list[str]) -> dict[str, str | None]:
    """Import heavy trusted modules once, so forked children get them for free."""
    versions: dict[str, str | None] = {}
    for name in modules:
        try:
            module = __import__(name)
            versions[name] = getattr(module, "__version__", "")
        except Exception:
            versions[name] = None
    return versions


def serve(channel_in: BinaryIO, channel_out: BinaryIO) -> None:
    init = read_frame(channel_in)
    if init is None or init.get("type") != "init":
        write_frame(channel_out, {"type": "error", "message": "expected an init frame"})
        return
    workdir = tempfile.mkdtemp(prefix="judge-", dir=init.get("workdir"))
    scratch = Scratch([*init.get("scratch_dirs", []), workdir])
    try:
        _serve_cases(init, workdir, scratch, channel_in, channel_out)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


class Scratch:
    """Directories a case can write to besides its own: whatever a case adds
    there is removed before the next one starts, so no case reads another's files."""

    def __init__(self, directories: list[str]) -> None:
        self._baseline: dict[str, set[str]] = {}
        self.paths = [os.path.abspath(directory) for directory in directories]
        for directory in directories:
            path = os.path.abspath(directory)
            try:
                self._baseline[path] = set(os.listdir(path))
            except OSError:
                continue

    def keep(self, path: str) -> None:
        """Leave ``path`` (the harness's own, made after the baseline) where it is."""
        parent, name = os.path.split(os.path.abspath(path))
        if parent in self._baseline:
            self._baseline[parent].add(name)

    def clean(self) -> None:
        for path, keep in self._baseline.items():
            try:
                names = os.listdir(path)
            except OSError:
                continue
            for name in names:
                if name in keep:
                    continue
                target = os.path.join(path, name)
                if os.path.isdir(target) and not os.path.islink(target):
                    shutil.rmtree(target, ignore_errors=True)
                else:
                    try:
                        os.unlink(target)
                    except OSError:
                        pass


def _serve_cases(init: dict[str, Any], workdir: str, scratch: Scratch, channel_in: BinaryIO, channel_out: BinaryIO) -> None:
    global _SOLUTION_FILENAME
    if init.get("program") is not None:  # a compiled language: see "Compiled languages" below
        serve_compiled(init, workdir, scratch, channel_in, channel_out)
        return
    # The user's path (solutions/two-sum.py): compile errors and tracebacks
    # name it, so an editor can jump to the line.
    filename = init.get("filename")
    if isinstance(filename, str) and filename:
        _SOLUTION_FILENAME = filename
    code, compile_error = _compile(init["source"])
    reply: dict[str, Any] = {
        "type": "init",
        "protocol": PROTOCOL_VERSION,
        "python": sys.version.split()[0],
        "modules": _preload(init.get("preload", [])),
    }
    if code is None:
        reply.update(ok=False, stage="compile", error=compile_error)
        write_frame(channel_out, reply)
        return
    # Tracebacks then quote the solution's lines, as they would for a file on disk.
    linecache.cache[_SOLUTION_FILENAME] = (len(init["source"]), None, init["source"].splitlines(True), _SOLUTION_FILENAME)
    # Once per submission, here (~10 ms): every case child inherits it.
    global _SOLUTION_MODULE
    _SOLUTION_MODULE = prelude_module()
    probe = run_child(code, init, None, workdir)
    scratch.clean()
    reply.update(ok=bool(probe["result"] and probe["result"].get("ok")), stage="import", probe=probe)
    write_frame(channel_out, reply)
    if not reply["ok"]:
        return
    while (frame := read_frame(channel_in)) is not None:
        if frame.get("type") == "end":
            break
        if frame.get("type") == "rung":
            write_frame(channel_out, measure_rung(code, init, frame, workdir, scratch))
            continue
        try:
            prepared = prepare_call(init["entry"], frame["args"])
        except Exception as error:  # malformed case data: the package's fault, not the solution's
            write_frame(channel_out, {"type": "result", "id": frame.get("id"), "input_error": f"{type(error).__name__}: {error}"})
            continue
        facts = run_child(code, init, prepared, workdir, scratch.paths)
        scratch.clean()
        del prepared
        facts.update(type="result", id=frame.get("id"))
        write_frame(channel_out, facts)


# --------------------------------------------------------------------------
# Compiled languages (C++)
#
# The host sends the whole program (driver and the user's file, see
# judge/languages/cpp.py) in the init frame under ``program``. The harness
# compiles it once, in a child of its own under time, memory, file-size and
# process limits (a compile bomb is a hostile program too), and seals the
# binary into a memfd that nothing can write to any more (F_SEAL_WRITE): a
# case cannot patch the program the next case runs. Every case then forks a
# child that takes the same limits as a Python case child, with the case's
# input on descriptor 4 and the private result pipe on 3, and executes the
# sealed binary (fexecve): each case starts from a fresh process image, so no
# static state survives from one case to the next. Supervision, CPU and memory
# figures, and the killing of every process of the case are the Python path's
# own (``_supervise``, ``CaseClock``, ``end_case_processes``).
#
# Who computes what, for compiled programs:
#   CPU time, memory, OOM kills, output sizes : the harness (cgroup, wait4), as for Python
#   the answer, node identity ($node)         : the program (untrusted; the host checks it)
#   "input modified"                          : the harness, reading the stopped program's
#                                               input nodes at the fixed address the driver
#                                               built them at (NODE_REGION) from /proc/PID/mem
#   retained memory (Bloom filter)            : the harness, the program's private resident
#                                               memory less a fixed allowance for the C++
#                                               runtime (never a figure the program reports)
#   compile errors                            : the compiler's own output, shown as text

_COMPILER_OUTPUT_BYTES = 16 * 1024
_BUILD_FILE_BYTES = 48 * 1024 * 1024  # /work is a 64 MB tmpfs in the container
_INPUT_FD, _BINARY_FD = 4, 5
# How g++ and its tools say an allocation failed under RLIMIT_AS.
_COMPILER_OUT_OF_MEMORY = ("memory exhausted", "Cannot allocate memory", "out of memory")


def _fd_at_least(fd: int, lowest: int) -> int:
    import fcntl

    return fcntl.fcntl(fd, fcntl.F_DUPFD, lowest)


def _compile_child(program: dict[str, Any], build: str, limits: dict[str, Any]) -> None:
    """Runs in the forked compiler child; never returns."""
    try:
        os.setsid()
        os.chdir(build)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        out = os.open(os.path.join(build, ".compiler"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.closerange(3, 65536)
        _prefer_for_oom_kill()
        cpu_s = math.ceil(limits["time_ms"] / 1000) + 1
        _set_limit(resource.RLIMIT_CPU, cpu_s, cpu_s + 1)
        _set_limit(resource.RLIMIT_FSIZE, _BUILD_FILE_BYTES)
        _set_limit(resource.RLIMIT_CORE, 0)
        _set_limit(resource.RLIMIT_AS, limits["memory_mb"] * 1024 * 1024)
        for number in (signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(number, signal.SIG_DFL)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "TMPDIR": build, "HOME": build}
        os.execvpe(program["compile"][0], program["compile"], env)
    except BaseException as error:
        try:
            os.write(2, f"cannot run the compiler {program['compile'][0]}: {error}\n".encode())
        except BaseException:
            pass
    os._exit(127)


def compile_program(init: dict[str, Any], workdir: str, program: dict[str, Any] | None = None) -> tuple[Any, dict[str, Any]]:
    """Compile the program once: the sealed binary's descriptor (or, for a
    program with an ``output`` directory, that directory's path), or None and
    the compile error."""
    program = program or init["program"]
    limits = init["program"]["compile_limits"]
    build = tempfile.mkdtemp(prefix="build-", dir=workdir)
    os.chmod(build, 0o700)
    for name, text in program["files"].items():
        path = os.path.join(build, _inside(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    in_cgroup = bool(init.get("own_cgroup"))
    oom_before = _oom_kills() if in_cgroup else None
    clock = CaseClock(in_cgroup)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _compile_child(program, build, limits)
    killed_by = None
    pidfd = os.pidfd_open(pid)
    try:
        while True:
            ready = select.select([pidfd], [], [], _POLL_S)[0]
            if ready:
                break
            if time.monotonic() - started > limits["wall_ms"] / 1000:
                killed_by = "wall"
                break
            tree_ms = clock.tree_ms()
            if tree_ms is not None and tree_ms > limits["time_ms"] + _CPU_GRACE_S * 1000:
                killed_by = "cpu"
                break
        if killed_by:
            os.killpg(pid, signal.SIGKILL)
        _, status, _usage = os.wait4(pid, 0)
    finally:
        os.close(pidfd)
        end_case_processes(pid, bool(init.get("pid_namespace")))
    seconds = time.monotonic() - started
    _size, output = _read_head(os.path.join(build, ".compiler"))
    output = output[:_COMPILER_OUTPUT_BYTES]
    binary = os.path.join(build, program.get("binary") or program["output"])
    signalled = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    oom = oom_before is not None and (_oom_kills() or 0) > oom_before
    facts = {"compile_ms": round(seconds * 1000, 1)}
    try:
        if killed_by or signalled == signal.SIGXCPU:
            reason = f"the compiler ran for more than {limits['time_ms'] / 1000:g} s of CPU time (a template or include explosion?)"
            if killed_by == "wall":
                reason = f"the compiler did not finish within {limits['wall_ms'] / 1000:g} s"
            return None, {**facts, "type": "CompileLimit", "message": reason, "line": None}
        if oom or signalled == signal.SIGKILL or any(sign in output for sign in _COMPILER_OUT_OF_MEMORY):
            message = f"the compiler ran out of memory ({limits['memory_mb']} MB)"
            return None, {**facts, "type": "CompileLimit", "message": message + ("\n" + output if output else ""), "line": None}
        if signalled == signal.SIGXFSZ or "File too large" in output:
            return None, {**facts, "type": "CompileLimit", "message": "the compiled program is too large", "line": None}
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not os.path.exists(binary):
            return None, {**facts, "type": "CompileError", "message": output or "the compiler failed", "line": _first_line(output, program)}
        if "output" in program:
            # A directory of classes: moved out of the build directory, which goes.
            kept = os.path.join(workdir, program["output"])
            shutil.rmtree(kept, ignore_errors=True)
            os.rename(binary, kept)
            return kept, {**facts, "warnings": output}
        return _seal(binary), {**facts, "warnings": output}
    finally:
        shutil.rmtree(build, ignore_errors=True)


def _inside(name: str) -> str:
    """A file's name for the build directory: relative, never leaving it."""
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    return os.path.join(*parts) if parts else "unnamed"


def _first_line(output: str, program: dict[str, Any]) -> int | None:
    """The line of the user's file the compiler's first message names."""
    prefix = program.get("user_file", "") + ":"
    for line in output.splitlines():
        if line.startswith(prefix):
            number = line[len(prefix) :].split(":", 1)[0]
            if number.isdigit():
                return int(number)
    return None


def _seal(path: str) -> int:
    """The binary in a memfd sealed against writing, growing and shrinking."""
    import fcntl

    fd = os.memfd_create("solution", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    with open(path, "rb") as handle:
        _write_all(fd, handle.read())
    seals = fcntl.F_SEAL_WRITE | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SEAL
    fcntl.fcntl(fd, fcntl.F_ADD_SEALS, seals)
    return fd


class CompiledCase(PreparedCase):
    """A compiled program's case: the harness knows its input nodes' layout
    (values and successors by index) and where the driver maps them."""

    def __init__(self, nodes: list[list[int]], owners: list[list[Any]], region: int, layout: dict[str, int], stop: bool) -> None:
        watched: list[tuple[Any, Any, Any]] = [(index, succ, val) for index, (val, succ) in enumerate(nodes)]
        super().__init__(None, {}, watched, [], stop)
        self.owners = owners
        self.region = region
        self.layout = layout

    def first_changed(self, pid: int) -> list[Any] | None:
        size, val_at, next_at = self.layout["size"], self.layout["val"], self.layout["next"]
        try:
            fd = os.open(f"/proc/{pid}/mem", os.O_RDONLY)
        except OSError as error:
            raise InspectionFailed(f"cannot read the solution's memory ({error.strerror})") from None
        try:
            data = os.pread(fd, size * len(self.watched), self.region)
        except OSError:
            data = b""  # unmapped: every node is gone
        finally:
            os.close(fd)
        for index, succ, val in self.watched:
            base = index * size
            if base + size > len(data):
                return self.owners[index]
            (got_val,) = struct.unpack_from("<i", data, base + val_at)
            (got_next,) = struct.unpack_from("<Q", data, base + next_at)
            want_next = 0 if succ < 0 else self.region + succ * size
            if got_val != val or got_next != want_next:
                return self.owners[index]
        return None


class CompiledRetained(RetainedMemory):
    """RetainedMemory for an executed program: its own private resident memory
    counts from a fixed allowance for the language's runtime, since nothing of
    the harness's memory is shared with it after exec."""

    def __init__(self, scratch: list[str], see_processes: bool, base_bytes: int) -> None:
        super().__init__(scratch, see_processes)
        self._base = base_bytes
        self._harness_exe = os.readlink("/proc/self/exe")
        self._executed = False

    def sample(self, main_pid: int) -> None:
        # Until the case child has executed the program it is a copy of the
        # harness, whose memory is not the structure's.
        if not self._executed:
            try:
                self._executed = os.readlink(f"/proc/{main_pid}/exe") != self._harness_exe
            except PermissionError:
                return  # still the harness's non-dumpable copy, before its limits are set
            except OSError:
                self._executed = True  # gone already: what it held is in the samples taken
            if not self._executed:
                return
        super().sample(main_pid)


def _compiled_child(binary_fd: int, input_fd: int, init: dict[str, Any], paths: dict[str, str], result_w: int) -> None:
    """Runs in the forked case child: the case's descriptors, limits, then the program; never returns."""
    try:
        os.setsid()
        os.chdir(paths["dir"])
        keep = [_fd_at_least(fd, 16) for fd in (result_w, input_fd, binary_fd)]
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        for fd, path in ((1, paths["stdout"]), (2, paths["stderr"])):
            out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(out, fd)
            os.close(out)
        os.dup2(keep[0], _RESULT_FD)
        os.dup2(keep[1], _INPUT_FD)
        os.dup2(keep[2], _BINARY_FD, inheritable=False)  # only exec reads it
        os.closerange(_BINARY_FD + 1, 65536)
        _prefer_for_oom_kill()
        _prctl(_PR_SET_DUMPABLE, 1)
        limits = init["limits"]
        cpu_s = math.ceil(limits["time_ms"] / 1000) + 1
        _set_limit(resource.RLIMIT_CPU, cpu_s, cpu_s + 1)
        _set_limit(resource.RLIMIT_FSIZE, limits["output_bytes"])
        _set_limit(resource.RLIMIT_CORE, 0)
        _set_limit(resource.RLIMIT_NOFILE, limits.get("open_files", 64))
        if not init.get("pid_namespace"):
            _set_limit(resource.RLIMIT_NPROC, limits.get("processes", 64))
        # The program's own address space, from nothing: its runtime's mappings plus the limit.
        _set_limit(resource.RLIMIT_AS, (limits["memory_mb"] + init["program"]["address_space_extra_mb"]) * 1024 * 1024)
        # Python ignores these; an ignored signal would stay ignored across exec.
        for number in (signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(number, signal.SIG_DFL)
        env = {"HOME": paths["dir"], "TMPDIR": paths["dir"], "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        os.execve(_BINARY_FD, [init["program"]["binary"]], env)
    except BaseException as error:
        try:
            message = json.dumps({"ok": False, "error": {"type": "JudgeError", "message": f"cannot start the program: {error}"}})
            os.write(_RESULT_FD, message.encode())
        except BaseException:
            pass
    os._exit(127)


def run_compiled_case(binary_fd: int, init: dict[str, Any], frame: dict[str, Any], workdir: str, scratch: list[str]) -> dict[str, Any]:
    """One case of a compiled program; the same facts as ``run_child``."""
    program = init["program"]
    limits = init["limits"]
    case_dir = tempfile.mkdtemp(prefix="case-", dir=workdir)
    os.chmod(case_dir, 0o700)
    paths = {"dir": case_dir, "stdout": os.path.join(case_dir, ".stdout"), "stderr": os.path.join(case_dir, ".stderr")}
    input_fd = os.memfd_create("case-input", os.MFD_CLOEXEC)
    _write_all(input_fd, frame["input"].encode("utf-8"))
    os.lseek(input_fd, 0, os.SEEK_SET)
    result_r, result_w = os.pipe()
    in_cgroup = bool(init.get("own_cgroup"))
    pid_namespace = bool(init.get("pid_namespace"))
    oom_before = _oom_kills() if in_cgroup else None
    memory_before = _cgroup_memory() if in_cgroup else None
    stop = bool(program.get("stop_after_answer"))
    inspect = None
    if stop:
        inspect = CompiledCase(frame.get("nodes", []), frame.get("owners", []), program["node_region"], program["node_layout"], stop)
    retained = None
    if program.get("measure_retained"):
        retained = CompiledRetained(scratch or [workdir], pid_namespace, program["retained_base_bytes"])
    tree_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    clock = CaseClock(in_cgroup)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(result_r)
        _compiled_child(binary_fd, input_fd, init, paths, result_w)
    os.close(result_w)
    os.close(input_fd)
    try:
        facts = _supervise(pid, result_r, limits, started, clock, memory_before is not None, inspect, retained)
    finally:
        os.close(result_r)
        reaped = end_case_processes(pid, pid_namespace)
    # Nothing of the harness is shared after exec: no copy-on-write allowance.
    return _settle_facts(facts, tree_before, reaped, clock, memory_before, 0, oom_before, retained, paths, case_dir)


def serve_compiled(init: dict[str, Any], workdir: str, scratch: Scratch, channel_in: BinaryIO, channel_out: BinaryIO) -> None:
    if init["program"].get("language") == "java":
        serve_java(init, workdir, scratch, channel_in, channel_out)
        return
    reply: dict[str, Any] = {"type": "init", "protocol": PROTOCOL_VERSION, "python": sys.version.split()[0], "modules": {}}
    binary_fd, compiled = compile_program(init, workdir)
    scratch.clean()
    if binary_fd is None:
        reply.update(ok=False, stage="compile", error=compiled)
        write_frame(channel_out, reply)
        return
    reply.update(ok=True, stage="compile", compile=compiled, probe={})
    write_frame(channel_out, reply)
    try:
        while (frame := read_frame(channel_in)) is not None:
            if frame.get("type") == "end":
                break
            if not isinstance(frame.get("input"), str):
                write_frame(channel_out, {"type": "result", "id": frame.get("id"), "input_error": "no input for the compiled program"})
                continue
            facts = run_compiled_case(binary_fd, init, frame, workdir, scratch.paths)
            scratch.clean()
            facts.update(type="result", id=frame.get("id"))
            write_frame(channel_out, facts)
    finally:
        os.close(binary_fd)
# --------------------------------------------------------------------------
# Java: one JVM per submission
#
# The judge's runtime (judge/languages/java_runtime.py) is compiled first, into
# a directory of its own, then the user's file with the generated glue, into
# another; both compilations are compile children as above, under the same
# compile limits. The harness then starts one JVM, with only the runtime on its
# class path, and sends it one case at a time on the JVM's stdin; the JVM's
# driver answers each on its stdout (both private pipes: the user's
# System.out and System.err are capture buffers inside the JVM). Each case
# loads the user's classes afresh through a new class loader, so its static
# state starts clean; the JVM's start is paid once. A case that runs out of
# time, floods its output, leaves a thread running or runs out of memory ends
# that JVM (everything in the container but the harness is killed), and the
# next case gets a new one.
#
# Who computes what, for Java:
#   CPU time of a case        : the harness: the container's cgroup CPU usage less its own
#                               (every thread of the JVM: the solution's, the JIT's, the
#                               GC's), or, without a cgroup, the JVM's utime+stime from
#                               /proc/PID/stat; from the previous case's end (the first
#                               case: from the JVM's "ready"), so nothing run between
#                               cases escapes and the JVM's start-up is never a case's
#   wall time, TLE kills      : the harness
#   memory                    : -Xmx (the problem's limit) with the JVM exiting at an
#                               OutOfMemoryError (-XX:+ExitOnOutOfMemoryError), and the
#                               kernel's cgroup OOM kill; both MLE, both seen by the harness
#                               (exit status, OOM counter); the JVM's peak resident size
#                               (VmHWM) is reported, not judged
#   the answer, $node         : the driver, from the node objects it built itself and
#                               holds by identity (the answer is untrusted all the same:
#                               the host checks it)
#   "input modified"          : the driver, comparing every input node's val and next with
#                               its own record of them after the call
#   stdout/stderr size, head  : the driver's capture buffers (the user's code holds only the
#                               PrintStreams, which write into them)
#   "left a thread running"   : the driver, enumerating the case's thread group
# The last four are figures from inside the JVM: the SecurityManager gives the user's
# classes no permission at all (no reflection into the driver, no file access, so no
# /proc/self/fd/1, no FileDescriptor.out, no native code, no exit, no exec), so they are
# out of the solution's reach in the Java language's sense; the harness's own figures
# above do not depend on them.

_JVM_START_WALL_S = 20.0
_JVM_STDERR_BYTES = 1024 * 1024
_JVM_OUT_OF_MEMORY = "Terminating due to java.lang.OutOfMemoryError"
# ... which is also how it ends when no more threads can be made (the pids limit): not memory.
_JVM_NO_THREADS = "unable to create native thread"


def _java_child(command: list[str], home: str, control_r: int, result_w: int, stderr_path: str) -> None:
    """Runs in the forked JVM child: its descriptors and limits, then the JVM; never returns."""
    try:
        os.setsid()
        os.chdir(home)
        keep = [_fd_at_least(fd, 16) for fd in (control_r, result_w)]
        os.dup2(keep[0], 0)
        os.dup2(keep[1], 1)
        err = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(err, 2)
        os.closerange(3, 65536)
        _prefer_for_oom_kill()
        _set_limit(resource.RLIMIT_FSIZE, _JVM_STDERR_BYTES)
        _set_limit(resource.RLIMIT_CORE, 0)
        # No RLIMIT_NPROC: the JVM starts no process (the SecurityManager denies
        # exec), and the limit counts threads, every one of the user's on the
        # machine under the local backend, which could keep the JVM from starting
        # its own. In a container the pids cgroup bounds the threads.
        for number in (signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(number, signal.SIG_DFL)
        env = {"HOME": home, "TMPDIR": home, "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "MALLOC_ARENA_MAX": "2"}
        os.execvpe(command[0], command, env)
    except BaseException as error:
        try:
            os.write(2, f"cannot start the JVM: {error}\n".encode())
        except BaseException:
            pass
    os._exit(127)


def _jvm_cpu_ms(pid: int) -> float:
    return _cpu_seconds(pid) * 1000


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


class JavaVM:
    """The submission's JVM: started, fed one case at a time, killed."""

    def __init__(self, init: dict[str, Any], command: list[str], workdir: str) -> None:
        self.init = init
        self.pid_namespace = bool(init.get("pid_namespace"))
        self.in_cgroup = bool(init.get("own_cgroup"))
        self.home = tempfile.mkdtemp(prefix="jvm-", dir=workdir)
        os.chmod(self.home, 0o700)
        self.stderr_path = os.path.join(self.home, ".jvm-stderr")
        control_r, self.control_w = os.pipe()
        self.result_r, result_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            os.close(self.control_w)
            os.close(self.result_r)
            _java_child(command, self.home, control_r, result_w, self.stderr_path)
        os.close(control_r)
        os.close(result_w)
        os.set_blocking(self.result_r, False)
        self.pidfd = os.pidfd_open(self.pid)
        self.buffer = bytearray()
        self.frame_bytes = 0
        self.status: int | None = None
        self.clock = CaseClock(self.in_cgroup)
        self.cpu_mark = 0.0

    def _frame(self, deadline: float, watch: Any = None) -> tuple[dict[str, Any] | None, str | None]:
        """The JVM's next frame, or None and why not ("exited", "wall", "cpu", "result")."""
        poller = select.poll()
        poller.register(self.pidfd, select.POLLIN)
        poller.register(self.result_r, select.POLLIN)
        cap = self.init["limits"].get("result_bytes", 64 * 1024 * 1024)
        exited = False
        while True:
            if len(self.buffer) >= 4:
                (size,) = _HEADER.unpack(self.buffer[:4])
                if size > cap:
                    return None, "result"
                if len(self.buffer) >= 4 + size:
                    data = bytes(self.buffer[4 : 4 + size])
                    del self.buffer[: 4 + size]
                    self.frame_bytes = size
                    try:
                        frame = json.loads(data)
                    except (ValueError, RecursionError):
                        return None, "exited"
                    return (frame, None) if isinstance(frame, dict) else (None, "exited")
            if exited:
                return None, "exited"
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None, "wall"
            if watch is not None and watch():
                return None, "cpu"
            for fd, _event in poller.poll(max(1, int(min(remaining, _POLL_S) * 1000))):
                if fd == self.pidfd:
                    exited = True
                while chunk := _read_available(self.result_r):
                    self.buffer += chunk
                if chunk is None:  # the channel's end: nothing more can come
                    exited = True

    def wait_ready(self) -> str | None:
        frame, why = self._frame(time.monotonic() + _JVM_START_WALL_S)
        if frame is not None and frame.get("ready") is True:
            # From here on every CPU second of the container (less the harness's
            # own) belongs to a case: the first case's from here, each next one's
            # from the previous one's end, so nothing done between cases escapes.
            self.clock = CaseClock(self.in_cgroup)
            self.cpu_mark = self._cpu_so_far()
            return None
        self.kill()
        return f"the Java VM did not start ({why}): {self.jvm_stderr()}".strip()

    def _cpu_so_far(self) -> float:
        tree = self.clock.tree_ms()
        return tree if tree is not None else _jvm_cpu_ms(self.pid)

    def jvm_stderr(self) -> str:
        _size, text = _read_head(self.stderr_path)
        # The JVM's own warning about setSecurityManager is the judge's business, not the user's.
        return "\n".join(line for line in text.splitlines() if not line.startswith("WARNING: ")).strip()

    def alive(self) -> bool:
        return self.status is None

    def run(self, frame: dict[str, Any]) -> dict[str, Any]:
        limits = self.init["limits"]
        data = frame["input"].encode("utf-8")
        oom_before = _oom_kills() if self.in_cgroup else None
        cpu_limit_ms = limits["time_ms"] + _CPU_GRACE_S * 1000

        def case_cpu_ms() -> float:
            return self._cpu_so_far() - self.cpu_mark

        started = time.monotonic()
        report: dict[str, Any] | None = None
        killed_by: str | None = None
        try:
            _write_all(self.control_w, _HEADER.pack(len(data)) + data)
        except OSError:
            why: str | None = "exited"
        else:
            report, why = self._frame(started + limits["wall_ms"] / 1000, lambda: case_cpu_ms() > cpu_limit_ms)
        if why in ("wall", "cpu", "result"):
            killed_by = why
        wall_ms = (time.monotonic() - started) * 1000
        cpu_ms = case_cpu_ms()
        self.cpu_mark += cpu_ms
        memory_kb = _vm_hwm_kb(self.pid)
        if report is None or report.get("restart"):
            self.kill()
        facts: dict[str, Any] = {
            "cpu_ms": round(cpu_ms, 3),
            "wall_ms": round(wall_ms, 3),
            "memory_kb": memory_kb,
            "killed_by": killed_by,
            "exit_code": None,
            "signal": None,
            "result_bytes": 0,
            "result": None,
            "stopped_after_answer": False,
            "stdout_bytes": 0,
            "stdout": "",
            "stderr_bytes": 0,
            "stderr": "",
        }
        if oom_before is not None:
            oom_after = _oom_kills()
            if oom_after is not None:
                facts["oom_killed"] = oom_after > oom_before
        if report is not None:
            result = report.get("result")
            facts["result"] = result if isinstance(result, dict) else None
            facts["result_bytes"] = self.frame_bytes
            for stream in ("stdout", "stderr"):
                count = report.get(f"{stream}_bytes")
                facts[f"{stream}_bytes"] = count if type(count) is int else 0
                try:
                    facts[stream] = base64_text(report.get(stream))
                except ValueError:
                    facts[stream] = ""
            if self.init["program"].get("preserve_input"):
                changed = report.get("input_modified")
                facts["input_modified"] = changed if isinstance(changed, list) else None
        elif killed_by is None:
            # The JVM ended during the case: how, as the kernel and the JVM tell it.
            status = self.status
            if status is not None and os.WIFSIGNALED(status):
                facts["signal"] = os.WTERMSIG(status)
            elif status is not None:
                facts["exit_code"] = os.WEXITSTATUS(status)
            said = self.jvm_stderr()
            if _JVM_OUT_OF_MEMORY in said and _JVM_NO_THREADS in said:
                message = f"no more threads could be started (the sandbox allows {self.init['limits'].get('processes', 64)} processes)"
                error = {"type": "java.lang.OutOfMemoryError", "builtin": False, "message": message, "traceback": "", "line": None}
                facts["result"] = {"ok": False, "error": error}
            elif _JVM_OUT_OF_MEMORY in said:
                error = {"type": "MemoryError", "builtin": True, "message": "java.lang.OutOfMemoryError", "traceback": "", "line": None}
                facts["result"] = {"ok": False, "error": error}
        return facts

    def kill(self) -> None:
        if self.status is not None:
            return
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except OSError:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
        _, self.status, _usage = os.wait4(self.pid, 0)
        # Anything the JVM's threads started (they cannot: no exec) dies with it.
        end_case_processes(self.pid, self.pid_namespace)
        for fd in (self.pidfd, self.control_w, self.result_r):
            try:
                os.close(fd)
            except OSError:
                pass


def base64_text(value: Any) -> str:
    import base64

    if not isinstance(value, str):
        return ""
    return base64.b64decode(value.encode("ascii"), validate=True).decode("utf-8", errors="replace")


def _java_compile_error(compiled: dict[str, Any], program: dict[str, Any]) -> dict[str, Any]:
    """javac's complaint; one about the generated glue means the user's class lacks the entry point."""
    message = compiled.get("message", "")
    if compiled.get("type") == "CompileError" and "java.lang.OutOfMemoryError" in message:
        # javac's own heap (-J-Xmx) ran out: a constant-folding or generic explosion.
        reason = "the compiler ran out of memory (javac's heap: a constant or type explosion?)"
        return {**compiled, "type": "CompileLimit", "message": reason, "line": None}
    glue = program.get("glue_file", "")
    if compiled.get("type") == "CompileError" and glue and f"{glue}:" in message and f"{program['user_file']}:" not in message:
        compiled = {**compiled, "message": f"{program.get('missing_entry', '')}\n{message}".strip()}
    return compiled


def serve_java(init: dict[str, Any], workdir: str, scratch: Scratch, channel_in: BinaryIO, channel_out: BinaryIO) -> None:
    reply: dict[str, Any] = {"type": "init", "protocol": PROTOCOL_VERSION, "python": sys.version.split()[0], "modules": {}}
    program = init["program"]
    prebuilt = program["runtime"].get("prebuilt")
    if isinstance(prebuilt, str) and os.path.isfile(os.path.join(prebuilt, "JudgeDriver.class")):
        # The image holds exactly this runtime compiled (its directory is named for the sources' digest).
        runtime, runtime_facts = prebuilt, {"compile_ms": 0.0, "prebuilt": True}
    else:
        runtime, runtime_facts = compile_program(init, workdir, program["runtime"])
    if runtime is None:
        reply.update(ok=False, stage="runtime", error=runtime_facts)
        write_frame(channel_out, reply)
        return
    if runtime != prebuilt:
        scratch.keep(runtime)
    user = {**program, "compile": [runtime if word == "@RUNTIME@" else word for word in program["compile"]]}
    classes, compiled = compile_program(init, workdir, user)
    if classes is not None:
        scratch.keep(classes)
    scratch.clean()
    if classes is None:
        reply.update(ok=False, stage="compile", error=_java_compile_error(compiled, program))
        write_frame(channel_out, reply)
        return
    # Nothing the JVM runs may change the classes the next case loads.
    for directory, _subdirectories, files in os.walk(classes):
        for name in files:
            os.chmod(os.path.join(directory, name), 0o400)
    command = [runtime if word == "@RUNTIME@" else classes if word == "@CLASSES@" else word for word in program["run"]]
    compiled["runtime_compile_ms"] = runtime_facts.get("compile_ms")
    reply.update(ok=True, stage="compile", compile=compiled, probe={})
    write_frame(channel_out, reply)
    vm: JavaVM | None = None
    try:
        while (frame := read_frame(channel_in)) is not None:
            if frame.get("type") == "end":
                break
            if not isinstance(frame.get("input"), str):
                write_frame(channel_out, {"type": "result", "id": frame.get("id"), "input_error": "no input for the compiled program"})
                continue
            if vm is None or not vm.alive():
                vm = JavaVM(init, command, workdir)
                scratch.keep(vm.home)
                failure = vm.wait_ready()
                if failure is not None:
                    vm = None
                    error = {"type": "JVMError", "builtin": False, "message": failure, "traceback": "", "line": None}
                    result = {"ok": False, "error": error}
                    write_frame(channel_out, {"type": "result", "id": frame.get("id"), "cpu_ms": 0.0, "result": result})
                    continue
            facts = vm.run(frame)
            scratch.clean()
            facts.update(type="result", id=frame.get("id"))
            write_frame(channel_out, facts)
    finally:
        if vm is not None:
            vm.kill()


# Follow-up measurement: one size of a follow-up's ladder per ``rung`` frame


def measure_call(function: Any, args: list[Any], mode: str, clock: Any = time.thread_time_ns) -> list[Any]:
    """Runs in the child: describe calls of the entry point as ``[[cpu_ns, ...], peak_bytes,
    answer]``, the answer being the first call's (on the input as built), which the host
    checks: a process that skips the work cannot also answer right.

    ``clock`` is bound when the harness is defined, before any solution code
    runs. Time: one call first, untimed (it takes the copy-on-write faults of
    the pages it touches, ~2 us each, which would swamp an O(log n) call), then
    ``_TIMED_CALLS`` calls, each timed alone by this thread's CPU clock, the
    collector off (collecting the harness's objects is not the solution's work).
    Space: one call under tracemalloc, started after the arguments were built,
    so its peak is what the call added.
    """
    if mode == "space":
        tracemalloc.start()
        answer = function(*args)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return [[], peak, answer]
    gc.disable()
    answer = function(*args)
    times = []
    for _ in range(_TIMED_CALLS):
        start = clock()
        function(*args)
        times.append(clock() - start)
    return [times, 0, answer]


_TIMED_CALLS = 3
MEASURE_WALL_MS = 10_000
_LADDERS: dict[str, Any] = {}


def _ladder_args(frame: dict[str, Any]) -> dict[str, Any]:
    """A rung's arguments from the problem's own ladder generator (package code, not
    hidden data): its source comes in the frame and runs here, in the harness."""
    source = frame["ladder"]
    build = _LADDERS.get(source)
    if build is None:
        namespace: dict[str, Any] = {"__name__": "ladder"}
        exec(compile(source, "ladder.py", "exec"), namespace)
        build = _LADDERS[source] = namespace["build"]
    import random

    args: dict[str, Any] = build(int(frame["n"]), random.Random(int(frame.get("seed", 0)) * 1_000_003 + int(frame["n"])))
    return args


def measure_rung(code: types.CodeType, init: dict[str, Any], frame: dict[str, Any], workdir: str, scratch: Scratch) -> dict[str, Any]:
    """``repeats`` calls on one size, each in a fresh child on a fresh copy (the
    fork's) of arguments built here; per call, the child's own description and
    the kernel's figures for that child: CPU, and peak resident size less this
    process's private (anonymous) resident size at the fork. The child's figure
    also holds the pages of the interpreter's files it touches, about the same
    at every size; ours leaves out our file pages, which come and go with the
    page cache. So the difference is signed, and only its growth means anything."""
    reply: dict[str, Any] = {"type": "rung", "id": frame.get("id"), "n": frame.get("n"), "calls": []}
    try:
        args = _ladder_args(frame)
        call_args, registry = build_lists(init["entry"]["params"], args)
    except Exception as error:  # the package's ladder is broken: the host says so
        reply["input_error"] = f"{type(error).__name__}: {error}"
        return reply
    prepared = PreparedCase(call_args, registry, [], [], False)
    prepared.measure = "space" if frame.get("mode") == "space" else "time"
    cap_ms = int(frame.get("cap_ms", init["limits"]["time_ms"]))
    # The kernel's figures for this child alone: no cgroup-wide readings, which
    # would also count the copy-on-write of pages the call merely touched.
    # Wall time only stops a sleeping child: a busy machine must not cut a call short.
    limits = {**init["limits"], "time_ms": cap_ms, "wall_ms": MEASURE_WALL_MS}
    child_init = {**init, "limits": limits, "own_cgroup": False}
    _release_free_heap()
    for _ in range(max(1, int(frame.get("repeats", 1)))):
        base_kb = _private_resident("self") // 1024
        reaped_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        facts = run_child(code, child_init, prepared, workdir, scratch.paths)
        # User time alone, of everything the call reaped: the solution's own work shows
        # there, while page reclaim on a busy machine is system time.
        user_ms = (resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - reaped_before) * 1000
        scratch.clean()
        result = facts.get("result")
        value = result.get("value") if isinstance(result, dict) and result.get("ok") is True else None
        described = value if isinstance(value, list) and len(value) == 3 and type(value[1]) is int else None
        times = described[0] if described is not None and isinstance(described[0], list) else []
        if described is not None and not all(type(t) is int and t >= 0 for t in times[: _TIMED_CALLS + 1]):
            described = None
        reply["calls"].append(
            {
                "kernel_cpu_ms": facts["cpu_ms"],
                "kernel_user_ms": round(user_ms, 3),
                "kernel_extra_kb": facts["memory_kb"] - base_kb,
                "killed_by": facts.get("killed_by"),
                "failed": described is None and facts.get("killed_by") is None,
                "cpu_ns": times[:_TIMED_CALLS] if described else None,
                "peak_bytes": described[1] if described else None,
                "answer": described[2] if described else None,
            }
        )
        if facts.get("killed_by") or described is None:
            break
    return reply


def main() -> None:
    # The solution's children must never inherit the channel to the host: keep
    # private duplicates and point the standard descriptors elsewhere.
    channel_in = os.fdopen(os.dup(0), "rb")
    channel_out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.set_inheritable(channel_in.fileno(), False)
    os.set_inheritable(channel_out.fileno(), False)
    # Non-dumpable: a child running as the same user cannot open our /proc
    # entries to write forged frames into the channel.
    _prctl(_PR_SET_DUMPABLE, 0)
    _prctl(_PR_SET_CHILD_SUBREAPER, 1)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        serve(channel_in, channel_out)
    except (FrameError, BrokenPipeError, ValueError) as error:
        print(f"harness: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
