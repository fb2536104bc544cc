// expect: AC
// backends: docker local
/* Every way out of the JVM's lock-down it can think of: Unsafe, a native library, a process,
a file read, a class loader of its own, suspending the driver's thread, replacing the
SecurityManager, System.out swapped. Each must throw; it answers right only if all did. */
import java.io.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        int broke = 0;
        try { java.lang.reflect.Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe"); f.setAccessible(true); f.get(null); broke++; } catch (Throwable denied) {}
        try { System.load("/lib/x86_64-linux-gnu/libc.so.6"); broke++; } catch (Throwable denied) {}
        try { new ProcessBuilder("/bin/sh", "-c", "true").start(); broke++; } catch (Throwable denied) {}
        try { new FileInputStream("/etc/passwd").read(); broke++; } catch (Throwable denied) {}
        try { new java.net.URLClassLoader(new java.net.URL[0]); broke++; } catch (Throwable denied) {}
        try { System.setSecurityManager(null); broke++; } catch (Throwable denied) {}
        try { System.setOut(System.err); broke++; } catch (Throwable denied) {}
        try {
            ThreadGroup group = Thread.currentThread().getThreadGroup().getParent();
            Thread[] all = new Thread[64];
            int n = group.enumerate(all, true);
            for (int i = 0; i < n; i++) if (all[i] != Thread.currentThread()) all[i].suspend();
            broke++;
        } catch (Throwable denied) {}
        if (broke > 0) return new int[] {0, 0};
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
    }
}
