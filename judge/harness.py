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
"""

from __future__ import annotations

import _thread
import builtins
import collections
import ctypes
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
import types
from typing import Any, BinaryIO

PROTOCOL_VERSION = 1
_HEADER = struct.Struct(">I")
MAX_FRAME_BYTES = 512 * 1024 * 1024
_SOLUTION_FILENAME = "solution.py"
_TEXT_HEAD_BYTES = 8192
_RESULT_FD = 3
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
    """Singly-linked list node, predefined for solutions as LeetCode does."""

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


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


def resolve_entry(module: types.ModuleType, entry: dict[str, Any]) -> Any:
    """The callable the cases exercise, LeetCode's way or as a plain function."""
    name = entry["name"]
    if entry["kind"] == "class":
        target = getattr(module, name, None)
        if not isinstance(target, type):
            raise EntryPointMissing(f"the solution defines no class {name}")
        missing = [m for m in entry["methods"] if not callable(getattr(target, m, None))]
        if missing:
            raise EntryPointMissing(f"class {name} has no method {', '.join(missing)}")
        return target
    solution_class = getattr(module, "Solution", None)
    if isinstance(solution_class, type) and callable(getattr(solution_class, name, None)):
        return None  # bound per call, so each case gets a fresh Solution()
    function = getattr(module, name, None)
    if callable(function):
        return function
    raise EntryPointMissing(f"the solution defines neither a function {name}() nor class Solution with a method {name}()")


def prepare_call(entry: dict[str, Any], args: dict[str, Any]) -> tuple[Any, dict[int, list[Any]], list[tuple[Any, Any, Any]]]:
    """Build a case's arguments in the harness, before the fork, so that
    building them is neither the solution's CPU time nor its to break.

    With ``preserve_input`` the result also holds every input node with its
    original ``next`` and ``val``, to tell afterwards whether the call changed them.
    """
    if entry["kind"] == "class":
        return args, {}, []
    call_args, registry = build_lists(entry["params"], args)
    snapshot: list[tuple[Any, Any, Any]] = []
    if entry.get("preserve_input"):
        seen: set[int] = set()
        for start in call_args:
            node = start if isinstance(start, ListNode) else None
            while node is not None and id(node) not in seen:
                seen.add(id(node))
                snapshot.append((node, node.next, node.val))
                node = node.next
    return call_args, registry, snapshot


def call_entry(module: types.ModuleType, entry: dict[str, Any], target: Any, prepared: tuple[Any, Any, Any]) -> dict[str, Any]:
    """Call the solution on one case; the payload the child sends back."""
    call_args, registry, snapshot = prepared
    if entry["kind"] == "class":
        return run_operations(target, entry, call_args)
    function = target if target is not None else getattr(module.Solution(), entry["name"])
    payload = {"ok": True, "value": encode_value(function(*call_args), registry)}
    changed = next((registry.get(id(node)) for node, after, val in snapshot if node.next is not after or node.val != val), None)
    if changed is not None:
        payload["input_modified"] = changed
    return payload


def run_operations(cls: type, entry: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    """LeetCode's design-problem format: the constructor, then method calls."""
    operations, arguments = args["operations"], args["arguments"]
    measure = bool(entry.get("measure_retained"))
    # The module's own classes and functions are not the structure's memory.
    before = _allocated_by_solution() if measure else 0
    instance = cls(*arguments[0])
    outputs: list[Any] = [None]
    for name, call_args in zip(operations[1:], arguments[1:]):
        outputs.append(getattr(instance, name)(*call_args))
    payload: dict[str, Any] = {"ok": True, "value": encode_value(outputs, {})}
    if measure:
        import gc

        gc.collect()  # garbage the solution left must not count as held
        held_by_solution_code = _allocated_by_solution() - before
        # What the instance holds is what its death frees; the arguments and
        # outputs stay alive on both sides of the difference.
        with_instance = _traced_now()
        del instance
        gc.collect()
        freed = max(0, with_instance - _traced_now())
        # The larger of the two: storage parked in a global or a class
        # attribute is not freed with the instance, but was allocated by it.
        payload["retained_bytes"] = max(freed, held_by_solution_code)
    return payload


def _traced_now() -> int:
    import tracemalloc

    return tracemalloc.get_traced_memory()[0]


def _allocated_by_solution() -> int:
    """Live bytes allocated directly by a line of solution.py. Tracing one
    frame keeps tracemalloc cheap, and leaves out what a lazy ``import``
    allocates (importlib's frames are innermost there)."""
    import tracemalloc

    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, _SOLUTION_FILENAME)])
    return sum(stat.size for stat in snapshot.statistics("filename"))


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


