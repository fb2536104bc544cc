"""C++: LeetCode's starter code, the driver generated from a problem's signature,
and how a case's arguments are written for it.

The program the sandbox compiles is one file: a prelude (LeetCode's headers,
``using namespace std;``, ``struct ListNode``, and the driver's reader and
writer as templates), then the user's file under a ``#line 1`` directive
naming it, so g++'s messages point at the user's own file and line, then a
``main`` that instantiates the driver for the user's class. Nothing of the
driver after the user's code depends on names the user might redefine, beyond
``Solution`` (or the design class) itself.

A case reaches the program as text on a private descriptor (4): every input
list node (values and links, by index), then the arguments in order. The
program builds the input nodes in one block at a fixed address, so the harness
knows where node ``i`` lives and can read it back from the stopped process
(judge/harness.py, "Compiled languages"), and a returned pointer into that
block is reported as ``{"$node": [param, index]}``, the same escape the Python
harness writes; the host decodes both alike.
"""

from __future__ import annotations

import math
from typing import Any

from judge.sandbox.recipe import CPP_FLAGS
from judge.spec import ClassEntry, FunctionEntry, Param, ProblemSpec, signature_mentions, signature_types
from judge.typenames import TypeRef, parse_type

# Where the driver maps the input nodes (MAP_FIXED_NOREPLACE): far above the
# heap and below the stack and libraries of an x86-64 or arm64 process.
NODE_REGION = 0x2000_0000_0000
# sizeof(ListNode) and the offsets of val and next: int, padding, pointer (LP64).
NODE_SIZE, VAL_OFFSET, NEXT_OFFSET = 16, 0, 8
# The image holds <bits/stdc++.h> precompiled with exactly these flags.
# Linked statically: a case's exec then maps no shared libraries, which saves
# about 1.5 ms a case (a static binary starts in 3.4 ms, a dynamic one using
# libstdc++ in 4.9 ms, measured here), the cost that dominates a fast case.
# Except where the structure's memory is measured (the Bloom filter): the
# binary runs from a memfd, whose pages count as the process's shared memory,
# and a static binary's 1.2 MB of them would hide in the C++ allowance.
COMPILE_COMMAND = ["g++", *CPP_FLAGS, "-fmax-errors=10", "-static", "-o", "solution", "solution.cpp"]


def compile_command(measured_memory: bool) -> list[str]:
    return [word for word in COMPILE_COMMAND if not (measured_memory and word == "-static")]


SOURCE_NAME = "solution.cpp"
BINARY_NAME = "solution"
DRIVER_NAME = "<judge driver>"


class Unsupported(Exception):
    """The problem's signature has a type this language's driver cannot pass."""


def cpp_type(ref: TypeRef) -> str:
    if ref.base == "list" and ref.args:
        return f"vector<{cpp_type(ref.args[0])}>"
    if ref.is_node:
        return "ListNode*"
    simple = {"int": "int", "float": "double", "bool": "bool", "str": "string", "None": "void"}
    if ref.base in simple and not (ref.optional and ref.base != "None"):
        return simple[ref.base]
    raise Unsupported(f"the type {ref.text} has no C++ driver")


def unsupported(spec: ProblemSpec) -> str | None:
    """Why C++ cannot run this problem (numpy arrays, dicts, Any), or None when it can."""
    entry = spec.entry
    for text in signature_types(entry):
        try:
            cpp_type(parse_type(text))
        except Unsupported as error:
            return str(error)
    return None


# --------------------------------------------------------------------------
# LeetCode's starter code


_LISTNODE_COMMENT = """\
/**
 * Definition for singly-linked list (predefined by the judge, as on LeetCode).
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */
"""


def _param_decl(param: Param) -> str:
    ref = parse_type(param.type)
    text = cpp_type(ref)
    # LeetCode passes containers and strings by reference, scalars and pointers by value.
    return f"{text}& {param.name}" if ref.base in ("list",) else f"{text} {param.name}"


