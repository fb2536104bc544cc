"""What the host adds to the harness's frames for a compiled language: the
program in the init frame, and each case's input written for its driver."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from judge.languages import CPP, JAVA, PYTHON, LanguageInfo, java_runtime
from judge.languages import cpp as cpp_language
from judge.languages import java as java_language
from judge.spec import ClassEntry, FunctionEntry, Limits, ProblemSpec

# Compilation gets its own limits, the same for every problem: g++ -O2 on a
# file including <bits/stdc++.h> takes about 2 s of CPU and 250 MB in the
# sandbox; a compile bomb (template or include explosion) hits one of these.
COMPILE_TIME_MS = 15_000
COMPILE_WALL_MS = 45_000
COMPILE_MEMORY_MB = 1024
# The container's memory for a compiled submission is sized for the compiler
# at least (the address-space limit above is larger than what it touches).
COMPILE_CONTAINER_MB = 512
# The C++ runtime's own mappings (libstdc++, libc, the loader, the stack's
# start) on top of the problem's memory limit, for RLIMIT_AS.
ADDRESS_SPACE_EXTRA_MB = 64
# The private resident memory of the driver running a structure that stores
# nothing (libstdc++'s pools, stdio, the driver's input and output buffers and
# stack), measured in the image over every Bloom filter case: 236 KiB on the
# smallest, 388 KiB at most (41 001 operations). A C++ structure's retained
# memory counts from 400 KiB; tests/test_languages.py checks that a filter
# storing nothing stays within this and one storing its items does not.
CPP_RETAINED_BASE_BYTES = 400 * 1024


# C++'s time limit is the problem's (set for Python) times this factor, as
# Kattis sets a limit per language from the judges' own solutions. Measured in
# the docker sandbox: the slowest case of each C++ reference takes 9-21 ms of
# CPU, most of it process start-up and reading the input, so a quarter of the
# Python limit is at least 12x the C++ reference's slowest case on every
# problem (median-of-two-sorted-arrays: 9.7 ms of 125) and at least 24x on
# the others, while the quadratic two-sum (1.2 s on the largest case, AC under
# the full Python limit) is TLE, as it is in Python.
CPP_TIME_FACTOR = 0.25
# Java's likewise, measured in the docker sandbox over two runs of each Java
# reference (JIT warm-up included: each case loads the user's classes afresh
# and the case's CPU counts every JVM thread, the driver's reading of the
# input too): the slowest case takes 17-72 ms, so a quarter of the Python
# limit is at least 6.9x the slowest case on every problem (the linked lists:
# 72 ms of 500; median-of-two-sorted-arrays: 17 of 125), while the quadratic
# two-sum (730 ms on the largest case, the JIT's best) is TLE, as it is in
# Python and C++.
JAVA_TIME_FACTOR = 0.25
MIN_TIME_MS = 100
# What a JVM needs beside its heap (-Xmx is the problem's memory limit):
# class metadata, the JIT's code cache, thread stacks, the GC's tables, the
# class-data-sharing archive. Measured in the image: a JVM that ran every
# two-sum case holds about 45 MB beside its heap; the flags in
# judge/languages/java.py bound metaspace and code cache at 192 MB together.
JAVA_OVERHEAD_MB = 192


def limits_for(spec: ProblemSpec, language: LanguageInfo) -> Limits:
    """The limits a solution in ``language`` is held to."""
    factor = {CPP.key: CPP_TIME_FACTOR, JAVA.key: JAVA_TIME_FACTOR}.get(language.key)
    if factor is None:
        return spec.limits
    time_ms = max(MIN_TIME_MS, round(spec.limits.time_ms * factor))
    return replace(spec.limits, time_ms=min(time_ms, spec.limits.time_ms))


def container_limits(spec: ProblemSpec, language: LanguageInfo) -> Limits:
    """What the sandbox is sized for: the language's limits, with room for the
    compiler where there is one (each case is still held to ``limits_for``)."""
    limits = limits_for(spec, language)
    if language is PYTHON:
        return limits
    if language is JAVA:
        # The heap is the limit; the JVM's own needs come on top (JAVA_OVERHEAD_MB).
        return replace(limits, memory_mb=max(limits.memory_mb + JAVA_OVERHEAD_MB, COMPILE_CONTAINER_MB))
    return replace(limits, memory_mb=max(limits.memory_mb, COMPILE_CONTAINER_MB))


class LanguageUnsupported(Exception):
    """The problem's signature cannot be passed to a program in this language."""


