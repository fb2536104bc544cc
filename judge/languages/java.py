"""Java: LeetCode's starter code, the glue generated from a problem's signature,
and the commands that compile and run a submission.

A Java submission is two compilations and one JVM. The judge's runtime
(judge/languages/java_runtime.py: ``ListNode``, the case reader and the
driver) is compiled apart from the user's code, and is the only thing on the
JVM's class path. The user's file is compiled with a generated class,
``JudgeGlue``, that reads the case's typed arguments and calls ``new
Solution().method(...)`` (or runs a design problem's operations); both are
untrusted, loaded afresh for every case by their own class loader.

The user's file is compiled under its own name (``solutions/two-sum.java``),
so javac's messages point at it. Two changes that keep every line and column
of it: LeetCode's implicit imports (``java.util.*`` and friends) go on line 1
ahead of the user's first line, and a top-level ``public class`` loses its
``public`` (blanked), since javac wants a public class in a file of its name
and LeetCode accepts either.
"""

from __future__ import annotations

import re

from judge.languages import java_runtime
from judge.spec import ClassEntry, FunctionEntry, Param, ProblemSpec, signature_mentions, signature_types
from judge.typenames import TypeRef, parse_type

GLUE_NAME = "JudgeGlue.java"
CLASSES_DIR = "classes"
RUNTIME_DIR = "runtime"
# What LeetCode's Java environment imports for every submission.
IMPLICIT_IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; "
# javac and its flags: the image's build compiles the runtime with the same.
JAVAC = java_runtime.JAVAC


class Unsupported(Exception):
    """The problem's signature has a type this language's glue cannot pass."""


def java_type(ref: TypeRef) -> str:
    if ref.base == "list" and ref.args:
        return f"{java_type(ref.args[0])}[]"
    if ref.is_node:
        return "ListNode"
    simple = {"int": "int", "float": "double", "bool": "boolean", "str": "String", "None": "void"}
    if ref.base in simple and not (ref.optional and ref.base != "None"):
        return simple[ref.base]
    raise Unsupported(f"the type {ref.text} has no Java driver")


def unsupported(spec: ProblemSpec) -> str | None:
    """Why Java cannot run this problem, or None when it can."""
    entry = spec.entry
    if isinstance(entry, ClassEntry) and entry.measure_retained:
        # The memory a structure holds is measured from outside the process;
        # in a JVM it hides in the heap's own accounting. Python and C++ only.
        return "the memory its structure holds is measured, which the judge does not do for a JVM"
    for text in signature_types(entry):
        try:
            java_type(parse_type(text))
        except Unsupported as error:
            return str(error)
    return None


# --------------------------------------------------------------------------
# LeetCode's starter code


_LISTNODE_COMMENT = """\
/**
 * Definition for singly-linked list (predefined by the judge, as on LeetCode).
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
"""


def _param_decl(param: Param) -> str:
    return f"{java_type(parse_type(param.type))} {param.name}"


def starter(spec: ProblemSpec, statement: str) -> str:
    """LeetCode's Java code template for the problem, under a comment with the statement."""
    head = f"// {spec.title}: judge run {spec.slug} solutions/{spec.slug}.java | judge submit {spec.slug} solutions/{spec.slug}.java\n"
    text = statement.strip().replace("*/", "* /")
    head += f"/*\n{text}\n*/\n\n"
    if signature_mentions(spec.entry, "ListNode"):
        head += _LISTNODE_COMMENT
    entry = spec.entry
    if isinstance(entry, FunctionEntry):
        params = ", ".join(_param_decl(p) for p in entry.params)
        returns = java_type(parse_type(entry.returns))
        return head + f"class Solution {{\n    public {returns} {entry.name}({params}) {{\n        \n    }}\n}}\n"
    init = ", ".join(_param_decl(p) for p in entry.init)
    lines = [f"class {entry.name} {{", "", f"    public {entry.name}({init}) {{", "        ", "    }"]
    usage = [f" * {entry.name} obj = new {entry.name}({', '.join(p.name for p in entry.init)});"]
    for number, method in enumerate(entry.methods, 1):
        returns = java_type(parse_type(method.returns))
        lines += ["    ", f"    public {returns} {method.name}({', '.join(_param_decl(p) for p in method.params)}) {{", "        ", "    }"]
        call = f"obj.{method.name}({', '.join(p.name for p in method.params)});"
        usage.append(f" * {call}" if method.void else f" * {returns} param_{number} = {call}")
    lines.append("}")
    comment = ["", "/**", f" * Your {entry.name} object will be instantiated and called as such:", *usage, " */", ""]
    return head + "\n".join(lines + comment)


# --------------------------------------------------------------------------
# The glue: reads a case's arguments (judge/languages/cpp.py's encoding) and calls the solution


class _Readers:
    """Static reader methods for array types, one per type, in the glue class."""

    def __init__(self) -> None:
        self.methods: dict[str, str] = {}
        self.names: dict[str, str] = {}

    def expression(self, ref: TypeRef) -> str:
        if ref.base == "list" and ref.args:
            text = java_type(ref)
            if text not in self.names:
                name = f"read{len(self.names)}"
                self.names[text] = name
                inner = self.expression(ref.args[0])
                element = java_type(ref.args[0])
                base, _, dims = element.partition("[")
                create = f"new {base}[n]" + ("[" + dims if dims else "")
                self.methods[name] = (
                    f"    private static {text} {name}(JudgeIn in) {{ int n = in.i32(); {text} a = {create}; "
                    f"for (int i = 0; i < n; i++) a[i] = {inner}; return a; }}"
                )
            return f"{self.names[text]}(in)"
        if ref.is_node:
            return "in.node()"
        return {"int": "in.i32()", "float": "in.f64()", "bool": "in.bool()", "str": "in.str()"}[ref.base]