def _uses_nodes(spec: ProblemSpec) -> bool:
    return signature_mentions(spec.entry, "ListNode")


def starter(spec: ProblemSpec, statement: str) -> str:
    """LeetCode's C++ code template for the problem, under a comment with the statement."""
    head = f"// {spec.title}: judge run {spec.slug} solutions/{spec.slug}.cpp | judge submit {spec.slug} solutions/{spec.slug}.cpp\n"
    text = statement.strip().replace("*/", "* /")
    head += f"/*\n{text}\n*/\n\n"
    if _uses_nodes(spec):
        head += _LISTNODE_COMMENT
    entry = spec.entry
    if isinstance(entry, FunctionEntry):
        params = ", ".join(_param_decl(p) for p in entry.params)
        returns = cpp_type(parse_type(entry.returns))
        return head + f"class Solution {{\npublic:\n    {returns} {entry.name}({params}) {{\n        \n    }}\n}};\n"
    init = ", ".join(_param_decl(p) for p in entry.init)
    lines = [f"class {entry.name} {{", "public:", f"    {entry.name}({init}) {{", "        ", "    }"]
    usage = [f" * {entry.name}* obj = new {entry.name}({', '.join(p.name for p in entry.init)});"]
    for number, method in enumerate(entry.methods, 1):
        returns = cpp_type(parse_type(method.returns))
        lines += ["    ", f"    {returns} {method.name}({', '.join(_param_decl(p) for p in method.params)}) {{", "        ", "    }"]
        call = f"obj->{method.name}({', '.join(p.name for p in method.params)});"
        usage.append(f" * {call}" if method.void else f" * {returns} param_{number} = {call}")
    lines.append("};")
    comment = ["", "/**", f" * Your {entry.name} object will be instantiated and called as such:", *usage, " */", ""]
    return head + "\n".join(lines + comment)


# --------------------------------------------------------------------------
# The program: prelude, the user's file, main


