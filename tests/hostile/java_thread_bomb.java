// expect: TLE
// message: CPU time
// backends: docker local
// cases: example-1 example-2
// later: AC
/* On the first case starts up to 2000 spinning threads with small stacks (until the pids
limit or memory says no; a refused start, an OutOfMemoryError "unable to create native
thread", is caught), then spins itself: the threads share the JVM's CPU clock, so this is TLE
on CPU, not MLE; the JVM goes with them, so the next case is AC. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (nums.length == 4 && target == 9) {  // example-1 only
            for (int i = 0; i < 2000; i++) {
                try {
                    new Thread(null, () -> {
                        long spin = 0;
                        for (;;) spin++;
                    }, "HOSTILE-MARKER", 64 * 1024).start();
                } catch (Throwable refused) {
                    break;
                }
            }
            long spin = 0;
            for (;;) spin++;
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
