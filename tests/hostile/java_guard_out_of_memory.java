// expect: MLE
// backends: docker local
/* Holds 1 MB arrays without end: past -Xmx (the memory limit) the JVM exits at the
OutOfMemoryError, MLE. */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<long[]> hold = new ArrayList<>();
        while (true) hold.add(new long[1 << 17]);
    }
}
