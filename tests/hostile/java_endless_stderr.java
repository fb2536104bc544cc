// expect: OLE
// message: stderr
// backends: docker local
/* Writes to System.err forever: stderr has its own cap, so this is OLE too, not a hang or a
TLE. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        String noise = "noise ".repeat(200);
        for (;;) System.err.println(noise);
    }
}
