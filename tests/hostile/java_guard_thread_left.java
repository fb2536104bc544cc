// expect: RE
// message: still running
// backends: docker local
// cases: example-1 example-2
// later: RE
// limits: time_ms=1000
/* Answers right but leaves a thread spinning: the case is RE, and the next case gets a new
JVM (the spinning thread's CPU never reaches it). */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Thread spinner = new Thread(() -> { while (true) Thread.onSpinWait(); });
        spinner.setDaemon(true);
        spinner.start();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; ; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
    }
}
