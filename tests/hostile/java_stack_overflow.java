// expect: RE
// message: StackOverflowError
// backends: docker local
// limits: memory_mb=512 time_ms=8000
/* Unbounded recursion: the case thread's stack runs out and the JVM throws StackOverflowError,
which is RE (with the stack-overflow hint), not a crash of the judge nor of the JVM. The stack's
pages are memory and filling it takes time (a 64 MB case stack: about 190 ms of CPU and 235 MB
resident in all; a 256 MB one: 0.5-0.7 s), so the limits leave room for both: the verdict is
the overflow, not TLE or MLE. */
class Solution {
    private int down(int n, int[] pad) {
        pad[n % pad.length] = n;
        return down(n + 1, pad) + pad[0];
    }

    public int[] twoSum(int[] nums, int target) {
        return new int[] {down(0, nums), 1};
    }
}