PRELUDE = r"""
#include <bits/stdc++.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

namespace judge_driver {
static_assert(sizeof(ListNode) == @NODE_SIZE@ && offsetof(ListNode, val) == @VAL_OFFSET@ && offsetof(ListNode, next) == @NEXT_OFFSET@,
              "the judge's harness reads input nodes at these offsets");
template <class> inline constexpr bool always_false = false;

// The case's arguments, on descriptor 4; read through a small buffer, so that
// a design problem's long operation list is never held in memory at once.
struct In {
    int fd = 4;
    char buf[1 << 16];
    size_t pos = 0, len = 0;
    int get() {
        if (pos == len) {
            ssize_t got = ::read(fd, buf, sizeof buf);
            if (got <= 0) return -1;
            len = size_t(got), pos = 0;
        }
        return (unsigned char)buf[pos++];
    }
    int skip() { int c; while ((c = get()) == ' ' || c == '\n') {} return c; }
    string token() { string t; int c = skip(); while (c != -1 && c != ' ' && c != '\n') { t += char(c); c = get(); } return t; }
    long long i64() { return stoll(token()); }
    int i32() { return int(i64()); }
    double f64() { return strtod(token().c_str(), nullptr); }
    bool boolean() { return i64() != 0; }
    string str() {  // length:bytes
        size_t n = 0; int c = skip();
        while (c >= '0' && c <= '9') { n = n * 10 + size_t(c - '0'); c = get(); }
        string s(n, '\0');
        for (size_t i = 0; i < n; ++i) s[i] = char(get());
        return s;
    }
};

// The answer, on descriptor 3 (the private result channel).
struct Out {
    string buf;
    bool streaming = false, flushed = false;
    void flush() {
        size_t done = 0;
        while (done < buf.size()) {
            ssize_t n = ::write(3, buf.data() + done, buf.size() - done);
            if (n <= 0) break;
            done += size_t(n);
        }
        if (!buf.empty()) flushed = true;
        buf.clear();
    }
    void raw(const char *s) { buf += s; if (streaming && buf.size() > (1 << 15)) flush(); }
    void text(const string &s) {
        buf += '"';
        for (unsigned char c : s) {
            if (c == '"' || c == '\\') { buf += '\\'; buf += char(c); }
            else if (c < 0x20) { char e[8]; snprintf(e, sizeof e, "\\u%04x", c); buf += e; }
            else buf += char(c);
        }
        buf += '"';
    }
};

ListNode *nodes = nullptr;
long long node_count = 0;
vector<string> list_names;
vector<long long> owner_list, owner_index;

void read_nodes(In &in) {
    node_count = in.i64();
    if (node_count > 0) {
        size_t bytes = size_t(node_count) * sizeof(ListNode);
        void *at = mmap((void *)@NODE_REGION@ULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (at != (void *)@NODE_REGION@ULL) { fputs("judge driver: cannot map the input nodes\n", stderr); _exit(70); }
        nodes = (ListNode *)at;
    }
    for (long long i = 0; i < node_count; ++i) new (nodes + i) ListNode(in.i32());
    for (long long i = 0; i < node_count; ++i) { long long next = in.i64(); nodes[i].next = next < 0 ? nullptr : nodes + next; }
    owner_list.assign(size_t(node_count), 0), owner_index.assign(size_t(node_count), 0);
    long long lists = in.i64();
    for (long long l = 0; l < lists; ++l) {
        list_names.push_back(in.str());
        long long count = in.i64();
        for (long long j = 0; j < count; ++j) { long long g = in.i64(); owner_list[size_t(g)] = l, owner_index[size_t(g)] = j; }
    }
}
ListNode *read_node(In &in) { long long g = in.i64(); return g < 0 ? nullptr : nodes + g; }

template <class T> vector<T> read_list(In &in, T (*one)(In &)) {
    long long n = in.i64();
    vector<T> out;
    out.reserve(size_t(n));
    for (long long i = 0; i < n; ++i) out.push_back(one(in));
    return out;
}
inline int r_int(In &in) { return in.i32(); }
inline double r_float(In &in) { return in.f64(); }
inline bool r_bool(In &in) { return in.boolean(); }
inline string r_str(In &in) { return in.str(); }
inline ListNode *r_node(In &in) { return read_node(in); }

void put(Out &out, bool v) { out.raw(v ? "true" : "false"); }
void put(Out &out, double v) {
    if (isnan(v)) { out.raw("{\"$float\":\"nan\"}"); return; }
    if (isinf(v)) { out.raw(v > 0 ? "{\"$float\":\"inf\"}" : "{\"$float\":\"-inf\"}"); return; }
    char b[40];
    snprintf(b, sizeof b, "%.17g", v);
    if (!strpbrk(b, ".e")) strcat(b, ".0");
    out.raw(b);
}
void put(Out &out, float v) { put(out, double(v)); }
void put(Out &out, long double v) { put(out, double(v)); }
void put(Out &out, const string &v) { out.text(v); }
void put(Out &out, const char *v) { if (v) out.text(v); else out.raw("null"); }
void put(Out &out, nullptr_t) { out.raw("null"); }
void put(Out &out, ListNode *p) {
    if (!p) { out.raw("null"); return; }
    char *at = (char *)p, *base = (char *)nodes;
    if (nodes && at >= base && at < base + node_count * (long long)sizeof(ListNode) && (at - base) % sizeof(ListNode) == 0) {
        size_t g = size_t((at - base) / sizeof(ListNode));
        out.raw("{\"$node\":[");
        out.text(list_names[size_t(owner_list[g])]);
        out.raw(",");
        out.raw(to_string(owner_index[g]).c_str());
        out.raw("]}");
        return;
    }
    out.raw("{\"$foreign_node\":");
    out.raw(to_string(p->val).c_str());
    out.raw("}");
}
template <class T> void put(Out &out, const T &v);
template <class T> void put_items(Out &out, const T &items) {
    out.raw("[");
    bool first = true;
    for (const auto &item : items) { if (!first) out.raw(","); first = false; put(out, item); }
    out.raw("]");
}
template <class T> void put(Out &out, const T &v) {
    if constexpr (is_same_v<T, bool>) put(out, bool(v));
    else if constexpr (is_integral_v<T>) out.raw(to_string(v).c_str());
    else if constexpr (is_enum_v<T>) out.raw(to_string((long long)v).c_str());
    else if constexpr (is_convertible_v<T, string>) put(out, string(v));
    else if constexpr (is_pointer_v<T> && is_convertible_v<T, const ListNode *>) put(out, (ListNode *)v);
    else if constexpr (requires { v.begin(); v.end(); }) put_items(out, v);
    else out.raw("{\"$foreign\":{\"type\":\"C++ value of a type the judge cannot read\",\"repr\":\"\"}}");
}

// What the user's code wrote goes out before the answer, as Python's does.
void flush_user_streams() { cout.flush(); cerr.flush(); fflush(stdout); fflush(stderr); }

void finish(Out &out, bool stop) {
    flush_user_streams();
    out.flush();
    ::close(3);
    if (stop) raise(SIGSTOP);  // the harness reads the input nodes or the memory now
}

void fail(Out &out, const char *type, const string &message, bool memory) {
    flush_user_streams();
    if (out.flushed) { fprintf(stderr, "%s: %s\n", type, message.c_str()); _exit(1); }
    out.buf.clear();
    out.raw("{\"ok\":false,\"error\":{\"type\":");
    out.text(memory ? string("MemoryError") : string(type));
    out.raw(",\"builtin\":");
    out.raw(memory ? "true" : "false");
    out.raw(",\"message\":");
    out.text(memory ? string("std::bad_alloc: ") + message : message.substr(0, 2000));
    out.raw(",\"traceback\":\"\",\"line\":null}}");
    out.flush();
    _exit(1);
}

template <class Body> int guarded(Out &out, Body body) {
    try {
        body();
    } catch (const bad_alloc &e) {
        fail(out, "std::bad_alloc", e.what(), true);
    } catch (const exception &e) {
        fail(out, "uncaught C++ exception", e.what(), false);
    } catch (...) {
        fail(out, "uncaught C++ exception", "(not derived from std::exception)", false);
    }
    return 0;
}
}  // namespace judge_driver
"""


