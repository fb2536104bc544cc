"""The judge's trusted Java runtime: the classes on the JVM's class path.

Compiled into the sandbox image when it is built (PREBUILT_DIR, named for
these sources' digest, so an image always holds exactly this runtime), or,
where it is not there (the local backend), once per submission in the
sandbox, before and apart from the user's file (judge/harness.py, "Java").
See JudgeDriver's comment for how a case runs and what the user's classes
may not do. Plain text and the standard library only: the image recipe
(judge/sandbox/recipe.py) reads it without the rest of the judge.
"""

from __future__ import annotations

import hashlib
import json

# ruff: noqa: E501  (Java source, laid out as Java is)

# fmt: off
_LISTNODE = r"""
/** LeetCode's ListNode, loaded by the judge's own class loader: the driver knows every input node by identity. */
public class ListNode {
    public int val;
    public ListNode next;

    public ListNode() {}

    public ListNode(int val) {
        this.val = val;
    }

    public ListNode(int val, ListNode next) {
        this.val = val;
        this.next = next;
    }
}
"""

_JUDGECALL = r"""
/** What the generated glue (compiled with the user's file, untrusted) implements: read the case's arguments, call the solution. */
public interface JudgeCall {
    Object call(JudgeIn in) throws Throwable;
}
"""

_JUDGEIN = r"""
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case's input, as judge/languages/cpp.py writes it for every compiled
 * language: the input list nodes (values, successors by index, and the
 * [param, index] each is known by), then the arguments as tokens. The nodes
 * are built here, on the judge's side, and the driver keeps their original
 * values and links to compare after the call.
 */
public final class JudgeIn {
    private final byte[] data;
    private int pos;
    private ListNode[] nodes = new ListNode[0];
    private int[] values = new int[0];
    private ListNode[] nexts = new ListNode[0];
    private int[][] owners = new int[0][];
    private final List<String> names = new ArrayList<>();
    private final IdentityHashMap<ListNode, int[]> known = new IdentityHashMap<>();

    JudgeIn(byte[] data) {
        this.data = data;
    }

    void readNodes() {
        int count = i32();
        nodes = new ListNode[count];
        values = new int[count];
        nexts = new ListNode[count];
        owners = new int[count][];
        for (int i = 0; i < count; i++) {
            values[i] = i32();
            nodes[i] = new ListNode(values[i]);
        }
        for (int i = 0; i < count; i++) {
            int next = i32();
            nexts[i] = next < 0 ? null : nodes[next];
            nodes[i].next = nexts[i];
        }
        int lists = i32();
        for (int l = 0; l < lists; l++) {
            names.add(str());
            int members = i32();
            for (int j = 0; j < members; j++) {
                int g = i32();
                owners[g] = new int[] {l, j};
                known.put(nodes[g], owners[g]);
            }
        }
    }

    int[] owner(ListNode node) {
        return known.get(node);
    }

    String listName(int list) {
        return names.get(list);
    }

    /** [list, index] of the first input node whose val or next is not what was built, or null. */
    int[] firstChanged() {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].val != values[i] || nodes[i].next != nexts[i]) return owners[i];
        }
        return null;
    }

    private int skip() {
        while (pos < data.length && (data[pos] == ' ' || data[pos] == '\n')) pos++;
        return pos;
    }

    private String token() {
        int start = skip();
        while (pos < data.length && data[pos] != ' ' && data[pos] != '\n') pos++;
        return new String(data, start, pos - start, StandardCharsets.US_ASCII);
    }

    /** A decimal integer, parsed from the bytes (no String per token: inputs of 10^5 numbers are common). */
    public long i64() {
        skip();
        boolean negative = pos < data.length && data[pos] == '-';
        if (negative) pos++;
        long value = 0;
        int start = pos;
        while (pos < data.length && data[pos] >= '0' && data[pos] <= '9') value = value * 10 + (data[pos++] - '0');
        if (pos == start || (pos < data.length && data[pos] != ' ' && data[pos] != '\n')) throw new NumberFormatException("judge driver: not an integer at byte " + start);
        return negative ? -value : value;
    }

    public int i32() {
        return (int) i64();
    }

    public double f64() {
        String t = token();
        switch (t) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(t);
        }
    }

    public boolean bool() {
        return i64() != 0;
    }

    /** length:bytes, the length in UTF-8 bytes. */
    public String str() {
        skip();
        int n = 0;
        while (pos < data.length && data[pos] >= '0' && data[pos] <= '9') n = n * 10 + (data[pos++] - '0');
        pos++;  // the colon
        String s = new String(data, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public ListNode node() {
        int g = i32();
        return g < 0 ? null : nodes[g];
    }

    /**
     * The answer in the form the driver encodes: JDK value types, primitive
     * arrays and Object[] only. Runs in the case's thread, as part of the
     * solution's time (a List the solution returns may be its own class).
     */
    public static Object answer(Object value) {
        return canonical(value, 0);
    }

    private static Object canonical(Object value, int depth) {
        if (depth > 200) return value;
        if (value instanceof Character) return String.valueOf((char) (Character) value);
        if (value instanceof Iterable) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Iterable<?>) value) items.add(canonical(item, depth + 1));
            return items.toArray();
        }
        if (value instanceof Map) return value;
        if (value instanceof char[]) {
            char[] chars = (char[]) value;
            Object[] items = new Object[chars.length];
            for (int i = 0; i < chars.length; i++) items[i] = String.valueOf(chars[i]);
            return items;
        }
        if (value instanceof Object[]) {
            Object[] given = (Object[]) value;
            Object[] items = new Object[given.length];
            for (int i = 0; i < items.length; i++) items[i] = canonical(given[i], depth + 1);
            return items;
        }
        return value;
    }
}
"""

