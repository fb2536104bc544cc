// expect: RE
// message: AccessControlException
// backends: docker local
/* Java has no raw syscalls; native code is its way around the JVM. This loads native
libraries: C's own (System.load by absolute path) and the JDK's (System.loadLibrary). The
solution's code has no permission to link a library, so the first load throws
SecurityException, which is RE; had a load worked, the answer is wrong (WA), never AC. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        System.load("/lib/x86_64-linux-gnu/libc.so.6");
        System.loadLibrary("net");
        return new int[] {0, 0};
    }
}
