// expect: RE
// message: AccessControlException
// backends: docker
// cases: example-1 example-2
// later: AC
/* Starts processes without end on the first case (ProcessBuilder, then Runtime.exec), each a
spinning shell marked HOSTILE-MARKER: the solution's code has no permission to create a
process, so the very first start() throws SecurityException, which is RE; nothing was started,
and the next case is AC. Were starting allowed, the pids limit and the CPU limit would end it as
TLE and the sweep would find any survivor by its marker. Docker only, as cpp_fork_bomb.cpp. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        if (nums.length == 4 && target == 9) {  // example-1 only
            String[] spin = {"/bin/sh", "-c", "while :; do :; done", "HOSTILE-MARKER"};
            try {
                for (;;) {
                    new ProcessBuilder(spin).start();
                    Runtime.getRuntime().exec(spin);
                }
            } catch (java.io.IOException e) {  // the pids limit: keep trying
                for (;;) {
                    try {
                        Runtime.getRuntime().exec(spin);
                    } catch (java.io.IOException again) {
                        // still full
                    }
                }
            }
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