_JUDGEDRIVER = r"""
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The judge's trusted side of a Java submission: one JVM per submission, one
 * case at a time. Each case's arguments arrive on the JVM's stdin (a private
 * pipe from the harness), each case's report leaves on the JVM's stdout (the
 * harness's private result pipe), both grabbed here before the user's code
 * can run and never reachable from it: System.out and System.err are the
 * case's capture buffers, and the SecurityManager denies the user's classes
 * file access, reflection into this class, native code, exit and exec.
 *
 * Every case loads the user's classes afresh, through a new class loader over
 * the directory javac wrote them to (not on the class path), so no static
 * state survives from one case to the next.
 */
final class JudgeDriver {
    private static final int HEAD_BYTES = 8192;
    // As the Python and C++ cases' stacks: deep recursion (about 10^6 frames)
    // works, a runaway one is a StackOverflowError (RE). A larger stack costs
    // memory fast: a JIT-compiled recursion overflowing 64 MB peaks at about
    // 350 MB resident, 256 MB at 1.3 GB (measured), an OOM kill instead of RE.
    private static final long CASE_STACK_BYTES = 64L << 20;
    private static final int MAX_DEPTH = 200;

    private static URL userClasses;
    private static long outputCap;
    private static boolean preserveInput;
    private static DataInputStream control;
    private static OutputStream results;
    private static final Capture stdout = new Capture();
    private static final Capture stderr = new Capture();
    private static volatile ThreadGroup caseGroup;
    private static volatile CountDownLatch caseDone;

    public static void main(String[] args) throws Exception {
        userClasses = new java.io.File(args[0]).toURI().toURL();
        outputCap = Long.parseLong(args[1]);
        preserveInput = args[2].equals("1");
        control = new DataInputStream(new BufferedInputStream(new java.io.FileInputStream(FileDescriptor.in), 1 << 16));
        results = new FileOutputStream(FileDescriptor.out);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.setIn(InputStream.nullInputStream());
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        // Never a case's capture: the JVM's one-time deprecation warning for
        // setSecurityManager (HotSpot writes it to the JVM's own stderr, a file
        // only the harness reads) or anything else said while setting up.
        System.setErr(quiet);
        // Load what the cases will need from here before the lock-down.
        Class.forName("java.util.concurrent.CountDownLatch");
        Policy.setPolicy(new JudgePolicy());
        System.setSecurityManager(new Guard());
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        frame("{\"ready\":true}");
        while (true) {
            int size;
            try {
                size = control.readInt();
            } catch (IOException end) {
                break;
            }
            byte[] input = new byte[size];
            control.readFully(input);
            String report = runCase(input);
            frame(report);
        }
        Runtime.getRuntime().halt(0);
    }

    private static void frame(String json) throws IOException {
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = {(byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8), (byte) data.length};
        results.write(head);
        results.write(data);
        results.flush();
    }

    /** The user's classes, loaded afresh for one case; they get no permissions at all. */
    static final class CaseLoader extends URLClassLoader {
        CaseLoader(URL classes, ClassLoader parent) {
            super("solution", new URL[] {classes}, parent);
        }

        @Override
        protected PermissionCollection getPermissions(CodeSource source) {
            return new Permissions();
        }
    }

    /** Everything but the user's classes (the JDK, this driver) may do anything. */
    static final class JudgePolicy extends Policy {
        @Override
        public boolean implies(ProtectionDomain domain, Permission permission) {
            return !(domain.getClassLoader() instanceof CaseLoader);
        }

        @Override
        public PermissionCollection getPermissions(ProtectionDomain domain) {
            Permissions permissions = new Permissions();
            if (!(domain.getClassLoader() instanceof CaseLoader)) permissions.add(new java.security.AllPermission());
            return permissions;
        }
    }

    /** The standard checks, and threads: code without permissions may touch
     *  only the threads and groups of its own case (by default any thread
     *  outside the JVM's system group could be suspended or interrupted). */
    static final class Guard extends SecurityManager {
        @Override
        public void checkAccess(Thread thread) {
            ThreadGroup group = caseGroup;
            ThreadGroup own = thread.getThreadGroup();
            if (group == null || own == null || !group.parentOf(own)) checkPermission(new RuntimePermission("modifyThread"));
            super.checkAccess(thread);
        }

        @Override
        public void checkAccess(ThreadGroup target) {
            ThreadGroup group = caseGroup;
            if (group == null || !group.parentOf(target)) checkPermission(new RuntimePermission("modifyThreadGroup"));
            super.checkAccess(target);
        }
    }

    /** One case's stdout or stderr: the byte count, and its first HEAD_BYTES. */
    static final class Capture extends OutputStream {
        private volatile long count;
        private final byte[] head = new byte[HEAD_BYTES];
        private int kept;

        synchronized void reset() {
            count = 0;
            kept = 0;
        }

        @Override
        public void write(int b) {
            synchronized (this) {
                if (kept < HEAD_BYTES) head[kept++] = (byte) b;
                count++;
            }
            check();
        }

        @Override
        public void write(byte[] data, int off, int len) {
            synchronized (this) {
                int take = Math.min(len, HEAD_BYTES - kept);
                if (take > 0) {
                    System.arraycopy(data, off, head, kept, take);
                    kept += take;
                }
                count += len;
            }
            check();
        }

        private void check() {
            if (count < outputCap) return;
            // A flood of prints ends the case at once: the report says how much,
            // and the printing thread waits, without the lock or the CPU, for the
            // harness to end this JVM.
            CountDownLatch done = caseDone;
            if (done == null) return;
            done.countDown();
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException ignored) {
                    // still over the cap
                }
            }
        }

        long count() {
            return count;
        }

        synchronized String headBase64() {
            return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(head, kept));
        }
    }

    /** What the case thread leaves behind: the answer in canonical form, or the error described. */
    static final class Outcome {
        volatile boolean finished;
        volatile Object answer;
        volatile String errorType;
        volatile String errorMessage;
        volatile String trace;
        volatile int line = -1;
        volatile boolean memory;
    }

    private static String runCase(byte[] input) throws Exception {
        stdout.reset();
        stderr.reset();
        JudgeIn in = new JudgeIn(input);
        in.readNodes();
        CaseLoader loader = new CaseLoader(userClasses, JudgeDriver.class.getClassLoader());
        Class<?> glue = Class.forName("JudgeGlue", false, loader);
        Outcome outcome = new Outcome();
        ThreadGroup group = new ThreadGroup("case");
        CountDownLatch done = new CountDownLatch(1);
        caseDone = done;
        caseGroup = group;
        Runnable body = () -> {
            try {
                JudgeCall call = (JudgeCall) glue.getDeclaredConstructor().newInstance();
                outcome.answer = call.call(in);
            } catch (Throwable raised) {
                Throwable error = raised instanceof java.lang.reflect.InvocationTargetException && raised.getCause() != null ? raised.getCause() : raised;
                if (error instanceof ExceptionInInitializerError && error.getCause() != null) error = error.getCause();
                // By identity, as Python's MemoryError: a class merely named so is the user's own error.
                // "unable to create native thread" is the pids limit, not memory.
                String said = error.getClass() == OutOfMemoryError.class ? String.valueOf(error.getMessage()) : "";
                if (error.getClass() == OutOfMemoryError.class && !said.contains("native thread")) {
                    outcome.memory = true;
                } else {
                    describe(error, outcome);
                }
            } finally {
                outcome.finished = true;
                done.countDown();
            }
        };
        Thread thread = new Thread(group, body, "main", CASE_STACK_BYTES);
        thread.start();
        done.await();
        boolean overflow = stdout.count() >= outputCap || stderr.count() >= outputCap;
        if (!overflow) thread.join();
        // Threads of the case still running after it answered: it cannot end cleanly.
        int left = 0;
        if (!overflow) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);  // a thread ending right now
            while ((left = leftRunning(group)) > 0 && System.nanoTime() < until) Thread.sleep(2);
        }
        caseDone = null;
        StringBuilder out = new StringBuilder(256);
        out.append("{\"result\":");
        if (overflow || !outcome.finished) {
            out.append("null");
        } else if (left > 0) {
            out.append("{\"ok\":false,\"error\":{\"type\":\"left a thread running\",\"builtin\":false,\"message\":");
            text(out, left + " thread(s) or task(s) the solution started were still running after it answered; join every thread and wait for every task before returning");
            out.append(",\"traceback\":\"\",\"line\":null}}");
        } else if (outcome.memory) {
            out.append("{\"ok\":false,\"error\":{\"type\":\"MemoryError\",\"builtin\":true,\"message\":\"java.lang.OutOfMemoryError\",\"traceback\":\"\",\"line\":null}}");
        } else if (outcome.errorType != null) {
            out.append("{\"ok\":false,\"error\":{\"type\":");
            text(out, outcome.errorType);
            out.append(",\"builtin\":false,\"message\":");
            text(out, outcome.errorMessage);
            out.append(",\"traceback\":");
            text(out, outcome.trace);
            out.append(",\"line\":").append(outcome.line < 0 ? "null" : Integer.toString(outcome.line)).append("}}");
        } else {
            out.append("{\"ok\":true,\"value\":");
            try {
                value(out, outcome.answer, in, 0);
            } catch (StackOverflowError deep) {
                out.setLength(0);
                out.append("{\"result\":{\"ok\":true,\"value\":{\"$foreign\":{\"type\":\"value nested too deeply to read\",\"repr\":\"\"}}");
            }
            out.append("}");
        }
        out.append(",\"stdout_bytes\":").append(stdout.count()).append(",\"stdout\":\"").append(stdout.headBase64()).append("\"");
        out.append(",\"stderr_bytes\":").append(stderr.count()).append(",\"stderr\":\"").append(stderr.headBase64()).append("\"");
        out.append(",\"threads_left\":").append(left);
        out.append(",\"restart\":").append(overflow || left > 0 || outcome.memory);
        if (preserveInput && !overflow && left == 0) {
            int[] changed = in.firstChanged();
            out.append(",\"input_modified\":");
            if (changed == null) out.append("null");
            else {
                out.append("[");
                text(out, in.listName(changed[0]));
                out.append(",").append(changed[1]).append("]");
            }
        }
        out.append("}");
        caseGroup = null;
        return out.toString();
    }

    /**
     * The solution's code still running after its case: threads of the case's group, and
     * also what runs on the JVM's own threads (a task of the shared ForkJoinPool, which
     * parallel streams and CompletableFuture use; a finalize() on the Finalizer thread),
     * seen as a frame of a class a case's loader (named "solution", a name the user's
     * code cannot give a loader of its own: it may not create one) defined.
     */
    private static int leftRunning(ThreadGroup group) {
        int left = alive(group);
        if (!ForkJoinPool.commonPool().isQuiescent()) left++;
        Thread self = Thread.currentThread();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == self || thread.getThreadGroup() == group) continue;  // the group is counted above
            for (StackTraceElement frame : entry.getValue()) {
                if ("solution".equals(frame.getClassLoaderName())) {
                    left++;
                    break;
                }
            }
        }
        return left;
    }

    private static int alive(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        int alive = 0;
        for (int i = 0; i < count; i++) if (threads[i].isAlive()) alive++;
        return alive;
    }

    /** Runs in the case thread, so whatever the user's exception does runs on the case's time. */
    private static void describe(Throwable error, Outcome outcome) {
        try {
            outcome.errorType = error.getClass().getName();
            String message = error.getMessage();
            if (error.getClass() == StackOverflowError.class && message == null) message = "recursion deeper than the 64 MB stack allows";
            outcome.errorMessage = message == null ? "" : message.length() > 2000 ? message.substring(0, 2000) : message;
            StringBuilder trace = new StringBuilder();
            trace.append("Exception in thread \"main\" ").append(outcome.errorType);
            if (!outcome.errorMessage.isEmpty()) trace.append(": ").append(outcome.errorMessage);
            trace.append("\n");
            StackTraceElement[] frames = error.getStackTrace();
            int shown = 0;
            for (StackTraceElement frame : frames) {
                boolean users = "solution".equals(frame.getClassLoaderName()) && !frame.getClassName().startsWith("JudgeGlue");
                if (!users) continue;
                if (outcome.line < 0 && frame.getLineNumber() > 0) outcome.line = frame.getLineNumber();
                if (shown++ < 12) trace.append("\tat ").append(frame.getClassName()).append(".").append(frame.getMethodName()).append("(").append(frame.getFileName()).append(":").append(frame.getLineNumber()).append(")\n");
            }
            if (shown > 12) trace.append("\t... ").append(shown - 12).append(" more\n");
            outcome.trace = trace.toString();
        } catch (Throwable failed) {
            if (outcome.errorType == null) outcome.errorType = "java.lang.Throwable";
            if (outcome.errorMessage == null) outcome.errorMessage = "";
            outcome.trace = "";
        }
    }

    static void text(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    out.append(c).append(value.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    out.append('\ufffd');  // half a pair is no text: the replacement character, as a decoder would
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            } else out.append(c);
        }
        out.append('"');
    }

    private static void number(StringBuilder out, double value) {
        if (Double.isNaN(value)) out.append("{\"$float\":\"nan\"}");
        else if (Double.isInfinite(value)) out.append(value > 0 ? "{\"$float\":\"inf\"}" : "{\"$float\":\"-inf\"}");
        else out.append(Double.toString(value));
    }

    /** The canonical answer as JSON; only JDK value types and arrays reach here (JudgeIn.answer). */
    private static void value(StringBuilder out, Object value, JudgeIn in, int depth) {
        if (depth > MAX_DEPTH) {
            out.append("{\"$foreign\":{\"type\":\"value nested too deeply to read\",\"repr\":\"\"}}");
            return;
        }
        if (value == null) out.append("null");
        else if (value instanceof Boolean) out.append(((Boolean) value) ? "true" : "false");
        else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) out.append(value.toString());
        else if (value instanceof Double || value instanceof Float) number(out, ((Number) value).doubleValue());
        else if (value instanceof String) text(out, (String) value);
        else if (value instanceof ListNode) {
            ListNode node = (ListNode) value;
            int[] owner = in.owner(node);
            if (owner != null) {
                out.append("{\"$node\":[");
                text(out, in.listName(owner[0]));
                out.append(",").append(owner[1]).append("]}");
            } else {
                out.append("{\"$foreign_node\":").append(node.val).append("}");
            }
        } else if (value instanceof int[]) {
            int[] items = (int[]) value;
            out.append('[');
            for (int i = 0; i < items.length; i++) out.append(i == 0 ? "" : ",").append(items[i]);
            out.append(']');
        } else if (value instanceof long[]) {
            long[] items = (long[]) value;
            out.append('[');
            for (int i = 0; i < items.length; i++) out.append(i == 0 ? "" : ",").append(items[i]);
            out.append(']');
        } else if (value instanceof double[]) {
            double[] items = (double[]) value;
            out.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.append(',');
                number(out, items[i]);
            }
            out.append(']');
        } else if (value instanceof boolean[]) {
            boolean[] items = (boolean[]) value;
            out.append('[');
            for (int i = 0; i < items.length; i++) out.append(i == 0 ? "" : ",").append(items[i]);
            out.append(']');
        } else if (value instanceof Object[]) {
            Object[] items = (Object[]) value;
            out.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) out.append(',');
                value(out, items[i], in, depth + 1);
            }
            out.append(']');
        } else {
            out.append("{\"$foreign\":{\"type\":");
            text(out, "Java " + value.getClass().getName());
            out.append(",\"repr\":\"\"}}");
        }
    }
}
"""