def _reads(params: list[Param], readers: _Readers, indent: str) -> tuple[list[str], list[str]]:
    lines, names = [], []
    for number, param in enumerate(params):
        ref = parse_type(param.type)
        lines.append(f"{indent}{java_type(ref)} a{number} = {readers.expression(ref)};")
        names.append(f"a{number}")
    return lines, names


def method_used(entry: FunctionEntry, source: str) -> str:
    """The entry point's name the user's file defines: its own or an alias (LeetCode
    renamed some problems' methods); the entry's name when none appears."""
    for name in [entry.name, *(alias.name for alias in entry.aliases)]:
        if re.search(rf"\b{re.escape(name)}\s*\(", source):
            return name
    return entry.name


def missing_entry(spec: ProblemSpec) -> str:
    """What a CE says when javac cannot find the entry point in the user's class."""
    entry = spec.entry
    if isinstance(entry, FunctionEntry):
        names = " or ".join([entry.name, *(alias.name for alias in entry.aliases)])
        params = ", ".join(_param_decl(p) for p in entry.params)
        return f"class Solution has no method {names}({params}) as the problem's signature says"
    return f"class {entry.name} lacks a constructor or method of the problem's signature (judge new {spec.slug} --lang java writes them)"


def glue(spec: ProblemSpec, source: str) -> str:
    entry = spec.entry
    readers = _Readers()
    if isinstance(entry, FunctionEntry):
        reads, args = _reads(entry.params, readers, "        ")
        call = f"new Solution().{method_used(entry, source)}({', '.join(args)})"
        body = [*reads, f"        return JudgeIn.answer({call});"]
    else:
        init_reads, init_args = _reads(entry.init, readers, "        ")
        body = [
            "        int count = in.i32();",
            "        in.str();  // the constructor's name",
            *init_reads,
            f"        {entry.name} obj = new {entry.name}({', '.join(init_args)});",
            "        Object[] out = new Object[count];",
            "        for (int i = 1; i < count; i++) {",
            "            String op = in.str();",
            "            switch (op) {",
        ]
        for method in entry.methods:
            reads, args = _reads(method.params, readers, "                    ")
            call = f"obj.{method.name}({', '.join(args)})"
            body += [f'                case "{method.name}": {{', *reads]
            body.append(f"                    {call};" if method.void else f"                    out[i] = {call};")
            body += ["                    break;", "                }"]
        body += [
            '                default: throw new IllegalStateException("judge driver: unknown operation " + op);',
            "            }",
            "        }",
            "        return JudgeIn.answer(out);",
        ]
    lines = [
        "// Generated by the judge from the problem's signature; compiled and loaded with the user's file.",
        "public final class JudgeGlue implements JudgeCall {",
        "    public Object call(JudgeIn in) throws Throwable {",
        *body,
        "    }",
        *readers.methods.values(),
        "}",
    ]
    return "\n".join(lines) + "\n"


_PUBLIC_TOP_LEVEL = re.compile(r"^public(\s+(?:final\s+|abstract\s+)*(?:class|interface|enum|record)\b)", re.MULTILINE)


def prepared_source(source: str) -> str:
    """The user's file as javac compiles it: every line and column where it was, but
    LeetCode's implicit imports ahead of line 1 and no top-level ``public``."""
    text = _PUBLIC_TOP_LEVEL.sub(lambda m: " " * len("public") + m.group(1), source)
    return IMPLICIT_IMPORTS + text


def user_path(filename: str) -> str:
    """Where the user's file is written for javac (relative, inside the build
    directory), as close to the name the user knows as is safe."""
    name = filename.replace("\\", "/")
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if name.startswith("/") or ".." in parts or not parts:
        parts = [parts[-1] if parts and parts[-1] != ".." else "Solution.java"]
    if not parts[-1].endswith(".java"):
        parts[-1] += ".java"
    if parts == [GLUE_NAME]:
        parts = ["Solution.java"]  # the generated class's file is taken
    path = "/".join(parts)
    # A name javac would read as an option (-d.java) is given as a path.
    return f"./{path}" if path.startswith("-") else path


def run_command(heap_mb: int, output_bytes: int, preserve_input: bool) -> list[str]:
    """The JVM that runs every case of a submission (the harness fills in the two
    directories). The heap is the problem's memory limit; what the JVM needs
    beside it is bounded here and counted in the container's memory."""
    return [
        "java",
        f"-Xmx{heap_mb}m",
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:CompressedClassSpaceSize=64m",
        "-XX:MaxMetaspaceSize=128m",
        "-XX:ReservedCodeCacheSize=64m",
        "-Xshare:auto",
        # HotSpot's own messages (an OutOfMemoryError's exit among them) and its
        # unified log (a thread that cannot start) go to stdout by default,
        # which is the driver's private result channel.
        "-XX:+DisplayVMOutputToStderr",
        "-Xlog:disable",
        "-Xlog:all=warning:stderr",
        "-Djava.security.manager=allow",
        "-cp",
        "@RUNTIME@",
        "JudgeDriver",
        "@CLASSES@",
        str(output_bytes),
        "1" if preserve_input else "0",
    ]