def program_payload(spec: ProblemSpec, language: LanguageInfo, source: str, filename: str) -> dict[str, Any]:
    if language is JAVA:
        return java_payload(spec, source, filename)
    if language is not CPP:
        raise LanguageUnsupported(f"{language.name} has no compiled driver")
    why = cpp_language.unsupported(spec)
    if why:
        raise LanguageUnsupported(f"{spec.slug} is Python-only: {why}")
    entry = spec.entry
    stop = entry.preserve_input if isinstance(entry, FunctionEntry) else entry.measure_retained
    return {
        "language": language.key,
        "files": {cpp_language.SOURCE_NAME: cpp_language.program(spec, source, filename)},
        "user_file": filename,
        "compile": cpp_language.compile_command(isinstance(entry, ClassEntry) and entry.measure_retained),
        "binary": cpp_language.BINARY_NAME,
        "compile_limits": {"time_ms": COMPILE_TIME_MS, "wall_ms": COMPILE_WALL_MS, "memory_mb": COMPILE_MEMORY_MB},
        "address_space_extra_mb": ADDRESS_SPACE_EXTRA_MB,
        "stop_after_answer": bool(stop),
        "measure_retained": isinstance(entry, ClassEntry) and entry.measure_retained,
        "retained_base_bytes": CPP_RETAINED_BASE_BYTES,
        "node_region": cpp_language.NODE_REGION,
        "node_layout": {"size": cpp_language.NODE_SIZE, "val": cpp_language.VAL_OFFSET, "next": cpp_language.NEXT_OFFSET},
    }


def case_payload(spec: ProblemSpec, args: dict[str, Any]) -> dict[str, Any]:
    text, layout = cpp_language.encode_case(spec, args)
    payload: dict[str, Any] = {"input": text}
    if isinstance(spec.entry, FunctionEntry) and spec.entry.preserve_input:
        payload["nodes"] = [[value, succ] for value, succ in zip(layout.values, layout.nexts)]
        payload["owners"] = layout.owners
    return payload


def java_payload(spec: ProblemSpec, source: str, filename: str) -> dict[str, Any]:
    """A Java submission: the runtime's sources and the user's, how to compile
    each, and the JVM that runs the cases (judge/harness.py, "Java")."""
    why = java_language.unsupported(spec)
    if why:
        raise LanguageUnsupported(f"{spec.slug} cannot be judged in Java: {why}")
    entry = spec.entry
    user_file = java_language.user_path(filename)
    runtime_names = sorted(java_runtime.FILES)
    preserve = isinstance(entry, FunctionEntry) and entry.preserve_input
    limits = limits_for(spec, JAVA)
    return {
        "language": JAVA.key,
        "runtime": {
            "files": dict(java_runtime.FILES),
            "compile": [*java_language.JAVAC, "-d", java_language.RUNTIME_DIR, *runtime_names],
            "output": java_language.RUNTIME_DIR,
            "prebuilt": java_runtime.PREBUILT_DIR,
        },
        "files": {user_file: java_language.prepared_source(source), java_language.GLUE_NAME: java_language.glue(spec, source)},
        "user_file": user_file,
        "compile": [*java_language.JAVAC, "-cp", "@RUNTIME@", "-d", java_language.CLASSES_DIR, user_file, java_language.GLUE_NAME],
        "output": java_language.CLASSES_DIR,
        "glue_file": java_language.GLUE_NAME,
        "missing_entry": java_language.missing_entry(spec),
        "run": java_language.run_command(limits.memory_mb, limits.output_kb * 1024, bool(preserve)),
        "compile_limits": {"time_ms": COMPILE_TIME_MS, "wall_ms": COMPILE_WALL_MS, "memory_mb": COMPILE_MEMORY_MB},
        "preserve_input": bool(preserve),
    }