# fmt: on

FILES = {"ListNode.java": _LISTNODE, "JudgeCall.java": _JUDGECALL, "JudgeIn.java": _JUDGEIN, "JudgeDriver.java": _JUDGEDRIVER}

# javac runs in a JVM of its own: these flags keep it within the compile
# limits (RLIMIT_AS of 1 GB: the JVM's default reservations for class space
# and code cache alone would exceed it) and quick to start (C1 only).
JAVAC_JVM_FLAGS = [
    "-J-Xmx256m",
    "-J-XX:+UseSerialGC",
    "-J-XX:TieredStopAtLevel=1",
    "-J-XX:-UsePerfData",
    "-J-XX:CompressedClassSpaceSize=64m",
    "-J-XX:ReservedCodeCacheSize=48m",
    "-J-Xshare:auto",
]
JAVAC = ["javac", *JAVAC_JVM_FLAGS, "-encoding", "UTF-8", "-nowarn", "-Xlint:none", "-Xmaxerrs", "10"]


def digest() -> str:
    return hashlib.sha256(json.dumps(FILES, sort_keys=True).encode("utf-8")).hexdigest()[:12]


# Where the image holds this runtime compiled.
PREBUILT_DIR = f"/usr/lib/interview-judge/java-runtime-{digest()}"
