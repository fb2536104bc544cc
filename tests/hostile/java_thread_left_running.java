// expect: RE
// message: thread
// backends: docker local
// cases: example-1 example-2
// later: AC
/* Answers the first case right, leaving behind a thread that ignores interrupts and wakes up
every 10 ms to spin: it could keep working (or keep state) into the next case, in the one JVM
the cases share. A thread still alive after the case ends is RE ("left a thread running"), the
JVM is replaced, and the next case, which leaves nothing behind, is AC. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (nums.length == 4 && target == 9) {  // example-1 only
            Thread stray = new Thread(() -> {
                long spin = 0;
                for (;;) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException ignored) {
                        // not stopping
                    }
                    for (int i = 0; i < 1_000_000; i++) spin += i;
                }
            }, "HOSTILE-MARKER");
            stray.start();
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
