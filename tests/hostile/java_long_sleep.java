// expect: TLE
// message: wall-clock
// backends: docker local
/* Sleeps for a minute, burning no CPU: only the wall-clock limit can stop it (the JVM with it,
which the harness replaces for any later case). */
class Solution {
    public int[] twoSum(int[] nums, int target) throws InterruptedException {
        Thread.sleep(60_000);
        return new int[] {0, 1};
    }
}
