// expect: TLE
// message: CPU time
// backends: docker local
/* Does its spinning in two threads of its own while the case's thread only waits for them: the
JVM's CPU clock sums all its threads (read by the harness from outside), so this is TLE on CPU,
not a sleeper judged by the wall clock. */
class Solution {
    public int[] twoSum(int[] nums, int target) throws InterruptedException {
        Thread[] workers = new Thread[2];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                long spin = 0;
                for (;;) spin++;
            });
            workers[i].start();
        }
        for (Thread worker : workers) worker.join();
        return new int[] {0, 1};
    }
}