def _reader(ref: TypeRef) -> str:
    """A C++ expression of the argument's type, read from ``in``."""
    if ref.base == "list" and ref.args:
        inner = ref.args[0]
        element = cpp_type(inner)
        return f"judge_driver::read_list<{element}>(in, +[](judge_driver::In &in) -> {element} {{ return {_reader(inner)}; }})"
    if ref.is_node:
        return "judge_driver::read_node(in)"
    return {"int": "in.i32()", "float": "in.f64()", "bool": "in.boolean()", "str": "in.str()"}[ref.base]


def _read_params(params: list[Param], prefix: str, indent: str) -> tuple[list[str], list[str]]:
    lines, names = [], []
    for number, param in enumerate(params):
        ref = parse_type(param.type)
        name = f"{prefix}{number}"
        lines.append(f"{indent}{cpp_type(ref)} {name} = {_reader(ref)};")
        names.append(name)
    return lines, names


def _function_driver(entry: FunctionEntry, stop: bool) -> tuple[str, str]:
    """Templates before the user's code, and main after it."""
    names = [entry.name, *(alias.name for alias in entry.aliases)]
    detect = []
    for number, name in enumerate(names):
        detect.append(f"template <class S, class = void> struct has_{number} : std::false_type {{}};")
        detect.append(f"template <class S> struct has_{number}<S, std::void_t<decltype(&S::{name})>> : std::true_type {{}};")
    reads, args = _read_params(entry.params, "a", "        ")
    joined = ", ".join(args)
    branches = []
    for number, name in enumerate(names):
        keyword = "if constexpr" if number == 0 else "else if constexpr"
        branches.append(f"        {keyword} (has_{number}<S>::value) {{ auto &&r = s->{name}({joined}); put_answer(out, r); }}")
    also = "".join(f" (or {alias})" for alias in names[1:])
    branches.append(f'        else static_assert(always_false<S>, "class Solution has no method {entry.name}{also}");')
    before = "\n".join(
        [
            "namespace judge_driver {",
            *detect,
            "template <class T> void put_answer(Out &out, const T &r) {",
            '    out.raw("{\\"ok\\":true,\\"value\\":"); put(out, r); out.raw("}");',
            "}",
            "template <class S> int run() {",
            "    In in; Out out;",
            "    return guarded(out, [&] {",
            "        read_nodes(in);",
            *reads,
            "        S *s = new S();",
            *branches,
            f"        finish(out, {'true' if stop else 'false'});",
            "    });",
            "}",
            "}  // namespace judge_driver",
        ]
    )
    return before, "int main() { return judge_driver::run<Solution>(); }"


