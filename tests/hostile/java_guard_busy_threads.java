// expect: TLE
// message: CPU time
// backends: docker local
/* Burns CPU in four threads and joins them: the case's CPU counts every thread of the JVM. */
class Solution {
    public int[] twoSum(int[] nums, int target) throws Exception {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < 4; t++) {
            threads[t] = new Thread(() -> { long x = 0; for (long i = 0; i < 4_000_000_000L; i++) x += i ^ (x >>> 3); if (x == 42) System.out.println(x); });
            threads[t].start();
        }
        for (Thread thread : threads) thread.join();
        return new int[] {0, 1};
    }
}
