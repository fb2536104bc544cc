// expect: OLE
// message: stdout
// backends: docker local
/* Prints forever: the driver's capture buffer ends the case at the output cap (8 KB here)
as OLE, and the JVM is replaced for the next case. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        while (true) System.out.println("flood");
    }
}