def _class_driver(entry: ClassEntry, stop: bool) -> tuple[str, str]:
    init_reads, init_args = _read_params(entry.init, "c", "        ")
    dispatch = []
    for number, method in enumerate(entry.methods):
        reads, args = _read_params(method.params, "a", "                ")
        call = f"obj->{method.name}({', '.join(args)})"
        keyword = "if" if number == 0 else "else if"
        dispatch.append(f'            {keyword} (op == "{method.name}") {{')
        dispatch += reads
        dispatch.append(f'                {call}; out.raw("null");' if method.void else f"                put(out, {call});")
        dispatch.append("            }")
    dispatch.append('            else { fputs("judge driver: unknown operation\\n", stderr); _exit(70); }')
    before = "\n".join(
        [
            "namespace judge_driver {",
            "template <class T> int run() {",
            "    In in; Out out;",
            # The memory-measured structure streams its outputs: a buffer of 10^5
            # answers would count as memory the structure holds.
            f"    out.streaming = {'true' if entry.measure_retained else 'false'};",
            "    return guarded(out, [&] {",
            "        read_nodes(in);",
            "        long long count = in.i64();",
            "        in.str();  // the constructor's name",
            *init_reads,
            f"        T *obj = new T({', '.join(init_args)});",
            '        out.raw("{\\"ok\\":true,\\"value\\":[null");',
            "        for (long long i = 1; i < count; ++i) {",
            "            string op = in.str();",
            '            out.raw(",");',
            *dispatch,
            "        }",
            '        out.raw("]}");',
            f"        finish(out, {'true' if stop else 'false'});",
            "    });",
            "}",
            "}  // namespace judge_driver",
        ]
    )
    return before, f"int main() {{ return judge_driver::run<{entry.name}>(); }}"


def _line_name(filename: str) -> str:
    return filename.replace("\\", "/").replace('"', "'").replace("\n", " ")


def program(spec: ProblemSpec, source: str, filename: str) -> str:
    """The one file g++ compiles: prelude and driver, the user's file as written, main."""
    entry = spec.entry
    if isinstance(entry, FunctionEntry):
        before, main = _function_driver(entry, stop=entry.preserve_input)
    else:
        before, main = _class_driver(entry, stop=entry.measure_retained)
    prelude = PRELUDE.replace("@NODE_REGION@", hex(NODE_REGION))
    for name, value in (("NODE_SIZE", NODE_SIZE), ("VAL_OFFSET", VAL_OFFSET), ("NEXT_OFFSET", NEXT_OFFSET)):
        prelude = prelude.replace(f"@{name}@", str(value))
    head = f'#line 1 "{DRIVER_NAME}"\n{prelude}\n{before}\n'
    body = source if source.endswith("\n") else source + "\n"
    tail_line = head.count("\n") + 1
    return f'{head}#line 1 "{_line_name(filename)}"\n{body}#line {tail_line} "{DRIVER_NAME}"\n{main}\n'