def _apply_child_limits(limits: dict[str, Any]) -> None:
    cpu_s = math.ceil(limits["time_ms"] / 1000) + 1
    _set_limit(resource.RLIMIT_CPU, cpu_s, cpu_s + 1)
    _set_limit(resource.RLIMIT_FSIZE, limits["output_bytes"])
    _set_limit(resource.RLIMIT_CORE, 0)
    _set_limit(resource.RLIMIT_NOFILE, limits.get("open_files", 64))
    _set_limit(resource.RLIMIT_NPROC, limits.get("processes", 64))
    try:
        address_space = _address_space_now() + limits["memory_mb"] * 1024 * 1024
        _set_limit(resource.RLIMIT_AS, address_space)
    except OSError:
        pass


def _prctl(option: int, value: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _child_main(code: types.CodeType, init: dict[str, Any], prepared: Any, paths: dict[str, str], result_w: int) -> None:
    """Runs in the forked child; never returns."""
    payload: dict[str, Any]
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
        _apply_child_limits(init["limits"])
        sys.setrecursionlimit(init["limits"].get("recursion_limit", 100_000))
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
        entry = init["entry"]
        if entry.get("measure_retained"):
            import tracemalloc

            tracemalloc.start()
        module = types.ModuleType("solution")
        module.__file__ = _SOLUTION_FILENAME
        module.__dict__["ListNode"] = ListNode
        sys.modules["solution"] = module
        exec(code, module.__dict__)
        target = resolve_entry(module, entry)
        payload = {"ok": True} if prepared is None else call_entry(module, entry, target, prepared)
    except BaseException as error:  # SystemExit and KeyboardInterrupt are the solution's too
        payload = {"ok": False, "error": _describe_error(error)}
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    try:
        data = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    except BaseException as error:
        data = json.dumps({"ok": False, "error": _describe_error(error)}).encode("utf-8")
    try:
        view = memoryview(data)
        while view:
            written = os.write(_RESULT_FD, view)
            view = view[written:]
    except BaseException:
        pass
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


def _reap_strays(own_group: int | None) -> None:
    """Kill whatever the child left behind: its group, then any orphan we adopted."""
    if own_group is not None:
        try:
            os.killpg(own_group, signal.SIGKILL)
        except OSError:
            pass
    me = os.getpid()
    for _ in range(50):
        strays = _adopted_children(me)
        if not strays:
            break
        for pid in strays:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        _reap_all()
        time.sleep(0.001)
    _reap_all()


def _adopted_children(me: int) -> list[int]:
    try:
        with open(f"/proc/{me}/task/{me}/children") as handle:
            return [int(pid) for pid in handle.read().split()]
    except OSError:
        return []


def _reap_all() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


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


def run_child(code: types.CodeType, init: dict[str, Any], prepared: Any, workdir: str) -> dict[str, Any]:
    """Fork one child for a prepared case (None: the import probe) and report facts."""
    limits = init["limits"]
    case_dir = tempfile.mkdtemp(prefix="case-", dir=workdir)
    os.chmod(case_dir, 0o700)
    paths = {"dir": case_dir, "stdout": os.path.join(case_dir, ".stdout"), "stderr": os.path.join(case_dir, ".stderr")}
    result_r, result_w = os.pipe()
    # The backend says the memory cgroup is ours alone (a container): its OOM
    # count and usage then speak for this case and nothing else.
    in_cgroup = bool(init.get("own_cgroup"))
    oom_before = _oom_kills() if in_cgroup else None
    memory_before = _cgroup_memory() if in_cgroup else None
    cow_allowance = _own_rss() if memory_before is not None else 0
    tree_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(result_r)
        _child_main(code, init, prepared, paths, result_w)
    os.close(result_w)
    try:
        facts = _supervise(pid, result_r, limits, started, sample_memory=memory_before is not None)
    finally:
        os.close(result_r)
        _reap_strays(pid)
    # Everything the case started has been reaped by now (we are its
    # subreaper), so this counts CPU that helpers burned while the case's own
    # process waited for them.
    tree_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    tree_cpu_ms = (tree_after.ru_utime - tree_before.ru_utime + tree_after.ru_stime - tree_before.ru_stime) * 1000
    facts["cpu_ms"] = round(max(facts["cpu_ms"], tree_cpu_ms), 3)
    if memory_before is not None:
        # What the whole process tree added to the container; copy-on-write of
        # the harness's own pages can account for up to its resident size.
        facts["tree_memory_kb"] = max(0, facts.pop("memory_peak_bytes", memory_before) - memory_before) // 1024
        facts["cow_allowance_kb"] = cow_allowance // 1024
    if oom_before is not None:
        oom_after = _oom_kills()
        if oom_after is not None:
            facts["oom_killed"] = oom_after > oom_before
    facts["stdout_bytes"], facts["stdout"] = _read_head(paths["stdout"])
    facts["stderr_bytes"], facts["stderr"] = _read_head(paths["stderr"])
    shutil.rmtree(case_dir, ignore_errors=True)
    return facts


def _supervise(pid: int, result_r: int, limits: dict[str, Any], started: float, sample_memory: bool = False) -> dict[str, Any]:
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
    exited = False
    # RLIMIT_CPU counts whole seconds; polling the child's clock ends a busy
    # loop within a tick of the limit instead of up to a second later.
    cpu_limit_s = limits["time_ms"] / 1000 + _CPU_GRACE_S
    memory_peak = 0
    try:
        while not exited:
            if sample_memory:
                memory_peak = max(memory_peak, _cgroup_memory() or 0)
            remaining = started + wall_limit_s - time.monotonic()
            if remaining <= 0:
                killed_by = "wall"
                break
            if _cpu_seconds(pid) > cpu_limit_s:
                killed_by = "cpu"
                break
            for fd, _event in poller.poll(max(1, int(min(remaining, _POLL_S) * 1000))):
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
        if killed_by:
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
        "exit_code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "result_bytes": received,
        "result": None,
    }
    if sample_memory:
        facts["memory_peak_bytes"] = memory_peak
    if killed_by is None and chunks:
        try:
            facts["result"] = json.loads(b"".join(chunks))
        except ValueError:
            facts["result"] = None
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
        for directory in directories:
            path = os.path.abspath(directory)
            try:
                self._baseline[path] = set(os.listdir(path))
            except OSError:
                continue

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
    probe = run_child(code, init, None, workdir)
    scratch.clean()
    reply.update(ok=bool(probe["result"] and probe["result"].get("ok")), stage="import", probe=probe)
    write_frame(channel_out, reply)
    if not reply["ok"]:
        return
    while (frame := read_frame(channel_in)) is not None:
        if frame.get("type") == "end":
            break
        try:
            prepared = prepare_call(init["entry"], frame["args"])
        except Exception as error:  # malformed case data: the package's fault, not the solution's
            write_frame(channel_out, {"type": "result", "id": frame.get("id"), "input_error": f"{type(error).__name__}: {error}"})
            continue
        facts = run_child(code, init, prepared, workdir)
        scratch.clean()
        del prepared
        facts.update(type="result", id=frame.get("id"))
        write_frame(channel_out, facts)


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
