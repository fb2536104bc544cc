// expect: RE
// message: thread
// backends: docker local
// cases: example-1 example-2
// later: AC
// limits: time_ms=2000
/* Leaves work running after it answers without starting a thread of its own: on the first
case it hands a never-ending task to the JVM's shared ForkJoinPool (what parallel streams and,
with more than two cores, CompletableFuture use), whose worker threads are the JVM's, not the
case's. The task sleeps, costing no CPU; the second case answers right only if no worker of the
shared pool is busy. A task still running after the case is a thread left running: RE, and a
clean JVM for the next case, which is AC. */
import java.util.concurrent.ForkJoinPool;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (ForkJoinPool.commonPool().getActiveThreadCount() > 0) return new int[] {0, 0};
        if (nums.length == 4 && target == 9) {  // example-1 only
            ForkJoinPool.commonPool().execute(() -> {
                for (;;) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException ignored) {
                        // not stopping
                    }
                }
            });
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