# --------------------------------------------------------------------------
# A case, as the driver reads it


def _token(value: Any, ref: TypeRef) -> str:
    if ref.base == "list" and ref.args:
        items = list(value or [])
        return " ".join([str(len(items)), *(_token(item, ref.args[0]) for item in items)])
    if ref.base == "int":
        return str(int(value))
    if ref.base == "bool":
        return "1" if value else "0"
    if ref.base == "float":
        number = float(value)
        return repr(number) if math.isfinite(number) else ("nan" if math.isnan(number) else ("inf" if number > 0 else "-inf"))
    if ref.base == "str":
        data = str(value).encode("utf-8")
        return f"{len(data)}:" + data.decode("utf-8")
    raise Unsupported(f"cannot write a {ref.text} for the C++ driver")


class NodeLayout:
    """The input lists as the driver builds them: node ``g`` of all lists in
    order, its value and the index of its successor (-1: none), the
    ``[param, index]`` each node is known by, and each list's head."""

    def __init__(self) -> None:
        self.values: list[int] = []
        self.nexts: list[int] = []
        self.owners: list[list[Any]] = []
        self.heads: dict[str, int] = {}
        self.chains: dict[str, list[int]] = {}

    def add(self, name: str, raw: Any) -> None:
        # The same shapes, in the same way, as harness.build_lists.
        spec = raw if isinstance(raw, dict) else {"values": raw}
        values = list(spec.get("values") or [])
        first = len(self.values)
        own = list(range(first, first + len(values)))
        for index, value in enumerate(values):
            self.values.append(int(value))
            self.nexts.append(first + index + 1 if index + 1 < len(values) else -1)
            self.owners.append([name, index])
        pos, join = spec.get("pos", -1), spec.get("join")
        tail: int | None = None
        if pos is not None and pos >= 0:
            tail = own[pos]
        elif join is not None:
            tail = self.chains[join["param"]][join["index"]]
        self.heads[name] = own[0] if own else (tail if tail is not None else -1)
        chain = own
        if tail is not None:
            if own:
                self.nexts[own[-1]] = tail
            if join is not None:
                chain = own + self.chains[join["param"]][join["index"] :]
        self.chains[name] = chain

    def header(self) -> str:
        names: dict[str, list[int]] = {}
        for g, (name, _index) in enumerate(self.owners):
            names.setdefault(name, []).append(g)
        parts = [str(len(self.values)), *map(str, self.values), *map(str, self.nexts), str(len(names))]
        for name, members in names.items():
            data = name.encode("utf-8")
            parts += [f"{len(data)}:{name}", str(len(members)), *map(str, members)]
        return " ".join(parts)


def encode_case(spec: ProblemSpec, args: dict[str, Any]) -> tuple[str, NodeLayout]:
    """The driver's input for one case, and the layout of its input nodes."""
    layout = NodeLayout()
    entry = spec.entry
    if isinstance(entry, FunctionEntry):
        tokens = []
        for param in entry.params:
            ref = parse_type(param.type)
            if ref.is_node:
                layout.add(param.name, args[param.name])
                tokens.append(str(layout.heads[param.name]))
            else:
                tokens.append(_token(args[param.name], ref))
        return layout.header() + "\n" + " ".join(tokens) + "\n", layout
    operations, arguments = args["operations"], args["arguments"]
    lines = [layout.header(), str(len(operations))]
    for index, (operation, call_args) in enumerate(zip(operations, arguments)):
        params = entry.init if index == 0 else (entry.method(operation) or entry.methods[0]).params
        words = [_token(operation, parse_type("str"))]
        words += [_token(value, parse_type(param.type)) for value, param in zip(call_args, params)]
        lines.append(" ".join(words))
    return "\n".join(lines) + "\n", layout
